import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadPolicy } from '../../../../shared/src/policy';
import type { Policy } from '../../../../shared/src/policy';
import { FakeAws, lifecyclePolicyProblem } from '../../../../test/fakes';
import { options } from './fixtures';
import { provision } from '../../src/provision';

/**
 * Each example policy provisions what its design document describes: the exact repository names, resource tags,
 * tag mutability, encryption, lifecycle JSON and account lists, read back from the fakes after apply.
 */

const EXAMPLES = join(__dirname, '..', '..', '..', '..', 'examples');
const DEFAULT_ACCOUNT = '999999999999';

async function provisionExample(name: string) {
  const policy: Policy = loadPolicy(join(EXAMPLES, name, 'artifact-policy.yml'));
  const aws = new FakeAws(policy.iam.accountId ?? DEFAULT_ACCOUNT, policy.region ?? 'eu-central-1');
  aws.ecr.secrets.add('ecr-pullthroughcache/docker-hub');
  const result = await provision(policy, aws.clients(), options({ region: policy.region ?? 'eu-central-1' }));
  expect(result.after?.changes).toBe(0);
  aws.calls.reset();
  await provision(policy, aws.clients(), options({ region: policy.region ?? 'eu-central-1' }));
  expect(aws.calls.writes()).toEqual([]);
  return { policy, aws, result };
}

const rule = (rulePriority: number, description: string, selection: object) => ({
  rulePriority,
  description,
  selection,
  action: { type: 'expire' },
});
const lifecycleOf = (text: string | undefined) => (text === undefined ? undefined : JSON.parse(text));
const pullPolicy = (accounts: string[]) => ({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'CrossAccountPull',
      Effect: 'Allow',
      Principal: { AWS: accounts.map((a) => `arn:aws:iam::${a}:root`) },
      Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'],
    },
  ],
});

test('every seed design is covered here (the demo is provisioned below with the rest)', () => {
  expect(
    readdirSync(EXAMPLES, { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'demo')
      .map((d) => d.name)
      .sort(),
  ).toEqual([
    'artifact-registry-pattern',
    'artos-ecr-module',
    'ecr-strategy-single-account',
    'hld011-artifact-storage',
    'piksel-ecr-blueprint',
  ]);
});

test('piksel: one repository piksel-core, the blueprint tags, immutable but *-latest, KMS aws/ecr, keep 5 tagged and untagged 7 days', async () => {
  const { aws, result } = await provisionExample('piksel-ecr-blueprint');
  // Section 4: the CI role's permissions, scoped to the piksel-core ARN (GetAuthorizationToken has no resource scope).
  const push = JSON.parse(
    result.desired.iamPolicies.find((p) => p.name === 'artifacts-piksel-ci-push')?.document ?? '{}',
  ) as {
    Statement: { Action: string | string[]; Resource: string | string[] }[];
  };
  const ecrStatements = push.Statement.filter((st) => [st.Action].flat().some((a) => a.startsWith('ecr:')));
  expect(ecrStatements.flatMap((st) => [st.Action].flat()).sort()).toEqual(
    [
      'ecr:BatchCheckLayerAvailability',
      // Beyond the blueprint: build-sign-push reads each tag before writing it and mounts sibling layers,
      // scan-gate reads the basic scan; the blueprint's BatchDeleteImage and DescribeImages are called by no action.
      'ecr:BatchGetImage',
      'ecr:GetDownloadUrlForLayer',
      'ecr:GetRegistryScanningConfiguration',
      'ecr:DescribeImageScanFindings',
      'ecr:StartImageScan',
      'ecr:CompleteLayerUpload',
      'ecr:GetAuthorizationToken',
      'ecr:InitiateLayerUpload',
      'ecr:PutImage',
      'ecr:UploadLayerPart',
    ].sort(),
  );
  expect(ecrStatements.find((st) => [st.Action].flat().includes('ecr:GetAuthorizationToken'))?.Resource).toBe('*');
  expect(ecrStatements.find((st) => [st.Action].flat().includes('ecr:PutImage'))?.Resource).toEqual([
    `arn:aws:ecr:eu-central-1:${DEFAULT_ACCOUNT}:repository/piksel-core`,
  ]);
  expect([...aws.ecr.repositories.keys()]).toEqual(['piksel-core']);
  const repo = aws.ecr.repositories.get('piksel-core');
  expect(repo?.tags).toEqual({
    Project: 'piksel',
    Environment: 'shared',
    Purpose: 'container-registry',
    ManagedBy: 'Terraform',
    Owner: 'DevOps-Team',
  });
  expect(repo?.imageTagMutability).toBe('IMMUTABLE_WITH_EXCLUSION');
  expect(repo?.exclusionFilters).toEqual(['*-latest']);
  expect(repo?.encryption.encryptionType).toBe('KMS');
  expect(lifecycleOf(repo?.lifecyclePolicy)).toEqual({
    rules: [
      rule(1, 'Keep only last 5 tagged images', {
        tagStatus: 'tagged',
        tagPatternList: ['*'],
        countType: 'imageCountMoreThan',
        countNumber: 5,
      }),
      rule(2, 'Expire untagged images older than 7 days', {
        tagStatus: 'untagged',
        countType: 'sinceImagePushed',
        countUnit: 'days',
        countNumber: 7,
      }),
    ],
  });
  expect(repo?.repositoryPolicy).toBeUndefined();
  expect(aws.ecr.scanning).toEqual({
    scanType: 'BASIC',
    rules: [{ scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: [{ filter: 'piksel-core', filterType: 'WILDCARD' }] }],
  });
  expect(aws.s3.buckets.size).toBe(0);
});

test('artos: {environment}/<component> for three environments plus thirdparty/*, MUTABLE except v*, AES256, no lifecycle, three pull accounts', async () => {
  const { aws, result } = await provisionExample('artos-ecr-module');
  const components = ['artos-postgres-eks-backend', 'artos-postgres-eks-celery', 'frontend'];
  const expected = [
    ...components.flatMap((c) => ['development', 'staging', 'production'].map((e) => `${e}/${c}`)),
    'thirdparty/redis',
    'thirdparty/onlyoffice',
    'thirdparty/litellm',
    'thirdparty/propelauth',
  ];
  expect(result.desired.repositories.map((r) => r.name)).toEqual(expected);
  expect([...aws.ecr.repositories.keys()].sort()).toEqual([...expected].sort());
  for (const repo of aws.ecr.repositories.values()) {
    expect(repo.tags).toEqual({ Project: 'artos', Environment: 'shared', ManagedBy: 'terraform' });
    expect(repo.imageTagMutability).toBe('MUTABLE_WITH_EXCLUSION');
    expect(repo.exclusionFilters).toEqual(['v*']);
    expect(repo.encryption).toEqual({ encryptionType: 'AES256' });
    expect(repo.lifecyclePolicy).toBeUndefined();
    expect(JSON.parse(repo.repositoryPolicy ?? '{}')).toEqual(
      pullPolicy(['111111111111', '222222222222', '333333333333']),
    );
  }
  expect(aws.ecr.scanning.rules[0].scanFrequency).toBe('SCAN_ON_PUSH');
});

test('single account: repositories named after the GitHub repositories, releases protected first, keep 50, two pull accounts, replication to the Lambda accounts', async () => {
  const { aws } = await provisionExample('ecr-strategy-single-account');
  expect([...aws.ecr.repositories.keys()].sort()).toEqual(['billing-worker', 'orders-api', 'web-frontend']);
  const repo = aws.ecr.repositories.get('orders-api');
  expect(repo?.tags).toEqual({
    Project: 'acme',
    Environment: 'artifacts',
    Purpose: 'container-registry',
    ManagedBy: 'artifacts',
    Owner: 'platform-team',
  });
  expect(repo?.imageTagMutability).toBe('IMMUTABLE');
  expect(repo?.encryption).toEqual({ encryptionType: 'AES256' });
  expect(lifecycleOf(repo?.lifecyclePolicy)).toEqual({
    rules: [
      rule(1, 'Protect release images', {
        tagStatus: 'tagged',
        tagPrefixList: ['v'],
        countType: 'imageCountMoreThan',
        countNumber: 1000,
      }),
      rule(2, 'Keep only last 50 tagged images', {
        tagStatus: 'tagged',
        tagPatternList: ['*'],
        countType: 'imageCountMoreThan',
        countNumber: 50,
      }),
      rule(3, 'Expire untagged images older than 7 days', {
        tagStatus: 'untagged',
        countType: 'sinceImagePushed',
        countUnit: 'days',
        countNumber: 7,
      }),
    ],
  });
  expect(JSON.parse(repo?.repositoryPolicy ?? '{}')).toEqual(pullPolicy(['222222222222', '333333333333']));
  expect(aws.ecr.replication).toEqual([
    {
      destinations: [{ region: 'us-east-1', registryId: '222222222222' }],
      repositoryFilters: [{ filter: 'billing-worker', filterType: 'PREFIX_MATCH' }],
    },
    {
      destinations: [{ region: 'us-east-1', registryId: '333333333333' }],
      repositoryFilters: [{ filter: 'billing-worker', filterType: 'PREFIX_MATCH' }],
    },
  ]);
});

test('HLD011: a registry per system, Inspector continuous scanning, ECR Public/Quay/k8s/Docker Hub cache, charts, an ABAC package prefix', async () => {
  const { aws, result } = await provisionExample('hld011-artifact-storage');
  expect([...aws.ecr.repositories.keys()].sort()).toEqual([
    'billing/api',
    'billing/charts/api',
    'billing/charts/worker',
    'billing/worker',
    'thirdparty/distroless-static',
  ]);
  for (const repo of aws.ecr.repositories.values()) {
    expect(repo.tags).toEqual({
      Project: 'billing',
      Environment: 'shared',
      Purpose: 'artifact-storage',
      ManagedBy: 'artifacts',
      Owner: 'billing-team',
    });
    expect(repo.imageTagMutability).toBe('IMMUTABLE');
  }
  expect(aws.ecr.scanning.scanType).toBe('ENHANCED');
  expect(aws.ecr.scanning.rules.map((r) => r.scanFrequency)).toEqual(['CONTINUOUS_SCAN']);
  expect([...aws.ecr.pullThroughRules.values()].map((r) => [r.prefix, r.upstreamRegistryUrl, r.credentialArn])).toEqual(
    [
      ['ecr-public', 'public.ecr.aws', undefined],
      ['quay', 'quay.io', undefined],
      ['k8s', 'registry.k8s.io', undefined],
      [
        'docker-hub',
        'registry-1.docker.io',
        `arn:aws:secretsmanager:eu-central-1:${DEFAULT_ACCOUNT}:secret:ecr-pullthroughcache/docker-hub`,
      ],
    ],
  );
  expect([...aws.ecr.templates.keys()]).toEqual(['ecr-public', 'quay', 'k8s', 'docker-hub']);
  expect(aws.ecr.templates.get('docker-hub')?.tags.Project).toBe('billing');
  const bucket = aws.s3.buckets.get('acme-artifacts-eu-central-1');
  expect(bucket?.versioning).toBe('Enabled');
  const statements = JSON.parse(bucket?.policy ?? '{}').Statement as {
    Sid: string;
    Condition?: Record<string, Record<string, unknown>>;
  }[];
  expect(statements.find((s) => s.Sid === 'ArtifactsPrefixIsolationForbilling')?.Condition).toEqual({
    StringEquals: { 'aws:PrincipalTag/Project': 'billing' },
  });
  const pushDoc = JSON.parse(
    result.desired.iamPolicies.find((p) => p.name === 'artifacts-billing-ci-push')?.document ?? '{}',
  );
  expect(JSON.stringify(pushDoc)).toContain('ecr:ResourceTag/Project');
  expect(JSON.stringify(pushDoc)).toContain('arn:aws:s3:::acme-artifacts-eu-central-1/${aws:PrincipalTag/Project}/*');
});

test('artifact registry pattern: storefront/<service>, CI push role and the deployment account in the repository policy, a package bucket', async () => {
  const { aws } = await provisionExample('artifact-registry-pattern');
  expect([...aws.ecr.repositories.keys()].sort()).toEqual([
    'storefront/cart',
    'storefront/catalog',
    'storefront/checkout',
    'storefront/frontend',
  ]);
  const repo = aws.ecr.repositories.get('storefront/cart');
  expect(repo?.uri).toBe(`${DEFAULT_ACCOUNT}.dkr.ecr.eu-west-1.amazonaws.com/storefront/cart`);
  expect(lifecycleOf(repo?.lifecyclePolicy)).toEqual({
    rules: [
      rule(1, 'Expire untagged images older than 14 days', {
        tagStatus: 'untagged',
        countType: 'sinceImagePushed',
        countUnit: 'days',
        countNumber: 14,
      }),
    ],
  });
  const doc = JSON.parse(repo?.repositoryPolicy ?? '{}') as {
    Statement: { Sid: string; Principal: { AWS: unknown } }[];
  };
  expect(doc.Statement.map((s) => [s.Sid, s.Principal.AWS])).toEqual([
    ['CrossAccountPull', ['arn:aws:iam::222222222222:root']],
    ['CiPush', 'arn:aws:iam::111111111111:role/storefront-ci'],
  ]);
  expect(aws.s3.buckets.get('storefront-artifacts')?.region).toBe('eu-west-1');
});

test.each(
  readdirSync(EXAMPLES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(EXAMPLES, d.name, 'artifact-policy.yml')))
    .map((d) => d.name),
)(
  '%s: converges (a second apply writes nothing) and every lifecycle policy it writes passes ECR validation',
  async (name) => {
    const { aws } = await provisionExample(name);
    const texts = [...aws.ecr.repositories.values(), ...aws.ecr.templates.values()]
      .map((r) => r.lifecyclePolicy)
      .filter((t): t is string => t !== undefined);
    for (const text of texts) expect(lifecyclePolicyProblem(text)).toBeUndefined();
  },
);
