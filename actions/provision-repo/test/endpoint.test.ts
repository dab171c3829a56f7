import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isConfigurationError } from '../../../shared/src/runtime/errors';
import { startAwsFront, type AwsFront } from '../../../test/fakes/http';
import { run } from '../src/main';
import { testContext, type TestContext } from '../../../test/utils/action-context';
import { policyHead } from './provision/fixtures';

/**
 * The action with the real AWS SDK against an endpoint on 127.0.0.1 that answers like moto: the ECR control plane
 * of the stateful fakes, except DescribePullThroughCacheRules and DescribeRepositoryCreationTemplates, which answer
 * HTTP 500 with an HTML page.
 */

const UNIMPLEMENTED = ['DescribePullThroughCacheRules', 'DescribeRepositoryCreationTemplates'];

const POLICY = `
${policyHead()}  services: [api, web]
  lifecycle: {keepTagged: 5}
iam: {accountId: "123456789012"}
`;

const WITH_CACHE = POLICY.replace(
  '  lifecycle: {keepTagged: 5}\n',
  '  lifecycle: {keepTagged: 5}\n  pullThroughCache: [{upstream: quay}]\n  templateRoleArn: arn:aws:iam::123456789012:role/ecr-templates\n',
);

let dir: string;
let front: AwsFront;
let restore: Record<string, string | undefined>;
const ENV = {
  AWS_ACCESS_KEY_ID: 'AKIDSTANDIN',
  AWS_SECRET_ACCESS_KEY: 'stand-in-secret',
  AWS_ENDPOINT_URL: '',
  AWS_EC2_METADATA_DISABLED: 'true',
};

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'provision-endpoint-'));
  front = await startAwsFront({ unimplemented: UNIMPLEMENTED });
  restore = Object.fromEntries(
    [...Object.keys(ENV), 'AWS_ENDPOINT_URL_ECR', 'AWS_PROFILE'].map((k) => [k, process.env[k]]),
  );
  Object.assign(process.env, { ...ENV, AWS_ENDPOINT_URL: front.url });
  delete process.env.AWS_ENDPOINT_URL_ECR;
  delete process.env.AWS_PROFILE;
});

afterEach(async () => {
  for (const [k, v] of Object.entries(restore)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  await front.stop();
  rmSync(dir, { recursive: true, force: true });
});

function context(policy: string, mode: 'plan' | 'apply'): { ctx: TestContext; outputs: Map<string, string> } {
  const policyPath = join(dir, 'artifact-policy.yml');
  writeFileSync(policyPath, policy);
  const ctx = testContext(
    { policy: policyPath, mode, 'iam-output': join(dir, 'iam') },
    { GITHUB_REPOSITORY: 'acme/platform', GITHUB_WORKSPACE: dir },
  );
  return { ctx, outputs: ctx.outputs };
}

const requests = (operation: string) => front.seen.filter((s) => s.endsWith(`.${operation}`)).length;

test('a policy without pull-through cache or templates plans and applies; those operations are never called', async () => {
  const plan = context(POLICY, 'plan');
  await run(plan.ctx);
  expect(plan.outputs.get('changes')).toBe('3');

  const apply = context(POLICY, 'apply');
  await run(apply.ctx);
  expect([...front.fake.ecr.repositories.keys()].sort()).toEqual(['shop/api', 'shop/web']);

  const again = context(POLICY, 'plan');
  await run(again.ctx);
  expect(again.outputs.get('changes')).toBe('0');
  for (const operation of [...UNIMPLEMENTED, 'DescribeRegistry']) expect(requests(operation)).toBe(0);
});

test('a policy that needs pull-through cache fails after one attempt, fast, naming endpoint, operation and setting', async () => {
  const started = Date.now();
  const failure = await run(context(WITH_CACHE, 'plan').ctx).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(isConfigurationError(failure)).toBe(true);
  const message = (failure as Error).message;
  expect(message).toContain(front.url);
  expect(message).toMatch(/does not implement ECR (DescribePullThroughCacheRules|DescribeRepositoryCreationTemplates)/);
  expect(message).toMatch(/HTTP 500 with an HTML page/);
  expect(message).toMatch(/registry\.pullThroughCache/);
  // One attempt each: neither the SDK nor provision-repo retries an operation the endpoint does not implement.
  for (const operation of UNIMPLEMENTED) expect(requests(operation)).toBeLessThanOrEqual(1);
  expect(UNIMPLEMENTED.map(requests).reduce((a, b) => a + b)).toBeGreaterThanOrEqual(1);
  expect(front.fake.calls.writes()).toEqual([]);
});

test('throttling is retried by the SDK alone, and the run converges', async () => {
  front.fake.calls.throttleNext(2);
  const apply = context(POLICY, 'apply');
  await run(apply.ctx);
  expect(front.fake.calls.calls.filter((c) => c.error === 'ThrottlingException')).toHaveLength(2);
  expect(front.fake.ecr.repositories.size).toBe(2);
});
