import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type PutObjectCommandInput,
  type S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import pLimit from 'p-limit';
import { ConfigurationError, errorMessage, isConfigurationError } from '../runtime/errors';
import type { Logger } from '../runtime/logger';
import { withRetry } from '../runtime/retry';
import { storeKey } from './paths';
import type { ArtifactWrite, IndexWrite, PublishPlan } from './types';
import { nextClaim, parseClaim, renderClaim, type ClaimDocument, type ClaimEntry } from './version-claim';

/**
 * Carries out a PublishPlan against S3 under the system's prefix. Artifacts are immutable: each is written
 * only if absent (`If-None-Match: *`), and every key is checked before the first write (what is stored judged by
 * S3's own SHA-256 checksum or by its content, never by metadata), so a version that conflicts with what is
 * published is refused with nothing written. A version of several files is claimed first (version-claim.ts), so a
 * run that loses a race for it writes nothing either. Indexes are then merged under optimistic concurrency
 * (`If-Match` on the ETag, re-read and merge on 412), so parallel publishes of different versions lose nothing,
 * and an index never points at a file that is not there yet.
 */

export interface PackageStore {
  s3: S3Client;
  bucket: string;
  /** The system's prefix, without surrounding slashes. */
  prefix: string;
}

export interface StoreOptions {
  logger: Logger;
  /** Injected in tests so that backoff takes no time. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Files larger than this go by multipart upload. */
  multipartThreshold?: number;
  partSize?: number;
  /** Parts of one file in flight at once. */
  partConcurrency?: number;
  /** Files in flight at once. */
  fileConcurrency?: number;
  /** Read-merge-write attempts per index before giving up. */
  indexAttempts?: number;
  /** Who publishes (repository, run, attempt, job), recorded in a version's claim (version-claim.ts claimOwner). */
  owner?: Pick<ClaimEntry, 'owner' | 'job' | 'attempt'>;
  /** The clock a claim is dated and judged by; injected in tests. */
  now?: () => Date;
}

export type ArtifactOutcome = 'created' | 'unchanged';

export interface PublishResult {
  artifacts: { key: string; storeKey: string; size: number; outcome: ArtifactOutcome }[];
  indexes: { key: string; storeKey: string; outcome: 'updated' | 'unchanged'; attempts: number }[];
  /** True when every artifact was already there, identical. */
  unchanged: boolean;
}

export const MULTIPART_THRESHOLD = 16 * 1024 * 1024;
const PART_SIZE = 8 * 1024 * 1024;
const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
const INDEX_CACHE = 'no-cache';

interface S3Error {
  name?: string;
  Code?: string;
  code?: string;
  $metadata?: { httpStatusCode?: number };
}

function status(err: unknown): number {
  return (err as S3Error)?.$metadata?.httpStatusCode ?? 0;
}

/** The key exists (If-None-Match) or changed since it was read (If-Match). */
export function isPreconditionFailed(err: unknown): boolean {
  return status(err) === 412 || (err as S3Error)?.name === 'PreconditionFailed';
}

/** Two conditional writes raced on the same key; S3 asks the loser to retry. */
function isConditionalConflict(err: unknown): boolean {
  return status(err) === 409 || (err as S3Error)?.name === 'ConditionalRequestConflict';
}

function isNotFound(err: unknown): boolean {
  const name = (err as S3Error)?.name;
  return status(err) === 404 || name === 'NoSuchKey' || name === 'NotFound';
}

/** Throttling, server errors and dropped connections: worth another attempt after the SDK's own. */
export function isTransient(err: unknown): boolean {
  const e = err as S3Error;
  const s = status(err);
  return (
    s >= 500 ||
    s === 429 ||
    ['SlowDown', 'Throttling', 'ThrottlingException', 'RequestTimeout', 'TimeoutError', 'InternalError'].includes(
      e?.name ?? '',
    ) ||
    ['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ECONNREFUSED'].includes(e?.code ?? '')
  );
}

/** An artifact read from disk: small files are held in memory, large ones streamed (and re-opened on retry). */
export async function fileArtifact(
  path: string,
  key: string,
  contentType: string,
  algorithms: string[] = ['sha256'],
): Promise<{ artifact: ArtifactWrite; digests: Record<string, string> }> {
  const { size } = await stat(path);
  const wanted = algorithms.includes('sha256') ? algorithms : [...algorithms, 'sha256'];
  const digests: Record<string, string> = {};
  if (size <= MULTIPART_THRESHOLD) {
    const body = await readFile(path);
    for (const a of wanted) digests[a] = createHash(a).update(body).digest('hex');
    return { artifact: { key, body, size, contentType, sha256: digests.sha256 }, digests };
  }
  const hashes = wanted.map((a) => createHash(a));
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
    for (const h of hashes) h.update(chunk as Buffer);
  }
  wanted.forEach((a, i) => (digests[a] = hashes[i].digest('hex')));
  return {
    artifact: {
      key,
      body: () => createReadStream(path, { highWaterMark: 1024 * 1024 }),
      size,
      contentType,
      sha256: digests.sha256,
    },
    digests,
  };
}

function normalizeEtag(etag: string | undefined): string | undefined {
  return etag?.replace(/^W\//, '').replace(/"/g, '');
}

/**
 * A request to the store that failed for good. Names the bucket and key (the SDK's own message may be a bare
 * 'UnknownError' for an answer without a body) and keeps the SDK error's status, so callers still tell 404/412 apart.
 */
export class StoreRequestError extends Error {
  readonly $metadata?: { httpStatusCode?: number };
  readonly code?: string;
  constructor(what: string, bucket: string, cause: unknown) {
    const e = cause as S3Error;
    const s = status(cause);
    const detail = [
      e?.name && e.name !== 'Error' ? e.name : undefined,
      s ? `HTTP ${s}` : undefined,
      errorMessage(cause),
    ]
      .filter((part, i, all) => part && all.indexOf(part) === i)
      .join(', ');
    super(`S3 request ${what} in s3://${bucket} failed: ${detail}`, { cause });
    this.name = 'StoreRequestError';
    this.$metadata = e?.$metadata;
    this.code = e?.code;
  }
}

/** Wraps the final error of a store request, except the answers callers act on (absent, changed) and user mistakes. */
function storeFailure(what: string, bucket: string, err: unknown): unknown {
  if (
    err instanceof StoreRequestError ||
    isConfigurationError(err) ||
    isNotFound(err) ||
    isPreconditionFailed(err) ||
    isConditionalConflict(err)
  ) {
    return err;
  }
  return new StoreRequestError(what, bucket, err);
}

export class PackagePublisher {
  private readonly logger: Logger;
  constructor(
    private readonly store: PackageStore,
    private readonly options: StoreOptions,
  ) {
    this.logger = options.logger;
  }

  private key(relative: string): string {
    return storeKey(this.store.prefix, relative);
  }

  private retry<T>(what: string, operation: () => Promise<T>): Promise<T> {
    return withRetry(operation, {
      attempts: 4,
      baseDelayMs: 500,
      maxDelayMs: 8000,
      retryable: isTransient,
      sleep: this.options.sleep,
      random: this.options.random,
      onRetry: (err, attempt, delay) =>
        this.logger.info(`S3 did not answer ${what} (${errorMessage(err)}); attempt ${attempt + 1} in ${delay} ms.`),
    }).catch((err: unknown) => {
      throw storeFailure(what, this.store.bucket, err);
    });
  }

  /** The object's body and ETag, or undefined when it does not exist. */
  async read(relative: string): Promise<{ body: Buffer; etag?: string } | undefined> {
    const Key = this.key(relative);
    try {
      return await this.retry(`GET ${Key}`, async () => {
        const res = await this.store.s3.send(new GetObjectCommand({ Bucket: this.store.bucket, Key }));
        const bytes = await res.Body!.transformToByteArray();
        return { body: Buffer.from(bytes), etag: res.ETag };
      });
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  /**
   * The sha256 of a stored object's content, undefined if absent. Only what S3 computed is trusted: the SHA-256
   * checksum S3 verified on upload (a single PUT's whole-object checksum; a multipart upload's composite, when it
   * is the composite of `artifact` in this run's part size), else the content read back and hashed. Metadata
   * such as `x-amz-meta-sha256` is whatever the writer said and is never believed.
   */
  async storedSha256(fullKey: string, artifact?: ArtifactWrite): Promise<string | undefined> {
    let head;
    try {
      head = await this.retry(`HEAD ${fullKey}`, () =>
        this.store.s3.send(new HeadObjectCommand({ Bucket: this.store.bucket, Key: fullKey, ChecksumMode: 'ENABLED' })),
      );
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
    const checksum = head.ChecksumSHA256;
    if (checksum && head.ChecksumType !== 'COMPOSITE' && !checksum.includes('-')) {
      const hex = Buffer.from(checksum, 'base64').toString('hex');
      if (hex.length === 64) return hex;
    }
    if (checksum && artifact && checksum === (await compositeSha256(artifact, this.partSize()))) return artifact.sha256;
    return this.retry(`GET ${fullKey}`, async () => {
      const res = await this.store.s3.send(new GetObjectCommand({ Bucket: this.store.bucket, Key: fullKey }));
      const hash = createHash('sha256');
      for await (const chunk of res.Body as Readable) hash.update(chunk as Buffer);
      return hash.digest('hex');
    });
  }

  private partSize(): number {
    return this.options.partSize ?? PART_SIZE;
  }

  /**
   * The keys of `fullKeys` that exist, from one listing of their common folder: a new version of many files
   * costs one request instead of a HEAD per file. Undefined (check each key) for a few keys, or when
   * listing is not allowed.
   */
  private async presentKeys(fullKeys: string[]): Promise<Set<string> | undefined> {
    if (fullKeys.length <= 4) return undefined;
    let common = fullKeys[0].slice(0, fullKeys[0].lastIndexOf('/') + 1);
    for (const k of fullKeys)
      while (!k.startsWith(common)) common = common.slice(0, common.slice(0, -1).lastIndexOf('/') + 1);
    if (common === '' || common === `${this.store.prefix}/`) return undefined;
    const found = new Set<string>();
    try {
      let token: string | undefined;
      let pages = 0;
      do {
        // A folder shared with many published files costs more to list than a HEAD per planned key.
        if (++pages > 3) return undefined;
        const page = await this.retry(`LIST ${common}`, () =>
          this.store.s3.send(
            new ListObjectsV2Command({ Bucket: this.store.bucket, Prefix: common, ContinuationToken: token }),
          ),
        );
        for (const o of page.Contents ?? []) if (o.Key) found.add(o.Key);
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
    } catch (err) {
      if (status(err) === 403) return undefined;
      throw err;
    }
    return found;
  }

  private conflict(
    plan: PublishPlan,
    conflicts: { key: string; stored: string; planned: string }[],
  ): ConfigurationError {
    const lines = conflicts.map((c) => `  ${c.key}: stored sha256 ${c.stored}, this file ${c.planned}`);
    return new ConfigurationError(
      `${plan.type} ${plan.name} ${plan.version} is already published with different content:\n${lines.join('\n')}\n` +
        `Versions are immutable: publish a new version (nothing of ${plan.version} was written by this run).`,
    );
  }

  async publish(plan: PublishPlan): Promise<PublishResult> {
    const limit = pLimit(this.options.fileConcurrency ?? 10);
    const artifacts = plan.artifacts.map((a) => ({ artifact: a, fullKey: this.key(a.key) }));
    const indexKeys = plan.indexes.map((i) => this.key(i.key));

    // Every key is checked before the first write: a conflict leaves the store as it was.
    const present = await this.presentKeys(artifacts.map((a) => a.fullKey));
    const stored = await Promise.all(
      artifacts.map(({ artifact, fullKey }) =>
        limit(() =>
          present && !present.has(fullKey) ? Promise.resolve(undefined) : this.storedSha256(fullKey, artifact),
        ),
      ),
    );
    const conflicts = artifacts
      .map(({ artifact, fullKey }, i) => ({ key: fullKey, stored: stored[i], planned: artifact.sha256 }))
      .filter(
        (c): c is { key: string; stored: string; planned: string } => c.stored !== undefined && c.stored !== c.planned,
      );
    if (conflicts.length) throw this.conflict(plan, conflicts);
    await this.checkBeforeWriting(plan);
    if (plan.claim) await this.claimVersion(plan, artifacts);

    const outcomes = await Promise.all(
      artifacts.map(({ artifact, fullKey }, i) =>
        limit(async () => {
          if (stored[i] !== undefined) return 'unchanged' as const;
          return this.writeArtifact(plan, artifact, fullKey);
        }),
      ),
    );
    const result: PublishResult = {
      artifacts: artifacts.map(({ artifact, fullKey }, i) => ({
        key: artifact.key,
        storeKey: fullKey,
        size: artifact.size,
        outcome: outcomes[i],
      })),
      indexes: [],
      unchanged: outcomes.every((o) => o === 'unchanged'),
    };
    for (const a of result.artifacts) {
      this.logger.info(a.outcome === 'created' ? `wrote ${a.storeKey}` : `${a.storeKey}: already published, unchanged`);
    }

    for (const [i, index] of plan.indexes.entries()) {
      const { outcome, attempts } = await this.updateIndex(index, indexKeys[i]);
      result.indexes.push({ key: index.key, storeKey: indexKeys[i], outcome, attempts });
      this.logger.info(`${outcome === 'updated' ? 'updated' : 'unchanged:'} ${indexKeys[i]}`);
    }
    return result;
  }

  /**
   * Before the first write: the indexes and checks agree with the plan, and every key this run can write (the
   * checksum files derived from the merged indexes and the claim included) is built, so checked against S3's
   * limits, now rather than half-way through.
   */
  private async checkBeforeWriting(plan: PublishPlan): Promise<void> {
    for (const check of plan.checks ?? []) check.validate((await this.read(check.key))?.body);
    for (const index of plan.indexes) {
      const current = (await this.read(index.key))?.body;
      if (index.validate) index.validate(current);
      const next = index.derived ? (index.merge(current) ?? current) : undefined;
      if (next) for (const d of index.derived!(next)) this.key(d.key);
    }
    if (plan.claim) this.key(plan.claim.key);
  }

  /** Claims the version for this run's files (version-claim.ts); a live claim with other files refuses the run. */
  private async claimVersion(plan: PublishPlan, artifacts: { artifact: ArtifactWrite; fullKey: string }[]) {
    const { key, additive = false, advice } = plan.claim!;
    const fullKey = this.key(key);
    const now = this.options.now?.() ?? new Date();
    const entry = { claimedAt: now.toISOString(), ...this.options.owner };
    const ours: ClaimDocument = {
      type: plan.type,
      name: plan.name,
      version: plan.version,
      files: Object.fromEntries(artifacts.map((a) => [a.fullKey, { sha256: a.artifact.sha256, ...entry }])),
    };
    for (let attempt = 1; ; attempt++) {
      const current = await this.read(key);
      const next = nextClaim(current && parseClaim(current.body), ours, { now, additive, advice, claimKey: fullKey });
      if (!next) return;
      try {
        await this.retry(`PUT ${fullKey}`, () =>
          this.store.s3.send(
            new PutObjectCommand({
              Bucket: this.store.bucket,
              Key: fullKey,
              Body: renderClaim(next),
              ContentType: 'application/json',
              CacheControl: INDEX_CACHE,
              ...(current ? { IfMatch: current.etag } : { IfNoneMatch: '*' }),
            }),
          ),
        );
        this.logger.info(`claimed ${plan.type} ${plan.name} ${plan.version} at ${fullKey}`);
        return;
      } catch (err) {
        // Another run claimed (or extended the claim) meanwhile: judge its claim.
        if (attempt >= 5 || !(isPreconditionFailed(err) || isConditionalConflict(err))) throw err;
      }
    }
  }

  private putParams(artifact: ArtifactWrite, fullKey: string): Omit<PutObjectCommandInput, 'Body'> {
    return {
      Bucket: this.store.bucket,
      Key: fullKey,
      ContentType: artifact.contentType,
      ContentLength: artifact.size,
      CacheControl: IMMUTABLE_CACHE,
      // For people and other tools only: the store itself judges stored content by S3's own checksum.
      Metadata: { sha256: artifact.sha256 },
      IfNoneMatch: '*',
    };
  }

  private async writeArtifact(plan: PublishPlan, artifact: ArtifactWrite, fullKey: string): Promise<ArtifactOutcome> {
    try {
      if (artifact.size > (this.options.multipartThreshold ?? MULTIPART_THRESHOLD)) {
        await this.retry(`multipart upload of ${fullKey}`, () => this.multipart(artifact, fullKey));
      } else {
        // S3 verifies the body against the sha256 already computed, and the SDK need not checksum it again.
        const ChecksumSHA256 = Buffer.from(artifact.sha256, 'hex').toString('base64');
        await this.retry(`PUT ${fullKey}`, () =>
          this.store.s3.send(
            new PutObjectCommand({
              ...this.putParams(artifact, fullKey),
              ChecksumAlgorithm: 'SHA256',
              ChecksumSHA256,
              Body: bodyOf(artifact),
            }),
          ),
        );
      }
      return 'created';
    } catch (err) {
      if (!isPreconditionFailed(err)) throw err;
      // Another run wrote this key since it was checked: identical is fine, different is a conflict.
      const now = await this.storedSha256(fullKey, artifact);
      if (now === artifact.sha256) return 'unchanged';
      throw this.conflict(plan, [{ key: fullKey, stored: now ?? 'unknown', planned: artifact.sha256 }]);
    }
  }

  private async multipart(artifact: ArtifactWrite, fullKey: string): Promise<void> {
    const params = this.putParams(artifact, fullKey);
    delete params.ContentLength;
    // lib-storage passes IfNoneMatch on to CompleteMultipartUpload, where S3 checks it.
    const upload = new Upload({
      client: this.store.s3,
      // Each part checksummed with SHA-256 (native, unlike the SDK's default CRC32) and verified by S3.
      params: { ...params, ChecksumAlgorithm: 'SHA256', Body: bodyOf(artifact) },
      partSize: this.partSize(),
      queueSize: this.options.partConcurrency ?? 4,
      leavePartsOnError: false,
    });
    await upload.done();
  }

  /** GET (ETag) -> merge -> conditional PUT, again from the top on 412; then the derived checksum files. */
  private async updateIndex(
    index: IndexWrite,
    fullKey: string,
  ): Promise<{ outcome: 'updated' | 'unchanged'; attempts: number }> {
    let attempts = 0;
    const written = await withRetry(
      async () => {
        attempts++;
        const current = await this.read(index.key);
        const merged = index.merge(current?.body);
        if (merged === undefined) return { content: current?.body, etag: current?.etag, updated: false };
        const res = await this.store.s3.send(
          new PutObjectCommand({
            Bucket: this.store.bucket,
            Key: fullKey,
            Body: merged,
            ContentType: index.contentType,
            CacheControl: index.cacheControl ?? INDEX_CACHE,
            ...(current?.etag ? { IfMatch: current.etag } : { IfNoneMatch: '*' }),
          }),
        );
        return { content: merged, etag: res.ETag, updated: true };
      },
      {
        attempts: this.options.indexAttempts ?? 12,
        baseDelayMs: 100,
        maxDelayMs: 3000,
        retryable: (err) => isPreconditionFailed(err) || isConditionalConflict(err) || isTransient(err),
        sleep: this.options.sleep,
        random: this.options.random,
        onRetry: (err, attempt) =>
          this.logger.debug(`${fullKey} changed while merging (${errorMessage(err)}); merge attempt ${attempt + 1}.`),
      },
    ).catch((err: unknown) => {
      if (isPreconditionFailed(err) || isConditionalConflict(err)) {
        throw new Error(
          `${fullKey} kept changing under concurrent publishes; ${attempts} merge attempts all lost the race. Re-run the job: the artifacts are in place.`,
        );
      }
      throw storeFailure(`merge of ${fullKey}`, this.store.bucket, err);
    });
    if (index.derived && written.content) {
      await this.writeDerived(index, fullKey, written.content, written.etag);
    }
    return { outcome: written.updated ? 'updated' : 'unchanged', attempts };
  }

  /**
   * Checksum files follow the index they describe. Another run may write the index after us and its
   * checksums before ours land, so after writing we re-check the index and re-derive until they agree.
   */
  private async writeDerived(
    index: IndexWrite,
    fullKey: string,
    content: Buffer,
    etag: string | undefined,
  ): Promise<void> {
    let body = content;
    let expected = normalizeEtag(etag);
    // Each round follows one more run that merged the index meanwhile: as many as merge attempts allow.
    for (let round = 0; round < (this.options.indexAttempts ?? 12); round++) {
      for (const d of index.derived!(body)) {
        await this.writeSideFile(d.key, d.body, d.contentType, index.cacheControl ?? INDEX_CACHE);
      }
      const now = await this.read(index.key);
      if (!now || normalizeEtag(now.etag) === expected || now.body.equals(body)) return;
      body = now.body;
      expected = normalizeEtag(now.etag);
    }
    throw new Error(`The checksum files of ${fullKey} could not be brought in line with it; re-run the job.`);
  }

  /**
   * Writes a file derived from an index (a checksum, an HTML page) unless it already holds `body`: created with
   * `If-None-Match: *`, replaced with `If-Match` on the ETag read (the bucket policy refuses an unconditional PUT),
   * and read again when another run wrote it in between, as the index merge does.
   */
  private async writeSideFile(
    relative: string,
    body: Buffer,
    contentType: string,
    cacheControl: string,
  ): Promise<void> {
    const Key = this.key(relative);
    await withRetry(
      async () => {
        const current = await this.read(relative);
        if (current?.body.equals(body)) return;
        const condition = current?.etag ? { IfMatch: current.etag } : { IfNoneMatch: '*' };
        await this.store.s3.send(
          new PutObjectCommand({
            Bucket: this.store.bucket,
            Key,
            Body: body,
            ContentType: contentType,
            CacheControl: cacheControl,
            ...condition,
          }),
        );
      },
      {
        attempts: this.options.indexAttempts ?? 12,
        baseDelayMs: 100,
        maxDelayMs: 3000,
        // 404: the file read was deleted before the If-Match write; read again and create it.
        retryable: (err) =>
          isPreconditionFailed(err) || isConditionalConflict(err) || isNotFound(err) || isTransient(err),
        sleep: this.options.sleep,
        random: this.options.random,
      },
    ).catch((err: unknown) => {
      throw storeFailure(`PUT ${Key}`, this.store.bucket, err);
    });
  }
}

/**
 * S3's composite checksum of a multipart upload of `artifact` in parts of `partSize` bytes: the SHA-256 of the
 * parts' SHA-256 digests, base64, `-<parts>`.
 */
async function compositeSha256(artifact: ArtifactWrite, partSize: number): Promise<string> {
  const digests: Buffer[] = [];
  let part = createHash('sha256');
  let filled = 0;
  const source = bodyOf(artifact);
  for await (const chunk of Buffer.isBuffer(source) ? [source] : source) {
    let data = chunk as Buffer;
    while (data.length > 0) {
      const take = Math.min(partSize - filled, data.length);
      part.update(data.subarray(0, take));
      filled += take;
      data = data.subarray(take);
      if (filled === partSize) {
        digests.push(part.digest());
        part = createHash('sha256');
        filled = 0;
      }
    }
  }
  if (filled > 0 || digests.length === 0) digests.push(part.digest());
  return `${createHash('sha256').update(Buffer.concat(digests)).digest('base64')}-${digests.length}`;
}

function bodyOf(artifact: ArtifactWrite): Buffer | Readable {
  // A stream factory is called once per attempt: a consumed stream cannot be sent again.
  return typeof artifact.body === 'function' ? (artifact.body() as Readable) : artifact.body;
}

/** Convenience: publish one plan. */
export function publishPlan(plan: PublishPlan, store: PackageStore, options: StoreOptions): Promise<PublishResult> {
  return new PackagePublisher(store, options).publish(plan);
}
