import {
  chartRepositoryName,
  isValidRepositoryName,
  managedRepositories,
  mirrorTarget,
  normalizeImageSource,
  packagePrefix,
  repositoryName,
} from '../../src/policy';
import type { PolicyInput } from '../../src/policy';
import { ConfigurationError } from '../../src/runtime/errors';
import { samplePolicy } from './sample-policy';

describe('ECR repository name rules', () => {
  test.each([
    ['piksel-core', true],
    ['shop/web', true],
    ['development/artos-postgres-eks-backend', true],
    ['a.b_c-d/e', true],
    ['thirdparty/redis', true],
    ['ab', true],
    ['a', false], // under 2 characters
    ['Shop/web', false], // uppercase
    ['shop//web', false], // empty segment
    ['shop/web/', false], // trailing slash
    ['/shop', false], // leading slash
    ['shop--web', false], // separators must be single
    ['shop/-web', false], // a segment starts with a separator
    ['shop web', false],
    [`${'a'.repeat(256)}`, true],
    [`${'a'.repeat(257)}`, false], // over 256 characters
  ])('%s valid: %s', (name, valid) => {
    expect(isValidRepositoryName(name)).toBe(valid);
  });
});

describe('repositoryName by layout', () => {
  const cases: [string, Partial<PolicyInput>, { service: string; environment?: string }, string][] = [
    ['single', { registry: { layout: 'single', repository: 'piksel-core' } }, { service: 'odc' }, 'piksel-core'],
    [
      'single with {system}',
      { registry: { layout: 'single', repository: '{system}-core' } },
      { service: 'web' },
      'shop-core',
    ],
    ['per-service default', { registry: { layout: 'per-service' } }, { service: 'web' }, 'shop/web'],
    [
      'per-service named after the service',
      { registry: { layout: 'per-service', repository: '{service}' } },
      { service: 'orders-api' },
      'orders-api',
    ],
    [
      'per-environment default',
      { registry: { layout: 'per-environment', environments: ['development', 'production'] } },
      { service: 'frontend', environment: 'production' },
      'production/frontend',
    ],
    [
      'per-environment custom',
      {
        registry: { layout: 'per-environment', repository: '{system}/{environment}/{service}', environments: ['dev'] },
      },
      { service: 'web', environment: 'dev' },
      'shop/dev/web',
    ],
  ];
  test.each(cases)('%s', (_name, overrides, target, expected) => {
    expect(repositoryName(samplePolicy(overrides), target)).toBe(expected);
  });

  test.each([
    [
      'a service the policy does not list',
      { registry: { services: ['web'] } },
      { service: 'api' },
      'service "api" is not in the policy\'s registry.services (web)',
    ],
    [
      'per-environment without an environment',
      { registry: { layout: 'per-environment', environments: ['dev'] } },
      { service: 'web' },
      'needs an environment',
    ],
    [
      'an environment the policy does not list',
      { registry: { layout: 'per-environment', environments: ['dev'] } },
      { service: 'web', environment: 'prod' },
      'environment "prod" is not in the policy\'s registry.environments (dev)',
    ],
    ['a service that makes an invalid name', {}, { service: 'Web App' }, 'is not a valid ECR repository name'],
  ] as [string, Partial<PolicyInput>, { service: string; environment?: string }, string][])(
    'refuses %s',
    (_name, overrides, target, message) => {
      const policy = samplePolicy(overrides);
      expect(() => repositoryName(policy, target)).toThrow(ConfigurationError);
      expect(() => repositoryName(policy, target)).toThrow(message);
    },
  );
});

describe('managedRepositories', () => {
  test('single: one repository, whatever the services', () => {
    const policy = samplePolicy({
      registry: { layout: 'single', repository: 'piksel-core', services: ['odc', 'ows'] },
      tags: { release: '{service}-{version}', development: '{service}-{sha7}' },
    });
    expect(managedRepositories(policy)).toEqual([{ name: 'piksel-core', kind: 'service' }]);
  });

  test('per-service: one per service, then mirrors and charts', () => {
    const policy = samplePolicy({
      registry: {
        services: ['web', 'api'],
        mirrors: [{ source: 'gcr.io/distroless/static', target: 'thirdparty/distroless-static' }],
        charts: '{system}/charts/{chart}',
      },
    });
    expect(managedRepositories(policy)).toEqual([
      { name: 'shop/web', kind: 'service', service: 'web' },
      { name: 'shop/api', kind: 'service', service: 'api' },
      { name: 'thirdparty/distroless-static', kind: 'mirror' },
      { name: 'shop/charts/web', kind: 'chart', service: 'web' },
      { name: 'shop/charts/api', kind: 'chart', service: 'api' },
    ]);
  });

  test('per-environment: services x environments', () => {
    const policy = samplePolicy({
      registry: { layout: 'per-environment', services: ['web', 'api'], environments: ['dev', 'prod'] },
    });
    expect(managedRepositories(policy).map((r) => r.name)).toEqual(['dev/web', 'prod/web', 'dev/api', 'prod/api']);
  });
});

describe('mirrors', () => {
  const policy = samplePolicy({
    registry: {
      mirrors: [
        { source: 'docker.io/library/redis', target: 'thirdparty/redis' },
        { source: 'gcr.io/distroless/static', target: 'thirdparty/distroless-static' },
        { source: 'onlyoffice/documentserver', target: 'thirdparty/onlyoffice' },
      ],
    },
  });
  test.each([
    ['docker.io/library/redis', 'thirdparty/redis'],
    ['redis', 'thirdparty/redis'],
    ['redis:7.2-alpine', 'thirdparty/redis'],
    ['docker://redis:7', 'thirdparty/redis'],
    ['index.docker.io/library/redis@sha256:0123', 'thirdparty/redis'],
    ['gcr.io/distroless/static:nonroot', 'thirdparty/distroless-static'],
    ['docker.io/onlyoffice/documentserver:7.5', 'thirdparty/onlyoffice'],
    ['quay.io/redis', undefined],
    ['gcr.io/distroless/base', undefined],
  ])('%s -> %s', (source, target) => {
    expect(mirrorTarget(policy, source)).toBe(target);
  });

  test.each([
    ['redis', 'docker.io/library/redis'],
    ['bitnami/redis:7', 'docker.io/bitnami/redis'],
    ['registry-1.docker.io/library/redis', 'docker.io/library/redis'],
    ['localhost:5000/app:1', 'localhost:5000/app'],
    ['ghcr.io/berriai/litellm:main', 'ghcr.io/berriai/litellm'],
  ])('normalizeImageSource(%s) = %s', (source, expected) => {
    expect(normalizeImageSource(source)).toBe(expected);
  });
});

describe('charts and packages', () => {
  test.each([
    [undefined, 'web', 'shop/charts/web'],
    ['helm/{system}/{chart}', 'api', 'helm/shop/api'],
  ])('chart pattern %s, chart %s -> %s', (charts, chart, expected) => {
    expect(chartRepositoryName(samplePolicy({ registry: { charts } }), chart)).toBe(expected);
  });

  test('an invalid chart name is refused', () => {
    expect(() => chartRepositoryName(samplePolicy(), 'My Chart')).toThrow('repository name for chart "My Chart"');
  });

  test.each([
    ['{system}', 'shop'],
    ['/{system}/', 'shop'],
    ['{system}/packages', 'shop/packages'],
    ['/{system}/', 'shop'],
  ])('package prefix %s -> %s', (prefix, expected) => {
    expect(packagePrefix(samplePolicy({ packages: { prefix } }))).toBe(expected);
  });
});
