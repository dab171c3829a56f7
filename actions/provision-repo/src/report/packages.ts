import { GetObjectCommand, paginateListObjectsV2, type S3Client } from '@aws-sdk/client-s3';
import pLimit from 'p-limit';
import { parseArtifactMetadata } from '../../../../shared/src/packages/maven-metadata';
import { sortMavenVersions } from '../../../../shared/src/packages/maven-version';
import { npmTarballKey, parsePackument } from '../../../../shared/src/packages/npm';
import { parseSimpleProject } from '../../../../shared/src/packages/python-index';
import { parseZipIndex } from '../../../../shared/src/packages/zip';
import type { AwsCall } from '../provision/aws-calls';
import { errorMessage } from '../../../../shared/src/runtime/errors';
import type { InventoryPackage, InventoryProblem, PackageVersion } from './types';
import { awsErrorName } from '../../../../shared/src/aws/errors';

/**
 * The package store of a system, read back from what publish-package wrote: every object under the prefix
 * (ListObjectsV2, all pages) for sizes, and the indexes (npm packuments, maven-metadata.xml, the PEP 691 JSON
 * of the simple index, zip index.json) for names and versions.
 */

export interface StoredObject {
  /** Relative to the system's prefix. */
  key: string;
  size: number;
  lastModified?: string;
}

const NPM_PACKUMENT = /^npm\/((?:@[^/]+\/)?[^/@][^/]*)$/;
const ZIP_INDEX = /^zip\/([^/]+)\/index\.json$/;
const PYTHON_PROJECT = /^python\/simple\/([^/]+)\/index\.json$/;
const MAVEN_METADATA = /^(maven\/.+)\/maven-metadata\.xml$/;
const SDIST_SUFFIX = /\.(tar\.gz|tar\.bz2|tgz|zip)$/;

/** Every object under the prefix, all pages. */
export async function listStore(
  s3: S3Client,
  bucket: string,
  prefix: string,
  call: AwsCall,
  pageSize = 1000,
): Promise<StoredObject[]> {
  const base = prefix ? `${prefix}/` : '';
  return call(`ListObjectsV2 s3://${bucket}/${base}`, async () => {
    const out: StoredObject[] = [];
    for await (const page of paginateListObjectsV2({ client: s3, pageSize }, { Bucket: bucket, Prefix: base })) {
      for (const o of page.Contents ?? []) {
        if (!o.Key) continue;
        out.push({ key: o.Key.slice(base.length), size: o.Size ?? 0, lastModified: o.LastModified?.toISOString() });
      }
    }
    return out;
  });
}

/** The index keys among the objects, by format. */
export function indexKeys(objects: readonly StoredObject[]): { format: InventoryPackage['format']; key: string }[] {
  const keys = new Set(objects.map((o) => o.key));
  const out: { format: InventoryPackage['format']; key: string }[] = [];
  for (const { key } of objects) {
    if (NPM_PACKUMENT.test(key)) out.push({ format: 'npm', key });
    else if (ZIP_INDEX.test(key)) out.push({ format: 'zip', key });
    else if (PYTHON_PROJECT.test(key)) out.push({ format: 'python', key });
    else {
      const dir = MAVEN_METADATA.exec(key)?.[1];
      // A snapshot version's own metadata sits one level below its artifact's.
      const parent = dir?.slice(0, dir.lastIndexOf('/'));
      if (dir && !keys.has(`${parent}/maven-metadata.xml`)) out.push({ format: 'maven', key });
    }
  }
  return out;
}

/** The size and count of the files under a directory (checksum files included: they are stored too). */
function filesUnder(sizes: Map<string, number>, dirs: readonly string[], dir: string): { size: number; files: number } {
  let size = 0;
  let files = 0;
  const start = lowerBound(dirs, dir);
  for (let i = start; i < dirs.length && dirs[i].startsWith(dir); i++) {
    size += sizes.get(dirs[i]) ?? 0;
    files++;
  }
  return { size, files };
}

function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The version in a Python distribution's file name: the second field of a wheel, the end of an sdist. */
export function pythonFileVersion(filename: string): string | undefined {
  if (filename.endsWith('.whl')) return filename.split('-')[1];
  const stem = filename.replace(SDIST_SUFFIX, '');
  if (stem === filename) return undefined;
  const dash = stem.lastIndexOf('-');
  return dash > 0 ? stem.slice(dash + 1) : undefined;
}

/** What one format's index says of a package: its name, latest version and each version's files. */
interface IndexedPackage {
  name: string;
  latest: string | undefined;
  versions: PackageVersion[];
}

/** Where the stored files are looked up: sizes by key, and the keys sorted (to find a folder's files). */
interface StoredSizes {
  sizes: Map<string, number>;
  sortedKeys: readonly string[];
}

/** One package from its index text and the listing's sizes. */
export function packageFromIndex(
  format: InventoryPackage['format'],
  key: string,
  content: Buffer,
  sizes: Map<string, number>,
  sortedKeys: readonly string[],
): InventoryPackage {
  const stored: StoredSizes = { sizes, sortedKeys };
  const { name, latest, versions } =
    format === 'npm'
      ? npmPackage(key, content, stored)
      : format === 'zip'
        ? zipPackage(key, content, stored)
        : format === 'python'
          ? pythonPackage(key, content, stored)
          : mavenPackage(key, content, stored);
  return {
    format,
    name,
    index: key,
    versions,
    latest,
    sizeBytes: versions.reduce((n, v) => n + v.sizeBytes, 0),
  };
}

function npmPackage(key: string, content: Buffer, { sizes }: StoredSizes): IndexedPackage {
  const packument = parsePackument(content, key);
  const name = packument.name ?? key.slice('npm/'.length);
  const versions = Object.keys(packument.versions).map((version) => {
    const tarball = npmTarballKey(name, version);
    return {
      version,
      sizeBytes: sizes.get(tarball) ?? 0,
      files: sizes.has(tarball) ? 1 : 0,
      published: packument.time[version],
    };
  });
  return { name, latest: packument['dist-tags'].latest, versions };
}

function zipPackage(key: string, content: Buffer, { sizes, sortedKeys }: StoredSizes): IndexedPackage {
  const index = parseZipIndex(content, key);
  const name = index.name ?? ZIP_INDEX.exec(key)?.[1] ?? key;
  const versions = index.versions.map((v) => {
    const stored = filesUnder(sizes, sortedKeys, `zip/${name}/${v.version}/`);
    return {
      version: v.version,
      sizeBytes: stored.files ? stored.size : v.files.reduce((n, f) => n + f.size, 0),
      files: v.files.length,
      published: v.published,
    };
  });
  return { name, latest: index.latest, versions };
}

/** A Python project's files grouped by the version their names carry (with their metadata side files). */
function pythonPackage(key: string, content: Buffer, { sizes }: StoredSizes): IndexedPackage {
  const project = parseSimpleProject(content, key);
  const dir = PYTHON_PROJECT.exec(key)?.[1] ?? project.name;
  const byVersion = new Map<string, PackageVersion>();
  for (const v of project.versions) byVersion.set(v, { version: v, sizeBytes: 0, files: 0 });
  for (const f of project.files) {
    const version = pythonFileVersion(f.filename) ?? 'unknown';
    const entry = byVersion.get(version) ?? { version, sizeBytes: 0, files: 0 };
    const stored = `python/files/${dir}/${f.filename}`;
    entry.sizeBytes += (sizes.get(stored) ?? f.size ?? 0) + (sizes.get(`${stored}.metadata`) ?? 0);
    entry.files++;
    if (f['upload-time'] && (!entry.published || f['upload-time'] > entry.published))
      entry.published = f['upload-time'];
    byVersion.set(version, entry);
  }
  return { name: project.name, latest: project.versions.at(-1), versions: [...byVersion.values()] };
}

function mavenPackage(key: string, content: Buffer, { sizes, sortedKeys }: StoredSizes): IndexedPackage {
  const metadata = parseArtifactMetadata(content, key);
  const dir = MAVEN_METADATA.exec(key)?.[1] ?? '';
  const versions = sortMavenVersions(metadata.versions).map((version) => {
    const stored = filesUnder(sizes, sortedKeys, `${dir}/${version}/`);
    return { version, sizeBytes: stored.size, files: stored.files };
  });
  return { name: `${metadata.groupId}:${metadata.artifactId}`, latest: metadata.release ?? metadata.latest, versions };
}

export interface StoreReadResult {
  packages: InventoryPackage[];
  problems: InventoryProblem[];
}

/** Reads every index (a few at a time) and builds the packages; an unreadable index is a problem, not a failure. */
export async function readPackages(
  s3: S3Client,
  bucket: string,
  prefix: string,
  objects: readonly StoredObject[],
  call: AwsCall,
  concurrency = 8,
): Promise<StoreReadResult> {
  const sizes = new Map(objects.map((o) => [o.key, o.size]));
  const sortedKeys = [...sizes.keys()].sort();
  const base = prefix ? `${prefix}/` : '';
  const limit = pLimit(concurrency);
  const problems: InventoryProblem[] = [];
  const read = await Promise.all(
    indexKeys(objects).map(({ format, key }) =>
      limit(async () => {
        try {
          const answer = await call(`GetObject s3://${bucket}/${base}${key}`, () =>
            s3.send(new GetObjectCommand({ Bucket: bucket, Key: `${base}${key}` })),
          );
          const body = Buffer.from((await answer.Body?.transformToByteArray()) ?? []);
          return packageFromIndex(format, key, body, sizes, sortedKeys);
        } catch (err) {
          problems.push({
            kind: 'package-index',
            message: `The ${format} index ${base}${key} could not be read (${awsErrorName(err) || 'error'}): ${errorMessage(err)}`,
          });
          return undefined;
        }
      }),
    ),
  );
  const packages = read
    .filter((p): p is InventoryPackage => p !== undefined)
    .sort((a, b) => a.format.localeCompare(b.format) || a.name.localeCompare(b.name));
  return { packages, problems };
}
