import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { extract } from 'tar-stream';
import { ConfigurationError } from '../runtime/errors';

export interface TarFile {
  /** The path in the archive, without a leading `./`. */
  name: string;
  size: number;
}

export interface TarBounds {
  /** The archive as the user knows it (a file name), for messages. */
  label: string;
  /** The largest entry whose content is kept. */
  maxEntryBytes: number;
  /** The most all regular files may expand to together; unbounded when absent (entries not kept are discarded). */
  maxTotalBytes?: number;
}

function mib(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;
}

/**
 * Walks an (uncompressed) tar archive, in memory or streamed: the name and size of every regular file, and the
 * contents of the files `wanted` picks, in archive order. Only picked entries are held, each up to
 * `bounds.maxEntryBytes`, and the files together up to `bounds.maxTotalBytes`: a decompression bomb is refused
 * with a ConfigurationError naming the archive and the entry before its content is read. Rejects with
 * tar-stream's error on a malformed archive (or the stream's own error).
 */
export async function readTarFiles(
  tar: Buffer | Readable,
  wanted: (name: string) => boolean,
  bounds: TarBounds,
): Promise<{ files: TarFile[]; contents: Map<string, Buffer> }> {
  const files: TarFile[] = [];
  const contents = new Map<string, Buffer>();
  const reader = extract();
  let total = 0;
  const done = new Promise<void>((resolve, reject) => {
    const refuse = (err: Error) => {
      reject(err);
      reader.destroy(err);
    };
    reader.on('entry', (header, stream, next) => {
      stream.on('error', reject);
      const name = header.name.replace(/^\.\//, '');
      const isFile = header.type === 'file' || header.type === 'contiguous-file';
      const size = header.size ?? 0;
      if (isFile) files.push({ name, size });
      const keep = isFile && !contents.has(name) && wanted(name);
      total += isFile ? size : 0;
      const breach = boundBreach(bounds, name, keep ? size : 0, total);
      if (breach) {
        refuse(breach);
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (c: unknown) => {
        if (keep) chunks.push(c as Buffer);
      });
      stream.on('end', () => {
        if (keep) contents.set(name, Buffer.concat(chunks));
        next();
      });
    });
    reader.on('finish', resolve);
    reader.on('error', reject);
  });
  if (Buffer.isBuffer(tar)) {
    reader.end(tar);
    await done;
  } else {
    await Promise.all([
      pipeline(tar, reader).catch(async (err: unknown) => done.then(() => Promise.reject(err))),
      done,
    ]);
  }
  return { files, contents };
}

/** The refusal when this entry (its size, if it is kept) or the files so far (`total`) exceed the bounds. */
function boundBreach(bounds: TarBounds, name: string, kept: number, total: number): ConfigurationError | undefined {
  if (kept > bounds.maxEntryBytes) {
    const what = `unpacks to ${mib(kept)}, more than the ${mib(bounds.maxEntryBytes)} allowed for it`;
    return tooLarge(bounds.label, name, what);
  }
  if (bounds.maxTotalBytes !== undefined && total > bounds.maxTotalBytes) {
    const what = `brings the unpacked files to ${mib(total)}, more than the ${mib(bounds.maxTotalBytes)} allowed`;
    return tooLarge(bounds.label, name, what);
  }
  return undefined;
}

function tooLarge(label: string, entry: string, what: string): ConfigurationError {
  return new ConfigurationError(
    `${label}: the entry '${entry}' ${what}; the archive is refused as a decompression bomb. ` +
      'Check that it is the file your build wrote (rebuild it), or leave large data out of the package.',
  );
}
