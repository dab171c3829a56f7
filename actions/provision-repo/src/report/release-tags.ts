import { sanitizeTagPart } from '../../../../shared/src/policy/tags';
import type { Policy } from '../../../../shared/src/policy/schema';

/**
 * Reading tags back: which of an image's tags the policy's tag templates produced for a service. A template is
 * turned into a pattern with the service, environment and system fixed and the build's own parts free.
 */

const TAG_CHARS = '[A-Za-z0-9._-]';
const FREE: Record<string, string> = {
  version: `[A-Za-z0-9_]${TAG_CHARS}*`,
  branch: `[a-z0-9_]${TAG_CHARS}*`,
  sha: '[0-9a-f]{40}',
  sha7: '[0-9a-f]{7}',
  run: '[0-9]+',
};

export interface TagTarget {
  service: string;
  environment?: string;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The pattern of a tag template for one service; undefined when the template needs an environment not given. */
export function tagTemplatePattern(template: string, policy: Policy, target: TagTarget): RegExp | undefined {
  const fixed: Record<string, string | undefined> = {
    service: sanitizeTagPart(target.service),
    environment: target.environment && sanitizeTagPart(target.environment),
    system: policy.system,
  };
  let missing = false;
  const source = template
    .split(/(\{[^{}]*\})/)
    .map((part) => {
      const name = /^\{([^{}]*)\}$/.exec(part)?.[1];
      if (name === undefined) return escape(part);
      if (name in FREE) return FREE[name];
      const value = fixed[name];
      if (value === undefined) {
        // Without an environment, any environment's tag is accepted.
        if (name === 'environment') return `${TAG_CHARS}+`;
        missing = true;
        return '';
      }
      return escape(value);
    })
    .join('');
  return missing ? undefined : new RegExp(`^${source}$`);
}

/**
 * Whether a tag is a release tag of the service: the release template matches it and the development and
 * latest templates do not (a branch build's tag can take the release template's shape, as with "{version}").
 */
export function isReleaseTag(policy: Policy, tag: string, target: TagTarget): boolean {
  const release = tagTemplatePattern(policy.tags.release, policy, target);
  if (!release?.test(tag)) return false;
  const others = [policy.tags.development, policy.tags.latest].filter((t): t is string => Boolean(t));
  return !others.some((t) => tagTemplatePattern(t, policy, target)?.test(tag));
}

/** The tags of an image that are release tags of any of the given services. */
export function releaseTagsOf(policy: Policy, tags: readonly string[], targets: readonly TagTarget[]): string[] {
  return tags.filter((tag) => targets.some((target) => isReleaseTag(policy, tag, target)));
}
