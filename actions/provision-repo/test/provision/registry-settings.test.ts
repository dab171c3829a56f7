import { isConfigurationError } from '../../../../shared/src/runtime/errors';
import { wildcardMatcher } from '../../src/provision/registry-settings';
import type { FakeAws } from '../../../../test/fakes';
import { fakeAws, policyHead, policyOf, runProvision } from './fixtures';

/**
 * Registry-wide settings of two systems in one registry: merged per repository filter, never replaced; an ask that
 * cannot hold beside another system's is refused before anything changes, naming both systems.
 */

const policy = (system: string, registry: string) =>
  policyOf(`
${policyHead(system)}  services: [odc, ows]
${registry}
iam: {accountId: "123456789012"}
`);

const PIKSEL = policy('piksel', '  scanning: {type: ENHANCED, frequency: CONTINUOUS_SCAN}');
const SHOP_BASIC = policy('shop', '  scanning: {type: BASIC, frequency: SCAN_ON_PUSH}');
const SHOP_ENHANCED = policy('shop', '  scanning: {type: ENHANCED, frequency: SCAN_ON_PUSH}');

async function refusal(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected the run to be refused');
    },
    (err: unknown) => err as Error,
  );
}

const changesOf = async (aws: FakeAws, p: ReturnType<typeof policyOf>) =>
  (await runProvision(aws, p, { mode: 'plan' })).plan.changes;

test('a scan type that cannot hold beside another system’s is refused, naming both; the first is untouched', async () => {
  const aws = fakeAws();
  await runProvision(aws, PIKSEL);
  const scanning = structuredClone(aws.ecr.scanning);
  aws.calls.reset();

  for (const mode of ['plan', 'apply'] as const) {
    const err = await refusal(runProvision(aws, SHOP_BASIC, { mode }));
    expect(isConfigurationError(err)).toBe(true);
    expect(err.message).toMatch(/registry\.scanning\.type BASIC cannot hold beside system piksel/);
    expect(err.message).toMatch(/piksel\/odc at CONTINUOUS_SCAN/);
    expect(err.message).toMatch(/one scan type per registry, and it is ENHANCED/);
    expect(err.message).toMatch(/Set registry\.scanning\.type: ENHANCED .* in the policy of system shop/);
  }
  expect(aws.calls.writes()).toEqual([]);
  expect(aws.ecr.scanning).toEqual(scanning);
  expect(await changesOf(aws, PIKSEL)).toBe(0);
});

test('the other way round: ENHANCED asked after a BASIC system is refused too (it would turn Inspector on for it)', async () => {
  const aws = fakeAws();
  await runProvision(aws, SHOP_BASIC);
  const err = await refusal(runProvision(aws, PIKSEL, { mode: 'plan' }));
  expect(err.message).toMatch(
    /registry\.scanning\.type ENHANCED cannot hold beside system shop \(filters shop\/odc at SCAN_ON_PUSH/,
  );
  expect(await changesOf(aws, SHOP_BASIC)).toBe(0);
});

test('asks that can hold together are merged per filter: each system’s plan shows no change after the other’s apply', async () => {
  const aws = fakeAws();
  await runProvision(aws, PIKSEL);
  await runProvision(aws, SHOP_ENHANCED);
  const rules = Object.fromEntries(
    aws.ecr.scanning.rules.map((r) => [r.scanFrequency, r.repositoryFilters.map((f) => f.filter).sort()]),
  );
  expect(aws.ecr.scanning.scanType).toBe('ENHANCED');
  expect(rules).toEqual({ CONTINUOUS_SCAN: ['piksel/odc', 'piksel/ows'], SCAN_ON_PUSH: ['shop/odc', 'shop/ows'] });
  expect(await changesOf(aws, PIKSEL)).toBe(0);
  expect(await changesOf(aws, SHOP_ENHANCED)).toBe(0);
  aws.calls.reset();
  await runProvision(aws, PIKSEL);
  await runProvision(aws, SHOP_ENHANCED);
  expect(aws.calls.writes()).toEqual([]);
});

test('the same filter asked at another frequency by a second system is refused, naming both', async () => {
  const aws = fakeAws();
  await runProvision(aws, PIKSEL);
  const shop = policy(
    'shop',
    '  scanning: {type: ENHANCED, frequency: SCAN_ON_PUSH, filters: ["shop/*", "piksel/odc"]}',
  );
  const err = await refusal(runProvision(aws, shop, { mode: 'plan' }));
  expect(err.message).toMatch(
    /filter piksel\/odc is scanned at CONTINUOUS_SCAN for system piksel; system shop asks SCAN_ON_PUSH for the same filter/,
  );
});

test('replication rules of two systems: the second system’s apply keeps the first’s, and neither plan changes', async () => {
  const aws = fakeAws();
  const replicated = (system: string, region: string) =>
    policy(system, `  replication: [{region: ${region}, account: "444444444444"}]`);
  await runProvision(aws, replicated('piksel', 'eu-west-1'));
  await runProvision(aws, replicated('shop', 'us-east-1'));
  expect(aws.ecr.replication.map((r) => (r.repositoryFilters ?? []).map((f) => f.filter))).toEqual([
    ['piksel'],
    ['shop'],
  ]);
  expect(await changesOf(aws, replicated('piksel', 'eu-west-1'))).toBe(0);
  expect(await changesOf(aws, replicated('shop', 'us-east-1'))).toBe(0);
});

test.each<[string, string, boolean]>([
  ['piksel/*', 'piksel/odc', true],
  ['piksel/*', 'piksel-dev/odc', false],
  ['piksel*', 'piksel-dev/odc', true],
  ['piksel/odc', 'piksel/odc', true],
  ['a.b/*', 'aXb/c', false],
  ['*', 'anything/at/all', true],
])('filter %s covers %s: %p', (filter, name, covered) => {
  expect(wildcardMatcher(filter)(name)).toBe(covered);
});
