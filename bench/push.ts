/**
 * Pushing a ~200 MB image (8 layers of random, incompressible bytes) from an OCI layout to a local
 * docker-registry: the build-sign-push action (its bundle, as the runner starts it) against
 * `skopeo copy oci:<dir> docker://...`, alternating which goes first. Each run is a fresh process timed from
 * the outside, start-up included. Fresh pushes go to an empty repository; re-pushes repeat one unchanged.
 * Also: the action's start-up time to its first error, and its bundle size. Results go to bench/results/.
 *
 *   node -r ./scripts/register.cjs bench/push.ts [--runs 3] [--layer-mb 25] [--layers 8]
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { digestOf } from '../shared/src/oci/digest';
import { MEDIA_TYPES, type ImageManifest } from '../shared/src/oci/types';
import { runnerNode } from '../scripts/action-runner';
import { tarOf } from '../test/utils/images';
import { startRegistry, type LocalRegistry } from '../test/utils/registry';

const ROOT = resolve(__dirname, '..');
const DIST = join(ROOT, 'actions', 'build-sign-push', 'dist');

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** Writes the image as an OCI layout; layers are gzip streams of stored (incompressible) blocks. */
async function writeLayout(
  dir: string,
  layers: number,
  layerBytes: number,
): Promise<{ digest: string; bytes: number }> {
  mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true });
  const put = (bytes: Buffer) => {
    const digest = digestOf(bytes);
    writeFileSync(join(dir, 'blobs', 'sha256', digest.slice(7)), bytes);
    return { digest, size: bytes.length };
  };
  const diffIds: string[] = [];
  const layerDescriptors = [];
  for (let i = 0; i < layers; i++) {
    const tar = await tarOf({ [`data/layer-${i}.bin`]: randomBytes(layerBytes) });
    diffIds.push(digestOf(tar));
    layerDescriptors.push({ mediaType: MEDIA_TYPES.ociLayerGzip, ...put(gzipSync(tar, { level: 0 })) });
  }
  const config = put(
    Buffer.from(
      JSON.stringify({
        architecture: 'amd64',
        os: 'linux',
        rootfs: { type: 'layers', diff_ids: diffIds },
        config: {},
      }),
    ),
  );
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociManifest,
    config: { mediaType: MEDIA_TYPES.ociConfig, ...config },
    layers: layerDescriptors,
  };
  const m = put(Buffer.from(JSON.stringify(manifest)));
  writeFileSync(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  writeFileSync(
    join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        { mediaType: MEDIA_TYPES.ociManifest, ...m, annotations: { 'org.opencontainers.image.ref.name': 'bench' } },
      ],
    }),
  );
  return { digest: m.digest, bytes: layerDescriptors.reduce((n, l) => n + l.size, 0) + config.size };
}

interface Run {
  ms: number;
  code: number;
  out: string;
}

function timed(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolveRun) => {
    const started = process.hrtime.bigint();
    const p = spawn(command, args, { env, cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (c: Buffer) => (out += c.toString()));
    p.stderr.on('data', (c: Buffer) => (out += c.toString()));
    p.on('close', (code) => resolveRun({ ms: Number(process.hrtime.bigint() - started) / 1e6, code: code ?? 1, out }));
  });
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);

/** A policy with one service per run, so each run pushes to a repository of its own. */
function writeBenchPolicy(policy: string, services: string[]): void {
  writeFileSync(
    policy,
    [
      'version: 1',
      'system: bench',
      'region: eu-central-1',
      'resourceTags: {Project: bench, Environment: shared, Purpose: container-registry, ManagedBy: artifacts, Owner: bench}',
      'registry:',
      '  layout: per-service',
      `  services: [${services.join(', ')}]`,
      'tags: {release: "{service}-{version}"}',
      '',
    ].join('\n'),
  );
}

/** The two pushes compared (the action's bundle, skopeo copy) and what the action's summary reports. */
function pushTools(work: string, layout: string, policy: string, image: { digest: string }) {
  const actionEnv = (service: string, registry: LocalRegistry): NodeJS.ProcessEnv => ({
    PATH: process.env.PATH,
    INPUT_SERVICE: service,
    INPUT_POLICY: policy,
    INPUT_REGISTRY: registry.url,
    INPUT_SOURCE: `oci:${layout}:bench`,
    REGISTRY_USERNAME: registry.username,
    REGISTRY_PASSWORD: registry.password,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/tags/v1.0.0',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_OUTPUT: join(work, `output-${service}`),
    GITHUB_STEP_SUMMARY: join(work, `summary-${service}`),
    RUNNER_TEMP: work,
  });
  const ours = async (service: string, registry: LocalRegistry): Promise<Run> => {
    for (const f of [`output-${service}`, `summary-${service}`]) writeFileSync(join(work, f), '');
    const r = await timed(runnerNode(), [join(DIST, 'index.js')], actionEnv(service, registry));
    if (r.code !== 0 || r.out.includes('::error::')) throw new Error(`the action failed:\n${r.out}`);
    const output = readFileSync(join(work, `output-${service}`), 'utf8');
    if (!output.includes(image.digest)) throw new Error(`the action did not output ${image.digest}`);
    return r;
  };
  const skopeo = async (repo: string, registry: LocalRegistry, home: string): Promise<Run> => {
    const r = await timed(
      'skopeo',
      [
        'copy',
        '--quiet',
        '--dest-tls-verify=false',
        '--dest-creds',
        `${registry.username}:${registry.password}`,
        `oci:${layout}:bench`,
        `docker://${registry.host}/${repo}:v1`,
      ],
      { PATH: process.env.PATH, HOME: home },
    );
    if (r.code !== 0) throw new Error(`skopeo failed:\n${r.out}`);
    return r;
  };
  const uploaded = (service: string) => {
    const m = /Blobs uploaded \| (\d+) \(([^)]+)\)/.exec(readFileSync(join(work, `summary-${service}`), 'utf8'));
    return m ? `${m[1]} (${m[2]})` : 'unknown';
  };
  // The push itself, as the action's summary reports it (from the policy loaded to the last tag).
  const pushPhase = (service: string) => {
    const m = /\| Time \| ([\d.]+) (ms|s) \|/.exec(readFileSync(join(work, `summary-${service}`), 'utf8'));
    return m ? Number(m[1]) * (m[2] === 's' ? 1000 : 1) : NaN;
  };
  return { ours, skopeo, uploaded, pushPhase };
}

type PushTools = ReturnType<typeof pushTools>;

/** Fresh pushes and unchanged re-pushes of both tools, each run against empty registries. */
async function alternatingPushes(runs: number, services: string[], work: string, tools: PushTools) {
  const { ours, skopeo, uploaded, pushPhase } = tools;
  const phases = { fresh: [] as number[], again: [] as number[] };
  const fresh = { ours: [] as number[], skopeo: [] as number[] };
  const again = { ours: [] as number[], skopeo: [] as number[] };
  const repushUploads: string[] = [];
  let registry: LocalRegistry | undefined;
  try {
    for (let i = 0; i < runs; i++) {
      // Each tool gets an empty registry (and skopeo an empty blob-info cache), so "fresh" is fresh; the order
      // alternates, so neither always meets a warmer page cache.
      const order = i % 2 === 0 ? ['ours', 'skopeo'] : ['skopeo', 'ours'];
      const home = mkdtempSync(join(work, 'home-'));
      for (const tool of order) {
        registry = await startRegistry({ auth: true });
        if (tool === 'ours') {
          fresh.ours.push((await ours(services[i], registry)).ms);
          phases.fresh.push(pushPhase(services[i]));
          again.ours.push((await ours(services[i], registry)).ms);
          phases.again.push(pushPhase(services[i]));
          repushUploads.push(uploaded(services[i]));
        } else {
          fresh.skopeo.push((await skopeo(`skopeo/run${i}`, registry, home)).ms);
          again.skopeo.push((await skopeo(`skopeo/run${i}`, registry, home)).ms);
        }
        await registry.stop();
        registry = undefined;
      }
    }
  } finally {
    await registry?.stop();
  }
  return { phases, fresh, again, repushUploads };
}

/** Start-up: the bundle as the runner starts it, with no inputs, until its first (configuration) error. */
async function startupTimes(): Promise<{ startups: number[]; nodeBaseline: number[] }> {
  const startups: number[] = [];
  for (let i = 0; i < 5; i++)
    startups.push((await timed(runnerNode(), [join(DIST, 'index.js')], { PATH: process.env.PATH })).ms);
  const nodeBaseline: number[] = [];
  for (let i = 0; i < 5; i++)
    nodeBaseline.push((await timed(runnerNode(), ['-e', '0'], { PATH: process.env.PATH })).ms);
  return { startups, nodeBaseline };
}

async function main(): Promise<void> {
  const runs = arg('runs', 3);
  const layers = arg('layers', 8);
  const layerBytes = arg('layer-mb', 25) * 1024 * 1024;
  const work = mkdtempSync(join(tmpdir(), 'bench-push-'));
  try {
    const layout = join(work, 'layout');
    const image = await writeLayout(layout, layers, layerBytes);
    const services = Array.from({ length: runs }, (_, i) => `svc${i}`);
    const policy = join(work, 'artifact-policy.yml');
    writeBenchPolicy(policy, services);
    const tools = pushTools(work, layout, policy, image);
    const { phases, fresh, again, repushUploads } = await alternatingPushes(runs, services, work, tools);
    const { startups, nodeBaseline } = await startupTimes();
    const bundleBytes = readdirSync(DIST)
      .filter((f) => f.endsWith('.js'))
      .reduce((n, f) => n + statSync(join(DIST, f)).size, 0);

    const results = {
      date: new Date().toISOString(),
      loadAverage: loadavg()[0],
      image: { layers, layerMiB: layerBytes / 1024 / 1024, blobBytes: image.bytes, digest: image.digest },
      runs,
      freshMs: fresh,
      repushMs: again,
      repushUploads,
      oursPushPhaseMs: phases,
      medianFreshRatio: median(fresh.ours) / median(fresh.skopeo),
      medianRepushMs: { ours: median(again.ours), skopeo: median(again.skopeo) },
      startupMs: { action: median(startups), nodeBaseline: median(nodeBaseline) },
      bundleBytes,
    };
    console.log(
      `Image: ${layers} layers of ${layerBytes / 1024 / 1024} MiB (${(image.bytes / 1024 / 1024).toFixed(1)} MiB of blobs), load average ${loadavg()[0].toFixed(1)}\n`,
    );
    console.log(pushTable(results));
    const resultsDir = join(ROOT, 'bench', 'results');
    mkdirSync(resultsDir, { recursive: true });
    const file = join(resultsDir, `push-${results.date.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
    console.log(`\nResults: ${file}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The README's table, from the measured runs. */
function pushTable(results: {
  runs: number;
  freshMs: { ours: number[]; skopeo: number[] };
  repushMs: { ours: number[]; skopeo: number[] };
  repushUploads: string[];
  oursPushPhaseMs: { fresh: number[]; again: number[] };
  medianFreshRatio: number;
  startupMs: { action: number; nodeBaseline: number };
  bundleBytes: number;
}): string {
  const { runs, freshMs: fresh, repushMs: again, oursPushPhaseMs: phases, repushUploads, bundleBytes } = results;
  return [
    '| measure | build-sign-push | skopeo copy | ours / skopeo |',
    '| --- | --- | --- | --- |',
    `| fresh push, median of ${runs} (s) | ${seconds(median(fresh.ours))} | ${seconds(median(fresh.skopeo))} | ${results.medianFreshRatio.toFixed(2)} |`,
    `| unchanged re-push, median (s) | ${seconds(median(again.ours))} | ${seconds(median(again.skopeo))} | ${(median(again.ours) / median(again.skopeo)).toFixed(2)} |`,
    `| of which the push itself, median (s) | ${seconds(median(phases.fresh))} fresh, ${seconds(median(phases.again))} re-push | | |`,
    `| blobs uploaded on re-push | ${repushUploads.join(', ')} | | |`,
    `| start-up to first error (s) | ${seconds(results.startupMs.action)} (node -e 0: ${seconds(results.startupMs.nodeBaseline)}) | | |`,
    `| bundle size | ${(bundleBytes / 1024 / 1024).toFixed(2)} MiB | | |`,
  ].join('\n');
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
