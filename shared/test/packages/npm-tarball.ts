import { gzipSync } from 'node:zlib';
import { pack } from 'tar-stream';

/** Builds a gzip tarball in memory, laid out as `npm pack` lays it out unless the entries say otherwise. */
export async function tarball(entries: Record<string, string | Buffer>): Promise<Buffer> {
  const p = pack();
  const chunks: Buffer[] = [];
  p.on('data', (c: unknown) => chunks.push(c as Buffer));
  const done = new Promise<void>((resolve, reject) => {
    p.on('end', resolve);
    p.on('error', reject);
  });
  for (const [name, content] of Object.entries(entries)) {
    p.entry({ name, mode: 0o644, mtime: new Date(0) }, Buffer.from(content));
  }
  p.finalize();
  await done;
  return gzipSync(Buffer.concat(chunks));
}

export function npmTarball(manifest: Record<string, unknown>, extra: Record<string, string> = {}): Promise<Buffer> {
  const files: Record<string, string> = { 'package/package.json': JSON.stringify(manifest) };
  for (const [k, v] of Object.entries(extra)) files[`package/${k}`] = v;
  return tarball(files);
}
