import { open, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import pLimit from 'p-limit';
import { ConfigurationError } from '../runtime/errors';
import { repositoryScope } from './auth';
import { contentRange, readChunks, receivedBytes } from './chunks';
import { DigestAccumulator } from './digest';
import { UploadRestartError, RegistryError } from './errors';
import {
  drain,
  readAll,
  registryErrorBody,
  type BodySink,
  type RegistryResponse,
  type RegistryTransport,
  type RequestBody,
} from './transport';

/**
 * A blob's bytes: a buffer, a file (streamed from disk straight to the socket), or a function that opens a fresh
 * stream of them (called again when an upload restarts).
 */
export type BlobBody = Buffer | { file: string } | (() => NodeJS.ReadableStream);

export type BlobPushResult = 'uploaded' | 'exists' | 'mounted';

export interface BlobUploaderOptions {
  /** Blobs in flight at once. */
  concurrency: number;
  /** Blobs larger than this go up in PATCH parts of this size (ECR: at least 5 MiB but the last); smaller in one PUT. */
  chunkSize: number;
  /**
   * Bytes read from a file at a time: the size of each socket write. Memory stays under concurrency × this for
   * files, whatever their size (a streamed body is held a part at a time, to resend it after a fault).
   */
  readSize: number;
}

const OCTET_STREAM = 'application/octet-stream';
const MAX_UPLOAD_RESTARTS = 4;

/** Where an upload stands: its session, how much the registry holds, how far the bytes have been hashed. */
interface UploadState {
  location?: string;
  offset: number;
  restarts: number;
  /** The registry holds the blob (a commit whose answer was lost). */
  done: boolean;
  /** The hash of the bytes read, for sources whose digest is not known for certain (files are the registry's to check). */
  hash?: DigestAccumulator;
  /** Bytes [0, hashed) of the source went through the hash, once each. */
  hashed: number;
}

/**
 * Puts blobs into a repository: skipped when there, mounted from a sibling repository when it has them, else
 * uploaded in one request (small) or in parts that resume from the registry's offset after a fault. A file is sent
 * from disk as it is: the registry checks it against its digest when it commits it (as every distribution registry
 * and ECR do), and a refusal is reported as a corrupt source. Buffers and streams are hashed once as they pass.
 * Content that does not match its digest is never committed.
 */
export class BlobUploader {
  private readonly limit: pLimit.Limit;
  private readonly pool: BufferPool;

  constructor(
    private readonly transport: RegistryTransport,
    private readonly options: BlobUploaderOptions,
  ) {
    this.limit = pLimit(Math.max(1, options.concurrency));
    this.pool = new BufferPool(options.readSize);
  }

  push(
    repo: string,
    desc: { digest: string; size: number },
    body: BlobBody,
    mountFrom: string[] = [],
  ): Promise<BlobPushResult> {
    return this.limit(async () => {
      const stats = this.transport.stats;
      if (await this.exists(repo, desc.digest)) {
        stats.blobsSkipped++;
        return 'exists';
      }
      // The mount rides on the POST that starts an upload anyway: if the sibling lacks the blob, the registry
      // opens a plain upload session instead, so trying costs no extra request.
      let session: string | undefined;
      const from = mountFrom.find((r) => r !== repo);
      if (from) {
        const mounted = await this.mount(repo, from, desc.digest);
        if (mounted === true) {
          stats.blobsMounted++;
          return 'mounted';
        }
        session = mounted;
      }
      let source: BlobSource | undefined;
      try {
        source = await openSource(body, desc, this.options, this.pool);
        await this.upload(repo, desc, source, session);
      } catch (err) {
        if (err instanceof SourceMismatch) throw this.corrupt(repo, desc, err.holds);
        throw err;
      } finally {
        source?.close();
      }
      stats.blobsUploaded++;
      return 'uploaded';
    });
  }

  /** Whether the repository holds the blob, asked with retries. */
  async exists(repo: string, digest: string): Promise<boolean> {
    return this.transport.retrying(() => this.present(repo, digest));
  }

  /** One HEAD of a blob, for steps that are retried as a whole. */
  private async present(repo: string, digest: string): Promise<boolean> {
    const res = await this.transport.send('HEAD', this.path(repo, `blobs/${digest}`), {
      scopes: [repositoryScope(repo, 'pull')],
      expect: [200, 404],
    });
    await drain(res);
    return res.status === 200;
  }

  /** The upload as steps (start, each part, commit), each retried on its own: progress resets the attempts. */
  private async upload(
    repo: string,
    desc: { digest: string; size: number },
    source: BlobSource,
    session: string | undefined,
  ): Promise<void> {
    const hash = source.hashes ? new DigestAccumulator() : undefined;
    const state: UploadState = { location: session, offset: 0, restarts: 0, done: false, hash, hashed: 0 };
    const monolithic = desc.size <= this.options.chunkSize;
    for (let done = false; !done;) {
      done = await this.transport.retrying(async (attempt) => {
        if (attempt > 1) await this.recover(repo, desc, state, monolithic);
        if (state.done) return true;
        if (!state.location) state.location = await this.start(repo);
        if (monolithic) return this.putWhole(repo, desc, source, state);
        if (state.offset < desc.size) return this.patchPart(repo, desc, source, state);
        return this.commit(repo, desc, state);
      });
    }
  }

  /** After a fault: ask the registry how much it holds, or start over when it lost the session. */
  private async recover(
    repo: string,
    desc: { digest: string; size: number },
    state: UploadState,
    monolithic: boolean,
  ): Promise<void> {
    if (!state.location) return;
    // A PUT whose answer was lost may have committed the blob already.
    if ((monolithic || state.offset === desc.size) && (await this.present(repo, desc.digest))) {
      state.done = true;
      return;
    }
    if (monolithic) {
      // Sent whole again, in a fresh session.
      state.location = undefined;
      return;
    }
    try {
      const res = await this.transport.send('GET', state.location, {
        scopes: [repositoryScope(repo, 'pull,push')],
        expect: [204, 200, 404, 400],
      });
      if (res.status === 404 || res.status === 400) throw await restartFrom(res, 'GET upload status of');
      await drain(res);
      state.location = this.location(res, state.location);
      const received = receivedBytes(res.header('range'));
      const partStart = state.offset - (state.offset % this.options.chunkSize);
      if (received < partStart || received > Math.min(desc.size, partStart + this.options.chunkSize)) {
        throw new UploadRestartError(`the registry holds ${received} bytes, expected ${partStart} or more`);
      }
      this.transport.stats.resumes++;
      state.offset = received;
    } catch (err) {
      if (!(err instanceof UploadRestartError)) throw err;
      this.restart(desc, state, err);
    }
  }

  /** Forgets a session the registry lost: the blob goes up again from its first byte, a few times at most. */
  private restart(desc: { digest: string }, state: UploadState, err: UploadRestartError): void {
    if (++state.restarts > MAX_UPLOAD_RESTARTS) {
      throw new Error(
        `${this.transport.host} lost the upload of ${desc.digest} ${state.restarts} times: ${err.message}`,
      );
    }
    this.transport.stats.restarts++;
    this.transport.logger.debug(`${desc.digest}: ${err.message}`);
    state.location = undefined;
    state.offset = 0;
  }

  private async start(repo: string): Promise<string> {
    const res = await this.transport.send('POST', this.path(repo, 'blobs/uploads/'), {
      scopes: [repositoryScope(repo, 'pull,push')],
      expect: [202],
    });
    await drain(res);
    return this.location(res);
  }

  /** true when mounted; otherwise the upload session the registry opened instead. */
  private async mount(repo: string, from: string, digest: string): Promise<true | string | undefined> {
    try {
      const query = `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`;
      const res = await this.transport.call('POST', `${this.path(repo, 'blobs/uploads/')}${query}`, {
        scopes: [repositoryScope(repo, 'pull,push'), repositoryScope(from, 'pull')],
        expect: [201, 202],
      });
      if (res.status === 201) return true;
      return this.location(res);
    } catch (err) {
      // A registry without mounts (or without permission on the sibling) still takes a plain upload.
      this.transport.logger.debug(`Mounting ${digest} from ${from} failed, uploading it instead: ${String(err)}`);
      return undefined;
    }
  }

  /** A small blob in one PUT; the registry commits it only if the digest matches. */
  private async putWhole(
    repo: string,
    desc: { digest: string; size: number },
    source: BlobSource,
    state: UploadState,
  ): Promise<boolean> {
    const location = state.location!;
    const res = await this.transport.send('PUT', withQuery(location, { digest: desc.digest }), {
      scopes: [repositoryScope(repo, 'pull,push')],
      headers: { 'content-type': OCTET_STREAM },
      body: this.part(source, state, 0, desc.size),
      expect: [201, 400],
    });
    if (res.status === 400) {
      // Bytes that do not hash to the digest are the source's fault; anything else the registry's.
      const refusal = await registryRefusal('PUT', location, res);
      this.checkHash(desc, state, refusal);
      throw refusal;
    }
    await drain(res);
    state.location = undefined;
    this.transport.stats.bytesUploaded += desc.size;
    return true;
  }

  /** The next part (or the rest of it after a fault), at the registry's offset. */
  private async patchPart(
    repo: string,
    desc: { digest: string; size: number },
    source: BlobSource,
    state: UploadState,
  ): Promise<boolean> {
    const { chunkSize } = this.options;
    const start = state.offset;
    const end = Math.min(desc.size, start - (start % chunkSize) + chunkSize);
    const res = await this.transport.send('PATCH', state.location!, {
      scopes: [repositoryScope(repo, 'pull,push')],
      headers: { 'content-type': OCTET_STREAM, 'content-range': contentRange(start, end - start) },
      body: this.part(source, state, start, end),
      expect: [202, 404, 400, 416],
    });
    if (res.status !== 202) {
      const err = await restartFrom(res, 'PATCH');
      this.restart(desc, state, err);
      throw err;
    }
    await drain(res);
    state.location = this.location(res);
    state.offset = end;
    this.transport.stats.bytesUploaded += end - start;
    return false;
  }

  private async commit(repo: string, desc: { digest: string; size: number }, state: UploadState): Promise<boolean> {
    const location = state.location!;
    const discard = () => this.discard(repo, location);
    if (state.hash && (state.hash.bytes !== desc.size || state.hash.digest() !== desc.digest)) {
      await discard();
      this.checkHash(desc, state);
    }
    const res = await this.transport.send('PUT', withQuery(location, { digest: desc.digest }), {
      scopes: [repositoryScope(repo, 'pull,push')],
      headers: { 'content-type': OCTET_STREAM },
      expect: [201, 404, 400, 416],
    });
    if (res.status === 201) {
      await drain(res);
      return true;
    }
    // The answer to an earlier PUT may have been lost after it committed the blob.
    const refusal = await registryRefusal('PUT', location, res);
    if (await this.present(repo, desc.digest)) return true;
    if (refusal.code === 'DIGEST_INVALID') await discard();
    this.checkHash(desc, state, refusal);
    const err = new UploadRestartError(
      `PUT the upload answered ${res.status}${refusal.code ? ` ${refusal.code}` : ''}`,
    );
    this.restart(desc, state, err);
    throw err;
  }

  /** Drops an upload session whose bytes will never be committed (best effort: the registry expires it anyway). */
  private async discard(repo: string, location: string): Promise<void> {
    const scopes = [repositoryScope(repo, 'pull,push')];
    await this.transport.send('DELETE', location, { scopes, expect: [204, 404, 400, 202] }).then(drain, () => {});
  }

  /** The bytes [start, end) of the source as a request body, hashed (when it is hashed) the first time they pass. */
  private part(source: BlobSource, state: UploadState, start: number, end: number): RequestBody {
    const hash = state.hash;
    return {
      length: end - start,
      write: async (sink: BodySink) => {
        let at = start;
        await source.write(start, end, (chunk) => {
          if (hash && at + chunk.length > state.hashed) {
            hash.update(at >= state.hashed ? chunk : chunk.subarray(state.hashed - at));
            state.hashed = at + chunk.length;
          }
          at += chunk.length;
          return sink(chunk);
        });
        if (at !== end) throw new SourceMismatch(`${at - start} of the ${end - start} bytes from offset ${start}`);
      },
    };
  }

  /** Throws SourceMismatch when the source is why the registry refused its bytes. */
  private checkHash(desc: { digest: string; size: number }, state: UploadState, refusal?: RegistryError): void {
    const { hash } = state;
    if (!hash) {
      if (refusal?.code === 'DIGEST_INVALID') throw new SourceMismatch('bytes with another digest (the registry says)');
      return;
    }
    const digest = hash.bytes === desc.size ? hash.digest() : '(not read whole)';
    if (hash.bytes !== desc.size || digest !== desc.digest) {
      throw new SourceMismatch(`${hash.bytes} bytes with digest ${digest}`);
    }
  }

  private corrupt(repo: string, desc: { digest: string; size: number }, holds: string) {
    return new ConfigurationError(
      `The image's blob ${desc.digest} (${desc.size} bytes) holds ${holds}: the image source is corrupt or was changed while it was read. Rebuild or re-export the image; nothing was written to ${this.transport.host}/${repo} for this blob.`,
    );
  }

  private path(repo: string, rest: string): string {
    return `${this.transport.baseUrl}/v2/${repo}/${rest}`;
  }

  private location(res: RegistryResponse, fallback?: string): string {
    const loc = res.header('location');
    if (!loc) {
      if (fallback) return fallback;
      throw new Error(`${this.transport.host} answered ${res.status} without a Location header.`);
    }
    return new URL(loc, `${this.transport.baseUrl}/`).toString();
  }
}

/** The source's bytes are not what its descriptor says (size or digest). */
class SourceMismatch extends Error {
  constructor(readonly holds: string) {
    super(`the blob source holds ${holds}`);
    this.name = 'SourceMismatch';
  }
}

/** A blob's bytes by range, read afresh for every request (a part is sent again after a fault). */
interface BlobSource {
  /** Hands the bytes [start, end) to the sink in order, each buffer reused only once the sink is done with it. */
  write(start: number, end: number, sink: BodySink): Promise<void>;
  /** Whether the bytes are hashed on the way: a file's digest is the registry's to check. */
  hashes: boolean;
  close(): void;
}

async function openSource(
  body: BlobBody,
  desc: { digest: string; size: number },
  options: BlobUploaderOptions,
  pool: BufferPool,
): Promise<BlobSource> {
  if (Buffer.isBuffer(body)) {
    if (body.length !== desc.size) throw new SourceMismatch(`${body.length} bytes`);
    return { write: (start, end, sink) => sink(body.subarray(start, end)), hashes: true, close: () => {} };
  }
  if (typeof body !== 'function') {
    const { size } = await stat(body.file);
    if (size !== desc.size) throw new SourceMismatch(`${size} bytes`);
    return {
      write: (start, end, sink) => writeFile(body.file, start, end, pool, sink),
      hashes: false,
      close: () => {},
    };
  }
  return new StreamSource(body, options.chunkSize);
}

/**
 * Reads [start, end) of a file into two buffers in turn, each handed to the sink and read into again only when the
 * sink is done with it: large writes, no allocation per chunk, the next read overlapping the last write.
 */
async function writeFile(path: string, start: number, end: number, pool: BufferPool, sink: BodySink): Promise<void> {
  const handle = await open(path, 'r');
  const buffers = [pool.take(), pool.take()];
  const pending: (Promise<void> | undefined)[] = [undefined, undefined];
  try {
    for (let at = start, turn = 0; at < end; turn ^= 1) {
      await pending[turn];
      const length = Math.min(buffers[turn].length, end - at);
      const { bytesRead } = await handle.read(buffers[turn], 0, length, at);
      if (bytesRead === 0) break;
      const written = sink(buffers[turn].subarray(0, bytesRead));
      written.catch(() => undefined);
      pending[turn] = written;
      at += bytesRead;
    }
    await Promise.all(pending);
  } finally {
    // The socket is done with both buffers once their writes settled (a failed request settles them too).
    await Promise.allSettled(pending);
    for (const b of buffers) pool.give(b);
    await handle.close();
  }
}

/** Read buffers kept for reuse: file bodies hold concurrency × 2 of them, each allocated once. */
class BufferPool {
  private readonly free: Buffer[] = [];
  constructor(private readonly size: number) {}
  take(): Buffer {
    return this.free.pop() ?? Buffer.allocUnsafe(this.size);
  }
  give(buffer: Buffer): void {
    this.free.push(buffer);
  }
}

/**
 * A stream read a part at a time (parts are aligned on the part size), the current part held so that it can be
 * sent again; a range before it opens the stream afresh.
 */
class StreamSource implements BlobSource {
  readonly hashes = true;
  private stream?: NodeJS.ReadableStream;
  private reader?: AsyncIterator<Buffer>;
  private held: { start: number; bytes: Buffer } = { start: 0, bytes: Buffer.alloc(0) };

  constructor(
    private readonly open: () => NodeJS.ReadableStream,
    private readonly partSize: number,
  ) {}

  async write(start: number, end: number, sink: BodySink): Promise<void> {
    if (!this.reader || start < this.held.start) this.reopen();
    while (start >= this.held.start + this.held.bytes.length) {
      const next = await this.reader!.next();
      if (next.done) return;
      this.held = { start: this.held.start + this.held.bytes.length, bytes: next.value };
    }
    await sink(this.held.bytes.subarray(start - this.held.start, end - this.held.start));
  }

  close(): void {
    (this.stream as Readable | undefined)?.destroy?.();
  }

  private reopen(): void {
    this.close();
    this.stream = this.open();
    this.reader = readChunks(this.stream as AsyncIterable<Buffer | string>, this.partSize);
    this.held = { start: 0, bytes: Buffer.alloc(0) };
  }
}

async function restartFrom(res: RegistryResponse, what: string): Promise<UploadRestartError> {
  const { code } = registryErrorBody((await readAll(res).catch(() => Buffer.alloc(0))).toString('utf8'));
  return new UploadRestartError(`${what} the upload answered ${res.status}${code ? ` ${code}` : ''}`);
}

async function registryRefusal(method: string, url: string, res: RegistryResponse): Promise<RegistryError> {
  const text = (await readAll(res).catch(() => Buffer.alloc(0))).toString('utf8');
  const { code, message } = registryErrorBody(text);
  return new RegistryError(method, url, res.status, code, message ?? text.slice(0, 200));
}

function withQuery(url: string, params: Record<string, string>): string {
  const u = new URL(url);
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  return u.toString();
}
