import { join } from 'node:path';
import {
  computeImageTags,
  loadPolicy,
  managedRepositories,
  mirrorTarget,
  packagePrefix,
  repositoryName,
  tagMutabilitySettings,
} from '../../src/policy';
import {
  iamPolicyDocuments,
  lifecyclePolicyFor,
  repositoryPolicyFor,
} from '../../../actions/provision-repo/src/documents';
import type { PolicyDocument } from '../../../actions/provision-repo/src/documents';
import type { GitContext } from '../../src/runtime/github-context';

/** An example loads without a warning: the examples show no deprecated spelling. */
const load = (example: string) =>
  loadPolicy(join(__dirname, '..', '..', '..', 'examples', example, 'artifact-policy.yml'), {
    warning: (message) => {
      throw new Error(`examples/${example} loads with a warning: ${message}`);
    },
  });

const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const push = (ref: string): GitContext => ({ eventName: 'push', ref, sha: SHA, headRef: '', repository: 'acme/app' });
const pullRequest = (headRef: string): GitContext => ({
  eventName: 'pull_request',
  ref: 'refs/pull/12/merge',
  sha: SHA,
  headRef,
  headSha: 'f9e8d7c6b5a4f9e8d7c6b5a4f9e8d7c6b5a4f9e8',
  repository: 'acme/app',
});
const tags = (...args: Parameters<typeof computeImageTags>) => computeImageTags(...args).map((t) => t.tag);
const ctx = { accountId: '111111111111', region: 'eu-central-1' };

describe('Piksel ECR blueprint', () => {
  const policy = load('piksel-ecr-blueprint');

  test('one repository, piksel-core, for every service', () => {
    for (const service of ['odc', 'jupyter', 'ows', 'explorer'])
      expect(repositoryName(policy, { service })).toBe('piksel-core');
    expect(managedRepositories(policy)).toEqual([{ name: 'piksel-core', kind: 'service' }]);
  });

  test('the hybrid tag convention of the blueprint', () => {
    expect(tags(policy, push('refs/tags/v1.5.0'), { service: 'odc' })).toEqual(['odc-v1.5.0']);
    expect(tags(policy, push('refs/tags/v3.1.2'), { service: 'jupyter' })).toEqual(['jupyter-v3.1.2']);
    expect(tags(policy, push('refs/heads/main'), { service: 'odc' })).toEqual(['odc-main-a1b2c3d', 'odc-latest']);
    expect(tags(policy, push('refs/heads/develop'), { service: 'jupyter' })).toEqual(['jupyter-develop-a1b2c3d']);
    expect(tags(policy, pullRequest('feature/wms'), { service: 'ows' })).toEqual(['ows-feature-wms-f9e8d7c']);
  });

  test('release and development tags immutable, only <service>-latest mutable', () => {
    const all = computeImageTags(policy, push('refs/heads/main'), { service: 'odc' });
    expect(all.map((t) => [t.tag, t.mutable])).toEqual([
      ['odc-main-a1b2c3d', false],
      ['odc-latest', true],
    ]);
    expect(tagMutabilitySettings(policy)).toEqual({
      imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
      imageTagMutabilityExclusionFilters: [{ filterType: 'WILDCARD', filter: '*-latest' }],
    });
  });

  test('KMS with the AWS-managed key, basic scan on push, the five resource tags', () => {
    expect(policy.registry.encryption).toEqual({ type: 'KMS' });
    expect(policy.registry.scanning).toMatchObject({ type: 'BASIC', frequency: 'SCAN_ON_PUSH' });
    expect(policy.resourceTags).toEqual({
      Project: 'piksel',
      Environment: 'shared',
      Purpose: 'container-registry',
      ManagedBy: 'Terraform',
      Owner: 'DevOps-Team',
    });
  });

  test('the lifecycle rules of section 5, with the tag filter ECR requires for tagged rules', () => {
    expect(JSON.parse(lifecyclePolicyFor(policy) ?? '')).toEqual({
      rules: [
        {
          rulePriority: 1,
          description: 'Keep only last 5 tagged images',
          selection: { tagStatus: 'tagged', tagPatternList: ['*'], countType: 'imageCountMoreThan', countNumber: 5 },
          action: { type: 'expire' },
        },
        {
          rulePriority: 2,
          description: 'Expire untagged images older than 7 days',
          selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 7 },
          action: { type: 'expire' },
        },
      ],
    });
  });

  test('the IAM permissions of section 4, scoped to the piksel-core ARN', () => {
    const docs = iamPolicyDocuments(policy, ctx);
    const actions = (doc: PolicyDocument) =>
      doc.Statement.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));
    expect(actions(docs['ci-push']).sort()).toEqual(
      [
        'ecr:PutImage',
        'ecr:InitiateLayerUpload',
        'ecr:UploadLayerPart',
        'ecr:CompleteLayerUpload',
        'ecr:BatchCheckLayerAvailability',
        'ecr:GetAuthorizationToken',
        // Beyond the blueprint: build-sign-push reads each tag before writing it and mounts sibling layers,
        // scan-gate reads the basic scan; the blueprint's BatchDeleteImage and DescribeImages are called by no action.
        'ecr:BatchGetImage',
        'ecr:GetDownloadUrlForLayer',
        'ecr:GetRegistryScanningConfiguration',
        'ecr:DescribeImageScanFindings',
        'ecr:StartImageScan',
      ].sort(),
    );
    expect(actions(docs.pull).sort()).toEqual(
      [
        'ecr:GetDownloadUrlForLayer',
        'ecr:BatchGetImage',
        'ecr:BatchCheckLayerAvailability',
        'ecr:GetAuthorizationToken',
      ].sort(),
    );
    expect(actions(docs['developer-read']).sort()).toEqual(
      [
        'ecr:GetDownloadUrlForLayer',
        'ecr:BatchGetImage',
        'ecr:BatchCheckLayerAvailability',
        'ecr:DescribeRepositories',
        'ecr:DescribeImages',
        'ecr:ListImages',
        'ecr:GetAuthorizationToken',
      ].sort(),
    );
    // Developers never push.
    expect(actions(docs['developer-read'])).not.toContain('ecr:PutImage');
    expect(docs.pull.Statement[0].Resource).toEqual(['arn:aws:ecr:eu-central-1:111111111111:repository/piksel-core']);
  });
});

describe('HLD011 artifact storage', () => {
  const policy = load('hld011-artifact-storage');

  test('a registry per system: every repository under the system prefix', () => {
    expect(managedRepositories(policy).map((r) => r.name)).toEqual([
      'billing/api',
      'billing/worker',
      'thirdparty/distroless-static',
      'billing/charts/api',
      'billing/charts/worker',
    ]);
  });

  test('Amazon Inspector scans continuously', () => {
    expect(policy.registry.scanning).toMatchObject({ type: 'ENHANCED', frequency: 'CONTINUOUS_SCAN' });
    expect(policy.scan.source).toBe('inspector');
  });

  test('pull-through cache for ECR Public, Quay, Kubernetes and Docker Hub; gcr.io through a mirror', () => {
    expect(policy.registry.pullThroughCache.map((r) => r.upstream)).toEqual([
      'ecr-public',
      'quay',
      'k8s',
      'docker-hub',
    ]);
    expect(policy.registry.pullThroughCache[3].credentialSecret).toMatch(/^ecr-pullthroughcache\//);
    expect(policy.registry.pullThroughCache.map((r) => r.upstream)).not.toContain('gcr.io');
    expect(mirrorTarget(policy, 'gcr.io/distroless/static:nonroot')).toBe('thirdparty/distroless-static');
  });

  test('signed by AWS Signer, no custom key, unsigned images refused', () => {
    expect(policy.signing).toMatchObject({ required: true, method: 'signer', profile: 'billing_images' });
    expect(policy.signing.key).toBeUndefined();
    expect(policy.signing.trust.signerProfiles).toHaveLength(1);
    expect(policy.signing.trust.publicKeys).toEqual([]);
  });

  test('packages in S3 under the system prefix, reachable by ABAC only', () => {
    expect(packagePrefix(policy)).toBe('billing');
    const docs = iamPolicyDocuments(policy, ctx);
    const text = JSON.stringify(docs);
    expect(text).toContain('arn:aws:s3:::acme-artifacts-eu-central-1/${aws:PrincipalTag/Project}/*');
    expect(text).toContain('"ecr:ResourceTag/Project":"${aws:PrincipalTag/Project}"');
    expect(policy.resourceTags.Project).toBe(policy.system);
  });

  test('eu-central-1 and the price table of the design', () => {
    expect(policy.region).toBe('eu-central-1');
    expect(policy.pricing).toEqual({ ecrGbMonth: 0.1, s3GbMonth: 0.0245 });
  });
});

describe('Artos ECR module', () => {
  const policy = load('artos-ecr-module');

  test('{environment}/<component> for each environment, thirdparty/* once', () => {
    expect(repositoryName(policy, { service: 'artos-postgres-eks-backend', environment: 'production' })).toBe(
      'production/artos-postgres-eks-backend',
    );
    expect(managedRepositories(policy).map((r) => r.name)).toEqual([
      'development/artos-postgres-eks-backend',
      'staging/artos-postgres-eks-backend',
      'production/artos-postgres-eks-backend',
      'development/artos-postgres-eks-celery',
      'staging/artos-postgres-eks-celery',
      'production/artos-postgres-eks-celery',
      'development/frontend',
      'staging/frontend',
      'production/frontend',
      'thirdparty/redis',
      'thirdparty/onlyoffice',
      'thirdparty/litellm',
      'thirdparty/propelauth',
    ]);
    expect(mirrorTarget(policy, 'redis:7.2-alpine')).toBe('thirdparty/redis');
  });

  test('the typical images of the module', () => {
    expect(tags(policy, push('refs/heads/main'), { service: 'frontend', environment: 'development' })).toEqual([
      'main',
      'latest',
    ]);
    expect(
      tags(policy, push('refs/heads/feature-new-ui'), { service: 'frontend', environment: 'development' }),
    ).toEqual(['feature-new-ui']);
    expect(tags(policy, push('refs/tags/v2.1.0'), { service: 'frontend', environment: 'production' })).toEqual([
      'v2.1.0',
    ]);
    expect(computeImageTags(policy, push('refs/tags/v1.2.3'), { service: 'frontend' })[0].mutable).toBe(false);
  });

  test('MUTABLE, with the release tags (v*) immutable: ECR MUTABLE_WITH_EXCLUSION', () => {
    expect(policy.registry).toMatchObject({ tagMutability: 'MUTABLE', mutableTags: [], immutableTags: ['v*'] });
    expect(tagMutabilitySettings(policy)).toEqual({
      imageTagMutability: 'MUTABLE_WITH_EXCLUSION',
      imageTagMutabilityExclusionFilters: [{ filterType: 'WILDCARD', filter: 'v*' }],
    });
  });

  test('max_image_count 0: no lifecycle policy at all', () => {
    expect(lifecyclePolicyFor(policy)).toBeUndefined();
  });

  test('AES256, scan on push, cross-account pull for the three accounts', () => {
    expect(policy.registry.encryption).toEqual({ type: 'AES256' });
    expect(policy.registry.scanning).toMatchObject({ type: 'BASIC', frequency: 'SCAN_ON_PUSH' });
    expect(JSON.parse(repositoryPolicyFor(policy) ?? '')).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'CrossAccountPull',
          Effect: 'Allow',
          Principal: {
            AWS: ['arn:aws:iam::111111111111:root', 'arn:aws:iam::222222222222:root', 'arn:aws:iam::333333333333:root'],
          },
          Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'],
        },
      ],
    });
  });
});

describe('ECR strategy: a single artifacts account', () => {
  const policy = load('ecr-strategy-single-account');

  test('one repository per service, named after its GitHub repository', () => {
    expect(repositoryName(policy, { service: 'orders-api' })).toBe('orders-api');
    expect(managedRepositories(policy).map((r) => r.name)).toEqual(['orders-api', 'billing-worker', 'web-frontend']);
  });

  test('images pushed with the commit SHA; releases by version', () => {
    expect(tags(policy, push('refs/heads/main'), { service: 'orders-api' })).toEqual([SHA]);
    expect(tags(policy, push('refs/tags/v4.0.1'), { service: 'orders-api' })).toEqual(['v4.0.1']);
  });

  test('lifecycle rules on tags protect release images before anything expires', () => {
    const rules = (JSON.parse(lifecyclePolicyFor(policy) ?? '') as { rules: { selection: object }[] }).rules;
    expect(rules.map((r) => r.selection)).toEqual([
      { tagStatus: 'tagged', tagPrefixList: ['v'], countType: 'imageCountMoreThan', countNumber: 1000 },
      { tagStatus: 'tagged', tagPatternList: ['*'], countType: 'imageCountMoreThan', countNumber: 50 },
      { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 7 },
    ]);
  });

  test('read-only from the workload accounts, replicated where Lambdas run', () => {
    const doc = JSON.parse(repositoryPolicyFor(policy) ?? '') as PolicyDocument;
    expect(doc.Statement).toHaveLength(1);
    expect(doc.Statement[0].Action).toEqual([
      'ecr:BatchGetImage',
      'ecr:GetDownloadUrlForLayer',
      'ecr:BatchCheckLayerAvailability',
    ]);
    expect(policy.registry.replication.map((r) => r.account)).toEqual(['222222222222', '333333333333']);
    expect(policy.iam.accountId).toBe('111111111111');
  });
});

describe('Artifact registry pattern', () => {
  const policy = load('artifact-registry-pattern');

  test('one central registry, a repository per microservice', () => {
    expect(managedRepositories(policy).map((r) => r.name)).toEqual([
      'storefront/catalog',
      'storefront/cart',
      'storefront/checkout',
      'storefront/frontend',
    ]);
  });

  test('versioned releases and every tested build published', () => {
    expect(tags(policy, push('refs/tags/2.3.0'), { service: 'cart' })).toEqual(['2.3.0']);
    expect(tags(policy, push('refs/heads/main'), { service: 'cart' })).toEqual(['main-a1b2c3d']);
  });

  test('CI pushes, the deployment account pulls', () => {
    const doc = JSON.parse(repositoryPolicyFor(policy) ?? '') as PolicyDocument;
    expect(doc.Statement.map((s) => [s.Sid, s.Principal?.AWS])).toEqual([
      ['CrossAccountPull', ['arn:aws:iam::222222222222:root']],
      ['CiPush', 'arn:aws:iam::111111111111:role/storefront-ci'],
    ]);
  });

  test('signatures required and checked against the identity of the reusable workflow that signs', () => {
    expect(policy.signing).toMatchObject({ required: true, method: 'keyless' });
    expect(policy.signing.trust.keyless[0].issuer).toBe('https://token.actions.githubusercontent.com');
    const subject = new RegExp(policy.signing.trust.keyless[0].subject);
    expect(subject.test('https://github.com/acme/artifacts/.github/workflows/container-release.yml@refs/tags/v1')).toBe(
      true,
    );
    expect(subject.test('https://github.com/acme/storefront-cart/.github/workflows/release.yml@refs/tags/2.3.0')).toBe(
      false,
    );
  });
});
