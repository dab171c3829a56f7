import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import pLimit from 'p-limit';
import compareVersions from 'semver/functions/compare';
import validVersion from 'semver/functions/valid';
import { ConfigurationError } from '../runtime/errors';
import { assertSafeRelativeKey, assertSafeSegment } from './paths';
import { fileArtifact } from './store';
import type { ArtifactWrite, IndexWrite, PlanOptions, PublishPlan } from './types';

/**
 * zip: any files, grouped under a name and a version given as inputs: `zip/<name>/<version>/<file>`, a
 * `<file>.sha256` beside each (sha256sum format), and `zip/<name>/index.json` listing every version.
 */

const ZIP_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const ZIP_VERSION = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,199}$/;

export interface ZipFileEntry {
  name: string;
  size: number;
  sha256: string;
}

export interface ZipVersionEntry {
  version: string;
  published: string;
  files: ZipFileEntry[];
}

export interface ZipIndex {
  name: string;
  latest?: string;
  versions: ZipVersionEntry[];
}

export function parseZipName(name: string | undefined): string {
  if (!name) {
    throw new ConfigurationError("Input 'name' is required for type zip: the artifact's name, such as 'reports'.");
  }
  assertSafeSegment(name, `zip name '${name}'`);
  if (!ZIP_NAME.test(name)) {
    throw new ConfigurationError(
      `Input 'name' is '${name}'; a zip name is up to 128 letters, digits, '.', '-' and '_', starting with a letter or digit.`,
    );
  }
  return name;
}

export function parseZipVersion(version: string | undefined): string {
  if (!version) {
    throw new ConfigurationError(
      "Input 'version' is required for type zip: the version, such as '1.4.0' or '2026.11.24'.",
    );
  }
  assertSafeSegment(version, `zip version '${version}'`);
  if (!ZIP_VERSION.test(version)) {
    throw new ConfigurationError(
      `Input 'version' is '${version}'; a zip version is up to 128 letters, digits, '.', '-' and '_', starting with a letter or digit (no '+' or '/').`,
    );
  }
  return version;
}

function parseFileName(file: string): string {
  const name = basename(file);
  assertSafeSegment(name, `file name '${name}'`);
  if (!FILE_NAME.test(name) || name.endsWith('.sha256')) {
    throw new ConfigurationError(
      `File '${name}' cannot be published as zip: file names are letters, digits, '.', '-', '_' and '+', and not *.sha256 (written for you).`,
    );
  }
  return name;
}

/** Versions in semver order when all of them parse, else in the order they were published. */
export function sortZipVersions(versions: ZipVersionEntry[]): ZipVersionEntry[] {
  const all = [...versions];
  if (all.every((v) => validVersion(v.version))) return all.sort((a, b) => compareVersions(a.version, b.version));
  return all.sort((a, b) => a.published.localeCompare(b.published) || a.version.localeCompare(b.version));
}

function sameFiles(a: ZipFileEntry[], b: ZipFileEntry[]): boolean {
  const key = (f: ZipFileEntry[]) =>
    JSON.stringify([...f].sort((x, y) => x.name.localeCompare(y.name)).map((x) => [x.name, x.sha256]));
  return key(a) === key(b);
}

export function parseZipIndex(current: Buffer, key: string): ZipIndex {
  let parsed: unknown;
  try {
    parsed = JSON.parse(current.toString('utf8'));
  } catch {
    throw new Error(`The zip index at ${key} is not valid JSON; repair or remove it.`);
  }
  const p = parsed as Partial<ZipIndex>;
  if (!p || !Array.isArray(p.versions))
    throw new Error(`The zip index at ${key} has no 'versions' list; repair or remove it.`);
  return p as ZipIndex;
}

/**
 * Adds a version; undefined when it is already listed with the same files. A version listed with other
 * files is a ConfigurationError: versions are immutable, files included.
 */
export function mergeZipIndex(
  current: ZipIndex | undefined,
  name: string,
  entry: ZipVersionEntry,
): ZipIndex | undefined {
  const versions = current?.versions ?? [];
  const existing = versions.find((v) => v.version === entry.version);
  if (existing) {
    if (sameFiles(existing.files, entry.files)) return undefined;
    throw new ConfigurationError(
      `zip ${name} ${entry.version} is already published with the files ${existing.files.map((f) => f.name).join(', ')}; ` +
        `this run has ${entry.files.map((f) => f.name).join(', ')}. Versions are immutable: publish a new version.`,
    );
  }
  const sorted = sortZipVersions([...versions, entry]);
  return { name, latest: sorted.at(-1)?.version, versions: sorted };
}

export function zipIndexKey(name: string): string {
  return assertSafeRelativeKey(`zip/${parseZipName(name)}/index.json`);
}

export async function planZip(files: string[], options: PlanOptions): Promise<PublishPlan> {
  const name = parseZipName(options.name);
  const version = parseZipVersion(options.version);
  if (files.length === 0) throw new ConfigurationError("'path' matched no files to publish as zip.");
  const names = files.map(parseFileName);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate) {
    throw new ConfigurationError(
      `Two files named '${duplicate}' were matched; a zip version holds each file name once.`,
    );
  }
  const artifacts: ArtifactWrite[] = [];
  const entries: ZipFileEntry[] = [];
  const keys = names.map((n) => assertSafeRelativeKey(`zip/${name}/${version}/${n}`));
  // Files are read and hashed a few at a time: reading one while hashing another.
  const limit = pLimit(4);
  const read = await Promise.all(files.map((f, i) => limit(() => fileArtifact(f, keys[i], contentTypeOf(names[i])))));
  for (const [i, { artifact }] of read.entries()) {
    const key = keys[i];
    artifacts.push(artifact);
    const sumFile = Buffer.from(`${artifact.sha256}  ${names[i]}\n`);
    artifacts.push(checksumArtifact(`${key}.sha256`, sumFile));
    entries.push({ name: names[i], size: artifact.size, sha256: artifact.sha256 });
  }
  const entry: ZipVersionEntry = { version, published: (options.now ?? new Date()).toISOString(), files: entries };
  const indexKey = zipIndexKey(name);
  const index: IndexWrite = {
    key: indexKey,
    contentType: 'application/json',
    cacheControl: 'no-cache',
    validate: (current) => {
      if (current) mergeZipIndex(parseZipIndex(current, indexKey), name, entry);
    },
    merge: (current) => {
      const merged = mergeZipIndex(current ? parseZipIndex(current, indexKey) : undefined, name, entry);
      return merged ? Buffer.from(JSON.stringify(merged, null, 2) + '\n') : undefined;
    },
  };
  const claim = { key: assertSafeRelativeKey(`.claims/zip/${name}/${version}`) };
  return { type: 'zip', name, version, artifacts, indexes: [index], indexKey, claim };
}

function checksumArtifact(key: string, body: Buffer): ArtifactWrite {
  return {
    key,
    body,
    size: body.length,
    contentType: 'text/plain',
    sha256: createHash('sha256').update(body).digest('hex'),
  };
}

function contentTypeOf(file: string): string {
  if (file.endsWith('.zip')) return 'application/zip';
  if (file.endsWith('.tar.gz') || file.endsWith('.tgz')) return 'application/gzip';
  if (file.endsWith('.json')) return 'application/json';
  if (file.endsWith('.txt')) return 'text/plain';
  return 'application/octet-stream';
}
