import { ConfigurationError } from '../../../../shared/src/runtime/errors';
import type { ActualState, DesiredState, OwnershipMarker } from './types';

/**
 * Before any change, whose is each existing resource the policy names? A repository, creation template or bucket
 * tagged for another system is never changed; one not managed by artifacts is changed only when the user adopts it
 * explicitly. Checked at plan time, so a refused run writes nothing.
 */

const describeTags = (tags: Record<string, string>, keys: string[]) =>
  keys.map((k) => `${k}=${tags[k] ?? '(none)'}`).join(', ');

/** The system a resource is tagged for, if any. */
export function ownerOf(tags: Record<string, string>, marker: OwnershipMarker): string | undefined {
  return tags[marker.systemTagKey] || undefined;
}

export function isManagedBy(tags: Record<string, string>, marker: OwnershipMarker): boolean {
  return Object.entries(marker.tags).every(([k, v]) => tags[k] === v);
}

function repositoryProblem(
  name: string,
  tags: Record<string, string>,
  desired: DesiredState,
  adopt: Set<string>,
): string | undefined {
  const marker = desired.ownership;
  const owner = ownerOf(tags, marker);
  if (owner !== undefined && owner !== desired.system) {
    return `repository ${name} belongs to system ${owner} (tag ${marker.systemTagKey}=${owner}); system ${desired.system} cannot change it: give this policy's repository another name (registry.services, registry.mirrors target, registry.repository), or ask system ${owner} to release it`;
  }
  if (isManagedBy(tags, marker) || adopt.has(name)) return undefined;
  return `repository ${name} exists and is not managed by artifacts for system ${desired.system} (${describeTags(tags, Object.keys(marker.tags))}): to bring it under this policy, list it in the adopt-repositories input; otherwise give this policy's repository another name`;
}

function templateProblem(prefix: string, tags: Record<string, string>, desired: DesiredState): string | undefined {
  const marker = desired.ownership;
  const owner = ownerOf(tags, marker);
  if (owner !== undefined && owner !== desired.system) {
    return `repository creation template ${prefix} (and its pull-through cache rule) belongs to system ${owner}; system ${desired.system} asks for its own: set another prefix in registry.pullThroughCache (prefix: ${desired.system}-${prefix}), or agree with system ${owner} which system manages it`;
  }
  if (isManagedBy(tags, marker)) return undefined;
  return `repository creation template ${prefix} exists and is not managed by artifacts for system ${desired.system} (${describeTags(tags, Object.keys(marker.tags))}): delete it, or set another prefix in registry.pullThroughCache`;
}

function bucketProblem(desired: DesiredState, actual: ActualState): string | undefined {
  const bucket = desired.bucket;
  if (!bucket || bucket.shared || !actual.bucket?.exists) return undefined;
  const owner = ownerOf(actual.bucket.tags, desired.ownership);
  if (owner === undefined || owner === desired.system) return undefined;
  return `bucket ${bucket.name} belongs to system ${owner} (tag ${desired.ownership.systemTagKey}=${owner}); to keep packages of system ${desired.system} there, set packages.sharedBucket: true (only this system's prefix and statements are managed), or use another bucket`;
}

/** Throws a ConfigurationError listing every resource this system may not change; returns the adopted names. */
export function verifyOwnership(desired: DesiredState, actual: ActualState, adoptRepositories: string[]): string[] {
  const adopt = new Set(adoptRepositories);
  const names = new Set(desired.repositories.map((r) => r.name));
  const problems: string[] = [...adopt]
    .filter((name) => !names.has(name))
    .map(
      (name) =>
        `adopt-repositories lists ${name}, which this policy does not provision: remove it from the input, or add it to the policy`,
    );
  const adopted: string[] = [];
  for (const repo of desired.repositories) {
    const current = actual.repositories.get(repo.name);
    if (!current) continue;
    const problem = repositoryProblem(repo.name, current.tags, desired, adopt);
    if (problem) problems.push(problem);
    else if (!isManagedBy(current.tags, desired.ownership)) adopted.push(repo.name);
  }
  for (const template of desired.creationTemplates) {
    const current = actual.creationTemplates.get(template.prefix);
    const problem = current && templateProblem(template.prefix, current.tags, desired);
    if (problem) problems.push(problem);
  }
  const bucket = bucketProblem(desired, actual);
  if (bucket) problems.push(bucket);
  if (problems.length > 0) {
    throw new ConfigurationError(`Nothing was changed. ${problems.map((p) => `${p}.`).join(' ')}`);
  }
  return adopted;
}
