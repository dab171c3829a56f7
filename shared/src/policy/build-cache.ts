import { ConfigurationError } from '../runtime/errors';
import { managedRepositories, repositoryNameProblem, repositoryPattern } from './naming';
import type { Policy } from './schema';
import { renderTemplate, templateProblem } from './template';

export const BUILD_CACHE_PLACEHOLDERS = ['repository', 'system'] as const;

function checkedTemplate(policy: Policy): string {
  const template = policy.registry.buildCache.repository;
  const problem = templateProblem(template, BUILD_CACHE_PLACEHOLDERS);
  if (problem) throw new ConfigurationError(`registry.buildCache.repository: ${problem}`);
  return template;
}

/**
 * The cache repository of an image repository (`registry.buildCache.repository`, default
 * "{repository}-buildcache"). It is never the image repository itself nor another image repository of the system:
 * cache writes go under mutable tags, which an image repository's immutable tags would refuse.
 */
export function buildCacheRepository(policy: Policy, repository: string): string {
  const name = renderTemplate(checkedTemplate(policy), { repository, system: policy.system });
  const problem = repositoryNameProblem(name);
  if (problem) throw new ConfigurationError(`registry.buildCache.repository for ${repository}: ${problem}`);
  const images = new Set([repository, ...managedRepositories(policy).map((r) => r.name)]);
  if (images.has(name)) {
    throw new ConfigurationError(
      `registry.buildCache.repository makes the cache of ${repository} the image repository ${name}; the cache needs its own mutable repository: use a pattern such as "{repository}-buildcache".`,
    );
  }
  return name;
}

/** The cache repositories the policy implies: one per image repository of its services, when the cache is `registry`. */
export function buildCacheRepositories(policy: Policy): { name: string; of: string }[] {
  if (policy.registry.buildCache.type !== 'registry') return [];
  return managedRepositories(policy)
    .filter((r) => r.kind === 'service')
    .map((r) => ({ name: buildCacheRepository(policy, r.name), of: r.name }));
}

/** The cache repositories' name pattern with the system filled in and the image repository's pattern inside. */
export function buildCacheRepositoryPattern(policy: Policy): string | undefined {
  if (policy.registry.buildCache.type !== 'registry') return undefined;
  const images = renderTemplate(repositoryPattern(policy), { system: policy.system });
  return renderTemplate(checkedTemplate(policy), { repository: images, system: policy.system });
}
