import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FlattenedSign } from 'jose';
import { RegistryClient } from '../../../shared/src/oci/registry';
import type { Descriptor } from '../../../shared/src/oci/types';
import { policySchema } from '../../../shared/src/policy/schema';
import { silentLogger } from '../../utils/loggers';
import { attachNotationSignature } from '../../../shared/src/signing/notation-format';
import { notationPayload } from '../../../shared/src/signing/payloads';
import { trustFromPolicy, verifyImageSignatures } from '../../../shared/src/signing/verify';
import type { SignatureTrust } from '../../../shared/src/signing/types';
import { startRegistry, type LocalRegistry } from '../../utils/registry';
import { openssl, pushTestImage, scratch } from './support';

/**
 * Notation JWS envelopes as AWS Signer (SignPayload) and a notation key write them, stored in a local registry and
 * verified as scan-gate does: who signed comes from the signed critical attributes under a chain that obeys
 * notation's certificate rules, and the expiry and critical headers bind every path.
 */

const PROFILE = 'arn:aws:signer:eu-central-1:111111111111:/signing-profiles/billing_images';
const OTHER_ACCOUNT_PROFILE = 'arn:aws:signer:eu-central-1:999999999999:/signing-profiles/billing_images';
const SIGNER_CRIT = [
  'io.cncf.notary.signingScheme',
  'io.cncf.notary.authenticSigningTime',
  'com.amazonaws.signer.signingProfileVersion',
  'com.amazonaws.signer.signingJob',
];

let registry: LocalRegistry;
let client: RegistryClient;
const pki = scratch();
const der = (name: string) => readFileSync(join(pki.dir, `${name}.pem`), 'utf8').replace(/-----[A-Z ]+-----|\s/g, '');

function certificate(name: string, issuer: string, extensions: string): void {
  const run = (args: string[]) => openssl(args, pki.dir);
  run(['ecparam', '-name', 'secp384r1', '-genkey', '-noout', '-out', `${name}.key`]);
  pki.file(`${name}.ext`, extensions);
  run(['req', '-new', '-key', `${name}.key`, '-subj', `/CN=${name}`, '-out', `${name}.csr`]);
  run(
    ['x509', '-req', '-in', `${name}.csr`, '-CA', `${issuer}.pem`, '-CAkey', `${issuer}.key`].concat([
      '-CAcreateserial',
      '-days',
      '365',
      '-extfile',
      `${name}.ext`,
      '-out',
      `${name}.pem`,
    ]),
  );
}

beforeAll(async () => {
  registry = await startRegistry();
  client = new RegistryClient({ baseUrl: registry.url, logger: silentLogger });
  const run = (args: string[]) => openssl(args, pki.dir);
  run(['ecparam', '-name', 'secp384r1', '-genkey', '-noout', '-out', 'root.key']);
  run(
    [
      'req',
      '-new',
      '-x509',
      '-key',
      'root.key',
      '-subj',
      '/CN=Signer Root',
      '-days',
      '3650',
      '-out',
      'root.pem',
    ].concat(['-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign']),
  );
  certificate('inter', 'root', 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign\n');
  const leaf = 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n';
  certificate('leaf', 'inter', `${leaf}extendedKeyUsage=codeSigning\n`);
  certificate('leaf-tls', 'inter', `${leaf}extendedKeyUsage=serverAuth\n`);
  certificate(
    'leaf-ca',
    'inter',
    'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,digitalSignature,keyCertSign\n',
  );
  certificate('leaf-no-ca-usage', 'inter', 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,digitalSignature\n');
  certificate('below-non-ca', 'leaf-no-ca-usage', `${leaf}extendedKeyUsage=codeSigning\n`);
  // No keyUsage at all: OpenSSL's issuer check lets it issue; only basicConstraints says it may not.
  certificate('plain', 'inter', 'basicConstraints=critical,CA:FALSE\n');
  certificate('under-plain', 'plain', `${leaf}extendedKeyUsage=codeSigning\n`);
});
afterAll(async () => {
  await registry?.stop();
  pki.remove();
});

interface Envelope {
  header?: Record<string, unknown>;
  crit?: string[];
  chain?: string[];
  key?: string;
}

/** Signs the image's notation payload the way AWS Signer does (by default), stores it as a referrer. */
async function signed(repository: string, options: Envelope = {}): Promise<Descriptor> {
  const image = await pushTestImage(client, repository, 'v1');
  const crit = options.crit ?? SIGNER_CRIT;
  const chain = options.chain ?? ['leaf', 'inter'];
  const jws = await new FlattenedSign(notationPayload(image))
    .setProtectedHeader({
      alg: 'ES384',
      cty: 'application/vnd.cncf.notary.payload.v1+json',
      crit,
      'io.cncf.notary.signingScheme': 'notary.x509.signingAuthority',
      'io.cncf.notary.authenticSigningTime': new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      'com.amazonaws.signer.signingProfileVersion': `${PROFILE}/AbCdEf1234`,
      'com.amazonaws.signer.signingJob': 'arn:aws:signer:eu-central-1:111111111111:/signing-jobs/1',
      ...options.header,
    })
    .setUnprotectedHeader({ x5c: chain.map(der), 'io.cncf.notary.signingAgent': 'aws-signer' })
    .sign(createPrivateKey(readFileSync(join(pki.dir, `${options.key ?? chain[0]}.key`))), {
      crit: Object.fromEntries(crit.map((k) => [k, true])),
    });
  await attachNotationSignature(
    { client, repository, descriptor: image, reference: `${registry.host}/${repository}` } as never,
    Buffer.from(JSON.stringify(jws)),
  );
  return image;
}

const signerTrust = (signerProfiles: string[]): SignatureTrust => ({
  publicKeys: [],
  kmsKeys: [],
  keyless: [],
  signerProfiles,
  rootCertificates: [readFileSync(join(pki.dir, 'root.pem'), 'utf8')],
});

async function verdict(repository: string, image: Descriptor, trust: SignatureTrust) {
  const result = await verifyImageSignatures({ client, repository, digest: image.digest, trust });
  return result.verified.length ? 'verified' : result.rejected.map((c) => `${c.reason}: ${c.detail}`).join('; ');
}

describe('AWS Signer profiles are trusted by full ARN, from the signed critical attribute', () => {
  test('the trusted profile ARN verifies; the same name in another account does not', async () => {
    const image = await signed('notation/profile');
    expect(await verdict('notation/profile', image, signerTrust([PROFILE]))).toBe('verified');
    expect(await verdict('notation/profile', image, signerTrust([OTHER_ACCOUNT_PROFILE]))).toMatch(
      /^untrusted-identity/,
    );
  });

  test('a bare profile name trusts nothing, and the policy refuses it with the ARN to write', async () => {
    const image = await signed('notation/bare');
    expect(await verdict('notation/bare', image, signerTrust(['billing_images']))).toMatch(/^untrusted-identity/);
    expect(() =>
      trustFromPolicy({
        trust: policySchema.parse({
          version: 1,
          system: 'billing',
          signing: { trust: { signerProfiles: ['billing_images'] } },
        }).signing.trust,
      }),
    ).toThrow(
      /'billing_images' is not a signing profile ARN.*arn:aws:signer:<region>:<account>:\/signing-profiles\/billing_images/,
    );
  });

  test('a profile version that is not a critical attribute names no one', async () => {
    const crit = SIGNER_CRIT.filter((c) => c !== 'com.amazonaws.signer.signingProfileVersion');
    const image = await signed('notation/not-critical', { crit });
    expect(await verdict('notation/not-critical', image, signerTrust([PROFILE]))).toMatch(/^untrusted-identity/);
  });

  test.each([
    ['a TLS server certificate', ['leaf-tls', 'inter'], /not for code signing/],
    ['a CA certificate as the signer', ['leaf-ca', 'inter'], /is a CA certificate/],
    ['an issuer without keyCertSign', ['below-non-ca', 'leaf-no-ca-usage', 'inter'], /not issued by|keyCertSign/],
    ['an issuer that is no CA', ['under-plain', 'plain', 'inter'], /'CN=plain' issues a certificate but is no CA/],
  ])('%s under the trusted root is refused', async (_name, chain, message) => {
    const repository = `notation/chain-${chain[0]}`;
    const image = await signed(repository, { chain });
    const outcome = await verdict(repository, image, signerTrust([PROFILE]));
    expect(outcome).toMatch(/^untrusted-chain/);
    expect(outcome).toMatch(message);
  });
});

describe('expiry and critical headers bind the key path too', () => {
  const key = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const keyTrust: SignatureTrust = {
    publicKeys: [{ name: 'release-key', key: key.publicKey }],
    kmsKeys: [],
    keyless: [],
    signerProfiles: [],
    rootCertificates: [],
  };

  async function keySigned(repository: string, header: Record<string, unknown>, crit: string[]) {
    const image = await pushTestImage(client, repository, 'v1');
    const jws = await new FlattenedSign(notationPayload(image))
      .setProtectedHeader({
        alg: 'ES256',
        cty: 'application/vnd.cncf.notary.payload.v1+json',
        crit,
        'io.cncf.notary.signingScheme': 'notary.x509',
        'io.cncf.notary.signingTime': '2019-06-01T00:00:00Z',
        ...header,
      })
      .sign(key.privateKey, { crit: Object.fromEntries(crit.map((k) => [k, true])) });
    await attachNotationSignature({ client, repository, descriptor: image } as never, Buffer.from(JSON.stringify(jws)));
    return image;
  }

  test.each([
    ['a current signature', {}, ['io.cncf.notary.signingScheme'], /^verified$/],
    [
      'expired in 2020',
      { 'io.cncf.notary.expiry': '2020-01-01T00:00:00Z' },
      ['io.cncf.notary.signingScheme', 'io.cncf.notary.expiry'],
      /^expired-certificate: the signature expired at 2020-01-01T00:00:00Z/,
    ],
    [
      'an unknown critical header',
      { 'com.example.mustUnderstand': 'x' },
      ['io.cncf.notary.signingScheme', 'com.example.mustUnderstand'],
      /^malformed: the critical header 'com\.example\.mustUnderstand' is missing or not understood/,
    ],
  ])('%s', async (name, header, crit, expected) => {
    const repository = `notation/key-${name.replace(/[^a-z0-9]+/g, '-')}`;
    const image = await keySigned(repository, header, crit);
    expect(await verdict(repository, image, keyTrust)).toMatch(expected);
  });
});
