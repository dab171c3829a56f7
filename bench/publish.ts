/**
 * Publishing ~200 MB (one large file and ~200 small ones) to s3rver: publish-package's bundle against
 * `aws s3 cp --recursive` of the same files, alternating which goes first. Each run is a fresh process timed
 * from the outside, start-up included, with its CPU time (user + system) and peak RSS. The load average is
 * printed before and after. Results go to bench/results/.
 *
 *   npm run build -- publish-package        # the benchmark runs the bundle, as the runner does
 *   node -r ./scripts/register.cjs bench/publish.ts [--runs 5] [--large-mb 150] [--small 200] [--profile]
 *
 * --profile: one more publish of ours under V8's CPU profiler after the runs, its profile kept in the temporary
 * directory and the functions with the most self time printed: where what is left of the time goes.
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inputEnvName, runnerNode } from '../scripts/action-runner';
import { startS3, type LocalS3 } from '../test/utils/s3';

const AWS_CLI = awsCli();

/**
 * The AWS CLI's own executable: Debian's, pipx's, or the first on PATH; a pyenv shim (a shell script that starts
 * pyenv first) is resolved to the CLI it runs, so that the peer is not charged for the shim.
 */
function awsCli(): string {
  const found = ['/usr/bin/aws', join(homedir(), '.local', 'bin', 'aws')].find((p) => existsSync(p));
  if (found) return found;
  const onPath = execFileSync('sh', ['-c', 'command -v aws || true'], { encoding: 'utf8' }).trim();
  if (!onPath) throw new Error('The AWS CLI is missing: run bash scripts/install-tools.sh --with-bench.');
  return onPath.includes('/shims/') ? execFileSync('pyenv', ['which', 'aws'], { encoding: 'utf8' }).trim() : onPath;
}
const ROOT = resolve(__dirname, '..');

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

interface Measure {
  ms: number;
  /** User + system CPU of the process, milliseconds (its rusage, as wait4 reports it). */
  cpuMs: number;
  /** The process's peak resident set (maxrss), MiB. */
  peakRssMiB: number;
}

/**
 * Runs a command under GNU time, which reports the child's own rusage from wait4: user and system CPU and
 * peak RSS of that process exactly (s3rver, the server, is another process and is not counted). Wall time is
 * measured here, from spawn to exit.
 */
function measure(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Measure> {
  return new Promise((resolveRun, reject) => {
    const started = process.hrtime.bigint();
    const p = spawn('/usr/bin/time', ['-f', 'RSS_KIB=%M CPU=%U+%S', command, ...args], {
      env,
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    p.stderr.on('data', (c: Buffer) => (err += c.toString()));
    p.on('error', reject);
    p.on('exit', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0) return reject(new Error(`${command} exited with ${code}: ${err.slice(-4000)}`));
      const rss = /RSS_KIB=(\d+)/.exec(err);
      const cpu = /CPU=([\d.]+)\+([\d.]+)/.exec(err);
      resolveRun({
        ms,
        cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN,
        peakRssMiB: rss ? Number(rss[1]) / 1024 : NaN,
      });
    });
  });
}

/**
 * publish-package's bundle as the runner starts it (runs.main under the Node of runs.using), publishing every
 * file of `data` as one zip version (each file, its .sha256 beside it, the version's claim and index) under a
 * bucket and prefix given as inputs, no policy file.
 */
function actionRun(
  data: string,
  s3: LocalS3,
  work: string,
  nodeFlags: string[] = [],
): (name: string) => Promise<Measure> {
  const main = join(ROOT, 'actions/publish-package/dist/index.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: run 'npm run build -- publish-package' first`);
  return (name) => {
    const output = join(work, `${name}.out`);
    const summary = join(work, `${name}.md`);
    writeFileSync(output, '');
    writeFileSync(summary, '');
    const inputs: Record<string, string> = {
      type: 'zip',
      path: `${data}/*`,
      name,
      version: '1.0.0',
      bucket: s3.bucket,
      prefix: 'bench',
      'base-url': s3.endpoint,
      policy: join(work, 'no-policy.yml'),
      'dry-run': 'false',
      audience: 'sts.amazonaws.com',
    };
    const env: NodeJS.ProcessEnv = { ...process.env, ...s3.env, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary };
    for (const [k, v] of Object.entries(inputs)) env[inputEnvName(k)] = v;
    return measure(runnerNode(), [...nodeFlags, main], env);
  };
}

/** The functions with the most self time in a .cpuprofile, as `ms function file:line` lines. */
function topSelfTime(file: string, count: number): string[] {
  interface Node {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
  }
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
    const name = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + profile.timeDeltas[i] / 1000);
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => `${ms.toFixed(0).padStart(6)} ms  ${name}`);
}

/** One publish of ours under the CPU profiler; prints where its time went. */
async function profileOnce(data: string, s3: LocalS3, work: string): Promise<void> {
  const dir = join(tmpdir(), `publish-profile-${Date.now()}`);
  const m = await actionRun(data, s3, work, ['--cpu-prof', `--cpu-prof-dir=${dir}`])('profiled');
  const [file] = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  console.log(
    `\nprofiled publish: ${(m.ms / 1000).toFixed(2)} s, CPU ${(m.cpuMs / 1000).toFixed(2)} s; ${join(dir, file)}`,
  );
  console.log(topSelfTime(join(dir, file), 25).join('\n'));
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

interface PublishRow {
  run: number;
  first: 'ours' | 'aws';
  ours: Measure;
  aws: Measure;
}

const loadText = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');

/** One large file and many small ones of random bytes; their total size. */
function writeBenchData(data: string, largeMiB: number, smallCount: number): number {
  writeFileSync(join(data, 'large.bin'), randomBytes(largeMiB * 1024 * 1024));
  let total = largeMiB * 1024 * 1024;
  for (let i = 0; i < smallCount; i++) {
    const size = 50 * 1024 + ((i * 7919) % 400) * 1024; // 50-450 KiB, deterministic spread
    writeFileSync(join(data, `small-${String(i).padStart(3, '0')}.bin`), randomBytes(size));
    total += size;
  }
  return total;
}

/** After one warm-up each, the runs alternate which tool goes first. */
async function alternatingRuns(
  runs: number,
  ours: (name: string) => Promise<Measure>,
  aws: (name: string) => Promise<Measure>,
): Promise<PublishRow[]> {
  const rows: PublishRow[] = [];
  await ours('warmup-ours');
  await aws('warmup-aws');
  for (let run = 1; run <= runs; run++) {
    const first = run % 2 === 1 ? 'ours' : 'aws';
    const measured: Partial<Record<'ours' | 'aws', Measure>> = {};
    for (const tool of first === 'ours' ? (['ours', 'aws'] as const) : (['aws', 'ours'] as const)) {
      measured[tool] = await (tool === 'ours' ? ours : aws)(`${tool}-${run}`);
    }
    const row = { run, first, ours: measured.ours!, aws: measured.aws! } as const;
    rows.push(row);
    const fmt = (m: Measure) =>
      `${(m.ms / 1000).toFixed(2)} s, cpu ${(m.cpuMs / 1000).toFixed(2)} s, rss ${m.peakRssMiB.toFixed(0)} MiB`;
    console.log(`run ${run}: ours ${fmt(row.ours)}; aws ${fmt(row.aws)}; load ${loadText()}`);
  }
  return rows;
}

/** Ours and the peer's figure from the same runs. */
interface Versus {
  ours: number;
  peer: number;
}

/** The medians of wall and CPU time, and the highest peak RSS of any run. */
function summarise(rows: PublishRow[]): { ms: Versus; cpuMs: Versus; peakRssMiB: Versus } {
  const med = (pick: (r: PublishRow) => Measure, field: 'ms' | 'cpuMs') => median(rows.map((r) => pick(r)[field]));
  return {
    ms: { ours: med((r) => r.ours, 'ms'), peer: med((r) => r.aws, 'ms') },
    cpuMs: { ours: med((r) => r.ours, 'cpuMs'), peer: med((r) => r.aws, 'cpuMs') },
    peakRssMiB: {
      ours: Math.max(...rows.map((r) => r.ours.peakRssMiB)),
      peer: Math.max(...rows.map((r) => r.aws.peakRssMiB)),
    },
  };
}

function printTable(result: ReturnType<typeof summarise> & { files: number; totalMiB: number }, runs: number) {
  const { ms, cpuMs, peakRssMiB } = result;
  console.log(`\n${result.files} files, ${result.totalMiB} MiB, ${runs} alternating runs, load ${loadText()}\n`);
  console.log('| tool | median wall | median CPU (user + sys) | peak RSS |\n| --- | --- | --- | --- |');
  const row = (name: string, k: 'ours' | 'peer') =>
    console.log(
      `| ${name} | ${(ms[k] / 1000).toFixed(2)} s | ${(cpuMs[k] / 1000).toFixed(2)} s | ${peakRssMiB[k].toFixed(0)} MiB |`,
    );
  row('publish-package bundle', 'ours');
  row('aws s3 cp --recursive', 'peer');
  console.log(
    `\nours / aws: wall ${(ms.ours / ms.peer).toFixed(2)}, CPU ${(cpuMs.ours / cpuMs.peer).toFixed(2)}, ` +
      `peak RSS ${(peakRssMiB.ours / peakRssMiB.peer).toFixed(2)} (targets: each at most 1.00)`,
  );
}

async function main(): Promise<void> {
  const runs = arg('runs', 5);
  const largeMiB = arg('large-mb', 150);
  const smallCount = arg('small', 200);
  const work = mkdtempSync(join(tmpdir(), 'bench-publish-'));
  const data = join(work, 'data');
  mkdirSync(data);
  const total = writeBenchData(data, largeMiB, smallCount);
  const s3 = await startS3('bench');
  const loadBefore = loadavg();
  console.log(`load average before: ${loadText()}`);
  const env = { ...process.env, ...s3.env, AWS_PAGER: '' };
  const target = (name: string) => `s3://${s3.bucket}/bench/${name}/`;
  const aws = (name: string) =>
    measure(
      AWS_CLI,
      [
        's3',
        'cp',
        '--recursive',
        '--only-show-errors',
        '--no-progress',
        '--endpoint-url',
        s3.endpoint,
        data,
        target(name),
      ],
      env,
    );
  let rows: PublishRow[];
  try {
    rows = await alternatingRuns(runs, actionRun(data, s3, work), aws);
    if (process.argv.includes('--profile')) await profileOnce(data, s3, work);
  } finally {
    await s3.stop();
    rmSync(work, { recursive: true, force: true });
  }
  const summary = summarise(rows);
  const result = {
    benchmark: 'publish',
    date: new Date().toISOString(),
    node: execFileSync(runnerNode(), ['--version'], { encoding: 'utf8' }).trim(),
    peer: execFileSync(AWS_CLI, ['--version'], { encoding: 'utf8' }).trim(),
    files: smallCount + 1,
    totalMiB: Math.round(total / 1024 / 1024),
    runs: rows,
    ...summary,
    medianOursMs: summary.ms.ours,
    medianAwsMs: summary.ms.peer,
    medianRatio: median(rows.map((r) => r.ours.ms / r.aws.ms)),
    loadAverage: { before: loadBefore, after: loadavg() },
  };
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  const out = join(ROOT, 'bench/results', `publish-${result.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
  printTable(result, rows.length);
  console.log(`results: ${out}`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
