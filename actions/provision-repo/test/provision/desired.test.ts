import { desiredState, pullThroughCacheRules, systemNamespace } from '../../src/provision';
import { ConfigurationError } from '../../../../shared/src/runtime/errors';
import { ACCOUNT, BASE_POLICY, REGION, policyOf } from './fixtures';

const ctx = { accountId: ACCOUNT, region: REGION };
const withCache = (entries: string) =>
  policyOf(BASE_POLICY.replace(/pullThroughCache:\n(?: {4}- .*\n)+/, `pullThroughCache: ${entries}\n`));

describe('pull-through cache rules', () => {
  test.each([
    [
      '{upstream: ecr-public}',
      { prefix: 'ecr-public', upstreamRegistry: 'ecr-public', upstreamRegistryUrl: 'public.ecr.aws' },
    ],
    ['{upstream: quay, prefix: qy}', { prefix: 'qy', upstreamRegistry: 'quay', upstreamRegistryUrl: 'quay.io' }],
    ['{upstream: k8s}', { prefix: 'k8s', upstreamRegistry: 'k8s', upstreamRegistryUrl: 'registry.k8s.io' }],
    [
      '{upstream: chainguard}',
      { prefix: 'chainguard', upstreamRegistry: 'chainguard', upstreamRegistryUrl: 'cgr.dev' },
    ],
    [
      '{upstream: github, credentialSecret: ecr-pullthroughcache/ghcr}',
      {
        prefix: 'github',
        upstreamRegistry: 'github-container-registry',
        upstreamRegistryUrl: 'ghcr.io',
        credentialArn: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:ecr-pullthroughcache/ghcr`,
      },
    ],
    [
      '{upstream: gitlab, credentialSecret: ecr-pullthroughcache/gitlab}',
      {
        prefix: 'gitlab',
        upstreamRegistry: 'gitlab-container-registry',
        upstreamRegistryUrl: 'registry.gitlab.com',
        credentialArn: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:ecr-pullthroughcache/gitlab`,
      },
    ],
  ])('%s', (entry, expected) => {
    expect(pullThroughCacheRules(withCache(`[${entry}]`), ctx)).toEqual([expected]);
  });

  test.each([
    ['gcr.io', '{upstream: gcr.io}', /cannot.*gcr\.io.*registry\.mirrors/],
    ['docker-hub without its secret', '{upstream: docker-hub}', /credentialSecret|needs/],
    [
      'a secret outside ecr-pullthroughcache/',
      '{upstream: docker-hub, credentialSecret: dockerhub}',
      /ecr-pullthroughcache\//,
    ],
  ])('%s is a configuration error', (_what, entry, message) => {
    const run = () =>
      pullThroughCacheRules(
        { ...policyOf(), registry: { ...policyOf().registry, pullThroughCache: [parseEntry(entry)] } },
        ctx,
      );
    expect(run).toThrow(ConfigurationError);
    expect(run).toThrow(message);
  });
});

function parseEntry(entry: string): { upstream: string; credentialSecret?: string } {
  const upstream = /upstream: ([^,}]+)/.exec(entry)?.[1].trim() ?? '';
  const credentialSecret = /credentialSecret: ([^,}]+)/.exec(entry)?.[1].trim();
  return credentialSecret ? { upstream, credentialSecret } : { upstream };
}

describe('the desired state', () => {
  test('createOnPush adds a CREATE_ON_PUSH template for the system namespace, with the same settings', () => {
    const policy = policyOf(BASE_POLICY.replace('layout: per-service', 'layout: per-service\n  createOnPush: true'));
    const desired = desiredState(policy, ctx);
    const template = desired.creationTemplates.find((t) => t.prefix === 'shop');
    expect(template?.appliedFor).toEqual(['CREATE_ON_PUSH']);
    expect(template?.lifecyclePolicy).toBe(desired.repositories[0].lifecyclePolicy);
    expect(template?.repositoryPolicy).toBe(desired.repositories[0].repositoryPolicy);
    expect(template?.tags).toEqual(desired.repositories[0].tags);
  });

  test('templates without registry.templateRoleArn are refused with how to make the role', () => {
    const policy = policyOf(BASE_POLICY.replace(/ {2}templateRoleArn: .*\n/, ''));
    expect(() => desiredState(policy, ctx)).toThrow(
      /registry\.templateRoleArn is needed: the docker-hub, quay repository creation template/,
    );
    expect(() => desiredState(policy, ctx)).toThrow(/trusts ecr\.amazonaws\.com/);
    expect(desiredState(policyOf(), ctx).creationTemplates.map((t) => t.customRoleArn)).toEqual([
      'arn:aws:iam::123456789012:role/ecr-templates',
      'arn:aws:iam::123456789012:role/ecr-templates',
    ]);
  });

  test.each([
    ['per-service', undefined, 'shop'],
    ['per-service', '"team/{system}/{service}"', 'team/shop'],
    ['per-environment', '"{environment}/{service}"', undefined],
    ['per-service', '"{service}"', undefined],
  ])('system namespace of %s %s', (layout, repository, expected) => {
    let yaml = BASE_POLICY.replace(
      'layout: per-service',
      `layout: ${layout}${repository ? `\n  repository: ${repository}` : ''}`,
    );
    if (layout === 'per-environment')
      yaml = yaml.replace('services: [api, web]', 'services: [api, web]\n  environments: [dev, prod]');
    expect(systemNamespace(policyOf(yaml))).toBe(expected);
  });

  test('repository URIs come from the account and region; the ownership marker is ManagedBy and the ABAC tag', () => {
    const desired = desiredState(policyOf(), ctx);
    expect(desired.repositories.map((r) => r.uri)).toEqual([
      `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/shop/api`,
      `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/shop/web`,
      `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/thirdparty/distroless-static`,
    ]);
    expect(desired.ownership.tags).toEqual({ ManagedBy: 'artifacts', Project: 'shop' });
  });

  test('CONTINUOUS_SCAN with BASIC scanning is refused with what to change', () => {
    // The loader refuses it too; the desired state does not rely on having been given a loaded policy.
    const loaded = policyOf();
    const policy = {
      ...loaded,
      registry: {
        ...loaded.registry,
        scanning: { ...loaded.registry.scanning, frequency: 'CONTINUOUS_SCAN' as const },
      },
    };
    expect(() => desiredState(policy, ctx)).toThrow(/CONTINUOUS_SCAN needs type ENHANCED/);
  });

  test('the package store policy: TLS only, conditional writes, create-only artifacts, prefix isolation by principal tag', () => {
    const { bucket } = desiredState(policyOf(), ctx);
    const byName = Object.fromEntries((bucket?.statements ?? []).map((s) => [s.Sid, s]));
    expect(byName.ArtifactsConditionalWritesOnlyForshop).toMatchObject({
      Effect: 'Deny',
      Action: 's3:PutObject',
      Resource: 'arn:aws:s3:::shop-artifacts/shop/*',
      Condition: {
        Null: { 's3:if-none-match': 'true', 's3:if-match': 'true' },
        Bool: { 's3:ObjectCreationOperation': 'true' },
      },
    });
    expect(byName.ArtifactsNoArtifactOverwriteForshop.Resource).toEqual(
      expect.arrayContaining(['arn:aws:s3:::shop-artifacts/shop/*.jar', 'arn:aws:s3:::shop-artifacts/shop/*.tgz.*']),
    );
    expect(byName.ArtifactsNoArtifactOverwriteForshop.Resource).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/\.xml|\.json|\.html/)]),
    );
    expect(byName.ArtifactsPrefixIsolationForshop).toMatchObject({
      NotResource: 'arn:aws:s3:::shop-artifacts/shop/*',
      Condition: { StringEquals: { 'aws:PrincipalTag/Project': 'shop' } },
    });
  });
});
