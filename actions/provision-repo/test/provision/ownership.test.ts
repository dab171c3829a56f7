import { CreateRepositoryCommand } from '@aws-sdk/client-ecr';
import { isConfigurationError } from '../../../../shared/src/runtime/errors';
import { fakeAws, policyOf, runProvision } from './fixtures';

/** Every existing resource's owner is checked before any change, at plan time: a refused run writes nothing. */

const system = (name: string, registry: string) => `
version: 1
system: ${name}
region: eu-central-1
resourceTags: {Project: ${name}, Environment: shared, Purpose: container-registry, ManagedBy: artifacts, Owner: platform}
registry:
${registry}
iam: {accountId: "123456789012"}
`;

const PIKSEL = system('piksel', '  layout: per-service\n  services: [odc]\n  tagMutability: IMMUTABLE');
const SHOP_MIRRORING_PIKSEL = system(
  'shop',
  '  layout: per-service\n  services: [api]\n  tagMutability: MUTABLE\n  pullAccounts: ["111111111111"]\n  mirrors: [{source: docker.io/opendatacube/odc, target: piksel/odc}]',
);
const SHOP = system('shop', '  layout: per-service\n  services: [api]');

async function failure(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected the run to be refused');
    },
    (err: unknown) => err as Error,
  );
}

test('a repository of another system named in the policy is refused, naming its owner, and nothing is written', async () => {
  const aws = fakeAws();
  await runProvision(aws, policyOf(PIKSEL));
  const before = structuredClone(aws.ecr.repositories.get('piksel/odc'));
  const scanningBefore = structuredClone(aws.ecr.scanning);
  aws.calls.reset();

  for (const mode of ['plan', 'apply'] as const) {
    const err = await failure(runProvision(aws, policyOf(SHOP_MIRRORING_PIKSEL), { mode }));
    expect(isConfigurationError(err)).toBe(true);
    expect(err.message).toMatch(/repository piksel\/odc belongs to system piksel \(tag Project=piksel\)/);
    expect(err.message).toMatch(/system shop cannot change it/);
  }
  expect(aws.calls.writes()).toEqual([]);
  expect(aws.ecr.repositories.get('piksel/odc')).toEqual(before);
  expect(aws.ecr.scanning).toEqual(scanningBefore);
  expect(aws.ecr.repositories.has('shop/api')).toBe(false);

  const again = await runProvision(aws, policyOf(PIKSEL), { mode: 'plan' });
  expect(again.plan.changes).toBe(0);
});

test('an existing repository not managed by artifacts is refused unless adopted; adopting it is shown in the plan', async () => {
  const aws = fakeAws();
  await aws.ecr.client.send(new CreateRepositoryCommand({ repositoryName: 'shop/api', imageTagMutability: 'MUTABLE' }));
  aws.calls.reset();

  const err = await failure(runProvision(aws, policyOf(SHOP)));
  expect(isConfigurationError(err)).toBe(true);
  expect(err.message).toMatch(
    /repository shop\/api exists and is not managed by artifacts for system shop \(ManagedBy=\(none\), Project=\(none\)\): .*adopt-repositories/,
  );
  expect(aws.calls.writes()).toEqual([]);

  const plan = await runProvision(aws, policyOf(SHOP), { mode: 'plan', adopt: ['shop/api'] });
  const change = plan.plan.resources.find((r) => r.id === 'shop/api');
  expect(change).toMatchObject({ action: 'update', note: expect.stringMatching(/adopted/) });
  expect(change?.changes.map((c) => c.attribute)).toEqual(
    expect.arrayContaining(['tags.ManagedBy', 'tags.Project', 'imageTagMutability']),
  );

  const applied = await runProvision(aws, policyOf(SHOP), { adopt: ['shop/api'] });
  expect(applied.after?.changes).toBe(0);
  expect(aws.ecr.repositories.get('shop/api')?.tags).toMatchObject({ ManagedBy: 'artifacts', Project: 'shop' });
  // Once adopted it is managed: later runs need no input.
  expect((await runProvision(aws, policyOf(SHOP), { mode: 'plan' })).plan.changes).toBe(0);
});

test.each<[string, Record<string, string>, string[], RegExp]>([
  [
    'tagged for another system',
    { Project: 'piksel', ManagedBy: 'artifacts' },
    ['shop/api'],
    /belongs to system piksel/,
  ],
  ['tagged for another system, unmanaged', { Project: 'piksel' }, ['shop/api'], /belongs to system piksel/],
  ['tagged for this system by another tool', { Project: 'shop', ManagedBy: 'terraform' }, [], /ManagedBy=terraform/],
])('a repository %s is refused (adopt-repositories: %p)', async (_name, tags, adopt, message) => {
  const aws = fakeAws();
  await aws.ecr.client.send(
    new CreateRepositoryCommand({
      repositoryName: 'shop/api',
      tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
    }),
  );
  const err = await failure(runProvision(aws, policyOf(SHOP), { mode: 'plan', adopt }));
  expect(err.message).toMatch(message);
});

test('adopt-repositories naming a repository the policy does not provision is a configuration error', async () => {
  const aws = fakeAws();
  const err = await failure(runProvision(aws, policyOf(SHOP), { mode: 'plan', adopt: ['shop/nope'] }));
  expect(err.message).toMatch(/adopt-repositories lists shop\/nope, which this policy does not provision/);
});

test('a pull-through cache prefix whose creation template belongs to another system is refused, naming both', async () => {
  const withCache = (name: string) =>
    system(
      name,
      '  layout: per-service\n  services: [api]\n  pullThroughCache: [{upstream: quay}]\n  templateRoleArn: arn:aws:iam::123456789012:role/ecr-templates',
    );
  const aws = fakeAws();
  await runProvision(aws, policyOf(withCache('piksel')));
  const template = structuredClone(aws.ecr.templates.get('quay'));
  aws.calls.reset();
  const err = await failure(runProvision(aws, policyOf(withCache('shop'))));
  expect(err.message).toMatch(/creation template quay .*belongs to system piksel; system shop asks for its own/);
  expect(err.message).toMatch(/prefix: shop-quay/);
  expect(aws.calls.writes()).toEqual([]);
  expect(aws.ecr.templates.get('quay')).toEqual(template);
});

test('a bucket of another system is written to only as a shared bucket (this system’s statements only)', async () => {
  const aws = fakeAws();
  const withBucket = (name: string, packages: string) =>
    policyOf(system(name, '  layout: per-service\n  services: [api]').replace('iam:', `packages: ${packages}\niam:`));
  await runProvision(aws, withBucket('piksel', '{bucket: piksel-artifacts}'));
  const bucket = structuredClone(aws.s3.buckets.get('piksel-artifacts'));
  aws.calls.reset();

  const err = await failure(runProvision(aws, withBucket('shop', '{bucket: piksel-artifacts}')));
  expect(err.message).toMatch(/bucket piksel-artifacts belongs to system piksel .*set packages\.sharedBucket: true/);
  expect(aws.calls.writes()).toEqual([]);
  expect(aws.s3.buckets.get('piksel-artifacts')).toEqual(bucket);

  await runProvision(aws, withBucket('shop', '{bucket: piksel-artifacts, sharedBucket: true}'));
  expect(aws.s3.buckets.get('piksel-artifacts')?.tags).toEqual(bucket?.tags);
});
