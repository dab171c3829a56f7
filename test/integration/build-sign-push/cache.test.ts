import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../actions/build-sign-push/src/main';
import type { RegistryClient } from '../../../shared/src/oci/registry';
import type { ImageManifest } from '../../../shared/src/oci/types';
import { authedClient, startRegistry, type LocalRegistry } from '../../utils/registry';
import { busyboxContext, githubEnv, RANDOM_RUN_DOCKERFILE, registryEnv, writePolicy } from './fixtures';
import { testContext, type TestContext } from '../../utils/action-context';

jest.setTimeout(240_000);

/**
 * Every run of the action builds in fresh buildah storage (its own work directory), as a new runner does: what a
 * second build reuses can only come from the cache repository in the registry.
 */
describe('the registry layer cache: a fresh builder takes the RUN step from the cache repository', () => {
  let registry: LocalRegistry;
  let client: RegistryClient;
  let dir: string;
  let context: string;
  let policy: string;

  beforeAll(async () => {
    registry = await startRegistry({ auth: true });
    client = authedClient(registry);
    dir = mkdtempSync(join(tmpdir(), 'bsp-cache-'));
    context = busyboxContext(dir, 'app', RANDOM_RUN_DOCKERFILE);
    policy = writePolicy(dir, [], { registry: ['buildCache: {type: registry, expireAfterDays: 7}'] });
  });
  afterAll(async () => {
    await registry?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A push of main at another commit each time, so every run has its own immutable tag and builds. */
  const build = async (sha: string, inputs: Record<string, string> = {}): Promise<TestContext> => {
    const ctx = testContext(
      { service: 'api', policy, registry: registry.url, context, ...inputs },
      { ...githubEnv('refs/heads/main', sha.repeat(40)), ...registryEnv(registry), PATH: process.env.PATH },
    );
    await run(ctx);
    return ctx;
  };
  const runLayer = async (ctx: TestContext): Promise<string> => {
    const stored = await client.getManifest('shop/api', ctx.outputs.get('digest')!);
    return (JSON.parse(stored!.bytes.toString()) as ImageManifest).layers.at(-1)!.digest;
  };
  const tags = async (repository: string) => {
    const res = await fetch(`${registry.url}/v2/${repository}/tags/list`, {
      headers: {
        authorization: `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}`,
      },
    });
    return res.status === 404 ? [] : (((await res.json()) as { tags: string[] | null }).tags ?? []);
  };

  test("the second build has the first one's RUN layer; a build without the cache does not", async () => {
    const cold = await build('a');
    const warm = await build('b');
    const uncached = await build('c', { cache: 'none' });

    expect(await runLayer(warm)).toBe(await runLayer(cold));
    expect(await runLayer(uncached)).not.toBe(await runLayer(cold));

    const steps = (ctx: TestContext) => /(\d+) of (\d+) build steps came from the cache/.exec(ctx.summary.join('\n'));
    // The Dockerfile's three steps: the labels are written into the config afterwards, not built as LABEL steps.
    expect(steps(cold)?.slice(1)).toEqual(['0', '3']);
    expect(steps(warm)?.[2]).toBe('3');
    expect(Number(steps(warm)?.[1])).toBeGreaterThanOrEqual(2);
    const stored = await client.getManifest('shop/api', warm.outputs.get('digest')!);
    const config = JSON.parse(
      (
        await client.getBlob('shop/api', (JSON.parse(stored!.bytes.toString()) as ImageManifest).config.digest)
      ).toString(),
    ) as { config: { Labels: Record<string, string> } };
    expect(config.config.Labels['org.opencontainers.image.revision']).toBe('b'.repeat(40));
    expect(warm.summary.join('\n')).toContain(`${registry.host}/shop/api-buildcache`);
    expect(uncached.summary.join('\n')).not.toContain('came from the cache');
  });

  test('a dry run reads the cache and writes nothing to it', async () => {
    const before = (await tags('shop/api-buildcache')).sort();
    const dry = await build('d', { 'dry-run': 'true' });
    expect(dry.summary.join('\n')).toMatch(/[1-9]\d* of \d+ build steps came from the cache/);
    expect((await tags('shop/api-buildcache')).sort()).toEqual(before);
  });

  test('the cache repository holds the cache; the image repository holds only the images and their tags', async () => {
    expect((await tags('shop/api-buildcache')).length).toBeGreaterThan(0);
    expect((await tags('shop/api')).sort()).toEqual(
      ['api-latest', 'api-main-aaaaaaa', 'api-main-bbbbbbb', 'api-main-ccccccc'].sort(),
    );
  });
});
