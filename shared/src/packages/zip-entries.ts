import { open, fromBuffer, type Entry, type ZipFile } from 'yauzl';

/**
 * The entries of a zip archive (jar, wheel, zip sdist) whose names `wanted` picks, read through its central
 * directory: only those entries are inflated, so a multi-gigabyte wheel or war is never held in memory. Entries
 * larger than `maxBytes` are left out. Rejects with yauzl's error on a malformed archive.
 */
export async function readZipEntries(
  source: string | Buffer,
  wanted: (name: string) => boolean,
  maxBytes: number,
): Promise<Map<string, Buffer>> {
  const options = { lazyEntries: true, autoClose: true, validateEntrySizes: true };
  const zip = await new Promise<ZipFile>((resolve, reject) => {
    const done = (err: Error | null, z?: ZipFile) => (err || !z ? reject(err ?? new Error('no zip file')) : resolve(z));
    if (typeof source === 'string') open(source, options, done);
    else fromBuffer(source, options, done);
  });
  const found = new Map<string, Buffer>();
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => resolve());
      zip.on('entry', (entry: Entry) => {
        if (entry.fileName.endsWith('/') || !wanted(entry.fileName) || entry.uncompressedSize > maxBytes) {
          zip.readEntry();
          return;
        }
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) {
            reject(err ?? new Error(`cannot read ${entry.fileName}`));
            return;
          }
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', reject);
          stream.on('end', () => {
            found.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
  return found;
}
