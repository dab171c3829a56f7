import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import { repositoryScope } from './auth';
import { digestOf, DigestAccumulator, isDigest } from './digest';
import { isNetworkError, RegistryConnectionError, RegistryError } from './errors';
import { MANIFEST_ACCEPT, MEDIA_TYPES, type ImageIndex, type StoredManifest } from './types';
import { BlobUploader, DEFAULT_READ_SIZE, type BlobBody, type BlobPushResult } from './upload';
import {
  drain,
  readAll,
  RegistryTransport,
  type RegistryResponse,
  type RequestOptions,
  type TransferStats,
  type TransportOptions,
} from './transport';

export interface RegistryClientOptions extends TransportOptions {
  /** Blobs in flight at once (default 4). */
  concurrency?: number;
  /** Bytes read from a file per socket write; memory stays under concurrency × 2 × this for file-backed blobs. */
  readSize?: number;
}

/**
 * A client of the OCI distribution API: blobs, manifests, tags and referrers, over the registry transport (auth,
 * timeouts, retries) with the blob uploader for pushes.
 */
export class RegistryClient {
  readonly baseUrl: string;
  /** host[:port] as it appears in image references. */
  readonly host: string;
  readonly stats: TransferStats;
  private readonly transport: RegistryTransport;
  private readonly uploader: BlobUploader;

  constructor(options: RegistryClientOptions) {
    this.transport = new RegistryTransport(options);
    this.baseUrl = this.transport.baseUrl;
    this.host = this.transport.host;
    this.stats = this.transport.stats;
    this.uploader = new BlobUploader(this.transport, {
      concurrency: options.concurrency ?? 4,
      readSize: options.readSize ?? DEFAULT_READ_SIZE,
    });
  }

  // ---- blobs ----

  headBlob(repo: string, digest: string): Promise<boolean> {
    return this.uploader.exists(repo, digest);
  }

  /**
   * Puts a blob into a repository unless it is there already: mounted from the first of `mountFrom` when that
   * sibling repository has it, else uploaded (see BlobUploader).
   */
  pushBlob(
    repo: string,
    desc: { digest: string; size: number },
    body: BlobBody,
    opts: { mountFrom?: string[] } = {},
  ): Promise<BlobPushResult> {
    return this.uploader.push(repo, desc, body, opts.mountFrom);
  }

  /** A blob's bytes, checked against its digest. */
  async getBlob(repo: string, digest: string): Promise<Buffer> {
    return this.transport.retrying(async () => {
      const bytes = await readAll(await this.getBlobResponse(repo, digest));
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
    const out = new PassThrough({ highWaterMark: DEFAULT_READ_SIZE });
    const fail = (err: unknown) => out.destroy(err as Error);
    // A download dropped after its answer began: named as this registry's, so the upload it feeds is retried
    // (with a fresh stream) and, when the attempts are spent, says which registry failed.
    const dropped = (err: unknown) =>
      isNetworkError(err)
        ? new RegistryConnectionError(this.host, `GET /v2/${repo}/blobs/${digest}`, repo, undefined, err)
        : err;
    void this.transport
      .retrying(() => this.getBlobResponse(repo, digest))
      .then((res) => {
        res.body.on('error', (err) => fail(dropped(err)));
        out.on('close', () => res.body.destroy());
        res.body.pipe(out);
      }, fail);
    return out;
  }

  /** Streams a blob into a file, checked against its digest; a dropped download starts again. */
  async downloadBlob(repo: string, digest: string, file: string): Promise<number> {
    return this.transport.retrying(async () => {
      const res = await this.getBlobResponse(repo, digest);
      const hash = new DigestAccumulator();
      const out = createWriteStream(file, { highWaterMark: DEFAULT_READ_SIZE });
      try {
        for await (const piece of res.body) {
          hash.update(piece as Buffer);
          if (!out.write(piece)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
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

  private getBlobResponse(repo: string, digest: string): Promise<RegistryResponse> {
    return this.send('GET', this.path(repo, `blobs/${digest}`), {
      scopes: [repositoryScope(repo, 'pull')],
      expect: [200],
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
      const bytes = await readAll(res);
      const digest = digestOf(bytes);
      if (isDigest(reference) && digest !== reference) {
        throw new Error(`Manifest ${reference} of ${this.host}/${repo} arrived with digest ${digest}.`);
      }
      return { bytes, digest, mediaType: manifestMediaType(res.header('content-type') ?? null, bytes) };
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
    const digest = res.header('docker-content-digest');
    if (!digest) {
      // Some registries leave the digest out of HEAD answers: read the bytes instead.
      const stored = await this.getManifest(repo, reference);
      return stored && { digest: stored.digest, mediaType: stored.mediaType, size: stored.bytes.length };
    }
    return {
      digest,
      mediaType: (res.header('content-type') ?? '').split(';')[0].trim(),
      size: Number(res.header('content-length') ?? 0),
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
    const res = await this.call(
      'PUT',
      this.path(repo, `manifests/${reference}`),
      {
        scopes: [repositoryScope(repo, 'pull,push')],
        headers: { 'content-type': manifest.mediaType },
        body: manifest.bytes,
        expect: [201, 200],
      },
      // The bytes were checked against the reference above, so DIGEST_INVALID here is the registry's own state:
      // a filesystem-backed registry reads a blob link another push is rewriting at that instant.
      (err) => err instanceof RegistryError && err.status === 400 && err.code === 'DIGEST_INVALID',
    );
    const answered = res.header('docker-content-digest');
    if (answered && answered !== digest) {
      throw new Error(`${this.host}/${repo} stored the manifest as ${answered}, but its bytes hash to ${digest}.`);
    }
    return { digest, subjectHeader: res.header('oci-subject') ?? undefined };
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
        return { body: await json<{ tags?: string[] | null }>(res), link: res.header('link') };
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
        if (res.status !== 200 || !(res.header('content-type') ?? '').includes('json')) {
          await drain(res);
          return undefined;
        }
        return { body: await json<ImageIndex>(res), link: res.header('link') };
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

  // ---- wire ----

  private path(repo: string, rest: string): string {
    return `${this.baseUrl}/v2/${repo}/${rest}`;
  }

  private send(method: string, url: string, opts: RequestOptions): Promise<RegistryResponse> {
    return this.transport.send(method, url, opts);
  }

  private call(
    method: string,
    url: string,
    opts: RequestOptions,
    retryAlso?: (err: unknown) => boolean,
  ): Promise<RegistryResponse> {
    return this.transport.call(method, url, opts, retryAlso);
  }

  private retrying<T>(operation: (attempt: number) => Promise<T>): Promise<T> {
    return this.transport.retrying(operation);
  }
}

async function json<T>(res: RegistryResponse): Promise<T> {
  return JSON.parse((await readAll(res)).toString('utf8')) as T;
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
