import { generateKeyPairSync } from 'node:crypto';
import { signWithBundle } from '../../src/signing/bundle-format';
import { PrivateKeySigner } from '../../src/signing/signers';
import { attestProvenance } from '../../src/provenance/attest';
import { buildProvenanceStatement, provenanceRunFromEnv } from '../../src/provenance/statement';
import { verifyProvenance } from '../../src/provenance/verify';
import { listReferrers } from '../../src/oci/referrers';
import { MEDIA_TYPES, type Descriptor } from '../../src/oci/types';
import { MemoryRegistry } from './memory-registry';

const descriptor: Descriptor = { mediaType: MEDIA_TYPES.ociManifest, digest: `sha256:${'c'.repeat(64)}`, size: 10 };
const keys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const signer = new PrivateKeySigner(keys.privateKey, 'env://KEY');
const env = {
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_SHA: 'a'.repeat(40),
  GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/release.yml@refs/heads/main',
  GITHUB_RUN_ID: '1',
};
const statementFor = (attempt: string) =>
  buildProvenanceStatement(provenanceRunFromEnv({ ...env, GITHUB_RUN_ATTEMPT: attempt }), {
    name: 'registry.example.com/shop/api',
    digest: descriptor.digest,
    source: 'build',
    dependencies: [],
    inputs: { service: 'api' },
  });

// The memory registry's referrers API leaves annotations out, as some registries do: the statement then says.
test.each([true, false])('provenance and signatures share the referrer count (referrers API %s)', async (api) => {
  const client = new MemoryRegistry(api);
  const subject = { client, repository: 'shop/api', descriptor, dockerReference: 'registry.example.com/shop/api' };
  await signWithBundle(subject, signer);
  const first = await attestProvenance({ subject, signer, statement: statementFor('1') });
  const again = await attestProvenance({ subject, signer, statement: statementFor('2') });
  expect(first.skipped).toBe(false);
  expect(again).toMatchObject({ skipped: true, digest: first.digest });
  const listed = await listReferrers(client, 'shop/api', descriptor.digest);
  expect(listed.referrers).toHaveLength(2);

  const trust = {
    publicKeys: [{ name: 'ci', key: keys.publicKey }],
    kmsKeys: [],
    keyless: [],
    signerProfiles: [],
    rootCertificates: [],
  };
  expect(
    await verifyProvenance({
      client,
      repository: 'shop/api',
      digest: descriptor.digest,
      trust,
      rules: { builders: [], sourceRefs: [] },
    }),
  ).toMatchObject({ status: 'verified', digest: first.digest });
});

test('the 101st referrer is refused: a provenance counts against the limit like a signature', async () => {
  const client = new MemoryRegistry(true);
  const subject = { client, repository: 'shop/api', descriptor, dockerReference: 'registry.example.com/shop/api' };
  const other = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  for (let i = 0; i < 100; i++)
    await signWithBundle(subject, new PrivateKeySigner(i % 2 ? keys.privateKey : other.privateKey, `k${i}`), {
      now: () => new Date(i * 1000),
    });
  await expect(attestProvenance({ subject, signer, statement: statementFor('1') })).rejects.toThrow(
    /already has 100 referrers/,
  );
});
