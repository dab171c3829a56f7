/**
 * Runs every benchmark (push vs skopeo copy, publish vs aws s3 cp, start-up and bundle size vs an
 * amazon-ecr-login-style bundle, provisioning of 50 repositories against the fakes, installs through
 * setup-package-store's endpoint vs from the store directly), each in its own process
 * so that none warms the next, then writes their medians, the date, the machine, its load average and the
 * Node versions to bench/results/latest.json (committed) and the README's table from it, between its markers.
 *
 *   npm run bench [-- --quick]     (--quick: fewer and smaller runs, for a smoke test)
 *   npm run bench -- --table-only  (the README's table again from bench/results/latest.json, measuring nothing)
 *   npm run bench -- --push-only   (the push rows measured again, the others kept from bench/results/latest.json)
 *   npm run bench -- --install-only (the install row measured again, the others kept)
 *   npm run bench -- --startup-only (the start-up rows measured again, the others kept)
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { runnerNode } from '../scripts/action-runner';
import { replaceBetweenMarkers } from '../scripts/docs';
import type { InstallResult } from './install';
import { measureStartup, type StartupRow } from './startup';
import {
  MARKER,
  readBenchResults,
  renderBenchTable,
  RESULTS_FILE,
  type BenchResults,
  type Costs,
  type Versus,
} from './table';

const ROOT = resolve(__dirname, '..');
const RESULTS = join(ROOT, 'bench', 'results');

/** The medians bench/push.ts writes, per tool. */
interface ToolMedians {
  ours: { ms: number; cpuMs: number; peakRssMiB: number };
  skopeo: { ms: number; cpuMs: number; peakRssMiB: number };
}
interface PushResult {
  runs: number;
  image: { layers: number; layerMiB: number; blobBytes: number };
  repushUploads: string[];
  medians: { fresh: ToolMedians; repush: ToolMedians };
  scale?: {
    runs: number;
    smallLayerCount: number;
    bigLayerMiB: number;
    smallLayers: ToolMedians;
    bigLayer: ToolMedians;
  };
}
/** A figure of ours against the peer's: medians, or the runs' figures to take the median of. */
type Figures = { ours: number | number[] } & Record<string, number | number[]>;
interface PublishResult {
  files: number;
  totalMiB: number;
  runs: unknown[];
  medianOursMs: number;
  medianAwsMs: number;
  medianRatio: number;
  peer: string;
  /** CPU time and peak RSS of both tools, where the publish benchmark measures them (as pairs, or as medians). */
  cpuMs?: Figures;
  peakRssMiB?: Figures;
  medianOursCpuMs?: number;
  medianAwsCpuMs?: number;
  medianOursPeakRssMiB?: number;
  medianAwsPeakRssMiB?: number;
}

/** The publish benchmark's CPU and peak RSS figures, in whichever of the two shapes it wrote them. */
function publishCosts(publish: PublishResult): Costs {
  const pair = (ours: number | undefined, peer: number | undefined) =>
    ours !== undefined && peer !== undefined ? { ours, peer } : undefined;
  return {
    cpuMs: versusOf(publish.cpuMs) ?? pair(publish.medianOursCpuMs, publish.medianAwsCpuMs),
    peakRssMiB: versusOf(publish.peakRssMiB) ?? pair(publish.medianOursPeakRssMiB, publish.medianAwsPeakRssMiB),
  };
}
interface BuildCacheResult {
  coldMs: number;
  warmMs: number;
  steps: { cold: string; warm: string };
  cache: { tags: number; bytes: number };
}
interface ProvisionResult {
  repositories: number;
  latencyMs: number;
  rows: { phase: string; concurrency: number; changes: number; reads: number; writes: number; ms: number }[];
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Ours against the peer (whatever the peer's key: peer, aws, skopeo), medians of runs where runs are given. */
function versusOf(figures: Figures | undefined): Versus | undefined {
  if (!figures) return undefined;
  const one = (x: number | number[]) => (Array.isArray(x) ? median(x) : x);
  const peerKey = Object.keys(figures).find((k) => k !== 'ours');
  return peerKey ? { ours: one(figures.ours), peer: one(figures[peerKey]) } : undefined;
}

/** The push section of the results from what bench/push.ts wrote. */
function pushRecord(push: PushResult): BenchResults['push'] {
  const pair = (m: ToolMedians, key: 'ms' | 'cpuMs' | 'peakRssMiB') => ({ ours: m.ours[key], peer: m.skopeo[key] });
  const costs = (m: ToolMedians) => ({ cpuMs: pair(m, 'cpuMs'), peakRssMiB: pair(m, 'peakRssMiB') });
  const scale = push.scale;
  const scaleRow = (name: string, m: ToolMedians) => ({ name, runs: scale!.runs, ms: pair(m, 'ms'), ...costs(m) });
  return {
    layers: push.image.layers,
    layerMiB: push.image.layerMiB,
    runs: push.runs,
    freshMs: pair(push.medians.fresh, 'ms'),
    repushMs: pair(push.medians.repush, 'ms'),
    fresh: costs(push.medians.fresh),
    repush: costs(push.medians.repush),
    repushBlobsSent: push.repushUploads,
    scale: scale && [
      scaleRow(`${scale.smallLayerCount} layers of 64 KiB`, scale.smallLayers),
      scaleRow(`one ${scale.bigLayerMiB} MiB layer`, scale.bigLayer),
    ],
  };
}

/** Runs one bench script in its own node, its output shown as it goes. */
function runBench(script: string, args: string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    console.log(`\n==> ${script} ${args.join(' ')}`);
    const child = spawn(process.execPath, ['-r', join(ROOT, 'scripts', 'register.cjs'), join(ROOT, script), ...args], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolvePromise() : reject(new Error(`${script} exited with ${code}`))));
  });
}

/** The result file a bench wrote after `since` (their names carry an ISO date, so they sort by time). */
function newestResult<T>(prefix: string, since: number): T {
  const files = readdirSync(RESULTS)
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.json'))
    .sort();
  const file = files.at(-1);
  if (!file) throw new Error(`bench/results has no ${prefix} result`);
  const text = readFileSync(join(RESULTS, file), 'utf8');
  const stamp = Date.parse(file.slice(prefix.length + 1, -5).replace(/T(\d\d)-(\d\d)-(\d\d)-(\d+)Z/, 'T$1:$2:$3.$4Z'));
  if (stamp < since - 1000) throw new Error(`the newest ${prefix} result (${file}) is older than this run`);
  return JSON.parse(text) as T;
}

/** The README's benchmark table as the results say, between its markers. */
function writeReadmeTable(results: BenchResults): string {
  const table = renderBenchTable(results);
  const readme = join(ROOT, 'README.md');
  writeFileSync(readme, replaceBetweenMarkers(readFileSync(readme, 'utf8'), MARKER, table, 'README.md'));
  return table;
}

function startupRecord(startup: StartupRow[], runs: number): BenchResults['startup'] {
  const peer = startup.find((r) => r.bundle.startsWith('amazon-ecr-login'))!;
  return {
    runs,
    nodeMs: startup.find((r) => r.bundle.startsWith('node'))!.medianMs,
    peer: { name: 'amazon-ecr-login-style ncc bundle', ms: peer.medianMs, bytes: peer.bytes },
    actions: startup
      .filter((r) => r !== peer && !r.bundle.startsWith('node'))
      .map((r) => ({ name: r.bundle, ms: r.medianMs, bytes: r.bytes })),
  };
}

function provisionRecord(provision: ProvisionResult): BenchResults['provision'] {
  const apply = provision.rows.find((r) => r.phase === 'apply')!;
  const reapply = provision.rows.find((r) => r.phase.startsWith('re-apply'))!;
  const sequential = provision.rows.find((r) => r.phase.includes('sequential'));
  return {
    repositories: provision.repositories,
    latencyMs: provision.latencyMs,
    apply: { concurrency: apply.concurrency, ms: apply.ms, reads: apply.reads, writes: apply.writes },
    sequentialMs: sequential ? sequential.ms : null,
    reapply: { ms: reapply.ms, reads: reapply.reads, writes: reapply.writes },
  };
}

function installRecord(install: InstallResult): NonNullable<BenchResults['install']> {
  const { direct, endpoint } = install.medians;
  return {
    npmPackages: install.npmPackages,
    wheels: install.wheels,
    runs: install.runs,
    ms: { ours: endpoint.ms, peer: direct.ms },
    endpointCpuMs: endpoint.cpuMs,
  };
}

async function measureInstall(quick: boolean): Promise<NonNullable<BenchResults['install']>> {
  const started = Date.now();
  await runBench('bench/install.ts', quick ? ['--runs', '1'] : []);
  return installRecord(newestResult<InstallResult>('install', started));
}

const QUICK_PUSH = ['--runs', '1', '--layers', '2', '--layer-mb', '4', '--small-layers', '20', '--big-mib', '64'];

async function measurePush(quick: boolean): Promise<PushResult> {
  const started = Date.now();
  await runBench('bench/push.ts', quick ? QUICK_PUSH : []);
  return newestResult<PushResult>('push', started);
}

/**
 * Only the push benchmark, its rows replacing those of the last results (the others stay as they were measured,
 * and the headline says when each part ran).
 */
async function measurePushOnly(quick: boolean, loadAverage: [number, number, number]): Promise<BenchResults> {
  const last = readBenchResults(ROOT);
  const push = pushRecord(await measurePush(quick));
  return { ...last, push: { ...push, measured: { date: new Date().toISOString().slice(0, 10), loadAverage } } };
}

async function measurePublish(quick: boolean): Promise<BenchResults['publish']> {
  const started = Date.now();
  await runBench('bench/publish.ts', quick ? ['--runs', '1', '--large-mb', '8', '--small', '20'] : []);
  const publish = newestResult<PublishResult>('publish', started);
  return {
    files: publish.files,
    totalMiB: publish.totalMiB,
    runs: publish.runs.length,
    ms: { ours: publish.medianOursMs, peer: publish.medianAwsMs },
    peer: 'aws s3 cp --recursive',
    ...publishCosts(publish),
  };
}

/** Only the publish benchmark, its row replacing that of the last results. */
async function measurePublishOnly(quick: boolean, loadAverage: [number, number, number]): Promise<BenchResults> {
  const last = readBenchResults(ROOT);
  const publish = await measurePublish(quick);
  return { ...last, publish: { ...publish, measured: { date: new Date().toISOString().slice(0, 10), loadAverage } } };
}

/** Only the install benchmark, its row replacing that of the last results. */
async function measureInstallOnly(quick: boolean, loadAverage: [number, number, number]): Promise<BenchResults> {
  const last = readBenchResults(ROOT);
  const install = await measureInstall(quick);
  return { ...last, install: { ...install, measured: { date: new Date().toISOString().slice(0, 10), loadAverage } } };
}

/** Only the start-up benchmark, its rows replacing those of the last results. */
async function measureStartupOnly(quick: boolean, loadAverage: [number, number, number]): Promise<BenchResults> {
  const last = readBenchResults(ROOT);
  const runs = quick ? 3 : 21;
  const startup = startupRecord(await measureStartup(runs), runs);
  return { ...last, startup: { ...startup, measured: { date: new Date().toISOString().slice(0, 10), loadAverage } } };
}

/** Runs the benchmarks, each in its own process, and gathers their medians into one results record. */
async function measure(quick: boolean, loadAverage: [number, number, number]): Promise<BenchResults> {
  const started = Date.now();
  const push = await measurePush(quick);
  const publish = await measurePublish(quick);
  await runBench('bench/provision.ts', []);
  const provision = newestResult<ProvisionResult>('provision', started);
  await runBench('bench/build-cache.ts', quick ? ['--loops', '300000'] : []);
  const build = newestResult<BuildCacheResult>('build-cache', started);
  const install = await measureInstall(quick);
  console.log('\n==> bench/startup.ts');
  const startupRuns = quick ? 3 : 21;
  const startup = await measureStartup(startupRuns);
  const cpu = cpus();
  return {
    date: new Date(started).toISOString().slice(0, 10),
    machine: { cpu: cpu[0]?.model ?? 'unknown CPU', cores: cpu.length, memoryGiB: Math.round(totalmem() / 1024 ** 3) },
    loadAverage,
    node: { scripts: process.version, actions: execFileSync(runnerNode(), ['--version'], { encoding: 'utf8' }).trim() },
    push: pushRecord(push),
    publish,
    startup: startupRecord(startup, startupRuns),
    buildCache: { coldMs: build.coldMs, warmMs: build.warmMs, steps: build.steps, cacheBytes: build.cache.bytes },
    provision: provisionRecord(provision),
    install,
  };
}

async function main(): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  const file = join(ROOT, RESULTS_FILE);
  let results: BenchResults;
  if (process.argv.includes('--table-only')) {
    results = readBenchResults(ROOT);
  } else {
    const [one, five, fifteen] = loadavg();
    const quick = process.argv.includes('--quick');
    const load: [number, number, number] = [one, five, fifteen];
    if (process.argv.includes('--push-only')) results = await measurePushOnly(quick, load);
    else if (process.argv.includes('--publish-only')) results = await measurePublishOnly(quick, load);
    else if (process.argv.includes('--install-only')) results = await measureInstallOnly(quick, load);
    else if (process.argv.includes('--startup-only')) results = await measureStartupOnly(quick, load);
    else results = await measure(quick, load);
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    // Formatted as the repository's own checks expect, so the file can be committed as it is.
    execFileSync(process.execPath, [require.resolve('prettier/bin/prettier.cjs'), '--write', file], {
      stdio: 'ignore',
    });
  }
  const table = writeReadmeTable(results);
  console.log(`\n${table}\n\nresults in ${RESULTS_FILE}; the table written to README.md`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
