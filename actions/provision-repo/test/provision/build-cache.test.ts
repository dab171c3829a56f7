import { desiredState } from '../../src/provision';
import { iamPolicyDocuments, type PolicyDocument } from '../../src/documents';
import { buildCacheRepository } from '../../../../shared/src/policy/build-cache';
import type { PolicyInput } from '../../../../shared/src/policy';
import { ConfigurationError } from '../../../../shared/src/runtime/errors';
import { samplePolicy } from '../../../../shared/test/policy/sample-policy';

const ctx = { accountId: '999999999999', region: 'eu-central-1' };
type Registry = NonNullable<PolicyInput['registry']>;
const policy = (registry: Registry) => samplePolicy({ registry: { tagMutability: 'IMMUTABLE', ...registry } });

describe('build cache repositories (registry.buildCache type registry)', () => {
  test.each<[string, Registry, string[]]>([
    ['per-service', { services: ['api', 'worker'] }, ['shop/api-buildcache', 'shop/worker-buildcache']],
    ['single', { layout: 'single', repository: 'shop-core' }, ['shop-core-buildcache']],
    [
      'per-environment',
      { layout: 'per-environment', services: ['api'], environments: ['dev', 'prod'] },
      ['dev/api-buildcache', 'prod/api-buildcache'],
    ],
    [
      'own pattern',
      { services: ['api'], buildCache: { repository: 'buildcache/{repository}' } },
      ['buildcache/shop/api'],
    ],
  ])('%s: one MUTABLE cache repository per image repository, expiring after N days', (_, registry, names) => {
    const p = policy({ ...registry, buildCache: { type: 'registry', expireAfterDays: 9, ...registry.buildCache } });
    const cache = desiredState(p, ctx).repositories.filter((r) => r.kind === 'cache');
    expect(cache.map((r) => r.name)).toEqual(names);
    for (const r of cache) {
      expect(r.imageTagMutability).toBe('MUTABLE');
      expect(r.exclusionFilters).toEqual([]);
      expect(JSON.parse(r.lifecyclePolicy!)).toEqual({
        rules: [
          {
            rulePriority: 1,
            description: 'Expire build cache images older than 9 days',
            selection: { tagStatus: 'any', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 9 },
            action: { type: 'expire' },
          },
        ],
      });
    }
    // The image repositories keep their own settings.
    const images = desiredState(p, ctx).repositories.filter((r) => r.kind === 'service');
    expect(images.every((r) => r.imageTagMutability === 'IMMUTABLE')).toBe(true);
  });

  test('type none or gha: no cache repository', () => {
    for (const type of ['none', 'gha'] as const) {
      const p = policy({ services: ['api'], buildCache: { type } });
      expect(desiredState(p, ctx).repositories.filter((r) => r.kind === 'cache')).toEqual([]);
    }
  });

  test('the cache repository is not scanned and carries no cross-account pull', () => {
    const p = policy({ services: ['api'], pullAccounts: ['123456789012'], buildCache: { type: 'registry' } });
    const state = desiredState(p, ctx);
    expect(state.scanning.filters).toEqual(['shop/api']);
    expect(state.repositories.find((r) => r.kind === 'cache')?.repositoryPolicy).toBeUndefined();
    expect(state.repositories.find((r) => r.kind === 'service')?.repositoryPolicy).toContain('CrossAccountPull');
  });

  test('layout single: the ci-push role reaches the cache repository by its own ARN', () => {
    const p = policy({ layout: 'single', repository: 'shop-core', buildCache: { type: 'registry' } });
    const doc = iamPolicyDocuments(p, ctx)['ci-push'] as PolicyDocument;
    const push = doc.Statement.find((s) => s.Sid === 'EcrPush')!;
    expect(push.Resource).toEqual([
      'arn:aws:ecr:eu-central-1:999999999999:repository/shop-core',
      'arn:aws:ecr:eu-central-1:999999999999:repository/shop-core-buildcache',
    ]);
    const without = iamPolicyDocuments(policy({ layout: 'single', repository: 'shop-core' }), ctx)['ci-push'];
    expect(without.Statement.find((s) => s.Sid === 'EcrPush')!.Resource).toEqual([
      'arn:aws:ecr:eu-central-1:999999999999:repository/shop-core',
    ]);
  });

  test.each<[string, Registry, RegExp]>([
    ['the image repository itself', { services: ['api'], buildCache: { repository: '{repository}' } }, /own mutable/],
    [
      'another image repository',
      { services: ['api', 'api-buildcache'], buildCache: { repository: '{repository}-buildcache' } },
      /image repository shop\/api-buildcache/,
    ],
    ['an unknown placeholder', { services: ['api'], buildCache: { repository: '{service}-cache' } }, /\{service\}/],
    ['an invalid name', { services: ['api'], buildCache: { repository: '{repository}--Cache' } }, /not a valid ECR/],
  ])('a cache repository that is %s is refused', (_, registry, message) => {
    const p = policy({ ...registry, buildCache: { type: 'registry', ...registry.buildCache } });
    expect(() => buildCacheRepository(p, 'shop/api')).toThrow(ConfigurationError);
    expect(() => buildCacheRepository(p, 'shop/api')).toThrow(message);
  });
});
