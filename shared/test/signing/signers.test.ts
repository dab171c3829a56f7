import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { GetPublicKeyCommand, NotFoundException, SignCommand, type KMSClient } from '@aws-sdk/client-kms';
import { FakeAws } from '../../../test/fakes';
import { MemoryLogger } from '../../../test/utils/loggers';
import { keylessIdentityOf, KmsSigner, openSigner, tokenClaims } from '../../src/signing/signers';

let aws: FakeAws;
beforeEach(() => (aws = new FakeAws()));
const kms = (): KMSClient => aws.kms.client;
const pair = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const der = new Uint8Array(createPublicKey(pair.privateKey).export({ format: 'der', type: 'spki' }));

test('KMS answers are turned into what to fix', async () => {
  aws.kms.service.on(GetPublicKeyCommand, () => {
    throw new NotFoundException({ message: 'Alias is not found.', $metadata: {} });
  });
  const signer = new KmsSigner(kms(), 'alias/missing', 'awskms:///alias/missing');
  await expect(signer.sign(Buffer.from('x'))).rejects.toThrow(
    /KMS GetPublicKey on awskms:\/\/\/alias\/missing failed \(NotFoundException: Alias is not found.\)\. Check that the key exists/,
  );
});

test.each([
  [{ KeySpec: 'ECC_NIST_P384', KeyUsage: 'SIGN_VERIFY' }, /ECC_NIST_P384 cannot sign cosign-compatible signatures/],
  [{ KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' }, /key usage ENCRYPT_DECRYPT/],
])('a KMS key %j is refused', async (details, message) => {
  aws.kms.service.on(GetPublicKeyCommand, () => ({ PublicKey: der, ...details }));
  await expect(new KmsSigner(kms(), 'alias/k', 'awskms:///alias/k').sign(Buffer.from('x'))).rejects.toThrow(message);
  expect(aws.kms.service.inputs(SignCommand)).toHaveLength(0);
});

test('the public key is fetched once for many signatures', async () => {
  aws.kms.service.on(GetPublicKeyCommand, () => ({
    PublicKey: der,
    KeySpec: 'ECC_NIST_P256',
    KeyUsage: 'SIGN_VERIFY',
  }));
  aws.kms.service.on(SignCommand, () => ({ Signature: new Uint8Array([1]) }));
  const signer = new KmsSigner(kms(), 'alias/k', 'awskms:///alias/k');
  await signer.sign(Buffer.from('a'));
  await signer.sign(Buffer.from('b'));
  expect(aws.kms.service.inputs(GetPublicKeyCommand)).toHaveLength(1);
  expect(await signer.identity()).toMatch(/^awskms:\/\/\/alias\/k \(sha256:[0-9a-f]{64}\)$/);
});

test('a PEM signer signs sha256 ECDSA that node verifies, and its password is masked', async () => {
  const logger = new MemoryLogger();
  const encrypted = pair.privateKey
    .export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: 'p4ssword-long' })
    .toString();
  const signer = openSigner('env://KEY', { env: { KEY: encrypted }, password: 'p4ssword-long', logger });
  const { signature } = await signer.sign(Buffer.from('payload'));
  expect(verify('sha256', Buffer.from('payload'), pair.publicKey, signature)).toBe(true);
  expect(logger.secrets.has('p4ssword-long')).toBe(true);
  expect(() => openSigner('env://KEY', { env: { KEY: encrypted }, password: 'wrong' })).toThrow(
    /password does not open/,
  );
});

test('keyless without an OIDC token says which permission the job needs', () => {
  expect(() => openSigner('keyless')).toThrow(/id-token: write/);
});

test.each([
  [
    {
      iss: 'https://token.actions.githubusercontent.com',
      job_workflow_ref: 'acme/app/.github/workflows/r.yml@refs/heads/main',
      sub: 'repo:acme/app',
    },
    {
      issuer: 'https://token.actions.githubusercontent.com',
      subject: 'https://github.com/acme/app/.github/workflows/r.yml@refs/heads/main',
    },
  ],
  [
    { iss: 'https://accounts.google.com', email: 'ci@example.com', sub: '123' },
    { issuer: 'https://accounts.google.com', subject: 'ci@example.com' },
  ],
])('the keyless identity of %j', (claims, expected) => {
  const token = `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
  expect(keylessIdentityOf(tokenClaims(token))).toEqual(expected);
});
