import { createHash } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import { compareMavenVersions, isSnapshotVersion, sortMavenVersions } from './maven-version';

/**
 * maven-metadata.xml, both kinds: the artifact's (`<g>/<a>/maven-metadata.xml`: every version, latest,
 * release) that version ranges and LATEST/RELEASE read, and a snapshot version's (`<g>/<a>/<v>/`: the
 * timestamp and build number of the newest upload, and the file of each classifier/extension).
 */

export const CHECKSUM_ALGORITHMS = ['md5', 'sha1', 'sha256', 'sha512'] as const;

export interface ArtifactMetadata {
  groupId: string;
  artifactId: string;
  versions: string[];
  latest?: string;
  release?: string;
  lastUpdated?: string;
}

export interface SnapshotVersionEntry {
  classifier?: string;
  extension: string;
  value: string;
  updated: string;
}

export interface SnapshotMetadata {
  groupId: string;
  artifactId: string;
  version: string;
  timestamp: string;
  buildNumber: number;
  lastUpdated: string;
  snapshotVersions: SnapshotVersionEntry[];
}

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'version' || name === 'snapshotVersion',
});

/** `yyyyMMddHHmmss` in UTC, as Maven writes lastUpdated. */
export function lastUpdatedStamp(now: Date): string {
  return now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/** `yyyyMMdd.HHmmss` in UTC, as Maven writes a snapshot's timestamp. */
export function snapshotTimestamp(now: Date): string {
  const s = lastUpdatedStamp(now);
  return `${s.slice(0, 8)}.${s.slice(8)}`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function element(name: string, value: string | number | undefined, indent: string): string {
  return value === undefined ? '' : `${indent}<${name}>${escapeXml(String(value))}</${name}>\n`;
}

type XmlNode = Record<string, unknown>;

function text(node: unknown): string | undefined {
  if (typeof node === 'string') return node || undefined;
  if (typeof node === 'number') return String(node);
  return undefined;
}

function parseXml(content: Buffer, key: string): XmlNode {
  let doc: XmlNode;
  try {
    doc = parser.parse(content.toString('utf8'), true) as XmlNode;
  } catch (err) {
    throw new Error(`The stored ${key} is not well-formed XML (${(err as Error).message}); repair or remove it.`, {
      cause: err,
    });
  }
  const metadata = doc.metadata;
  if (!metadata || typeof metadata !== 'object') {
    throw new Error(`The stored ${key} has no <metadata> element; repair or remove it.`);
  }
  return metadata as XmlNode;
}

/** Whose a stored maven-metadata.xml is: the coordinates it names, the versions it lists, whether it is a snapshot's. */
export interface MetadataOwner {
  groupId?: string;
  artifactId?: string;
  version?: string;
  versions: string[];
  snapshot: boolean;
}

export function metadataOwner(content: Buffer, key: string): MetadataOwner {
  const m = parseXml(content, key);
  const versioning = (m.versioning ?? {}) as XmlNode;
  const versions = ((versioning.versions as XmlNode | undefined)?.version ?? []) as unknown[];
  return {
    groupId: text(m.groupId),
    artifactId: text(m.artifactId),
    version: text(Array.isArray(m.version) ? (m.version as unknown[])[0] : m.version),
    versions: versions.map(text).filter((v): v is string => v !== undefined),
    snapshot: versioning.snapshot !== undefined || versioning.snapshotVersions !== undefined,
  };
}

export function parseArtifactMetadata(content: Buffer, key: string): ArtifactMetadata {
  const m = parseXml(content, key);
  const versioning = (m.versioning ?? {}) as XmlNode;
  const versions = ((versioning.versions as XmlNode | undefined)?.version ?? []) as unknown[];
  return {
    groupId: text(m.groupId) ?? '',
    artifactId: text(m.artifactId) ?? '',
    versions: versions.map(text).filter((v): v is string => v !== undefined),
    latest: text(versioning.latest),
    release: text(versioning.release),
    lastUpdated: text(versioning.lastUpdated),
  };
}

export function renderArtifactMetadata(m: ArtifactMetadata): Buffer {
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>\n<metadata>\n' +
    element('groupId', m.groupId, '  ') +
    element('artifactId', m.artifactId, '  ') +
    '  <versioning>\n' +
    element('latest', m.latest, '    ') +
    element('release', m.release, '    ') +
    '    <versions>\n' +
    m.versions.map((v) => element('version', v, '      ')).join('') +
    '    </versions>\n' +
    element('lastUpdated', m.lastUpdated, '    ') +
    '  </versioning>\n</metadata>\n';
  return Buffer.from(xml, 'utf8');
}

/**
 * Adds a version to the artifact's metadata (or starts it). `latest` is the greatest version in Maven's
 * order, `release` the greatest that is not a snapshot, so both only move forward. Returns undefined when
 * nothing changes (the version is listed and latest/release stay), so a re-publish rewrites nothing.
 */
export function mergeArtifactMetadata(
  current: ArtifactMetadata | undefined,
  add: { groupId: string; artifactId: string; version: string; now: Date },
): ArtifactMetadata | undefined {
  const versions = sortMavenVersions([...(current?.versions ?? []), add.version]);
  const greatest = (candidates: (string | undefined)[]): string | undefined =>
    candidates
      .filter((v): v is string => v !== undefined)
      .reduce<string | undefined>(
        (max, v) => (max === undefined || compareMavenVersions(v, max) > 0 ? v : max),
        undefined,
      );
  const latest = greatest([current?.latest, ...versions]);
  const release = greatest([current?.release, ...versions.filter((v) => !isSnapshotVersion(v))]);
  const next: ArtifactMetadata = {
    groupId: add.groupId,
    artifactId: add.artifactId,
    versions,
    latest,
    release,
    lastUpdated: lastUpdatedStamp(add.now),
  };
  if (
    current &&
    current.versions.includes(add.version) &&
    current.latest === latest &&
    current.release === release &&
    current.groupId === add.groupId &&
    current.artifactId === add.artifactId
  ) {
    return undefined;
  }
  return next;
}

export function parseSnapshotMetadata(content: Buffer, key: string): SnapshotMetadata {
  const m = parseXml(content, key);
  const versioning = (m.versioning ?? {}) as XmlNode;
  const snapshot = (versioning.snapshot ?? {}) as XmlNode;
  const entries = ((versioning.snapshotVersions as XmlNode | undefined)?.snapshotVersion ?? []) as XmlNode[];
  const buildNumber = Number(text(snapshot.buildNumber) ?? '0');
  return {
    groupId: text(m.groupId) ?? '',
    artifactId: text(m.artifactId) ?? '',
    version: text(Array.isArray(m.version) ? (m.version as unknown[])[0] : m.version) ?? '',
    timestamp: text(snapshot.timestamp) ?? '',
    buildNumber: Number.isSafeInteger(buildNumber) && buildNumber >= 0 ? buildNumber : 0,
    lastUpdated: text(versioning.lastUpdated) ?? '',
    snapshotVersions: entries.map((e) => ({
      classifier: text(e.classifier),
      extension: text(e.extension) ?? '',
      value: text(e.value) ?? '',
      updated: text(e.updated) ?? '',
    })),
  };
}

export function renderSnapshotMetadata(m: SnapshotMetadata): Buffer {
  const entries = m.snapshotVersions
    .map(
      (e) =>
        '      <snapshotVersion>\n' +
        element('classifier', e.classifier, '        ') +
        element('extension', e.extension, '        ') +
        element('value', e.value, '        ') +
        element('updated', e.updated, '        ') +
        '      </snapshotVersion>\n',
    )
    .join('');
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>\n<metadata modelVersion="1.1.0">\n' +
    element('groupId', m.groupId, '  ') +
    element('artifactId', m.artifactId, '  ') +
    element('version', m.version, '  ') +
    '  <versioning>\n' +
    '    <snapshot>\n' +
    element('timestamp', m.timestamp, '      ') +
    element('buildNumber', m.buildNumber, '      ') +
    '    </snapshot>\n' +
    element('lastUpdated', m.lastUpdated, '    ') +
    '    <snapshotVersions>\n' +
    entries +
    '    </snapshotVersions>\n' +
    '  </versioning>\n</metadata>\n';
  return Buffer.from(xml, 'utf8');
}

/** The build that a new upload of a snapshot gets: one more than the stored metadata's. */
export function nextBuildNumber(current: SnapshotMetadata | undefined): number {
  return (current?.buildNumber ?? 0) + 1;
}

/**
 * The snapshot metadata after this upload: its timestamp and build number, its files replacing the stored
 * entries of the same classifier and extension, the others kept. Throws when the stored build is not older
 * than this one: another publish of the same snapshot got there first, and its build must stay the current.
 */
export function mergeSnapshotMetadata(current: SnapshotMetadata | undefined, next: SnapshotMetadata): SnapshotMetadata {
  if (current && current.buildNumber >= next.buildNumber) {
    throw new Error(
      `${next.groupId}:${next.artifactId}:${next.version} got build ${current.buildNumber} (${current.timestamp}) from another publish while this one planned build ${next.buildNumber}. Re-run the job to publish it as build ${current.buildNumber + 1}.`,
    );
  }
  const ours = new Set(next.snapshotVersions.map((e) => `${e.classifier ?? ''}:${e.extension}`));
  const kept = (current?.snapshotVersions ?? []).filter((e) => !ours.has(`${e.classifier ?? ''}:${e.extension}`));
  const snapshotVersions = [...next.snapshotVersions, ...kept].sort(
    (a, b) => (a.classifier ?? '').localeCompare(b.classifier ?? '') || a.extension.localeCompare(b.extension),
  );
  return { ...next, snapshotVersions };
}

/** The `.md5`, `.sha1`, `.sha256` and `.sha512` files Maven reads beside a file: the hex digest alone. */
export function checksumFiles(
  key: string,
  content: Buffer,
): { key: string; body: Buffer; contentType: string; algorithm: string }[] {
  return CHECKSUM_ALGORITHMS.map((algorithm) => ({
    key: `${key}.${algorithm}`,
    body: Buffer.from(createHash(algorithm).update(content).digest('hex'), 'utf8'),
    contentType: 'text/plain',
    algorithm,
  }));
}
