import type { RegistryClient } from '../../../shared/src/oci/registry';
import type { ImageTag, Policy } from '../../../shared/src/policy';
import { ConfigurationError } from '../../../shared/src/runtime/errors';

/** A tag to write and what it points at now (undefined: it does not exist yet). */
export interface TagState {
  tag: ImageTag;
  current?: string;
}

export type TagAction = 'new' | 'unchanged' | 'moved';

export interface PlannedTag extends ImageTag {
  action: TagAction;
  /** The digest a moved tag pointed at before. */
  previous?: string;
}

/** Reads what each tag points at now, with HEAD requests (a few at once). */
export async function readTagStates(client: RegistryClient, repository: string, tags: ImageTag[]): Promise<TagState[]> {
  return Promise.all(
    tags.map(async (tag) => ({ tag, current: (await client.headManifest(repository, tag.tag))?.digest })),
  );
}

/**
 * Decides every tag before any is written: a tag already on this digest is left alone (a re-run succeeds),
 * a new tag is written, a movable tag is moved; an immutable tag on another digest stops the whole push.
 */
export function planTags(states: TagState[], digest: string, policy: Policy, repository: string): PlannedTag[] {
  const conflicts = states.filter((s) => s.current && s.current !== digest && !s.tag.mutable);
  if (conflicts.length > 0) {
    const { tagMutability, mutableTags, immutableTags } = policy.registry;
    const rule =
      tagMutability === 'IMMUTABLE'
        ? `registry.tagMutability is IMMUTABLE and registry.mutableTags (${mutableTags.length ? mutableTags.join(', ') : 'none'}) does not match it`
        : `registry.tagMutability is MUTABLE but registry.immutableTags (${immutableTags.join(', ')}) keeps it immutable`;
    const lines = conflicts.map(
      (s) =>
        `tag '${s.tag.tag}' of ${repository} already points at ${s.current}, not at this image ${digest} (${rule})`,
    );
    const fix =
      tagMutability === 'IMMUTABLE'
        ? 'add a filter matching it to registry.mutableTags'
        : 'narrow registry.immutableTags so that it no longer matches it';
    throw new ConfigurationError(
      `${lines.join('; ')}. No tag was written. An immutable tag names one image for good: build from a new version (a new git tag), or, if this tag is meant to move, ${fix} in the policy.`,
    );
  }
  return states.map(({ tag, current }) => {
    if (current === digest) return { ...tag, action: 'unchanged' };
    if (current) return { ...tag, action: 'moved', previous: current };
    return { ...tag, action: 'new' };
  });
}
