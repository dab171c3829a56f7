import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import compareVersions from 'semver/functions/compare';
import greaterThan from 'semver/functions/gt';
import prerelease from 'semver/functions/prerelease';
import validVersion from 'semver/functions/valid';
import validRange from 'semver/ranges/valid';
import { readTarFiles } from './tar-reader';
import { ConfigurationError, errorMessage, isConfigurationError } from '../runtime/errors';
import { fileStream } from './file-digest';
import { assertSafeRelativeKey, assertSafeSegment, publicUrl } from './paths';
import { fileArtifact } from './store';
import type { IndexWrite, PlanOptions, PublishPlan } from './types';

/**
 * npm: the registry is `<store>/npm/`. The client asks for a package's packument at `<registry>/<name>`
 * (`@scope%2fname` for a scoped one, which S3 decodes to the key `npm/@scope/name`) and downloads the
 * tarball from the packument's absolute `dist.tarball` URL, checking `dist.integrity`.
 */

const NAME = /^(?:@([a-z0-9-~][a-z0-9-._~]*)\/)?([a-z0-9-~][a-z0-9-._~]*)$/;
const RESERVED = new Set(['node_modules', 'favicon.ico']);
const MAX_TARBALL_BYTES = 512 * 1024 * 1024;
const MAX_PACKAGE_JSON_BYTES = 16 * 1024 * 1024;

/** Checks a package name by npm's rules for new packages; returns the scope and the bare name. */
export function parseNpmName(name: string): { scope?: string; bare: string } {
  if (typeof name !== 'string' || name.length === 0) {
    throw new ConfigurationError("package.json has no 'name'; set it to the package's name, such as @acme/widgets.");
  }
  if (name.length > 214) throw new ConfigurationError(`npm package name '${name}' is longer than 214 characters.`);
  const match = NAME.exec(name);
  if (!match) {
    const hint = name.startsWith('@')
      ? "a scoped name is '@scope/name', both parts in lowercase letters, digits, '-', '.', '_' or '~', the name not starting with '.' or '_'"
      : "lowercase letters, digits, '-', '.', '_' and '~', not starting with '.' or '_', with an optional '@scope/'";
    throw new ConfigurationError(`npm package name '${name}' is not valid: ${hint}.`);
  }
  const [, scope, bare] = match;
  if (RESERVED.has(bare)) throw new ConfigurationError(`npm package name '${name}' is reserved by npm.`);
  if (bare.startsWith('.') || bare.startsWith('_')) {
    throw new ConfigurationError(`npm package name '${name}' must not start with '.' or '_'.`);
  }
  if (scope !== undefined) assertSafeSegment(`@${scope}`, `npm scope of '${name}'`);
  assertSafeSegment(bare, `npm package name '${name}'`);
  return { scope, bare };
}

/** A version as npm publishes it: strict semver, without build metadata (npm drops it). */
export function parseNpmVersion(version: unknown, name: string): string {
  if (typeof version !== 'string' || version.length === 0) {
    throw new ConfigurationError(`package.json of '${name}' has no 'version'; set a semver version such as 1.2.3.`);
  }
  if (version.includes('+')) {
    throw new ConfigurationError(
      `npm version '${version}' of '${name}' has build metadata ('+...'); npm ignores it, so two builds would collide. Publish '${version.split('+')[0]}' or a prerelease such as '${version.split('+')[0]}-build.1'.`,
    );
  }
  const valid = validVersion(version);
  if (!valid || valid !== version) {
    const suggestion = valid ? ` Write it as '${valid}'.` : '';
    throw new ConfigurationError(
      `npm version '${version}' of '${name}' is not a semantic version (MAJOR.MINOR.PATCH[-prerelease]).${suggestion}`,
    );
  }
  return version;
}

export interface NpmTarball {
  manifest: Record<string, unknown>;
  name: string;
  version: string;
  fileCount: number;
  unpackedSize: number;
}

/** Reads `package/package.json` (and counts the files) from an `npm pack` tarball. */
export async function readNpmTarball(tarball: Buffer | Readable, file: string): Promise<NpmTarball> {
  let read: Awaited<ReturnType<typeof readTarFiles>>;
  try {
    // Streamed: the files are counted as they go by, only package/package.json is held.
    const gunzip = createGunzip();
    const bounds = { label: file, maxEntryBytes: MAX_PACKAGE_JSON_BYTES, maxTotalBytes: MAX_TARBALL_BYTES };
    const source = Buffer.isBuffer(tarball) ? Readable.from([tarball]) : tarball;
    source.once('error', (err) => gunzip.destroy(err));
    read = await readTarFiles(source.pipe(gunzip), (name) => name === 'package/package.json', bounds);
  } catch (err) {
    if (isConfigurationError(err)) throw err;
    const zlib = String((err as { code?: unknown }).code ?? '').startsWith('Z_');
    throw new ConfigurationError(
      zlib
        ? `${file} is not a gzip-compressed tarball (${errorMessage(err)}); build it with 'npm pack'.`
        : `${file} is not a valid tar archive (${errorMessage(err)}); build it with 'npm pack'.`,
    );
  }
  const packageJson = read.contents.get('package/package.json');
  const fileCount = read.files.length;
  const unpackedSize = read.files.reduce((sum, f) => sum + f.size, 0);
  if (!packageJson) {
    throw new ConfigurationError(`${file} has no package/package.json; build the tarball with 'npm pack'.`);
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(packageJson.toString('utf8'));
  } catch (err) {
    throw new ConfigurationError(`package/package.json in ${file} is not valid JSON: ${errorMessage(err)}.`);
  }
  if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest)) {
    throw new ConfigurationError(`package/package.json in ${file} is not a JSON object.`);
  }
  const m = manifest as Record<string, unknown>;
  const name = m.name as string;
  parseNpmName(name);
  const version = parseNpmVersion(m.version, name);
  return { manifest: m, name, version, fileCount, unpackedSize };
}

/** `npm/<name>/-/<bare>-<version>.tgz`, as the public registry lays tarballs out. */
export function npmTarballKey(name: string, version: string): string {
  const { bare } = parseNpmName(name);
  return assertSafeRelativeKey(`npm/${name}/-/${bare}-${version}.tgz`);
}

export function npmPackumentKey(name: string): string {
  parseNpmName(name);
  return assertSafeRelativeKey(`npm/${name}`);
}

export interface Packument {
  _id: string;
  name: string;
  description?: string;
  'dist-tags': Record<string, string>;
  versions: Record<string, Record<string, unknown> & { dist?: { integrity?: string } }>;
  time: Record<string, string>;
  [field: string]: unknown;
}

export interface PackumentEntry {
  name: string;
  version: string;
  manifest: Record<string, unknown>;
  dist: { shasum: string; integrity: string; tarball: string; fileCount?: number; unpackedSize?: number };
  distTag?: string;
  now: Date;
}

export function parsePackument(current: Buffer, key: string): Packument {
  let parsed: unknown;
  try {
    parsed = JSON.parse(current.toString('utf8'));
  } catch (err) {
    throw new Error(`The packument at ${key} is not valid JSON (${errorMessage(err)}); repair or remove it.`, {
      cause: err,
    });
  }
  const p = parsed as Partial<Packument>;
  if (!p || typeof p !== 'object' || typeof p.versions !== 'object' || p.versions === null) {
    throw new Error(`The packument at ${key} has no 'versions' object; repair or remove it.`);
  }
  return { ...p, 'dist-tags': { ...(p['dist-tags'] ?? {}) }, time: { ...(p.time ?? {}) } } as Packument;
}

/**
 * Which dist-tags change when `version` is added: an explicit tag is set as told; otherwise `latest` moves
 * only forward, and never to a prerelease unless there is no latest yet (npm needs one to install).
 */
export function nextDistTags(
  current: Record<string, string>,
  version: string,
  distTag?: string,
): Record<string, string> {
  const tags = { ...current };
  if (distTag) {
    tags[distTag] = version;
    return tags;
  }
  const latest = tags.latest;
  if (!latest || !validVersion(latest)) tags.latest = version;
  else if (prerelease(version) === null && greaterThan(version, latest)) tags.latest = version;
  return tags;
}

/** Validates an npm dist-tag: not a version range (npm refuses those), a safe name. */
export function parseDistTag(tag: string | undefined): string | undefined {
  if (tag === undefined) return undefined;
  if (!/^[A-Za-z][A-Za-z0-9._-]{0,63}$/.test(tag) || validRange(tag) !== null) {
    throw new ConfigurationError(
      `Input 'dist-tag' is '${tag}'; a dist-tag is a word such as latest, next or beta, not a version or range.`,
    );
  }
  return tag;
}

/**
 * Adds one version to a packument (or creates it). Returns undefined when the version is already there with
 * the same integrity and the dist-tags would not change, so an identical re-publish writes nothing.
 */
export function mergePackument(current: Packument | undefined, entry: PackumentEntry): Packument | undefined {
  const now = entry.now.toISOString();
  const base: Packument = current ?? {
    _id: entry.name,
    name: entry.name,
    'dist-tags': {},
    versions: {},
    time: { created: now },
  };
  const existing = base.versions[entry.version];
  if (existing && existing.dist?.integrity !== entry.dist.integrity) {
    throw new ConfigurationError(
      `${entry.name}@${entry.version} is already published with other content (integrity ${existing.dist?.integrity ?? 'unknown'}). Versions are immutable: publish a new version.`,
    );
  }
  const tags = nextDistTags(base['dist-tags'], entry.version, entry.distTag);
  const tagsChanged = JSON.stringify(tags) !== JSON.stringify(base['dist-tags']);
  if (existing && !tagsChanged) return undefined;

  const versions = { ...base.versions };
  if (!existing) {
    const manifest: Record<string, unknown> = { ...entry.manifest };
    // npm's registry does not serve these from a version manifest; they are large or private to the publisher.
    for (const field of ['readme', 'readmeFilename', '_id', '_resolved', '_integrity', '_from']) delete manifest[field];
    versions[entry.version] = { ...manifest, _id: `${entry.name}@${entry.version}`, dist: entry.dist };
  }
  const time: Record<string, string> = { ...base.time, created: base.time.created ?? now, modified: now };
  if (!existing) time[entry.version] = now;
  const latestManifest = versions[tags.latest] ?? versions[entry.version];
  const description = typeof latestManifest.description === 'string' ? latestManifest.description : base.description;
  return {
    ...base,
    _id: entry.name,
    name: entry.name,
    ...(description !== undefined ? { description } : {}),
    'dist-tags': tags,
    versions: sortVersions(versions),
    time,
  };
}

function sortVersions<T>(versions: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const v of Object.keys(versions).sort((a, b) =>
    validVersion(a) && validVersion(b) ? compareVersions(a, b) : a.localeCompare(b),
  ))
    out[v] = versions[v];
  return out;
}

/** The plan for one `npm pack` tarball. */
export async function planNpm(files: string[], options: PlanOptions): Promise<PublishPlan> {
  const tarballs = files.filter((f) => f.endsWith('.tgz') || f.endsWith('.tar.gz'));
  if (files.length !== 1 || tarballs.length !== 1) {
    throw new ConfigurationError(
      `npm publishes one 'npm pack' tarball (.tgz) per step; 'path' matched ${files.length} file(s): ${files.map((f) => basename(f)).join(', ') || 'none'}.`,
    );
  }
  const file = tarballs[0];
  // Streamed from disk to read package.json, then hashed and uploaded from disk: the tarball is never held whole.
  const tarball = await readNpmTarball(fileStream(file), basename(file));
  const { name, version } = tarball;
  if (options.name && options.name !== name) {
    throw new ConfigurationError(
      `Input 'name' is '${options.name}' but the tarball's package.json says '${name}'; remove the input or fix it.`,
    );
  }
  if (options.version && options.version !== version) {
    throw new ConfigurationError(
      `Input 'version' is '${options.version}' but the tarball's package.json says '${version}'; remove the input or fix it.`,
    );
  }
  const distTag = parseDistTag(options.distTag);
  const tarballKey = npmTarballKey(name, version);
  const packumentKey = npmPackumentKey(name);
  const { artifact, digests } = await fileArtifact(file, tarballKey, 'application/octet-stream', ['sha1', 'sha512']);
  const dist = {
    shasum: digests.sha1,
    integrity: `sha512-${Buffer.from(digests.sha512, 'hex').toString('base64')}`,
    tarball: publicUrl(options.storeUrl, tarballKey),
    fileCount: tarball.fileCount,
    unpackedSize: tarball.unpackedSize,
  };
  const now = options.now ?? new Date();
  const entry: PackumentEntry = { name, version, manifest: tarball.manifest, dist, distTag, now };
  const packument = packumentIndex(packumentKey, entry);
  return {
    type: 'npm',
    name,
    version,
    artifacts: [artifact],
    indexes: [packument],
    indexKey: 'npm/',
  };
}

/** The package's packument with this version merged in; other content under a published version is refused. */
function packumentIndex(packumentKey: string, entry: PackumentEntry): IndexWrite {
  return {
    key: packumentKey,
    contentType: 'application/json',
    cacheControl: 'no-cache',
    validate: (current) => {
      if (current) mergePackument(parsePackument(current, packumentKey), { ...entry, distTag: undefined });
    },
    merge: (current) => {
      const merged = mergePackument(current ? parsePackument(current, packumentKey) : undefined, entry);
      return merged ? Buffer.from(JSON.stringify(merged, null, 2) + '\n') : undefined;
    },
  };
}
