/** The arithmetic of chunked blob uploads (distribution-spec `PATCH` with `Content-Range`). */

export const DEFAULT_CHUNK_SIZE = 16 * 1024 * 1024;
/** Bytes read from a blob file at a time, each one socket write (measured: bench/push.ts, bench/README.md). */
export const DEFAULT_READ_SIZE = 2 * 1024 * 1024;
/** ECR refuses upload parts under 5 MiB (except the last one). */
export const MIN_CHUNK_SIZE = 5 * 1024 * 1024;

/** The `Content-Range` of bytes [start, start+length): inclusive, without a unit, as registries expect. */
export function contentRange(start: number, length: number): string {
  return `${start}-${start + length - 1}`;
}

/**
 * How many bytes a registry holds of an upload, from its `Range: 0-<last>` header. distribution answers
 * `0-0` for an empty upload, so `0-0` counts as nothing (at worst one byte is sent again and refused).
 */
export function receivedBytes(range: string | null | undefined): number {
  if (!range) return 0;
  const m = /^(?:bytes=)?0-(\d+)$/.exec(range.trim());
  if (!m) return 0;
  const last = Number(m[1]);
  return last === 0 ? 0 : last + 1;
}

/** The [start, end) byte ranges of a blob of `size` bytes cut into chunks. */
export function chunkRanges(size: number, chunkSize: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let start = 0; start < size; start += chunkSize) out.push({ start, end: Math.min(size, start + chunkSize) });
  return out;
}

/** Reads a stream as buffers of exactly `size` bytes (the last one shorter), holding one chunk at a time. */
export async function* readChunks(stream: AsyncIterable<Buffer | string>, size: number): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  for await (const piece of stream) {
    let buf = typeof piece === 'string' ? Buffer.from(piece) : piece;
    while (buf.length > 0) {
      const take = Math.min(size - pendingBytes, buf.length);
      pending.push(buf.subarray(0, take));
      pendingBytes += take;
      buf = buf.subarray(take);
      if (pendingBytes === size) {
        yield Buffer.concat(pending, pendingBytes);
        pending = [];
        pendingBytes = 0;
      }
    }
  }
  if (pendingBytes > 0) yield Buffer.concat(pending, pendingBytes);
}
