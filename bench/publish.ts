/**
 * Publishing ~200 MB (one large file and ~200 small ones) to s3rver: our package store against
 * `aws s3 cp --recursive` of the same files, alternating which goes first. Each run is a fresh process
 * timed from the outside, start-up included, with its peak RSS. Results go to bench/results/.
 *
 *   node -r ./scripts/register.cjs bench/publish.ts [--runs 5] [--large-mb 150] [--small 200]
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pLimit from 'p-limit';
import { AwsClients } from '../shared/src/aws/clients';
import { fileArtifact, PackagePublisher } from '../shared/src/packages/store';
import type { PublishPlan } from '../shared/src/packages/types';
import { silentLogger } from '../test/utils/loggers';
import { runnerNode } from '../scripts/action-runner';
import { startS3 } from '../test/utils/s3';

const AWS_CLI = '/usr/bin/aws';
const ROOT = resolve(__dirname, '..');

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** Child mode: publish every file of a folder under a prefix with the package store, then exit. */
export async function child(dir: string, bucket: string, prefix: string): Promise<void> {
  const started = Date.now();
  const files = readdirSync(dir).sort();
  const limit = pLimit(4);
  const artifacts = await Promise.all(
    files.map((f) =>
      limit(async () => (await fileArtifact(join(dir, f), `bench/${f}`, 'application/octet-stream')).artifact),
    ),
  );
  const plan: PublishPlan = { type: 'zip', name: 'bench', version: prefix, artifacts, indexes: [], indexKey: 'bench/' };
  const s3 = new AwsClients({ region: process.env.AWS_REGION ?? 'eu-central-1' }).s3();
  const planned = Date.now();
  await new PackagePublisher({ s3, bucket, prefix }, { logger: silentLogger }).publish(plan);
  // The parent reads this line: how the time splits between hashing (the plan) and uploading.
  console.log(JSON.stringify({ planMs: planned - started, publishMs: Date.now() - planned }));
}

interface Measure {
  ms: number;
  /** User + system CPU seconds of the process: less sensitive than wall time to a busy machine. */
  cpuS: number;
  peakRssMiB: number;
  /** Ours only: the child's own split between planning (reading and hashing) and publishing. */
  split?: { planMs: number; publishMs: number };
}

/** Runs a command under GNU time: wall time measured here, peak RSS from time's %M (KiB). */
function measure(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Measure> {
  return new Promise((resolveRun, reject) => {
    const started = process.hrtime.bigint();
    const p = spawn('/usr/bin/time', ['-f', 'RSS_KIB=%M CPU=%U+%S', command, ...args], {
      env,
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    let out = '';
    p.stdout.on('data', (c: Buffer) => (out += c.toString()));
    p.stderr.on('data', (c: Buffer) => (err += c.toString()));
    p.on('error', reject);
    p.on('exit', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0) return reject(new Error(`${command} exited with ${code}: ${err}`));
      const rss = /RSS_KIB=(\d+)/.exec(err);
      const cpu = /CPU=([\d.]+)\+([\d.]+)/.exec(err);
      const split = /\{"planMs".*\}/.exec(out);
      resolveRun({
        ms,
        split: split ? (JSON.parse(split[0]) as Measure['split']) : undefined,
        cpuS: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN,
        peakRssMiB: rss ? Number(rss[1]) / 1024 : NaN,
      });
    });
  });
}

/**
 * The child bundled by ncc, as an action ships (dist/index.js): timing it through the on-the-fly TypeScript
 * compiler would add that compiler's start-up to every run.
 */
async function bundleChild(work: string): Promise<string> {
  // Not a literal: ncc would otherwise bundle itself into the child it builds.
  const bundler = '@vercel/ncc';
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ncc = require(bundler) as (input: string, options: Record<string, unknown>) => Promise<{ code: string }>;
  const entry = join(work, 'child-entry.js');
  writeFileSync(
    entry,
    `const { child } = require(${JSON.stringify(join(ROOT, 'bench/publish.ts'))});\n` +
      'child(process.argv[2], process.argv[3], process.argv[4]).catch((e) => { console.error(e); process.exit(1); });\n',
  );
  const { code } = await ncc(entry, { cache: false, minify: true, quiet: true, transpileOnly: true, target: 'es2022' });
  const out = join(work, 'child.js');
  writeFileSync(out, code);
  console.log(`child bundle: ${(code.length / 1024 / 1024).toFixed(1)} MiB`);
  return out;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

type PublishRow = {
  run: number;
  first: string;
  oursMs: number;
  awsMs: number;
  ratio: number;
  oursCpuS: number;
  awsCpuS: number;
  oursRss: number;
  awsRss: number;
  oursPlanMs: number;
  oursPublishMs: number;
};

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
  ours: (prefix: string) => Promise<Measure>,
  aws: (prefix: string) => Promise<Measure>,
): Promise<PublishRow[]> {
  const rows: PublishRow[] = [];
  await ours('warmup-ours');
  await aws('warmup-aws');
  for (let run = 1; run <= runs; run++) {
    const oursFirst = run % 2 === 1;
    let o: Measure;
    let a: Measure;
    if (oursFirst) {
      o = await ours(`ours-${run}`);
      a = await aws(`aws-${run}`);
    } else {
      a = await aws(`aws-${run}`);
      o = await ours(`ours-${run}`);
    }
    rows.push({
      run,
      first: oursFirst ? 'ours' : 'aws',
      oursMs: o.ms,
      awsMs: a.ms,
      ratio: o.ms / a.ms,
      oursCpuS: o.cpuS,
      awsCpuS: a.cpuS,
      oursRss: o.peakRssMiB,
      oursPlanMs: o.split?.planMs ?? NaN,
      oursPublishMs: o.split?.publishMs ?? NaN,
      awsRss: a.peakRssMiB,
    });
    console.log(
      `run ${run}: ours ${(o.ms / 1000).toFixed(2)} s (cpu ${o.cpuS.toFixed(2)} s), aws ${(a.ms / 1000).toFixed(2)} s (cpu ${a.cpuS.toFixed(2)} s), ratio ${(o.ms / a.ms).toFixed(3)}`,
    );
  }
  return rows;
}

/** What the printed table shows (the results file holds every run). */
interface PublishMedians {
  files: number;
  totalMiB: number;
  medianOursMs: number;
  medianAwsMs: number;
  medianRatio: number;
  medianOursCpuS: number;
  medianAwsCpuS: number;
  medianOursPlanMs: number;
  medianOursPublishMs: number;
  peakRssOursMiB: number;
  peakRssAwsMiB: number;
}

function printTable(result: PublishMedians, runCount: number, out: string): void {
  console.log(`\n${result.files} files, ${result.totalMiB} MiB, ${runCount} alternating runs\n`);
  console.log('| tool | median time | median CPU | peak RSS |\n| --- | --- | --- | --- |');
  console.log(
    `| artifacts store | ${(result.medianOursMs / 1000).toFixed(2)} s | ${result.medianOursCpuS.toFixed(2)} s | ${result.peakRssOursMiB.toFixed(0)} MiB |`,
  );
  console.log(
    `| aws s3 cp --recursive | ${(result.medianAwsMs / 1000).toFixed(2)} s | ${result.medianAwsCpuS.toFixed(2)} s | ${result.peakRssAwsMiB.toFixed(0)} MiB |`,
  );
  console.log(
    `\nours, inside the process: ${(result.medianOursPlanMs / 1000).toFixed(2)} s reading and hashing, ${(result.medianOursPublishMs / 1000).toFixed(2)} s publishing (medians)`,
  );
  console.log(`median ratio (ours / aws): ${result.medianRatio.toFixed(3)} (target <= 1.0)\nresults: ${out}`);
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
  const env = { ...process.env, ...s3.env, AWS_PAGER: '' };
  const aws = (prefix: string) =>
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
        `s3://${s3.bucket}/${prefix}/bench/`,
      ],
      env,
    );
  const childJs = await bundleChild(work);
  const ours = (prefix: string) => measure(runnerNode(), [childJs, data, s3.bucket, prefix], env);

  let rows: PublishRow[];
  try {
    rows = await alternatingRuns(runs, ours, aws);
  } finally {
    await s3.stop();
    rmSync(work, { recursive: true, force: true });
  }

  const result = {
    benchmark: 'publish',
    date: new Date().toISOString(),
    node: process.version,
    peer: execFileSync(AWS_CLI, ['--version'], { encoding: 'utf8' }).trim(),
    files: smallCount + 1,
    totalMiB: Math.round(total / 1024 / 1024),
    runs: rows,
    medianOursMs: median(rows.map((r) => r.oursMs)),
    medianAwsMs: median(rows.map((r) => r.awsMs)),
    medianRatio: median(rows.map((r) => r.ratio)),
    medianOursCpuS: median(rows.map((r) => r.oursCpuS)),
    medianOursPlanMs: median(rows.map((r) => r.oursPlanMs)),
    medianOursPublishMs: median(rows.map((r) => r.oursPublishMs)),
    medianAwsCpuS: median(rows.map((r) => r.awsCpuS)),
    loadAverage: loadavg(),
    peakRssOursMiB: Math.max(...rows.map((r) => r.oursRss)),
    peakRssAwsMiB: Math.max(...rows.map((r) => r.awsRss)),
  };
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  const out = join(ROOT, 'bench/results', `publish-${result.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
  printTable(result, rows.length, out);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
