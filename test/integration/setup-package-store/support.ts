import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { strToU8, zipSync } from 'fflate';
import { run as publish } from '../../../actions/publish-package/src/main';
import { testContext, withEnv } from '../../utils/action-context';
import type { SigV4Front } from '../../utils/s3-sigv4-front';

/**
 * What the setup-package-store tests share: packages built for the real clients, published with the real publish
 * path through the signing front, the laptop command started from the sources, and the clients run asynchronously
 * (the front answers from the test's own event loop).
 */

const execFileAsync = promisify(execFile);
const ROOT = resolve(__dirname, '../../..');
const REGISTER = join(ROOT, 'scripts', 'register.cjs');
const ENTRY = join(__dirname, 'serve-from-sources.ts');

/** The public URL publish-package writes into packuments: unreachable, so only the endpoint's rewrite can work. */
export const PUBLIC_BASE_URL = 'https://artifacts.invalid';

export interface ClientResult {
  status: number;
  out: string;
}

/** Runs a client without blocking this process's event loop; never throws, the status says how it ended. */
export async function client(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<ClientResult> {
  try {
    const { stdout, stderr } = await execFileAsync(command, args, {
      ...options,
      maxBuffer: 64 * 1024 * 1024,
      timeout: 600_000,
    });
    return { status: 0, out: `${stdout}${stderr}` };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { status: typeof e.code === 'number' ? e.code : 1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

export function ok(result: ClientResult, what: string): string {
  if (result.status !== 0) throw new Error(`${what} failed (${result.status}):\n${result.out.slice(-4000)}`);
  return result.out;
}

/** Publishes files with publish-package's own run, signed as the system's ci-push role through the front. */
export async function publishFiles(front: SigV4Front, work: string, paths: string[], prefix = 'piksel') {
  const restore = withEnv(front.envFor(`${prefix}-ci-push`));
  try {
    const ctx = testContext({
      path: paths.join('\n'),
      policy: join(work, 'no-policy.yml'),
      bucket: front.s3.bucket,
      prefix,
      'base-url': PUBLIC_BASE_URL,
    });
    await publish(ctx);
  } finally {
    restore();
  }
}

/** An npm package as `npm pack` makes it; returns the tarball. */
export async function npmPack(
  work: string,
  name: string,
  version: string,
  dependencies: Record<string, string> = {},
): Promise<string> {
  const dir = join(work, 'npm-src', `${name.replace('/', '__')}-${version}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version, main: 'index.js', dependencies }));
  writeFileSync(join(dir, 'index.js'), `module.exports = ${JSON.stringify(`${name} ${version}`)};\n`);
  const out = ok(
    await client('npm', ['pack', '--json', '--pack-destination', dir], { cwd: dir, env: npmEnv(work) }),
    'npm pack',
  );
  return join(dir, (JSON.parse(out.slice(out.indexOf('['))) as { filename: string }[])[0].filename);
}

/** npm with its own cache and empty configuration, so nothing of this machine's npm setup leaks in. */
export function npmEnv(work: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  mkdirSync(join(work, 'npm-home'), { recursive: true });
  writeFileSync(join(work, 'empty-npmrc'), '');
  writeFileSync(join(work, 'empty-global-npmrc'), '');
  return {
    PATH: process.env.PATH,
    HOME: join(work, 'npm-home'),
    npm_config_userconfig: join(work, 'empty-npmrc'),
    npm_config_globalconfig: join(work, 'empty-global-npmrc'),
    npm_config_cache: join(work, 'npm-cache'),
    npm_config_update_notifier: 'false',
    ...extra,
  };
}

/** A pure-Python wheel with a RECORD that hashes every file. */
export function buildWheel(dir: string, project: string, version: string): string {
  const module = project.replace(/-/g, '_');
  const distInfo = `${module}-${version}.dist-info`;
  const recordHash = (c: Uint8Array) => `sha256=${createHash('sha256').update(c).digest('base64url')}`;
  const files: Record<string, Uint8Array> = {
    [`${module}/__init__.py`]: strToU8(`VERSION = "${version}"\n`),
    [`${distInfo}/METADATA`]: strToU8(`Metadata-Version: 2.1\nName: ${project}\nVersion: ${version}\n`),
    [`${distInfo}/WHEEL`]: strToU8(
      'Wheel-Version: 1.0\nGenerator: handmade\nRoot-Is-Purelib: true\nTag: py3-none-any\n',
    ),
  };
  const record = Object.entries(files)
    .map(([name, content]) => `${name},${recordHash(content)},${content.length}`)
    .concat(`${distInfo}/RECORD,,`);
  files[`${distInfo}/RECORD`] = strToU8(`${record.join('\n')}\n`);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${module}-${version}-py3-none-any.whl`);
  writeFileSync(path, zipSync(files));
  return path;
}

/** pip with no configuration or cache: only the index it is given. */
export function pipEnv(home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  mkdirSync(home, { recursive: true });
  return { PATH: process.env.PATH, HOME: home, PIP_CONFIG_FILE: '/dev/null', PIP_NO_INPUT: '1', ...extra };
}

/** Maven's own lib folder, to compile a build extension against. */
export async function mavenLib(): Promise<string> {
  const out = ok(await client('mvn', ['-v'], { cwd: ROOT, env: process.env }), 'mvn -v');
  const lib = join(/Maven home: (.+)/.exec(out)![1].trim(), 'lib');
  if (!existsSync(lib) || !readdirSync(lib).some((f) => f.startsWith('maven-core'))) throw new Error(`no ${lib}`);
  return lib;
}

/** A plain GET of the endpoint: status, content type and body. */
export function get(
  url: string,
  method = 'GET',
  headers: Record<string, string> = {},
): Promise<{ status: number; type: string; body: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolvePromise, reject) => {
    // The path as written (`%2e%2e` included): a URL object would resolve it.
    const { hostname, port } = new URL(url);
    const path = url.slice(url.indexOf('/', url.indexOf('//') + 2));
    const req = httpGet({ hostname, port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolvePromise({
          status: res.statusCode ?? 0,
          type: String(res.headers['content-type'] ?? ''),
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', reject);
  });
}

export interface LaptopEndpoint {
  url: string;
  process: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

/**
 * The laptop command (`index.js serve`) run from the sources; resolves once it prints where it serves, rejects
 * with its output when it exits first.
 */
export function startLaptopEndpoint(args: string[], env: NodeJS.ProcessEnv): Promise<LaptopEndpoint> {
  const child = spawn(process.execPath, ['-r', REGISTER, ENTRY, ...args], {
    env: { PATH: process.env.PATH, AWS_EC2_METADATA_DISABLED: 'true', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((resolvePromise, reject) => {
    const onData = () => {
      const match = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (!match) return;
      child.stdout!.off('data', onData);
      resolvePromise({
        url: match[1],
        process: child,
        output: () => output,
        stop: async () => {
          if (child.exitCode !== null) return;
          child.kill('SIGINT');
          await new Promise((r) => child.once('exit', r));
        },
      });
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(Object.assign(new Error(`serve exited (${code}):\n${output}`), { output })));
  });
}
