import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compositeOf, digestFile, fileStream, partSizeFor, PART_SIZE } from '../../src/packages/file-digest';
import { planNpm } from '../../src/packages/npm';
import { fileArtifact, MULTIPART_THRESHOLD } from '../../src/packages/store';
import { npmTarball } from './npm-tarball';

/** A file's checksums come from one read; each must equal what an independent hash of the bytes says. */

const MiB = 1024 * 1024;
let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'file-digest-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hex = (algorithm: string, data: Buffer) => createHash(algorithm).update(data).digest('hex');
const base64 = (data: Buffer) => createHash('sha256').update(data).digest('base64');

function write(name: string, data: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

/** The SHA-256 of each `partSize` slice, computed the obvious way. */
function slices(data: Buffer, partSize: number): string[] {
  const out: string[] = [];
  for (let start = 0; start < data.length; start += partSize) out.push(base64(data.subarray(start, start + partSize)));
  return out.length ? out : [base64(Buffer.alloc(0))];
}

// Part sizes that do and do not divide the 1 MiB reads, files that end on, before and after a part boundary.
test.each([
  [0, 1.5 * MiB],
  [1, 1.5 * MiB],
  [1.5 * MiB - 1, 1.5 * MiB],
  [1.5 * MiB, 1.5 * MiB],
  [1.5 * MiB + 1, 1.5 * MiB],
  [4 * MiB + 123, 1.5 * MiB],
  [3 * MiB, 1 * MiB],
  [2 * MiB + 7, 256 * 1024 + 3],
])('a file of %d bytes in parts of %d: every digest and part digest from one read', async (size, partSize) => {
  const data = randomBytes(size);
  const path = write(`f-${size}-${partSize}`, data);
  const algorithms = ['sha256', 'sha1', 'md5', 'sha512'];
  const read = await digestFile(path, algorithms, partSize);
  expect(read.size).toBe(size);
  for (const a of algorithms) expect(read.digests[a]).toBe(hex(a, data));
  expect(read.parts).toEqual({ size: partSize, sha256: slices(data, partSize) });
});

test('files hashed at once do not share a read buffer', async () => {
  const files = [1, 2, 3, 4, 5, 6].map((i) => ({ data: randomBytes(i * 700 * 1024), i }));
  const reads = await Promise.all(files.map(({ data, i }) => digestFile(write(`c-${i}`, data), ['sha256'])));
  expect(reads.map((r) => r.digests.sha256)).toEqual(files.map(({ data }) => hex('sha256', data)));
});

test.each([
  [0, PART_SIZE],
  [16 * MiB, PART_SIZE],
  [10_000 * PART_SIZE, PART_SIZE],
  [10_000 * PART_SIZE + 1, PART_SIZE + MiB],
  [200 * 1024 * MiB, 21 * MiB],
])('a file of %d bytes goes in parts of %d bytes (at most 10,000 parts)', (size, expected) => {
  expect(partSizeFor(size)).toBe(expected);
  expect(Math.ceil(size / expected)).toBeLessThanOrEqual(10_000);
});

test("the composite checksum is S3's: the SHA-256 of the parts' digests, -<parts>", () => {
  const parts = [Buffer.from('a'), Buffer.from('b')].map((b) => base64(b));
  const expected = createHash('sha256')
    .update(Buffer.concat(parts.map((p) => Buffer.from(p, 'base64'))))
    .digest('base64');
  expect(compositeOf({ size: 1, sha256: parts })).toBe(`${expected}-2`);
});

test('a range of the file streams exactly those bytes', async () => {
  const data = randomBytes(300 * 1024);
  const path = write('range', data);
  const read = async (range?: { start: number; end: number }) => {
    const chunks: Buffer[] = [];
    for await (const c of fileStream(path, range)) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  };
  expect((await read()).equals(data)).toBe(true);
  expect((await read({ start: 0, end: 70_000 })).equals(data.subarray(0, 70_000))).toBe(true);
  expect((await read({ start: 70_000, end: data.length })).equals(data.subarray(70_000))).toBe(true);
});

describe('fileArtifact', () => {
  test('holds no file in memory: a small file is read again from disk when it is sent, with its digests', async () => {
    const data = randomBytes(1000);
    const path = write('small.zip', data);
    const { artifact, digests } = await fileArtifact(path, 'zip/a/1/small.zip', 'application/zip', ['sha1', 'md5']);
    expect(artifact.body).toEqual({ path });
    expect(artifact).toMatchObject({ size: 1000, sha256: hex('sha256', data), parts: undefined });
    expect(digests).toEqual({ sha1: hex('sha1', data), md5: hex('md5', data), sha256: hex('sha256', data) });
  });

  test('a file that goes by multipart upload carries the SHA-256 of each 8 MiB part', async () => {
    const data = randomBytes(MULTIPART_THRESHOLD + 3 * MiB);
    const { artifact } = await fileArtifact(write('big.bin', data), 'zip/a/1/big.bin', 'application/octet-stream');
    expect(artifact.sha256).toBe(hex('sha256', data));
    expect(artifact.parts).toEqual({ size: PART_SIZE, sha256: slices(data, PART_SIZE) });
  });
});

test('an npm tarball is not held either: read for its package.json, hashed, and uploaded from disk', async () => {
  const bytes = await npmTarball({ name: 'left-pad', version: '1.3.0' }, { 'package/big.bin': 'x'.repeat(100_000) });
  const path = write('left-pad-1.3.0.tgz', bytes);
  const plan = await planNpm([path], { storeUrl: 'https://cdn.example.com/piksel' });
  const [artifact] = plan.artifacts;
  expect(artifact.body).toEqual({ path });
  expect(artifact).toMatchObject({ size: bytes.length, sha256: hex('sha256', bytes) });
  const packument = JSON.parse(plan.indexes[0].merge(undefined)!.toString()) as {
    versions: Record<string, { dist: { shasum: string; integrity: string } }>;
  };
  expect(packument.versions['1.3.0'].dist).toMatchObject({
    shasum: hex('sha1', bytes),
    integrity: `sha512-${createHash('sha512').update(bytes).digest('base64')}`,
  });
});
