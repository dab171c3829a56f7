import { CreateBucketCommand } from '@aws-sdk/client-s3';
import {
  STATEMENT_NAMES,
  bucketPolicyStatements,
  ownedStatements,
  sidSystemName,
  statementOwnership,
  statementSid,
} from '../../src/documents/bucket-policy';
import type { PolicyStatementJson } from '../../src/provision/types';
import type { FakeAws } from '../../../../test/fakes';
import { fakeAws, policyHead, policyOf, runProvision } from '../provision/fixtures';

/** Bucket-policy statements of systems sharing one bucket: exact, one-to-one Sids; nobody removes anyone else's. */

const BUCKET = 'shared-artifacts';
const PAIRS: [string, string][] = [
  ['piksel', 'piksel-dev'],
  ['a-b', 'a_b'],
];

const optionsFor = (system: string) => ({
  bucket: BUCKET,
  prefix: system,
  system,
  principalTagKey: 'Project',
  shared: true,
});

describe('Sids', () => {
  test.each([
    ['piksel', 'piksel'],
    ['piksel-dev', 'pikselDashdev'],
    ['a-b', 'aDashb'],
    ['a_b', 'aUnderscoreb'],
    ['a.b', 'aDotb'],
    ['adashb', 'adashb'],
  ])('%s is spelled %s', (system, spelled) => {
    expect(sidSystemName(system)).toBe(spelled);
    expect(statementSid('TlsOnly', system)).toBe(`ArtifactsTlsOnlyFor${spelled}`);
  });

  test.each(PAIRS)('%s and %s own none of each other’s statements', (x, y) => {
    const xs = bucketPolicyStatements(optionsFor(x));
    const ys = bucketPolicyStatements(optionsFor(y));
    const text = JSON.stringify({ Version: '2012-10-17', Statement: [...xs, ...ys] });
    expect(ownedStatements(text, statementOwnership(optionsFor(x)))).toEqual(xs);
    expect(ownedStatements(text, statementOwnership(optionsFor(y)))).toEqual(ys);
    // Only letters and digits, as IAM allows in a Sid.
    for (const s of [...xs, ...ys]) expect(s.Sid).toMatch(/^[A-Za-z0-9]+$/);
  });

  test.each(PAIRS)('legacy-named statements: %s and %s each recognise only their own', (x, y) => {
    const legacyX = statementOwnership(optionsFor(x)).legacy;
    const legacyY = statementOwnership(optionsFor(y)).legacy;
    const text = JSON.stringify({ Version: '2012-10-17', Statement: [...legacyX, ...legacyY] });
    expect(ownedStatements(text, statementOwnership(optionsFor(x)))).toEqual(legacyX);
    expect(ownedStatements(text, statementOwnership(optionsFor(y)))).toEqual(legacyY);
  });
});

const policyFor = (system: string) =>
  policyOf(`
${policyHead(system)}  services: [api]
packages: {bucket: ${BUCKET}, sharedBucket: true}
iam: {accountId: "123456789012"}
`);

async function sharedBucket(): Promise<FakeAws> {
  const aws = fakeAws();
  await aws.s3.client.send(
    new CreateBucketCommand({ Bucket: BUCKET, CreateBucketConfiguration: { LocationConstraint: 'eu-central-1' } }),
  );
  return aws;
}

function statements(aws: FakeAws): PolicyStatementJson[] {
  return (JSON.parse(aws.s3.buckets.get(BUCKET)?.policy ?? '{"Statement": []}') as { Statement: PolicyStatementJson[] })
    .Statement;
}

const bucketPlan = async (aws: FakeAws, system: string) =>
  (await runProvision(aws, policyFor(system), { mode: 'plan' })).plan.resources.find((r) => r.kind === 'bucket');

describe('two systems in one bucket', () => {
  test.each([...PAIRS, ...PAIRS.map(([x, y]): [string, string] => [y, x])])(
    'applying %s after %s leaves the other’s statements exactly as they were; neither plan shows a change',
    async (second, first) => {
      const aws = await sharedBucket();
      await runProvision(aws, policyFor(first));
      const firstStatements = statements(aws);
      expect(firstStatements).toHaveLength(STATEMENT_NAMES.length);

      await runProvision(aws, policyFor(second));
      expect(statements(aws).slice(0, STATEMENT_NAMES.length)).toEqual(firstStatements);
      expect(statements(aws)).toHaveLength(2 * STATEMENT_NAMES.length);

      for (const system of [first, second]) expect((await bucketPlan(aws, system))?.action).toBe('unchanged');
      aws.calls.reset();
      await runProvision(aws, policyFor(first));
      await runProvision(aws, policyFor(second));
      expect(aws.calls.writes()).toEqual([]);
    },
  );

  test.each(PAIRS)(
    'a bucket written by earlier versions: applying %s migrates its own legacy statements only (%s keeps its)',
    async (x, y) => {
      const aws = await sharedBucket();
      const legacyX = statementOwnership(optionsFor(x)).legacy;
      const legacyY = statementOwnership(optionsFor(y)).legacy;
      const bucket = aws.s3.buckets.get(BUCKET);
      if (bucket) bucket.policy = JSON.stringify({ Version: '2012-10-17', Statement: [...legacyX, ...legacyY] });

      const planned = await bucketPlan(aws, x);
      expect(planned?.action).toBe('update');
      expect(planned?.changes[0]).toMatchObject({ attribute: 'policy', before: legacyX });

      await runProvision(aws, policyFor(x));
      expect(statements(aws)).toEqual([...legacyY, ...bucketPolicyStatements(optionsFor(x))]);
      expect((await bucketPlan(aws, x))?.action).toBe('unchanged');
      // The other system still has its own legacy statements to migrate, and its plan says so.
      expect((await bucketPlan(aws, y))?.changes[0]).toMatchObject({ before: legacyY });
    },
  );
});
