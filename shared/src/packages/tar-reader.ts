import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { extract } from 'tar-stream';

export interface TarFile {
  /** The path in the archive, without a leading `./`. */
  name: string;
  size: number;
}

/**
 * Walks an (uncompressed) tar archive, in memory or streamed: the name and size of every regular file, and the
 * contents of the files `wanted` picks, in archive order. Rejects with tar-stream's error on a malformed archive
 * (or the stream's own error).
 */
export async function readTarFiles(
  tar: Buffer | Readable,
  wanted: (name: string) => boolean,
): Promise<{ files: TarFile[]; contents: Map<string, Buffer> }> {
  const files: TarFile[] = [];
  const contents = new Map<string, Buffer>();
  const reader = extract();
  const done = new Promise<void>((resolve, reject) => {
    reader.on('entry', (header, stream, next) => {
      const name = header.name.replace(/^\.\//, '');
      const isFile = header.type === 'file';
      if (isFile) files.push({ name, size: header.size ?? 0 });
      const keep = isFile && !contents.has(name) && wanted(name);
      const chunks: Buffer[] = [];
      stream.on('data', (c: unknown) => {
        if (keep) chunks.push(c as Buffer);
      });
      stream.on('end', () => {
        if (keep) contents.set(name, Buffer.concat(chunks));
        next();
      });
      stream.on('error', reject);
    });
    reader.on('finish', resolve);
    reader.on('error', reject);
  });
  if (Buffer.isBuffer(tar)) {
    reader.end(tar);
    await done;
  } else {
    await Promise.all([pipeline(tar, reader), done]);
  }
  return { files, contents };
}
