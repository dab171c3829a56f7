import { ConfigurationError } from '../runtime/errors';
import type { Logger } from '../runtime/logger';
import { digestOf } from './digest';
import { MEDIA_TYPES, type Descriptor, type ImageIndex, type ImageManifest, type StoredManifest } from './types';

/** The registry operations referrers need; the OCI registry client provides them. */
export interface ReferrerRegistry {
  pushBlob(repository: string, blob: { digest: string; size: number }, body: Buffer): Promise<unknown>;
  getBlob(repository: string, digest: string): Promise<Buffer>;
  getManifest(repository: string, reference: string, accept?: string): Promise<StoredManifest | undefined>;
  putManifest(
    repository: string,
    reference: string,
    manifest: { bytes: Buffer; mediaType: string },
  ): Promise<{ digest: string; subjectHeader?: string }>;
  referrersApi(repository: string, digest: string, artifactType?: string): Promise<ImageIndex | undefined>;
}

/** ECR keeps at most this many referrers (signatures, attestations, SBOMs) per image. */
export const MAX_REFERRERS = 100;
/** From this count on, every attachment warns that the limit is near. */
export const REFERRERS_WARNING_THRESHOLD = 90;

/** The empty JSON object that artifacts without configuration point their config at. */
export const EMPTY_CONFIG = Buffer.from('{}');

export interface ReferrerBlob {
  mediaType: string;
  bytes: Buffer;
  annotations?: Record<string, string>;
}

export interface ReferrerArtifact {
  artifactType: string;
  /** The config blob; the OCI empty descriptor when absent. */
  config?: ReferrerBlob;
  layers: ReferrerBlob[];
  annotations?: Record<string, string>;
}

export interface AttachedReferrer {
  /** The referrer manifest's descriptor (with artifactType and annotations, as it appears in the index). */
  descriptor: Descriptor;
  /** How the registry links it to its subject: its referrers API, or the referrers tag schema. */
  via: 'referrers-api' | 'tag-schema';
}

export interface ReferrerList {
  referrers: Descriptor[];
  /** Where the list came from; `none` when the registry has no referrers API and no fallback tag exists. */
  source: 'referrers-api' | 'tag-schema' | 'none';
  /** The legacy cosign signature manifest at tag `sha256-<hex>.sig`, if any. */
  cosignSignatureTag?: { tag: string; descriptor: Descriptor };
}

/** The tag of the referrers tag schema for a digest: `sha256:<hex>` becomes `sha256-<hex>`. */
export function referrersTag(digest: string): string {
  return digest.replace(':', '-');
}

/** The tag cosign 2 stores an image's signatures at: `sha256-<hex>.sig`. */
export function cosignSignatureTag(digest: string): string {
  return `${referrersTag(digest)}.sig`;
}

function descriptorOf(blob: ReferrerBlob): Descriptor {
  return {
    mediaType: blob.mediaType,
    digest: digestOf(blob.bytes),
    size: blob.bytes.length,
    ...(blob.annotations && Object.keys(blob.annotations).length ? { annotations: blob.annotations } : {}),
  };
}

/** The manifest of an artifact that refers to a subject, as the image spec 1.1 lays it out. */
export function referrerManifest(subject: Descriptor, artifact: ReferrerArtifact): ImageManifest {
  const config = artifact.config ?? { mediaType: MEDIA_TYPES.ociEmpty, bytes: EMPTY_CONFIG };
  return {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociManifest,
    artifactType: artifact.artifactType,
    config: descriptorOf(config),
    layers: artifact.layers.map(descriptorOf),
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    ...(artifact.annotations && Object.keys(artifact.annotations).length ? { annotations: artifact.annotations } : {}),
  };
}

/** Reads the referrers tag schema index of a digest; undefined when the tag does not exist. */
async function readTagIndex(
  client: ReferrerRegistry,
  repository: string,
  digest: string,
): Promise<ImageIndex | undefined> {
  const stored = await client.getManifest(repository, referrersTag(digest), MEDIA_TYPES.ociIndex);
  if (!stored) return undefined;
  const parsed = JSON.parse(stored.bytes.toString('utf8')) as ImageIndex;
  if (!Array.isArray(parsed.manifests)) {
    throw new ConfigurationError(
      `Tag '${referrersTag(digest)}' in '${repository}' is not an OCI image index, so it cannot hold the referrers of ${digest}. ` +
        'Delete or rename that tag (it is reserved for the OCI referrers tag schema).',
    );
  }
  return parsed;
}

/**
 * Lists what refers to an image: the registry's referrers API first, else the OCI referrers tag schema,
 * plus the legacy cosign `.sig` tag. Filtered by artifact type when one is given.
 */
export async function listReferrers(
  client: ReferrerRegistry,
  repository: string,
  digest: string,
  artifactType?: string,
): Promise<ReferrerList> {
  let referrers: Descriptor[] = [];
  let source: ReferrerList['source'] = 'none';
  const api = await client.referrersApi(repository, digest, artifactType);
  if (api) {
    referrers = api.manifests;
    source = 'referrers-api';
  } else {
    const index = await readTagIndex(client, repository, digest);
    if (index) {
      referrers = index.manifests;
      source = 'tag-schema';
    }
  }
  if (artifactType) referrers = referrers.filter((d) => d.artifactType === artifactType);
  const tag = cosignSignatureTag(digest);
  const sig = await client.getManifest(repository, tag, `${MEDIA_TYPES.ociManifest}, ${MEDIA_TYPES.dockerManifest}`);
  return {
    referrers,
    source,
    ...(sig
      ? {
          cosignSignatureTag: {
            tag,
            descriptor: { mediaType: sig.mediaType, digest: sig.digest, size: sig.bytes.length },
          },
        }
      : {}),
  };
}

/** Warns near ECR's referrer limit and refuses to go past it. */
export function checkReferrerCapacity(count: number, repository: string, digest: string, logger?: Logger): void {
  if (count >= MAX_REFERRERS) {
    throw new ConfigurationError(
      `${repository}@${digest} already has ${count} referrers (signatures, attestations, attachments); ECR keeps at most ${MAX_REFERRERS} per image. ` +
        'Delete referrers that are no longer needed (old signatures, superseded SBOMs) before attaching more.',
    );
  }
  if (count >= REFERRERS_WARNING_THRESHOLD) {
    logger?.warning(
      `${repository}@${digest} has ${count} referrers; ECR keeps at most ${MAX_REFERRERS} per image. Delete unneeded ones soon.`,
    );
  }
}

/** Merges a descriptor into a referrers index, keeping every existing entry. */
export function mergeIntoIndex(index: ImageIndex | undefined, descriptor: Descriptor): ImageIndex {
  const manifests = index?.manifests ?? [];
  if (manifests.some((d) => d.digest === descriptor.digest)) {
    return index ?? { schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests };
  }
  return {
    ...(index ?? {}),
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociIndex,
    manifests: [...manifests, descriptor],
  };
}

/** Read-modify-write attempts on the fallback index; a concurrent writer can make one attempt lose its entry. */
const TAG_INDEX_ATTEMPTS = 4;

async function addToTagIndex(
  client: ReferrerRegistry,
  repository: string,
  subjectDigest: string,
  descriptor: Descriptor,
): Promise<void> {
  const tag = referrersTag(subjectDigest);
  for (let attempt = 1; attempt <= TAG_INDEX_ATTEMPTS; attempt++) {
    const current = await readTagIndex(client, repository, subjectDigest);
    if (current?.manifests.some((d) => d.digest === descriptor.digest)) return;
    const next = mergeIntoIndex(current, descriptor);
    await client.putManifest(repository, tag, {
      bytes: Buffer.from(JSON.stringify(next)),
      mediaType: MEDIA_TYPES.ociIndex,
    });
    // No conditional writes on this path: read back to make sure no concurrent writer replaced our entry.
    const written = await readTagIndex(client, repository, subjectDigest);
    if (written?.manifests.some((d) => d.digest === descriptor.digest)) return;
  }
  throw new Error(
    `The referrers index at tag '${tag}' in '${repository}' kept changing while ${descriptor.digest} was being added; try again.`,
  );
}

/**
 * Attaches an artifact to a subject: pushes its blobs and its manifest (with `subject`), and where the registry
 * did not answer with `OCI-Subject` (no referrers API) records it in the `sha256-<hex>` referrers tag index.
 */
export async function attachReferrer(
  client: ReferrerRegistry,
  repository: string,
  subject: Descriptor,
  artifact: ReferrerArtifact,
  logger?: Logger,
): Promise<AttachedReferrer> {
  const existing = await listReferrers(client, repository, subject.digest);
  const manifest = referrerManifest(subject, artifact);
  const bytes = Buffer.from(JSON.stringify(manifest));
  const digest = digestOf(bytes);
  const descriptor: Descriptor = {
    mediaType: MEDIA_TYPES.ociManifest,
    digest,
    size: bytes.length,
    artifactType: artifact.artifactType,
    ...(manifest.annotations ? { annotations: manifest.annotations } : {}),
  };
  if (!existing.referrers.some((d) => d.digest === digest)) {
    checkReferrerCapacity(existing.referrers.length, repository, subject.digest, logger);
  }
  const config = artifact.config ?? { mediaType: MEDIA_TYPES.ociEmpty, bytes: EMPTY_CONFIG };
  for (const blob of [config, ...artifact.layers]) {
    await client.pushBlob(repository, { digest: digestOf(blob.bytes), size: blob.bytes.length }, blob.bytes);
  }
  const put = await client.putManifest(repository, digest, { bytes, mediaType: MEDIA_TYPES.ociManifest });
  if (put.subjectHeader) return { descriptor, via: 'referrers-api' };
  await addToTagIndex(client, repository, subject.digest, descriptor);
  return { descriptor, via: 'tag-schema' };
}

/** Reads a manifest that must exist and be an image manifest (a referrer or a `.sig` manifest). */
export async function readImageManifest(
  client: ReferrerRegistry,
  repository: string,
  reference: string,
): Promise<{ stored: StoredManifest; manifest: ImageManifest } | undefined> {
  const stored = await client.getManifest(
    repository,
    reference,
    `${MEDIA_TYPES.ociManifest}, ${MEDIA_TYPES.dockerManifest}`,
  );
  if (!stored) return undefined;
  const manifest = JSON.parse(stored.bytes.toString('utf8')) as ImageManifest;
  if (!Array.isArray(manifest.layers)) return undefined;
  return { stored, manifest };
}
