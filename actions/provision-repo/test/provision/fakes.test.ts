import {
  CreatePullThroughCacheRuleCommand,
  CreateRepositoryCommand,
  CreateRepositoryCreationTemplateCommand,
  DescribeRepositoriesCommand,
  GetLifecyclePolicyCommand,
  PutImageTagMutabilityCommand,
  PutLifecyclePolicyCommand,
  PutRegistryScanningConfigurationCommand,
} from '@aws-sdk/client-ecr';
import {
  CreateBucketCommand,
  PutBucketPolicyCommand,
  PutBucketVersioningCommand,
  PutPublicAccessBlockCommand,
} from '@aws-sdk/client-s3';
import { FakeAws, lifecyclePolicyProblem } from '../../../../test/fakes';

/** The fakes refuse what AWS refuses: otherwise a green test would prove nothing about the real API. */

const rule = (priority: number, selection: Record<string, unknown>) => ({
  rulePriority: priority,
  selection,
  action: { type: 'expire' },
});
const count = { countType: 'imageCountMoreThan', countNumber: 5 };
const age = { countType: 'sinceImagePushed', countUnit: 'days', countNumber: 7 };

describe('lifecycle policy validation (ECR documented rules)', () => {
  test.each([
    ['tagged with a prefix list', [rule(1, { tagStatus: 'tagged', tagPrefixList: ['v'], ...count })], undefined],
    [
      'untagged by age, then any last',
      [rule(1, { tagStatus: 'untagged', ...age }), rule(2, { tagStatus: 'any', ...count })],
      undefined,
    ],
    [
      'priorities need not be sequential',
      [rule(10, { tagStatus: 'untagged', ...age }), rule(3, { tagStatus: 'tagged', tagPatternList: ['*'], ...count })],
      undefined,
    ],
    [
      'duplicate priority',
      [rule(1, { tagStatus: 'untagged', ...age }), rule(1, { tagStatus: 'tagged', tagPrefixList: ['v'], ...count })],
      /not unique/,
    ],
    [
      'any not last',
      [rule(1, { tagStatus: 'any', ...count }), rule(2, { tagStatus: 'untagged', ...age })],
      /tagStatus any must have the highest/,
    ],
    [
      'tagged without a tag list',
      [rule(1, { tagStatus: 'tagged', ...count })],
      /requires tagPrefixList or tagPatternList/,
    ],
    [
      'tagged with both lists',
      [rule(1, { tagStatus: 'tagged', tagPrefixList: ['v'], tagPatternList: ['v*'], ...count })],
      /cannot both/,
    ],
    [
      'a pattern with five wildcards',
      [rule(1, { tagStatus: 'tagged', tagPatternList: ['*a*b*c*d*'], ...count })],
      /at most 4 wildcards/,
    ],
    [
      'untagged with a tag list',
      [rule(1, { tagStatus: 'untagged', tagPrefixList: ['v'], ...age })],
      /only allowed with tagStatus tagged/,
    ],
    [
      'sinceImagePushed without days',
      [rule(1, { tagStatus: 'untagged', countType: 'sinceImagePushed', countNumber: 7 })],
      /countUnit "days"/,
    ],
    [
      'count with a unit',
      [rule(1, { tagStatus: 'untagged', ...count, countUnit: 'days' })],
      /not allowed with imageCountMoreThan/,
    ],
    [
      'zero count',
      [rule(1, { tagStatus: 'untagged', countType: 'imageCountMoreThan', countNumber: 0 })],
      /positive integer/,
    ],
    ['no rules', [], /non-empty/],
  ])('%s', (_name, rules, problem) => {
    const result = lifecyclePolicyProblem(JSON.stringify({ rules }));
    if (problem === undefined) expect(result).toBeUndefined();
    else expect(result).toMatch(problem);
  });

  test('not JSON, unknown fields', () => {
    expect(lifecyclePolicyProblem('{rules:')).toMatch(/not valid JSON/);
    expect(
      lifecyclePolicyProblem(JSON.stringify({ rules: [rule(1, { tagStatus: 'untagged', ...age })], extra: 1 })),
    ).toMatch(/unknown top-level/);
  });
});

describe('ECR', () => {
  const aws = () => new FakeAws('123456789012', 'eu-central-1');
  const reject = async (promise: Promise<unknown>, name: string) => expect(promise).rejects.toMatchObject({ name });

  test.each(['A-upper', 'a', 'trailing/', 'double//slash', 'x--y', '-lead'])(
    'repository name %p is refused',
    async (name) => {
      await reject(
        aws().ecr.client.send(new CreateRepositoryCommand({ repositoryName: name })),
        'InvalidParameterException',
      );
    },
  );

  test('RepositoryAlreadyExistsException, RepositoryNotFoundException, LifecyclePolicyNotFoundException', async () => {
    const { ecr } = aws();
    await ecr.client.send(new CreateRepositoryCommand({ repositoryName: 'team/app' }));
    await reject(
      ecr.client.send(new CreateRepositoryCommand({ repositoryName: 'team/app' })),
      'RepositoryAlreadyExistsException',
    );
    await reject(
      ecr.client.send(new DescribeRepositoriesCommand({ repositoryNames: ['team/app', 'nope'] })),
      'RepositoryNotFoundException',
    );
    await reject(
      ecr.client.send(new GetLifecyclePolicyCommand({ repositoryName: 'team/app' })),
      'LifecyclePolicyNotFoundException',
    );
    await reject(
      ecr.client.send(
        new PutLifecyclePolicyCommand({ repositoryName: 'team/app', lifecyclePolicyText: '{"rules":[]}' }),
      ),
      'InvalidParameterException',
    );
  });

  test('tag mutability exclusion filters only with *_WITH_EXCLUSION; AES256 takes no key', async () => {
    const { ecr } = aws();
    await reject(
      ecr.client.send(
        new CreateRepositoryCommand({ repositoryName: 'a/b', imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION' }),
      ),
      'InvalidParameterException',
    );
    await reject(
      ecr.client.send(
        new CreateRepositoryCommand({
          repositoryName: 'a/b',
          imageTagMutability: 'IMMUTABLE',
          imageTagMutabilityExclusionFilters: [{ filterType: 'WILDCARD', filter: '*-latest' }],
        }),
      ),
      'InvalidParameterException',
    );
    await reject(
      ecr.client.send(
        new CreateRepositoryCommand({
          repositoryName: 'a/b',
          encryptionConfiguration: { encryptionType: 'AES256', kmsKey: 'k' },
        }),
      ),
      'InvalidParameterException',
    );
    await ecr.client.send(
      new CreateRepositoryCommand({ repositoryName: 'a/b', encryptionConfiguration: { encryptionType: 'KMS' } }),
    );
    expect(ecr.repositories.get('a/b')?.encryption.kmsKey).toMatch(/^arn:aws:kms:eu-central-1:123456789012:key\//);
    await reject(
      ecr.client.send(
        new PutImageTagMutabilityCommand({ repositoryName: 'a/b', imageTagMutability: 'MUTABLE_WITH_EXCLUSION' }),
      ),
      'InvalidParameterException',
    );
  });

  test('pull-through cache: upstream URLs, the docker-hub secret rule, gcr.io, prefixes', async () => {
    const { ecr } = aws();
    const create = (input: ConstructorParameters<typeof CreatePullThroughCacheRuleCommand>[0]) =>
      ecr.client.send(new CreatePullThroughCacheRuleCommand(input));
    await reject(
      create({ ecrRepositoryPrefix: 'gcr', upstreamRegistryUrl: 'gcr.io' }),
      'UnsupportedUpstreamRegistryException',
    );
    await reject(
      create({
        ecrRepositoryPrefix: 'hub',
        upstreamRegistry: 'docker-hub',
        upstreamRegistryUrl: 'registry-1.docker.io',
      }),
      'InvalidParameterException',
    );
    await reject(
      create({
        ecrRepositoryPrefix: 'hub',
        upstreamRegistry: 'docker-hub',
        upstreamRegistryUrl: 'registry-1.docker.io',
        credentialArn: 'arn:aws:secretsmanager:eu-central-1:123456789012:secret:dockerhub',
      }),
      'InvalidParameterException',
    );
    await reject(
      create({
        ecrRepositoryPrefix: 'hub',
        upstreamRegistry: 'docker-hub',
        upstreamRegistryUrl: 'registry-1.docker.io',
        credentialArn: 'arn:aws:secretsmanager:eu-central-1:123456789012:secret:ecr-pullthroughcache/hub',
      }),
      'SecretNotFoundException',
    );
    await reject(
      create({ ecrRepositoryPrefix: 'q', upstreamRegistry: 'quay', upstreamRegistryUrl: 'quay.io' }),
      'InvalidParameterException',
    );
    await reject(
      create({ ecrRepositoryPrefix: 'quay', upstreamRegistry: 'quay', upstreamRegistryUrl: 'ghcr.io' }),
      'InvalidParameterException',
    );
    await create({ ecrRepositoryPrefix: 'quay', upstreamRegistry: 'quay', upstreamRegistryUrl: 'quay.io' });
    await reject(
      create({ ecrRepositoryPrefix: 'quay', upstreamRegistry: 'quay', upstreamRegistryUrl: 'quay.io' }),
      'PullThroughCacheRuleAlreadyExistsException',
    );
  });

  test('creation templates and registry scanning', async () => {
    const { ecr } = aws();
    await reject(
      ecr.client.send(new CreateRepositoryCreationTemplateCommand({ prefix: 'team', appliedFor: [] })),
      'InvalidParameterException',
    );
    await reject(
      ecr.client.send(
        new CreateRepositoryCreationTemplateCommand({
          prefix: 'team',
          appliedFor: ['PULL_THROUGH_CACHE'],
          resourceTags: [{ Key: 'Project', Value: 'x' }],
        }),
      ),
      'InvalidParameterException',
    );
    await ecr.client.send(
      new CreateRepositoryCreationTemplateCommand({ prefix: 'team', appliedFor: ['CREATE_ON_PUSH'] }),
    );
    await reject(
      ecr.client.send(new CreateRepositoryCreationTemplateCommand({ prefix: 'team', appliedFor: ['CREATE_ON_PUSH'] })),
      'TemplateAlreadyExistsException',
    );
    await reject(
      ecr.client.send(
        new PutRegistryScanningConfigurationCommand({
          scanType: 'BASIC',
          rules: [{ scanFrequency: 'CONTINUOUS_SCAN', repositoryFilters: [{ filter: '*', filterType: 'WILDCARD' }] }],
        }),
      ),
      'InvalidParameterException',
    );
  });
});

describe('S3 bucket configuration', () => {
  test('location constraint, versioning, and a bucket policy that must name this bucket and not be public under BlockPublicPolicy', async () => {
    const { s3 } = new FakeAws('123456789012', 'eu-central-1');
    await expect(s3.client.send(new CreateBucketCommand({ Bucket: 'b-1x' }))).rejects.toMatchObject({
      name: 'IllegalLocationConstraintException',
    });
    await s3.client.send(
      new CreateBucketCommand({ Bucket: 'b-1x', CreateBucketConfiguration: { LocationConstraint: 'eu-central-1' } }),
    );
    await expect(
      s3.client.send(
        new PutBucketVersioningCommand({ Bucket: 'nope-bucket', VersioningConfiguration: { Status: 'Enabled' } }),
      ),
    ).rejects.toMatchObject({ name: 'NoSuchBucket' });
    const policy = (resource: string, effect = 'Deny') =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: effect, Principal: '*', Action: 's3:GetObject', Resource: resource }],
      });
    await expect(
      s3.client.send(new PutBucketPolicyCommand({ Bucket: 'b-1x', Policy: policy('arn:aws:s3:::other/*') })),
    ).rejects.toMatchObject({ name: 'MalformedPolicy' });
    await s3.client.send(
      new PutPublicAccessBlockCommand({ Bucket: 'b-1x', PublicAccessBlockConfiguration: { BlockPublicPolicy: true } }),
    );
    await expect(
      s3.client.send(new PutBucketPolicyCommand({ Bucket: 'b-1x', Policy: policy('arn:aws:s3:::b-1x/*', 'Allow') })),
    ).rejects.toMatchObject({ name: 'AccessDenied' });
    await s3.client.send(new PutBucketPolicyCommand({ Bucket: 'b-1x', Policy: policy('arn:aws:s3:::b-1x/*') }));
  });
});
