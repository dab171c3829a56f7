import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../actions/build-sign-push/src/main';
import { referrersTag } from '../../../shared/src/oci/referrers';
import { RegistryClient } from '../../../shared/src/oci/registry';
import { MEDIA_TYPES, type ImageIndex } from '../../../shared/src/oci/types';
import { loadPolicy } from '../../../shared/src/policy/loader';
import { verifyProvenance } from '../../../shared/src/provenance/verify';
import { trustFromPolicy } from '../../../shared/src/signing/verify';
import { testContext, type TestContext } from '../../utils/action-context';
import { silentLogger } from '../../utils/loggers';
import { startRegistry, type LocalRegistry } from '../../utils/registry';
import { readBundle, referrersOf, RELEASE_WORKFLOW, runnerEnv, statementOf } from '../provenance/support';
import { busyboxContext, RANDOM_RUN_DOCKERFILE, writePolicy } from './fixtures';

jest.setTimeout(240_000);

const pem = (key: KeyObject, type: 'pkcs8' | 'spki') => key.export({ format: 'pem', type }).toString();
const NIGHTLY_WORKFLOW = 'acme/shop/.github/workflows/nightly.yml@refs/heads/main';

/**
 * A re-run with `provenance.required`: the image under the run's immutable tags is adopted only when its provenance
 * verifies under the policy's trust, builders and sourceRefs too; a missing one is attested (once). The Dockerfile's
 * output differs on every build, so a rebuild would show as another digest.
 */
describe('no rebuild on a re-run, with provenance required', () => {
  let registry: LocalRegistry;
  let client: RegistryClient;
  let dir: string;
  let context: string;
  let policy: string;
  const signing = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });

  beforeAll(async () => {
    registry = await startRegistry();
    client = new RegistryClient({ baseUrl: registry.url, logger: silentLogger });
    dir = mkdtempSync(join(tmpdir(), 'bsp-rerun-provenance-'));
    context = busyboxContext(dir, 'app', RANDOM_RUN_DOCKERFILE);
    policy = writePolicy(dir, [], {
      sections: [
        'signing: {method: key, key: "env://SIGNING_KEY", trust: {publicKeys: ["env://TRUSTED_KEY"]}}',
        `provenance: {required: true, builders: ["acme/shop/.github/workflows/release.yml@*"], sourceRefs: ["refs/tags/v*"]}`,
      ],
    });
  });
  afterAll(async () => {
    await registry?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const push = async (version: string, attempt: string, workflow = RELEASE_WORKFLOW): Promise<TestContext> => {
    const ctx = testContext(
      { service: 'api', policy, registry: registry.url, context },
      {
        ...runnerEnv(`refs/tags/${version}`, attempt, workflow),
        SIGNING_KEY: pem(signing.privateKey, 'pkcs8'),
        TRUSTED_KEY: pem(signing.publicKey, 'spki'),
      },
    );
    await run(ctx);
    return ctx;
  };
  const built = (ctx: TestContext) => ctx.logger.text().includes('with buildah');
  const referrers = async (digest: string) => (await referrersOf(client, 'shop/api', digest)).map((d) => d.digest);
  /** The provenance judged as scan-gate judges it, under the policy's trust and rules. */
  const gate = async (digest: string) => {
    const loaded = loadPolicy(policy);
    const env = { TRUSTED_KEY: pem(signing.publicKey, 'spki') };
    const trust = trustFromPolicy(loaded.signing, { env });
    return verifyProvenance({ client, repository: 'shop/api', digest, trust, rules: loaded.provenance });
  };

  test('a re-run adopts the image with its verified provenance: no build, the same outputs, nothing added', async () => {
    const first = await push('v1.0.0', '1');
    const digest = first.outputs.get('digest')!;
    const before = await referrers(digest);
    const again = await push('v1.0.0', '2');
    expect(built(first)).toBe(true);
    expect(built(again)).toBe(false);
    expect(again.logger.text()).toMatch(/provenance: verified \(built by https:\/\/github.com\/acme\/shop/);
    expect(again.outputs.get('provenance-digest')).toBe(first.outputs.get('provenance-digest'));
    expect({ ...Object.fromEntries(again.outputs), adopted: 'false' }).toEqual(Object.fromEntries(first.outputs));
    expect(again.outputs.get('adopted')).toBe('true');
    expect(await referrers(digest)).toEqual(before);
    const summary = again.summary.join('\n');
    expect(summary).toMatch(/\| Build \| none: adopted, .*\(signature verified, provenance verified\)/);
    expect(summary).toContain('already attached to the adopted image; nothing added');
  });

  test('an image whose provenance names a builder the policy does not allow is refused, naming the tag', async () => {
    const nightly = await push('v2.0.0', '1', NIGHTLY_WORKFLOW);
    const digest = nightly.outputs.get('digest')!;
    const before = await referrers(digest);
    await expect(push('v2.0.0', '2')).rejects.toThrow(
      new RegExp(
        `immutable tag 'api-v2\\.0\\.0' of shop/api already points at ${digest}, whose provenance does not verify: builder-not-allowed: built by https://github\\.com/acme/shop/\\.github/workflows/nightly\\.yml@refs/heads/main, which is not in provenance\\.builders`,
      ),
    );
    // Nothing was signed or attested for the refused image.
    expect(await referrers(digest)).toEqual(before);
  });

  test('a re-run whose image lost its provenance attests the adoption; the next re-run attaches nothing', async () => {
    const first = await push('v3.0.0', '1');
    const digest = first.outputs.get('digest')!;
    const provenance = first.outputs.get('provenance-digest')!;
    // Only the signature is left in the referrers tag's index (the registry has no referrers API).
    const stored = await client.getManifest('shop/api', referrersTag(digest), MEDIA_TYPES.ociIndex);
    const index = JSON.parse(stored!.bytes.toString('utf8')) as ImageIndex;
    index.manifests = index.manifests.filter((m) => m.digest !== provenance);
    const bytes = Buffer.from(JSON.stringify(index));
    await client.putManifest('shop/api', referrersTag(digest), { bytes, mediaType: MEDIA_TYPES.ociIndex });
    expect((await gate(digest)).status).toBe('missing');

    const again = await push('v3.0.0', '2');
    expect(built(again)).toBe(false);
    expect(again.logger.text()).toContain('provenance: missing');
    const attached = again.outputs.get('provenance-digest')!;
    expect(attached).toMatch(/^sha256:/);
    expect(attached).not.toBe(provenance);
    expect(again.summary.join('\n')).toContain('attached to the adopted image');
    // The statement says the image was adopted, not built in this run: no builder, the tags and what was found.
    const image = statementOf((await readBundle(client, 'shop/api', attached)).bundle).predicate.buildDefinition
      .internalParameters.image;
    expect(image).toEqual({
      source: 'build',
      adopted: { tags: ['api-v3.0.0'], checks: { signature: 'verified', provenance: 'missing' } },
    });
    expect(await gate(digest)).toMatchObject({ status: 'verified', digest: attached });

    const before = await referrers(digest);
    const third = await push('v3.0.0', '3');
    expect(built(third)).toBe(false);
    expect(third.outputs.get('provenance-digest')).toBe(attached);
    expect(third.outputs.get('signature-digest')).toBe(again.outputs.get('signature-digest'));
    expect(await referrers(digest)).toEqual(before);
  });

  test('an image with neither signature nor provenance is not adopted: the run would vouch for it', async () => {
    const first = await push('v4.0.0', '1');
    const digest = first.outputs.get('digest')!;
    const index = await client.getManifest('shop/api', referrersTag(digest), MEDIA_TYPES.ociIndex);
    expect(await client.deleteManifest('shop/api', index!.digest)).toBe(true);
    await expect(push('v4.0.0', '2')).rejects.toThrow(
      new RegExp(
        `immutable tag 'api-v4\\.0\\.0' of shop/api already points at ${digest}, of which nothing verifies \\(signature missing: .*provenance missing: .*\\); provenance is required`,
      ),
    );
    expect(await referrers(digest)).toEqual([]);
  });
});
