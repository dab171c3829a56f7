import { createGzip } from 'node:zlib';
import { pack } from 'tar-stream';

/** An entry of a generated archive: given content, or `size` zero bytes written a MiB at a time. */
export type BombEntry = { name: string; content: string | Buffer } | { name: string; size: number };

/**
 * A gzip tarball generated in the test, never committed: entries of zeros compress about a thousandfold, so a
 * few hundred KiB expand to hundreds of MiB. Streamed, so generating it never holds the expanded bytes.
 */
export async function tarBomb(entries: BombEntry[]): Promise<Buffer> {
  const p = pack();
  const gzip = createGzip({ level: 1 });
  const chunks: Buffer[] = [];
  gzip.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    gzip.on('end', resolve);
    gzip.on('error', reject);
  });
  p.pipe(gzip);
  const mib = Buffer.alloc(1024 * 1024);
  for (const e of entries) {
    if ('content' in e) {
      p.entry({ name: e.name, mode: 0o644, mtime: new Date(0) }, Buffer.from(e.content));
      continue;
    }
    await new Promise<void>((resolve, reject) => {
      const entry = p.entry({ name: e.name, size: e.size, mode: 0o644, mtime: new Date(0) }, (err) =>
        err ? reject(err) : resolve(),
      );
      let left = e.size;
      const write = (): void => {
        while (left > 0) {
          const chunk = mib.subarray(0, Math.min(left, mib.length));
          left -= chunk.length;
          if (!entry.write(chunk)) {
            entry.once('drain', write);
            return;
          }
        }
        entry.end(() => undefined);
      };
      write();
    });
  }
  p.finalize();
  await done;
  return Buffer.concat(chunks);
}
