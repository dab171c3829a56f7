import type { BlobBody } from './upload';
import { isIndex, type Descriptor, type Manifest, type Platform, type StoredManifest } from './types';

/** A blob of an image and where its bytes come from. */
export interface BlobEntry {
  descriptor: Descriptor;
  body: BlobBody;
}

/**
 * Everything one push writes: the blobs, the child manifests of an index, and the top manifest the tags
 * point at. Manifests are kept as exact bytes, so the digest is the source's digest.
 */
export interface ImageGraph {
  /** What the tags point at: an image manifest or an index. */
  top: StoredManifest;
  /** Manifests under the index (deepest first), pushed before it. */
  children: StoredManifest[];
  /** Unique by digest, in first-seen order. */
  blobs: BlobEntry[];
  /** os/arch[/variant] of each platform image. */
  platforms: string[];
  /** Where the image came from, as the user wrote it. */
  source: string;
}

export function parseManifest(stored: StoredManifest, where: string): Manifest {
  try {
    return JSON.parse(stored.bytes.toString('utf8')) as Manifest;
  } catch {
    throw new Error(`The manifest ${stored.digest} of ${where} is not JSON.`);
  }
}

export function formatPlatform(platform: Platform | undefined): string | undefined {
  if (!platform?.os || !platform.architecture || platform.os === 'unknown') return undefined;
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}

/** Layers that must not be copied (Windows base layers served from their vendor's URLs). */
export function isForeignLayer(descriptor: Descriptor): boolean {
  return /nondistributable|foreign/.test(descriptor.mediaType) || (descriptor.urls?.length ?? 0) > 0;
}

/**
 * Walks a manifest tree from the top: `load` reads a manifest by descriptor, `bodyOf` says where a blob's
 * bytes come from, `platformOf` names the platform of a lone image (from its config).
 */
export async function collectImageGraph(options: {
  top: StoredManifest;
  source: string;
  load: (descriptor: Descriptor) => Promise<StoredManifest>;
  bodyOf: (descriptor: Descriptor) => BlobBody;
  platformOf: (config: Descriptor) => Promise<Platform | undefined>;
}): Promise<ImageGraph> {
  const children: StoredManifest[] = [];
  const blobs = new Map<string, BlobEntry>();
  const platforms: string[] = [];
  const visit = async (stored: StoredManifest, platform: Platform | undefined, isTop: boolean): Promise<void> => {
    const manifest = parseManifest(stored, options.source);
    if (isIndex(manifest)) {
      for (const child of manifest.manifests) {
        const loaded = await options.load(child);
        await visit(loaded, child.platform, false);
        if (!children.some((c) => c.digest === loaded.digest)) children.push(loaded);
      }
    } else {
      for (const d of [manifest.config, ...manifest.layers]) {
        if (!isForeignLayer(d) && !blobs.has(d.digest)) blobs.set(d.digest, { descriptor: d, body: options.bodyOf(d) });
      }
      const name = formatPlatform(platform ?? (isTop ? await options.platformOf(manifest.config) : undefined));
      if (name && !platforms.includes(name)) platforms.push(name);
    }
  };
  await visit(options.top, undefined, true);
  return { top: options.top, children, blobs: [...blobs.values()], platforms, source: options.source };
}

/** The platform recorded in an image config's JSON. */
export function platformOfConfig(bytes: Buffer): Platform | undefined {
  try {
    const c = JSON.parse(bytes.toString('utf8')) as { os?: string; architecture?: string; variant?: string };
    return c.os && c.architecture ? { os: c.os, architecture: c.architecture, variant: c.variant } : undefined;
  } catch {
    return undefined;
  }
}
