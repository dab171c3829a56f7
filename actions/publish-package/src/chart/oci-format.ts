import { digestOf } from '../../../../shared/src/oci/digest';
import type { Descriptor } from '../../../../shared/src/oci/types';
import { chartConfigJson, marshalLikeGo, type ChartMetadata } from './chart-file';

/** Helm's reserved media types (helm pkg/registry/constants.go). */
export const HELM_MEDIA_TYPES = {
  config: 'application/vnd.cncf.helm.config.v1+json',
  chart: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip',
  provenance: 'application/vnd.cncf.helm.chart.provenance.v1.prov',
  legacyChart: 'application/tar+gzip',
} as const;

/** The OCI annotation keys Helm writes on a chart's manifest. */
export const OCI_ANNOTATIONS = {
  title: 'org.opencontainers.image.title',
  version: 'org.opencontainers.image.version',
  description: 'org.opencontainers.image.description',
  url: 'org.opencontainers.image.url',
  created: 'org.opencontainers.image.created',
  source: 'org.opencontainers.image.source',
  authors: 'org.opencontainers.image.authors',
} as const;

/** A chart's tag is its version, with `+` written as `_`, since tags cannot hold `+` (as Helm does). */
export function chartTag(version: string): string {
  return version.replace(/\+/g, '_');
}

/** The version a chart tag stands for: the inverse of chartTag. */
export function versionOfTag(tag: string): string {
  return tag.replace(/_/g, '+');
}

/** RFC 3339 in UTC without fractions, as Go's time.RFC3339 prints it. */
export function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function addIfSet(map: Record<string, string>, key: string, value: string | undefined): void {
  if (value !== undefined && value.trim() !== '') map[key] = value;
}

/**
 * The manifest annotations `helm push` writes: description, title, version, url, created, source (first of
 * `sources`), authors (maintainers as "name (email)"), then the chart's own annotations, which may not
 * override title or version. `source` falls back to the given source URL (the repository that built it).
 */
export function chartAnnotations(
  metadata: ChartMetadata,
  options: { created: Date; source?: string },
): Record<string, string> {
  const a: Record<string, string> = {};
  addIfSet(a, OCI_ANNOTATIONS.description, metadata.description);
  addIfSet(a, OCI_ANNOTATIONS.title, metadata.name);
  addIfSet(a, OCI_ANNOTATIONS.version, metadata.version);
  addIfSet(a, OCI_ANNOTATIONS.url, metadata.home);
  addIfSet(a, OCI_ANNOTATIONS.created, rfc3339(options.created));
  addIfSet(a, OCI_ANNOTATIONS.source, metadata.sources?.[0] ?? options.source);
  if (metadata.maintainers?.length) {
    const authors = metadata.maintainers.map((m) => `${m.name ?? ''}${m.email ? ` (${m.email})` : ''}`).join(', ');
    addIfSet(a, OCI_ANNOTATIONS.authors, authors);
  }
  for (const [key, value] of Object.entries(metadata.annotations ?? {})) {
    if (key === OCI_ANNOTATIONS.title || key === OCI_ANNOTATIONS.version) continue;
    a[key] = value;
  }
  return a;
}

export interface ChartArtifact {
  config: { descriptor: Descriptor; bytes: Buffer };
  layer: Descriptor;
  manifest: { bytes: Buffer; digest: string; mediaType: string };
  tag: string;
}

function descriptor(mediaType: string, bytes: Buffer): Descriptor {
  return { mediaType, digest: digestOf(bytes), size: bytes.length };
}

/**
 * The chart as Helm lays it out in a registry: the config (Chart.yaml as JSON), one chart layer, and a manifest
 * serialised as Go serialises helm's ocispec.Manifest (no mediaType field, annotation keys sorted).
 */
export function chartArtifact(
  metadata: ChartMetadata,
  chart: Buffer,
  options: { created: Date; source?: string },
): ChartArtifact {
  const configBytes = chartConfigJson(metadata);
  const config = descriptor(HELM_MEDIA_TYPES.config, configBytes);
  const layer = descriptor(HELM_MEDIA_TYPES.chart, chart);
  const annotations = chartAnnotations(metadata, options);
  const sorted = Object.fromEntries(
    Object.keys(annotations)
      .sort()
      .map((k) => [k, annotations[k]]),
  );
  const manifestBytes = Buffer.from(
    marshalLikeGo({ schemaVersion: 2, config, layers: [layer], annotations: sorted }),
    'utf8',
  );
  return {
    config: { descriptor: config, bytes: configBytes },
    layer,
    manifest: {
      bytes: manifestBytes,
      digest: digestOf(manifestBytes),
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
    },
    tag: chartTag(metadata.version),
  };
}

/** `oci://<host>/<repository>`: what `helm install` and `helm pull` take, with `--version`. */
export function chartUri(host: string, repository: string): string {
  return `oci://${host}/${repository}`;
}

/** The namespace `helm push` takes: the chart's repository without its last segment (the chart's name). */
export function chartPushNamespace(host: string, repository: string): string {
  const slash = repository.lastIndexOf('/');
  return slash < 0 ? `oci://${host}` : `oci://${host}/${repository.slice(0, slash)}`;
}
