import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../actions/build-sign-push/src/main';
import { referrersTag } from '../../../shared/src/oci/referrers';
import type { RegistryClient } from '../../../shared/src/oci/registry';
import { MEDIA_TYPES } from '../../../shared/src/oci/types';
import { verifyImageSignatures } from '../../../shared/src/signing/verify';
import { authedClient, startRegistry, type LocalRegistry } from '../../utils/registry';
import { busyboxContext, githubEnv, RANDOM_RUN_DOCKERFILE, registryEnv, writePolicy } from './fixtures';
import { testContext, type TestContext } from '../../utils/action-context';

jest.setTimeout(240_000);

const pemOf = (key: ReturnType<typeof generateKeyPairSync>['privateKey']) =>
  key.export({ format: 'pem', type: 'pkcs8' }).toString();

/**
 * A re-run of a job whose push succeeded: the Dockerfile's output differs on every build (random bytes), so a
 * rebuild would get another digest and fail on its own immutable tag. The re-run takes the image under its tags.
 */
describe('no rebuild on a re-run', () => {
  let registry: LocalRegistry;
  let client: RegistryClient;
  let dir: string;
  let context: string;
  let policy: string;
  const ours = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const foreign = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });

  beforeAll(async () => {
    registry = await startRegistry({ auth: true });
    client = authedClient(registry);
    dir = mkdtempSync(join(tmpdir(), 'bsp-rerun-'));
    context = busyboxContext(dir, 'app', RANDOM_RUN_DOCKERFILE);
    policy = writePolicy(dir, [], { sections: ['signing: {method: key, key: "env://SIGNING_KEY"}'] });
  });
  afterAll(async () => {
    await registry?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const push = async (version: string, key = ours.privateKey): Promise<TestContext> => {
    const ctx = testContext(
      { service: 'api', policy, registry: registry.url, context },
      {
        ...githubEnv(`refs/tags/${version}`),
        ...registryEnv(registry),
        SIGNING_KEY: pemOf(key),
        PATH: process.env.PATH,
      },
    );
    await run(ctx);
    return ctx;
  };
  const built = (ctx: TestContext) => ctx.logger.text().includes('with buildah');
  const verifiedBy = async (digest: string, key: typeof ours.privateKey) => {
    const trust = {
      publicKeys: [{ name: 'ours', key: createPublicKey(key) }],
      kmsKeys: [],
      keyless: [],
      signerProfiles: [],
      rootCertificates: [],
    };
    return (await verifyImageSignatures({ client, repository: 'shop/api', digest, trust })).verified.length;
  };

  test('the re-run builds nothing and gives the same outputs', async () => {
    const first = await push('v1.0.0');
    const again = await push('v1.0.0');
    expect(built(first)).toBe(true);
    expect(built(again)).toBe(false);
    expect(again.logger.text()).toMatch(/No build: every immutable tag of this run \(api-v1\.0\.0\) already points at/);
    // The same outputs (the same signature and provenance, nothing added), and the run says it adopted the image.
    expect({ ...Object.fromEntries(again.outputs), adopted: 'false' }).toEqual(Object.fromEntries(first.outputs));
    expect(again.outputs.get('adopted')).toBe('true');
    expect(again.summary.join('\n')).toMatch(
      /\| Build \| none: adopted, every immutable tag already pointed at this image of an earlier run/,
    );
  });

  test('with its signature removed: no build, and the image is signed again', async () => {
    const first = await push('v2.0.0');
    const digest = first.outputs.get('digest')!;
    // The registry has no referrers API: the signature is listed in the referrers tag's index.
    const index = await client.getManifest('shop/api', referrersTag(digest), MEDIA_TYPES.ociIndex);
    expect(await client.deleteManifest('shop/api', index!.digest)).toBe(true);
    expect(await verifiedBy(digest, ours.privateKey)).toBe(0);

    const again = await push('v2.0.0');
    expect(built(again)).toBe(false);
    expect(again.outputs.get('digest')).toBe(digest);
    expect(again.logger.text()).toContain('signature: missing (the image carries no signature)');
    expect(again.outputs.get('signature-digest')).toMatch(/^sha256:/);
    expect(await verifiedBy(digest, ours.privateKey)).toBe(1);
  });

  test('an image signed by another key under the tag is refused, naming the tag and why', async () => {
    const theirs = await push('v3.0.0', foreign.privateKey);
    const digest = theirs.outputs.get('digest')!;
    const refused = push('v3.0.0');
    await expect(refused).rejects.toThrow(
      new RegExp(
        `immutable tag 'api-v3\\.0\\.0' of shop/api already points at ${digest}, whose signature does not verify: .*wrong-key`,
      ),
    );
    // Nothing of ours was added to the image.
    expect(await verifiedBy(digest, ours.privateKey)).toBe(0);
    expect(await verifiedBy(digest, foreign.privateKey)).toBe(1);
  });
});
