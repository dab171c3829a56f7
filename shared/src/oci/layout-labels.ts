import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { digestOf } from './digest';
import { layoutBlobPath } from './layout';
import { MEDIA_TYPES, type Descriptor } from './types';

/**
 * Sets image labels in the configs of an OCI image layout (every image of it, through indexes), and rewrites the
 * manifests, indexes and index.json that name them. buildah turns each `--label` into a LABEL step of the build,
 * and with `--layers` each such step is committed and pushed to the layer cache; labels written here afterwards
 * cost nothing and leave the build's steps (and their cache keys) as the Dockerfile has them. The same labels on
 * the same build give the same bytes, so the image's digest stays reproducible.
 */
export function setLayoutLabels(dir: string, labels: Record<string, string>): void {
  if (!Object.keys(labels).length) return;
  const indexPath = join(dir, 'index.json');
  const index = JSON.parse(readFileSync(indexPath, 'utf8')) as { manifests: Descriptor[] };
  index.manifests = index.manifests.map((d) => relabel(dir, d, labels));
  writeFileSync(indexPath, JSON.stringify(index));
}

const isIndexType = (mediaType: string) =>
  mediaType === MEDIA_TYPES.ociIndex || mediaType === MEDIA_TYPES.dockerManifestList;

/** Writes `value` as a blob of the layout and returns the descriptor `d` pointing at it instead. */
function writeBlob(dir: string, d: Descriptor, value: unknown): Descriptor {
  const bytes = Buffer.from(JSON.stringify(value));
  const digest = digestOf(bytes);
  writeFileSync(layoutBlobPath(dir, digest), bytes);
  return { ...d, digest, size: bytes.length };
}

/** The descriptor of `d` (a manifest or an index) once the labels are in its image configs. */
function relabel(dir: string, d: Descriptor, labels: Record<string, string>): Descriptor {
  const manifest = JSON.parse(readFileSync(layoutBlobPath(dir, d.digest), 'utf8')) as {
    mediaType?: string;
    manifests?: Descriptor[];
    config?: Descriptor;
  };
  if (isIndexType(manifest.mediaType ?? d.mediaType) || manifest.manifests) {
    return writeBlob(dir, d, { ...manifest, manifests: manifest.manifests!.map((m) => relabel(dir, m, labels)) });
  }
  const configDescriptor = manifest.config!;
  const config = JSON.parse(readFileSync(layoutBlobPath(dir, configDescriptor.digest), 'utf8')) as {
    config?: { Labels?: Record<string, string> | null };
  };
  const inner = config.config ?? {};
  const labelled = { ...config, config: { ...inner, Labels: { ...(inner.Labels ?? {}), ...labels } } };
  return writeBlob(dir, d, { ...manifest, config: writeBlob(dir, configDescriptor, labelled) });
}
