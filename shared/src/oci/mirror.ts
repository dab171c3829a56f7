import { ConfigurationError } from '../runtime/errors';
import type { Logger } from '../runtime/logger';
import { collectImageGraph, platformOfConfig, type ImageGraph } from './image';
import { formatImageReference, parseImageReference, registryBaseUrl } from './reference';
import { RegistryClient, type RegistryClientOptions } from './registry';
import type { ImageReference } from './types';

/** An anonymous client of an upstream registry (Docker Hub, gcr.io, quay.io, ghcr.io answer with a token flow). */
export function upstreamClient(
  ref: ImageReference,
  logger: Logger,
  tuning: Partial<Omit<RegistryClientOptions, 'baseUrl' | 'logger'>> = {},
): RegistryClient {
  return new RegistryClient({ ...tuning, baseUrl: registryBaseUrl(ref.registry), logger });
}

/**
 * An upstream image as it is, to copy: the exact manifest bytes (every platform of an index), so the copy
 * keeps the upstream digest; blobs stream from the upstream straight into the upload.
 */
export async function readRemoteImage(client: RegistryClient, source: string): Promise<ImageGraph> {
  const ref = parseImageReference(source);
  const reference = ref.digest ?? ref.tag!;
  const top = await client.getManifest(ref.repository, reference);
  if (!top) {
    throw new ConfigurationError(
      `The upstream image ${formatImageReference(ref)} does not exist (or is private). Check the 'source' input.`,
    );
  }
  return collectImageGraph({
    top,
    source: `docker://${formatImageReference(ref)}`,
    load: async (d) => {
      const child = await client.getManifest(ref.repository, d.digest);
      if (!child)
        throw new Error(`The upstream index of ${formatImageReference(ref)} names ${d.digest}, which is missing.`);
      return child;
    },
    bodyOf: (d) => () => client.blobStream(ref.repository, d.digest),
    platformOf: async (config) => platformOfConfig(await client.getBlob(ref.repository, config.digest)),
  });
}
