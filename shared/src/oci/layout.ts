import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigurationError } from '../runtime/errors';
import { digestOf, isDigest } from './digest';
import { collectImageGraph, platformOfConfig, type ImageGraph } from './image';
import { manifestMediaType } from './registry';
import { MEDIA_TYPES, type Descriptor, type ImageIndex, type StoredManifest } from './types';

/** The manifest media types a registry accepts; anything else would be refused halfway through a push. */
const MANIFEST_MEDIA_TYPES: readonly string[] = [
  MEDIA_TYPES.ociManifest,
  MEDIA_TYPES.ociIndex,
  MEDIA_TYPES.dockerManifest,
  MEDIA_TYPES.dockerManifestList,
];

export const REF_NAME_ANNOTATION = 'org.opencontainers.image.ref.name';

/** The path of a blob in an OCI image layout. */
export function layoutBlobPath(dir: string, digest: string): string {
  const [algorithm, hex] = digest.split(':');
  return join(dir, 'blobs', algorithm, hex);
}

/**
 * Which manifest of a layout's index.json to take: the one whose ref name (or digest) is `ref`, or the only
 * one when no ref is given.
 */
export function selectLayoutManifest(index: ImageIndex, ref: string | undefined, where: string): Descriptor {
  const names = index.manifests.map((m) => m.annotations?.[REF_NAME_ANNOTATION]).filter(Boolean);
  if (ref) {
    const found = index.manifests.find((m) => m.annotations?.[REF_NAME_ANNOTATION] === ref || m.digest === ref);
    if (!found) {
      throw new ConfigurationError(
        `The OCI layout ${where} has no image named '${ref}'${names.length ? `; it has: ${names.join(', ')}` : ' (its images have no ref names)'}. Fix the ':<ref>' part of 'source'.`,
      );
    }
    return found;
  }
  if (index.manifests.length === 1) return index.manifests[0];
  if (index.manifests.length === 0) throw new ConfigurationError(`The OCI layout ${where} holds no image.`);
  throw new ConfigurationError(
    `The OCI layout ${where} holds ${index.manifests.length} images; name one in 'source' as oci:${where}:<ref>${names.length ? ` (one of: ${names.join(', ')})` : ''}.`,
  );
}

/** Reads an OCI image layout (index.json and blobs/) into what one push writes; blob bytes stay on disk. */
export async function readOciLayout(dir: string, ref?: string): Promise<ImageGraph> {
  const root = resolve(dir);
  const where = dir;
  const indexPath = join(root, 'index.json');
  if (!existsSync(indexPath)) {
    throw new ConfigurationError(
      `${where} is not an OCI image layout (no index.json). Point 'source' at the directory written by 'docker buildx build --output type=oci,dest=<dir>,tar=false' or 'skopeo copy ... oci:<dir>'.`,
    );
  }
  let index: ImageIndex;
  try {
    index = JSON.parse(readFileSync(indexPath, 'utf8')) as ImageIndex;
  } catch {
    throw new ConfigurationError(`${indexPath} is not valid JSON.`);
  }
  if (!Array.isArray(index.manifests)) throw new ConfigurationError(`${indexPath} has no 'manifests' list.`);
  const selected = selectLayoutManifest(index, ref, where);

  const readChecked = (d: Descriptor): Buffer => {
    const bytes = readBlobFile(root, d, where);
    const actual = digestOf(bytes);
    if (actual !== d.digest) {
      throw new ConfigurationError(
        `The OCI layout ${where} is corrupt: ${layoutBlobPath('blobs', d.digest)} hashes to ${actual}. Re-export the image.`,
      );
    }
    return bytes;
  };
  const load = async (d: Descriptor): Promise<StoredManifest> => {
    const bytes = readChecked(d);
    // Checked before anything is pushed: the registry would refuse it only after the blobs went up.
    let own: { mediaType?: unknown };
    try {
      own = JSON.parse(bytes.toString('utf8')) as { mediaType?: unknown };
    } catch {
      throw new ConfigurationError(
        `The OCI layout ${where} is corrupt: the manifest ${d.digest} is not JSON. Re-export the image.`,
      );
    }
    const mediaType = d.mediaType || manifestMediaType(null, bytes);
    for (const type of [mediaType, own?.mediaType]) {
      if (type !== undefined && !MANIFEST_MEDIA_TYPES.includes(type as string)) {
        throw new ConfigurationError(
          `The OCI layout ${where} holds the manifest ${d.digest} with the media type '${String(type)}', which is not an image manifest or index (${MANIFEST_MEDIA_TYPES.join(', ')}). Re-export the image with docker buildx, skopeo or umoci.`,
        );
      }
    }
    return { bytes, digest: d.digest, mediaType };
  };
  return collectImageGraph({
    top: await load(selected),
    source: `oci:${dir}${ref ? `:${ref}` : ''}`,
    load,
    bodyOf: (d) => {
      const path = layoutBlobPath(root, d.digest);
      checkBlobFile(path, d, where);
      return { file: path };
    },
    platformOf: async (config) => platformOfConfig(readChecked(config)),
  });
}

function checkBlobFile(path: string, d: Descriptor, where: string): void {
  if (!isDigest(d.digest)) {
    throw new ConfigurationError(`The OCI layout ${where} names a blob '${d.digest}' that is not a sha256 digest.`);
  }
  if (!existsSync(path)) {
    throw new ConfigurationError(
      `The OCI layout ${where} lacks the blob ${d.digest} (${d.mediaType}). Re-export the whole image.`,
    );
  }
  const size = statSync(path).size;
  if (size !== d.size) {
    throw new ConfigurationError(
      `The OCI layout ${where} is corrupt: blob ${d.digest} has ${size} bytes, its descriptor says ${d.size}.`,
    );
  }
}

function readBlobFile(root: string, d: Descriptor, where: string): Buffer {
  const path = layoutBlobPath(root, d.digest);
  checkBlobFile(path, d, where);
  return readFileSync(path);
}
