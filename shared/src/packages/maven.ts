import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { readZipEntries } from './zip-entries';
import { basename } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { ConfigurationError, errorMessage } from '../runtime/errors';
import {
  checksumFiles,
  CHECKSUM_ALGORITHMS,
  lastUpdatedStamp,
  mergeArtifactMetadata,
  metadataOwner,
  mergeSnapshotMetadata,
  nextBuildNumber,
  parseArtifactMetadata,
  parseSnapshotMetadata,
  renderArtifactMetadata,
  renderSnapshotMetadata,
  snapshotTimestamp,
  type SnapshotMetadata,
  type SnapshotVersionEntry,
} from './maven-metadata';
import { isSnapshotVersion } from './maven-version';
import { assertSafeRelativeKey, assertSafeSegment } from './paths';
import { fileArtifact } from './store';
import type { ArtifactWrite, IndexWrite, PlanOptions, PublishPlan } from './types';

/**
 * Maven: the standard repository layout under `maven/`, so that `<repository><url><store>/maven</url>` works
 * for mvn and Gradle. Coordinates come from the pom given beside the jar, or from the pom Maven put inside
 * the jar (`META-INF/maven/<groupId>/<artifactId>/pom.xml`). Each file gets its .md5/.sha1/.sha256/.sha512;
 * `maven-metadata.xml` lists the versions; a snapshot is uploaded under timestamped names with the
 * version's own metadata pointing at the newest build.
 */

export interface MavenCoordinates {
  groupId: string;
  artifactId: string;
  version: string;
  packaging: string;
}

const GROUP_ID = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*$/;
const ARTIFACT_ID = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
// No '+': S3 reads a '+' in a URL path as a space, and Maven sends it unencoded.
const VERSION = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
const CLASSIFIER = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
const BINARY_EXTENSIONS = ['jar', 'war', 'ear', 'aar'];
const CONTENT_TYPES: Record<string, string> = {
  pom: 'application/xml',
  jar: 'application/java-archive',
  war: 'application/java-archive',
  ear: 'application/java-archive',
  aar: 'application/octet-stream',
};
const MAX_EMBEDDED_POM_BYTES = 8 * 1024 * 1024;

const pomParser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: true });

function field(node: unknown, name: string): string | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const value = (node as Record<string, unknown>)[name];
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
}

export function validateGroupId(groupId: string, source: string): string {
  if (!GROUP_ID.test(groupId) || groupId.length > 200) {
    throw new ConfigurationError(
      `groupId '${groupId}' in ${source} is not allowed: use dot-separated parts of letters, digits, '-' and '_', such as com.acme.platform (no '/', '..', or leading/trailing dots).`,
    );
  }
  for (const part of groupId.split('.')) assertSafeSegment(part, `groupId '${groupId}' in ${source}`);
  return groupId;
}

export function validateArtifactId(artifactId: string, source: string): string {
  if (!ARTIFACT_ID.test(artifactId) || artifactId === '..' || artifactId.length > 200) {
    throw new ConfigurationError(
      `artifactId '${artifactId}' in ${source} is not allowed: use letters, digits, '.', '-' and '_', starting with a letter or digit.`,
    );
  }
  return assertSafeSegment(artifactId, `artifactId '${artifactId}' in ${source}`);
}

export function validateMavenVersion(version: string, source: string): string {
  if (version.includes('${')) {
    throw new ConfigurationError(
      `The version in ${source} is '${version}', an unresolved property. Publish the pom Maven installs (target/*.pom, or the one inside the jar), or resolve it with the flatten-maven-plugin.`,
    );
  }
  if (!VERSION.test(version) || version.length > 128 || /\.\./.test(version)) {
    throw new ConfigurationError(
      `Version '${version}' in ${source} is not allowed: use letters, digits, '.', '-' and '_', starting with a letter or digit, such as 1.4.0 or 2.0-SNAPSHOT.`,
    );
  }
  if (/^\d.*-\d{8}\.\d{6}-\d+$/.test(version)) {
    throw new ConfigurationError(
      `Version '${version}' in ${source} is a timestamped snapshot; publish it as '${version.replace(/-\d{8}\.\d{6}-\d+$/, '-SNAPSHOT')}' and the store gives it the timestamp.`,
    );
  }
  return assertSafeSegment(version, `version '${version}' in ${source}`);
}

/** The coordinates of a pom: its own groupId/version, or its parent's when it inherits them. */
export function parsePom(xml: Buffer | string, source: string): MavenCoordinates {
  let doc: Record<string, unknown>;
  try {
    doc = pomParser.parse(typeof xml === 'string' ? xml : xml.toString('utf8'), true) as Record<string, unknown>;
  } catch (err) {
    throw new ConfigurationError(`${source} is not well-formed XML: ${errorMessage(err)}.`);
  }
  const project = doc.project;
  if (!project || typeof project !== 'object') {
    throw new ConfigurationError(`${source} has no <project> element; it is not a Maven pom.`);
  }
  const parent = (project as Record<string, unknown>).parent;
  const groupId = field(project, 'groupId') ?? field(parent, 'groupId');
  const artifactId = field(project, 'artifactId');
  const version = field(project, 'version') ?? field(parent, 'version');
  const missing = [!groupId && 'groupId', !artifactId && 'artifactId', !version && 'version'].filter(Boolean);
  if (missing.length > 0) {
    throw new ConfigurationError(
      `${source} has no ${missing.join(', ')} (neither its own nor its <parent>'s); set them in the pom.`,
    );
  }
  const coordinates: MavenCoordinates = {
    groupId: validateGroupId(groupId!, source),
    artifactId: validateArtifactId(artifactId!, source),
    version: validateMavenVersion(version!, source),
    packaging: field(project, 'packaging') ?? 'jar',
  };
  if (coordinates.groupId.includes('${') || coordinates.artifactId.includes('${')) {
    throw new ConfigurationError(`${source} uses a property in its groupId or artifactId; write the value itself.`);
  }
  return coordinates;
}

export interface EmbeddedPom {
  path: string;
  bytes: Buffer;
  coordinates: MavenCoordinates;
}

/**
 * The poms Maven's archiver put in a jar (a shaded jar can hold several), read from its zip directory: the jar
 * (a path, or its bytes) is not loaded whole.
 */
export async function embeddedPoms(jar: string | Buffer, source: string): Promise<EmbeddedPom[]> {
  let entries: Map<string, Buffer>;
  try {
    entries = await readZipEntries(
      jar,
      (name) => /^META-INF\/maven\/[^/]+\/[^/]+\/pom\.xml$/.test(name),
      MAX_EMBEDDED_POM_BYTES,
    );
  } catch (err) {
    throw new ConfigurationError(`${source} is not a valid jar (zip) file: ${errorMessage(err)}.`);
  }
  return [...entries].map(([path, bytes]) => ({
    path,
    bytes,
    coordinates: parsePom(bytes, `${source}!/${path}`),
  }));
}

interface BinaryFile {
  path: string;
  name: string;
  extension: string;
  classifier?: string;
}

function sameCoordinates(a: MavenCoordinates, b: MavenCoordinates): boolean {
  return a.groupId === b.groupId && a.artifactId === b.artifactId && a.version === b.version;
}

function gav(c: MavenCoordinates): string {
  return `${c.groupId}:${c.artifactId}:${c.version}`;
}

/** Splits `lib-1.0-sources.jar` into its classifier (sources) and extension, given the coordinates. */
function binaryExtension(name: string): string {
  const extension = BINARY_EXTENSIONS.find((e) => name.toLowerCase().endsWith(`.${e}`));
  if (!extension) {
    throw new ConfigurationError(
      `${name} is not a Maven artifact this action publishes: give the pom (pom.xml or *.pom) and ${BINARY_EXTENSIONS.map((e) => `*.${e}`).join(', ')} files.`,
    );
  }
  return extension;
}

export function classifyFile(name: string, c: MavenCoordinates): { classifier?: string; extension: string } {
  const extension = binaryExtension(name);
  const stem = name.slice(0, -extension.length - 1);
  const prefix = `${c.artifactId}-${c.version}`;
  let classifier: string | undefined;
  if (stem.startsWith(`${prefix}-`)) classifier = stem.slice(prefix.length + 1);
  else if (stem !== prefix) classifier = /-(sources|javadoc)$/.exec(stem)?.[1];
  if (classifier !== undefined && !CLASSIFIER.test(classifier)) {
    throw new ConfigurationError(
      `The classifier '${classifier}' of ${name} is not allowed: use letters, digits, '.', '-' and '_'.`,
    );
  }
  return { classifier, extension };
}

/** `com.acme` + `lib` -> `maven/com/acme/lib` */
export function artifactDirectory(groupId: string, artifactId: string): string {
  return assertSafeRelativeKey(`maven/${groupId.split('.').join('/')}/${artifactId}`);
}

/** The file name in the repository: `<a>-<v>[-<classifier>].<ext>`, with `<v>` timestamped for a snapshot upload. */
export function mavenFileName(artifactId: string, fileVersion: string, extension: string, classifier?: string): string {
  return `${artifactId}-${fileVersion}${classifier ? `-${classifier}` : ''}.${extension}`;
}

/** A snapshot's upload version: `1.0-SNAPSHOT` built at 2026-11-24 05:00:00 as build 3 -> `1.0-20261124.050000-3`. */
export function snapshotFileVersion(version: string, timestamp: string, buildNumber: number): string {
  return `${version.slice(0, -'-SNAPSHOT'.length)}-${timestamp}-${buildNumber}`;
}

interface ResolvedFiles {
  coordinates: MavenCoordinates;
  pom: { bytes: Buffer; source: string };
  binaries: BinaryFile[];
}

type Jar = { path: string; name: string };
type ArtifactPom = Pick<ResolvedFiles, 'coordinates' | 'pom'>;

/** The artifact's pom: the one given, else the one inside the jars named like the jar (a shaded jar holds others). */
async function artifactPom(
  given: string | undefined,
  jars: Jar[],
  embedded: Map<string, EmbeddedPom[]>,
): Promise<ArtifactPom> {
  if (given) {
    const bytes = await readFile(given);
    const source = basename(given);
    return { pom: { bytes, source }, coordinates: parsePom(bytes, source) };
  }
  const candidates = jars.flatMap((j) => embedded.get(j.path)!.map((p) => ({ jar: j.name, ...p })));
  // A shaded jar carries the poms of what it bundles: its own is the one named like the jar.
  const named = candidates.filter((c) => c.jar.startsWith(`${c.coordinates.artifactId}-${c.coordinates.version}`));
  const chosen = candidates.length === 1 ? candidates : named;
  const distinct = [...new Map(chosen.map((c) => [gav(c.coordinates), c])).values()];
  if (distinct.length !== 1) {
    throw new ConfigurationError(
      candidates.length === 0
        ? `No Maven coordinates: 'path' has no pom.xml and ${jars.map((j) => j.name).join(', ') || 'no jar'} carries no META-INF/maven/<groupId>/<artifactId>/pom.xml. Add the pom (pom.xml or target/*.pom) to 'path'.`
        : `Cannot tell which pom inside the jars is the artifact's (found ${candidates.map((c) => gav(c.coordinates)).join(', ')}); add the pom to 'path'.`,
    );
  }
  return {
    pom: { bytes: distinct[0].bytes, source: `${distinct[0].jar}!/${distinct[0].path}` },
    coordinates: distinct[0].coordinates,
  };
}

/** Each jar's place (classifier and extension), refusing a jar of another build or two jars in one place. */
function placeBinaries(
  jars: Jar[],
  embedded: Map<string, EmbeddedPom[]>,
  coordinates: MavenCoordinates,
  pomSource: string,
): BinaryFile[] {
  const binaries: BinaryFile[] = [];
  for (const j of jars) {
    const { classifier, extension } = classifyFile(j.name, coordinates);
    const own = embedded.get(j.path)!;
    const mine = own.find(
      (p) => p.coordinates.groupId === coordinates.groupId && p.coordinates.artifactId === coordinates.artifactId,
    );
    if (mine && !sameCoordinates(mine.coordinates, coordinates)) {
      throw new ConfigurationError(
        `${j.name} was built as ${gav(mine.coordinates)} (its ${mine.path}) but ${pomSource} says ${gav(coordinates)}; publish the pom and jar of the same build.`,
      );
    }
    if (!mine && own.length > 0 && classifier === undefined) {
      throw new ConfigurationError(
        `${j.name} was built as ${own.map((p) => gav(p.coordinates)).join(', ')} but ${pomSource} says ${gav(coordinates)}; publish the pom and jar of the same build.`,
      );
    }
    binaries.push({ path: j.path, name: j.name, extension, classifier });
  }
  const seen = new Map<string, string>();
  for (const b of binaries) {
    const slot = `${b.classifier ?? ''}.${b.extension}`;
    if (seen.has(slot)) {
      throw new ConfigurationError(
        `${seen.get(slot)} and ${b.name} would both be ${mavenFileName(coordinates.artifactId, coordinates.version, b.extension, b.classifier)}; give one file per classifier.`,
      );
    }
    seen.set(slot, b.name);
  }
  return binaries;
}

/** Decides the coordinates and each file's place, cross-checking the pom against the poms inside the jars. */
export async function resolveMavenFiles(files: string[]): Promise<ResolvedFiles> {
  const poms = files.filter((f) => basename(f) === 'pom.xml' || f.toLowerCase().endsWith('.pom'));
  const others = files.filter((f) => !poms.includes(f));
  if (poms.length > 1) {
    throw new ConfigurationError(
      `Maven publishes one artifact per step, with one pom; 'path' matched ${poms.length} poms: ${poms.map((p) => basename(p)).join(', ')}.`,
    );
  }
  for (const f of others) binaryExtension(basename(f));

  const jars = others.map((path) => ({ path, name: basename(path) }));
  const embedded = new Map<string, EmbeddedPom[]>();
  for (const j of jars) embedded.set(j.path, await embeddedPoms(j.path, j.name));

  const { coordinates, pom } = await artifactPom(poms[0], jars, embedded);
  const binaries = placeBinaries(jars, embedded, coordinates, pom.source);
  if (coordinates.packaging !== 'pom' && binaries.length === 0) {
    throw new ConfigurationError(
      `${pom.source} has packaging '${coordinates.packaging}' but 'path' has no ${coordinates.packaging === 'war' ? 'war' : 'jar'}; add the built artifact (or set <packaging>pom</packaging> for a parent or BOM).`,
    );
  }
  // The main artifact first, then its classifiers: the order of the 'urls' output.
  binaries.sort(
    (a, b) => (a.classifier ?? '').localeCompare(b.classifier ?? '') || a.extension.localeCompare(b.extension),
  );
  return { coordinates, pom, binaries };
}

function checksumArtifacts(key: string, digests: Record<string, string>): ArtifactWrite[] {
  return CHECKSUM_ALGORITHMS.map((algorithm) => {
    const body = Buffer.from(digests[algorithm], 'utf8');
    return {
      key: `${key}.${algorithm}`,
      body,
      size: body.length,
      contentType: 'text/plain',
      sha256: createHash('sha256').update(body).digest('hex'),
    };
  });
}

function metadataDerived(key: string): IndexWrite['derived'] {
  return (content) =>
    checksumFiles(key, content).map(({ key: k, body, contentType }) => ({ key: k, body, contentType }));
}

function overlap(c: MavenCoordinates, folder: string, other: string, key: string): ConfigurationError {
  return new ConfigurationError(
    `${gav(c)} would be stored in ${folder}/, which belongs to ${other} (${key} says so): the two artifacts' folders ` +
      'overlap in the Maven layout, and their metadata would overwrite each other. Nothing was written. Choose a ' +
      "groupId and artifactId whose folder is not another artifact's (an artifactId is not a version).",
  );
}

/**
 * Refuses a maven-metadata.xml of another artifact (or of another version, for a snapshot's) where this one's is
 * kept: at `<g>/<a>/`, or at `<g>/<a>/<v>/` (a snapshot's; for a release none should be there).
 */
function assertOwnMetadata(c: MavenCoordinates, key: string, current: Buffer | undefined): void {
  if (!current) return;
  const owner = metadataOwner(current, key);
  const named = `${owner.groupId ?? '?'}:${owner.artifactId ?? '?'}${owner.snapshot ? `:${owner.version ?? '?'}` : ''}`;
  const versionFolder = key !== `${artifactDirectory(c.groupId, c.artifactId)}/maven-metadata.xml`;
  if (
    (owner.groupId ?? c.groupId) !== c.groupId ||
    (owner.artifactId ?? c.artifactId) !== c.artifactId ||
    (versionFolder && (owner.version ?? c.version) !== c.version)
  ) {
    throw overlap(c, key.slice(0, key.lastIndexOf('/')), named, key);
  }
}

/**
 * The artifact's folder `<g>/<a>` is a version folder of the artifact `<g minus its last part>:<last part>` when
 * that artifact's metadata lists `<a>` as a version (com.acme.lib:1.0-SNAPSHOT vs com.acme:lib:1.0-SNAPSHOT).
 */
function parentCheck(c: MavenCoordinates): NonNullable<PublishPlan['checks']>[number] | undefined {
  const parts = c.groupId.split('.');
  if (parts.length < 2) return undefined;
  const key = `maven/${parts.join('/')}/maven-metadata.xml`;
  const parent = { groupId: parts.slice(0, -1).join('.'), artifactId: parts.at(-1)! };
  return {
    key,
    validate: (current) => {
      if (!current) return;
      const owner = metadataOwner(current, key);
      if (owner.groupId === parent.groupId && owner.artifactId === parent.artifactId) {
        if (owner.versions.includes(c.artifactId) || owner.version === c.artifactId) {
          throw overlap(
            c,
            artifactDirectory(c.groupId, c.artifactId),
            `${parent.groupId}:${parent.artifactId}:${c.artifactId}`,
            key,
          );
        }
      }
    },
  };
}

/**
 * What keeps a version apart from others before its first write: its claim (a snapshot's builds are claimed one
 * by one, each has files of its own), and the checks that its folders are no other artifact's.
 */
function versionGuards(
  coordinates: MavenCoordinates,
  fileVersion: string,
  versionMetadataKey: string,
): Pick<PublishPlan, 'claim' | 'checks'> {
  const { groupId, artifactId, version } = coordinates;
  const snapshot = isSnapshotVersion(version);
  const claim = {
    key: assertSafeRelativeKey(`.claims/maven/${groupId}/${artifactId}/${fileVersion}`),
    ...(snapshot ? { advice: `Re-run the job: ${version} is then published as the next build` } : {}),
  };
  // A release has no metadata of its own in its folder: one there is another artifact's.
  const own = {
    key: versionMetadataKey,
    validate: (current?: Buffer) => assertOwnMetadata(coordinates, versionMetadataKey, current),
  };
  const checks = [parentCheck(coordinates), snapshot ? undefined : own].filter((c) => c !== undefined);
  return { claim, checks };
}

/** The plan for one Maven artifact: its pom, its jar or war, and classifier jars (sources, javadoc). */
export async function planMaven(files: string[], options: PlanOptions): Promise<PublishPlan> {
  const { coordinates, pom, binaries } = await resolveMavenFiles(files);
  const { groupId, artifactId, version } = coordinates;
  const name = `${groupId}:${artifactId}`;
  checkNameAndVersionInputs(options, coordinates, pom.source);
  const now = options.now ?? new Date();
  const artifactDir = artifactDirectory(groupId, artifactId);
  const versionDir = assertSafeRelativeKey(`${artifactDir}/${version}`);
  const versionMetadataKey = `${versionDir}/maven-metadata.xml`;
  const build = isSnapshotVersion(version)
    ? await nextSnapshotBuild(coordinates, binaries, versionMetadataKey, options, now)
    : { fileVersion: version, snapshotMetadata: undefined };
  const { fileVersion } = build;

  const artifacts = await versionFiles(versionDir, artifactId, fileVersion, pom.bytes, binaries);
  const indexes: IndexWrite[] = [];
  if (build.snapshotMetadata) indexes.push(snapshotIndex(coordinates, versionMetadataKey, build.snapshotMetadata));
  indexes.push(artifactIndex(coordinates, `${artifactDir}/maven-metadata.xml`, now));

  const { claim, checks } = versionGuards(coordinates, fileVersion, versionMetadataKey);
  return { type: 'maven', name, version, artifacts, indexes, indexKey: 'maven/', claim, checks };
}

/** The inputs 'name' and 'version' may only repeat what the pom says. */
function checkNameAndVersionInputs(options: PlanOptions, coordinates: MavenCoordinates, pomSource: string): void {
  const { groupId, artifactId, version } = coordinates;
  const name = `${groupId}:${artifactId}`;
  if (options.name && options.name !== name && options.name !== artifactId) {
    throw new ConfigurationError(
      `Input 'name' is '${options.name}' but ${pomSource} says '${name}'; remove the input or fix it.`,
    );
  }
  if (options.version && options.version !== version) {
    throw new ConfigurationError(
      `Input 'version' is '${options.version}' but ${pomSource} says '${version}'; remove the input or fix it.`,
    );
  }
}

/** A snapshot's next build: the version its file names carry and the metadata that lists its files. */
async function nextSnapshotBuild(
  coordinates: MavenCoordinates,
  binaries: BinaryFile[],
  versionMetadataKey: string,
  options: PlanOptions,
  now: Date,
): Promise<{ fileVersion: string; snapshotMetadata: SnapshotMetadata }> {
  const { groupId, artifactId, version } = coordinates;
  // The file names carry the build number, so the stored metadata is read now; a publish that races
  // this one is caught when the metadata is validated (before any write) or merged.
  const stored = await options.readStored?.(versionMetadataKey);
  const current = stored ? parseSnapshotMetadata(stored, versionMetadataKey) : undefined;
  const timestamp = snapshotTimestamp(now);
  const buildNumber = nextBuildNumber(current);
  const fileVersion = snapshotFileVersion(version, timestamp, buildNumber);
  const updated = lastUpdatedStamp(now);
  const entries: SnapshotVersionEntry[] = [
    { extension: 'pom', value: fileVersion, updated },
    ...binaries.map((b) => ({ classifier: b.classifier, extension: b.extension, value: fileVersion, updated })),
  ];
  return {
    fileVersion,
    snapshotMetadata: {
      groupId,
      artifactId,
      version,
      timestamp,
      buildNumber,
      lastUpdated: updated,
      snapshotVersions: entries,
    },
  };
}

/** The files of one version: the pom, then each binary, each followed by its checksum files. */
async function versionFiles(
  versionDir: string,
  artifactId: string,
  fileVersion: string,
  pomBytes: Buffer,
  binaries: BinaryFile[],
): Promise<ArtifactWrite[]> {
  const artifacts: ArtifactWrite[] = [];
  const pomKey = `${versionDir}/${mavenFileName(artifactId, fileVersion, 'pom')}`;
  const pomChecksums = Object.fromEntries(
    checksumFiles('', pomBytes).map((c) => [c.algorithm, c.body.toString('utf8')]),
  );
  artifacts.push({
    key: assertSafeRelativeKey(pomKey),
    body: pomBytes,
    size: pomBytes.length,
    contentType: CONTENT_TYPES.pom,
    sha256: pomChecksums.sha256,
  });
  artifacts.push(...checksumArtifacts(pomKey, pomChecksums));
  for (const b of binaries) {
    const key = assertSafeRelativeKey(
      `${versionDir}/${mavenFileName(artifactId, fileVersion, b.extension, b.classifier)}`,
    );
    const { artifact, digests } = await fileArtifact(b.path, key, CONTENT_TYPES[b.extension], [...CHECKSUM_ALGORITHMS]);
    artifacts.push(artifact, ...checksumArtifacts(key, digests));
  }
  return artifacts;
}

/** A snapshot version's maven-metadata.xml, with this build merged into the stored one. */
function snapshotIndex(coordinates: MavenCoordinates, key: string, ours: SnapshotMetadata): IndexWrite {
  const parse = (current: Buffer | undefined) => (current ? parseSnapshotMetadata(current, key) : undefined);
  return {
    key,
    contentType: 'application/xml',
    validate: (current) => {
      assertOwnMetadata(coordinates, key, current);
      mergeSnapshotMetadata(parse(current), ours);
    },
    merge: (current) => renderSnapshotMetadata(mergeSnapshotMetadata(parse(current), ours)),
    derived: metadataDerived(key),
  };
}

/** The artifact's maven-metadata.xml, listing this version among the stored ones. */
function artifactIndex(coordinates: MavenCoordinates, key: string, now: Date): IndexWrite {
  const { groupId, artifactId, version } = coordinates;
  return {
    key,
    contentType: 'application/xml',
    validate: (current) => assertOwnMetadata(coordinates, key, current),
    merge: (current) => {
      const merged = mergeArtifactMetadata(current ? parseArtifactMetadata(current, key) : undefined, {
        groupId,
        artifactId,
        version,
        now,
      });
      return merged ? renderArtifactMetadata(merged) : undefined;
    },
    derived: metadataDerived(key),
  };
}
