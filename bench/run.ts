/**
 * Runs every benchmark (push vs skopeo copy, publish vs aws s3 cp, start-up and bundle size vs an
 * amazon-ecr-login-style bundle, provisioning of 50 repositories against the fakes), each in its own process
 * so that none warms the next, then writes one markdown table of medians and ratios, with the date and the
 * machine, to bench/results/latest.md.
 *
 *   npm run bench [-- --quick]     (--quick: fewer and smaller runs, for a smoke test)
 *   npm run bench -- --table-only  (the table again from the newest push, publish and provision results)
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { measureStartup } from './startup';

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

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  mkdirSync(RESULTS, { recursive: true });
  const tableOnly = process.argv.includes('--table-only');
  const started = tableOnly ? 0 : Date.now();
  if (!tableOnly) await runBench('bench/push.ts', quick ? ['--runs', '1', '--layers', '2', '--layer-mb', '4'] : []);
  const push = newestResult<PushResult>('push', started);
  if (!tableOnly) await runBench('bench/publish.ts', quick ? ['--runs', '1', '--large-mb', '8', '--small', '20'] : []);
  const publish = newestResult<PublishResult>('publish', started);
  if (!tableOnly) await runBench('bench/provision.ts', []);
  const provision = newestResult<ProvisionResult>('provision', started);
  console.log('\n==> bench/startup.ts');
  const startupRuns = quick ? 3 : 9;
  const startup = await measureStartup(startupRuns);

  const cpu = cpus();
  const machine = `${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB memory, Node ${process.version}`;
  const peer = startup.find((r) => r.bundle.startsWith('amazon-ecr-login'))!;
  const apply = provision.rows.find((r) => r.phase === 'apply')!;
  const reapply = provision.rows.find((r) => r.phase.startsWith('re-apply'))!;
  const sequential = provision.rows.find((r) => r.phase.includes('sequential'));
  const pushFresh = { ours: median(push.freshMs.ours), skopeo: median(push.freshMs.skopeo) };
  const pushAgain = { ours: median(push.repushMs.ours), skopeo: median(push.repushMs.skopeo) };
  const lines = [
    `Benchmarks of ${new Date().toISOString().slice(0, 10)} on ${machine}.`,
    '',
    '| benchmark | artifacts | peer | peer tool | ours / peer |',
    '| --- | --- | --- | --- | --- |',
    `| push ${push.image.layers} × ${push.image.layerMiB} MiB layers, fresh, median of ${push.runs} | ${s(pushFresh.ours)} | ${s(pushFresh.skopeo)} | skopeo copy | ${(pushFresh.ours / pushFresh.skopeo).toFixed(2)} |`,
    `| push, unchanged re-push, median of ${push.runs} | ${s(pushAgain.ours)} | ${s(pushAgain.skopeo)} | skopeo copy | ${(pushAgain.ours / pushAgain.skopeo).toFixed(2)} |`,
    `| publish ${publish.files} files, ${publish.totalMiB} MiB, median of ${publish.runs.length} | ${s(publish.medianOursMs)} | ${s(publish.medianAwsMs)} | aws s3 cp --recursive | ${(publish.medianOursMs / publish.medianAwsMs).toFixed(2)} |`,
    ...startup
      .filter((r) => r !== peer && !r.bundle.startsWith('node'))
      .map(
        (r) =>
          `| ${r.bundle} start-up to first error, median of ${startupRuns}; bundle size | ${r.medianMs.toFixed(0)} ms; ${mib(r.bytes)} | ${peer.medianMs.toFixed(0)} ms; ${mib(peer.bytes)} | amazon-ecr-login-style ncc bundle | ${(r.medianMs / peer.medianMs).toFixed(2)}; ${(r.bytes / peer.bytes).toFixed(2)} |`,
      ),
    `| provision ${provision.repositories} repositories against the fakes (${provision.latencyMs} ms per call), apply at concurrency ${apply.concurrency} | ${s(apply.ms)}, ${apply.reads} reads + ${apply.writes} writes | ${sequential ? s(sequential.ms) : 'n/a'} | the same apply at concurrency 1 | ${sequential ? (apply.ms / sequential.ms).toFixed(2) : 'n/a'} |`,
    `| provision, re-apply with no change | ${s(reapply.ms)}, ${reapply.reads} reads + ${reapply.writes} writes | | | |`,
    '',
    `Node start-up alone (node -e 0): ${startup.find((r) => r.bundle.startsWith('node'))!.medianMs.toFixed(0)} ms. The amazon-ecr-login-style bundle is built here with ncc from an entry that imports @actions/core and @aws-sdk/client-ecr and calls GetAuthorizationToken (against a closed local port).`,
    '',
  ];
  const markdown = lines.join('\n');
  writeFileSync(join(RESULTS, 'latest.md'), markdown);
  // Formatted as the repository's own checks expect, so the file can be committed as it is.
  execFileSync(
    process.execPath,
    [require.resolve('prettier/bin/prettier.cjs'), '--write', join(RESULTS, 'latest.md')],
    {
      cwd: ROOT,
      stdio: 'ignore',
    },
  );
  console.log(`\n${markdown}\nwritten to bench/results/latest.md`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
