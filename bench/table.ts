/**
 * The benchmark table of the README: rendered from the last results file (bench/results/latest.json, written
 * by `npm run bench`), never edited by hand. `npm run check` fails when the README's table differs from it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const RESULTS_FILE = join('bench', 'results', 'latest.json');
export const MARKER = 'bench';

/** Medians (milliseconds, or MiB); `peer` is the peer tool's figure measured in the same run. */
export interface Versus {
  ours: number;
  peer: number;
}

/**
 * What a row's run cost the machine besides wall time, where the benchmark measured it (from the rusage of each
 * tool's process): CPU time (user + sys) and peak resident memory.
 */
export interface Costs {
  cpuMs?: Versus;
  peakRssMiB?: Versus;
}

/** A push of another shape than the main image, fresh, both tools in the same run. */
export interface ScaleRow extends Costs {
  name: string;
  runs: number;
  ms: Versus;
}

export interface BenchResults {
  /** The day the benchmarks ran, YYYY-MM-DD. */
  date: string;
  machine: { cpu: string; cores: number; memoryGiB: number };
  /** os.loadavg() (1, 5 and 15 minutes) just before the first benchmark; null when it was not recorded. */
  loadAverage: [number, number, number] | null;
  /** The Node that ran the benchmark scripts, and the one the action bundles ran under (the runner's). */
  node: { scripts: string; actions: string | null };
  push: {
    layers: number;
    layerMiB: number;
    runs: number;
    freshMs: Versus;
    repushMs: Versus;
    fresh?: Costs;
    repush?: Costs;
    /** What each re-push's job summary says it uploaded ('0 (0 B)' when nothing went up again). */
    repushBlobsSent?: string[];
    scale?: ScaleRow[];
    /** When the push rows were measured apart from the others (`npm run bench -- --push-only`). */
    measured?: { date: string; loadAverage: [number, number, number] };
  };
  publish: {
    files: number;
    totalMiB: number;
    runs: number;
    ms: Versus;
    peer: string;
    /** When the publish row was measured apart from the others (`npm run bench -- --publish-only`). */
    measured?: { date: string; loadAverage: [number, number, number] };
  } & Costs;
  startup: {
    runs: number;
    nodeMs: number;
    peer: { name: string; ms: number; bytes: number };
    actions: { name: string; ms: number; bytes: number }[];
    /** When the start-up rows were measured apart from the others (`npm run bench -- --startup-only`). */
    measured?: { date: string; loadAverage: [number, number, number] };
  };
  /** A cold build against a warm one from fresh builder storage with the registry cache (bench/build-cache.ts). */
  buildCache?: { coldMs: number; warmMs: number; steps: { cold: string; warm: string }; cacheBytes: number };
  provision: {
    repositories: number;
    latencyMs: number;
    apply: { concurrency: number; ms: number; reads: number; writes: number };
    sequentialMs: number | null;
    reapply: { ms: number; reads: number; writes: number };
  };
  /**
   * npm install and pip install through setup-package-store's endpoint (ours) against the same from the store
   * directly, unsigned (peer); absent from results written before the benchmark was part of the run.
   */
  install?: {
    npmPackages: number;
    wheels: number;
    runs: number;
    ms: Versus;
    /** The endpoint's own CPU time per install of both. */
    endpointCpuMs: number;
    /** When the install row was measured apart from the others (`npm run bench -- --install-only`). */
    measured?: { date: string; loadAverage: [number, number, number] };
  };
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
const ratio = (a: number, b: number) => (a / b).toFixed(2);
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const versus = (v: Versus | undefined, unit: (x: number) => string) =>
  v ? `${unit(v.ours)} / ${unit(v.peer)} (${ratio(v.ours, v.peer)})` : '';
const mibs = (x: number) => `${x.toFixed(0)} MiB`;

/** A row with the CPU and peak RSS columns, filled where its result has them. */
const costRow = (cells: (string | number)[], costs: Costs = {}) =>
  row([...cells, versus(costs.cpuMs, s), versus(costs.peakRssMiB, mibs)]);

function headline(r: BenchResults): string {
  const load = r.loadAverage
    ? `load average ${r.loadAverage.map((l) => l.toFixed(2)).join(', ')} before the run`
    : 'load average not recorded';
  const node = r.node.actions
    ? `the scripts and peers on Node ${r.node.scripts}, the action bundles on Node ${r.node.actions}`
    : `Node ${r.node.scripts}`;
  const m = r.machine;
  const pushed = r.push.measured;
  const again = (what: string, m?: { date: string; loadAverage: [number, number, number] }) =>
    m
      ? ` The ${what} measured again on ${m.date}, load average ${m.loadAverage.map((l) => l.toFixed(2)).join(', ')} before them.`
      : '';
  const apart =
    again('push rows were', pushed) +
    again('publish row was', r.publish.measured) +
    again('start-up rows were', r.startup.measured) +
    again('install row was', r.install?.measured);
  return `Benchmarks of ${r.date} on ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB memory; ${load}; ${node}.${apart}`;
}

/** A timed row against a peer: name, our median, the peer's, the peer tool, the ratio, and the costs. */
const timedRow = (name: string, ms: Versus, peerTool: string, costs?: Costs) =>
  costRow([name, s(ms.ours), s(ms.peer), peerTool, ratio(ms.ours, ms.peer)], costs);

function pushRows(push: BenchResults['push']): string[] {
  const resent = push.repushBlobsSent ? ` (blobs sent: ${[...new Set(push.repushBlobsSent)].join(', ')})` : '';
  const fresh = `push ${push.layers} × ${push.layerMiB} MiB layers, fresh, median of ${push.runs}`;
  return [
    timedRow(fresh, push.freshMs, 'skopeo copy', push.fresh),
    timedRow(`push, unchanged re-push, median of ${push.runs}${resent}`, push.repushMs, 'skopeo copy', push.repush),
    ...(push.scale ?? []).map((x) => timedRow(`push ${x.name}, fresh, median of ${x.runs}`, x.ms, 'skopeo copy', x)),
  ];
}

/** The warm build against the cold one (the peer here is our own cold build: the build without a cache). */
function buildCacheRows(b: BenchResults['buildCache']): string[] {
  if (!b) return [];
  return [
    costRow([
      `build from fresh builder storage with the registry cache (${b.steps.warm} steps from the cache); cache ${mib(b.cacheBytes)}`,
      s(b.warmMs),
      s(b.coldMs),
      `the same build, cold (${b.steps.cold} from the cache)`,
      ratio(b.warmMs, b.coldMs),
    ]),
  ];
}

function installRows(install: BenchResults['install']): string[] {
  if (!install) return [];
  const name = `install ${install.npmPackages} npm packages + ${install.wheels} wheels through setup-package-store's endpoint, median of ${install.runs}; the endpoint's own CPU ${s(install.endpointCpuMs)}`;
  return [timedRow(name, install.ms, 'npm install + pip install from the store directly (unsigned)')];
}

function rows(r: BenchResults): string[] {
  const { push, publish, startup, provision } = r;
  const { apply, reapply, sequentialMs } = provision;
  const peer = startup.peer;
  return [
    ...pushRows(push),
    timedRow(
      `publish ${publish.files} files, ${publish.totalMiB} MiB, median of ${publish.runs}`,
      publish.ms,
      publish.peer,
      publish,
    ),
    ...startup.actions.map((a) =>
      costRow([
        `${a.name} start-up to first error, median of ${startup.runs}; bundle size`,
        `${a.ms.toFixed(0)} ms; ${mib(a.bytes)}`,
        `${peer.ms.toFixed(0)} ms; ${mib(peer.bytes)}`,
        peer.name,
        `${ratio(a.ms, peer.ms)}; ${ratio(a.bytes, peer.bytes)}`,
      ]),
    ),
    ...buildCacheRows(r.buildCache),
    costRow([
      `provision ${provision.repositories} repositories against the fakes (${provision.latencyMs} ms per call), apply at concurrency ${apply.concurrency}`,
      `${s(apply.ms)}, ${apply.reads} reads + ${apply.writes} writes`,
      sequentialMs === null ? 'n/a' : s(sequentialMs),
      'the same apply at concurrency 1',
      sequentialMs === null ? 'n/a' : ratio(apply.ms, sequentialMs),
    ]),
    costRow([
      'provision, re-apply with no change',
      `${s(reapply.ms)}, ${reapply.reads} reads + ${reapply.writes} writes`,
      '',
      '',
      '',
    ]),
    ...installRows(r.install),
  ];
}

/** The markdown between the README's bench markers. */
export function renderBenchTable(r: BenchResults): string {
  return [
    headline(r),
    '',
    row(['benchmark', 'artifacts', 'peer', 'peer tool', 'ours / peer', 'CPU, ours / peer', 'peak RSS, ours / peer']),
    row(['---', '---', '---', '---', '---', '---', '---']),
    ...rows(r),
    '',
    `CPU is user + sys time and peak RSS the maximum resident memory of each tool's own process (rusage), where the benchmark measured them. Node start-up alone (node -e 0): ${r.startup.nodeMs.toFixed(0)} ms. The peer bundle is built here with ncc from an entry that imports @actions/core and @aws-sdk/client-ecr and calls GetAuthorizationToken (against a closed local port).`,
    '',
    `Written by \`npm run bench\` from \`${RESULTS_FILE}\`; \`npm run check\` fails when this table differs from that file.`,
  ].join('\n');
}

export function readBenchResults(root: string): BenchResults {
  return JSON.parse(readFileSync(join(root, RESULTS_FILE), 'utf8')) as BenchResults;
}

/** The text between the README's bench markers, without the line breaks around it; undefined without markers. */
export function readmeBenchTable(readme: string): string | undefined {
  const start = readme.indexOf(`<!-- ${MARKER}:start -->`);
  const end = readme.indexOf(`<!-- ${MARKER}:end -->`);
  if (start < 0 || end < start) return undefined;
  return readme
    .slice(start + `<!-- ${MARKER}:start -->`.length, end)
    .replace(/^\n/, '')
    .replace(/\n$/, '');
}
