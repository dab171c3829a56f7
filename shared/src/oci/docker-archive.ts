import { createHash } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  statSync,
} from 'node:fs';
import { dirname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import { Transform, Writable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import pLimit from 'p-limit';
import { extract } from 'tar-stream';
import { ConfigurationError } from '../runtime/errors';
import { digestOf } from './digest';
import { collectImageGraph, platformOfConfig, type ImageGraph } from './image';
import { MEDIA_TYPES, type Descriptor, type ImageManifest } from './types';

interface ArchiveEntry {
  Config: string;
  RepoTags?: string[] | null;
  Layers: string[];
}

/** Chooses the image of a `docker save` archive: the one tagged `ref`, or the only one. */
export function selectArchiveImage(entries: ArchiveEntry[], ref: string | undefined, file: string): ArchiveEntry {
  if (ref) {
    const found = entries.find((e) => (e.RepoTags ?? []).includes(ref));
    if (!found) {
      const all = entries.flatMap((e) => e.RepoTags ?? []);
      throw new ConfigurationError(
        `The docker archive ${file} has no image tagged '${ref}'${all.length ? `; it has: ${all.join(', ')}` : ''}.`,
      );
    }
    return found;
  }
  if (entries.length === 1) return entries[0];
  throw new ConfigurationError(
    `The docker archive ${file} holds ${entries.length} images; name one as docker-archive:${file}:<repo:tag>.`,
  );
}

/** Hashes what passes through. */
class Sha256Tap extends Transform {
  private readonly hash = createHash('sha256');
  bytes = 0;
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    done(null, chunk);
  }
  digest(): string {
    return `sha256:${this.hash.digest('hex')}`;
  }
}

async function extractArchive(file: string, into: string): Promise<void> {
  const ex = extract();
  ex.on('entry', (header, stream, next) => {
    const target = within(into, header.name);
    if (header.type !== 'file' || target === undefined) {
      stream.resume();
      stream.on('end', next);
      return;
    }
    mkdirSync(dirname(target), { recursive: true });
    pipeline(stream, createWriteStream(target)).then(() => next(), next);
  });
  try {
    await pipeline(createReadStream(file), ex);
  } catch (err) {
    throw new ConfigurationError(`${file} is not a readable tar archive (${(err as Error).message}).`);
  }
}

function isGzip(path: string): boolean {
  const head = Buffer.alloc(2);
  const fd = openSync(path, 'r');
  try {
    return readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a `docker save` archive into a pushable image: each layer's content is checked against the config's
 * diff_ids, uncompressed layers are gzip-compressed (in `workDir`) so the digests are those pushed, and a
 * Docker v2 manifest is written for them.
 */
/** A JSON file of the archive; anything else means the archive is damaged or not from `docker save`. */
function readArchiveJson<T>(source: string | Buffer, name: string, file: string): T {
  try {
    return JSON.parse(typeof source === 'string' ? readFileSync(source, 'utf8') : source.toString('utf8')) as T;
  } catch {
    throw new ConfigurationError(
      `${file} is not a valid docker archive: its ${name} is not JSON. Write it again with 'docker save -o ${file} <image>'.`,
    );
  }
}

/** The images `docker save` listed in the archive's manifest.json. */
function readArchiveEntries(root: string, file: string): ArchiveEntry[] {
  const manifestPath = join(root, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new ConfigurationError(`${file} is not a docker archive (no manifest.json); write it with 'docker save'.`);
  }
  const entries = readArchiveJson<ArchiveEntry[]>(manifestPath, 'manifest.json', file);
  if (!Array.isArray(entries) || entries.some((e) => typeof e?.Config !== 'string' || !Array.isArray(e.Layers))) {
    throw new ConfigurationError(
      `${file} is not a valid docker archive: its manifest.json is not a list of images with Config and Layers. Write it again with 'docker save'.`,
    );
  }
  return entries;
}

/** Where the archive is unpacked, and where uncompressed layers are written gzipped. */
interface ArchiveDirs {
  root: string;
  compressedDir: string;
  file: string;
}

/** One layer as a gzip blob (gzipped here when stored plain), its content checked against the config. */
async function archiveLayer(
  dirs: ArchiveDirs,
  name: string,
  i: number,
  diffId: string,
): Promise<{ path: string; descriptor: Descriptor }> {
  const { root, compressedDir, file } = dirs;
  const path = inside(root, name, file);
  const compressed = isGzip(path);
  const outer = new Sha256Tap();
  const inner = new Sha256Tap();
  let blobPath = path;
  if (compressed) {
    await pipeline(createReadStream(path), outer, createGunzip(), inner, devNull());
  } else {
    blobPath = join(compressedDir, `${i}.tar.gz`);
    await pipeline(createReadStream(path), inner, createGzip({ level: 6 }), outer, createWriteStream(blobPath));
  }
  const content = inner.digest();
  if (content !== diffId) {
    throw new ConfigurationError(
      `The docker archive ${file} is corrupt: layer ${name} has content ${content}, but its config says ${diffId}. Re-export the image with 'docker save'.`,
    );
  }
  return {
    path: blobPath,
    descriptor: { mediaType: MEDIA_TYPES.dockerLayerGzip, digest: outer.digest(), size: outer.bytes },
  };
}

export async function readDockerArchive(file: string, workDir: string, ref?: string): Promise<ImageGraph> {
  if (!existsSync(file) || !statSync(file).isFile()) {
    throw new ConfigurationError(
      `The docker archive ${file} does not exist. Write it with 'docker save -o ${file} <image>'.`,
    );
  }
  const root = join(workDir, 'archive');
  mkdirSync(root, { recursive: true });
  await extractArchive(file, root);
  const entries = readArchiveEntries(root, file);
  const entry = selectArchiveImage(entries, ref, file);
  const configBytes = readFileSync(inside(root, entry.Config, file));
  const config = readArchiveJson<{ rootfs?: { diff_ids?: string[] } }>(configBytes, entry.Config, file);
  const diffIds = config.rootfs?.diff_ids ?? [];
  if (diffIds.length !== entry.Layers.length) {
    throw new ConfigurationError(
      `The docker archive ${file} lists ${entry.Layers.length} layers but its config has ${diffIds.length} diff_ids; re-export it with 'docker save'.`,
    );
  }
  const compressedDir = join(workDir, 'layers');
  mkdirSync(compressedDir, { recursive: true });
  const limit = pLimit(3);
  const layers = await Promise.all(
    entry.Layers.map((name, i) => limit(() => archiveLayer({ root, compressedDir, file }, name, i, diffIds[i]))),
  );
  const configDescriptor: Descriptor = {
    mediaType: MEDIA_TYPES.dockerConfig,
    digest: digestOf(configBytes),
    size: configBytes.length,
  };
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.dockerManifest,
    config: configDescriptor,
    layers: layers.map((l) => l.descriptor),
  };
  const bytes = Buffer.from(JSON.stringify(manifest, null, 2));
  const paths = new Map(layers.map((l) => [l.descriptor.digest, l.path]));
  return collectImageGraph({
    top: { bytes, digest: digestOf(bytes), mediaType: MEDIA_TYPES.dockerManifest },
    source: `docker-archive:${file}${ref ? `:${ref}` : ''}`,
    load: () => Promise.reject(new Error('a docker archive has no index')),
    bodyOf: (d) => (d.digest === configDescriptor.digest ? configBytes : { file: paths.get(d.digest)! }),
    platformOf: async () => platformOfConfig(configBytes),
  });
}

/**
 * `name` resolved under `root`, or undefined when it leads outside: compared by path.relative, so a sibling such as
 * `<root>-evil` (which starts with the same characters) is outside too.
 */
export function within(root: string, name: string): string | undefined {
  if (isAbsolute(name) || name.includes('\0')) return undefined;
  const path = resolve(root, normalize(name));
  const rel = relative(resolve(root), path);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return path;
}

function inside(root: string, name: string, file: string): string {
  const path = within(root, name);
  if (path === undefined || !existsSync(path)) {
    throw new ConfigurationError(`The docker archive ${file} names '${name}', which it does not contain.`);
  }
  return path;
}

function devNull(): Writable {
  return new Writable({
    write(_chunk, _enc, done) {
      done();
    },
  });
}
