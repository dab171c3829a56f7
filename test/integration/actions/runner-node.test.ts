import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runActionAsGitHub, runnerNode } from '../../../scripts/action-runner';
import { actionNames, ROOT } from '../../../scripts/actions';

// Every action declares `runs.using: node24`: its committed bundle must run under Node 24 in the tests and the
// demo, as on the runner, whatever Node runs jest. A preload in the bundle's own process records which Node it is.
let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'runner-node-'));
  writeFileSync(
    join(work, 'record-node.cjs'),
    "require('node:fs').writeFileSync(process.env.RECORD_NODE_TO, `${process.version} ${process.execPath}`);\n",
  );
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

test.each(actionNames())('the %s bundle runs under Node 24', async (name) => {
  const record = join(work, `${name}.txt`);
  const result = await runActionAsGitHub(
    join(ROOT, 'actions', name, 'action.yml'),
    { policy: join(work, 'no-such-policy.yml') },
    { cwd: work, env: { NODE_OPTIONS: `--require ${join(work, 'record-node.cjs')}`, RECORD_NODE_TO: record } },
  );
  expect(result.exitCode).toBe(1);
  expect(result.errors.length).toBeGreaterThan(0);
  const [version, execPath] = readFileSync(record, 'utf8').split(' ');
  expect(version).toMatch(/^v24\./);
  expect(execPath).toBe(runnerNode('node24'));
});

test('an action for a Node without a binary here is refused, not run under another Node', () => {
  expect(() => runnerNode('node20')).toThrow(/runs.using node20: only node24/);
});
