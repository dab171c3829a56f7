import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  S3ServiceException,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { sdkStreamMixin } from '@smithy/core/serde';
import type { CommandClass, FakeService } from './calls';

/**
 * The object side of the fake S3, for what s3rver does not do: it enforces `If-None-Match: *` and `If-Match`
 * (412 PreconditionFailed) on PutObject and CompleteMultipartUpload, computes and verifies SHA-256 additional
 * checksums as S3 does (whole-object for a PUT, composite for a multipart upload; answered on HEAD/GET with
 * `ChecksumMode: ENABLED`), keeps every version of every key, and lets a test inject failures or a concurrent
 * write. Bucket settings are in s3.ts.
 */

export interface FakeObjectVersion {
  body: Buffer;
  etag: string;
  versionId: string;
  contentType?: string;
  cacheControl?: string;
  metadata: Record<string, string>;
  lastModified: Date;
  /** The SHA-256 checksum S3 computed (base64; `-<parts>` for a composite), when the writer asked for one. */
  checksumSHA256?: string;
  checksumType?: 'FULL_OBJECT' | 'COMPOSITE';
}

export interface FakeRequest {
  command: string;
  key: string;
  /** HTTP-like status the fake answered with. */
  status: number;
  ifNoneMatch?: string;
  ifMatch?: string;
}

type Hook = (command: string, key: string) => void | Promise<void>;

function s3Error(name: string, status: number, message: string): S3ServiceException {
  return new S3ServiceException({
    name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
    message,
  });
}

async function bodyBytes(body: unknown): Promise<Buffer> {
  if (body === undefined || body === null) return Buffer.alloc(0);
  if (typeof body === 'string') return Buffer.from(body);
  if (Buffer.isBuffer(body)) return body;
  if (body instanceof Uint8Array) return Buffer.from(body);
  const chunks: Buffer[] = [];
  for await (const c of body as AsyncIterable<Buffer | string>) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c));
  return Buffer.concat(chunks);
}

const quote = (s: string) => `"${s}"`;
const sha256Base64 = (b: Buffer) => createHash('sha256').update(b).digest('base64');

/** S3 refuses a body whose SHA-256 is not the one the writer sent (400 BadDigest). */
function verifiedChecksum(input: Record<string, unknown>, body: Buffer): string | undefined {
  const computed = sha256Base64(body);
  if (input.ChecksumSHA256 !== undefined && input.ChecksumSHA256 !== computed) {
    throw s3Error('BadDigest', 400, 'The SHA256 you specified did not match the calculated checksum.');
  }
  return input.ChecksumSHA256 !== undefined || input.ChecksumAlgorithm === 'SHA256' ? computed : undefined;
}

export class S3Objects {
  /** `bucket/key` -> versions, oldest first; the last is current. */
  readonly objects = new Map<string, FakeObjectVersion[]>();
  readonly requests: FakeRequest[] = [];
  /** Runs before each command is answered: a test writes a competing version here to force a 412. */
  beforeCommand?: Hook;
  private readonly uploads = new Map<
    string,
    { key: string; parts: Map<number, Buffer>; input: Record<string, unknown>; checksums: Map<number, Buffer> }
  >();
  private readonly failures: { command: string; key?: string; error: Error }[] = [];

  constructor(private readonly options: { enforceConditions?: boolean } = {}) {}

  /** Answers the object commands on `service`; their answers hold streams, so they are not copied. */
  protected serveObjects(service: FakeService): void {
    const serve = (command: CommandClass, answer: (input: Record<string, unknown>) => unknown) => {
      const name = command.name.replace(/Command$/, '');
      service.on(command, (i) => this.handle(name, i as Record<string, unknown>, () => answer(i)), { clone: false });
    };
    serve(PutObjectCommand, (i) => this.put(i));
    serve(GetObjectCommand, (i) => this.get(i, true));
    serve(HeadObjectCommand, (i) => this.get(i, false));
    serve(DeleteObjectCommand, (i) => this.del(i));
    serve(ListObjectsV2Command, (i) => this.list(i));
    serve(CreateMultipartUploadCommand, (i) => this.createUpload(i));
    serve(UploadPartCommand, (i) => this.uploadPart(i));
    serve(CompleteMultipartUploadCommand, (i) => this.completeUpload(i));
    serve(AbortMultipartUploadCommand, (i) => {
      this.uploads.delete(String(i.UploadId));
      return {};
    });
  }

  /** The next `command` (on `key`, when given) fails with this error. */
  failNext(command: string, error: Error, key?: string): void {
    this.failures.push({ command, key, error });
  }

  static throttled(): Error {
    return s3Error('SlowDown', 503, 'Please reduce your request rate.');
  }

  /** Seeds an object as if another run had written it. */
  seed(
    bucket: string,
    key: string,
    body: Buffer | string,
    metadata: Record<string, string> = {},
    contentType?: string,
  ): void {
    this.store(`${bucket}/${key}`, Buffer.from(body), { metadata, contentType });
  }

  current(bucket: string, key: string): FakeObjectVersion | undefined {
    return this.objects.get(`${bucket}/${key}`)?.at(-1);
  }

  versions(bucket: string, key: string): FakeObjectVersion[] {
    return this.objects.get(`${bucket}/${key}`) ?? [];
  }

  keys(bucket: string): string[] {
    return [...this.objects.keys()]
      .filter((k) => k.startsWith(`${bucket}/`))
      .map((k) => k.slice(bucket.length + 1))
      .sort();
  }

  /** Writes that changed the store (successful puts and completed uploads). */
  writes(): FakeRequest[] {
    return this.requests.filter(
      (r) => (r.command === 'PutObject' || r.command === 'CompleteMultipartUpload') && r.status === 200,
    );
  }

  private async handle(command: string, input: Record<string, unknown>, answer: () => unknown): Promise<unknown> {
    const key = String(input.Key ?? input.Prefix ?? '');
    const record: FakeRequest = {
      command,
      key,
      status: 200,
      ifNoneMatch: input.IfNoneMatch as string | undefined,
      ifMatch: input.IfMatch as string | undefined,
    };
    this.requests.push(record);
    // Yield, so that concurrent callers interleave as they would over a network.
    await new Promise((r) => setImmediate(r));
    await this.beforeCommand?.(command, key);
    const failure = this.failures.findIndex((f) => f.command === command && (f.key === undefined || f.key === key));
    if (failure >= 0) {
      const [f] = this.failures.splice(failure, 1);
      record.status = (f.error as S3ServiceException).$metadata?.httpStatusCode ?? 500;
      throw f.error;
    }
    try {
      return await answer();
    } catch (err) {
      record.status = (err as S3ServiceException).$metadata?.httpStatusCode ?? 500;
      throw err;
    }
  }

  private checkConditions(id: string, input: Record<string, unknown>): void {
    if (this.options.enforceConditions === false) return;
    const existing = this.objects.get(id)?.at(-1);
    if (input.IfNoneMatch === '*' && existing) {
      throw s3Error('PreconditionFailed', 412, 'At least one of the pre-conditions you specified did not hold');
    }
    if (input.IfMatch !== undefined) {
      if (!existing)
        throw new NoSuchKey({ message: 'The specified key does not exist.', $metadata: { httpStatusCode: 404 } });
      const wanted = String(input.IfMatch).replace(/"/g, '');
      if (wanted !== existing.etag.replace(/"/g, '')) {
        throw s3Error('PreconditionFailed', 412, 'At least one of the pre-conditions you specified did not hold');
      }
    }
  }

  private store(
    id: string,
    body: Buffer,
    props: {
      metadata?: Record<string, string>;
      contentType?: string;
      cacheControl?: string;
      etag?: string;
      checksumSHA256?: string;
      checksumType?: 'FULL_OBJECT' | 'COMPOSITE';
    },
  ): FakeObjectVersion {
    const version: FakeObjectVersion = {
      checksumSHA256: props.checksumSHA256,
      checksumType: props.checksumSHA256 ? (props.checksumType ?? 'FULL_OBJECT') : undefined,
      body,
      etag: props.etag ?? quote(createHash('md5').update(body).digest('hex')),
      versionId: randomUUID(),
      contentType: props.contentType,
      cacheControl: props.cacheControl,
      metadata: props.metadata ?? {},
      lastModified: new Date(),
    };
    const list = this.objects.get(id) ?? [];
    list.push(version);
    this.objects.set(id, list);
    return version;
  }

  private async put(input: Record<string, unknown>): Promise<unknown> {
    const id = `${String(input.Bucket)}/${String(input.Key)}`;
    const body = await bodyBytes(input.Body);
    const checksumSHA256 = verifiedChecksum(input, body);
    this.checkConditions(id, input);
    const v = this.store(id, body, {
      checksumSHA256,
      metadata: input.Metadata as Record<string, string> | undefined,
      contentType: input.ContentType as string | undefined,
      cacheControl: input.CacheControl as string | undefined,
    });
    return { ETag: v.etag, VersionId: v.versionId };
  }

  private get(input: Record<string, unknown>, withBody: boolean): unknown {
    const id = `${String(input.Bucket)}/${String(input.Key)}`;
    const v = this.objects.get(id)?.at(-1);
    if (!v) {
      if (withBody)
        throw new NoSuchKey({ message: 'The specified key does not exist.', $metadata: { httpStatusCode: 404 } });
      throw s3Error('NotFound', 404, 'Not Found');
    }
    const head = {
      ETag: v.etag,
      VersionId: v.versionId,
      ContentLength: v.body.length,
      ContentType: v.contentType,
      CacheControl: v.cacheControl,
      Metadata: { ...v.metadata },
      LastModified: v.lastModified,
      ...(input.ChecksumMode === 'ENABLED' && v.checksumSHA256
        ? { ChecksumSHA256: v.checksumSHA256, ChecksumType: v.checksumType }
        : {}),
    };
    return withBody ? { ...head, Body: sdkStreamMixin(Readable.from([v.body])) } : head;
  }

  private del(input: Record<string, unknown>): unknown {
    this.objects.delete(`${String(input.Bucket)}/${String(input.Key)}`);
    return {};
  }

  private list(input: Record<string, unknown>): unknown {
    const bucket = String(input.Bucket);
    const prefix = String(input.Prefix ?? '');
    const after = input.ContinuationToken ? String(input.ContinuationToken) : '';
    const matching = this.keys(bucket).filter((k) => k.startsWith(prefix) && k > after);
    // Pages of at most 1000 keys, as S3 answers; the token is the last key of the page.
    const keys = matching.slice(0, Math.min(Number(input.MaxKeys ?? 1000), 1000));
    const truncated = matching.length > keys.length;
    return {
      KeyCount: keys.length,
      IsTruncated: truncated,
      NextContinuationToken: truncated ? keys.at(-1) : undefined,
      Contents: keys.map((Key) => ({
        Key,
        Size: this.current(bucket, Key)!.body.length,
        ETag: this.current(bucket, Key)!.etag,
      })),
    };
  }

  private createUpload(input: Record<string, unknown>): unknown {
    const UploadId = randomUUID();
    this.uploads.set(UploadId, { key: String(input.Key), parts: new Map(), input, checksums: new Map() });
    return { UploadId, Bucket: input.Bucket, Key: input.Key };
  }

  private async uploadPart(input: Record<string, unknown>): Promise<unknown> {
    const upload = this.uploads.get(String(input.UploadId));
    if (!upload) throw s3Error('NoSuchUpload', 404, 'The specified upload does not exist.');
    const body = await bodyBytes(input.Body);
    verifiedChecksum(input, body);
    upload.parts.set(Number(input.PartNumber), body);
    upload.checksums.set(Number(input.PartNumber), createHash('sha256').update(body).digest());
    return { ETag: quote(createHash('md5').update(body).digest('hex')) };
  }

  private completeUpload(input: Record<string, unknown>): unknown {
    const upload = this.uploads.get(String(input.UploadId));
    if (!upload) throw s3Error('NoSuchUpload', 404, 'The specified upload does not exist.');
    const id = `${String(input.Bucket)}/${upload.key}`;
    this.checkConditions(id, input);
    const listed = ((input.MultipartUpload as { Parts?: { PartNumber?: number }[] } | undefined)?.Parts ?? []).map(
      (p) => Number(p.PartNumber),
    );
    const body = Buffer.concat(listed.map((n) => upload.parts.get(n) ?? Buffer.alloc(0)));
    const partsMd5 = createHash('md5')
      .update(Buffer.concat(listed.map((n) => createHash('md5').update(upload.parts.get(n)!).digest())))
      .digest('hex');
    this.uploads.delete(String(input.UploadId));
    // A multipart upload's SHA-256 is composite: the SHA-256 of its parts' digests, `-<parts>`.
    const composite =
      upload.input.ChecksumAlgorithm === 'SHA256'
        ? `${createHash('sha256')
            .update(Buffer.concat(listed.map((n) => upload.checksums.get(n)!)))
            .digest('base64')}-${listed.length}`
        : undefined;
    const v = this.store(id, body, {
      checksumSHA256: composite,
      checksumType: 'COMPOSITE',
      metadata: upload.input.Metadata as Record<string, string> | undefined,
      contentType: upload.input.ContentType as string | undefined,
      cacheControl: upload.input.CacheControl as string | undefined,
      etag: quote(`${partsMd5}-${listed.length}`),
    });
    return { ETag: v.etag, VersionId: v.versionId, Key: upload.key, Bucket: input.Bucket };
  }

  /** Uploads that were started and neither completed nor aborted. */
  openUploads(): number {
    return this.uploads.size;
  }
}
