import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pack } from 'tar-stream';
import { digestOf } from '../../shared/src/oci/digest';
import type { RegistryClient } from '../../shared/src/oci/registry';
import {
  MEDIA_TYPES,
  type Descriptor,
  type ImageIndex,
  type ImageManifest,
  type Platform,
} from '../../shared/src/oci/types';

/** Generators of real images for tests: tar layers, configs, manifests, OCI layouts and docker-archives. */

export interface Blob {
  descriptor: Descriptor;
  bytes: Buffer;
}

export interface GeneratedImage {
  manifest: Blob;
  config: Blob;
  layers: Blob[];
  /** Uncompressed tars, in layer order (docker-archive stores these). */
  layerTars: Buffer[];
  platform: Platform;
}

/** A tar archive of the given files (path -> content). */
export async function tarOf(files: Record<string, string | Buffer>): Promise<Buffer> {
  const archive = pack();
  const chunks: Buffer[] = [];
  archive.on('data', (c: unknown) => chunks.push(c as Buffer));
  const done = new Promise<void>((resolve, reject) => {
    archive.on('end', () => resolve());
    archive.on('error', reject);
  });
  for (const [name, content] of Object.entries(files)) {
    await new Promise<void>((resolve, reject) =>
      archive.entry({ name, mode: 0o644, mtime: new Date(0) }, Buffer.from(content), (err) =>
        err ? reject(err) : resolve(),
      ),
    );
  }
  archive.finalize();
  await done;
  return Buffer.concat(chunks);
}

function blob(mediaType: string, bytes: Buffer, extra: Partial<Descriptor> = {}): Blob {
  return { bytes, descriptor: { mediaType, digest: digestOf(bytes), size: bytes.length, ...extra } };
}

/**
 * An image whose layers hold the given files; `docker` picks Docker v2 media types instead of OCI.
 * Layers are gzip-compressed tars, so digests are those of what a registry stores.
 */
export async function generateImage(options: {
  layers: Record<string, string | Buffer>[];
  platform?: Platform;
  docker?: boolean;
  created?: string;
}): Promise<GeneratedImage> {
  const platform = options.platform ?? { architecture: 'amd64', os: 'linux' };
  const layerTars = await Promise.all(options.layers.map((files) => tarOf(files)));
  const layerType = options.docker ? MEDIA_TYPES.dockerLayerGzip : MEDIA_TYPES.ociLayerGzip;
  const layers = layerTars.map((tar) => blob(layerType, gzipSync(tar, { level: 1 })));
  const config = blob(
    options.docker ? MEDIA_TYPES.dockerConfig : MEDIA_TYPES.ociConfig,
    Buffer.from(
      JSON.stringify({
        architecture: platform.architecture,
        os: platform.os,
        ...(platform.variant ? { variant: platform.variant } : {}),
        created: options.created ?? '2026-01-01T00:00:00Z',
        config: { Cmd: ['/bin/sh'] },
        rootfs: { type: 'layers', diff_ids: layerTars.map((t) => digestOf(t)) },
        history: layerTars.map(() => ({ created: '2026-01-01T00:00:00Z', created_by: 'test' })),
      }),
    ),
  );
  const manifestBody: ImageManifest = {
    schemaVersion: 2,
    mediaType: options.docker ? MEDIA_TYPES.dockerManifest : MEDIA_TYPES.ociManifest,
    config: config.descriptor,
    layers: layers.map((l) => l.descriptor),
  };
  const manifest = blob(manifestBody.mediaType!, Buffer.from(JSON.stringify(manifestBody)), { platform });
  return { manifest, config, layers, layerTars, platform };
}

/** An image index over several platform images. */
export function indexOf(images: GeneratedImage[]): Blob {
  const body: ImageIndex = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociIndex,
    manifests: images.map((i) => ({ ...i.manifest.descriptor, platform: i.platform })),
  };
  return blob(MEDIA_TYPES.ociIndex, Buffer.from(JSON.stringify(body)));
}

/** Writes an OCI image layout holding the images (and the index, when given) under a ref name. */
export function writeOciLayout(
  dir: string,
  top: { images: GeneratedImage[]; index?: Blob; refName?: string },
): { topDigest: string } {
  mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true });
  writeFileSync(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  const write = (b: Blob) => writeFileSync(join(dir, 'blobs', 'sha256', b.descriptor.digest.slice(7)), b.bytes);
  for (const image of top.images) [image.manifest, image.config, ...image.layers].forEach(write);
  if (top.index) write(top.index);
  const topDescriptor: Descriptor = top.index
    ? { ...top.index.descriptor }
    : { ...top.images[0].manifest.descriptor, platform: undefined };
  delete topDescriptor.platform;
  if (top.refName) topDescriptor.annotations = { 'org.opencontainers.image.ref.name': top.refName };
  writeFileSync(
    join(dir, 'index.json'),
    JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: [topDescriptor] }),
  );
  return { topDigest: topDescriptor.digest };
}

/**
 * Writes a docker-archive (`docker save` format): manifest.json, the config as <hex>.json and each layer as an
 * uncompressed <hex>/layer.tar, or gzip-compressed when `compressed` (as newer Docker versions may write).
 */
export async function writeDockerArchive(
  file: string,
  image: GeneratedImage,
  options: { repoTags?: string[]; compressed?: boolean; corruptLayer?: number } = {},
): Promise<void> {
  const archive = pack();
  const chunks: Buffer[] = [];
  archive.on('data', (c: unknown) => chunks.push(c as Buffer));
  const done = new Promise<void>((resolve) => archive.on('end', () => resolve()));
  const add = (name: string, content: Buffer) =>
    new Promise<void>((resolve, reject) => archive.entry({ name }, content, (err) => (err ? reject(err) : resolve())));
  const configName = `${image.config.descriptor.digest.slice(7)}.json`;
  const layerNames: string[] = [];
  for (const [i, tar] of image.layerTars.entries()) {
    let content = options.compressed ? gzipSync(tar) : tar;
    const name = `${digestOf(tar).slice(7)}/layer.tar`;
    if (options.corruptLayer === i) content = Buffer.concat([content, Buffer.from('tampered')]);
    layerNames.push(name);
    await add(name, content);
  }
  await add(configName, image.config.bytes);
  await add(
    'manifest.json',
    Buffer.from(JSON.stringify([{ Config: configName, RepoTags: options.repoTags ?? [], Layers: layerNames }])),
  );
  archive.finalize();
  await done;
  writeFileSync(file, Buffer.concat(chunks));
}

/**
 * A small single-layer OCI image (a layer of `layerSize` random bytes), pushed to `repository` under `ref` or, with
 * none, by its digest; `diffIds: false` leaves the config's rootfs without diff_ids. Returns the manifest's digest
 * and bytes, and the size of all three blobs.
 */
export async function pushRandomImage(
  client: RegistryClient,
  repository: string,
  ref: string | undefined,
  options: { layerSize: number; architecture?: string; diffIds?: boolean },
): Promise<{ digest: string; bytes: Buffer; size: number }> {
  const layer = randomBytes(options.layerSize);
  const rootfs = options.diffIds === false ? { type: 'layers' } : { type: 'layers', diff_ids: [digestOf(layer)] };
  const config = Buffer.from(JSON.stringify({ architecture: options.architecture ?? 'amd64', os: 'linux', rootfs }));
  for (const blob of [layer, config])
    await client.pushBlob(repository, { digest: digestOf(blob), size: blob.length }, blob);
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociManifest,
    config: { mediaType: MEDIA_TYPES.ociConfig, digest: digestOf(config), size: config.length },
    layers: [{ mediaType: MEDIA_TYPES.ociLayer, digest: digestOf(layer), size: layer.length }],
  };
  const bytes = Buffer.from(JSON.stringify(manifest));
  const put = await client.putManifest(repository, ref ?? digestOf(bytes), {
    bytes,
    mediaType: MEDIA_TYPES.ociManifest,
  });
  return { digest: put.digest, bytes, size: layer.length + config.length + bytes.length };
}
