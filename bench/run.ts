/**
 * Runs every benchmark (push vs skopeo copy, publish vs aws s3 cp, start-up and bundle size vs an
 * amazon-ecr-login-style bundle, provisioning of 50 repositories against the fakes), each in its own process
 * so that none warms the next, then writes their medians, the date, the machine, its load average and the
 * Node versions to bench/results/latest.json (committed) and the README's table from it, between its markers.
 *
 *   npm run bench [-- --quick]     (--quick: fewer and smaller runs, for a smoke test)
 *   npm run bench -- --table-only  (the README's table again from bench/results/latest.json, measuring nothing)
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { runnerNode } from '../scripts/action-runner';
import { replaceBetweenMarkers } from '../scripts/docs';
import { measureStartup, type StartupRow } from './startup';
import { MARKER, readBenchResults, renderBenchTable, RESULTS_FILE, type BenchResults } from './table';

const ROOT = resolve(__dirname, '..');
const RESULTS = join(ROOT, 'bench', 'results');

interface PushResult {
  runs: number;
  image: { layers: number; layerMiB: number; blobBytes: number };
  freshMs: { ours: number[]; skopeo: number[] };
  repushMs: { ours: number[]; skopeo: number[] };
}
interface PublishResult {
  files: number;
  totalMiB: number;
  runs: unknown[];
  medianOursMs: number;
  medianAwsMs: number;
  medianRatio: number;
  peer: string;
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

/** Runs the benchmarks, each in its own process, and gathers their medians into one results record. */
async function measure(quick: boolean, loadAverage: [number, number, number]): Promise<BenchResults> {
  const started = Date.now();
  await runBench('bench/push.ts', quick ? ['--runs', '1', '--layers', '2', '--layer-mb', '4'] : []);
  const push = newestResult<PushResult>('push', started);
  await runBench('bench/publish.ts', quick ? ['--runs', '1', '--large-mb', '8', '--small', '20'] : []);
  const publish = newestResult<PublishResult>('publish', started);
  await runBench('bench/provision.ts', []);
  const provision = newestResult<ProvisionResult>('provision', started);
  console.log('\n==> bench/startup.ts');
  const startupRuns = quick ? 3 : 9;
  const startup = await measureStartup(startupRuns);
  const cpu = cpus();
  return {
    date: new Date(started).toISOString().slice(0, 10),
    machine: { cpu: cpu[0]?.model ?? 'unknown CPU', cores: cpu.length, memoryGiB: Math.round(totalmem() / 1024 ** 3) },
    loadAverage,
    node: { scripts: process.version, actions: execFileSync(runnerNode(), ['--version'], { encoding: 'utf8' }).trim() },
    push: {
      layers: push.image.layers,
      layerMiB: push.image.layerMiB,
      runs: push.runs,
      freshMs: { ours: median(push.freshMs.ours), peer: median(push.freshMs.skopeo) },
      repushMs: { ours: median(push.repushMs.ours), peer: median(push.repushMs.skopeo) },
    },
    publish: {
      files: publish.files,
      totalMiB: publish.totalMiB,
      runs: publish.runs.length,
      ms: { ours: publish.medianOursMs, peer: publish.medianAwsMs },
      peer: 'aws s3 cp --recursive',
    },
    startup: startupRecord(startup, startupRuns),
    provision: provisionRecord(provision),
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
    results = await measure(process.argv.includes('--quick'), [one, five, fifteen]);
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
