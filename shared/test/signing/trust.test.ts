import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPolicy, parsePolicy } from '../../src/policy/loader';
import { policySchema } from '../../src/policy/schema';
import { trustFromPolicy } from '../../src/signing/verify';
import {
  FULCIO_SOURCE_REPOSITORY_REF,
  FULCIO_SOURCE_REPOSITORY_URI,
  identityMatches,
} from '../../src/signing/bundle-format';

const dir = mkdtempSync(join(tmpdir(), 'trust-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const signing = (trust: Record<string, unknown>) =>
  policySchema.parse({
    version: 1,
    system: 'x',
    region: 'eu-central-1',
    resourceTags: { Project: 'x', Environment: 'shared', Purpose: 'p', ManagedBy: 'artifacts', Owner: 'o' },
    registry: { layout: 'single', repository: 'x' },
    signing: { trust },
  }).signing;

const pub = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  .publicKey.export({ format: 'pem', type: 'spki' })
  .toString();

test('keys from files, the environment and inline PEM; keyless patterns with the GitHub issuer by default', () => {
  writeFileSync(join(dir, 'cosign.pub'), pub);
  writeFileSync(join(dir, 'root.json'), '{"mediaType":"application/vnd.dev.sigstore.trustedroot+json;version=0.1"}');
  const trust = trustFromPolicy(
    signing({
      publicKeys: ['file://cosign.pub', 'env://PUB', pub],
      kmsKeys: ['awskms:///alias/release'],
      keyless: [{ subject: '^https://github.com/acme/.+$' }],
      signerProfiles: ['arn:aws:signer:eu-central-1:111111111111:/signing-profiles/release'],
      trustedRoot: 'root.json',
    }),
    { cwd: dir, env: { PUB: pub } },
  );
  expect(trust.publicKeys.map((k) => k.name)).toEqual(['file://cosign.pub', 'env://PUB', 'publicKeys[2]']);
  expect(trust.kmsKeys).toEqual(['awskms:///alias/release']);
  expect(trust.keyless).toEqual([
    { issuer: 'https://token.actions.githubusercontent.com', subject: /^https:\/\/github.com\/acme\/.+$/ },
  ]);
  expect(trust.trustedRoot).toEqual({ mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1' });
});

test.each([
  [{ publicKeys: ['awskms:///alias/k'] }, /list KMS keys under signing.trust.kmsKeys/],
  [{ kmsKeys: ['env://K'] }, /kmsKeys\[0\] is 'env:\/\/K'/],
  [{ keyless: [{ subject: '(' }] }, /keyless\[0\].subject is not a regular expression/],
  [
    { rootCertificates: ['-----BEGIN CERTIFICATE-----\nnope\n-----END CERTIFICATE-----'] },
    /rootCertificates\[0\] is not a PEM certificate/,
  ],
  [{ publicKeys: ['file://missing.pub'] }, /cannot read/],
  [{ trustedRoot: 'missing.json' }, /signing.trust.trustedRoot: cannot read/],
])('%j is a configuration error', (trust, message) => {
  expect(() => trustFromPolicy(signing(trust), { cwd: dir })).toThrow(message);
});

describe('a trusted AWS Signer profile is a full ARN', () => {
  const base = `version: 1
system: billing
region: eu-central-1
resourceTags: { Project: billing, Environment: shared, Purpose: p, ManagedBy: artifacts, Owner: o }
registry: { layout: single, repository: billing }
iam: { accountId: '111122223333' }
signing:
  trust:
    signerProfiles: [PROFILE]
`;
  test.each([
    [
      'billing_images',
      /signerProfiles\[0\].*'billing_images' is not a signing profile ARN.*Write arn:aws:signer:eu-central-1:111122223333:\/signing-profiles\/billing_images/s,
    ],
    ['arn:aws:signer:eu-central-1:111122223333:signing-profiles/billing_images', /is not a signing profile ARN/],
  ])('the policy refuses %s, with the ARN to write', (profile, message) => {
    expect(() => parsePolicy(base.replace('PROFILE', `'${profile}'`), 'artifact-policy.yml')).toThrow(message);
  });

  test.each([
    'arn:aws:signer:eu-central-1:111122223333:/signing-profiles/billing_images',
    'arn:aws:signer:eu-central-1:111122223333:/signing-profiles/billing_images/AbCdEf1234',
  ])('%s is accepted', (profile) => {
    const policy = parsePolicy(base.replace('PROFILE', `'${profile}'`), 'artifact-policy.yml');
    expect(trustFromPolicy(policy.signing).signerProfiles).toEqual([profile]);
  });
});

describe("the artifact-registry-pattern example's keyless identity: the reusable workflow, its caller and ref", () => {
  const example = loadPolicy(
    join(__dirname, '..', '..', '..', 'examples', 'artifact-registry-pattern', 'artifact-policy.yml'),
  );
  const { keyless } = trustFromPolicy(example.signing);
  const REUSABLE = 'https://github.com/acme/artifacts/.github/workflows/container-release.yml@refs/tags/v1';
  const utf8String = (text: string) => Buffer.concat([Buffer.from([0x0c, text.length]), Buffer.from(text)]);
  // The identity @sigstore/verify reports of a Fulcio certificate: SAN, issuer and every extension's DER value.
  const certificate = (san: string, repository: string, ref: string) => ({
    subjectAlternativeName: san,
    extensions: { issuer: 'https://token.actions.githubusercontent.com' },
    oids: [
      { oid: { id: FULCIO_SOURCE_REPOSITORY_URI.split('.').map(Number) }, value: utf8String(repository) },
      { oid: { id: FULCIO_SOURCE_REPOSITORY_REF.split('.').map(Number) }, value: utf8String(ref) },
    ],
  });
  const repo = (name: string) => `https://github.com/acme/${name}`;
  test.each([
    [REUSABLE, repo('storefront-cart'), 'refs/tags/2.3.0', true],
    [REUSABLE, repo('storefront-cart'), 'refs/tags/v2.3.0', true],
    [REUSABLE, repo('storefront-checkout'), 'refs/heads/main', true],
    [REUSABLE, repo('storefront-cart'), 'refs/heads/feature-x', false],
    [REUSABLE, repo('storefront-cart'), 'refs/pull/7/merge', false],
    [REUSABLE, repo('storefront-cart'), 'refs/tags/2.3.0-evil', false],
    [REUSABLE, repo('storefront-cart-evil/x'), 'refs/heads/main', false],
    [REUSABLE, 'https://github.com/evil/storefront-cart', 'refs/heads/main', false],
    [REUSABLE.replace('@refs/tags/v1', '@refs/heads/main'), repo('storefront-cart'), 'refs/heads/main', false],
    [
      `${repo('storefront-cart')}/.github/workflows/release.yml@refs/heads/main`,
      repo('storefront-cart'),
      'refs/heads/main',
      false,
    ],
  ])('%s called from %s at %s -> %s', (san, repository, ref, trusted) => {
    expect(identityMatches(certificate(san, repository, ref), keyless) !== undefined).toBe(trusted);
  });

  test('a certificate without the source repository extensions is not trusted by a pinned identity', () => {
    const bare = {
      subjectAlternativeName: REUSABLE,
      extensions: { issuer: 'https://token.actions.githubusercontent.com' },
    };
    expect(identityMatches(bare, keyless)).toBeUndefined();
  });
});
