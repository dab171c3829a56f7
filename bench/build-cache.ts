/**
 * The registry layer cache: a cold build against a warm build from fresh builder storage (as a new runner), in the
 * same run, both by the build-sign-push action (its `run`, buildah, a local docker-registry). The Dockerfile's RUN
 * step is a CPU loop of several seconds that ends by writing random bytes, so only the cache can make the warm
 * build skip it. Target: warm at most 0.3x cold. Also the cache's size in the registry (the cache repository's
 * distinct blobs). Results go to bench/results/build-cache-<date>.json.
 *
 *   node -r ./scripts/register.cjs bench/build-cache.ts [--loops 3000000]
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { run } from '../actions/build-sign-push/src/main';
import { RegistryClient } from '../shared/src/oci/registry';
import { isIndex, type Manifest } from '../shared/src/oci/types';
import { testContext } from '../test/utils/action-context';
import { silentLogger } from '../test/utils/loggers';
import { startRegistry, type LocalRegistry } from '../test/utils/registry';

const ROOT = resolve(__dirname, '..');

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function writeApp(dir: string, loops: number): string {
  const context = join(dir, 'app');
  mkdirSync(context);
  copyFileSync(execFileSync('sh', ['-c', 'command -v busybox'], { encoding: 'utf8' }).trim(), join(context, 'busybox'));
  const work = `i=0; while [ $i -lt ${loops} ]; do i=$((i+1)); done; /bin/busybox head -c 1048576 /dev/urandom > /work.bin`;
  writeFileSync(
    join(context, 'Dockerfile'),
    `FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "sh", "-c", "${work}"]\n`,
  );
  writeFileSync(
    join(dir, 'policy.yml'),
    [
      'version: 1',
      'system: shop',
      'registry:',
      '  layout: per-service',
      '  services: [api]',
      '  buildCache: {type: registry}',
      'tags:',
      '  development: "{service}-{branch}-{sha7}"',
      '',
    ].join('\n'),
  );
  return context;
}

/** One action run on its own commit (its own immutable tag, so it builds), in fresh buildah storage. */
async function timedBuild(registry: LocalRegistry, dir: string, context: string, sha: string) {
  const ctx = testContext(
    { service: 'api', policy: join(dir, 'policy.yml'), registry: registry.url, context },
    {
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SHA: sha.repeat(40),
      GITHUB_REPOSITORY: 'acme/shop',
      SOURCE_DATE_EPOCH: '1700000000',
      PATH: process.env.PATH,
    },
  );
  const started = process.hrtime.bigint();
  await run(ctx);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const steps = /(\d+) of (\d+) build steps came from the cache/.exec(ctx.summary.join('\n'));
  return {
    ms,
    cachedSteps: Number(steps?.[1] ?? 0),
    steps: Number(steps?.[2] ?? 0),
    digest: ctx.outputs.get('digest'),
  };
}

/** The bytes the cache repository holds: every distinct blob its tags name (manifests, configs, layers). */
async function cacheBytes(registry: LocalRegistry, repository: string): Promise<{ tags: number; bytes: number }> {
  const client = new RegistryClient({ baseUrl: registry.url, logger: silentLogger });
  const tags = await client.listTags(repository);
  const sizes = new Map<string, number>();
  for (const tag of tags) {
    const stored = await client.getManifest(repository, tag);
    if (!stored) continue;
    sizes.set(stored.digest, stored.bytes.length);
    const manifest = JSON.parse(stored.bytes.toString()) as Manifest;
    if (isIndex(manifest)) continue;
    for (const d of [manifest.config, ...manifest.layers]) sizes.set(d.digest, d.size);
  }
  return { tags: tags.length, bytes: [...sizes.values()].reduce((a, b) => a + b, 0) };
}

async function main(): Promise<void> {
  const loops = arg('loops', 3_000_000);
  const dir = mkdtempSync(join(tmpdir(), 'bench-build-cache-'));
  const registry = await startRegistry();
  try {
    const context = writeApp(dir, loops);
    const cold = await timedBuild(registry, dir, context, 'a');
    const warm = await timedBuild(registry, dir, context, 'b');
    const cache = await cacheBytes(registry, 'shop/api-buildcache');
    const results = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, loadavg: loadavg() },
      loops,
      coldMs: Math.round(cold.ms),
      warmMs: Math.round(warm.ms),
      ratio: Number((warm.ms / cold.ms).toFixed(3)),
      target: 0.3,
      steps: { cold: `${cold.cachedSteps}/${cold.steps}`, warm: `${warm.cachedSteps}/${warm.steps}` },
      cache,
    };
    console.log(
      [
        '| build (fresh builder storage) | time (s) | steps from the cache |',
        '|---|---|---|',
        `| cold, empty cache | ${(results.coldMs / 1000).toFixed(2)} | ${results.steps.cold} |`,
        `| warm, registry cache | ${(results.warmMs / 1000).toFixed(2)} | ${results.steps.warm} |`,
        '',
        `warm/cold: ${results.ratio} (target <= ${results.target}); cache repository: ${cache.tags} tags, ${(cache.bytes / 1024 / 1024).toFixed(2)} MiB`,
      ].join('\n'),
    );
    const out = join(ROOT, 'bench', 'results');
    mkdirSync(out, { recursive: true });
    writeFileSync(
      join(out, `build-cache-${results.date.replace(/[:.]/g, '-')}.json`),
      JSON.stringify(results, null, 2) + '\n',
    );
  } finally {
    await registry.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
