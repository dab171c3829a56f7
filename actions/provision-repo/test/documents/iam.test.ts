import {
  CROSS_ACCOUNT_PULL_ACTIONS,
  consumerTrustPolicy,
  iamPolicyDocuments,
  repositoryPolicyFor,
} from '../../src/documents';
import type { PolicyInput } from '../../../../shared/src/policy';
import type { PolicyDocument, PolicyStatement } from '../../src/documents';
import { samplePolicy } from '../../../../shared/test/policy/sample-policy';

const ctx = { accountId: '999999999999', region: 'eu-central-1' };

describe('repositoryPolicyFor', () => {
  test('no pull accounts and no push role: no repository policy', () => {
    expect(repositoryPolicyFor(samplePolicy())).toBeUndefined();
  });

  test('cross-account pull grants exactly the three pull actions to each account root', () => {
    const doc = JSON.parse(
      repositoryPolicyFor(samplePolicy({ registry: { pullAccounts: ['123456789012', '234567890123'] } })) ?? '',
    ) as PolicyDocument;
    expect(doc).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'CrossAccountPull',
          Effect: 'Allow',
          Principal: { AWS: ['arn:aws:iam::123456789012:root', 'arn:aws:iam::234567890123:root'] },
          Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'],
        },
      ],
    });
    expect(CROSS_ACCOUNT_PULL_ACTIONS).toHaveLength(3);
  });

  test('a push role gets the push statement', () => {
    const arn = 'arn:aws:iam::999999999999:role/shop-ci';
    const doc = JSON.parse(
      repositoryPolicyFor(samplePolicy({ registry: { pushRoleArn: arn } })) ?? '',
    ) as PolicyDocument;
    expect(doc.Statement).toHaveLength(1);
    expect(doc.Statement[0]).toMatchObject({ Sid: 'CiPush', Principal: { AWS: arn } });
    expect(doc.Statement[0].Action).toEqual(expect.arrayContaining(['ecr:PutImage', 'ecr:CompleteLayerUpload']));
  });
});

describe('iamPolicyDocuments', () => {
  const statement = (doc: PolicyDocument, sid: string): PolicyStatement => {
    const found = doc.Statement.find((s) => s.Sid === sid);
    if (!found) throw new Error(`no statement ${sid} in ${JSON.stringify(doc)}`);
    return found;
  };

  test.each<[string, Partial<PolicyInput>, string[]]>([
    ['single', { registry: { layout: 'single', repository: 'shop-core' } }, ['repository/shop-core']],
    ['per-service', { registry: { layout: 'per-service' } }, ['repository/shop/*']],
    [
      'per-environment with mirrors and charts',
      {
        registry: {
          layout: 'per-environment',
          environments: ['dev'],
          mirrors: [{ source: 'redis', target: 'thirdparty/redis' }],
          charts: '{system}/charts/{chart}',
        },
      },
      ['repository/*/*', 'repository/thirdparty/redis', 'repository/shop/charts/*'],
    ],
  ])('ECR statements are scoped to the %s repositories and by ABAC', (_name, overrides, arns) => {
    const docs = iamPolicyDocuments(samplePolicy(overrides), ctx);
    expect(Object.keys(docs)).toEqual(['ci-push', 'pull', 'developer-read']);
    for (const [name, sid] of [
      ['ci-push', 'EcrPush'],
      ['pull', 'EcrPull'],
      ['developer-read', 'EcrRead'],
    ] as const) {
      const s = statement(docs[name], sid);
      expect(s.Resource).toEqual(arns.map((a) => `arn:aws:ecr:eu-central-1:999999999999:${a}`));
      expect(s.Condition).toEqual({ StringEquals: { 'ecr:ResourceTag/Project': '${aws:PrincipalTag/Project}' } });
    }
  });

  test('GetAuthorizationToken is granted on * (it has no resource scope) and nowhere else', () => {
    const docs = iamPolicyDocuments(samplePolicy(), ctx);
    for (const doc of Object.values(docs)) {
      expect(statement(doc, 'NoResourceScope')).toMatchObject({ Effect: 'Allow', Resource: '*' });
      expect(statement(doc, 'NoResourceScope').Action).toContain('ecr:GetAuthorizationToken');
      const others = doc.Statement.filter((s) => s.Sid !== 'NoResourceScope');
      for (const s of others) expect(s.Resource).not.toBe('*');
    }
  });

  test('package access is limited to the prefix named by the principal tag', () => {
    const docs = iamPolicyDocuments(
      samplePolicy({ packages: { bucket: 'acme-artifacts', prefix: '{system}/packages' } }),
      ctx,
    );
    expect(statement(docs['ci-push'], 'PackagesPublishObjects')).toEqual({
      Sid: 'PackagesPublishObjects',
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:PutObject', 's3:AbortMultipartUpload'],
      Resource: 'arn:aws:s3:::acme-artifacts/${aws:PrincipalTag/Project}/packages/*',
    });
    expect(statement(docs.pull, 'PackagesReadList')).toEqual({
      Sid: 'PackagesReadList',
      Effect: 'Allow',
      Action: ['s3:ListBucket'],
      Resource: 'arn:aws:s3:::acme-artifacts',
      Condition: {
        StringLike: { 's3:prefix': ['${aws:PrincipalTag/Project}/packages', '${aws:PrincipalTag/Project}/packages/*'] },
      },
    });
    // Nobody deletes or overwrites through these roles' read documents.
    expect(JSON.stringify(docs.pull)).not.toContain('s3:PutObject');
    expect(JSON.stringify(docs['developer-read'])).not.toContain('s3:PutObject');
  });

  test('the bucket of the context wins over the policy; without any bucket there is no S3 statement', () => {
    const withBucket = iamPolicyDocuments(samplePolicy({ packages: { bucket: 'policy-bucket' } }), {
      ...ctx,
      bucket: 'other-bucket',
    });
    expect(JSON.stringify(withBucket)).toContain('arn:aws:s3:::other-bucket/');
    expect(JSON.stringify(withBucket)).not.toContain('policy-bucket');
    const none = iamPolicyDocuments(samplePolicy(), ctx);
    expect(JSON.stringify(none)).not.toContain('s3:');
  });

  test('the ABAC key follows iam.principalTagKey', () => {
    const docs = iamPolicyDocuments(samplePolicy({ iam: { principalTagKey: 'System' } }), { ...ctx, bucket: 'b-1' });
    const text = JSON.stringify(docs);
    expect(text).toContain('"ecr:ResourceTag/System":"${aws:PrincipalTag/System}"');
    expect(text).toContain('arn:aws:s3:::b-1/${aws:PrincipalTag/System}/*');
    expect(text).not.toContain('Project');
  });

  test.each<[string, Partial<PolicyInput>, string[], string[]]>([
    [
      'a policy that does not sign pushes, reads what its tags point at and mounts layers; it never deletes',
      {},
      ['ecr:PutImage', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:StartImageScan'],
      ['ecr:BatchDeleteImage', 'ecr:DescribeImages', 'ecr:DescribeImageSigningStatus'],
    ],
    [
      'ECR managed signing waits for the signing status',
      { signing: { method: 'ecr-managed' } },
      ['ecr:DescribeImageSigningStatus'],
      ['ecr:BatchDeleteImage'],
    ],
    [
      'enhanced scanning reads Inspector, not the basic scan',
      { registry: { scanning: { type: 'ENHANCED', frequency: 'CONTINUOUS_SCAN' } } },
      [],
      ['ecr:StartImageScan', 'ecr:DescribeImageScanFindings'],
    ],
  ])('%s', (_name, overrides, granted, absent) => {
    const push = statement(iamPolicyDocuments(samplePolicy(overrides), ctx)['ci-push'], 'EcrPush').Action;
    expect(push).toEqual(expect.arrayContaining(granted));
    for (const action of absent) expect(push).not.toContain(action);
  });

  test.each<[string, Partial<PolicyInput>, string, PolicyStatement]>([
    [
      'a KMS alias: the key operations through kms:RequestAlias',
      { signing: { method: 'kms', key: 'awskms:///alias/shop-signing' } },
      'SigningKeyByAlias',
      {
        Sid: 'SigningKeyByAlias',
        Effect: 'Allow',
        Action: ['kms:Sign', 'kms:GetPublicKey'],
        Resource: 'arn:aws:kms:eu-central-1:999999999999:key/*',
        Condition: { StringEquals: { 'kms:RequestAlias': ['alias/shop-signing'] } },
      },
    ],
    [
      'a trusted KMS key ARN: its public key only',
      { signing: { trust: { kmsKeys: ['awskms:///arn:aws:kms:eu-west-1:111111111111:key/k-1'] } } },
      'TrustedKeysByArn',
      {
        Sid: 'TrustedKeysByArn',
        Effect: 'Allow',
        Action: ['kms:GetPublicKey'],
        Resource: ['arn:aws:kms:eu-west-1:111111111111:key/k-1'],
      },
    ],
    [
      'an AWS Signer profile by name',
      { signing: { method: 'signer', profile: 'shop_images' } },
      'SignerProfile',
      {
        Sid: 'SignerProfile',
        Effect: 'Allow',
        Action: ['signer:SignPayload'],
        Resource: 'arn:aws:signer:eu-central-1:999999999999:/signing-profiles/shop_images',
      },
    ],
  ])('signing: %s', (_name, overrides, sid, expected) => {
    expect(statement(iamPolicyDocuments(samplePolicy(overrides), ctx)['ci-push'], sid)).toEqual(expected);
  });
});

describe('the consumer role (setup-package-store)', () => {
  test.each<[string, Partial<PolicyInput>, string | undefined, string[] | undefined]>([
    ['no package bucket: no document', {}, undefined, undefined],
    [
      'the prefix named by the principal tag',
      { packages: { bucket: 'b-1' } },
      'arn:aws:s3:::b-1/${aws:PrincipalTag/Project}/*',
      ['${aws:PrincipalTag/Project}', '${aws:PrincipalTag/Project}/*'],
    ],
    [
      'a prefix template and another tag key',
      { packages: { bucket: 'b-1', prefix: '{system}/libs' }, iam: { principalTagKey: 'System' } },
      'arn:aws:s3:::b-1/${aws:PrincipalTag/System}/libs/*',
      ['${aws:PrincipalTag/System}/libs', '${aws:PrincipalTag/System}/libs/*'],
    ],
  ])('%s', (_name, overrides, objects, listed) => {
    const { consumer } = iamPolicyDocuments(samplePolicy(overrides), ctx);
    if (objects === undefined) {
      expect(consumer).toBeUndefined();
      return;
    }
    // Reads only: GET and HEAD of objects, and a listing of the prefix (404 rather than 403 for a missing key).
    expect(consumer?.Statement).toEqual([
      { Sid: 'PackagesInstallObjects', Effect: 'Allow', Action: ['s3:GetObject'], Resource: objects },
      {
        Sid: 'PackagesInstallList',
        Effect: 'Allow',
        Action: ['s3:ListBucket'],
        Resource: 'arn:aws:s3:::b-1',
        Condition: { StringLike: { 's3:prefix': listed } },
      },
    ]);
  });

  test.each<[string, string | undefined, string]>([
    ["every repository of the workflow's owner", undefined, 'repo:acme/*:*'],
    ["the system's repositories (repository-pattern)", 'piksel-*', 'repo:acme/piksel-*:*'],
  ])('the trust policy lets GitHub OIDC tokens of %s assume it', (_name, repositoryPattern, sub) => {
    const trust = consumerTrustPolicy({ accountId: '999999999999', owner: 'acme', repositoryPattern });
    expect(trust.Statement).toEqual([
      {
        Sid: 'GitHubActionsConsumers',
        Effect: 'Allow',
        Principal: { Federated: 'arn:aws:iam::999999999999:oidc-provider/token.actions.githubusercontent.com' },
        // No sts:TagSession: a session cannot bring a tag of its own.
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
          StringLike: { 'token.actions.githubusercontent.com:sub': sub },
        },
      },
    ]);
  });
});
