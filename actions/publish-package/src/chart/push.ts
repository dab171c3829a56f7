import { RegistryError } from '../../../../shared/src/oci/errors';
import type { RegistryClient } from '../../../../shared/src/oci/registry';
import { MEDIA_TYPES, type ImageManifest } from '../../../../shared/src/oci/types';
import { ConfigurationError } from '../../../../shared/src/runtime/errors';
import type { Logger } from '../../../../shared/src/runtime/logger';
import { chartArtifact, HELM_MEDIA_TYPES, type ChartArtifact } from './oci-format';
import type { ChartPackage } from './package';

/** The registry operations a chart push needs. */
export type ChartRegistry = Pick<RegistryClient, 'pushBlob' | 'getManifest' | 'putManifest' | 'host'>;

export interface PushChartOptions {
  /** The `created` annotation: a reproducible time (the commit's), not the clock. */
  created: Date;
  /** Fallback for the `source` annotation when Chart.yaml has no `sources`. */
  source?: string;
  dryRun?: boolean;
  logger: Logger;
}

export interface PushChartResult {
  /** The manifest digest the chart version resolves to. */
  digest: string;
  tag: string;
  /** `pushed` here, `unchanged` when this exact chart was already the version, `planned` in a dry run. */
  status: 'pushed' | 'unchanged' | 'planned';
  artifact: ChartArtifact;
}

interface PublishedChart {
  digest: string;
  chartDigest?: string;
  configMediaType: string;
  configDigest?: string;
  /** Every layer's digest, the chart's included. */
  layers: string[];
}

async function publishedChart(
  client: ChartRegistry,
  repository: string,
  tag: string,
): Promise<PublishedChart | undefined> {
  const stored = await client.getManifest(repository, tag, `${MEDIA_TYPES.ociManifest}, ${MEDIA_TYPES.ociIndex}`);
  if (!stored) return undefined;
  const manifest = JSON.parse(stored.bytes.toString('utf8')) as Partial<ImageManifest>;
  const layer = (manifest.layers ?? []).find(
    (l) => l.mediaType === HELM_MEDIA_TYPES.chart || l.mediaType === HELM_MEDIA_TYPES.legacyChart,
  );
  return {
    digest: stored.digest,
    chartDigest: layer?.digest,
    configMediaType: manifest.config?.mediaType ?? '',
    configDigest: manifest.config?.digest,
    layers: (manifest.layers ?? []).map((l) => l.digest),
  };
}

/**
 * The stored version holds exactly this chart: its config (Chart.yaml) and its one layer, by digest (content the
 * registry verified), whatever the annotations say. A manifest that adds a layer or another config is not it.
 */
function holdsChart(stored: PublishedChart, artifact: ChartArtifact): boolean {
  return (
    stored.configDigest === artifact.config.descriptor.digest &&
    stored.layers.length === 1 &&
    stored.layers[0] === artifact.layer.digest
  );
}

function describeStored(stored: PublishedChart): string {
  const extra = stored.layers.filter((d) => d !== stored.chartDigest);
  return (
    `manifest ${stored.digest} with chart archive ${stored.chartDigest ?? '(none)'}` +
    (extra.length ? ` and ${extra.length} other layer(s) (${extra.join(', ')})` : '') +
    `, config ${stored.configDigest ?? '(none)'}`
  );
}

/**
 * Pushes a chart version in Helm's OCI layout. A version is immutable: when its tag exists with the same chart
 * archive it is left as it is (a re-run succeeds without writing); with another archive, or when the tag holds
 * something that is not a chart, nothing is written and a ConfigurationError names both digests.
 */
export async function pushChart(
  client: ChartRegistry,
  repository: string,
  chart: ChartPackage,
  options: PushChartOptions,
): Promise<PushChartResult> {
  const artifact = chartArtifact(chart.metadata, chart.bytes, { created: options.created, source: options.source });
  const { tag } = artifact;
  const ref = `${client.host}/${repository}:${tag}`;
  const existing = await publishedChart(client, repository, tag);
  if (existing) {
    if (existing.configMediaType !== HELM_MEDIA_TYPES.config) {
      throw new ConfigurationError(
        `${ref} already exists (${existing.digest}) and is not a Helm chart (config ${existing.configMediaType || 'none'}). ` +
          'Charts need a repository of their own: check registry.charts in the policy file.',
      );
    }
    if (holdsChart(existing, artifact)) {
      options.logger.info(
        `${chart.metadata.name} ${chart.metadata.version} is already published at ${ref} (${existing.digest}); nothing to push.`,
      );
      return { digest: existing.digest, tag, status: 'unchanged', artifact };
    }
    throw new ConfigurationError(
      `${chart.metadata.name} version ${chart.metadata.version} is already published at ${ref} as ${describeStored(existing)}, ` +
        `but this chart is archive ${chart.digest} alone, config ${artifact.config.descriptor.digest}. ` +
        'Chart versions are immutable: raise version in Chart.yaml to publish the change.',
    );
  }
  if (options.dryRun) return { digest: artifact.manifest.digest, tag, status: 'planned', artifact };
  try {
    await client.pushBlob(repository, artifact.layer, chart.bytes);
    await client.pushBlob(repository, artifact.config.descriptor, artifact.config.bytes);
    await client.putManifest(repository, tag, artifact.manifest);
  } catch (err) {
    if (err instanceof RegistryError && err.code === 'NAME_UNKNOWN') {
      throw new ConfigurationError(
        `The chart repository ${client.host}/${repository} does not exist. provision-repo creates one per service of the ` +
          `policy (registry.services) from registry.charts: name the chart after a service, or create the repository.`,
      );
    }
    throw err;
  }
  // Two runs can race to the same new version: whoever's manifest the tag holds now is the published one.
  const after = await publishedChart(client, repository, tag);
  if (after?.digest !== artifact.manifest.digest) {
    if (after && holdsChart(after, artifact)) {
      return { digest: after.digest, tag, status: 'unchanged', artifact };
    }
    throw new ConfigurationError(
      `${ref} was published by another run at the same time as ${after ? describeStored(after) : '(gone)'}; ` +
        `this chart's archive is ${chart.digest}. Chart versions are immutable: raise version in Chart.yaml.`,
    );
  }
  options.logger.info(
    `Pushed ${chart.metadata.name} ${chart.metadata.version} to ${ref} (${artifact.manifest.digest}).`,
  );
  return { digest: artifact.manifest.digest, tag, status: 'pushed', artifact };
}
