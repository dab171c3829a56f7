/**
 * What a user pays to push an image from an OCI layout to a local docker-registry: the build-sign-push action (its
 * bundle, under the runner's Node 24) against `skopeo copy oci:<dir> docker://...`, in the same run. Each push is a
 * fresh process measured from the outside by /usr/bin/time: wall time, the client's CPU time (user + sys) and its
 * peak RSS. Every run gets an empty registry, and the two tools alternate which goes first.
 *
 * - the main case: ~200 MB in 8 layers of random (incompressible) bytes, fresh and unchanged re-push, 5 runs;
 * - scale: 200 small layers, and one 2 GiB layer (written on the fly to a temporary directory, deleted after).
 *
 *   node -r ./scripts/register.cjs bench/push.ts [--runs 5] [--layers 8] [--layer-mb 25] [--scale-runs 1]
 *        [--big-mib 2048] [--small-layers 200]                (--scale-runs 0: no scale cases)
 */
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { constants, crc32, deflateRawSync, gzipSync } from 'node:zlib';
import { runnerNode } from '../scripts/action-runner';
import { digestOf } from '../shared/src/oci/digest';
import { MEDIA_TYPES, type ImageManifest } from '../shared/src/oci/types';
import { tarOf } from '../test/utils/images';
import { startRegistry, type LocalRegistry } from '../test/utils/registry';

const ROOT = resolve(__dirname, '..');
const BUNDLE = join(ROOT, 'actions', 'build-sign-push', 'dist', 'index.js');

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

interface Layer {
  digest: string;
  size: number;
  diffId: string;
}

/** Writes an OCI layout of these layers (already in blobs/sha256) and a config naming them. */
function writeLayout(dir: string, layers: Layer[]): { digest: string; bytes: number } {
  const put = (bytes: Buffer) => {
    const digest = digestOf(bytes);
    writeFileSync(join(dir, 'blobs', 'sha256', digest.slice(7)), bytes);
    return { digest, size: bytes.length };
  };
  const rootfs = { type: 'layers', diff_ids: layers.map((l) => l.diffId) };
  const config = put(Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs, config: {} })));
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociManifest,
    config: { mediaType: MEDIA_TYPES.ociConfig, ...config },
    layers: layers.map((l) => ({ mediaType: MEDIA_TYPES.ociLayerGzip, digest: l.digest, size: l.size })),
  };
  const m = put(Buffer.from(JSON.stringify(manifest)));
  writeFileSync(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  const ref = { 'org.opencontainers.image.ref.name': 'bench' };
  const index = { schemaVersion: 2, manifests: [{ mediaType: MEDIA_TYPES.ociManifest, ...m, annotations: ref }] };
  writeFileSync(join(dir, 'index.json'), JSON.stringify(index));
  return { digest: m.digest, bytes: layers.reduce((n, l) => n + l.size, 0) + config.size };
}

/** Layers that are gzip streams of stored (incompressible) blocks of a tar of random bytes. */
async function randomLayers(dir: string, count: number, bytes: number): Promise<Layer[]> {
  mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true });
  const layers: Layer[] = [];
  for (let i = 0; i < count; i++) {
    const tar = await tarOf({ [`data/layer-${i}.bin`]: randomBytes(bytes) });
    const gz = gzipSync(tar, { level: 0 });
    const digest = digestOf(gz);
    writeFileSync(join(dir, 'blobs', 'sha256', digest.slice(7)), gz);
    layers.push({ digest, size: gz.length, diffId: digestOf(tar) });
  }
  return layers;
}

/**
 * One large layer written as it is generated, never held in memory: a gzip member of stored deflate blocks
 * (incompressible random data, repeated from a 16 MiB pool) with its trailer.
 */
function bigLayer(dir: string, mib: number): Layer {
  mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true });
  const path = join(dir, 'big.tmp');
  const fd = openSync(path, 'w');
  const compressed = createHash('sha256');
  const plain = createHash('sha256');
  const pool = randomBytes(16 * 1024 * 1024);
  const write = (b: Buffer) => (compressed.update(b), writeSync(fd, b));
  write(Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]));
  let crc = 0;
  const blocks = (mib * 1024 * 1024) / pool.length;
  for (let i = 0; i < blocks; i++) {
    const last = i === blocks - 1;
    // Stored blocks of 64 KiB - 1 at most each, the last one flagged final.
    write(deflateRawSync(pool, { level: 0, finishFlush: last ? constants.Z_FINISH : constants.Z_FULL_FLUSH }));
    plain.update(pool);
    crc = crc32(pool, crc);
  }
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE((mib * 1024 * 1024) >>> 0, 4);
  write(trailer);
  closeSync(fd);
  const digest = `sha256:${compressed.digest('hex')}`;
  const blob = join(dir, 'blobs', 'sha256', digest.slice(7));
  renameSync(path, blob);
  return { digest, size: statSync(blob).size, diffId: `sha256:${plain.digest('hex')}` };
}

interface Measured {
  ms: number;
  /** user + sys of the process, from its rusage. */
  cpuMs: number;
  peakRssMiB: number;
  code: number;
  out: string;
}

/** Runs a command under /usr/bin/time: wall time from here, CPU and peak RSS from the child's own rusage. */
function measured(command: string, args: string[], env: NodeJS.ProcessEnv, work: string): Promise<Measured> {
  const usage = join(work, 'rusage.txt');
  return new Promise((resolveRun) => {
    const started = process.hrtime.bigint();
    const p = spawn('/usr/bin/time', ['-f', '%U %S %M', '-o', usage, command, ...args], {
      env,
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    p.stdout.on('data', (c: Buffer) => (out += c.toString()));
    p.stderr.on('data', (c: Buffer) => (out += c.toString()));
    p.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const last = readFileSync(usage, 'utf8').trim().split('\n').at(-1) ?? '';
      const [user, sys, rssKiB] = last.split(' ').map(Number);
      resolveRun({ ms, cpuMs: (user + sys) * 1000, peakRssMiB: rssKiB / 1024, code: code ?? 1, out });
    });
  });
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

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

interface Image {
  layout: string;
  digest: string;
}

/** The two pushes compared: the action's bundle as the runner starts it, and skopeo copy. */
function pushTools(work: string, policy: string) {
  const actionEnv = (service: string, image: Image, registry: LocalRegistry): NodeJS.ProcessEnv => ({
    PATH: process.env.PATH,
    INPUT_SERVICE: service,
    INPUT_POLICY: policy,
    INPUT_REGISTRY: registry.url,
    INPUT_SOURCE: `oci:${image.layout}:bench`,
    REGISTRY_USERNAME: registry.username,
    REGISTRY_PASSWORD: registry.password,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/tags/v1.0.0',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_OUTPUT: join(work, `output-${service}`),
    GITHUB_STEP_SUMMARY: join(work, `summary-${service}`),
    RUNNER_TEMP: work,
  });
  const ours = async (service: string, image: Image, registry: LocalRegistry): Promise<Measured> => {
    for (const f of [`output-${service}`, `summary-${service}`]) writeFileSync(join(work, f), '');
    const r = await measured(runnerNode(), [BUNDLE], actionEnv(service, image, registry), work);
    if (r.code !== 0 || r.out.includes('::error::')) throw new Error(`the action failed:\n${r.out}`);
    const output = readFileSync(join(work, `output-${service}`), 'utf8');
    if (!output.includes(image.digest)) throw new Error(`the action did not output ${image.digest}`);
    return r;
  };
  const skopeo = async (repo: string, image: Image, registry: LocalRegistry, home: string): Promise<Measured> => {
    const creds = `${registry.username}:${registry.password}`;
    const args = ['copy', '--quiet', '--dest-tls-verify=false', '--dest-creds', creds];
    const target = `docker://${registry.host}/${repo}:v1`;
    const r = await measured(
      'skopeo',
      [...args, `oci:${image.layout}:bench`, target],
      { PATH: process.env.PATH, HOME: home },
      work,
    );
    if (r.code !== 0) throw new Error(`skopeo failed:\n${r.out}`);
    return r;
  };
  const uploaded = (service: string) => {
    const m = /Blobs uploaded \| (\d+) \(([^)]+)\)/.exec(readFileSync(join(work, `summary-${service}`), 'utf8'));
    return m ? `${m[1]} (${m[2]})` : 'unknown';
  };
  return { ours, skopeo, uploaded };
}

type PushTools = ReturnType<typeof pushTools>;

interface Series {
  ms: number[];
  cpuMs: number[];
  peakRssMiB: number[];
}
const series = (): Series => ({ ms: [], cpuMs: [], peakRssMiB: [] });
const record = (s: Series, m: Measured) => (s.ms.push(m.ms), s.cpuMs.push(m.cpuMs), s.peakRssMiB.push(m.peakRssMiB));

/** Fresh pushes (and, with `again`, unchanged re-pushes) of both tools, alternating, each run on an empty registry. */
async function alternatingPushes(
  runs: number,
  services: string[],
  work: string,
  tools: PushTools,
  image: Image,
  again: boolean,
) {
  const fresh = { ours: series(), skopeo: series() };
  const repush = { ours: series(), skopeo: series() };
  const repushUploads: string[] = [];
  for (let i = 0; i < runs; i++) {
    // Each tool gets an empty registry (and skopeo an empty blob-info cache), so "fresh" is fresh; the order
    // alternates, so neither always meets a warmer page cache.
    const order = i % 2 === 0 ? ['ours', 'skopeo'] : ['skopeo', 'ours'];
    const home = mkdtempSync(join(work, 'home-'));
    for (const tool of order) {
      const registry = await startRegistry({ auth: true });
      try {
        if (tool === 'ours') {
          record(fresh.ours, await tools.ours(services[i], image, registry));
          if (!again) continue;
          record(repush.ours, await tools.ours(services[i], image, registry));
          repushUploads.push(tools.uploaded(services[i]));
        } else {
          record(fresh.skopeo, await tools.skopeo(`skopeo/run${i}`, image, registry, home));
          if (again) record(repush.skopeo, await tools.skopeo(`skopeo/run${i}`, image, registry, home));
        }
      } finally {
        await registry.stop();
      }
    }
  }
  return { fresh, repush, repushUploads };
}

/** The medians of a series, for the results file and the table. */
function medians(s: { ours: Series; skopeo: Series }) {
  const of = (x: Series) => ({ ms: median(x.ms), cpuMs: median(x.cpuMs), peakRssMiB: median(x.peakRssMiB) });
  return { ours: of(s.ours), skopeo: of(s.skopeo) };
}

type Medians = ReturnType<typeof medians>;

async function scaleCases(work: string, runs: number, tools: PushTools, services: string[]) {
  const smallDir = join(work, 'small-layers');
  const small = {
    layout: smallDir,
    ...writeLayout(smallDir, await randomLayers(smallDir, arg('small-layers', 200), 64 * 1024)),
  };
  const smallRuns = await alternatingPushes(runs, services, work, tools, small, false);
  rmSync(smallDir, { recursive: true, force: true });
  const bigDir = join(work, 'big-layer');
  const big = { layout: bigDir, ...writeLayout(bigDir, [bigLayer(bigDir, arg('big-mib', 2048))]) };
  try {
    const bigRuns = await alternatingPushes(runs, services, work, tools, big, false);
    return { smallLayers: medians(smallRuns.fresh), bigLayer: medians(bigRuns.fresh) };
  } finally {
    rmSync(bigDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const runs = arg('runs', 5);
  const scaleRuns = arg('scale-runs', 1);
  const layers = arg('layers', 8);
  const layerBytes = arg('layer-mb', 25) * 1024 * 1024;
  const work = mkdtempSync(join(tmpdir(), 'bench-push-'));
  try {
    const layoutDir = join(work, 'layout');
    const image = { layout: layoutDir, ...writeLayout(layoutDir, await randomLayers(layoutDir, layers, layerBytes)) };
    const services = Array.from({ length: Math.max(runs, scaleRuns) }, (_, i) => `svc${i}`);
    const policy = join(work, 'artifact-policy.yml');
    writeBenchPolicy(policy, services);
    const tools = pushTools(work, policy);
    const loadBefore = loadavg();
    const pushes = await alternatingPushes(runs, services, work, tools, image, true);
    const scale = scaleRuns > 0 ? await scaleCases(work, scaleRuns, tools, services) : undefined;
    const results = {
      date: new Date().toISOString(),
      node: { bundle: runnerNode() },
      loadAverage: { before: loadBefore, after: loadavg() },
      image: { layers, layerMiB: layerBytes / 1024 / 1024, blobBytes: image.bytes, digest: image.digest },
      runs,
      fresh: pushes.fresh,
      repush: pushes.repush,
      repushUploads: pushes.repushUploads,
      medians: { fresh: medians(pushes.fresh), repush: medians(pushes.repush) },
      scale: scale && {
        runs: scaleRuns,
        smallLayerCount: arg('small-layers', 200),
        bigLayerMiB: arg('big-mib', 2048),
        ...scale,
      },
    };
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

const s = (ms: number) => (ms / 1000).toFixed(2);

export interface PushResults {
  runs: number;
  loadAverage: { before: number[]; after: number[] };
  image: { layers: number; layerMiB: number };
  repushUploads: string[];
  medians: { fresh: Medians; repush: Medians };
  scale?: { runs: number; smallLayerCount: number; bigLayerMiB: number; smallLayers: Medians; bigLayer: Medians };
}

/** A table of the medians, ours beside skopeo's, as the run printed them. */
function pushTable(results: PushResults): string {
  const line = (name: string, m: Medians) =>
    `| ${name} | ${s(m.ours.ms)} | ${s(m.skopeo.ms)} | ${(m.ours.ms / m.skopeo.ms).toFixed(2)} | ${s(m.ours.cpuMs)} | ${s(m.skopeo.cpuMs)} | ${(m.ours.cpuMs / m.skopeo.cpuMs).toFixed(2)} | ${m.ours.peakRssMiB.toFixed(0)} | ${m.skopeo.peakRssMiB.toFixed(0)} |`;
  const { fresh, repush } = results.medians;
  const rows = [
    '| push (medians) | wall ours (s) | wall skopeo (s) | ratio | CPU ours (s) | CPU skopeo (s) | ratio | peak RSS ours (MiB) | peak RSS skopeo (MiB) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    line(`${results.image.layers} × ${results.image.layerMiB} MiB, fresh, ${results.runs} runs`, fresh),
    line(`unchanged re-push, ${results.runs} runs (blobs sent: ${results.repushUploads.join(', ')})`, repush),
  ];
  const scale = results.scale;
  if (scale) {
    rows.push(line(`${scale.smallLayerCount} small layers, fresh, ${scale.runs} runs`, scale.smallLayers));
    rows.push(line(`one ${scale.bigLayerMiB} MiB layer, fresh, ${scale.runs} runs`, scale.bigLayer));
  }
  const load = (l: number[]) => l.map((v) => v.toFixed(2)).join(', ');
  return `Load average before: ${load(results.loadAverage.before)}; after: ${load(results.loadAverage.after)}\n\n${rows.join('\n')}`;
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
