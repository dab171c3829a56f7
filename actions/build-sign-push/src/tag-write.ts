import { RegistryError } from '../../../shared/src/oci/errors';
import type { RegistryClient } from '../../../shared/src/oci/registry';
import type { StoredManifest } from '../../../shared/src/oci/types';
import { ConfigurationError } from '../../../shared/src/runtime/errors';
import type { PlannedTag } from './tag-plan';

export type TagWriter = Pick<RegistryClient, 'headManifest' | 'putManifest' | 'host'>;

/**
 * Writes one planned tag. ECR enforces immutable tags itself, and its refusal becomes a clear error. A registry
 * without immutable tags (docker-registry) gets a check just before the write and a read-back after it: when two
 * runs race for one immutable tag, the one whose image is not under the tag afterwards fails. One window stays
 * open there: a run that wrote and read back its image before the other's write does not learn of it.
 */
export async function writeTag(
  client: TagWriter,
  repository: string,
  tag: PlannedTag,
  image: StoredManifest,
  registryEnforcesImmutability: boolean,
): Promise<void> {
  const guarded = !tag.mutable && !registryEnforcesImmutability;
  if (guarded) {
    const current = (await client.headManifest(repository, tag.tag))?.digest;
    if (current && current !== image.digest) throw concurrentWrite(client.host, repository, tag.tag, current, image);
  }
  try {
    await client.putManifest(repository, tag.tag, image);
  } catch (err) {
    if (tag.mutable || !isImmutableTagRefusal(err)) throw err;
    const current = await client.headManifest(repository, tag.tag).then(
      (h) => h?.digest,
      () => undefined,
    );
    throw concurrentWrite(client.host, repository, tag.tag, current, image, err);
  }
  if (guarded) {
    const now = (await client.headManifest(repository, tag.tag))?.digest;
    if (now !== image.digest) throw concurrentWrite(client.host, repository, tag.tag, now, image);
  }
}

/** ECR's ImageTagAlreadyExistsException as the distribution API reports it: 400/409 naming an immutable tag. */
export function isImmutableTagRefusal(err: unknown): boolean {
  if (!(err instanceof RegistryError) || ![400, 409].includes(err.status)) return false;
  const coded = err.status === 409 || ['TAG_INVALID', 'MANIFEST_INVALID', 'DENIED'].includes(err.code ?? '');
  return coded && /immutab|already exists|ImageTagAlreadyExists/i.test(err.message);
}

function concurrentWrite(
  host: string,
  repository: string,
  tag: string,
  current: string | undefined,
  image: StoredManifest,
  cause?: unknown,
): ConfigurationError {
  const error = new ConfigurationError(
    `The immutable tag '${tag}' of ${host}/${repository} points at ${current ?? 'another image'}, not at this image ${image.digest}: it was written by another run at the same time; re-run to see which image holds it (this run's image stays in the repository by its digest, untagged).`,
  );
  if (cause !== undefined) Object.defineProperty(error, 'cause', { value: cause });
  return error;
}
