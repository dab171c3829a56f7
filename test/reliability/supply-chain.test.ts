import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runActionAsGitHub, runnerNode, type ActionRunResult } from '../../scripts/action-runner';
import { startAwsFront, type AwsFront } from '../fakes/http';
import { npmTarball } from '../../shared/test/packages/npm-tarball';
import { generateImage, writeOciLayout } from '../utils/images';
import { startRegistry, type LocalRegistry } from '../utils/registry';
import { startS3, type LocalS3 } from '../utils/s3';
import { grypeReportOf, policyText } from './support';

/**
 * No network at run time other than AWS, the registry and the store: each action's committed bundle runs a whole
 * job against servers on 127.0.0.1 with a preload that records every outbound connection and DNS lookup, and
 * every one must have gone to this machine (no binary, database or trust-root download).
 */

jest.setTimeout(240_000);

const ROOT = resolve(__dirname, '..', '..');
const GUARD = join(ROOT, 'test', 'utils', 'network-guard.cjs');
const LOCAL = new Set(['127.0.0.1', 'localhost', '::1']);

interface GuardEntry {
  kind: 'connect' | 'lookup';
  host: string;
  port?: number;
}

let registry: LocalRegistry;
let s3: LocalS3;
let localAws: AwsFront;
let work: string;
let layoutSource: string;
let imageDigest: string;
const pair = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });

beforeAll(async () => {
  [registry, s3] = await Promise.all([startRegistry({ auth: true }), startS3('artifacts-test')]);
  localAws = await startAwsFront({ s3Endpoint: s3.endpoint, buckets: [] });
  work = mkdtempSync(join(tmpdir(), 'reliability-supply-chain-'));
  writeFileSync(join(work, 'trusted.pub'), pair.publicKey.export({ format: 'pem', type: 'spki' }));
  mkdirSync(join(work, '.github'));
  writeFileSync(
    join(work, '.github', 'artifact-policy.yml'),
    policyText({ services: ['api'], signing: ['method: key', 'key: env://SIGNING_KEY'], packages: true }),
  );
  // scan-gate verifies against the public key only: no Sigstore trust root to fetch.
  writeFileSync(
    join(work, 'scan-policy.yml'),
    policyText({ services: ['api'], signing: ['required: true', "trust: { publicKeys: ['file://trusted.pub'] }"] }),
  );
  writeFileSync(join(work, 'provision-policy.yml'), policyText({ services: ['api', 'worker'] }));
  const image = await generateImage({ layers: [{ 'app/main.js': 'console.log("supply chain")' }] });
  writeOciLayout(join(work, 'layout'), { images: [image], refName: 'v1' });
  layoutSource = `oci:${join(work, 'layout')}:v1`;
  imageDigest = image.manifest.descriptor.digest;
  writeFileSync(join(work, 'lib.tgz'), await npmTarball({ name: '@acme/lib', version: '1.0.0' }));
});

afterAll(async () => {
  await Promise.all([registry?.stop(), s3?.stop(), localAws?.stop()]);
  if (work) rmSync(work, { recursive: true, force: true });
});

async function guarded(
  action: string,
  inputs: Record<string, string>,
  env: Record<string, string>,
): Promise<{ result: ActionRunResult; entries: GuardEntry[] }> {
  const log = join(work, `network-${action}-${Date.now()}.log`);
  const result = await runActionAsGitHub(join(ROOT, 'actions', action, 'action.yml'), inputs, {
    cwd: work,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? tmpdir(),
      NODE_OPTIONS: `--require ${GUARD}`,
      NETWORK_GUARD_LOG: log,
      AWS_REGION: 'eu-central-1',
      AWS_EC2_METADATA_DISABLED: 'true',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/tags/v1.0.0',
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_WORKSPACE: work,
      ...env,
    },
    timeoutMs: 180_000,
  });
  const entries = existsSync(log)
    ? readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as GuardEntry)
    : [];
  return { result, entries };
}

function expectLocalOnly(entries: GuardEntry[]): void {
  // The guard saw the job's own traffic (so it was loaded), and all of it stayed on this machine.
  expect(entries.filter((e) => e.kind === 'connect').length).toBeGreaterThan(0);
  expect(entries.filter((e) => !LOCAL.has(e.host))).toEqual([]);
}

test('build-sign-push: push and sign an OCI layout', async () => {
  const { result, entries } = await guarded(
    'build-sign-push',
    { service: 'api', source: layoutSource, registry: registry.url },
    {
      REGISTRY_USERNAME: registry.username!,
      REGISTRY_PASSWORD: registry.password!,
      SIGNING_KEY: pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    },
  );
  expect({ exitCode: result.exitCode, errors: result.errors }).toEqual({ exitCode: 0, errors: [] });
  expect(result.outputs['signature-digest']).toMatch(/^sha256:/);
  expectLocalOnly(entries);
});

test('publish-package: an npm package to the store', async () => {
  const { result, entries } = await guarded('publish-package', { path: join(work, 'lib.tgz') }, s3.env);
  expect({ exitCode: result.exitCode, errors: result.errors }).toEqual({ exitCode: 0, errors: [] });
  expectLocalOnly(entries);
});

test('scan-gate: a report and the signature check against the registry', async () => {
  const { result, entries } = await guarded(
    'scan-gate',
    {
      image: `${registry.host}/shop/api@${imageDigest}`,
      registry: registry.url,
      policy: 'scan-policy.yml',
      // A scan of this digest (the report names it), so the gate goes on to check the signature on the registry.
      report: grypeReportOf(`${registry.host}/shop/api@${imageDigest}`, imageDigest, join(work, 'grype.json')),
    },
    { REGISTRY_USERNAME: registry.username!, REGISTRY_PASSWORD: registry.password! },
  );
  // A verdict was reached (the report has a critical finding, so it fails the gate), with no download.
  expect(result.outputs.passed).toMatch(/^(true|false)$/);
  // The counts are set only with a verdict (not when the run stops before the registry).
  expect(result.outputs.critical).toMatch(/^\d+$/);
  expectLocalOnly(entries);
});

test('provision-repo: a plan against the AWS stand-in', async () => {
  const { result, entries } = await guarded(
    'provision-repo',
    { mode: 'plan', policy: 'provision-policy.yml', 'iam-output': join(work, 'iam') },
    { AWS_ENDPOINT_URL: localAws.url, AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local' },
  );
  expect({ exitCode: result.exitCode, errors: result.errors }).toEqual({ exitCode: 0, errors: [] });
  expectLocalOnly(entries);
});

test('the guard itself: a connection elsewhere (another loopback address here) is recorded and caught', () => {
  const log = join(work, 'network-self-test.log');
  execFileSync(runnerNode(), ['-e', "require('node:net').connect(9, '127.0.0.2').on('error', () => undefined)"], {
    env: { PATH: process.env.PATH, NODE_OPTIONS: `--require ${GUARD}`, NETWORK_GUARD_LOG: log },
  });
  const entries = readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as GuardEntry);
  expect(entries).toContainEqual(expect.objectContaining({ kind: 'connect', host: '127.0.0.2' }));
  expect(() => expectLocalOnly(entries)).toThrow();
});
