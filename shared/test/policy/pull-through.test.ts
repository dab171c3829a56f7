import { credentialSecretName, resolvePullThroughUpstream } from '../../src/policy';
import type { PolicyInput } from '../../src/policy';
import { samplePolicy } from './sample-policy';

describe('resolvePullThroughUpstream', () => {
  test.each([
    ['ecr-public', 'ecr-public', 'public.ecr.aws', 'none', 'ecr-public'],
    ['public.ecr.aws', 'ecr-public', 'public.ecr.aws', 'none', 'ecr-public'],
    ['docker-hub', 'docker-hub', 'registry-1.docker.io', 'required', 'docker-hub'],
    ['registry-1.docker.io', 'docker-hub', 'registry-1.docker.io', 'required', 'docker-hub'],
    ['quay', 'quay', 'quay.io', 'none', 'quay'],
    ['Quay.io', 'quay', 'quay.io', 'none', 'quay'],
    ['k8s', 'k8s', 'registry.k8s.io', 'none', 'k8s'],
    ['github', 'github', 'ghcr.io', 'required', 'github-container-registry'],
    ['registry.gitlab.com', 'gitlab', 'registry.gitlab.com', 'required', 'gitlab-container-registry'],
    ['acmeregistry.azurecr.io', 'azure', 'acmeregistry.azurecr.io', 'required', 'azure-container-registry'],
    ['chainguard', 'chainguard', 'cgr.dev', 'optional', 'chainguard'],
  ])('%s -> %s (%s), credentials %s, API upstream %s', (upstream, name, url, credentials, upstreamRegistry) => {
    expect(resolvePullThroughUpstream(upstream)).toEqual({ name, url, credentials, upstreamRegistry });
  });

  test.each([
    ['gcr.io', 'copy its images with registry.mirrors'],
    ['eu.gcr.io', 'copy its images with registry.mirrors'],
    ['europe-docker.pkg.dev', 'copy its images with registry.mirrors'],
    ['azure', 'write upstream: <name>.azurecr.io'],
    ['registry.example.com', 'ECR cannot cache "registry.example.com"'],
  ])('%s cannot be cached: %s', (upstream, message) => {
    const resolved = resolvePullThroughUpstream(upstream);
    expect('problem' in resolved && resolved.problem).toContain(message);
  });
});

test.each([
  ['ecr-pullthroughcache/docker-hub', 'ecr-pullthroughcache/docker-hub'],
  [
    'arn:aws:secretsmanager:eu-central-1:123456789012:secret:ecr-pullthroughcache/docker-hub-AbCdEf',
    'ecr-pullthroughcache/docker-hub-AbCdEf',
  ],
])('credentialSecretName(%s) = %s', (secret, name) => {
  expect(credentialSecretName(secret)).toBe(name);
});

describe('pull-through cache rules in a policy', () => {
  const withRules = (pullThroughCache: NonNullable<PolicyInput['registry']>['pullThroughCache']) =>
    samplePolicy({ registry: { pullThroughCache } });

  test('accepts hosts, an ARN for the secret, optional credentials and distinct prefixes', () => {
    const policy = withRules([
      { upstream: 'quay.io' },
      {
        upstream: 'docker-hub',
        credentialSecret: 'arn:aws:secretsmanager:eu-central-1:123456789012:secret:ecr-pullthroughcache/hub',
      },
      { upstream: 'chainguard' },
      { upstream: 'acmeimages.azurecr.io', prefix: 'azure-acme', credentialSecret: 'ecr-pullthroughcache/acme' },
    ]);
    expect(policy.registry.pullThroughCache).toHaveLength(4);
  });

  test.each<[string, NonNullable<PolicyInput['registry']>['pullThroughCache'], string]>([
    [
      'a secret for a public upstream',
      [{ upstream: 'quay', credentialSecret: 'ecr-pullthroughcache/quay' }],
      'upstream quay is public and takes no credentialSecret',
    ],
    [
      'an ARN of a wrongly named secret',
      [{ upstream: 'github', credentialSecret: 'arn:aws:secretsmanager:eu-central-1:123456789012:secret:ghcr-token' }],
      'rename "arn:aws:secretsmanager',
    ],
    [
      'two rules with one prefix',
      [{ upstream: 'quay' }, { upstream: 'quay.io' }],
      'the prefix "quay" is used by two rules',
    ],
    ['an invalid prefix', [{ upstream: 'k8s', prefix: 'K8S' }], '"K8S" is not a valid ECR repository name'],
  ])('refuses %s', (_name, rules, message) => {
    expect(() => withRules(rules)).toThrow(message);
  });
});
