import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BODY_CHUNK, BodyBuffers, type HeldBody } from '../../src/packages/file-body';
import { ConfigurationError } from '../../src/runtime/errors';

/** Bodies read into reused buffers: the bytes sent must be the file's, and memory must stay within its bound. */

const MiB = BODY_CHUNK;
let dir: string;
let data: Buffer;
let path: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'file-body-'));
  data = randomBytes(5 * MiB + 777);
  path = join(dir, 'data.bin');
  writeFileSync(path, data);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function bytesOf(body: HeldBody): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of body.stream()) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Whether a promise has settled once pending callbacks have run. */
async function settled(p: Promise<unknown>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setImmediate(r));
  return done;
}

// Ranges that end before, on and after a buffer's end, empty ones, and the whole file.
test.each([
  [0, 0],
  [0, 1],
  [0, MiB - 1],
  [0, MiB],
  [0, MiB + 1],
  [123, 3 * MiB + 456],
  [MiB, 2 * MiB],
  [5 * MiB, 5 * MiB + 777],
  [0, 5 * MiB + 777],
])('bytes %d to %d are exactly the file’s, on every attempt', async (start, end) => {
  const body = await new BodyBuffers().read(path, start, end);
  expect(body.size).toBe(end - start);
  expect((await bytesOf(body)).equals(data.subarray(start, end))).toBe(true);
  expect((await bytesOf(body)).equals(data.subarray(start, end))).toBe(true);
  body.release();
});

test.each([
  [4 * MiB, 4 * MiB, true],
  [4 * MiB, 4 * MiB + 1, false],
  [4 * MiB, 0, true],
  [MiB / 2, MiB, true],
])('a pool of %d bytes takes a body of %d bytes: %s', (memory, size, fits) => {
  expect(new BodyBuffers(memory).fits(size)).toBe(fits);
});

test('a body released leaves its buffers to the next: the same memory is read into again', async () => {
  const pool = new BodyBuffers(2 * MiB);
  const first = await pool.read(path, 0, 2 * MiB);
  const before = new Set((await collect(first)).map((c) => c.buffer));
  first.release();
  first.release(); // a second release gives nothing back twice
  const second = await pool.read(path, 3 * MiB, 5 * MiB);
  const after = await collect(second);
  expect(after.every((c) => before.has(c.buffer))).toBe(true);
  expect(Buffer.concat(after).equals(data.subarray(3 * MiB, 5 * MiB))).toBe(true);
  expect(pool.buffers).toBe(2);
});

async function collect(body: HeldBody): Promise<Buffer[]> {
  const chunks: Buffer[] = [];
  for await (const c of body.stream()) chunks.push(c as Buffer);
  return chunks;
}

test('memory stays within the bound: bodies wait their turn, first come first served', async () => {
  const pool = new BodyBuffers(4 * MiB);
  const a = await pool.read(path, 0, 2 * MiB);
  const b = pool.read(path, 0, 3 * MiB); // needs three, two are free: waits
  const c = pool.read(path, 0, MiB); // one would fit, but b came first
  expect(await settled(b)).toBe(false);
  expect(await settled(c)).toBe(false);
  a.release();
  const heldB = await b;
  expect(await settled(c)).toBe(true);
  (await c).release();
  heldB.release();
  expect(pool.buffers).toBe(4);
});

test('a file shorter than it was when hashed is a ConfigurationError naming it, and gives its buffers back', async () => {
  const pool = new BodyBuffers(2 * MiB);
  const short = join(dir, 'short.bin');
  writeFileSync(short, data.subarray(0, MiB + 10));
  const read = pool.read(short, 0, 2 * MiB);
  await expect(read).rejects.toThrow(ConfigurationError);
  await expect(read).rejects.toThrow(`${short} changed while it was being published: it is now shorter`);
  const whole = await pool.read(path, 0, 2 * MiB);
  expect(pool.buffers).toBe(2);
  whole.release();
});
