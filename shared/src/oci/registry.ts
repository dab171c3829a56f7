import { createWriteStream } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { PassThrough, Readable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import pLimit from 'p-limit';
import { ConfigurationError } from '../runtime/errors';
import { fetchWithTimeouts, isRequestTimeout } from '../runtime/http';
import type { Logger } from '../runtime/logger';
import { parseRetryAfter, withRetry } from '../runtime/retry';
import { requestTimeouts, type RequestTimeouts } from '../runtime/timeouts';
import { isPrivateEcrHost, RegistryAuthenticator, repositoryScope, type CredentialSource } from './auth';
import { contentRange, DEFAULT_CHUNK_SIZE, readChunks, receivedBytes } from './chunks';
import { digestOf, DigestAccumulator, isDigest } from './digest';
import {
  isNetworkError,
  isRetryableRegistryError,
  RegistryConnectionError,
  RegistryError,
  repositoryOfUrl,
  UploadRestartError,
} from './errors';
import { MANIFEST_ACCEPT, MEDIA_TYPES, type ImageIndex, type StoredManifest } from './types';

/**
 * A blob's bytes: a buffer, a file (read chunk by chunk straight into the request buffers), or a function that
 * opens a fresh stream of them (called again when an upload restarts).
 */
export type BlobBody = Buffer | { file: string } | (() => NodeJS.ReadableStream);

/** The chunks of a blob body, each read once and hashed by the caller. */
async function* bodyChunks(body: BlobBody, chunkSize: number): AsyncGenerator<Buffer> {
  if (Buffer.isBuffer(body)) {
    for (let at = 0; at < body.length; at += chunkSize) yield body.subarray(at, at + chunkSize);
    return;
  }
  if (typeof body === 'function') {
    const stream = body();
    try {
      yield* readChunks(stream as AsyncIterable<Buffer>, chunkSize);
    } finally {
      (stream as Readable).destroy?.();
    }
    return;
  }
  const handle = await open(body.file, 'r');
  try {
    for (let position = 0; ;) {
      const buffer = Buffer.allocUnsafe(chunkSize);
      let filled = 0;
      while (filled < chunkSize) {
        const { bytesRead } = await handle.read(buffer, filled, chunkSize - filled, position + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      if (filled === 0) return;
      position += filled;
      yield filled === chunkSize ? buffer : buffer.subarray(0, filled);
      if (filled < chunkSize) return;
    }
  } finally {
    await handle.close();
  }
}

export interface RegistryClientOptions {
  /** http://127.0.0.1:5000 or https://<account>.dkr.ecr.<region>.amazonaws.com */
  baseUrl: string;
  credentials?: CredentialSource;
  logger: Logger;
  /** Blobs in flight at once (default 4: at most 4 chunks of chunkSize held in memory). */
  concurrency?: number;
  /** Blobs larger than this are sent in chunks of this size; smaller ones in one request. */
  chunkSize?: number;
  /** Attempts per request, including the first. */
  attempts?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  fetchImpl?: typeof fetch;
  /** Connect and idle timeouts of every request, the token service's included (defaults in runtime/timeouts.ts). */
  timeouts?: Partial<RequestTimeouts>;
}

/** What a client did, for the job summary and the benchmark. */
export interface TransferStats {
  requests: number;
  retries: number;
  /** Chunks continued from the registry's offset after a fault. */
  resumes: number;
  /** Uploads started over because the registry lost the session. */
  restarts: number;
  blobsUploaded: number;
  blobsMounted: number;
  blobsSkipped: number;
  bytesUploaded: number;
}

export type BlobPushResult = 'uploaded' | 'exists' | 'mounted';

interface RequestOptions {
  scopes: string[];
  headers?: Record<string, string>;
  body?: Buffer;
  /** Statuses that are an answer rather than an error. */
  expect: number[];
  /** Errors retried besides throttling, 5xx and dropped connections. */
  retryAlso?: (err: unknown) => boolean;
}

const OCTET_STREAM = 'application/octet-stream';
const MAX_UPLOAD_RESTARTS = 4;

/** A client of the OCI distribution API: auth, blob uploads that survive faults, manifests, tags, referrers. */
export class RegistryClient {
  readonly baseUrl: string;
  /** host[:port] as it appears in image references. */
  readonly host: string;
  readonly stats: TransferStats = {
    requests: 0,
    retries: 0,
    resumes: 0,
    restarts: 0,
    blobsUploaded: 0,
    blobsMounted: 0,
    blobsSkipped: 0,
    bytesUploaded: 0,
  };
  readonly chunkSize: number;
  private readonly auth: RegistryAuthenticator;
  private readonly limit: pLimit.Limit;
  private readonly fetchImpl: typeof fetch;
  private readonly logger: Logger;
  private readonly timeouts: RequestTimeouts;

  constructor(private readonly options: RegistryClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.host = new URL(this.baseUrl).host;
    this.logger = options.logger;
    this.timeouts = requestTimeouts(options.timeouts);
    this.fetchImpl = fetchWithTimeouts(options.fetchImpl ?? fetch, this.timeouts);
    this.chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
    this.limit = pLimit(Math.max(1, options.concurrency ?? 4));
    this.auth = new RegistryAuthenticator(this.host, options.credentials, options.logger, this.fetchImpl);
  }

  // ---- blobs ----

  async headBlob(repo: string, digest: string): Promise<boolean> {
    const res = await this.call('HEAD', this.path(repo, `blobs/${digest}`), {
      scopes: [repositoryScope(repo, 'pull')],
      expect: [200, 404],
    });
    return res.status === 200;
  }

  /**
   * Puts a blob into a repository unless it is there already: mounted from the first of `mountFrom` when that
   * sibling repository has it,
   * else uploaded in one request (small) or in chunks that resume from the registry's offset after a fault.
   * The bytes are hashed as they pass; content that does not match its digest is never committed.
   */
  pushBlob(
    repo: string,
    desc: { digest: string; size: number },
    body: BlobBody,
    opts: { mountFrom?: string[] } = {},
  ): Promise<BlobPushResult> {
    return this.limit(async () => {
      if (await this.headBlob(repo, desc.digest)) {
        this.stats.blobsSkipped++;
        return 'exists';
      }
      // The mount rides on the POST that starts an upload anyway: if the sibling lacks the blob, the registry
      // opens a plain upload session instead, so trying costs no extra request.
      let session: string | undefined;
      const from = (opts.mountFrom ?? []).find((r) => r !== repo);
      if (from) {
        const mounted = await this.mountBlob(repo, from, desc.digest);
        if (mounted === true) {
          this.stats.blobsMounted++;
          return 'mounted';
        }
        session = mounted;
      }
      if (desc.size <= this.chunkSize) await this.uploadMonolithic(repo, desc, body, session);
      else await this.uploadChunkedWithRestarts(repo, desc, body, session);
      this.stats.blobsUploaded++;
      return 'uploaded';
    });
  }

  /** A blob's bytes, checked against its digest. */
  async getBlob(repo: string, digest: string): Promise<Buffer> {
    return this.retrying(async () => {
      const res = await this.send('GET', this.path(repo, `blobs/${digest}`), {
        scopes: [repositoryScope(repo, 'pull')],
        expect: [200],
      });
      const bytes = Buffer.from(await res.arrayBuffer());
      const actual = digestOf(bytes);
      if (actual !== digest) throw new Error(`Blob ${digest} of ${this.host}/${repo} arrived with digest ${actual}.`);
      return bytes;
    });
  }

  /**
   * A stream of a blob's bytes, returned at once and filled as the download arrives (for mirroring, so a blob
   * passes from one registry to the other without a temporary file). The receiving upload checks the digest.
   */
  blobStream(repo: string, digest: string): NodeJS.ReadableStream {
    const out = new PassThrough();
    void this.retrying(() =>
      this.send('GET', this.path(repo, `blobs/${digest}`), { scopes: [repositoryScope(repo, 'pull')], expect: [200] }),
    )
      .then(
        (res) => pipeline(Readable.fromWeb(res.body as unknown as WebReadableStream), out),
        (err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))),
      )
      .catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
    return out;
  }

  /** Streams a blob into a file, checked against its digest; a dropped download starts again. */
  async downloadBlob(repo: string, digest: string, file: string): Promise<number> {
    return this.retrying(async () => {
      const res = await this.send('GET', this.path(repo, `blobs/${digest}`), {
        scopes: [repositoryScope(repo, 'pull')],
        expect: [200],
      });
      const hash = new DigestAccumulator();
      const out = createWriteStream(file);
      try {
        for await (const piece of res.body as unknown as AsyncIterable<Uint8Array>) {
          const buf = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
          hash.update(buf);
          if (!out.write(buf)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
        }
        out.end();
        await finished(out);
      } catch (err) {
        out.destroy();
        await rm(file, { force: true });
        throw err;
      }
      const actual = hash.digest();
      if (actual !== digest) throw new Error(`Blob ${digest} of ${this.host}/${repo} arrived with digest ${actual}.`);
      return hash.bytes;
    });
  }

  // ---- manifests ----

  /** A manifest's exact bytes, or undefined when the reference does not exist; checked when asked by digest. */
  async getManifest(
    repo: string,
    reference: string,
    accept: string = MANIFEST_ACCEPT,
  ): Promise<StoredManifest | undefined> {
    return this.retrying(async () => {
      const res = await this.send('GET', this.path(repo, `manifests/${reference}`), {
        scopes: [repositoryScope(repo, 'pull')],
        headers: { accept },
        expect: [200, 404],
      });
      if (res.status === 404) {
        await drain(res);
        return undefined;
      }
      const bytes = Buffer.from(await res.arrayBuffer());
      const digest = digestOf(bytes);
      if (isDigest(reference) && digest !== reference) {
        throw new Error(`Manifest ${reference} of ${this.host}/${repo} arrived with digest ${digest}.`);
      }
      return { bytes, digest, mediaType: manifestMediaType(res.headers.get('content-type'), bytes) };
    });
  }

  async headManifest(
    repo: string,
    reference: string,
  ): Promise<{ digest: string; mediaType: string; size: number } | undefined> {
    const res = await this.call('HEAD', this.path(repo, `manifests/${reference}`), {
      scopes: [repositoryScope(repo, 'pull')],
      headers: { accept: MANIFEST_ACCEPT },
      expect: [200, 404],
    });
    if (res.status === 404) return undefined;
    const digest = res.headers.get('docker-content-digest');
    if (!digest) {
      // Some registries leave the digest out of HEAD answers: read the bytes instead.
      const stored = await this.getManifest(repo, reference);
      return stored && { digest: stored.digest, mediaType: stored.mediaType, size: stored.bytes.length };
    }
    return {
      digest,
      mediaType: (res.headers.get('content-type') ?? '').split(';')[0].trim(),
      size: Number(res.headers.get('content-length') ?? 0),
    };
  }

  /** Stores a manifest under a tag or its digest; the digest is computed over the exact bytes sent. */
  async putManifest(
    repo: string,
    reference: string,
    manifest: { bytes: Buffer; mediaType: string },
  ): Promise<{ digest: string; subjectHeader?: string }> {
    const digest = digestOf(manifest.bytes);
    if (isDigest(reference) && reference !== digest) {
      throw new Error(`Manifest bytes hash to ${digest}, not to the reference ${reference} they were put under.`);
    }
    const res = await this.call('PUT', this.path(repo, `manifests/${reference}`), {
      scopes: [repositoryScope(repo, 'pull,push')],
      headers: { 'content-type': manifest.mediaType },
      body: manifest.bytes,
      expect: [201, 200],
      // The bytes were checked against the reference above, so DIGEST_INVALID here is the registry's own state:
      // a filesystem-backed registry reads a blob link another push is rewriting at that instant.
      retryAlso: (err) => err instanceof RegistryError && err.status === 400 && err.code === 'DIGEST_INVALID',
    });
    const answered = res.headers.get('docker-content-digest');
    if (answered && answered !== digest) {
      throw new Error(`${this.host}/${repo} stored the manifest as ${answered}, but its bytes hash to ${digest}.`);
    }
    return { digest, subjectHeader: res.headers.get('oci-subject') ?? undefined };
  }

  async deleteManifest(repo: string, digest: string): Promise<boolean> {
    const res = await this.call('DELETE', this.path(repo, `manifests/${digest}`), {
      scopes: [`repository:${repo}:pull,push,delete`],
      expect: [200, 202, 404],
    });
    return res.status !== 404;
  }

  /** Every tag of a repository (following `Link` pages); none when the repository does not exist. */
  async listTags(repo: string): Promise<string[]> {
    const tags: string[] = [];
    let next: string | undefined = `${this.path(repo, 'tags/list')}?n=1000`;
    while (next) {
      const url: string = next;
      const page = await this.retrying(async () => {
        const res = await this.send('GET', url, { scopes: [repositoryScope(repo, 'pull')], expect: [200, 404] });
        if (res.status === 404) {
          await drain(res);
          return undefined;
        }
        return { body: (await res.json()) as { tags?: string[] | null }, link: res.headers.get('link') };
      });
      if (!page) return [];
      tags.push(...(page.body.tags ?? []));
      const link = nextPageLink(page.link);
      next = link ? new URL(link, `${this.baseUrl}/`).toString() : undefined;
    }
    return tags;
  }

  /** The referrers of a manifest from the registry's referrers API; undefined when the registry has none. */
  async referrersApi(repo: string, digest: string, artifactType?: string): Promise<ImageIndex | undefined> {
    const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
    let next: string | undefined = `${this.path(repo, `referrers/${digest}`)}${query}`;
    let index: ImageIndex | undefined;
    // Every page (OCI distribution: a `Link: <...>; rel="next"` header), so a flood of referrers cannot push a
    // signature off the first one; pages stay on this registry, where the credentials belong.
    for (let pages = 0; next && pages < MAX_REFERRER_PAGES; pages++) {
      const url: string = next;
      const page = await this.retrying(async () => {
        const res = await this.send('GET', url, {
          scopes: [repositoryScope(repo, 'pull')],
          headers: { accept: MEDIA_TYPES.ociIndex },
          expect: [200, 404, 405],
        });
        if (res.status !== 200 || !(res.headers.get('content-type') ?? '').includes('json')) {
          await drain(res);
          return undefined;
        }
        return { body: (await res.json()) as ImageIndex, link: res.headers.get('link') };
      });
      if (!page) return index;
      index = index
        ? { ...index, manifests: [...index.manifests, ...(page.body.manifests ?? [])] }
        : { ...page.body, manifests: page.body.manifests ?? [] };
      const link = nextPageLink(page.link);
      const resolved = link ? new URL(link, `${this.baseUrl}/`) : undefined;
      next = resolved && resolved.origin === new URL(this.baseUrl).origin ? resolved.toString() : undefined;
    }
    return index;
  }

  // ---- uploads ----

  private async startUpload(repo: string): Promise<string> {
    const res = await this.call('POST', this.path(repo, 'blobs/uploads/'), {
      scopes: [repositoryScope(repo, 'pull,push')],
      expect: [202],
    });
    return this.location(res);
  }

  /** true when mounted; otherwise the upload session the registry opened instead. */
  private async mountBlob(repo: string, from: string, digest: string): Promise<true | string | undefined> {
    try {
      const query = `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`;
      const res = await this.call('POST', `${this.path(repo, 'blobs/uploads/')}${query}`, {
        scopes: [repositoryScope(repo, 'pull,push'), repositoryScope(from, 'pull')],
        expect: [201, 202],
      });
      if (res.status === 201) return true;
      return this.location(res);
    } catch (err) {
      // A registry without mounts (or without permission on the sibling) still takes a plain upload.
      this.logger.debug(`Mounting ${digest} from ${from} failed, uploading it instead: ${String(err)}`);
      return undefined;
    }
  }

  private async uploadMonolithic(
    repo: string,
    desc: { digest: string; size: number },
    body: BlobBody,
    session: string | undefined,
  ): Promise<void> {
    const bytes = Buffer.isBuffer(body) ? body : await readAll(body, desc.size);
    this.checkContent(repo, desc, bytes.length, digestOf(bytes));
    let location = session;
    await this.retrying(async () => {
      const target = location ?? (await this.startUpload(repo));
      location = undefined;
      await drain(
        await this.send('PUT', withQuery(target, { digest: desc.digest }), {
          scopes: [repositoryScope(repo, 'pull,push')],
          headers: { 'content-type': OCTET_STREAM },
          body: bytes,
          expect: [201],
        }),
      );
    });
    this.stats.bytesUploaded += bytes.length;
  }

  private async uploadChunkedWithRestarts(
    repo: string,
    desc: { digest: string; size: number },
    body: BlobBody,
    session: string | undefined,
  ): Promise<void> {
    for (let restarts = 0; ; restarts++) {
      try {
        await this.uploadChunked(repo, desc, body, restarts === 0 ? session : undefined);
        return;
      } catch (err) {
        if (!(err instanceof UploadRestartError) || restarts >= MAX_UPLOAD_RESTARTS) throw err;
        this.stats.restarts++;
        this.logger.debug(`${desc.digest}: ${err.message}`);
      }
    }
  }

  private async uploadChunked(
    repo: string,
    desc: { digest: string; size: number },
    body: BlobBody,
    session: string | undefined,
  ): Promise<void> {
    let location = session ?? (await this.startUpload(repo));
    const hash = new DigestAccumulator();
    const scopes = [repositoryScope(repo, 'pull,push')];
    let offset = 0;
    for await (const chunk of bodyChunks(body, this.chunkSize)) {
      hash.update(chunk);
      const start = offset;
      location = await this.retrying(
        async (attempt) => {
          let skip = 0;
          if (attempt > 1) {
            // Ask how much arrived before the fault and send only the rest of this chunk.
            const status = await this.uploadStatus(location, scopes);
            if (status.received < start || status.received > start + chunk.length) {
              throw new UploadRestartError(
                `the registry holds ${status.received} bytes, expected ${start} to ${start + chunk.length}`,
              );
            }
            location = status.location;
            skip = status.received - start;
            this.stats.resumes++;
            if (skip === chunk.length) return location;
          }
          const part = chunk.subarray(skip);
          const res = await this.send('PATCH', location, {
            scopes,
            headers: { 'content-type': OCTET_STREAM, 'content-range': contentRange(start + skip, part.length) },
            body: part,
            expect: [202, 404, 400, 416],
          });
          if (res.status !== 202) throw await restartFrom(res, 'PATCH');
          this.stats.bytesUploaded += part.length;
          return this.location(res);
        },
        (err) => !(err instanceof UploadRestartError),
      );
      offset += chunk.length;
    }
    if (offset !== desc.size || hash.digest() !== desc.digest) {
      await this.send('DELETE', location, { scopes, expect: [204, 404, 400, 202] }).then(drain, () => undefined);
    }
    this.checkContent(repo, desc, offset, hash.digest());
    await this.retrying(async (attempt) => {
      // A PUT whose answer was lost may have committed the blob already.
      if (attempt > 1 && (await this.headBlob(repo, desc.digest))) return;
      const res = await this.send('PUT', withQuery(location, { digest: desc.digest }), {
        scopes,
        headers: { 'content-type': OCTET_STREAM },
        expect: [201, 404, 400, 416],
      });
      if (res.status !== 201) throw await restartFrom(res, 'PUT');
      await drain(res);
    });
  }

  private async uploadStatus(location: string, scopes: string[]): Promise<{ location: string; received: number }> {
    const res = await this.send('GET', location, { scopes, expect: [204, 200, 404, 400] });
    if (res.status === 404 || res.status === 400) throw await restartFrom(res, 'GET upload status of');
    await drain(res);
    return { location: this.location(res, location), received: receivedBytes(res.headers.get('range')) };
  }

  private checkContent(repo: string, desc: { digest: string; size: number }, size: number, digest: string): void {
    if (digest !== desc.digest || size !== desc.size) {
      throw new ConfigurationError(
        `The image's blob ${desc.digest} (${desc.size} bytes) holds ${size} bytes with digest ${digest}: the image source is corrupt or was changed while it was read. Rebuild or re-export the image; nothing was written to ${this.host}/${repo} for this blob.`,
      );
    }
  }

  // ---- HTTP ----

  private path(repo: string, rest: string): string {
    return `${this.baseUrl}/v2/${repo}/${rest}`;
  }

  private location(res: Response, fallback?: string): string {
    const loc = res.headers.get('location');
    if (!loc) {
      if (fallback) return fallback;
      throw new Error(`${this.host} answered ${res.status} without a Location header.`);
    }
    return new URL(loc, `${this.baseUrl}/`).toString();
  }

  private retrying<T>(
    operation: (attempt: number) => Promise<T>,
    retryable: (err: unknown) => boolean = () => true,
    retryAlso: (err: unknown) => boolean = () => false,
  ): Promise<T> {
    let attempts = 0;
    let timedOut = 0;
    return withRetry(
      (attempt) => {
        attempts = attempt;
        return operation(attempt);
      },
      {
        attempts: this.options.attempts ?? 6,
        baseDelayMs: 500,
        maxDelayMs: 20_000,
        retryable: (err) => {
          // A silent registry costs the idle timeout per attempt: only a few of those are tried, and a request
          // that timed out for good inside this one (an upload's start) is not tried again.
          if (isRequestTimeout(err)) {
            if (err instanceof RegistryConnectionError && err.attempts) return false;
            if (++timedOut >= this.timeouts.timedOutAttempts) return false;
          }
          return (isRetryableRegistryError(err) && retryable(err)) || retryAlso(err);
        },
        retryAfterMs: (err) => (err instanceof RegistryError ? parseRetryAfter(err.retryAfter) : undefined),
        onRetry: (err, attempt, delay) => {
          this.stats.retries++;
          this.logger.debug(`${this.host}: attempt ${attempt} failed (${String(err)}); retrying in ${delay} ms.`);
        },
        sleep: this.options.sleep,
        random: this.options.random,
      },
    ).catch((err: unknown) => {
      // The retries are spent: a dropped connection must still say which registry and request it was.
      if (err instanceof RegistryConnectionError) {
        if (err.attempts) throw err;
        throw new RegistryConnectionError(err.host, err.operation, err.repository, attempts, err.cause);
      }
      if (isNetworkError(err)) {
        throw new RegistryConnectionError(this.host, 'reading an answer', undefined, attempts, err);
      }
      throw err;
    });
  }

  /** One request with retries whose answer is in its status and headers (the body is discarded). */
  private call(method: string, url: string, opts: RequestOptions): Promise<Response> {
    return this.retrying(
      async () => {
        const res = await this.send(method, url, opts);
        await drain(res);
        return res;
      },
      undefined,
      opts.retryAlso,
    );
  }

  /** One request: authenticated, re-authenticated once after a 401, its status checked against `expect`. */
  private async send(method: string, url: string, opts: RequestOptions): Promise<Response> {
    const attempt = async () => {
      const headers: Record<string, string> = { ...opts.headers };
      const authorization = await this.auth.header(opts.scopes);
      if (authorization) headers.authorization = authorization;
      this.stats.requests++;
      try {
        return await this.fetchImpl(url, { method, headers, body: opts.body, redirect: 'follow' });
      } catch (err) {
        if (!isNetworkError(err)) throw err;
        throw new RegistryConnectionError(
          this.host,
          `${method} ${new URL(url).pathname}`,
          repositoryOfUrl(url),
          undefined,
          err,
        );
      }
    };
    let res = await attempt();
    // The first 401 teaches the scheme (or says a token expired); the second fetches fresh credentials.
    for (let reauth = 0; res.status === 401; reauth++) {
      await drain(res);
      if (reauth === 2) {
        throw new ConfigurationError(
          `The registry ${this.host} refused the credentials for ${method} ${new URL(url).pathname}${repositoryOfUrl(url) ? ` (repository ${repositoryOfUrl(url)})` : ''}. Check REGISTRY_USERNAME/REGISTRY_PASSWORD, or for ECR that the role may call ecr:GetAuthorizationToken.`,
        );
      }
      if (this.auth.knowsScheme) await this.auth.refresh();
      this.auth.learn(res.headers.get('www-authenticate'));
      res = await attempt();
    }
    if (opts.expect.includes(res.status)) return res;
    const text = await res.text().catch(() => '');
    const { code, message } = registryErrorBody(text);
    if (res.status === 403) {
      // A HEAD answer has no body: the status alone must say what to fix.
      const repo = repositoryOfUrl(url);
      const action = isPrivateEcrHost(this.host) ? ecrActionFor(method, url) : undefined;
      throw new ConfigurationError(
        `The registry ${this.host} denied ${method} ${new URL(url).pathname} (403 ${code ?? 'DENIED'}${message ? `: ${message}` : ''}). ` +
          `Check the credentials or permissions for ${repo ? `the repository ${repo}` : 'this repository'} on ${this.host}` +
          `${action ? `: the role needs ${action} on it` : " (see the action's README for the IAM actions it needs)"}.`,
      );
    }
    throw new RegistryError(
      method,
      url,
      res.status,
      code,
      message ?? text.slice(0, 200),
      res.headers.get('retry-after') ?? undefined,
    );
  }
}

/** The ECR IAM action a distribution API request needs, so that a 403 can name it. */
export function ecrActionFor(method: string, url: string): string {
  const path = new URL(url).pathname;
  if (/\/blobs\/uploads\//.test(path)) {
    if (method === 'POST') return 'ecr:InitiateLayerUpload';
    if (method === 'PATCH') return 'ecr:UploadLayerPart';
    return 'ecr:CompleteLayerUpload';
  }
  if (/\/blobs\//.test(path))
    return method === 'HEAD' ? 'ecr:BatchCheckLayerAvailability' : 'ecr:GetDownloadUrlForLayer';
  if (/\/tags\/list$/.test(path)) return 'ecr:ListImages';
  if (/\/manifests\//.test(path)) {
    if (method === 'PUT') return 'ecr:PutImage';
    if (method === 'DELETE') return 'ecr:BatchDeleteImage';
    return 'ecr:BatchGetImage';
  }
  return 'ecr:BatchGetImage';
}

/** A small blob's bytes in one buffer (a little more than its size, to notice a source longer than it says). */
async function readAll(body: BlobBody, size: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of bodyChunks(body, size + 1)) {
    parts.push(chunk);
    total += chunk.length;
    if (total > size) break;
  }
  return parts.length === 1 ? parts[0] : Buffer.concat(parts);
}

async function drain(res: Response): Promise<void> {
  try {
    await res.arrayBuffer();
  } catch {
    // The body of an answer we do not need may be cut off; nothing depends on it.
  }
}

async function restartFrom(res: Response, what: string): Promise<UploadRestartError> {
  const { code } = registryErrorBody(await res.text().catch(() => ''));
  return new UploadRestartError(`${what} the upload answered ${res.status}${code ? ` ${code}` : ''}`);
}

function registryErrorBody(text: string): { code?: string; message?: string } {
  try {
    const body = JSON.parse(text) as { errors?: { code?: string; message?: string }[] };
    const first = body.errors?.[0];
    return { code: first?.code, message: first?.message };
  } catch {
    return {};
  }
}

function withQuery(url: string, params: Record<string, string>): string {
  const u = new URL(url);
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  return u.toString();
}

/** Pages of the referrers API read at most (OCI registries answer a few hundred referrers a page). */
const MAX_REFERRER_PAGES = 50;

/** The `rel="next"` target of a Link header, resolved by the caller against the registry. */
export function nextPageLink(link: string | null | undefined): string | undefined {
  if (!link) return undefined;
  const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(link);
  return m ? m[1] : undefined;
}

/** The media type of a manifest from its Content-Type, else from its own mediaType field. */
export function manifestMediaType(contentType: string | null, bytes: Buffer): string {
  const fromHeader = (contentType ?? '').split(';')[0].trim();
  if (fromHeader && fromHeader !== 'application/json' && fromHeader !== 'text/plain') return fromHeader;
  try {
    const parsed = JSON.parse(bytes.toString('utf8')) as { mediaType?: string; manifests?: unknown };
    if (parsed.mediaType) return parsed.mediaType;
    return parsed.manifests ? MEDIA_TYPES.ociIndex : MEDIA_TYPES.ociManifest;
  } catch {
    return fromHeader;
  }
}
