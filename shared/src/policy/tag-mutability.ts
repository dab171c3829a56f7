import type { Policy } from './schema';
import type { PolicyIssue } from './validate';

/**
 * The exceptions to `registry.tagMutability`, each list named for what its tags are:
 * `mutableTags` (tags that stay movable) only with IMMUTABLE, `immutableTags` (tags that never move) only with
 * MUTABLE. The exceptions are what ECR calls imageTagMutabilityExclusionFilters.
 */
export function tagMutabilityExceptions(policy: Policy): string[] {
  const { tagMutability, mutableTags, immutableTags } = policy.registry;
  return tagMutability === 'IMMUTABLE' ? mutableTags : immutableTags;
}

/** What a policy's tag mutability exceptions resolve to: the policy in its unambiguous form, errors and warnings. */
export interface ResolvedTagMutability {
  policy: Policy;
  issues: PolicyIssue[];
  warnings: PolicyIssue[];
}

/**
 * Reads the deprecated spelling (`mutableTags` with tagMutability MUTABLE, which listed tags that stay immutable) as
 * `immutableTags`, with a warning; refuses a list that contradicts the setting, saying what to write instead.
 */
export function resolveTagMutability(policy: Policy): ResolvedTagMutability {
  const { tagMutability, mutableTags, immutableTags } = policy.registry;
  const none: ResolvedTagMutability = { policy, issues: [], warnings: [] };
  if (tagMutability === 'IMMUTABLE') {
    if (immutableTags.length === 0) return none;
    const issue = {
      path: ['registry', 'immutableTags'],
      message:
        'applies only with tagMutability MUTABLE: in an IMMUTABLE repository every tag is immutable already. Remove it, list the tags that may move in registry.mutableTags, or set registry.tagMutability: MUTABLE',
    };
    return { ...none, issues: [issue] };
  }
  if (mutableTags.length === 0) return none;
  if (immutableTags.length > 0) {
    const issue = {
      path: ['registry', 'mutableTags'],
      message:
        'with tagMutability MUTABLE every tag is movable already; mutableTags here is the old spelling of immutableTags, and both are set. Move its filters into registry.immutableTags and remove mutableTags',
    };
    return { ...none, issues: [issue] };
  }
  const warning = {
    path: ['registry', 'mutableTags'],
    message: `deprecated with tagMutability MUTABLE: these filters (${mutableTags.join(', ')}) list tags that can never be moved, which registry.immutableTags now names. Rename the key to immutableTags; the meaning stays the same`,
  };
  const registry = { ...policy.registry, mutableTags: [], immutableTags: mutableTags };
  return { policy: { ...policy, registry }, issues: [], warnings: [warning] };
}
