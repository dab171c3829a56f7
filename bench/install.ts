/**
 * Installing from the package store through setup-package-store's endpoint against installing the same packages from
 * the store directly (s3rver, unsigned), in the same run: 50 npm packages with `npm install` and 20 wheels with
 * `pip install`, each from an empty cache, alternating which goes first. The endpoint is the laptop command of the
 * bundle (`dist/index.js serve`) under the runner's Node, signing every request with static keys; its own CPU is read
 * from /proc before and after each install. The figure to hold: the endpoint's wall-time overhead at most 10 %.
 *
 *   npm run build -- setup-package-store && node -r ./scripts/register.cjs bench/install.ts [--runs 7]
 *
 * Its medians go to bench/results/install-<date>.json, which `npm run bench` puts in the README's table.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { pack } from 'tar-stream';
import { run as publish } from '../actions/publish-package/src/main';
import { runnerNode } from '../scripts/action-runner';
import { testContext, withEnv } from '../test/utils/action-context';
import { startS3, type LocalS3 } from '../test/utils/s3';

const execFileAsync = promisify(execFile);
const ROOT = resolve(__dirname, '..');
const BUNDLE = join(ROOT, 'actions', 'setup-package-store', 'dist', 'index.js');
const NPM_PACKAGES = 50;
const WHEELS = 20;
const PREFIX = 'bench';
const TICKS_PER_SECOND = 100;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** An npm tarball as `npm pack` lays it out: package/package.json and package/index.js. */
async function npmTarball(path: string, name: string): Promise<void> {
  const tar = pack();
  const manifest = JSON.stringify({ name, version: '1.0.0', main: 'index.js' });
  tar.entry({ name: 'package/package.json' }, manifest);
  tar.entry({ name: 'package/index.js' }, `module.exports = ${JSON.stringify(name)};\n${'// padding\n'.repeat(400)}`);
  tar.finalize();
  const chunks: Buffer[] = [];
  for await (const c of tar) chunks.push(c as Buffer);
  writeFileSync(path, gzipSync(Buffer.concat(chunks)));
}

function wheel(path: string, project: string): void {
  const module = project.replace(/-/g, '_');
  const info = `${module}-1.0.dist-info`;
  const hash = (c: Uint8Array) => `sha256=${createHash('sha256').update(c).digest('base64url')}`;
  const files: Record<string, Uint8Array> = {
    [`${module}/__init__.py`]: strToU8(`NAME = "${project}"\n${'# padding\n'.repeat(400)}`),
    [`${info}/METADATA`]: strToU8(`Metadata-Version: 2.1\nName: ${project}\nVersion: 1.0\n`),
    [`${info}/WHEEL`]: strToU8('Wheel-Version: 1.0\nGenerator: bench\nRoot-Is-Purelib: true\nTag: py3-none-any\n'),
  };
  const record = Object.entries(files).map(([n, c]) => `${n},${hash(c)},${c.length}`);
  files[`${info}/RECORD`] = strToU8(`${[...record, `${info}/RECORD,,`].join('\n')}\n`);
  writeFileSync(path, zipSync(files));
}

/** Publishes the packages with publish-package's own run; the packuments name s3rver, for the direct installs. */
async function publishAll(s3: LocalS3, work: string): Promise<void> {
  const restore = withEnv(s3.env);
  try {
    mkdirSync(join(work, 'files'));
    for (let i = 0; i < NPM_PACKAGES + WHEELS; i++) {
      const path =
        i < NPM_PACKAGES
          ? join(work, 'files', `bench-npm-${i}-1.0.0.tgz`)
          : join(work, 'files', `bench_py_${i - NPM_PACKAGES}-1.0-py3-none-any.whl`);
      if (i < NPM_PACKAGES) await npmTarball(path, `bench-npm-${i}`);
      else wheel(path, `bench-py-${i - NPM_PACKAGES}`);
      const base = `${s3.endpoint}/${s3.bucket}`;
      await publish(
        testContext({ path, policy: join(work, 'none.yml'), bucket: s3.bucket, prefix: PREFIX, 'base-url': base }),
      );
    }
  } finally {
    restore();
  }
}

interface Install {
  npmMs: number;
  pipMs: number;
}

/** One npm install of the 50 packages and one pip install of the 20 wheels, each from an empty cache. */
async function installAll(work: string, urls: { npm: string; pip: string }, tag: string): Promise<Install> {
  const dir = mkdtempSync(join(work, `${tag}-`));
  writeFileSync(join(dir, 'package.json'), '{"name":"bench","version":"0.0.0","private":true}');
  writeFileSync(join(dir, 'npmrc'), '');
  writeFileSync(join(dir, 'global-npmrc'), '');
  const npmEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    npm_config_userconfig: join(dir, 'npmrc'),
    npm_config_globalconfig: join(dir, 'global-npmrc'),
    npm_config_cache: join(dir, 'cache'),
    npm_config_update_notifier: 'false',
  };
  const names = Array.from({ length: NPM_PACKAGES }, (_, i) => `bench-npm-${i}@1.0.0`);
  let started = Date.now();
  await execFileAsync('npm', ['install', '--registry', urls.npm, '--no-audit', '--no-fund', ...names], {
    cwd: dir,
    env: npmEnv,
  });
  const npmMs = Date.now() - started;
  const wheels = Array.from({ length: WHEELS }, (_, i) => `bench-py-${i}==1.0`);
  const pipArgs = ['-m', 'pip', 'install', '--no-cache-dir', '--disable-pip-version-check', '--no-deps'];
  started = Date.now();
  await execFileAsync('python3', [...pipArgs, '--target', join(dir, 'py'), '--index-url', urls.pip, ...wheels], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: dir, PIP_CONFIG_FILE: '/dev/null', PIP_NO_INPUT: '1' },
    maxBuffer: 16 * 1024 * 1024,
  });
  const pipMs = Date.now() - started;
  rmSync(dir, { recursive: true, force: true });
  return { npmMs, pipMs };
}

/** CPU seconds (user + system) a process has used so far, from /proc. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** The bundle's laptop command, signing as s3rver's own key, on a free port. */
async function startEndpoint(s3: LocalS3): Promise<{ child: ChildProcess; url: string }> {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run 'npm run build -- setup-package-store'.`);
  const args = [BUNDLE, 'serve', '--policy', '/nonexistent', '--bucket', s3.bucket, '--prefix', PREFIX];
  const child = spawn(runnerNode(), args, {
    env: { PATH: process.env.PATH, AWS_EC2_METADATA_DISABLED: 'true', ...s3.env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const url = await new Promise<string>((done, fail) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match) done(match[1]);
    });
    child.once('exit', (code) => fail(new Error(`the endpoint exited (${code}): ${out}`)));
  });
  return { child, url };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const runs = arg('runs', 7);
  const work = mkdtempSync(join(tmpdir(), 'bench-install-'));
  const s3 = await startS3('bench-install');
  try {
    await publishAll(s3, work);
    const endpoint = await startEndpoint(s3);
    const direct = {
      npm: `${s3.endpoint}/${s3.bucket}/${PREFIX}/npm/`,
      pip: `${s3.endpoint}/${s3.bucket}/${PREFIX}/python/simple/`,
    };
    const through = { npm: `${endpoint.url}/npm/`, pip: `${endpoint.url}/python/simple/` };
    const rows: { direct: Install; endpoint: Install; endpointCpuS: number }[] = [];
    for (let i = 0; i < runs; i++) {
      const first = i % 2 === 0 ? 'direct' : 'endpoint';
      let viaDirect: Install | undefined;
      if (first === 'direct') viaDirect = await installAll(work, direct, 'direct');
      const cpuBefore = cpuSeconds(endpoint.child.pid!);
      const viaEndpoint = await installAll(work, through, 'endpoint');
      const endpointCpuS = cpuSeconds(endpoint.child.pid!) - cpuBefore;
      viaDirect ??= await installAll(work, direct, 'direct');
      rows.push({ direct: viaDirect, endpoint: viaEndpoint, endpointCpuS });
      console.log(JSON.stringify({ run: i + 1, ...rows[rows.length - 1] }));
    }
    endpoint.child.kill('SIGINT');
    report(rows);
    writeResult(rows);
  } finally {
    await s3.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

type Row = { direct: Install; endpoint: Install; endpointCpuS: number };

/** What bench/run.ts reads: the medians of each install, both ways, and the endpoint's own CPU per install. */
export interface InstallResult {
  date: string;
  runs: number;
  npmPackages: number;
  wheels: number;
  medians: { direct: Install & { ms: number }; endpoint: Install & { ms: number; cpuMs: number } };
}

function writeResult(rows: Row[]): void {
  const both = (i: Install) => i.npmMs + i.pipMs;
  const of = (pick: (r: Row) => number) => median(rows.map(pick));
  const result: InstallResult = {
    date: new Date().toISOString(),
    runs: rows.length,
    npmPackages: NPM_PACKAGES,
    wheels: WHEELS,
    medians: {
      direct: { npmMs: of((r) => r.direct.npmMs), pipMs: of((r) => r.direct.pipMs), ms: of((r) => both(r.direct)) },
      endpoint: {
        npmMs: of((r) => r.endpoint.npmMs),
        pipMs: of((r) => r.endpoint.pipMs),
        ms: of((r) => both(r.endpoint)),
        cpuMs: Math.round(of((r) => r.endpointCpuS) * 1000),
      },
    },
  };
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `install-${result.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`results: ${file}`);
}

function report(rows: Row[]): void {
  const total = (i: Install) => i.npmMs + i.pipMs;
  const direct = median(rows.map((r) => total(r.direct)));
  const endpoint = median(rows.map((r) => total(r.endpoint)));
  const overhead = (endpoint / direct - 1) * 100;
  console.log(
    [
      `| install (${NPM_PACKAGES} npm packages + ${WHEELS} wheels), median of ${rows.length} | direct (unsigned) | through the endpoint |`,
      '| --- | --- | --- |',
      `| npm install | ${median(rows.map((r) => r.direct.npmMs))} ms | ${median(rows.map((r) => r.endpoint.npmMs))} ms |`,
      `| pip install | ${median(rows.map((r) => r.direct.pipMs))} ms | ${median(rows.map((r) => r.endpoint.pipMs))} ms |`,
      `| both | ${direct} ms | ${endpoint} ms (${overhead >= 0 ? '+' : ''}${overhead.toFixed(1)} %) |`,
      `| the endpoint's own CPU per install | | ${median(rows.map((r) => r.endpointCpuS)).toFixed(2)} s |`,
      overhead <= 10 ? 'overhead within 10 %' : `overhead above 10 % (${overhead.toFixed(1)} %)`,
    ].join('\n'),
  );
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
