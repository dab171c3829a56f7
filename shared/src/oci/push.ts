import type { Logger } from '../runtime/logger';
import type { ImageGraph } from './image';
import type { RegistryClient } from './registry';
import type { BlobPushResult } from './upload';

export interface BlobOutcome {
  digest: string;
  size: number;
  result: BlobPushResult | 'would-upload' | 'present';
}

export interface PushReport {
  digest: string;
  mediaType: string;
  blobs: BlobOutcome[];
  /** Manifests written (0 when the image was there already). */
  manifests: number;
  dryRun: boolean;
}

/**
 * Pushes an image by digest: every blob first (several at once, each skipped when present), then the
 * manifests under an index, then the top manifest, so that no manifest ever names a missing blob.
 * A dry run only asks which blobs are there.
 */
export async function pushImageGraph(
  client: RegistryClient,
  repository: string,
  graph: ImageGraph,
  options: { logger: Logger; mountFrom?: string[]; dryRun?: boolean },
): Promise<PushReport> {
  const { logger } = options;
  // A registry stores a manifest only when all it names is there: an image already present needs nothing more.
  if (await client.headManifest(repository, graph.top.digest)) {
    logger.info(`${repository}@${graph.top.digest} is already in the registry; no blob or manifest to send.`);
    return {
      digest: graph.top.digest,
      mediaType: graph.top.mediaType,
      blobs: graph.blobs.map(({ descriptor }) => ({
        digest: descriptor.digest,
        size: descriptor.size,
        result: options.dryRun ? 'present' : 'exists',
      })),
      manifests: 0,
      dryRun: Boolean(options.dryRun),
    };
  }
  const blobs = await Promise.all(
    graph.blobs.map(async ({ descriptor, body }): Promise<BlobOutcome> => {
      const base = { digest: descriptor.digest, size: descriptor.size };
      if (options.dryRun) {
        const present = await client.headBlob(repository, descriptor.digest);
        return { ...base, result: present ? 'present' : 'would-upload' };
      }
      const result = await client.pushBlob(repository, descriptor, body, { mountFrom: options.mountFrom });
      logger.debug(`${descriptor.digest} (${descriptor.size} bytes): ${result}`);
      return { ...base, result };
    }),
  );
  if (!options.dryRun) {
    // Children are independent of each other; the index goes last.
    await Promise.all(graph.children.map((m) => client.putManifest(repository, m.digest, m)));
    await client.putManifest(repository, graph.top.digest, graph.top);
  }
  return {
    digest: graph.top.digest,
    mediaType: graph.top.mediaType,
    blobs,
    manifests: graph.children.length + 1,
    dryRun: Boolean(options.dryRun),
  };
}
