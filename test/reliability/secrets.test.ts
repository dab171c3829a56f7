import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runActionAsGitHub, type ActionRunResult } from '../../scripts/action-runner';
import { npmTarball } from '../../shared/test/packages/npm-tarball';
import { generateImage, writeOciLayout } from '../utils/images';
import { startRegistry, type LocalRegistry } from '../utils/registry';
import { startS3, type LocalS3 } from '../utils/s3';
import { startAwsFront, type AwsFront } from '../fakes/http';
import { grypeReportOf, policyText } from './support';
import { cosignEncrypted } from '../utils/cosign-key';

/**
 * Every action through its committed bundle, as the runner runs it, with known credential values: none may
 * appear unmasked in stdout, stderr, the job summary, outputs or files written, and each the run received must
 * be registered with ::add-mask:: before anything else prints it. Errors from AWS and the registry that echo the
 * request's credentials are passed on without them (or only after they were masked).
 */

jest.setTimeout(240_000);

const ROOT = resolve(__dirname, '..', '..');
const actionYml = (name: string) => join(ROOT, 'actions', name, 'action.yml');
const ROLE = 'arn:aws:iam::123456789012:role/github-artifacts';

const SECRETS = {
  accessKeyId: 'AKIAQKNOWNACCESS0001',
  secretAccessKey: 'kn0wnSecretAccessKey/abcdefghijklmnopqrstuv',
  sessionToken: 'KnownSessionTokenFromEnv0123456789abcdef',
  oidcRequestToken: 'oidc-request-token-known-0123456789',
  oidcToken: `eyJhbGciOiJSUzI1NiJ9.${Buffer.from(JSON.stringify({ sub: 'repo:acme/shop:ref:refs/heads/main', aud: 'sts.amazonaws.com', jti: 'known-oidc-jti-0123456789' })).toString('base64url')}.a25vd24tb2lkYy1zaWduYXR1cmUtMDEyMzQ1Njc4OQ`,
  assumedAccessKeyId: 'ASIAQKNOWNASSUMED001',
  assumedSecretAccessKey: 'assumedSecretKnown/0123456789abcdefghijkl',
  assumedSessionToken: 'AssumedSessionTokenKnown0123456789abcdefghij',
  ecrPassword: 'ecr-password-known-0123456789abcdef',
  signingPassword: 'signing-password-known-42',
};

const signingKey = cosignEncrypted(
  generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ format: 'der', type: 'pkcs8' }),
  SECRETS.signingPassword,
);
/** The key's body lines: what would leak if the key were printed. */
const signingKeyLines = signingKey.split('\n').filter((l) => l.length >= 16 && !l.startsWith('-----'));
const ecrToken = Buffer.from(`AWS:${SECRETS.ecrPassword}`).toString('base64');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * No secret unmasked: stdout may show one only after its own ::add-mask:: line (the runner replaces it from then
 * on); stderr, the summary, the outputs and the files written must not contain it at all.
 */
function expectNoLeak(result: ActionRunResult, secrets: string[], dirs: string[]): void {
  const lines = result.stdout.split('\n');
  const files = dirs.flatMap(filesUnder).map((f) => ({ f, text: readFileSync(f).toString('latin1') }));
  for (const secret of secrets) {
    const maskAt = lines.findIndex((l) => l === `::add-mask::${secret}`);
    const firstUse = lines.findIndex((l) => l.includes(secret) && !l.startsWith('::add-mask::'));
    if (firstUse >= 0) {
      expect({ secret, maskedBeforeFirstUse: maskAt >= 0 && maskAt < firstUse }).toEqual({
        secret,
        maskedBeforeFirstUse: true,
      });
    }
    expect({ secret, stderr: result.stderr.includes(secret) }).toEqual({ secret, stderr: false });
    expect({ secret, summary: result.summary.includes(secret) }).toEqual({ secret, summary: false });
    expect({ secret, outputs: Object.values(result.outputs).some((v) => v.includes(secret)) }).toEqual({
      secret,
      outputs: false,
    });
    expect({ secret, files: files.filter((x) => x.text.includes(secret)).map((x) => x.f) }).toEqual({
      secret,
      files: [],
    });
  }
}

/** setSecret was called for each: the run registered every one of these with ::add-mask::. */
function expectMasked(result: ActionRunResult, secrets: string[]): void {
  for (const secret of secrets)
    expect({ secret, masked: result.masked.includes(secret) }).toEqual({ secret, masked: true });
}

const ENV_AWS = [SECRETS.accessKeyId, SECRETS.secretAccessKey, SECRETS.sessionToken];
const ASSUMED = [SECRETS.assumedAccessKeyId, SECRETS.assumedSecretAccessKey, SECRETS.assumedSessionToken];
const ALL = [...Object.values(SECRETS), ecrToken, ...signingKeyLines];

let registry: LocalRegistry;
let s3: LocalS3;
let standIn: AwsFront;
let s3StandIn: AwsFront;
let work: string;
let runnerTemp: string;
let imageDigest: string;

beforeAll(async () => {
  [registry, s3] = await Promise.all([
    startRegistry({ auth: true, username: 'AWS', password: SECRETS.ecrPassword }),
    startS3('artifacts-test'),
  ]);
  const common = { oidcRequestToken: SECRETS.oidcRequestToken, oidcToken: SECRETS.oidcToken };
  standIn = await startAwsFront({
    s3Endpoint: s3.endpoint,
    identity: {
      ...common,
      assumed: {
        accessKeyId: SECRETS.assumedAccessKeyId,
        secretAccessKey: SECRETS.assumedSecretAccessKey,
        sessionToken: SECRETS.assumedSessionToken,
      },
    },
    ecrLogin: { endpoint: registry.url, username: 'AWS', password: SECRETS.ecrPassword },
  });
  // s3rver knows only its own key: the role handed out for publishing is that key with a known session token.
  s3StandIn = await startAwsFront({
    identity: {
      ...common,
      assumed: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', sessionToken: SECRETS.assumedSessionToken },
    },
  });
  work = mkdtempSync(join(tmpdir(), 'reliability-secrets-'));
  runnerTemp = mkdtempSync(join(tmpdir(), 'reliability-secrets-temp-'));
  mkdirSync(join(work, '.github'));
  writeFileSync(
    join(work, '.github', 'artifact-policy.yml'),
    policyText({ services: ['api'], signing: ['method: key', 'key: env://SIGNING_KEY'], packages: true }),
  );
  writeFileSync(join(work, 'provision-policy.yml'), policyText({ services: ['api'] }));
  const image = await generateImage({ layers: [{ 'app/main.js': 'console.log("secrets")' }] });
  writeOciLayout(join(work, 'layout'), { images: [image], refName: 'v1' });
  imageDigest = image.manifest.descriptor.digest;
  writeFileSync(join(work, 'lib.tgz'), await npmTarball({ name: '@acme/lib', version: '1.0.0' }));
});

afterAll(async () => {
  await Promise.all([registry?.stop(), s3?.stop(), standIn?.stop(), s3StandIn?.stop()]);
  for (const d of [work, runnerTemp]) if (d) rmSync(d, { recursive: true, force: true });
});

/** The environment of a job with static AWS keys, OIDC available, and nothing else from this process. */
function jobEnv(extra: Record<string, string>): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    AWS_REGION: 'eu-central-1',
    AWS_ACCESS_KEY_ID: SECRETS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: SECRETS.secretAccessKey,
    AWS_SESSION_TOKEN: SECRETS.sessionToken,
    AWS_EC2_METADATA_DISABLED: 'true',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: SECRETS.oidcRequestToken,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/tags/v1.0.0',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_WORKSPACE: work,
    RUNNER_TEMP: runnerTemp,
    ...extra,
  };
}

test('build-sign-push: OIDC role, ECR token, encrypted signing key; push and sign; nothing unmasked', async () => {
  const result = await runActionAsGitHub(
    actionYml('build-sign-push'),
    {
      service: 'api',
      source: `oci:${join(work, 'layout')}:v1`,
      'role-to-assume': ROLE,
      'signing-key-password': SECRETS.signingPassword,
    },
    {
      cwd: work,
      env: jobEnv({
        AWS_ENDPOINT_URL_ECR: standIn.url,
        AWS_ENDPOINT_URL_STS: standIn.url,
        ACTIONS_ID_TOKEN_REQUEST_URL: standIn.oidcUrl,
        SIGNING_KEY: signingKey,
      }),
      timeoutMs: 180_000,
    },
  );
  expect({ exitCode: result.exitCode, errors: result.errors }).toEqual({ exitCode: 0, errors: [] });
  expect(result.outputs.digest).toBe(imageDigest);
  expect(result.outputs['signature-digest']).toMatch(/^sha256:/);
  expect(standIn.seen).toEqual(expect.arrayContaining(['GET /oidc', 'POST / AssumeRoleWithWebIdentity']));
  expectMasked(result, [
    ...ENV_AWS,
    SECRETS.oidcToken,
    ...ASSUMED,
    ecrToken,
    SECRETS.ecrPassword,
    SECRETS.signingPassword,
    ...signingKeyLines,
  ]);
  expectNoLeak(result, ALL, [work, runnerTemp]);
});

test('publish-package: OIDC role, publish to the store; nothing unmasked', async () => {
  const result = await runActionAsGitHub(
    actionYml('publish-package'),
    { path: join(work, 'lib.tgz'), 'role-to-assume': ROLE },
    {
      cwd: work,
      env: jobEnv({
        AWS_ENDPOINT_URL_S3: s3.endpoint,
        AWS_ENDPOINT_URL_STS: s3StandIn.url,
        ACTIONS_ID_TOKEN_REQUEST_URL: s3StandIn.oidcUrl,
      }),
      timeoutMs: 120_000,
    },
  );
  expect({ exitCode: result.exitCode, errors: result.errors }).toEqual({ exitCode: 0, errors: [] });
  expect(result.outputs.version).toBe('1.0.0');
  expectMasked(result, [...ENV_AWS, SECRETS.oidcToken, SECRETS.assumedSessionToken]);
  expectNoLeak(result, ALL, [work, runnerTemp]);
});

test('scan-gate: registry credentials and AWS keys; nothing unmasked', async () => {
  const result = await runActionAsGitHub(
    actionYml('scan-gate'),
    {
      image: `${registry.host}/shop/api@${imageDigest}`,
      registry: registry.url,
      // A scan of this digest (the report names it), so the gate goes on to the registry with the credentials.
      report: grypeReportOf(`${registry.host}/shop/api@${imageDigest}`, imageDigest, join(work, 'grype.json')),
      // So that it reads the registry (the signatures) with the credentials.
      'require-signature': 'true',
    },
    {
      cwd: work,
      env: jobEnv({ REGISTRY_USERNAME: 'AWS', REGISTRY_PASSWORD: SECRETS.ecrPassword }),
      timeoutMs: 120_000,
    },
  );
  // The gate may pass or fail on the report; either way it ran to a verdict.
  expect(result.outputs.passed).toMatch(/^(true|false)$/);
  // The counts are set only with a verdict (not when the run stops before the registry).
  expect(result.outputs.critical).toMatch(/^\d+$/);
  expectMasked(result, [SECRETS.ecrPassword]);
  expectNoLeak(result, ALL, [work, runnerTemp]);
});

test('provision-repo: OIDC role, plan against the AWS stand-in; nothing unmasked', async () => {
  const result = await runActionAsGitHub(
    actionYml('provision-repo'),
    // The registry part of the policy: the stand-in's S3 answers only object requests (s3rver's own key).
    { mode: 'plan', 'role-to-assume': ROLE, 'iam-output': join(runnerTemp, 'iam'), policy: 'provision-policy.yml' },
    {
      cwd: work,
      env: jobEnv({ AWS_ENDPOINT_URL: standIn.url, ACTIONS_ID_TOKEN_REQUEST_URL: standIn.oidcUrl }),
      timeoutMs: 120_000,
    },
  );
  expect({ exitCode: result.exitCode, errors: result.errors }).toEqual({ exitCode: 0, errors: [] });
  expectMasked(result, [...ENV_AWS, SECRETS.oidcToken, ...ASSUMED]);
  expectNoLeak(result, ALL, [work, runnerTemp]);
});

test('an AWS AccessDenied that echoes the request: the refusal is passed on, the credentials are not', async () => {
  const result = await runActionAsGitHub(
    actionYml('publish-package'),
    { path: join(work, 'lib.tgz') },
    { cwd: work, env: jobEnv({ AWS_ENDPOINT_URL_S3: `${s3StandIn.url}/deny` }), timeoutMs: 120_000 },
  );
  expect(result.exitCode).toBe(1);
  expect(result.errors.join('\n')).toMatch(/AccessDenied|Access Denied/);
  expectMasked(result, ENV_AWS);
  expectNoLeak(result, ALL, [work, runnerTemp]);
});

describe('a registry whose 401 body echoes the credentials', () => {
  let echo: Server;
  let echoUrl: string;
  beforeAll(async () => {
    echo = createServer((req, res) => {
      const auth = String(req.headers.authorization ?? '');
      const decoded = auth.startsWith('Basic ') ? Buffer.from(auth.slice(6), 'base64').toString('utf8') : auth;
      res
        .writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Basic realm="echo"' })
        .end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: `bad credentials ${decoded} (${auth})` }] }));
    });
    await new Promise<void>((r) => echo.listen(0, '127.0.0.1', r));
    echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => echo.close(() => r())));

  test('build-sign-push fails naming the registry, without the password', async () => {
    const result = await runActionAsGitHub(
      actionYml('build-sign-push'),
      { service: 'api', source: `oci:${join(work, 'layout')}:v1`, registry: echoUrl, sign: 'false' },
      {
        cwd: work,
        env: jobEnv({ REGISTRY_USERNAME: 'AWS', REGISTRY_PASSWORD: SECRETS.ecrPassword }),
        timeoutMs: 120_000,
      },
    );
    expect(result.exitCode).toBe(1);
    expect(result.errors.join('\n')).toContain(echoUrl.replace('http://', ''));
    expectMasked(result, [SECRETS.ecrPassword]);
    expectNoLeak(result, [...ALL, Buffer.from(`AWS:${SECRETS.ecrPassword}`).toString('base64')], [work, runnerTemp]);
  });
});

test('the leak check itself: a secret printed before its ::add-mask::, or written to the summary, is caught', () => {
  const base: ActionRunResult = {
    exitCode: 0,
    signal: null,
    stdout: '',
    stderr: '',
    outputs: {},
    summary: '',
    masked: [],
    errors: [],
  };
  const empty = mkdtempSync(join(tmpdir(), 'reliability-leak-check-'));
  try {
    expect(() =>
      expectNoLeak({ ...base, stdout: 'token s3cr3t-value\n::add-mask::s3cr3t-value\n' }, ['s3cr3t-value'], [empty]),
    ).toThrow();
    expect(() => expectNoLeak({ ...base, summary: 'key s3cr3t-value' }, ['s3cr3t-value'], [empty])).toThrow();
    writeFileSync(join(empty, 'out.txt'), 'x s3cr3t-value');
    expect(() => expectNoLeak(base, ['s3cr3t-value'], [empty])).toThrow();
    rmSync(join(empty, 'out.txt'));
    expect(() =>
      expectNoLeak({ ...base, stdout: '::add-mask::s3cr3t-value\nuses s3cr3t-value\n' }, ['s3cr3t-value'], [empty]),
    ).not.toThrow();
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});
