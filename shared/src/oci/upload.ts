import { open, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import pLimit from 'p-limit';
import { ConfigurationError } from '../runtime/errors';
import { repositoryScope } from './auth';
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
  /**
   * Bytes read from a file at a time: the size of each socket write. Memory stays under concurrency × 2 × this for
   * files, whatever their size.
   */
  readSize: number;
}

/** Bytes read from a blob file at a time, each one socket write (measured: bench/push.ts, bench/README.md). */
export const DEFAULT_READ_SIZE = 2 * 1024 * 1024;
const OCTET_STREAM = 'application/octet-stream';

/**
 * Puts blobs into a repository: skipped when there, mounted from a sibling repository when it has them, else
 * uploaded whole in one PUT, as BuildKit and containerd push to ECR. The chunked PATCHes of the distribution spec
 * are not used: ECR answers them 201 with a Range that stops advancing (aws/containers-roadmap#2831), and one
 * request per blob is also the fastest against distribution (bench/README.md). A file is sent from disk as it is:
 * the registry checks it against its digest when it commits it (as every distribution registry and ECR do), and a
 * refusal is reported as a corrupt source. Buffers and streams are hashed as they pass. Content that does not match
 * its digest is never committed. After a fault, a blob the registry did not commit goes up again in a new session.
 */
export class BlobUploader {
  private readonly limit: pLimit.Limit;
  private readonly pool: BufferPool;

  constructor(
    private readonly transport: RegistryTransport,
    options: BlobUploaderOptions,
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
        source = await openSource(body, desc, this.pool);
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

  /**
   * Starts a session (unless the mount attempt opened one) and PUTs the blob in it, retried as a whole: after a
   * fault, a blob the registry committed anyway (its answer was lost) is done, any other goes up again whole in a
   * new session, since the old one may hold part of the bytes.
   */
  private async upload(
    repo: string,
    desc: { digest: string; size: number },
    source: BlobSource,
    session: string | undefined,
  ): Promise<void> {
    let location = session;
    await this.transport
      .retrying(async (attempt) => {
        if (attempt > 1 && location) {
          if (await this.present(repo, desc.digest)) return;
          this.transport.stats.restarts++;
          location = undefined;
        }
        location ??= await this.start(repo);
        await this.putWhole(repo, desc, source, location);
      })
      .catch((err: unknown) => {
        if (!(err instanceof UploadRestartError)) throw err;
        throw new Error(
          `${this.transport.host} lost the upload session of ${desc.digest} on every attempt (the last: ${err.reason}).`,
        );
      });
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

  /** The blob in one PUT; the registry commits it only if the digest matches. */
  private async putWhole(
    repo: string,
    desc: { digest: string; size: number },
    source: BlobSource,
    location: string,
  ): Promise<void> {
    const hash = source.hashes ? new DigestAccumulator() : undefined;
    const res = await this.transport.send('PUT', withQuery(location, { digest: desc.digest }), {
      scopes: [repositoryScope(repo, 'pull,push')],
      headers: { 'content-type': OCTET_STREAM },
      body: wholeBody(source, desc.size, hash),
      // 201 is the spec's answer; some registries answer 200, 202 or 204 (as containerd also accepts).
      expect: [201, 200, 202, 204, 400, 404],
    });
    if (res.status === 404) throw await restartFrom(res, 'PUT');
    if (res.status === 400) {
      // Bytes that do not hash to the digest are the source's fault; anything else the registry's.
      const refusal = await registryRefusal('PUT', location, res);
      checkHash(desc, hash, refusal);
      throw refusal;
    }
    await drain(res);
    this.transport.stats.bytesUploaded += desc.size;
  }

  private corrupt(repo: string, desc: { digest: string; size: number }, holds: string) {
    return new ConfigurationError(
      `The image's blob ${desc.digest} (${desc.size} bytes) holds ${holds}: the image source is corrupt or was changed while it was read. Rebuild or re-export the image; nothing was written to ${this.transport.host}/${repo} for this blob.`,
    );
  }

  private path(repo: string, rest: string): string {
    return `${this.transport.baseUrl}/v2/${repo}/${rest}`;
  }

  private location(res: RegistryResponse): string {
    const loc = res.header('location');
    if (!loc) throw new Error(`${this.transport.host} answered ${res.status} without a Location header.`);
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

/** A blob's bytes, read afresh for every request (a blob goes up again whole after a fault). */
interface BlobSource {
  /** Hands every byte to the sink in order, each buffer reused only once the sink is done with it. */
  write(sink: BodySink): Promise<void>;
  /** Whether the bytes are hashed on the way: a file's digest is the registry's to check. */
  hashes: boolean;
  close(): void;
}

async function openSource(
  body: BlobBody,
  desc: { digest: string; size: number },
  pool: BufferPool,
): Promise<BlobSource> {
  if (Buffer.isBuffer(body)) {
    if (body.length !== desc.size) throw new SourceMismatch(`${body.length} bytes`);
    return { write: (sink) => sink(body), hashes: true, close: () => {} };
  }
  if (typeof body !== 'function') {
    const { size } = await stat(body.file);
    if (size !== desc.size) throw new SourceMismatch(`${size} bytes`);
    return { write: (sink) => writeFile(body.file, size, pool, sink), hashes: false, close: () => {} };
  }
  return streamSource(body, desc.size);
}

/** A stream opened afresh for every request, refused as soon as it holds more bytes than the blob. */
function streamSource(open: () => NodeJS.ReadableStream, size: number): BlobSource {
  let stream: NodeJS.ReadableStream | undefined;
  const close = () => (stream as Readable | undefined)?.destroy?.();
  return {
    hashes: true,
    close,
    write: async (sink) => {
      close();
      stream = open();
      let at = 0;
      for await (const piece of stream as AsyncIterable<Buffer | string>) {
        const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece;
        at += chunk.length;
        if (at > size) throw new SourceMismatch(`more than its ${size} bytes`);
        await sink(chunk);
      }
    },
  };
}

/** The blob as a request body of its declared length, hashed (when it is hashed) as it passes. */
function wholeBody(source: BlobSource, size: number, hash: DigestAccumulator | undefined): RequestBody {
  return {
    length: size,
    write: async (sink: BodySink) => {
      let at = 0;
      await source.write((chunk) => {
        hash?.update(chunk);
        at += chunk.length;
        return sink(chunk);
      });
      if (at !== size) throw new SourceMismatch(`${at} of its ${size} bytes`);
    },
  };
}

/** Throws SourceMismatch when the source is why the registry refused its bytes. */
function checkHash(
  desc: { digest: string; size: number },
  hash: DigestAccumulator | undefined,
  refusal: RegistryError,
): void {
  if (!hash) {
    if (refusal.code === 'DIGEST_INVALID') throw new SourceMismatch('bytes with another digest (the registry says)');
    return;
  }
  const digest = hash.bytes === desc.size ? hash.digest() : '(not read whole)';
  if (hash.bytes !== desc.size || digest !== desc.digest) {
    throw new SourceMismatch(`${hash.bytes} bytes with digest ${digest}`);
  }
}

/**
 * Reads a file into two buffers in turn, each handed to the sink and read into again only when the sink is done
 * with it: large writes, no allocation per chunk, the next read overlapping the last write.
 */
async function writeFile(path: string, size: number, pool: BufferPool, sink: BodySink): Promise<void> {
  const handle = await open(path, 'r');
  const buffers = [pool.take(), pool.take()];
  const pending: (Promise<void> | undefined)[] = [undefined, undefined];
  try {
    for (let at = 0, turn = 0; at < size; turn ^= 1) {
      await pending[turn];
      const length = Math.min(buffers[turn].length, size - at);
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
