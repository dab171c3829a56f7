import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runActionAsGitHub, type ActionRunResult } from '../../../scripts/action-runner';
import { isRunning } from '../../../actions/setup-package-store/src/post';
import { startSigV4Front, type SigV4Front } from '../../utils/s3-sigv4-front';
import { buildWheel, client, get, npmEnv, npmPack, ok, pipEnv, publishFiles } from './support';

/**
 * The bundle run as the GitHub runner runs it: the main step with role-to-assume (GitHub OIDC → STS, both stood in
 * by the front) leaves the endpoint running and writes the clients' configuration; npm and pip install with only
 * that configuration; the role's key is rotated and the endpoint exchanges a new token; the post step stops it.
 */

jest.setTimeout(600_000);

const actionYml = join(__dirname, '..', '..', '..', 'actions', 'setup-package-store', 'action.yml');
const bundle = join(__dirname, '..', '..', '..', 'actions', 'setup-package-store', 'dist', 'index.js');
let front: SigV4Front;
let work: string;
let home: string;
let env: Record<string, string>;
/** Endpoints started, stopped in afterAll should a test fail before its post step. */
const started: number[] = [];

beforeAll(async () => {
  front = await startSigV4Front('dist-store');
  work = mkdtempSync(join(tmpdir(), 'package-store-dist-'));
  home = join(work, 'home');
  mkdirSync(join(work, '.github'), { recursive: true });
  writeFileSync(
    join(work, '.github', 'artifact-policy.yml'),
    'version: 1\nsystem: piksel\nregion: eu-central-1\npackages: {bucket: dist-store, npmScopes: ["@acme"]}\n',
  );
  await publishFiles(front, work, [await npmPack(work, '@acme/widgets', '1.0.0')]);
  await publishFiles(front, work, [buildWheel(join(work, 'wheels'), 'acme-tools', '2.0')]);
  // setup-java's settings.xml: merged into, not replaced.
  mkdirSync(join(home, '.m2'), { recursive: true });
  writeFileSync(
    join(home, '.m2', 'settings.xml'),
    '<settings>\n  <servers><server><id>github</id><username>${env.GITHUB_ACTOR}</username></server></servers>\n</settings>\n',
  );
  env = {
    HOME: home,
    // npx and jest run under npm, which names this machine's own user config: the step must write into the test's.
    npm_config_userconfig: join(home, '.npmrc'),
    NPM_CONFIG_USERCONFIG: join(home, '.npmrc'),
    XDG_CONFIG_HOME: join(home, '.config'),
    PATH: process.env.PATH!,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: join(work, 'none'),
    AWS_SHARED_CREDENTIALS_FILE: join(work, 'none'),
    AWS_ENDPOINT_URL_S3: front.endpoint,
    AWS_ENDPOINT_URL_STS: front.endpoint,
    ACTIONS_ID_TOKEN_REQUEST_URL: front.oidcUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: front.oidcRequestToken,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_RUN_ID: '42',
    RUNNER_TEMP: work,
  };
});

afterAll(async () => {
  for (const pid of started) if (isRunning(pid)) process.kill(pid, 'SIGKILL');
  await front?.stop();
  rmSync(work, { recursive: true, force: true });
});

test('main starts the endpoint and configures the clients; npm and pip install; a rotated key is renewed; post stops it', async () => {
  const main: ActionRunResult = await runActionAsGitHub(
    actionYml,
    { 'role-to-assume': front.roleArn('piksel-developer-read') },
    { env, cwd: work },
  );
  expect(main.errors).toEqual([]);
  expect(main.exitCode).toBe(0);
  const endpoint = main.outputs.endpoint;
  expect(endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(main.outputs).toEqual({
    endpoint,
    'pip-index-url': `${endpoint}/python/simple/`,
    'npm-registry-url': `${endpoint}/npm/`,
    'maven-repository-url': `${endpoint}/maven/`,
  });
  expect(main.exported).toEqual({ PIP_INDEX_URL: `${endpoint}/python/simple/` });
  const pid = Number(main.state!['endpoint-pid']);
  started.push(pid);
  expect(isRunning(pid)).toBe(true);
  // The credentials the endpoint got from STS never reach the step's output.
  const { secretAccessKey, sessionToken } = front.credentials('piksel-developer-read');
  expect(main.stdout).not.toContain(secretAccessKey);
  expect(main.stdout).not.toContain(sessionToken);

  expect(readFileSync(join(home, '.npmrc'), 'utf8')).toBe(`@acme:registry=${endpoint}/npm/\n`);
  const settings = readFileSync(join(home, '.m2', 'settings.xml'), 'utf8');
  expect(settings).toContain('<server><id>github</id>');
  expect(settings).toContain(`<mirrorOf>artifacts-piksel</mirrorOf><url>${endpoint}/maven/</url>`);
  expect(settings).toContain('<activeProfile>artifacts-piksel</activeProfile>');

  // npm with the written .npmrc only; pip with the exported variable only.
  const project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), '{"name":"p","version":"0.0.0","private":true}');
  const npmConfig = npmEnv(work, { npm_config_userconfig: join(home, '.npmrc') });
  ok(
    await client('npm', ['install', '--no-audit', '--no-fund', '@acme/widgets@1.0.0'], {
      cwd: project,
      env: npmConfig,
    }),
    'npm',
  );
  const pip = await client(
    'python3',
    [
      '-m',
      'pip',
      'install',
      '--no-cache-dir',
      '--disable-pip-version-check',
      '--target',
      join(work, 'py'),
      'acme-tools',
    ],
    { cwd: work, env: pipEnv(join(work, 'pip-home'), { PIP_INDEX_URL: main.exported!.PIP_INDEX_URL }) },
  );
  expect(ok(pip, 'pip')).toContain('Successfully installed acme-tools-2.0');

  // The role's key is rotated: the endpoint asks GitHub for a new token and STS for the new key.
  const before = front.credentials('piksel-developer-read').accessKeyId;
  const after = front.rotate('piksel-developer-read').accessKeyId;
  expect((await get(`${endpoint}/npm/@acme%2fwidgets`)).status).toBe(200);
  expect(front.requests.some((r) => r.accessKeyId === before && r.code === 'ExpiredToken')).toBe(true);
  expect(front.requests.some((r) => r.accessKeyId === after && r.status === 200)).toBe(true);

  const post = await runActionAsGitHub(actionYml, {}, { env, cwd: work, postState: main.state });
  expect(post.errors).toEqual([]);
  expect(post.exitCode).toBe(0);
  expect(post.stdout).toContain(`Stopped the package store endpoint (pid ${pid})`);
  expect(post.stdout).toMatch(/served \d+ requests \(200: \d+/);
  expect(post.stdout).not.toContain(secretAccessKey);
  expect(isRunning(pid)).toBe(false);
  await expect(get(`${endpoint}/npm/@acme%2fwidgets`)).rejects.toThrow(/ECONNREFUSED/);
});

test('a step that failed leaves nothing running, and its post step has nothing to stop', async () => {
  const main = await runActionAsGitHub(actionYml, { bucket: 'Not_A_Bucket' }, { env, cwd: work });
  expect(main.exitCode).toBe(1);
  expect(main.errors.join('\n')).toContain("Bucket 'Not_A_Bucket' is not an S3 bucket name");
  expect(main.state).toEqual({ 'is-post': 'true' });
  const post = await runActionAsGitHub(actionYml, {}, { env, cwd: work, postState: main.state });
  expect(post.exitCode).toBe(0);
  expect(post.stdout).toContain('No package store endpoint was started: nothing to stop.');
});

test('the laptop command as documented (node dist/index.js serve): the default chain, the three configurations printed, Ctrl-C stops it', async () => {
  const { accessKeyId, secretAccessKey, sessionToken } = front.credentials('piksel-developer-read');
  const laptop = spawn(process.execPath, [bundle, 'serve'], {
    cwd: work,
    env: {
      ...env,
      HOME: join(work, 'laptop-home'),
      ACTIONS_ID_TOKEN_REQUEST_URL: '',
      AWS_ACCESS_KEY_ID: accessKeyId,
      AWS_SECRET_ACCESS_KEY: secretAccessKey,
      AWS_SESSION_TOKEN: sessionToken,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(laptop.pid!);
  let output = '';
  laptop.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    laptop.stdout.on('data', (d: Buffer) => {
      output += d.toString();
      const match = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match && output.includes('</profile>')) resolve(match[1]);
    });
    laptop.once('exit', (code) => reject(new Error(`serve exited (${code}):\n${output}`)));
  });
  expect(output).toContain(`npm (~/.npmrc):\n@acme:registry=${url}/npm/`);
  expect(output).toContain(
    `pip (~/.config/pip/pip.conf, or PIP_INDEX_URL):\n[global]\nindex-url = ${url}/python/simple/`,
  );
  expect(output).toContain(`<repository><id>artifacts-piksel</id><url>${url}/maven/</url></repository>`);
  expect(output).not.toContain(secretAccessKey);
  const page = await get(`${url}/python/simple/acme-tools/`);
  expect(page.status).toBe(200);
  expect(page.body).toContain('acme_tools-2.0-py3-none-any.whl');
  const exited = new Promise<number | null>((resolve) => laptop.once('exit', resolve));
  laptop.kill('SIGINT');
  expect(await exited).toBe(0);
});
