import { generateKeyPairSync, sign, verify } from 'node:crypto';
import { parseKeyReference } from '../../src/signing/key-reference';
import { loadPrivateKey, readKeyMaterial } from '../../src/signing/keys';
import { kmsSigningAlgorithm } from '../../src/signing/signers';
import { resolveSignatureFormat, verificationCommand } from '../../src/signing/sign-step';
import { MemoryLogger } from '../../../test/utils/loggers';
import { policySchema } from '../../src/policy/schema';
import { cosignEncrypted } from '../../../test/utils/cosign-key';

describe('parseKeyReference', () => {
  test.each([
    ['awskms:///alias/piksel-signing', { kind: 'kms', keyId: 'alias/piksel-signing' }],
    [
      'awskms:///arn:aws:kms:eu-central-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      { kind: 'kms', keyId: 'arn:aws:kms:eu-central-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab' },
    ],
    ['env://COSIGN_KEY', { kind: 'env', variable: 'COSIGN_KEY' }],
    ['file://keys/cosign.key', { kind: 'file', path: 'keys/cosign.key' }],
    ['keyless', { kind: 'keyless' }],
  ])('%s', (text, expected) => {
    expect(parseKeyReference(text)).toMatchObject(expected);
  });

  test.each([
    ['awskms://kms.example.com/alias/x', /three slashes/],
    ['awskms:///not-a-key', /not a KMS key reference/],
    ['env://1BAD', /environment variable/],
    ['file://', /no path/],
    ['gcpkms://projects/x', /not a key reference/],
  ])('%s is refused with what to write', (text, message) => {
    expect(() => parseKeyReference(text)).toThrow(message);
  });
});

describe('loadPrivateKey', () => {
  const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const data = Buffer.from('payload');

  test.each([
    ['PKCS#8 EC', ec.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), ec.publicKey],
    ['SEC1 EC', ec.privateKey.export({ format: 'pem', type: 'sec1' }).toString(), ec.publicKey],
    ['PKCS#1 RSA', rsa.privateKey.export({ format: 'pem', type: 'pkcs1' }).toString(), rsa.publicKey],
  ])('%s signs verifiable signatures', (_name, pem, publicKey) => {
    const key = loadPrivateKey(pem);
    expect(verify('sha256', data, publicKey, sign('sha256', data, key))).toBe(true);
  });

  test.each(['ENCRYPTED SIGSTORE PRIVATE KEY', 'ENCRYPTED COSIGN PRIVATE KEY'])(
    'a cosign key (%s) opens with its password',
    (label) => {
      const pem = cosignEncrypted(ec.privateKey.export({ format: 'der', type: 'pkcs8' }), 'correct horse', { label });
      const key = loadPrivateKey(pem, 'correct horse');
      expect(verify('sha256', data, ec.publicKey, sign('sha256', data, key))).toBe(true);
      expect(() => loadPrivateKey(pem, 'wrong')).toThrow(/password does not open/);
      expect(() => loadPrivateKey(pem)).toThrow(/signing-key-password/);
    },
  );

  test('keys that cannot sign cosign signatures are refused', () => {
    const p384 = generateKeyPairSync('ec', { namedCurve: 'secp384r1' });
    expect(() => loadPrivateKey(p384.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString())).toThrow(
      /P-256 or RSA/,
    );
    expect(() => loadPrivateKey('not a key')).toThrow(/not a PEM private key/);
  });

  test('PEM material read from the environment is masked, \\n escapes included', () => {
    const logger = new MemoryLogger();
    const pem = ec.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const text = readKeyMaterial(parseKeyReference('env://K'), { env: { K: pem.replace(/\n/g, '\\n') }, logger });
    expect(text).toBe(pem.trim());
    expect([...logger.secrets].some((s) => s.includes('BEGIN PRIVATE KEY'))).toBe(true);
    expect(() => readKeyMaterial(parseKeyReference('env://MISSING'), { env: {} })).toThrow(/MISSING is empty or unset/);
  });
});

describe('kmsSigningAlgorithm', () => {
  test.each([
    ['ECC_NIST_P256', ['ECDSA_SHA_256'], 'ECDSA_SHA_256'],
    ['RSA_2048', ['RSASSA_PSS_SHA_256', 'RSASSA_PKCS1_V1_5_SHA_256'], 'RSASSA_PKCS1_V1_5_SHA_256'],
    ['RSA_4096', ['RSASSA_PSS_SHA_256'], 'RSASSA_PSS_SHA_256'],
  ])('%s offering %j signs with %s', (spec, offered, expected) => {
    expect(kmsSigningAlgorithm(spec, offered)).toBe(expected);
  });
  test.each(['ECC_NIST_P384', 'ECC_SECG_P256K1', 'SYMMETRIC_DEFAULT'])('%s is refused', (spec) => {
    expect(() => kmsSigningAlgorithm(spec, [])).toThrow(/ECC_NIST_P256 or RSA/);
  });
});

describe('signature format and verification command', () => {
  const signing = (s: Record<string, unknown>) =>
    policySchema.parse({
      version: 1,
      system: 'x',
      region: 'eu-central-1',
      registry: { layout: 'single', repository: 'x' },
      signing: s,
    }).signing;
  test.each([
    [undefined, { method: 'kms', key: 'awskms:///alias/k' }, 'sigstore-bundle'],
    [undefined, { method: 'signer', profile: 'p' }, 'notation'],
    [undefined, { method: 'ecr-managed' }, 'ecr-managed'],
    [undefined, { method: 'key', format: 'cosign-legacy' }, 'cosign-legacy'],
    ['notation', { method: 'kms' }, 'notation'],
  ])('input %s with policy %j gives %s', (input, policy, expected) => {
    expect(resolveSignatureFormat(input, signing(policy))).toBe(expected);
  });
  test('an unknown format is refused', () => {
    expect(() => resolveSignatureFormat('gpg', signing({}))).toThrow(
      /sigstore-bundle, cosign-legacy, notation, ecr-managed/,
    );
  });
  test.each([
    [
      'sigstore-bundle',
      { kind: 'kms' as const, reference: 'awskms:///alias/k' },
      'cosign verify --key awskms:///alias/k --insecure-ignore-tlog=true r/a@sha256:1',
    ],
    [
      'cosign-legacy',
      { kind: 'key' as const, reference: 'env://K' },
      'cosign verify --key cosign.pub --insecure-ignore-tlog=true --new-bundle-format=false r/a@sha256:1',
    ],
  ])('%s', (format, signer, expected) => {
    expect(verificationCommand(format as 'sigstore-bundle', 'r/a@sha256:1', signer)).toBe(expected);
  });
});
