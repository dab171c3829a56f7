import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { parse } from 'yaml';
import { runActionAsGitHub, type ActionRunResult } from '../../../scripts/action-runner';
import { actionNames, ROOT } from '../../../scripts/actions';
import { startAwsFront, type AwsFront } from '../../fakes/http';
import { generateImage, writeOciLayout } from '../../utils/images';
import { startRegistry, type LocalRegistry } from '../../utils/registry';
import { startS3, type LocalS3 } from '../../utils/s3';

// `uses: org/artifacts/<name>@v1` and `uses: org/artifacts/actions/<name>@v1` must run the same code: each
// alias runs through the runner as GitHub runs it (inputs in, outputs out), beside the real action.
const names = actionNames();

const POLICY = `version: 1
system: shop
region: eu-central-1
resourceTags: {Project: shop, Environment: shared, Purpose: artifacts, ManagedBy: artifacts, Owner: platform}
registry:
  layout: per-service
  services: [api]
tags:
  release: '{service}-{version}'
  development: '{service}-{branch}-{sha7}'
packages:
  bucket: alias-store
`;

let registry: LocalRegistry;
let s3: LocalS3;
let aws: AwsFront;
let workspace: string;
let env: Record<string, string>;
const inputsFor: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  [registry, s3] = await Promise.all([startRegistry({ auth: true }), startS3('alias-store')]);
  aws = await startAwsFront({ s3Endpoint: s3.endpoint, buckets: ['alias-store'] });
  workspace = mkdtempSync(join(tmpdir(), 'aliases-'));
  mkdirSync(join(workspace, '.github'));
  writeFileSync(join(workspace, '.github', 'artifact-policy.yml'), POLICY);
  const image = await generateImage({ layers: [{ 'hello.txt': 'hello from the alias test\n' }] });
  writeOciLayout(join(workspace, 'layout'), { images: [image], refName: 'latest' });
  writeFileSync(join(workspace, 'bundle.zip'), zipSync({ 'deploy.yaml': new TextEncoder().encode('replicas: 1\n') }));
  writeFileSync(
    join(workspace, 'trivy.json'),
    JSON.stringify({
      SchemaVersion: 2,
      // The report names the gated digest, as a scan by digest writes it.
      ArtifactName: `shop/api@sha256:${'a'.repeat(64)}`,
      Results: [{ Target: 'shop/api', Vulnerabilities: [] }],
    }),
  );
  env = {
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    AWS_REGION: 'eu-central-1',
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_ENDPOINT_URL_ECR: aws.url,
    AWS_ENDPOINT_URL_STS: aws.url,
    AWS_ENDPOINT_URL_S3: aws.url,
    REGISTRY_USERNAME: registry.username!,
    REGISTRY_PASSWORD: registry.password!,
  };
  inputsFor['build-sign-push'] = { service: 'api', source: 'oci:layout', registry: registry.url };
  inputsFor['publish-package'] = {
    type: 'zip',
    path: 'bundle.zip',
    name: 'bundle',
    version: '1.0.0',
    'base-url': `${s3.endpoint}/alias-store`,
  };
  inputsFor['scan-gate'] = {
    image: `shop/api@sha256:${'a'.repeat(64)}`,
    source: 'report',
    report: 'trivy.json',
    'require-signature': 'false',
  };
  inputsFor['provision-repo'] = { mode: 'plan' };
  // The endpoint outlives the step: each run's post step stops it. Nothing is written to this machine's HOME.
  inputsFor['setup-package-store'] = { configure: 'false' };
});

afterAll(async () => {
  await aws?.stop();
  await Promise.all([registry?.stop(), s3?.stop()]);
  rmSync(workspace, { recursive: true, force: true });
});

test('there is an alias for each of the five actions', () => {
  expect(names).toEqual(['build-sign-push', 'provision-repo', 'publish-package', 'scan-gate', 'setup-package-store']);
});

/** The outputs every run of an action sets, whichever spelling ran it. */
const EXPECTED_OUTPUTS: Record<string, string[]> = {
  'build-sign-push': ['digest', 'image-uri', 'tags', 'repository-uri'],
  'publish-package': ['name', 'version', 'urls', 'index-url'],
  'scan-gate': ['passed', 'critical', 'findings-file', 'sarif-file'],
  'provision-repo': ['plan', 'changes', 'repositories'],
  'setup-package-store': ['endpoint', 'pip-index-url', 'npm-registry-url', 'maven-repository-url'],
};

/** Runs an action's post step when its main step left state for one (setup-package-store's endpoint). */
async function runPost(actionYml: string, result: ActionRunResult): Promise<void> {
  if (!result.state?.['endpoint-pid']) return;
  const post = await runActionAsGitHub(actionYml, {}, { env, cwd: workspace, postState: result.state });
  expect(post.exitCode).toBe(0);
}

describe.each(names)('%s', (name) => {
  const real = join(ROOT, 'actions', name, 'action.yml');
  const alias = join(ROOT, name, 'action.yml');

  test('the alias declares the same interface and points at the same bundle', () => {
    const a = parse(readFileSync(real, 'utf8'));
    const b = parse(readFileSync(alias, 'utf8'));
    expect(b.inputs).toEqual(a.inputs);
    expect(b.outputs).toEqual(a.outputs);
    expect([b.name, b.description, b.branding]).toEqual([a.name, a.description, a.branding]);
    expect(join(ROOT, name, b.runs.main)).toBe(join(ROOT, 'actions', name, a.runs.main));
  });

  test('the alias runs through the runner: inputs in, the same outputs out as the real action', async () => {
    // The real action first; the alias is then a re-run, which must come to the same outputs.
    const viaReal: ActionRunResult = await runActionAsGitHub(real, inputsFor[name], { env, cwd: workspace });
    await runPost(real, viaReal);
    const viaAlias: ActionRunResult = await runActionAsGitHub(alias, inputsFor[name], { env, cwd: workspace });
    await runPost(alias, viaAlias);
    expect(viaReal.errors).toEqual([]);
    expect(viaReal.exitCode).toBe(0);
    expect(viaAlias.stderr).not.toMatch(/Cannot find module/);
    expect(viaAlias.errors).toEqual([]);
    expect(viaAlias.exitCode).toBe(0);
    for (const output of EXPECTED_OUTPUTS[name]) expect(viaAlias.outputs[output]).toBeTruthy();
    // Temporary files and the endpoint's port differ from run to run.
    const stable = (o: Record<string, string>) =>
      Object.fromEntries(
        Object.entries({ ...o, 'findings-file': undefined, 'sarif-file': undefined }).map(([k, v]) => [
          k,
          (v as string | undefined)?.replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:<port>'),
        ]),
      );
    expect(stable(viaAlias.outputs)).toEqual(stable(viaReal.outputs));
    expect(viaAlias.summary.length).toBeGreaterThan(0);
  });
});

test('the repository root is not an action that can be used by mistake', () => {
  const root = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
  expect(root.runs.using).toBe('composite');
  const script: string = root.runs.steps[0].run;
  expect(script).toContain('exit 1');
  for (const n of names) expect(script).toContain(`org/artifacts/${n}@`);
});
