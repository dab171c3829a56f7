import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeAws } from '../../../test/fakes';
import { run } from '../src/main';
import { testContext } from '../../../test/utils/action-context';
import { policyHead } from './provision/fixtures';

/** The whole action through run(ctx), against the stateful fakes: inputs in, outputs, summary and files out. */

const POLICY = `
${policyHead()}  services: [api]
  lifecycle: {keepTagged: 5}
  pullThroughCache: [{upstream: gcr.io}]
packages: {bucket: shop-artifacts}
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'provision-repo-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function context(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  policy = POLICY.replace('  pullThroughCache: [{upstream: gcr.io}]\n', ''),
) {
  const policyPath = join(dir, 'artifact-policy.yml');
  writeFileSync(policyPath, policy);
  const ctx = testContext(
    { policy: policyPath, 'iam-output': join(dir, 'iam'), ...inputs },
    { GITHUB_REPOSITORY: 'acme/platform', ...env },
  );
  return { ctx, outputs: ctx.outputs, logger: ctx.logger, summary: () => ctx.summary.join('') };
}

const fakes = () => new FakeAws('123456789012', 'eu-central-1');

test('on a pull request the default mode is plan: outputs, a summary table, IAM files, and no write call', async () => {
  const aws = fakes();
  const { ctx, outputs, summary } = context({}, { GITHUB_EVENT_NAME: 'pull_request' });
  await run(ctx, { clients: aws.clients(), sleep: async () => undefined });
  expect(aws.calls.writes()).toEqual([]);
  const plan = JSON.parse(outputs.get('plan') ?? '{}') as {
    changes: number;
    resources: { id: string; action: string }[];
  };
  expect(plan.resources.filter((r) => r.action === 'create').map((r) => r.id)).toEqual(['shop/api', 'shop-artifacts']);
  expect(outputs.get('changes')).toBe(String(plan.changes));
  expect(JSON.parse(outputs.get('repositories') ?? '[]')).toEqual([
    { name: 'shop/api', uri: '123456789012.dkr.ecr.eu-central-1.amazonaws.com/shop/api' },
  ]);
  expect(outputs.get('bucket')).toBe('shop-artifacts');
  expect(summary()).toContain('| shop/api | repository | + create |');
  expect(summary()).toContain('nothing was changed: this is a plan');
  expect(readdirSync(join(dir, 'iam')).sort()).toEqual([
    'artifacts-shop-ci-push.json',
    'artifacts-shop-consumer-trust.json',
    'artifacts-shop-consumer.json',
    'artifacts-shop-developer-read.json',
    'artifacts-shop-pull.json',
    'artifacts-shop-registry-apply.json',
    'artifacts-shop-registry-plan.json',
  ]);
  expect(JSON.parse(readFileSync(join(dir, 'iam', 'artifacts-shop-pull.json'), 'utf8')).Version).toBe('2012-10-17');
  // provision-repo's own roles are written and shown, and so are the consumer role's documents.
  expect(summary()).toContain("artifacts-shop-registry-plan (provision-repo's own role");
  expect(summary()).toContain('artifacts-shop-consumer (written as a file, not created)');
  expect(summary()).toContain("artifacts-shop-consumer-trust (the role's trust policy");
});

const readJson = (file: string) => JSON.parse(readFileSync(join(dir, 'iam', file), 'utf8')) as Record<string, unknown>;

test("the consumer role reads the system's package prefix only, assumed from the workflow owner's repositories", async () => {
  await run(context({ mode: 'plan' }, { GITHUB_REPOSITORY_OWNER: 'acme' }).ctx, { clients: fakes().clients() });
  expect(readJson('artifacts-shop-consumer.json').Statement).toEqual([
    {
      Sid: 'PackagesInstallObjects',
      Effect: 'Allow',
      Action: ['s3:GetObject'],
      Resource: 'arn:aws:s3:::shop-artifacts/${aws:PrincipalTag/Project}/*',
    },
    {
      Sid: 'PackagesInstallList',
      Effect: 'Allow',
      Action: ['s3:ListBucket'],
      Resource: 'arn:aws:s3:::shop-artifacts',
      Condition: { StringLike: { 's3:prefix': ['${aws:PrincipalTag/Project}', '${aws:PrincipalTag/Project}/*'] } },
    },
  ]);
  expect(readJson('artifacts-shop-consumer-trust.json').Statement).toEqual([
    {
      Sid: 'GitHubActionsConsumers',
      Effect: 'Allow',
      Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
        StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/*:*' },
      },
    },
  ]);
});

test('without a package bucket there is no consumer role; without a GitHub owner no trust policy', async () => {
  const noBucket = POLICY.replace('packages: {bucket: shop-artifacts}\n', '').replace(/ {2}pullThroughCache.*\n/, '');
  await run(context({ mode: 'plan' }, {}, noBucket).ctx, { clients: fakes().clients() });
  expect(readdirSync(join(dir, 'iam')).filter((f) => f.includes('consumer'))).toEqual([]);
  rmSync(join(dir, 'iam'), { recursive: true });
  const noOwner = context({ mode: 'plan' });
  noOwner.ctx.env = {};
  await run(noOwner.ctx, { clients: fakes().clients() });
  expect(readdirSync(join(dir, 'iam')).filter((f) => f.includes('consumer'))).toEqual(['artifacts-shop-consumer.json']);
});

test('on a push the default is apply; the next run reports 0 changes; fail-on-drift fails only when there is drift', async () => {
  const aws = fakes();
  await run(context({}, { GITHUB_EVENT_NAME: 'push' }).ctx, { clients: aws.clients() });
  expect(aws.ecr.repositories.has('shop/api')).toBe(true);

  aws.calls.reset();
  const again = context({ 'fail-on-drift': 'true' }, { GITHUB_EVENT_NAME: 'schedule' });
  await run(again.ctx, { clients: aws.clients() });
  expect(again.outputs.get('changes')).toBe('0');
  expect(aws.calls.writes()).toEqual([]);

  const repo = aws.ecr.repositories.get('shop/api');
  if (repo) repo.lifecyclePolicy = undefined;
  const drifted = context({ mode: 'plan', 'fail-on-drift': 'true' });
  await expect(run(drifted.ctx, { clients: aws.clients() })).rejects.toThrow(
    /AWS differs from the policy in 1 resource/,
  );
  expect(drifted.outputs.get('changes')).toBe('1');
  expect(drifted.summary()).toContain('lifecyclePolicy');
  expect(aws.calls.writes()).toEqual([]);
});

test('dry-run plans even with mode apply', async () => {
  const aws = fakes();
  await run(context({ mode: 'apply', 'dry-run': 'true' }).ctx, { clients: aws.clients() });
  expect(aws.calls.writes()).toEqual([]);
});

test.each([
  [
    { mode: 'report', service: 'nope' },
    POLICY.replace('  pullThroughCache: [{upstream: gcr.io}]\n', ''),
    /Input 'service' is 'nope', which is not in the policy's registry\.services/,
  ],
  [{ 'repository-pattern': 'svc-*' }, POLICY, /needs 'github-token'/],
  [{ mode: 'plan' }, POLICY.replace('  services: [api]\n', '  services: [api]\n'), /cannot cache "gcr\.io"|gcr\.io/],
])('configuration errors say what to change: %p', async (inputs, policy, message) => {
  const { ctx } = context(inputs, {}, policy);
  await expect(run(ctx, { clients: fakes().clients() })).rejects.toMatchObject({
    name: 'ConfigurationError',
    message: expect.stringMatching(message),
  });
});

test('repository-pattern lists the organisation from GITHUB_API_URL (two pages) and provisions each match as a service', async () => {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(`${req.url} ${req.headers.authorization}`);
    const { port } = server.address() as AddressInfo;
    if (req.url?.startsWith('/orgs/acme/repos') && !req.url.includes('page=2')) {
      res.setHeader('link', `<http://127.0.0.1:${port}/orgs/acme/repos?per_page=100&page=2>; rel="next"`);
      res.end(JSON.stringify([{ name: 'svc-orders' }, { name: 'docs' }, { name: 'svc-old', archived: true }]));
    } else if (req.url?.includes('page=2')) {
      res.end(JSON.stringify([{ name: 'SVC-Billing' }]));
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const aws = fakes();
    const { ctx, logger } = context(
      { 'github-token': 'ghs_secret', 'repository-pattern': 'svc-*', concurrency: '2' },
      { GITHUB_API_URL: `http://127.0.0.1:${port}`, GITHUB_EVENT_NAME: 'push' },
    );
    await run(ctx, { clients: aws.clients() });
    expect(requests).toEqual([
      '/orgs/acme/repos?per_page=100&type=all Bearer ghs_secret',
      '/orgs/acme/repos?per_page=100&page=2 Bearer ghs_secret',
    ]);
    expect([...aws.ecr.repositories.keys()].sort()).toEqual(['shop/api', 'shop/svc-orders']);
    // The system's repositories, and no other of the organisation, may assume its consumer role.
    const trust = readFileSync(join(dir, 'iam', 'artifacts-shop-consumer-trust.json'), 'utf8');
    expect(trust).toContain('"token.actions.githubusercontent.com:sub": "repo:acme/svc-*:*"');
    expect(logger.secrets.has('ghs_secret')).toBe(true);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
