import { createHash, createPublicKey, generateKeyPairSync, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { GetPublicKeyCommand, SignCommand } from '@aws-sdk/client-kms';
import { SignPayloadCommand } from '@aws-sdk/client-signer';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { bundleFromJSON } from '@sigstore/bundle';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { FlattenedSign } from 'jose';
import { cosignSignatureTag, referrersTag } from '../../../shared/src/oci/referrers';
import { RegistryClient } from '../../../shared/src/oci/registry';
import { MEDIA_TYPES } from '../../../shared/src/oci/types';
import { loadPolicy } from '../../../shared/src/policy/loader';
import { MemoryLogger, silentLogger } from '../../utils/loggers';
import { signAfterPush, type SignStepArgs } from '../../../shared/src/signing/sign-step';
import { trustFromPolicy, verifyImageSignatures } from '../../../shared/src/signing/verify';
import { startRegistry, type LocalRegistry } from '../../utils/registry';
import { FakeAws } from '../../fakes';
import { openssl, opensslVerifies, pushTestImage, scratch, storedManifest, signingPolicy } from './support';
import { startSigstoreDoubles } from '../../utils/sigstore';

let registry: LocalRegistry;
let client: RegistryClient;
/** KMS and AWS Signer: each test registers the answers it needs on a fresh fake account. */
let fake: FakeAws;
const files = scratch();

const aws = {
  kms: () => fake.kms.client,
  signer: () => fake.signer.client,
  ecr: () => {
    throw new Error('no ECR here');
  },
} as unknown as SignStepArgs['aws'];

const manifestAt = (repository: string, ref: string, accept?: string) =>
  storedManifest(client, repository, ref, accept);

beforeAll(async () => {
  registry = await startRegistry();
  client = new RegistryClient({ baseUrl: registry.url, logger: silentLogger });
});

afterAll(async () => {
  await registry?.stop();
  files.remove();
});

beforeEach(() => {
  fake = new FakeAws();
});

describe('KMS keys', () => {
  test('an ECC_NIST_P256 key signs the digest in KMS; the signature checks with openssl', async () => {
    const pair = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const keyFile = files.file('kms-key.pem', pair.privateKey.export({ format: 'pem', type: 'pkcs8' }));
    fake.kms.service.on(GetPublicKeyCommand, () => ({
      KeyId: 'arn:aws:kms:eu-central-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      PublicKey: new Uint8Array(createPublicKey(pair.privateKey).export({ format: 'der', type: 'spki' })),
      KeySpec: 'ECC_NIST_P256',
      KeyUsage: 'SIGN_VERIFY',
      SigningAlgorithms: ['ECDSA_SHA_256'],
    }));
    // KMS signs a digest it is given: openssl pkeyutl signs those 32 bytes without hashing them again.
    fake.kms.service.on(SignCommand, (input) => {
      expect(input).toMatchObject({ MessageType: 'DIGEST', SigningAlgorithm: 'ECDSA_SHA_256' });
      const s = scratch();
      try {
        s.file('digest.bin', Buffer.from(input.Message!));
        openssl(['pkeyutl', '-sign', '-inkey', keyFile, '-in', 'digest.bin', '-out', 'sig.bin'], s.dir);
        return { Signature: new Uint8Array(readFileSync(join(s.dir, 'sig.bin'))) };
      } finally {
        s.remove();
      }
    });
    const image = await pushTestImage(client, 'kms/app', 'v1');
    const args: SignStepArgs = {
      policy: signingPolicy({ method: 'kms', key: 'awskms:///alias/piksel-signing', format: 'cosign-legacy' }),
      inputs: {},
      client,
      repository: 'kms/app',
      digest: image.digest,
      reference: `${registry.host}/kms/app`,
      aws,
      logger: new MemoryLogger(),
    };
    const result = await signAfterPush(args);
    expect(result.howToVerify).toContain('cosign verify --key awskms:///alias/piksel-signing');
    expect(fake.kms.service.inputs(SignCommand)).toHaveLength(1);
    expect(fake.kms.service.inputs(SignCommand)[0].KeyId).toBe('alias/piksel-signing');

    const sig = await manifestAt('kms/app', cosignSignatureTag(image.digest));
    const payload = await client.getBlob('kms/app', sig.layers[0].digest);
    const signature = Buffer.from(sig.layers[0].annotations!['dev.cosignproject.cosign/signature'], 'base64');
    expect(opensslVerifies(result.publicKey!, signature, payload)).toBe(true);

    const verified = await verifyImageSignatures({
      client,
      repository: 'kms/app',
      digest: image.digest,
      trust: {
        publicKeys: [],
        kmsKeys: ['awskms:///alias/piksel-signing'],
        keyless: [],
        signerProfiles: [],
        rootCertificates: [],
      },
      kms: () => fake.kms.client,
    });
    expect(verified.verified).toMatchObject([{ format: 'cosign-legacy', signer: 'awskms:///alias/piksel-signing' }]);

    expect((await signAfterPush(args)).skipped).toBe(true);
    expect(fake.kms.service.inputs(SignCommand)).toHaveLength(1);
  });

  test('an RSA key signs RSASSA_PKCS1_V1_5_SHA_256 over the digest', async () => {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const keyFile = files.file('kms-rsa.pem', pair.privateKey.export({ format: 'pem', type: 'pkcs8' }));
    fake.kms.service.on(GetPublicKeyCommand, () => ({
      PublicKey: new Uint8Array(createPublicKey(pair.privateKey).export({ format: 'der', type: 'spki' })),
      KeySpec: 'RSA_2048',
      KeyUsage: 'SIGN_VERIFY',
      SigningAlgorithms: ['RSASSA_PSS_SHA_256', 'RSASSA_PKCS1_V1_5_SHA_256'],
    }));
    fake.kms.service.on(SignCommand, (input) => {
      expect(input.SigningAlgorithm).toBe('RSASSA_PKCS1_V1_5_SHA_256');
      const s = scratch();
      try {
        s.file('digest.bin', Buffer.from(input.Message!));
        openssl(
          ['pkeyutl', '-sign', '-inkey', keyFile, '-in', 'digest.bin', '-out', 'sig.bin', '-pkeyopt', 'digest:sha256'],
          s.dir,
        );
        return { Signature: new Uint8Array(readFileSync(join(s.dir, 'sig.bin'))) };
      } finally {
        s.remove();
      }
    });
    const image = await pushTestImage(client, 'kms/rsa', 'v1');
    const result = await signAfterPush({
      policy: signingPolicy({ method: 'kms', key: 'awskms:///arn:aws:kms:eu-central-1:111111111111:alias/rsa' }),
      inputs: { signatureFormat: 'cosign-legacy' },
      client,
      repository: 'kms/rsa',
      digest: image.digest,
      reference: `${registry.host}/kms/rsa`,
      aws,
      logger: new MemoryLogger(),
    });
    const sig = await manifestAt('kms/rsa', cosignSignatureTag(image.digest));
    const payload = await client.getBlob('kms/rsa', sig.layers[0].digest);
    const signature = Buffer.from(sig.layers[0].annotations!['dev.cosignproject.cosign/signature'], 'base64');
    expect(opensslVerifies(result.publicKey!, signature, payload)).toBe(true);
  });
});

describe('AWS Signer (notation)', () => {
  const profileArn = 'arn:aws:signer:eu-central-1:111111111111:/signing-profiles/piksel_release';
  const pki = scratch();
  let rootPem: string;
  let otherRootPem: string;

  beforeAll(() => {
    // A root, an intermediate and a leaf, P-384 as AWS Signer's Notation-OCI-SHA384-ECDSA platform uses.
    const run = (args: string[]) => openssl(args, pki.dir);
    for (const name of ['root', 'inter', 'leaf', 'other'])
      run(['ecparam', '-name', 'secp384r1', '-genkey', '-noout', '-out', `${name}.key`]);
    run([
      'req',
      '-new',
      '-x509',
      '-key',
      'root.key',
      '-subj',
      '/CN=Test Signer Root',
      '-days',
      '3650',
      '-out',
      'root.pem',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign',
    ]);
    run([
      'req',
      '-new',
      '-x509',
      '-key',
      'other.key',
      '-subj',
      '/CN=Other Root',
      '-days',
      '3650',
      '-out',
      'other.pem',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
    ]);
    pki.file('ca.ext', 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign\n');
    pki.file(
      'leaf.ext',
      'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=codeSigning\n',
    );
    run(['req', '-new', '-key', 'inter.key', '-subj', '/CN=Test Signer Intermediate', '-out', 'inter.csr']);
    run([
      'x509',
      '-req',
      '-in',
      'inter.csr',
      '-CA',
      'root.pem',
      '-CAkey',
      'root.key',
      '-CAcreateserial',
      '-days',
      '3650',
      '-extfile',
      'ca.ext',
      '-out',
      'inter.pem',
    ]);
    run(['req', '-new', '-key', 'leaf.key', '-subj', '/CN=piksel_release', '-out', 'leaf.csr']);
    run([
      'x509',
      '-req',
      '-in',
      'leaf.csr',
      '-CA',
      'inter.pem',
      '-CAkey',
      'inter.key',
      '-CAcreateserial',
      '-days',
      '365',
      '-extfile',
      'leaf.ext',
      '-out',
      'leaf.pem',
    ]);
    rootPem = readFileSync(join(pki.dir, 'root.pem'), 'utf8');
    otherRootPem = readFileSync(join(pki.dir, 'other.pem'), 'utf8');
  });
  afterAll(() => pki.remove());

  /** What SignPayload returns for notation: the whole JWS envelope, signed by the profile's certificate. */
  function answerSignPayload(signingTime: string) {
    fake.signer.service.on(SignPayloadCommand, async (input) => {
      expect(input).toMatchObject({
        payloadFormat: 'application/vnd.cncf.notary.payload.v1+json',
        profileName: 'piksel_release',
        profileOwner: '111111111111',
      });
      const der = (name: string) =>
        Buffer.from(
          readFileSync(join(pki.dir, `${name}.pem`), 'utf8').replace(/-----[A-Z ]+-----|\s/g, ''),
          'base64',
        ).toString('base64');
      const leafKey = (await import('node:crypto')).createPrivateKey(readFileSync(join(pki.dir, 'leaf.key')));
      const jws = await new FlattenedSign(Buffer.from(input.payload!))
        .setProtectedHeader({
          alg: 'ES384',
          cty: 'application/vnd.cncf.notary.payload.v1+json',
          crit: [
            'io.cncf.notary.signingScheme',
            'io.cncf.notary.authenticSigningTime',
            'com.amazonaws.signer.signingProfileVersion',
            'com.amazonaws.signer.signingJob',
          ],
          'io.cncf.notary.signingScheme': 'notary.x509.signingAuthority',
          'io.cncf.notary.authenticSigningTime': signingTime,
          'com.amazonaws.signer.signingProfileVersion': `${profileArn}/AbCdEf1234`,
          'com.amazonaws.signer.signingJob': 'arn:aws:signer:eu-central-1:111111111111:/signing-jobs/1234',
        })
        .setUnprotectedHeader({ x5c: [der('leaf'), der('inter')], 'io.cncf.notary.signingAgent': 'aws-signer' })
        .sign(leafKey, {
          crit: Object.fromEntries(
            [
              'io.cncf.notary.signingScheme',
              'io.cncf.notary.authenticSigningTime',
              'com.amazonaws.signer.signingProfileVersion',
              'com.amazonaws.signer.signingJob',
            ].map((k) => [k, true]),
          ),
        });
      return { jobId: '1234', jobOwner: '111111111111', signature: Buffer.from(JSON.stringify(jws)), metadata: {} };
    });
  }

  test('SignPayload envelope is attached as a notation referrer and verified against the root and profile', async () => {
    answerSignPayload(new Date().toISOString().replace(/\.\d+Z$/, 'Z'));
    const image = await pushTestImage(client, 'signer/app', 'v1');
    const result = await signAfterPush({
      policy: signingPolicy({ method: 'signer', profile: profileArn }),
      inputs: {},
      client,
      repository: 'signer/app',
      digest: image.digest,
      reference: `${registry.host}/signer/app`,
      aws,
      logger: new MemoryLogger(),
    });
    expect(result).toMatchObject({ format: 'notation', skipped: false });
    const index = await manifestAt('signer/app', referrersTag(image.digest), MEDIA_TYPES.ociIndex);
    expect(index.manifests).toMatchObject([
      { artifactType: 'application/vnd.cncf.notary.signature', digest: result.signatureDigest },
    ]);

    const trust = {
      publicKeys: [],
      kmsKeys: [],
      keyless: [],
      signerProfiles: [profileArn],
      rootCertificates: [rootPem],
    };
    const ok = await verifyImageSignatures({ client, repository: 'signer/app', digest: image.digest, trust });
    expect(ok.verified).toMatchObject([{ format: 'notation', signedDigest: image.digest }]);
    expect(ok.verified[0].signer).toContain(`${profileArn}/AbCdEf1234`);

    const otherRoot = await verifyImageSignatures({
      client,
      repository: 'signer/app',
      digest: image.digest,
      trust: { ...trust, rootCertificates: [otherRootPem] },
    });
    expect(otherRoot.rejected.map((c) => c.reason)).toEqual(['untrusted-chain']);
    const otherProfile = await verifyImageSignatures({
      client,
      repository: 'signer/app',
      digest: image.digest,
      trust: { ...trust, signerProfiles: ['arn:aws:signer:eu-central-1:111111111111:/signing-profiles/someone_else'] },
    });
    expect(otherProfile.rejected.map((c) => c.reason)).toEqual(['untrusted-identity']);
  });

  test('a signing time outside the certificate validity is an expired certificate', async () => {
    answerSignPayload('2001-01-01T00:00:00Z');
    const image = await pushTestImage(client, 'signer/old', 'v1');
    await signAfterPush({
      policy: signingPolicy({ method: 'signer', profile: profileArn }),
      inputs: {},
      client,
      repository: 'signer/old',
      digest: image.digest,
      reference: `${registry.host}/signer/old`,
      aws,
      logger: new MemoryLogger(),
    });
    const trust = {
      publicKeys: [],
      kmsKeys: [],
      keyless: [],
      signerProfiles: [profileArn],
      rootCertificates: [rootPem],
    };
    const result = await verifyImageSignatures({ client, repository: 'signer/old', digest: image.digest, trust });
    expect(result.verified).toEqual([]);
    expect(result.rejected.map((c) => c.reason)).toEqual(['expired-certificate']);
  });
});

describe('keyless with @sigstore/mock Fulcio and Rekor on 127.0.0.1', () => {
  let server: Server;
  let baseUrl: string;
  let trustedRoot: unknown;

  beforeAll(async () => {
    ({ server, baseUrl, trustedRoot } = await startSigstoreDoubles());
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });

  function githubToken(): string {
    const claims = {
      iss: 'https://token.actions.githubusercontent.com',
      sub: 'repo:acme/piksel:ref:refs/heads/main',
      aud: 'sigstore',
      job_workflow_ref: 'acme/piksel/.github/workflows/release.yml@refs/heads/main',
      workflow_uri: 'https://github.com/acme/piksel/.github/workflows/release.yml@refs/heads/main',
    };
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
  }

  test('signs a sigstore bundle with a Fulcio certificate and a Rekor entry; @sigstore/verify accepts it', async () => {
    const image = await pushTestImage(client, 'keyless/app', 'v1');
    const logger = new MemoryLogger();
    const token = githubToken();
    const args: SignStepArgs = {
      policy: signingPolicy({ method: 'keyless' }),
      inputs: {},
      client,
      repository: 'keyless/app',
      digest: image.digest,
      reference: `${registry.host}/keyless/app`,
      aws,
      logger,
      getIdToken: async () => token,
      fulcioUrl: baseUrl,
      rekorUrl: baseUrl,
      trustedRoot,
    };
    const result = await signAfterPush(args);
    expect(logger.secrets.has(token)).toBe(true);
    expect(result.howToVerify).toBe(
      `cosign verify --certificate-identity https://github.com/acme/piksel/.github/workflows/release.yml@refs/heads/main --certificate-oidc-issuer https://token.actions.githubusercontent.com ${registry.host}/keyless/app@${image.digest}`,
    );
    const referrer = await manifestAt('keyless/app', result.signatureDigest!);
    const json = JSON.parse((await client.getBlob('keyless/app', referrer.layers[0].digest)).toString('utf8'));
    expect(json.verificationMaterial.tlogEntries).toHaveLength(1);

    const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(trustedRoot)), {
      tlogThreshold: 1,
      ctlogThreshold: 1,
      timestampThreshold: 1,
    });
    const signer = verifier.verify(toSignedEntity(bundleFromJSON(json)));
    expect(signer.identity?.subjectAlternativeName).toBe(
      'https://github.com/acme/piksel/.github/workflows/release.yml@refs/heads/main',
    );

    const trust = {
      publicKeys: [],
      kmsKeys: [],
      keyless: [
        { issuer: 'https://token.actions.githubusercontent.com', subject: /https:\/\/github\.com\/acme\/piksel\/.+/ },
      ],
      signerProfiles: [],
      rootCertificates: [],
      trustedRoot,
    };
    const ok = await verifyImageSignatures({ client, repository: 'keyless/app', digest: image.digest, trust });
    expect(ok.verified).toMatchObject([{ format: 'sigstore-bundle', signedDigest: image.digest }]);
    const stranger = await verifyImageSignatures({
      client,
      repository: 'keyless/app',
      digest: image.digest,
      trust: {
        ...trust,
        keyless: [
          { issuer: 'https://token.actions.githubusercontent.com', subject: /https:\/\/github\.com\/other\/.+/ },
        ],
      },
    });
    expect(stranger.rejected.map((c) => c.reason)).toEqual(['untrusted-identity']);

    expect((await signAfterPush(args)).skipped).toBe(true);
  });

  // Signed through the collection's reusable workflow: the certificate's SAN is that workflow, and Fulcio records the
  // calling repository and ref in their own extensions, which the example's trust pins.
  function reusableWorkflowToken(repository: string, ref: string): string {
    const reusable = 'acme/artifacts/.github/workflows/container-release.yml@refs/tags/v1';
    const claims = {
      iss: 'https://token.actions.githubusercontent.com',
      sub: `repo:${repository}:ref:${ref}`,
      aud: 'sigstore',
      repository,
      ref,
      job_workflow_ref: reusable,
      workflow_uri: `https://github.com/${reusable}`,
    };
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
  }

  test.each([
    ['acme/storefront-cart', 'refs/heads/main', true],
    ['acme/storefront-cart', 'refs/tags/v2.3.0', true],
    ['acme/storefront-cart', 'refs/heads/feature-x', false],
    ['acme/storefront-cart', 'refs/pull/7/merge', false],
    ['evil/storefront-cart', 'refs/heads/main', false],
    ['acme/storefront-cart-evil', 'refs/tags/v2.3.0-evil', false],
  ])(
    'the artifact-registry-pattern example trusts container-release.yml called from %s at %s: %s',
    async (repository, ref, trusted) => {
      const name = `keyless/reusable-${repository.replace(/\W/g, '-')}-${ref.replace(/\W/g, '-')}`;
      const image = await pushTestImage(client, name, 'v1');
      await signAfterPush({
        policy: signingPolicy({ method: 'keyless' }),
        inputs: {},
        client,
        repository: name,
        digest: image.digest,
        reference: `${registry.host}/${name}`,
        aws,
        logger: new MemoryLogger(),
        getIdToken: async () => reusableWorkflowToken(repository, ref),
        fulcioUrl: baseUrl,
        rekorUrl: baseUrl,
        trustedRoot,
      });
      const example = loadPolicy(join(__dirname, '../../../examples/artifact-registry-pattern/artifact-policy.yml'));
      const trust = { ...trustFromPolicy(example.signing), trustedRoot };
      const result = await verifyImageSignatures({ client, repository: name, digest: image.digest, trust });
      expect(result.verified.length > 0).toBe(trusted);
      if (!trusted) expect(result.rejected.map((c) => c.reason)).toEqual(['untrusted-identity']);
    },
  );

  test('signs cosign-legacy with the certificate and Rekor entry annotations; verified keyless', async () => {
    const image = await pushTestImage(client, 'keyless/legacy', 'v1');
    // Everything from the policy: the private Sigstore's URLs and its trusted root.
    const rootFile = files.file('trusted_root.json', JSON.stringify(trustedRoot));
    const keylessPolicy = signingPolicy({
      method: 'keyless',
      format: 'cosign-legacy',
      fulcioUrl: baseUrl,
      rekorUrl: baseUrl,
      trust: {
        keyless: [{ subject: 'https://github\\.com/acme/piksel/.+' }],
        trustedRoot: `file://${rootFile}`,
      },
    });
    const args: SignStepArgs = {
      policy: keylessPolicy,
      inputs: {},
      client,
      repository: 'keyless/legacy',
      digest: image.digest,
      reference: `${registry.host}/keyless/legacy`,
      aws,
      logger: new MemoryLogger(),
      getIdToken: async () => githubToken(),
    };
    const result = await signAfterPush(args);
    expect(result.howToVerify).toContain('--new-bundle-format=false');
    const sig = await manifestAt('keyless/legacy', cosignSignatureTag(image.digest));
    const annotations = sig.layers[0].annotations!;
    const payload = await client.getBlob('keyless/legacy', sig.layers[0].digest);
    const certificate = new X509Certificate(annotations['dev.sigstore.cosign/certificate']);
    expect(certificate.subjectAltName).toContain(
      'https://github.com/acme/piksel/.github/workflows/release.yml@refs/heads/main',
    );
    const certKey = certificate.publicKey.export({ format: 'pem', type: 'spki' }).toString();
    expect(
      opensslVerifies(certKey, Buffer.from(annotations['dev.cosignproject.cosign/signature'], 'base64'), payload),
    ).toBe(true);
    const rekor = JSON.parse(annotations['dev.sigstore.cosign/bundle']);
    expect(rekor.Payload).toMatchObject({ logIndex: expect.any(Number), integratedTime: expect.any(Number) });
    const body = JSON.parse(Buffer.from(rekor.Payload.body, 'base64').toString('utf8'));
    expect(body.spec.data.hash.value).toBe(createHash('sha256').update(payload).digest('hex'));

    const trust = trustFromPolicy(keylessPolicy.signing);
    const ok = await verifyImageSignatures({ client, repository: 'keyless/legacy', digest: image.digest, trust });
    expect(ok.verified).toMatchObject([{ format: 'cosign-legacy', signedDigest: image.digest }]);
    expect((await signAfterPush(args)).skipped).toBe(true);
    expect((await manifestAt('keyless/legacy', cosignSignatureTag(image.digest))).layers).toHaveLength(1);
  });

  test('a certificate that had expired when the signature was logged is an expired certificate', async () => {
    const backdated = await startSigstoreDoubles(new Date('2021-06-01T00:00:00Z'));
    try {
      const image = await pushTestImage(client, 'keyless/expired', 'v1');
      await signAfterPush({
        policy: signingPolicy({ method: 'keyless' }),
        inputs: {},
        client,
        repository: 'keyless/expired',
        digest: image.digest,
        reference: `${registry.host}/keyless/expired`,
        aws,
        logger: new MemoryLogger(),
        getIdToken: async () => githubToken(),
        fulcioUrl: backdated.baseUrl,
        rekorUrl: backdated.baseUrl,
        trustedRoot: backdated.trustedRoot,
      });
      const result = await verifyImageSignatures({
        client,
        repository: 'keyless/expired',
        digest: image.digest,
        trust: {
          publicKeys: [],
          kmsKeys: [],
          keyless: [
            { issuer: 'https://token.actions.githubusercontent.com', subject: /https:\/\/github\.com\/acme\/.+/ },
          ],
          signerProfiles: [],
          rootCertificates: [],
          trustedRoot: backdated.trustedRoot,
        },
      });
      expect(result.verified).toEqual([]);
      expect(result.rejected.map((c) => c.reason)).toEqual(['expired-certificate']);
      expect(result.rejected[0].detail).toMatch(
        /certificate had expired: logged at .* outside the certificate's validity/,
      );
    } finally {
      await new Promise((resolve) => backdated.server.close(resolve));
    }
  });
});
