import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { ConfigurationError } from '../runtime/errors';

/**
 * How a file's bytes reach S3: each request body (a small file, or one part of a large one) is read into buffers
 * that serve body after body, then sent from memory. Memory already mapped is what makes this cheap: reading
 * 150 MiB as a stream of fresh 64 KiB chunks took 0.39 s of CPU on 2 cores, into buffers used again 0.06 s, and
 * left nothing for the collector (bench/README.md, "Publish"). Written here because no library pools read buffers
 * for a body another library (the SDK's HTTP handler) sends.
 */

const MiB = 1024 * 1024;
/** The unit of the pool: one read, and one write to the socket. */
export const BODY_CHUNK = MiB;
/** What the pool holds at most by default: four 8 MiB parts in flight and ten small files beside them. */
export const BODY_MEMORY = 48 * MiB;

/** A body read into the pool: a stream of it for each attempt, and `release` once its request has settled. */
export interface HeldBody {
  size: number;
  stream(): Readable;
  release(): void;
}

function chunksFor(size: number): number {
  return Math.ceil(size / BODY_CHUNK);
}

/**
 * Buffers of BODY_CHUNK bytes, at most `memory` bytes of them, made when first needed and used again. A body takes
 * all its buffers at once or waits its turn (first come, first served), so no body holds some while waiting for
 * more. Its buffers come back only when its request has settled (answered, or failed for good): no request can
 * send bytes read for another.
 */
export class BodyBuffers {
  private readonly free: Buffer[] = [];
  private made = 0;
  private readonly waiting: { count: number; wake: () => void }[] = [];
  private readonly capacity: number;

  constructor(memory = BODY_MEMORY) {
    this.capacity = Math.max(1, Math.floor(memory / BODY_CHUNK));
  }

  /** Whether a body of `size` bytes is read into the pool; a larger one is streamed from its file. */
  fits(size: number): boolean {
    return chunksFor(size) <= this.capacity;
  }

  /** How many buffers the pool has made: never more than its memory allows. */
  get buffers(): number {
    return this.made;
  }

  /** Bytes `start` to `end` (exclusive) of the file at `path`, read into the pool. */
  async read(path: string, start: number, end: number): Promise<HeldBody> {
    const buffers = await this.take(chunksFor(end - start));
    let released = false;
    const release = (): void => {
      if (!released) this.give(buffers);
      released = true;
    };
    try {
      const chunks = await readRange(path, start, end, buffers);
      return { size: end - start, stream: () => Readable.from(chunks, { objectMode: false }), release };
    } catch (err) {
      release();
      throw err;
    }
  }

  private take(count: number): Promise<Buffer[]> {
    if (this.waiting.length === 0 && this.available() >= count) return Promise.resolve(this.grab(count));
    return new Promise((resolve) => this.waiting.push({ count, wake: () => resolve(this.grab(count)) }));
  }

  private available(): number {
    return this.free.length + this.capacity - this.made;
  }

  private grab(count: number): Buffer[] {
    const taken = this.free.splice(Math.max(0, this.free.length - count));
    for (; taken.length < count; this.made++) taken.push(Buffer.allocUnsafeSlow(BODY_CHUNK));
    return taken;
  }

  private give(buffers: Buffer[]): void {
    this.free.push(...buffers);
    while (this.waiting.length > 0 && this.available() >= this.waiting[0].count) this.waiting.shift()!.wake();
  }
}

function changedWhilePublished(path: string): ConfigurationError {
  return new ConfigurationError(
    `${path} changed while it was being published: it is now shorter than when it was hashed. Publish files that no other step or process writes while this step runs.`,
  );
}

/** Reads bytes `start` to `end` of the file into `buffers`, one read each; the file must still hold them all. */
async function readRange(path: string, start: number, end: number, buffers: Buffer[]): Promise<Buffer[]> {
  const file = await open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    for (let position = start, i = 0; position < end; i++) {
      const length = Math.min(BODY_CHUNK, end - position);
      let filled = 0;
      while (filled < length) {
        const { bytesRead } = await file.read(buffers[i], filled, length - filled, position + filled);
        if (bytesRead === 0) throw changedWhilePublished(path);
        filled += bytesRead;
      }
      chunks.push(buffers[i].subarray(0, length));
      position += length;
    }
    return chunks;
  } finally {
    await file.close();
  }
}
