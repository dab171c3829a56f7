import { policySchema } from '../../../shared/src/policy/schema';
import { gateTrust, signatureCheckOf } from '../src/signature-gate';

const signing = (s: Record<string, unknown>) =>
  policySchema.parse({
    version: 1,
    system: 'piksel',
    registry: { layout: 'single', repository: 'piksel-core' },
    signing: s,
  }).signing;

test.each([
  [{ method: 'kms', key: 'awskms:///alias/piksel-signing' }, ['awskms:///alias/piksel-signing']],
  [
    { method: 'kms', key: 'awskms:///alias/a', trust: { kmsKeys: ['awskms:///alias/a', 'awskms:///alias/b'] } },
    ['awskms:///alias/a', 'awskms:///alias/b'],
  ],
  [{ method: 'key', key: 'env://SIGNING_KEY' }, []],
  [{ method: 'none' }, []],
])('the gate trusts the policy trust plus its own KMS signing key: %j', (policy, kmsKeys) => {
  expect(gateTrust(signing(policy)).trust.kmsKeys).toEqual(kmsKeys);
});

test.each([
  [{ verified: [], rejected: [] }, 'unsigned'],
  [
    {
      verified: [],
      rejected: [
        {
          format: 'sigstore-bundle' as const,
          location: 'sha256:ab',
          reason: 'wrong-key' as const,
          detail: 'not by a trusted key',
        },
      ],
    },
    'untrusted',
  ],
  [
    {
      verified: [{ format: 'cosign-legacy' as const, location: 'sha256-ab.sig', signer: 'env://K', detail: 'ok' }],
      rejected: [
        { format: 'sigstore-bundle' as const, location: 'sha256:cd', reason: 'wrong-key' as const, detail: 'x' },
      ],
    },
    'verified',
  ],
])('verification result -> %s', (result, status) => {
  const check = signatureCheckOf(result);
  expect(check.status).toBe(status);
  if (status === 'verified') expect(check.signers).toEqual(['env://K']);
});
