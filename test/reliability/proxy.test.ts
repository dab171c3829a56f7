import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runActionAsGitHub, type ActionRunResult } from '../../scripts/action-runner';
import { isRunning } from '../../actions/setup-package-store/src/post';
import { npmTarball } from '../../shared/test/packages/npm-tarball';
import { startAwsFront, type AwsFront } from '../fakes/http';
import { client, npmEnv, npmPack, ok, publishFiles } from '../integration/setup-package-store/support';
import { startForwardProxy, type ForwardProxy } from '../utils/forward-proxy';
import { startSilentServer, type SilentServer } from '../utils/unanswering';
import { generateImage, writeOciLayout } from '../utils/images';
import { startRegistry, type LocalRegistry } from '../utils/registry';
import { startS3, type LocalS3 } from '../utils/s3';
import { startSigV4Front, type SigV4Front } from '../utils/s3-sigv4-front';
import { grypeReportOf, policyText } from './support';

/**
 * A runner that reaches the outside only through a proxy, as self-hosted runners on many networks do: https_proxy
 * and http_proxy name a proxy that wants its own credentials. Each action's bundle, as the runner runs it, must send
 * every request through it: the OIDC token (fetch) and AWS (the SDK) over https, tunnelled with CONNECT, and the
 * registry and S3 over http, forwarded. A preload records every connection the action's process opens: the
 * proxy's is the only one. The proxy's password is masked. The endpoint setup-package-store leaves running goes
 * through the proxy too, while npm reaches the endpoint on loopback directly.
 */

jest.setTimeout(240_000);

const ROOT = resolve(__dirname, '..', '..');
const GUARD = join(ROOT, 'test', 'utils', 'network-guard.cjs');
const actionYml = (name: string) => join(ROOT, 'actions', name, 'action.yml');
const ROLE = 'arn:aws:iam::123456789012:role/github-artifacts';
const PROXY_PASSWORD = 'proxy-Pa55word/known';
const IDENTITY = {
  oidcRequestToken: 'oidc-request-token-proxy',
  oidcToken: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOmFjbWUvc2hvcCJ9.c2ln',
  assumed: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', sessionToken: 'AssumedSessionTokenProxy0123456789' },
};

let proxy: ForwardProxy;
let registry: LocalRegistry;
let s3: LocalS3;
let standIn: AwsFront;
let work: string;
let certFile: string;
const servers: Server[] = [];

/** An https front on 127.0.0.1 (the test's own certificate) for a plain http server: AWS and GitHub speak TLS. */
async function tlsFront(target: string): Promise<string> {
  const key = join(work, 'tls-key.pem');
  const server = createTlsServer({ key: readFileSync(key), cert: readFileSync(certFile) }, (req, res) => {
    const upstream = request(`${target}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  servers.push(server);
  return `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function selfSignedCertificate(): void {
  certFile = join(work, 'tls-cert.pem');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2'].concat(
      ['-keyout', join(work, 'tls-key.pem'), '-out', certFile, '-subj', '/CN=127.0.0.1'],
      ['-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost'],
    ),
    { stdio: 'ignore' },
  );
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'reliability-proxy-'));
  selfSignedCertificate();
  [proxy, registry, s3] = await Promise.all([
    startForwardProxy('ci-runner', PROXY_PASSWORD),
    startRegistry({ auth: true, username: 'AWS', password: 'ecr-password-proxy' }),
    startS3('artifacts-test'),
  ]);
  standIn = await startAwsFront({
    s3Endpoint: s3.endpoint,
    identity: IDENTITY,
    ecrLogin: { endpoint: registry.url, username: 'AWS', password: 'ecr-password-proxy' },
  });
  mkdirSync(join(work, '.github'));
  writeFileSync(join(work, '.github', 'artifact-policy.yml'), policyText({ services: ['api'], packages: true }));
  const image = await generateImage({ layers: [{ 'app/main.js': 'console.log("proxy")' }] });
  writeOciLayout(join(work, 'layout'), { images: [image], refName: 'v1' });
  writeFileSync(join(work, 'lib.tgz'), await npmTarball({ name: '@acme/lib', version: '1.0.0' }));
});

afterAll(async () => {
  await Promise.all([proxy?.stop(), registry?.stop(), s3?.stop(), standIn?.stop()]);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A job on a runner behind the proxy: its variables, the test's CA trusted, every connection recorded. */
function jobEnv(log: string, extra: Record<string, string>): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    AWS_REGION: 'eu-central-1',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: join(work, 'none'),
    AWS_SHARED_CREDENTIALS_FILE: join(work, 'none'),
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: IDENTITY.oidcRequestToken,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/tags/v1.0.0',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_WORKSPACE: work,
    https_proxy: proxy.url,
    http_proxy: proxy.url,
    NODE_EXTRA_CA_CERTS: certFile,
    NODE_OPTIONS: `--require ${GUARD}`,
    NETWORK_GUARD_LOG: log,
    ...extra,
  };
}

/** The ports the action's processes connected to. */
function connectedPorts(log: string): number[] {
  if (!existsSync(log)) return [];
  const entries = readFileSync(log, 'utf8').trim().split('\n').filter(Boolean);
  return entries
    .map((line) => JSON.parse(line) as { kind: string; port?: number })
    .filter((e) => e.kind === 'connect')
    .map((e) => Number(e.port));
}

function expectProxyPasswordMasked(result: ActionRunResult): void {
  expect(result.masked).toContain(PROXY_PASSWORD);
  expect(result.stderr).not.toContain(PROXY_PASSWORD);
  expect(result.summary).not.toContain(PROXY_PASSWORD);
  const firstUse = result.stdout
    .split('\n')
    .findIndex((l) => l.includes(PROXY_PASSWORD) && !l.startsWith('::add-mask::'));
  expect(firstUse).toBe(-1);
}

const port = (url: string) => new URL(url).port;

test('build-sign-push: the OIDC token, STS, ECR and the registry all through the proxy; its password masked', async () => {
  const aws = await tlsFront(standIn.url);
  const log = join(work, 'build-sign-push.log');
  const result = await runActionAsGitHub(
    actionYml('build-sign-push'),
    { service: 'api', source: `oci:${join(work, 'layout')}:v1`, 'role-to-assume': ROLE, sign: 'false' },
    {
      cwd: work,
      env: jobEnv(log, {
        AWS_ENDPOINT_URL_ECR: aws,
        AWS_ENDPOINT_URL_STS: aws,
        ACTIONS_ID_TOKEN_REQUEST_URL: `${aws}/oidc?api-version=2.0`,
      }),
      timeoutMs: 180_000,
    },
  );
  expect({ exitCode: result.exitCode, errors: result.errors }).toEqual({ exitCode: 0, errors: [] });
  expect(result.outputs.digest).toMatch(/^sha256:/);
  expect(result.stdout).toContain(`Requests go through the proxy http://127.0.0.1:${proxy.port}, except to`);
  expect(standIn.seen).toEqual(
    expect.arrayContaining([
      'GET /oidc',
      'POST / AssumeRoleWithWebIdentity',
      'POST / AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken',
    ]),
  );
  expect(proxy.seen).toContain(`CONNECT 127.0.0.1:${port(aws)}`);
  expect(proxy.seen.filter((s) => s.includes(`http://127.0.0.1:${port(registry.url)}/v2/`)).length).toBeGreaterThan(3);
  const ports = connectedPorts(log);
  expect(ports.length).toBeGreaterThan(0);
  expect(ports.filter((p) => p !== proxy.port)).toEqual([]);
  expectProxyPasswordMasked(result);
});

test('publish-package: through the proxy, and past it for a host in no_proxy', async () => {
  const aws = await tlsFront(standIn.url);
  const run = (log: string, extra: Record<string, string>) =>
    runActionAsGitHub(
      actionYml('publish-package'),
      { path: join(work, 'lib.tgz'), 'role-to-assume': ROLE },
      {
        cwd: work,
        env: jobEnv(log, {
          AWS_ENDPOINT_URL_S3: s3.endpoint,
          AWS_ENDPOINT_URL_STS: aws,
          ACTIONS_ID_TOKEN_REQUEST_URL: `${aws}/oidc?api-version=2.0`,
          ...extra,
        }),
        timeoutMs: 120_000,
      },
    );
  const through = await run(join(work, 'publish-through.log'), {});
  expect({ exitCode: through.exitCode, errors: through.errors }).toEqual({ exitCode: 0, errors: [] });
  expect(proxy.seen.filter((s) => s.startsWith(`PUT http://127.0.0.1:${port(s3.endpoint)}/`)).length).toBeGreaterThan(
    0,
  );
  expect(connectedPorts(join(work, 'publish-through.log')).filter((p) => p !== proxy.port)).toEqual([]);
  expectProxyPasswordMasked(through);

  // The same again (unchanged: nothing to write) with the store and the AWS front in no_proxy: none through it.
  const before = proxy.seen.length;
  const past = await run(join(work, 'publish-past.log'), { no_proxy: '127.0.0.1' });
  expect({ exitCode: past.exitCode, errors: past.errors }).toEqual({ exitCode: 0, errors: [] });
  expect(proxy.seen.slice(before)).toEqual([]);
  expect(connectedPorts(join(work, 'publish-past.log'))).not.toContain(proxy.port);
});

describe('setup-package-store behind the proxy', () => {
  let front: SigV4Front;
  let job: string;
  let endpointPid = 0;
  beforeAll(async () => {
    front = await startSigV4Front('proxy-store');
    job = join(work, 'store-job');
    mkdirSync(join(job, '.github'), { recursive: true });
    writeFileSync(
      join(job, '.github', 'artifact-policy.yml'),
      'version: 1\nsystem: piksel\nregion: eu-central-1\npackages: {bucket: proxy-store, npmScopes: ["@acme"]}\n',
    );
    await publishFiles(front, job, [await npmPack(job, '@acme/widgets', '1.0.0')]);
  });
  afterAll(async () => {
    if (endpointPid && isRunning(endpointPid)) process.kill(endpointPid, 'SIGKILL');
    await front?.stop();
  });

  test('the endpoint signs and fetches through the proxy; npm reaches the endpoint directly', async () => {
    const aws = await tlsFront(front.endpoint);
    const home = join(job, 'home');
    const log = join(job, 'connections.log');
    const env = jobEnv(log, {
      HOME: home,
      npm_config_userconfig: join(home, '.npmrc'),
      XDG_CONFIG_HOME: join(home, '.config'),
      AWS_ENDPOINT_URL_S3: front.endpoint,
      AWS_ENDPOINT_URL_STS: aws,
      ACTIONS_ID_TOKEN_REQUEST_URL: `${aws}/oidc?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: front.oidcRequestToken,
      GITHUB_RUN_ID: '42',
      RUNNER_TEMP: job,
    });
    const main = await runActionAsGitHub(
      actionYml('setup-package-store'),
      { 'role-to-assume': front.roleArn('piksel-developer-read') },
      { env, cwd: job },
    );
    expect({ exitCode: main.exitCode, errors: main.errors }).toEqual({ exitCode: 0, errors: [] });
    endpointPid = Number(main.state!['endpoint-pid']);
    const endpoint = main.outputs.endpoint;
    expect(main.exported).toEqual({
      PIP_INDEX_URL: `${endpoint}/python/simple/`,
      no_proxy: '127.0.0.1,localhost',
      NO_PROXY: '127.0.0.1,localhost',
    });
    expectProxyPasswordMasked(main);

    // npm with the job's proxy variables, as the step exported them, and the .npmrc the step wrote.
    const project = join(job, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), '{"name":"p","version":"0.0.0","private":true}');
    const npm = npmEnv(job, {
      npm_config_userconfig: join(home, '.npmrc'),
      https_proxy: proxy.url,
      http_proxy: proxy.url,
      ...main.exported,
    });
    const seenBefore = proxy.seen.length;
    ok(
      await client('npm', ['install', '--no-audit', '--no-fund', '@acme/widgets@1.0.0'], { cwd: project, env: npm }),
      'npm',
    );
    const during = proxy.seen.slice(seenBefore);
    // The endpoint fetched the package from S3 through the proxy; npm's requests to the endpoint did not go there.
    expect(during.filter((s) => s.startsWith(`GET http://127.0.0.1:${port(front.endpoint)}/`)).length).toBeGreaterThan(
      0,
    );
    expect(during.filter((s) => s.includes(`:${port(endpoint)}`))).toEqual([]);

    const post = await runActionAsGitHub(
      actionYml('setup-package-store'),
      {},
      { env, cwd: job, postState: main.state },
    );
    expect({ exitCode: post.exitCode, errors: post.errors }).toEqual({ exitCode: 0, errors: [] });
    expect(isRunning(endpointPid)).toBe(false);
    // The action's and the endpoint's processes: connections to the proxy only.
    expect(connectedPorts(log).filter((p) => p !== proxy.port)).toEqual([]);
  });
});

test('provision-repo: its plan reads AWS through the proxy', async () => {
  const aws = await tlsFront(standIn.url);
  writeFileSync(join(work, 'provision-policy.yml'), policyText({ services: ['api'] }));
  const log = join(work, 'provision.log');
  const result = await runActionAsGitHub(
    actionYml('provision-repo'),
    { mode: 'plan', 'role-to-assume': ROLE, 'iam-output': join(work, 'iam'), policy: 'provision-policy.yml' },
    {
      cwd: work,
      env: jobEnv(log, { AWS_ENDPOINT_URL: aws, ACTIONS_ID_TOKEN_REQUEST_URL: `${aws}/oidc?api-version=2.0` }),
      timeoutMs: 120_000,
    },
  );
  expect({ exitCode: result.exitCode, errors: result.errors }).toEqual({ exitCode: 0, errors: [] });
  expect(connectedPorts(log).filter((p) => p !== proxy.port)).toEqual([]);
  expect(proxy.seen).toContain(`CONNECT 127.0.0.1:${port(aws)}`);
  expectProxyPasswordMasked(result);
});

test('scan-gate: reads the registry through the proxy', async () => {
  const pushed = await runActionAsGitHub(
    actionYml('build-sign-push'),
    { service: 'api', source: `oci:${join(work, 'layout')}:v1`, registry: registry.url, sign: 'false' },
    {
      cwd: work,
      env: {
        ...jobEnv(join(work, 'scan-push.log'), {}),
        REGISTRY_USERNAME: 'AWS',
        REGISTRY_PASSWORD: 'ecr-password-proxy',
      },
    },
  );
  expect({ exitCode: pushed.exitCode, errors: pushed.errors }).toEqual({ exitCode: 0, errors: [] });
  const digest = pushed.outputs.digest;
  const log = join(work, 'scan.log');
  const before = proxy.seen.length;
  const result = await runActionAsGitHub(
    actionYml('scan-gate'),
    {
      image: `${registry.host}/shop/api@${digest}`,
      registry: registry.url,
      report: grypeReportOf(`${registry.host}/shop/api@${digest}`, digest, join(work, 'grype.json')),
      'require-signature': 'true',
    },
    {
      cwd: work,
      env: { ...jobEnv(log, {}), REGISTRY_USERNAME: 'AWS', REGISTRY_PASSWORD: 'ecr-password-proxy' },
      timeoutMs: 120_000,
    },
  );
  // Unsigned, so the gate fails: on its verdict, after reading the registry for signatures through the proxy.
  expect(result.outputs.passed).toBe('false');
  expect(result.errors.join('\n')).toMatch(/signature/i);
  expect(
    proxy.seen.slice(before).filter((s) => s.includes(`http://127.0.0.1:${port(registry.url)}/v2/`)).length,
  ).toBeGreaterThan(0);
  expect(connectedPorts(log).filter((p) => p !== proxy.port)).toEqual([]);
});

/**
 * Runs whose endpoints are outside this machine, so that only the proxy decides how they end: a publish to AWS's own
 * S3 and a push to a registry on the internet. Each must fail, and its process end by itself.
 */
const OUTSIDE = {
  'publish-package': {
    inputs: { path: 'lib.tgz', bucket: 'store-bucket', prefix: 'shop' },
    env: { AWS_ACCESS_KEY_ID: 'AKIAPROXYTEST0000001', AWS_SECRET_ACCESS_KEY: 'proxy-test-secret' },
  },
  'build-sign-push': {
    inputs: { service: 'api', source: 'oci:layout:v1', registry: 'https://registry.example.com', sign: 'false' },
    env: { REGISTRY_USERNAME: 'AWS', REGISTRY_PASSWORD: 'registry-password-proxy' },
  },
};
type Outside = keyof typeof OUTSIDE;

async function runOutside(action: Outside, log: string, env: Record<string, string> = {}): Promise<ActionRunResult> {
  const result = await runActionAsGitHub(actionYml(action), OUTSIDE[action].inputs, {
    cwd: work,
    env: jobEnv(join(work, log), { ...OUTSIDE[action].env, ...env }),
    timeoutMs: 120_000,
  });
  expect({ exitCode: result.exitCode, signal: result.signal }).toEqual({ exitCode: 1, signal: null });
  return result;
}

describe('a proxy that accepts connections and never answers', () => {
  let silent: SilentServer;
  beforeAll(async () => {
    silent = await startSilentServer();
  });
  afterAll(() => silent?.close());

  // Node leaves the tunnel's connection open when a request gives up on a CONNECT that was never answered: the step
  // must still end, failed, naming the endpoint, instead of holding the job until GitHub's timeout.
  test.each<[Outside, RegExp]>([
    ['publish-package', /The S3 endpoint https:\/\/store-bucket\.s3\.eu-central-1\.amazonaws\.com did not answer/],
    ['build-sign-push', /registry\.example\.com/],
  ])('%s fails naming the endpoint, and its process ends', async (action, message) => {
    const result = await runOutside(action, `silent-${action}.log`, {
      https_proxy: silent.url,
      http_proxy: silent.url,
    });
    expect(result.errors.join('\n')).toMatch(message);
    expect(silent.connections()).toBeGreaterThan(0);
  });
});

describe('a proxy that refuses', () => {
  test.each<Outside>(['publish-package', 'build-sign-push'])(
    '%s: wrong proxy credentials (407) fail at once with what to change',
    async (action) => {
      const refusedBefore = proxy.refused;
      const wrongPassword = proxy.url.replace(encodeURIComponent(PROXY_PASSWORD), 'wrong-password');
      const result = await runOutside(action, `refused-${action}.log`, { https_proxy: wrongPassword });
      expect(result.errors).toEqual([
        expect.stringMatching(
          /^Configuration error: The proxy refused to connect to \S+ \(407 Proxy Authentication Required\): give its user and password in https_proxy/,
        ),
      ]);
      expect(proxy.refused).toBeGreaterThan(refusedBefore);
      expect(result.masked).toContain('wrong-password');
    },
  );

  test('build-sign-push: a registry the proxy cannot reach (502) is retried, then fails naming it', async () => {
    const result = await runOutside('build-sign-push', 'unreachable-registry.log');
    expect(result.errors.join('\n')).toMatch(
      /The registry registry\.example\.com could not be reached through the proxy \(it answered 502 Bad Gateway\) on HEAD \S+ \(repository shop\/api\) on all 6 attempts/,
    );
  });

  test('publish-package: a host the proxy cannot reach (502) fails naming the endpoint and the proxy', async () => {
    const result = await runOutside('publish-package', 'unreachable.log');
    expect(result.errors.join('\n')).toMatch(
      /The endpoint https:\/\/store-bucket\.s3\.eu-central-1\.amazonaws\.com could not be reached through the proxy for S3 \w+ \(it answered 502 Bad Gateway\)/,
    );
  });
});
