/**
 * The benchmark table of the README: rendered from the last results file (bench/results/latest.json, written
 * by `npm run bench`), never edited by hand. `npm run check` fails when the README's table differs from it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const RESULTS_FILE = join('bench', 'results', 'latest.json');
export const MARKER = 'bench';

/** Medians in milliseconds; `peer` is the peer tool's figure measured in the same run. */
interface Versus {
  ours: number;
  peer: number;
}

export interface BenchResults {
  /** The day the benchmarks ran, YYYY-MM-DD. */
  date: string;
  machine: { cpu: string; cores: number; memoryGiB: number };
  /** os.loadavg() (1, 5 and 15 minutes) just before the first benchmark; null when it was not recorded. */
  loadAverage: [number, number, number] | null;
  /** The Node that ran the benchmark scripts, and the one the action bundles ran under (the runner's). */
  node: { scripts: string; actions: string | null };
  push: { layers: number; layerMiB: number; runs: number; freshMs: Versus; repushMs: Versus };
  publish: { files: number; totalMiB: number; runs: number; ms: Versus; peer: string };
  startup: {
    runs: number;
    nodeMs: number;
    peer: { name: string; ms: number; bytes: number };
    actions: { name: string; ms: number; bytes: number }[];
  };
  provision: {
    repositories: number;
    latencyMs: number;
    apply: { concurrency: number; ms: number; reads: number; writes: number };
    sequentialMs: number | null;
    reapply: { ms: number; reads: number; writes: number };
  };
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
const ratio = (a: number, b: number) => (a / b).toFixed(2);
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

function headline(r: BenchResults): string {
  const load = r.loadAverage
    ? `load average ${r.loadAverage.map((l) => l.toFixed(2)).join(', ')} before the run`
    : 'load average not recorded';
  const node = r.node.actions
    ? `the scripts and peers on Node ${r.node.scripts}, the action bundles on Node ${r.node.actions}`
    : `Node ${r.node.scripts}`;
  const m = r.machine;
  return `Benchmarks of ${r.date} on ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB memory; ${load}; ${node}.`;
}

function rows(r: BenchResults): string[] {
  const { push, publish, startup, provision } = r;
  const { apply, reapply, sequentialMs } = provision;
  const peer = startup.peer;
  return [
    row([
      `push ${push.layers} × ${push.layerMiB} MiB layers, fresh, median of ${push.runs}`,
      s(push.freshMs.ours),
      s(push.freshMs.peer),
      'skopeo copy',
      ratio(push.freshMs.ours, push.freshMs.peer),
    ]),
    row([
      `push, unchanged re-push, median of ${push.runs}`,
      s(push.repushMs.ours),
      s(push.repushMs.peer),
      'skopeo copy',
      ratio(push.repushMs.ours, push.repushMs.peer),
    ]),
    row([
      `publish ${publish.files} files, ${publish.totalMiB} MiB, median of ${publish.runs}`,
      s(publish.ms.ours),
      s(publish.ms.peer),
      publish.peer,
      ratio(publish.ms.ours, publish.ms.peer),
    ]),
    ...startup.actions.map((a) =>
      row([
        `${a.name} start-up to first error, median of ${startup.runs}; bundle size`,
        `${a.ms.toFixed(0)} ms; ${mib(a.bytes)}`,
        `${peer.ms.toFixed(0)} ms; ${mib(peer.bytes)}`,
        peer.name,
        `${ratio(a.ms, peer.ms)}; ${ratio(a.bytes, peer.bytes)}`,
      ]),
    ),
    row([
      `provision ${provision.repositories} repositories against the fakes (${provision.latencyMs} ms per call), apply at concurrency ${apply.concurrency}`,
      `${s(apply.ms)}, ${apply.reads} reads + ${apply.writes} writes`,
      sequentialMs === null ? 'n/a' : s(sequentialMs),
      'the same apply at concurrency 1',
      sequentialMs === null ? 'n/a' : ratio(apply.ms, sequentialMs),
    ]),
    row([
      'provision, re-apply with no change',
      `${s(reapply.ms)}, ${reapply.reads} reads + ${reapply.writes} writes`,
      '',
      '',
      '',
    ]),
  ];
}

/** The markdown between the README's bench markers. */
export function renderBenchTable(r: BenchResults): string {
  return [
    headline(r),
    '',
    row(['benchmark', 'artifacts', 'peer', 'peer tool', 'ours / peer']),
    row(['---', '---', '---', '---', '---']),
    ...rows(r),
    '',
    `Node start-up alone (node -e 0): ${r.startup.nodeMs.toFixed(0)} ms. The peer bundle is built here with ncc from an entry that imports @actions/core and @aws-sdk/client-ecr and calls GetAuthorizationToken (against a closed local port).`,
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
