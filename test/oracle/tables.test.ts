import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROLE_NAMES, type PolicyDocument, type PolicyStatement } from '../../actions/provision-repo/src/documents';
import { countsOf, oracleSection, pairTables, type PairTables } from './report';
import { decide } from './evaluate';
import { decideRequests, identityDocument, oraclePairs, principalOf, sharedBucketPolicy, type Row } from './tables';

const ROOT = join(__dirname, '..', '..');
const pairs = oraclePairs(ROOT);
const show = (r: Row) =>
  `${r.caller} -> ${r.owner}: ${r.request.role} ${r.request.action} ${r.request.resource} ${JSON.stringify(r.request.context)} (${r.request.why}): ${r.decision.result} ${r.decision.explanation}`;

let tables: PairTables[];
beforeAll(async () => {
  tables = await pairTables(ROOT);
}, 120_000);
const tablesOf = (name: string) => tables.find((t) => t.pair.name === name)!;

describe.each(pairs.map((p) => p.name))('%s, in one account and one bucket', (name) => {
  test("table 1: every role's requests for its own system are allowed", () => {
    const { own } = tablesOf(name);
    expect(own.length).toBeGreaterThan(0);
    expect(own.filter((r) => !r.decision.allowed).map(show)).toEqual([]);
  });

  test("table 2: the same requests by the other system's role are denied", () => {
    const { other } = tablesOf(name);
    expect(other.length).toBeGreaterThan(0);
    expect(other.filter((r) => r.decision.allowed).map(show)).toEqual([]);
    // Denied for the right reason: the simulator understood every request.
    expect(other.filter((r) => r.decision.result === 'Invalid').map(show)).toEqual([]);
  });

  test('every context key of every request applies to its action', () => {
    const { own } = tablesOf(name);
    expect(own.filter((r) => r.decision.ignoredContextKeys.length > 0).map(show)).toEqual([]);
  });

  test('least privilege: every action a role is granted is one it calls', () => {
    const { pair, own } = tablesOf(name);
    for (const system of pair.systems) {
      for (const role of ROLE_NAMES.filter((r) => own.some((row) => row.request.role === r))) {
        const doc = identityDocument(system, role) as PolicyDocument;
        const granted = doc.Statement.flatMap((s) => [s.Action].flat());
        const called = new Set(own.filter((r) => r.request.role === role).map((r) => r.request.action));
        expect({ role, unused: granted.filter((a) => !called.has(a)) }).toEqual({ role, unused: [] });
      }
    }
  });
});

/** The CI document before the permissions came from one list: the blueprint's push actions, no signing or scan. */
function ciPushBefore(current: PolicyDocument): PolicyDocument {
  const push = current.Statement.find((s) => s.Sid === 'EcrPush')!;
  const before: PolicyStatement[] = [
    {
      ...push,
      Action: [
        'ecr:PutImage',
        'ecr:BatchGetImage',
        'ecr:InitiateLayerUpload',
        'ecr:UploadLayerPart',
        'ecr:CompleteLayerUpload',
        'ecr:BatchCheckLayerAvailability',
        'ecr:BatchDeleteImage',
        'ecr:DescribeImages',
        'ecr:GetDownloadUrlForLayer',
      ],
    },
    { Sid: 'EcrAuthorizationToken', Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' },
    ...current.Statement.filter((s) => s.Sid.startsWith('Packages')),
  ];
  return { Version: '2012-10-17', Statement: before };
}

describe('the tables can fail', () => {
  test('the CI document of before (no Signer, no Inspector) fails table 1 for HLD011', async () => {
    const pair = pairs.find((p) => p.name === 'hld011-artifact-storage')!;
    const [billing] = pair.systems;
    const rows = await decideRequests(pair, billing, billing, {
      isolated: false,
      roles: ['ci-push'],
      identity: () => ciPushBefore(identityDocument(billing, 'ci-push') as PolicyDocument),
    });
    const denied = new Set(rows.filter((r) => !r.decision.allowed).map((r) => r.request.action));
    expect([...denied].sort()).toEqual(['inspector2:ListCoverage', 'inspector2:ListFindings', 'signer:SignPayload']);
  });

  test('a side file PUT without If-Match (how maven-metadata.xml checksums were written) is denied', async () => {
    const pair = pairs.find((p) => p.name === 'piksel / piksel-dev')!;
    const [piksel] = pair.systems;
    const rows = await decideRequests(pair, piksel, piksel, { isolated: true, roles: ['ci-push'] });
    const sideFile = rows.find((r) => r.request.resource.endsWith('/maven-metadata.xml.sha1'))!;
    expect(sideFile.decision.allowed).toBe(true);
    const { 's3:if-match': _etag, ...unconditional } = sideFile.request.context;
    const decision = await decide(
      { ...principalOf(piksel, 'ci-push'), ...sideFile.request, context: unconditional },
      { identity: [identityDocument(piksel, 'ci-push')], resource: sharedBucketPolicy(pair) },
    );
    expect(decision).toMatchObject({ allowed: false, result: 'ExplicitlyDenied' });
    expect(decision.explanation).toMatch(/ConditionalWritesOnly/);
  });

  test("without the ABAC condition, a neighbour's CI pushes into the repository both name (table 2 fails)", async () => {
    const pair = pairs.find((p) => p.name === 'piksel / piksel-dev')!;
    const [piksel, dev] = pair.systems;
    const withoutAbac = (): PolicyDocument => {
      const doc = identityDocument(dev, 'ci-push') as PolicyDocument;
      const open = (s: PolicyStatement): PolicyStatement => ({ ...s, Condition: undefined });
      const statements = doc.Statement.map((s) => (s.Sid === 'EcrPush' ? JSON.parse(JSON.stringify(open(s))) : s));
      return { ...doc, Statement: statements as PolicyStatement[] };
    };
    const rows = await decideRequests(pair, piksel, dev, { isolated: true, roles: ['ci-push'], identity: withoutAbac });
    expect(rows.filter((r) => r.decision.result === 'Invalid')).toEqual([]);
    expect(rows.filter((r) => r.decision.allowed).map((r) => r.request.action)).toContain('ecr:PutImage');
  });
});

describe("the consumer role: setup-package-store's reads", () => {
  const withBucket = pairs.filter((p) => p.systems[0].policy.packages.bucket).map((p) => p.name);

  test.each(withBucket)('%s: every install read is judged, and only reads are asked', (name) => {
    const { own, other } = tablesOf(name);
    const mine = own.filter((r) => r.request.role === 'consumer');
    expect(new Set(mine.map((r) => r.request.action))).toEqual(new Set(['s3:GetObject', 's3:ListBucket']));
    const keys = mine.map((r) => r.request.resource);
    for (const key of ['/python/simple/acme-lib/', '/npm/@acme/lib', '/maven/com/acme/lib/1.0.0/lib-1.0.0.jar.sha1'])
      expect(keys.some((k) => k.endsWith(key))).toBe(true);
    expect(other.filter((r) => r.request.role === 'consumer')).toHaveLength(mine.length);
  });

  test("the bucket policy alone keeps a neighbour's consumer out of the prefix, whatever its role grants", async () => {
    const pair = pairs.find((p) => p.name === 'piksel / piksel-dev')!;
    const [piksel, dev] = pair.systems;
    const bucket = piksel.policy.packages.bucket!;
    const wholeBucket = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: ['*'] }],
    };
    const rows = await decideRequests(pair, piksel, dev, {
      isolated: true,
      roles: ['consumer'],
      identity: () => wholeBucket,
    });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => !r.request.resource.startsWith(`arn:aws:s3:::${bucket}`))).toEqual([]);
    expect(rows.filter((r) => r.decision.result !== 'ExplicitlyDenied').map(show)).toEqual([]);
    expect(new Set(rows.flatMap((r) => r.decision.deniedBy))).toEqual(
      new Set(['ArtifactsPrefixIsolationForpikselDashdev', 'ArtifactsListIsolationForpikselDashdev']),
    );
  });
});

test('the counts in docs/iam-setup.md are those of the tables', () => {
  const section = oracleSection(countsOf(tables));
  // The page is prettier-formatted: compare with the columns' padding taken out.
  const squeeze = (s: string) => s.replace(/ +/g, ' ').replace(/-{3,}/g, '---');
  expect(squeeze(readFileSync(join(ROOT, 'docs', 'iam-setup.md'), 'utf8'))).toContain(squeeze(section));
  for (const c of countsOf(tables)) {
    expect(c.ownAllowed).toBe(c.own);
    expect(c.otherDenied).toBe(c.other);
  }
});
