import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runActionAsGitHub } from '../../../scripts/action-runner';
import { actionNames, ROOT } from '../../../scripts/actions';

// `uses: org/artifacts/<name>@v1` and `uses: org/artifacts/actions/<name>@v1` must run the same code.
const names = actionNames();

test('there is an alias for each of the four actions', () => {
  expect(names).toEqual(['build-sign-push', 'provision-repo', 'publish-package', 'scan-gate']);
});

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

  test('the alias runs through the runner exactly as the real action does', async () => {
    // No policy file here: both must reach the action's own code and fail with its ConfigurationError.
    const inputs: Record<string, string> = { policy: 'does-not-exist/artifact-policy.yml' };
    if (name === 'build-sign-push') inputs.service = 'api';
    if (name === 'publish-package') inputs.path = 'nothing-*.jar';
    if (name === 'scan-gate') inputs.image = `repo@sha256:${'a'.repeat(64)}`;
    const env = {
      AWS_REGION: 'eu-central-1',
      AWS_ACCESS_KEY_ID: 'x',
      AWS_SECRET_ACCESS_KEY: 'y',
      AWS_EC2_METADATA_DISABLED: 'true',
    };
    const [viaReal, viaAlias] = await Promise.all([
      runActionAsGitHub(real, inputs, { env, cwd: ROOT }),
      runActionAsGitHub(alias, inputs, { env, cwd: ROOT }),
    ]);
    expect(viaAlias.stderr).not.toMatch(/Cannot find module/);
    expect(viaAlias.exitCode).toBe(viaReal.exitCode);
    expect(viaAlias.errors).toEqual(viaReal.errors);
    expect(viaAlias.outputs).toEqual(viaReal.outputs);
    expect(viaReal.errors.join('\n')).toMatch(/does-not-exist\/artifact-policy\.yml|not implemented yet/);
  });
});

test('the repository root is not an action that can be used by mistake', () => {
  const root = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
  expect(root.runs.using).toBe('composite');
  const script: string = root.runs.steps[0].run;
  expect(script).toContain('exit 1');
  for (const n of names) expect(script).toContain(`org/artifacts/${n}@`);
});
