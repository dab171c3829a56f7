import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../actions';
import { parsePolicy } from '../../shared/src/policy/loader';
import { usesProblems } from '../docs-workflows';
import { isExcusedProblem } from '../lint-workflows';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  permissions?: Record<string, string>;
  needs?: string | string[];
  steps?: Step[];
  uses?: string;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
}

const REUSABLE = ['bootstrap-registry.yml', 'container-release.yml', 'package-release.yml'];
const COLLECTION = './.artifacts-collection/';

function workflow(name: string): Workflow {
  return parse(readFileSync(join(ROOT, '.github', 'workflows', name), 'utf8')) as Workflow;
}

function actionOf(step: Step): string {
  return (step.uses ?? '').split('@')[0];
}

describe('package-release.yml: the caller build never runs where the publish token can be minted', () => {
  const wf = workflow('package-release.yml');
  const build = wf.jobs.build;
  const publish = wf.jobs.publish;

  test('the build job runs the build command, has no id-token, and uploads the files', () => {
    expect(build.permissions).toEqual({ contents: 'read' });
    expect(build.steps?.some((s) => s.env?.BUILD_COMMAND === '${{ inputs.build-command }}')).toBe(true);
    expect(build.steps?.map(actionOf)).toContain('actions/upload-artifact');
  });

  test('the publish job has id-token, needs the build, and downloads what the build uploaded', () => {
    expect(publish.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(publish.needs).toBe('build');
    const upload = build.steps?.find((s) => actionOf(s) === 'actions/upload-artifact');
    const download = publish.steps?.find((s) => actionOf(s) === 'actions/download-artifact');
    expect(download?.with?.name).toBe(upload?.with?.name);
  });

  test('the publish job runs nothing of the caller: only its policy file is checked out, no build command', () => {
    const steps = publish.steps ?? [];
    const text = JSON.stringify(steps);
    expect(text).not.toMatch(/build-command|BUILD_COMMAND|files-from/);
    expect(steps.map(actionOf).filter(Boolean)).toEqual([
      'actions/checkout',
      'actions/download-artifact',
      'actions/checkout',
      `${COLLECTION}actions/publish-package`,
    ]);
    expect(steps[0].with).toMatchObject({
      'sparse-checkout': '${{ inputs.policy }}',
      'sparse-checkout-cone-mode': false,
    });
    // Its one shell step only compares the policy file with the commit.
    const runs = steps.filter((s) => s.run).map((s) => s.run ?? '');
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatch(/git diff --quiet -- "\$POLICY"/);
  });
});

describe('package-release.yml: staging keeps each file at its path', () => {
  const stage = workflow('package-release.yml').jobs.build.steps?.find((s) => s.name?.startsWith('Stage'));
  let tmp: string;
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'stage-'));
    for (const f of ['target/lib-1.0.jar', 'target/lib-1.0-sources.jar', 'pom.xml', 'dist/a-1.0-py3-none-any.whl']) {
      mkdirSync(dirname(join(tmp, 'work', f)), { recursive: true });
      writeFileSync(join(tmp, 'work', f), f);
    }
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  function runStage(files: string): void {
    execFileSync('bash', ['-e', '-c', stage?.run ?? 'exit 9'], {
      cwd: join(tmp, 'work'),
      env: { PATH: process.env.PATH, FILES: files, STAGE: join(tmp, 'stage') },
      stdio: 'pipe',
    });
  }

  test.each([
    ['target/*.jar\npom.xml\n', ['target/lib-1.0.jar', 'target/lib-1.0-sources.jar', 'pom.xml']],
    ['dist/*', ['dist/a-1.0-py3-none-any.whl']],
    ['**/*.whl', ['dist/a-1.0-py3-none-any.whl']],
  ])('%j', (files, staged) => {
    runStage(files);
    for (const f of staged) expect(readFileSync(join(tmp, 'stage', f), 'utf8')).toBe(f);
    expect(existsSync(join(tmp, 'stage', 'dist', 'a-1.0-py3-none-any.whl'))).toBe(
      staged.some((f) => f.endsWith('whl')),
    );
  });

  test('a pattern that matches nothing fails the job', () => {
    expect(() => runStage('build/*.zip')).toThrow(/matched no files/);
  });
});

describe('reusable workflows run the actions of the repository and commit they were called at', () => {
  test.each(REUSABLE)('%s', (name) => {
    const wf = workflow(name);
    expect(Object.keys(wf.on)).toEqual(['workflow_call']);
    for (const job of Object.values(wf.jobs)) {
      const steps = job.steps ?? [];
      steps.forEach((step, i) => {
        // No owner-qualified action of this collection (`org/artifacts/...@v1`): it would float.
        expect(step.uses ?? '').not.toMatch(/^[^./][^/]*\/artifacts\//);
        if (!step.uses?.startsWith(COLLECTION)) return;
        expect(existsSync(join(ROOT, step.uses.slice(COLLECTION.length), 'action.yml'))).toBe(true);
        // Its inputs are the action's, read from its action.yml as the documentation's snippets are.
        const published = `org/artifacts/${step.uses.slice(`${COLLECTION}actions/`.length)}@v1`;
        expect(usesProblems(`${name} step ${i + 1}`, published, step.with)).toEqual([]);
        const checkout = steps.slice(0, i).find((s) => s.with?.path === '.artifacts-collection');
        expect(checkout?.with).toMatchObject({
          repository: '${{ job.workflow_repository }}',
          ref: '${{ job.workflow_sha }}',
        });
      });
    }
  });
});

describe('actionlint: exactly the job context properties it does not know yet are excused', () => {
  const jobType = '{container: {id: string; network: string}; services: {}; status: string}';
  test.each([
    [`property "workflow_repository" is not defined in object type ${jobType}`, 'expression', true],
    [`property "workflow_sha" is not defined in object type ${jobType}`, 'expression', true],
    [`property "workflow_ref" is not defined in object type ${jobType}`, 'expression', false],
    ['property "workflow_sha" is not defined in object type {action: string; sha: string}', 'expression', false],
    [`property "workflow_sha" is not defined in object type ${jobType}`, 'syntax-check', false],
  ])('%s (%s) -> %s', (message, kind, excused) => {
    expect(isExcusedProblem({ message, kind })).toBe(excused);
  });
});

describe('keyless signatures made through container-release.yml carry its identity', () => {
  // Fulcio puts https://github.com/<job_workflow_ref> into the certificate; for a job of a reusable workflow that
  // is the reusable workflow at the ref it was called at, not the caller's workflow.
  const identityOf = (uses: string, owner: string) =>
    `https://github.com/${uses.replace(/^org\//, `${owner}/`).replace(/@(v\d+)$/, '@refs/tags/$1')}`;

  test('artifact-registry-pattern trusts the identity its own release path produces, not the caller', () => {
    const dir = join(ROOT, 'examples', 'artifact-registry-pattern');
    const caller = parse(readFileSync(join(dir, 'workflows', 'service.yml'), 'utf8')) as Workflow;
    const uses = Object.values(caller.jobs).find((j) => j.uses?.includes('container-release.yml'))?.uses ?? '';
    expect(identityOf(uses, 'acme')).toBe(
      'https://github.com/acme/artifacts/.github/workflows/container-release.yml@refs/tags/v1',
    );
    const policy = parsePolicy(readFileSync(join(dir, 'artifact-policy.yml'), 'utf8'), 'artifact-policy.yml');
    const subjects = (policy.signing.trust?.keyless ?? []).map((k) => new RegExp(k.subject));
    const trusted = (identity: string) => subjects.some((s) => s.test(identity));
    expect(trusted(identityOf(uses, 'acme'))).toBe(true);
    expect(trusted('https://github.com/acme/storefront-cart/.github/workflows/release.yml@refs/tags/v1.0.0')).toBe(
      false,
    );
    expect(trusted(identityOf(uses.replace('@v1', '@main'), 'acme'))).toBe(false);
  });
});
