import { provision } from '../../src/provision';
import { ACCOUNT, fakeAws, options, policyOf, runProvision } from './fixtures';
import { BASE_POLICY } from './fixtures';

/** Plan, apply, confirm and drift against the stateful fakes: what a user sees across runs. */

describe('plan, apply, plan again', () => {
  test('a plan makes no write call; apply makes exactly the plan; the next plan is empty and a second apply writes nothing', async () => {
    const aws = fakeAws();
    const policy = policyOf();

    const planned = await runProvision(aws, policy, { mode: 'plan' });
    expect(aws.calls.writes()).toEqual([]);
    expect(planned.plan.changes).toBeGreaterThan(0);
    expect(planned.plan.resources.filter((r) => r.action === 'create').map((r) => `${r.kind}:${r.id}`)).toEqual([
      'repository:shop/api',
      'repository:shop/web',
      'repository:thirdparty/distroless-static',
      'pull-through-cache:docker-hub',
      'pull-through-cache:quay',
      'creation-template:docker-hub',
      'creation-template:quay',
      'bucket:shop-artifacts',
    ]);
    expect(aws.ecr.repositories.size).toBe(0);

    aws.calls.reset();
    const applied = await runProvision(aws, policy);
    expect(applied.plan.changes).toBe(planned.plan.changes);
    expect(applied.after?.changes).toBe(0);
    expect(aws.calls.count('CreateRepository')).toBe(3);
    expect([...aws.ecr.repositories.keys()].sort()).toEqual(['shop/api', 'shop/web', 'thirdparty/distroless-static']);

    const replanned = await runProvision(aws, policy, { mode: 'plan' });
    expect(replanned.plan.changes).toBe(0);
    expect(replanned.plan.resources.every((r) => r.action === 'unchanged')).toBe(true);

    aws.calls.reset();
    const second = await runProvision(aws, policy);
    expect(second.plan.changes).toBe(0);
    expect(aws.calls.writes()).toEqual([]);
    expect(aws.calls.reads().length).toBeGreaterThan(0);
  });

  test('what apply writes: tags, mutability with exclusion, encryption, lifecycle, repository policy, registry settings, bucket', async () => {
    const aws = fakeAws();
    await runProvision(aws, policyOf());
    const repo = aws.ecr.repositories.get('shop/api');
    expect(repo?.tags).toEqual({
      Project: 'shop',
      Environment: 'shared',
      Purpose: 'container-registry',
      ManagedBy: 'artifacts',
      Owner: 'platform',
    });
    expect(repo?.imageTagMutability).toBe('IMMUTABLE_WITH_EXCLUSION');
    expect(repo?.exclusionFilters).toEqual(['*-latest']);
    expect(repo?.encryption.encryptionType).toBe('KMS');
    expect(JSON.parse(repo?.lifecyclePolicy ?? '{}').rules.map((r: { selection: unknown }) => r.selection)).toEqual([
      { tagStatus: 'tagged', tagPatternList: ['*'], countType: 'imageCountMoreThan', countNumber: 5 },
      { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 7 },
    ]);
    expect(JSON.parse(repo?.repositoryPolicy ?? '{}').Statement[0].Principal.AWS).toEqual([
      'arn:aws:iam::111111111111:root',
      'arn:aws:iam::222222222222:root',
    ]);
    expect(aws.ecr.scanning).toEqual({
      scanType: 'BASIC',
      rules: [
        {
          scanFrequency: 'SCAN_ON_PUSH',
          repositoryFilters: ['shop/api', 'shop/web', 'thirdparty/distroless-static'].map((filter) => ({
            filter,
            filterType: 'WILDCARD',
          })),
        },
      ],
    });
    expect(aws.ecr.pullThroughRules.get('docker-hub')).toEqual({
      prefix: 'docker-hub',
      upstreamRegistry: 'docker-hub',
      upstreamRegistryUrl: 'registry-1.docker.io',
      credentialArn: `arn:aws:secretsmanager:eu-central-1:${ACCOUNT}:secret:ecr-pullthroughcache/dockerhub`,
    });
    const template = aws.ecr.templates.get('quay');
    expect(template?.appliedFor).toEqual(['PULL_THROUGH_CACHE']);
    expect(template?.tags.Project).toBe('shop');
    expect(template?.encryption.encryptionType).toBe('KMS');
    expect(template?.lifecyclePolicy).toBe(repo?.lifecyclePolicy);
    const bucket = aws.s3.buckets.get('shop-artifacts');
    expect(bucket?.versioning).toBe('Enabled');
    expect(bucket?.encryption?.SSEAlgorithm).toBe('AES256');
    expect(bucket?.publicAccessBlock).toEqual({
      BlockPublicAcls: true,
      IgnorePublicAcls: true,
      BlockPublicPolicy: true,
      RestrictPublicBuckets: true,
    });
    const statements = JSON.parse(bucket?.policy ?? '{}').Statement as { Sid: string; Condition?: unknown }[];
    expect(statements.map((s) => s.Sid)).toEqual([
      'ArtifactsTlsOnlyForshop',
      'ArtifactsConditionalWritesOnlyForshop',
      'ArtifactsNoArtifactOverwriteForshop',
      'ArtifactsPrefixIsolationForshop',
      'ArtifactsListIsolationForshop',
    ]);
    expect(statements[0].Condition).toEqual({ Bool: { 'aws:SecureTransport': 'false' } });
  });
});

describe('drift between runs is found and fixed', () => {
  test.each([
    [
      'a lifecycle policy edited by hand',
      (aws: ReturnType<typeof fakeAws>) => {
        const repo = aws.ecr.repositories.get('shop/web');
        if (repo) {
          repo.lifecyclePolicy = JSON.stringify({
            rules: [
              {
                rulePriority: 1,
                selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 1 },
                action: { type: 'expire' },
              },
            ],
          });
        }
      },
      'repository',
      'shop/web',
      ['lifecyclePolicy'],
      ['PutLifecyclePolicy'],
    ],
    [
      'a required tag removed',
      (aws: ReturnType<typeof fakeAws>) => {
        const repo = aws.ecr.repositories.get('shop/api');
        if (repo) delete repo.tags.Owner;
      },
      'repository',
      'shop/api',
      ['tags.Owner'],
      ['TagResource'],
    ],
    [
      'tag mutability switched to MUTABLE',
      (aws: ReturnType<typeof fakeAws>) => {
        const repo = aws.ecr.repositories.get('shop/api');
        if (repo) {
          repo.imageTagMutability = 'MUTABLE';
          repo.exclusionFilters = [];
        }
      },
      'repository',
      'shop/api',
      ['imageTagMutability', 'imageTagMutabilityExclusionFilters'],
      ['PutImageTagMutability'],
    ],
    [
      'scanning changed to manual for the system',
      (aws: ReturnType<typeof fakeAws>) => {
        aws.ecr.scanning = { scanType: 'BASIC', rules: [] };
      },
      'registry-scanning',
      'registry',
      ['frequency'],
      ['PutRegistryScanningConfiguration'],
    ],
    [
      'bucket versioning suspended',
      (aws: ReturnType<typeof fakeAws>) => {
        const bucket = aws.s3.buckets.get('shop-artifacts');
        if (bucket) bucket.versioning = 'Suspended';
      },
      'bucket',
      'shop-artifacts',
      ['versioning'],
      ['PutBucketVersioning'],
    ],
    [
      'our bucket policy statement removed',
      (aws: ReturnType<typeof fakeAws>) => {
        const bucket = aws.s3.buckets.get('shop-artifacts');
        const doc = JSON.parse(bucket?.policy ?? '{}') as { Statement: { Sid: string }[] };
        doc.Statement = doc.Statement.filter((s) => s.Sid !== 'ArtifactsNoArtifactOverwriteForshop');
        if (bucket) bucket.policy = JSON.stringify(doc);
      },
      'bucket',
      'shop-artifacts',
      ['policy'],
      ['PutBucketPolicy'],
    ],
  ])('%s', async (_what, drift, kind, id, attributes, writes) => {
    const aws = fakeAws();
    const policy = policyOf();
    await runProvision(aws, policy);
    drift(aws);

    const plan = await runProvision(aws, policy, { mode: 'plan' });
    const changed = plan.plan.resources.filter((r) => r.action !== 'unchanged');
    expect(changed.map((r) => [r.kind, r.id, r.action])).toEqual([[kind, id, 'update']]);
    expect(changed[0].changes.map((c) => c.attribute)).toEqual(attributes);

    aws.calls.reset();
    const fixed = await runProvision(aws, policy);
    expect(aws.calls.writes().map((c) => c.command)).toEqual(writes);
    expect(fixed.after?.changes).toBe(0);
    expect((await runProvision(aws, policy, { mode: 'plan' })).plan.changes).toBe(0);
  });

  test('policy documents are compared by meaning: a reordered, re-serialised repository policy is not drift', async () => {
    const aws = fakeAws();
    const policy = policyOf();
    await runProvision(aws, policy);
    const repo = aws.ecr.repositories.get('shop/api');
    if (!repo?.repositoryPolicy) throw new Error('no policy');
    const doc = JSON.parse(repo.repositoryPolicy) as {
      Statement: { Action: string[]; Principal: { AWS: string[] } }[];
    };
    doc.Statement[0].Action.reverse();
    doc.Statement[0].Principal.AWS.reverse();
    repo.repositoryPolicy = JSON.stringify(doc, null, 4);
    expect((await runProvision(aws, policy, { mode: 'plan' })).plan.changes).toBe(0);
  });
});

describe('what is never done silently', () => {
  test('an encryption change is planned as a replacement, never executed; other attributes are still applied', async () => {
    const aws = fakeAws();
    await runProvision(aws, policyOf());
    const aes = policyOf(
      BASE_POLICY.replace('encryption: {type: KMS}', 'encryption: {type: AES256}').replace(
        'keepTagged: 5',
        'keepTagged: 9',
      ),
    );

    const plan = await runProvision(aws, aes, { mode: 'plan' });
    const api = plan.plan.resources.find((r) => r.id === 'shop/api');
    expect(api?.action).toBe('replace');
    expect(api?.changes.find((c) => c.attribute === 'encryption')).toMatchObject({ replacement: true });
    expect(api?.note).toMatch(/fixes encryption when a repository is created/);

    aws.calls.reset();
    const applied = await runProvision(aws, aes);
    expect(aws.calls.writes().map((c) => c.command)).not.toContain('CreateRepository');
    expect(aws.calls.writes().map((c) => c.command)).not.toContain('DeleteRepository');
    expect(aws.ecr.repositories.get('shop/api')?.encryption.encryptionType).toBe('KMS');
    expect(
      JSON.parse(aws.ecr.repositories.get('shop/api')?.lifecyclePolicy ?? '{}').rules[0].selection.countNumber,
    ).toBe(9);
    // The template is not fixed: its encryption follows the policy.
    expect(aws.ecr.templates.get('quay')?.encryption.encryptionType).toBe('AES256');
    expect(applied.after?.resources.filter((r) => r.action === 'replace').map((r) => r.id)).toEqual([
      'shop/api',
      'shop/web',
      'thirdparty/distroless-static',
    ]);
    expect(applied.after?.resources.find((r) => r.id === 'shop/api')?.changes.map((c) => c.attribute)).toEqual([
      'encryption',
    ]);
  });

  describe('a KMS key given as an alias', () => {
    const withAlias = (alias: string) =>
      policyOf(BASE_POLICY.replace('encryption: {type: KMS}', `encryption: {type: KMS, kmsKey: "${alias}"}`));

    test.each(['alias/shop-ecr', `arn:aws:kms:eu-central-1:${ACCOUNT}:alias/shop-ecr`])(
      '%s: ECR reports the key ARN, and the next run finds no drift',
      async (alias) => {
        const aws = fakeAws();
        const arn = aws.kms.addKey('0b1c2d3e-0000-4000-8000-000000000001', 'shop-ecr');
        const first = await runProvision(aws, withAlias(alias));
        expect(first.after?.changes).toBe(0);
        expect(aws.ecr.repositories.get('shop/api')?.encryption.kmsKey).toBe(arn);
        aws.calls.reset();
        const second = await runProvision(aws, withAlias(alias), { mode: 'plan' });
        expect(second.plan.resources.filter((r) => r.action !== 'unchanged')).toEqual([]);
        expect(aws.calls.count('DescribeKey')).toBe(1);
      },
    );

    test('an alias that does not exist is a configuration error before anything is written', async () => {
      const aws = fakeAws();
      await expect(runProvision(aws, withAlias('alias/missing'))).rejects.toThrow(
        /kmsKey: the KMS alias alias\/missing does not exist in 123456789012\/eu-central-1/,
      );
      expect(aws.calls.writes()).toEqual([]);
    });

    test('without kms:DescribeKey the run warns what to grant, and the plan compares by name', async () => {
      const aws = fakeAws();
      aws.kms.addKey('0b1c2d3e-0000-4000-8000-000000000001', 'shop-ecr');
      await runProvision(aws, withAlias('alias/shop-ecr'));
      aws.kms.denyDescribe = true;
      const opts = options({ mode: 'plan' });
      const plan = await provision(withAlias('alias/shop-ecr'), aws.clients(), opts);
      expect(opts.logger.text()).toMatch(/Grant kms:DescribeKey on the key, or write the key's ARN/);
      expect(plan.plan.resources.find((r) => r.id === 'shop/api')?.action).toBe('replace');
    });

    test('a policy without an alias never calls KMS', async () => {
      const aws = fakeAws();
      await runProvision(aws, policyOf());
      expect(aws.calls.count('DescribeKey')).toBe(0);
    });
  });

  test('repositories, scanning rules, templates and bucket statements of others are left alone', async () => {
    const aws = fakeAws();
    const other = aws.ecr.client;
    const { CreateRepositoryCommand, PutRegistryScanningConfigurationCommand } = await import('@aws-sdk/client-ecr');
    await other.send(
      new CreateRepositoryCommand({ repositoryName: 'payments/core', tags: [{ Key: 'Project', Value: 'payments' }] }),
    );
    await other.send(
      new PutRegistryScanningConfigurationCommand({
        scanType: 'BASIC',
        rules: [
          { scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: [{ filter: 'payments/*', filterType: 'WILDCARD' }] },
        ],
      }),
    );
    await aws.s3.client.send(
      new (await import('@aws-sdk/client-s3')).CreateBucketCommand({
        Bucket: 'shop-artifacts',
        CreateBucketConfiguration: { LocationConstraint: 'eu-central-1' },
      }),
    );
    const foreign = {
      Sid: 'CdnRead',
      Effect: 'Allow',
      Principal: { Service: 'cloudfront.amazonaws.com' },
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::shop-artifacts/*',
      Condition: { StringEquals: { 'AWS:SourceArn': 'arn:aws:cloudfront::123456789012:distribution/E1' } },
    };
    const bucket = aws.s3.buckets.get('shop-artifacts');
    if (bucket) bucket.policy = JSON.stringify({ Version: '2012-10-17', Statement: [foreign] });
    aws.calls.reset();

    await runProvision(aws, policyOf());
    const touched = aws.calls
      .writes()
      .filter(
        (c) => JSON.stringify(c.input).includes('payments/core"') && c.command !== 'PutRegistryScanningConfiguration',
      );
    expect(touched).toEqual([]);
    expect(aws.ecr.repositories.get('payments/core')?.tags).toEqual({ Project: 'payments' });
    expect(aws.ecr.scanning.rules[0].repositoryFilters.map((f) => f.filter)).toEqual([
      'payments/*',
      'shop/api',
      'shop/web',
      'thirdparty/distroless-static',
    ]);
    const statements = JSON.parse(aws.s3.buckets.get('shop-artifacts')?.policy ?? '{}').Statement as { Sid: string }[];
    expect(statements[0]).toEqual(foreign);
    expect(statements).toHaveLength(6);
  });

  test('a managed repository the policy no longer lists is reported, and deleted only with prune (and only when empty)', async () => {
    const aws = fakeAws();
    await runProvision(aws, policyOf());
    const without = policyOf(BASE_POLICY.replace('services: [api, web]', 'services: [api]'));

    const reported = await runProvision(aws, without);
    const removal = reported.plan.resources.find((r) => r.action === 'remove');
    expect(removal).toMatchObject({ kind: 'repository', id: 'shop/web' });
    expect(removal?.note).toMatch(/prune: true/);
    expect(aws.ecr.repositories.has('shop/web')).toBe(true);
    expect(aws.calls.writes().map((c) => c.command)).not.toContain('DeleteRepository');
    expect(aws.ecr.scanning.rules[0].repositoryFilters.map((f) => f.filter)).toContain('shop/web');

    const web = aws.ecr.repositories.get('shop/web');
    if (web) web.imageCount = 3;
    const refused = await runProvision(aws, without, { prune: true });
    expect(refused.applied?.skipped.map((s) => s.resource.id)).toEqual(['shop/web']);
    expect(aws.ecr.repositories.has('shop/web')).toBe(true);
    // A repository prune had to keep is still scanned: its filter stays, and the confirmation finds no drift.
    expect(aws.ecr.scanning.rules[0].repositoryFilters.map((f) => f.filter)).toContain('shop/web');
    expect(refused.after?.resources.filter((r) => r.kind === 'registry-scanning')[0]?.action).toBe('unchanged');

    if (web) web.imageCount = 0;
    const pruned = await runProvision(aws, without, { prune: true });
    expect(pruned.applied?.applied.map((r) => r.id)).toContain('shop/web');
    expect(aws.ecr.repositories.has('shop/web')).toBe(false);
    // Without prune its scanning filter stayed (nothing is dropped); pruning removes it with the repository.
    expect(aws.ecr.scanning.rules[0].repositoryFilters.map((f) => f.filter)).toEqual([
      'shop/api',
      'thirdparty/distroless-static',
    ]);
  });
});

describe('at scale and under throttling', () => {
  test('extra services and paginated reads (page size 2) converge', async () => {
    const aws = fakeAws();
    aws.ecr.pageSize = 2;
    const services = Array.from({ length: 9 }, (_, i) => `svc${i}`);
    const first = await runProvision(aws, policyOf(), { services, concurrency: 3 });
    expect(first.after?.changes).toBe(0);
    expect(aws.ecr.repositories.size).toBe(12);
    expect(aws.calls.count('DescribeRepositories')).toBeGreaterThan(3);
    aws.calls.reset();
    await runProvision(aws, policyOf(), { services, concurrency: 3 });
    expect(aws.calls.writes()).toEqual([]);
  });

  test('a throttled call is tried once here: the SDK’s own adaptive retry is the only retry layer', async () => {
    const aws = fakeAws();
    // The fakes stand in for the SDK's send, retry included: a throttling answer is what the SDK gave up on.
    aws.calls.throttleNext(1);
    await expect(runProvision(aws, policyOf(), { mode: 'plan' })).rejects.toThrow(/Rate exceeded/);
    expect(aws.calls.calls.filter((c) => c.error === 'ThrottlingException')).toHaveLength(1);
    expect(aws.calls.calls.filter((c) => c.command === aws.calls.calls[0].command)).toHaveLength(1);
  });
});

describe('IAM', () => {
  const withIam = BASE_POLICY.replace(`iam: {accountId: "123456789012"}`, 'iam: {createPolicies: true}');

  test('iam.createPolicies creates the documents as managed policies; a changed document becomes a new default version', async () => {
    const aws = fakeAws();
    const first = await runProvision(aws, policyOf(withIam));
    expect(aws.calls.count('GetCallerIdentity')).toBe(1);
    const arn = `arn:aws:iam::${ACCOUNT}:policy/artifacts/artifacts-shop-ci-push`;
    expect(first.desired.iamPolicies.map((p) => p.name)).toEqual([
      'artifacts-shop-ci-push',
      'artifacts-shop-pull',
      'artifacts-shop-developer-read',
      'artifacts-shop-consumer',
    ]);
    expect(aws.iam.policies.has(arn)).toBe(true);
    expect(aws.iam.policies.has(arn.replace('ci-push', 'consumer'))).toBe(true);
    // Its own roles' documents are only written out: a role able to rewrite its own policy could grant itself anything.
    expect(first.desired.registryRolePolicies.map((p) => p.name)).toEqual([
      'artifacts-shop-registry-plan',
      'artifacts-shop-registry-apply',
    ]);
    expect([...aws.iam.policies.keys()].filter((k) => k.includes('registry-'))).toEqual([]);
    aws.calls.reset();
    await runProvision(aws, policyOf(withIam));
    expect(aws.calls.writes()).toEqual([]);

    const moved = policyOf(withIam.replace('bucket: shop-artifacts', 'bucket: shop-artifacts-2'));
    const second = await runProvision(aws, moved);
    expect(second.plan.resources.filter((r) => r.kind === 'iam-policy').map((r) => r.action)).toEqual([
      'update',
      'update',
      'update',
      'update',
    ]);
    expect(aws.iam.policies.get(arn)?.defaultVersion).toBe('v2');
    expect(JSON.stringify(aws.iam.document(arn))).toContain('shop-artifacts-2');
  });

  test('without iam.createPolicies nothing is written to IAM', async () => {
    const aws = fakeAws();
    await runProvision(aws, policyOf());
    expect(aws.calls.calls.filter((c) => c.service === 'iam')).toEqual([]);
  });
});

describe('registry settings shared with others', () => {
  test('replication rules are added beside the registry’s own, never replacing them', async () => {
    const aws = fakeAws();
    const theirs = {
      destinations: [{ region: 'us-west-2', registryId: ACCOUNT }],
      repositoryFilters: [{ filter: 'payments', filterType: 'PREFIX_MATCH' }],
    };
    aws.ecr.replication = [theirs];
    const policy = policyOf(
      BASE_POLICY.replace('  mirrors:', '  replication: [{region: eu-west-1, account: "444444444444"}]\n  mirrors:'),
    );
    await runProvision(aws, policy);
    expect(aws.ecr.replication).toEqual([
      theirs,
      {
        destinations: [{ region: 'eu-west-1', registryId: '444444444444' }],
        repositoryFilters: [{ filter: 'shop', filterType: 'PREFIX_MATCH' }],
      },
    ]);
    aws.calls.reset();
    await runProvision(aws, policy);
    expect(aws.calls.writes()).toEqual([]);
  });

  test('a creation template and a pull-through credential changed by hand are updated in place', async () => {
    const aws = fakeAws();
    const policy = policyOf();
    await runProvision(aws, policy);
    const template = aws.ecr.templates.get('quay');
    if (template) template.imageTagMutability = 'MUTABLE';
    if (template) template.exclusionFilters = [];
    const rule = aws.ecr.pullThroughRules.get('docker-hub');
    aws.ecr.secrets.add('ecr-pullthroughcache/old');
    if (rule) rule.credentialArn = `arn:aws:secretsmanager:eu-central-1:${ACCOUNT}:secret:ecr-pullthroughcache/old`;
    aws.calls.reset();
    const result = await runProvision(aws, policy);
    expect(
      aws.calls
        .writes()
        .map((c) => c.command)
        .sort(),
    ).toEqual(['UpdatePullThroughCacheRule', 'UpdateRepositoryCreationTemplate']);
    expect(result.after?.changes).toBe(0);
  });

  test('a shared bucket: only the system’s statements are written, nothing else of the bucket is touched', async () => {
    const aws = fakeAws();
    const { CreateBucketCommand } = await import('@aws-sdk/client-s3');
    await aws.s3.client.send(
      new CreateBucketCommand({
        Bucket: 'shop-artifacts',
        CreateBucketConfiguration: { LocationConstraint: 'eu-central-1' },
      }),
    );
    const policy = policyOf(
      BASE_POLICY.replace(
        'packages: {bucket: shop-artifacts}',
        'packages: {bucket: shop-artifacts, sharedBucket: true}',
      ),
    );
    aws.calls.reset();
    const result = await runProvision(aws, policy);
    expect(result.plan.resources.find((r) => r.kind === 'bucket')).toMatchObject({
      id: 'shop-artifacts/shop',
      action: 'update',
    });
    expect(
      aws.calls
        .writes()
        .filter((c) => c.service === 's3')
        .map((c) => c.command),
    ).toEqual(['PutBucketPolicy']);
    const tls = (
      JSON.parse(aws.s3.buckets.get('shop-artifacts')?.policy ?? '{}').Statement as { Sid: string; Resource: unknown }[]
    ).find((s) => s.Sid === 'ArtifactsTlsOnlyForshop');
    expect(tls?.Resource).toEqual(['arn:aws:s3:::shop-artifacts/shop/*']);
    expect(aws.s3.buckets.get('shop-artifacts')?.versioning).toBeUndefined();

    const missing = fakeAws();
    await expect(runProvision(missing, policy, { mode: 'plan' })).rejects.toThrow(
      /sharedBucket is true but bucket shop-artifacts does not exist/,
    );
  });
});

test('apply fails when the confirming read still differs (another writer changed it meanwhile)', async () => {
  const aws = fakeAws();
  aws.calls.onCall = (call) => {
    // Someone else puts their own lifecycle policy right after ours.
    if (
      call.command === 'PutLifecyclePolicy' &&
      (call.input as { repositoryName?: string }).repositoryName === 'shop/web'
    ) {
      const repo = aws.ecr.repositories.get('shop/web');
      if (repo)
        repo.lifecyclePolicy = JSON.stringify({
          rules: [
            {
              rulePriority: 1,
              selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 1 },
              action: { type: 'expire' },
            },
          ],
        });
    }
  };
  await expect(runProvision(aws, policyOf())).rejects.toThrow(
    /after apply, AWS still differs from the policy: repository shop\/web: lifecyclePolicy/,
  );
});

test('past 100 repositories the scanning rule names the system namespace as one wildcard (ECR allows 100 filters a rule)', async () => {
  const aws = fakeAws();
  const services = Array.from({ length: 120 }, (_, i) => `svc${i}`);
  const result = await runProvision(aws, policyOf(), { services, concurrency: 8 });
  expect(result.after?.changes).toBe(0);
  expect(aws.ecr.repositories.size).toBe(123);
  expect(aws.ecr.scanning.rules[0].repositoryFilters.map((f) => f.filter)).toEqual([
    'shop/*',
    'thirdparty/distroless-static',
  ]);
});

test('growing past 100 repositories replaces the exact-name filters by the wildcard instead of adding to them', async () => {
  const aws = fakeAws();
  await runProvision(aws, policyOf(), { services: Array.from({ length: 95 }, (_, i) => `svc${i}`), concurrency: 8 });
  expect(aws.ecr.scanning.rules[0].repositoryFilters).toHaveLength(98);
  const grown = await runProvision(aws, policyOf(), {
    services: Array.from({ length: 110 }, (_, i) => `svc${i}`),
    concurrency: 8,
  });
  expect(grown.after?.changes).toBe(0);
  expect(aws.ecr.scanning.rules[0].repositoryFilters.map((f) => f.filter)).toEqual([
    'shop/*',
    'thirdparty/distroless-static',
  ]);
});
