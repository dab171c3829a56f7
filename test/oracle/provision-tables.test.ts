import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PolicyDocument, PolicyStatement } from '../../actions/provision-repo/src/documents';
import { oraclePairs } from './tables';
import { provisionRequests } from './provision-calls';
import { provisionSection } from './report';
import {
  decideProvisionRequests,
  provisionCountsOf,
  provisionTables,
  registryRoleDocument,
  type ProvisionRow,
  type ProvisionTables,
} from './provision-tables';

const ROOT = join(__dirname, '..', '..');
const pairs = oraclePairs(ROOT);
const show = (r: ProvisionRow) =>
  `${r.caller} -> ${r.owner}: ${r.request.role} ${r.request.command} = ${r.request.action} ${r.request.resource} ${JSON.stringify(r.request.context)}: ${r.decision.result} ${r.decision.explanation}`;

let tables: ProvisionTables[];
beforeAll(async () => {
  tables = [];
  for (const pair of pairs) tables.push(await provisionTables(pair));
}, 120_000);
const tablesOf = (name: string) => tables.find((t) => t.pair.name === name)!;

describe.each(pairs.map((p) => p.name))('%s: provision-repo roles', (name) => {
  test("table 1: every plan and apply call for the role's own system is allowed", () => {
    const { own } = tablesOf(name);
    expect(own.length).toBeGreaterThan(0);
    expect(own.filter((r) => !r.decision.allowed).map(show)).toEqual([]);
  });

  test("table 2: the same calls by the other system's roles are denied", () => {
    const { other } = tablesOf(name);
    expect(other.filter((r) => !r.request.shared).length).toBeGreaterThan(0);
    expect(other.filter((r) => !r.request.shared && r.decision.allowed).map(show)).toEqual([]);
    expect(other.filter((r) => r.decision.result === 'Invalid').map(show)).toEqual([]);
  });

  test('every context key of every call applies to its action', () => {
    const { own } = tablesOf(name);
    expect(own.filter((r) => r.decision.ignoredContextKeys.length > 0).map(show)).toEqual([]);
  });

  test('the calls cover the writes that need ABAC: creation with tags, retagging, repository settings', () => {
    const { pair, own } = tablesOf(name);
    const commands = new Set(own.map((r) => r.request.command));
    const lifecycle = pair.systems[0].desired.repositories.some((r) => r.lifecyclePolicy);
    const expected = [
      'CreateRepository',
      'TagResource',
      'PutImageTagMutability',
      ...(lifecycle ? ['PutLifecyclePolicy'] : []),
    ];
    const { registry, iam } = pair.systems[0].policy;
    if (iam.createPolicies) expected.push('CreatePolicy', 'GetPolicy');
    if (registry.encryption.kmsKey?.includes('alias/')) expected.push('DescribeKey');
    for (const c of expected) expect(commands).toContain(c);
    if (registry.templateRoleArn) expect(own.map((r) => r.request.action)).toContain('iam:PassRole');
  });
});

/** The document with the Condition of the statements named taken out. */
function withoutConditions(doc: PolicyDocument, sids: string[]): PolicyDocument {
  const open = (s: PolicyStatement) => (sids.includes(s.Sid) ? { ...s, Condition: undefined } : s);
  return JSON.parse(JSON.stringify({ ...doc, Statement: doc.Statement.map(open) })) as PolicyDocument;
}

describe('the tables can fail', () => {
  const pair = pairs.find((p) => p.name === 'piksel / piksel-dev')!;
  const [piksel, dev] = pair.systems;

  test("without ABAC, piksel-dev's apply role creates, retags and reconfigures piksel's repositories", async () => {
    // piksel-dev names its repositories piksel-dev/*: give it piksel's names too, as a mirror target would.
    const open = (role: 'registry-plan' | 'registry-apply') => {
      const doc = withoutConditions(registryRoleDocument(dev, role) as PolicyDocument, [
        'SystemRepositories',
        'CreateTaggedForSystem',
        'RetagOwnRepositories',
      ]);
      const mine = (registryRoleDocument(piksel, role) as PolicyDocument).Statement;
      for (const s of doc.Statement) {
        const same = mine.find((m) => m.Sid === s.Sid);
        if (same?.Resource && s.Sid !== 'SystemIamPolicies') s.Resource = same.Resource;
      }
      return doc;
    };
    const requests = await provisionRequests(piksel);
    const rows = await decideProvisionRequests(pair, piksel, dev, requests, { identity: open });
    const allowed = new Set(rows.filter((r) => !r.request.shared && r.decision.allowed).map((r) => r.request.command));
    expect([...allowed].sort()).toEqual(
      expect.arrayContaining(['CreateRepository', 'PutImageTagMutability', 'PutLifecyclePolicy', 'TagResource']),
    );
  });

  test("with its tag conditions, the same role is refused even on repositories named like piksel's", async () => {
    const named = (role: 'registry-plan' | 'registry-apply') => {
      const doc = registryRoleDocument(dev, role) as PolicyDocument;
      const mine = (registryRoleDocument(piksel, role) as PolicyDocument).Statement;
      for (const s of doc.Statement) {
        const same = mine.find((m) => m.Sid === s.Sid);
        if (same?.Resource && s.Sid !== 'SystemIamPolicies') s.Resource = same.Resource;
      }
      return doc;
    };
    const requests = await provisionRequests(piksel);
    const rows = await decideProvisionRequests(pair, piksel, dev, requests, { identity: named });
    const allowed = rows.filter((r) => !r.request.shared && r.decision.allowed).map((r) => r.request.command);
    // The ownership reads (listed apart) get through, as they must to name piksel as the owner; nothing else.
    expect([...new Set(allowed)]).toEqual([]);
  });
});

test('the counts in docs/iam-setup.md are those of the tables, and every one holds', () => {
  const counts = provisionCountsOf(tables);
  const squeeze = (s: string) => s.replace(/ +/g, ' ').replace(/-{3,}/g, '---');
  expect(squeeze(readFileSync(join(ROOT, 'docs', 'iam-setup.md'), 'utf8'))).toContain(
    squeeze(provisionSection(counts)),
  );
  for (const c of counts) expect([c.ownAllowed, c.otherDenied]).toEqual([c.own, c.other]);
});

test('least privilege: every action the two roles are granted is called by some plan or apply the oracle runs', () => {
  const granted = new Set<string>();
  const called = new Set(tables.flatMap((t) => t.own.map((r) => r.request.action)));
  for (const { pair } of tables) {
    for (const system of pair.systems) {
      for (const role of ['registry-plan', 'registry-apply'] as const) {
        const doc = registryRoleDocument(system, role) as PolicyDocument;
        for (const s of doc.Statement) for (const a of [s.Action].flat()) granted.add(a);
      }
    }
  }
  // Reached only in situations the runs above do not build: pruning, a removed lifecycle, an upstream or template
  // changed in place, a managed policy's second version.
  expect([...granted].filter((a) => !called.has(a)).sort()).toEqual([
    'ecr:DeleteLifecyclePolicy',
    'ecr:DeleteRepository',
    'ecr:UpdatePullThroughCacheRule',
    'ecr:UpdateRepositoryCreationTemplate',
    'iam:CreatePolicyVersion',
    'iam:DeletePolicyVersion',
    'iam:ListPolicyVersions',
  ]);
});
