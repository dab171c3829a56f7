import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  HeadObjectCommand,
  paginateListObjectsV2,
  PutObjectCommand,
  type PutObjectCommandInput,
  type CompletedPart,
  type S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import pLimit from 'p-limit';
import { ConfigurationError, errorMessage, isConfigurationError } from '../runtime/errors';
import type { Logger } from '../runtime/logger';
import { withRetry } from '../runtime/retry';
import {
  awsErrorName,
  awsErrorStatus,
  isAccessDenied,
  isConditionalConflict,
  isNotFound,
  isPreconditionFailed,
  isTransientAwsError,
} from '../aws/errors';
import { BodyBuffers } from './file-body';
import { compositeOf, digestFile, fileStream, PartHasher, partSizeFor, type PartDigests } from './file-digest';
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
  /** The part size of every multipart upload; by default 8 MiB, more for a file of over 10,000 parts (partSizeFor). */
  partSize?: number;
  /** Parts of one file in flight at once, within `bodyMemory`. */
  partConcurrency?: number;
  /** Files in flight at once. */
  fileConcurrency?: number;
  /** Memory for file bodies read before they are sent, used again (file-body.ts); larger bodies are streamed. */
  bodyMemory?: number;
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
const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
const INDEX_CACHE = 'no-cache';
/** Attempts of a request with a streamed body, which only this layer retries (the SDK's default is 3). */
const STREAMED_ATTEMPTS = 3;

/**
 * An artifact read from disk: its checksums (`algorithms`, sha256 always, and the SHA-256 of each part of a file
 * that goes by multipart upload) from one read. The file is read again when it is sent, a body (the file, or one
 * part) at a time, into the publisher's reused buffers: nothing of it is held from planning to upload.
 */
export async function fileArtifact(
  path: string,
  key: string,
  contentType: string,
  algorithms: string[] = ['sha256'],
): Promise<{ artifact: ArtifactWrite; digests: Record<string, string> }> {
  const wanted = algorithms.includes('sha256') ? algorithms : [...algorithms, 'sha256'];
  const { size: planned } = await stat(path);
  const multipart = planned > MULTIPART_THRESHOLD;
  const { size, digests, parts } = await digestFile(path, wanted, multipart ? partSizeFor(planned) : undefined);
  return {
    artifact: { key, body: { path }, size, contentType, sha256: digests.sha256, parts },
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
    const name = awsErrorName(cause);
    const s = awsErrorStatus(cause);
    const detail = [name && name !== 'Error' ? name : undefined, s ? `HTTP ${s}` : undefined, errorMessage(cause)]
      .filter((part, i, all) => part && all.indexOf(part) === i)
      .join(', ');
    super(`S3 request ${what} in s3://${bucket} failed: ${detail}`, { cause });
    this.name = 'StoreRequestError';
    this.$metadata = (cause as StoreRequestError | undefined)?.$metadata;
    this.code = (cause as StoreRequestError | undefined)?.code;
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
  private readonly bodies: BodyBuffers;
  constructor(
    private readonly store: PackageStore,
    private readonly options: StoreOptions,
  ) {
    this.logger = options.logger;
    this.bodies = new BodyBuffers(options.bodyMemory);
  }

  private key(relative: string): string {
    return storeKey(this.store.prefix, relative);
  }

  /** One request to the store: the SDK retries throttling and server errors; a final failure names bucket and key. */
  private request<T>(what: string, operation: () => Promise<T>): Promise<T> {
    return operation().catch((err: unknown) => {
      throw storeFailure(what, this.store.bucket, err);
    });
  }

  /** The object's body and ETag, or undefined when it does not exist. */
  async read(relative: string): Promise<{ body: Buffer; etag?: string } | undefined> {
    const Key = this.key(relative);
    try {
      return await this.request(`GET ${Key}`, async () => {
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
      head = await this.request(`HEAD ${fullKey}`, () =>
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
    if (checksum && artifact && checksum === compositeOf(await this.partDigests(artifact))) return artifact.sha256;
    return this.request(`GET ${fullKey}`, async () => {
      const res = await this.store.s3.send(new GetObjectCommand({ Bucket: this.store.bucket, Key: fullKey }));
      const hash = createHash('sha256');
      for await (const chunk of res.Body as Readable) hash.update(chunk as Buffer);
      return hash.digest('hex');
    });
  }

  /** The SHA-256 of each part of `artifact` in this store's part size: computed while planning, else read now. */
  private async partDigests(artifact: ArtifactWrite): Promise<PartDigests> {
    const size = this.options.partSize ?? partSizeFor(artifact.size);
    if (artifact.parts?.size === size) return artifact.parts;
    const hasher = new PartHasher(size);
    const body = artifact.body;
    for await (const chunk of Buffer.isBuffer(body) ? [body] : fileStream(body.path)) hasher.update(chunk as Buffer);
    return hasher.finish();
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
      const complete = await this.request(`LIST ${common}`, async () => {
        let pages = 0;
        for await (const page of paginateListObjectsV2(
          { client: this.store.s3 },
          { Bucket: this.store.bucket, Prefix: common },
        )) {
          for (const o of page.Contents ?? []) if (o.Key) found.add(o.Key);
          // A folder shared with many published files costs more to list than a HEAD per planned key.
          if (++pages === 3 && page.IsTruncated) return false;
        }
        return true;
      });
      if (!complete) return undefined;
    } catch (err) {
      if (isAccessDenied(err)) return undefined;
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
        await this.request(`PUT ${fullKey}`, () =>
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
        await this.request(`multipart upload of ${fullKey}`, () => this.multipart(artifact, fullKey));
      } else {
        // S3 verifies the body against the sha256 already computed, and the SDK need not checksum it again.
        const ChecksumSHA256 = Buffer.from(artifact.sha256, 'hex').toString('base64');
        await this.request(`PUT ${fullKey}`, () =>
          this.sendBody(artifact, undefined, (Body) =>
            this.store.s3.send(
              new PutObjectCommand({
                ...this.putParams(artifact, fullKey),
                ChecksumAlgorithm: 'SHA256',
                ChecksumSHA256,
                Body,
              }),
            ),
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

  /**
   * A multipart upload with each part read from the file and sent with its SHA-256 from planning (S3 verifies it;
   * nothing is hashed again), `partConcurrency` parts at once, each held only while it is sent. `If-None-Match: *` goes with
   * the completion, where S3 checks it. A part that fails aborts the upload; the caller's retry starts it again.
   */
  private async multipart(artifact: ArtifactWrite, fullKey: string): Promise<void> {
    const parts = await this.partDigests(artifact);
    const { ContentLength: _whole, ...params } = this.putParams(artifact, fullKey);
    const { UploadId } = await this.store.s3.send(
      new CreateMultipartUploadCommand({ ...params, ChecksumAlgorithm: 'SHA256' }),
    );
    if (!UploadId) throw new Error(`S3 started no multipart upload of ${fullKey} (no UploadId in its answer)`);
    const upload = { Bucket: this.store.bucket, Key: fullKey, UploadId };
    try {
      const Parts = await this.uploadParts(artifact, parts, upload);
      await this.store.s3.send(
        new CompleteMultipartUploadCommand({ ...upload, MultipartUpload: { Parts }, IfNoneMatch: '*' }),
      );
    } catch (err) {
      await this.store.s3.send(new AbortMultipartUploadCommand(upload)).catch(() => undefined);
      throw err;
    }
  }

  /** Sends the parts; after a failure, sends no more and waits for those in flight before reporting it. */
  private async uploadParts(
    artifact: ArtifactWrite,
    parts: PartDigests,
    upload: { Bucket: string; Key: string; UploadId: string },
  ): Promise<CompletedPart[]> {
    const limit = pLimit(this.options.partConcurrency ?? 4);
    let failure: { err: unknown } | undefined;
    const sent = await Promise.all(
      parts.sha256.map((ChecksumSHA256, i) =>
        limit(async () => {
          if (failure) return undefined;
          const start = i * parts.size;
          const end = Math.min(start + parts.size, artifact.size);
          try {
            const { ETag } = await this.sendBody(artifact, { start, end }, (Body) =>
              this.store.s3.send(
                new UploadPartCommand({
                  ...upload,
                  PartNumber: i + 1,
                  Body,
                  ContentLength: end - start,
                  ChecksumSHA256,
                }),
              ),
            );
            return { PartNumber: i + 1, ETag, ChecksumSHA256 };
          } catch (err) {
            failure ??= { err };
            return undefined;
          }
        }),
      ),
    );
    if (failure) throw failure.err;
    return sent as CompletedPart[];
  }

  /**
   * Sends a request whose body is the artifact, or bytes `start` to `end` of it. A buffer goes to the SDK, which
   * retries it itself. A file is read into the publisher's buffers and sent from them (a body larger than those is
   * streamed from the file); the SDK never retries a stream body, so this one layer sends it again after throttling,
   * a server error or a dropped connection.
   */
  private async sendBody<T>(
    artifact: ArtifactWrite,
    range: { start: number; end: number } | undefined,
    send: (body: Buffer | Readable) => Promise<T>,
  ): Promise<T> {
    const body = artifact.body;
    if (Buffer.isBuffer(body)) return send(range ? body.subarray(range.start, range.end) : body);
    const { start, end } = range ?? { start: 0, end: artifact.size };
    if (!this.bodies.fits(end - start)) {
      return this.sendStreamed(artifact, () => sendStream(fileStream(body.path, { start, end }), send));
    }
    const held = await this.bodies.read(body.path, start, end);
    try {
      return await this.sendStreamed(artifact, () => sendStream(held.stream(), send));
    } finally {
      held.release();
    }
  }

  private sendStreamed<T>(artifact: ArtifactWrite, attempt: () => Promise<T>): Promise<T> {
    return withRetry(attempt, {
      attempts: STREAMED_ATTEMPTS,
      baseDelayMs: 200,
      maxDelayMs: 5_000,
      retryable: isTransientAwsError,
      sleep: this.options.sleep,
      random: this.options.random,
      onRetry: (err, attempt) =>
        this.logger.warning(
          `S3 did not take ${this.store.bucket}/${artifact.key} (attempt ${attempt}): ${errorMessage(err)}`,
        ),
    });
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
        if (merged === undefined)
          return { content: current?.body, etag: current?.etag, updated: false, created: false };
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
        return { content: merged, etag: res.ETag, updated: true, created: !current };
      },
      {
        attempts: this.options.indexAttempts ?? 12,
        baseDelayMs: 100,
        maxDelayMs: 3000,
        // Only a lost race is tried again: the SDK has already retried throttling and server errors.
        retryable: (err) => isPreconditionFailed(err) || isConditionalConflict(err),
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
      await this.writeDerived(index, fullKey, written.content, written.etag, written.created);
    }
    return { outcome: written.updated ? 'updated' : 'unchanged', attempts };
  }

  /**
   * Checksum files follow the index they describe. Another run may write the index after us and its
   * checksums before ours land, so after writing we re-check the index and re-derive until they agree.
   * `created`: this run created the index, so its side files are new too and are created without reading first.
   */
  private async writeDerived(
    index: IndexWrite,
    fullKey: string,
    content: Buffer,
    etag: string | undefined,
    created: boolean,
  ): Promise<void> {
    let body = content;
    let expected = normalizeEtag(etag);
    // Each round follows one more run that merged the index meanwhile: as many as merge attempts allow.
    for (let round = 0; round < (this.options.indexAttempts ?? 12); round++) {
      for (const d of index.derived!(body)) {
        await this.writeSideFile(
          d.key,
          d.body,
          d.contentType,
          index.cacheControl ?? INDEX_CACHE,
          created && round === 0,
        );
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
   * and read again when another run wrote it in between, as the index merge does. `absent`: expected not to exist
   * (its index was just created), so the first attempt creates it without reading it first.
   */
  private async writeSideFile(
    relative: string,
    body: Buffer,
    contentType: string,
    cacheControl: string,
    absent: boolean,
  ): Promise<void> {
    const Key = this.key(relative);
    let unread = absent;
    await withRetry(
      async () => {
        const current = unread ? undefined : await this.read(relative);
        unread = false;
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
        retryable: (err) => isPreconditionFailed(err) || isConditionalConflict(err) || isNotFound(err),
        sleep: this.options.sleep,
        random: this.options.random,
      },
    ).catch((err: unknown) => {
      throw storeFailure(`PUT ${Key}`, this.store.bucket, err);
    });
  }
}

/** Sends a request with a stream body, then ends the stream, read or not (a refused request may leave it unread). */
async function sendStream<T>(body: Readable, send: (body: Readable) => Promise<T>): Promise<T> {
  try {
    return await send(body);
  } finally {
    body.destroy();
  }
}

/** Convenience: publish one plan. */
export function publishPlan(plan: PublishPlan, store: PackageStore, options: StoreOptions): Promise<PublishResult> {
  return new PackagePublisher(store, options).publish(plan);
}
