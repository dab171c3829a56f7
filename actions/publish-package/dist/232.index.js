"use strict";
exports.id = 232;
exports.ids = [232];
exports.modules = {

/***/ 58733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LN: () => (/* binding */ storeKey),
/* harmony export */   XT: () => (/* binding */ assertSafeRelativeKey),
/* harmony export */   iG: () => (/* binding */ normalizePrefix),
/* harmony export */   rI: () => (/* binding */ assertSafeSegment),
/* harmony export */   x6: () => (/* binding */ publicUrl)
/* harmony export */ });
/* unused harmony export unsafeSegmentReason */
/* harmony import */ var _runtime_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93353);

/**
 * Key safety: every S3 key this action writes is `<prefix>/<relative key>`, and every segment that comes
 * from a user (a name, a version, a file name) is checked here so that nothing can leave the system's prefix.
 */
/** Why a segment is refused, or undefined when it is safe. */
function unsafeSegmentReason(segment) {
    if (segment.length === 0)
        return 'it is empty';
    if (segment === '.' || segment === '..')
        return `'${segment}' would leave its folder`;
    if (segment.includes('/'))
        return 'it contains a slash';
    if (segment.includes('\\'))
        return 'it contains a backslash';
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
    if (/[\u0000-\u001f\u007f]/.test(segment))
        return 'it contains a control character';
    // A percent-encoded byte could be decoded by a CDN or client into a separator or a dot.
    if (/%[0-9a-f]{2}/i.test(segment))
        return 'it contains a percent-encoded character';
    if (segment.trim() !== segment)
        return 'it starts or ends with white space';
    if (segment.length > 255)
        return 'it is longer than 255 characters';
    return undefined;
}
/**
 * Checks one user-supplied path segment. `what` names it for the user, such as "npm package name
 * '@acme/../x'" or "zip version '1.0/..'".
 */
function assertSafeSegment(segment, what) {
    const reason = unsafeSegmentReason(segment);
    if (reason)
        throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The ${what} is not allowed: ${reason}. Use letters, digits, '.', '-' and '_'.`);
    return segment;
}
/**
 * Checks a key relative to the system's prefix: no leading slash, no empty, dot or encoded segments.
 * A trailing slash is allowed (the PEP 503 page of a project is served at `simple/<name>/`).
 */
function assertSafeRelativeKey(key) {
    if (key.length === 0)
        throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('An empty object key was planned; this is not allowed.');
    if (key.startsWith('/'))
        throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The key '${key}' is absolute; keys are relative to the prefix.`);
    if (key.length > 900)
        throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The key '${key.slice(0, 80)}...' is too long for S3.`);
    const segments = key.endsWith('/') ? key.slice(0, -1).split('/') : key.split('/');
    for (const segment of segments) {
        const reason = unsafeSegmentReason(segment);
        if (reason)
            throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The key '${key}' is not allowed: a segment '${segment}': ${reason}.`);
    }
    return key;
}
/** Checks the system's prefix (from the policy or the `prefix` input) and drops surrounding slashes. */
function normalizePrefix(prefix) {
    const trimmed = prefix.replace(/^\/+|\/+$/g, '');
    if (!trimmed)
        throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("Input 'prefix' is empty; the package store needs the system's prefix.");
    for (const segment of trimmed.split('/')) {
        const reason = unsafeSegmentReason(segment);
        if (reason)
            throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The prefix '${prefix}' is not allowed: a segment '${segment}': ${reason}.`);
    }
    return trimmed;
}
/** `<prefix>/<key>`, both checked: the only way a full key is built. */
function storeKey(prefix, relativeKey) {
    return `${normalizePrefix(prefix)}/${assertSafeRelativeKey(relativeKey)}`;
}
/** The public URL of a relative key: segments are percent-encoded, slashes kept. */
function publicUrl(storeUrl, relativeKey) {
    const encoded = relativeKey.split('/').map((s) => encodeURIComponent(s).replace(/%40/g, '@'));
    return `${storeUrl.replace(/\/+$/, '')}/${encoded.join('/')}`;
}


/***/ }),

/***/ 4232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MULTIPART_THRESHOLD: () => (/* binding */ MULTIPART_THRESHOLD),
/* harmony export */   PackagePublisher: () => (/* binding */ PackagePublisher),
/* harmony export */   StoreRequestError: () => (/* binding */ StoreRequestError),
/* harmony export */   fileArtifact: () => (/* binding */ fileArtifact),
/* harmony export */   isPreconditionFailed: () => (/* binding */ isPreconditionFailed),
/* harmony export */   isTransient: () => (/* binding */ isTransient),
/* harmony export */   publishPlan: () => (/* binding */ publishPlan)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(53711);
/* harmony import */ var _aws_sdk_lib_storage__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22358);
/* harmony import */ var p_limit__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58890);
/* harmony import */ var p_limit__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(p_limit__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _runtime_errors__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(93353);
/* harmony import */ var _runtime_retry__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(24290);
/* harmony import */ var _paths__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(58733);









const MULTIPART_THRESHOLD = 16 * 1024 * 1024;
const PART_SIZE = 8 * 1024 * 1024;
const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
const INDEX_CACHE = 'no-cache';
function status(err) {
    return err?.$metadata?.httpStatusCode ?? 0;
}
/** The key exists (If-None-Match) or changed since it was read (If-Match). */
function isPreconditionFailed(err) {
    return status(err) === 412 || err?.name === 'PreconditionFailed';
}
/** Two conditional writes raced on the same key; S3 asks the loser to retry. */
function isConditionalConflict(err) {
    return status(err) === 409 || err?.name === 'ConditionalRequestConflict';
}
function isNotFound(err) {
    const name = err?.name;
    return status(err) === 404 || name === 'NoSuchKey' || name === 'NotFound';
}
/** Throttling, server errors and dropped connections: worth another attempt after the SDK's own. */
function isTransient(err) {
    const e = err;
    const s = status(err);
    return (s >= 500 ||
        s === 429 ||
        ['SlowDown', 'Throttling', 'ThrottlingException', 'RequestTimeout', 'TimeoutError', 'InternalError'].includes(e?.name ?? '') ||
        ['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ECONNREFUSED'].includes(e?.code ?? ''));
}
/** An artifact read from disk: small files are held in memory, large ones streamed (and re-opened on retry). */
async function fileArtifact(path, key, contentType, algorithms = ['sha256']) {
    const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path);
    const wanted = algorithms.includes('sha256') ? algorithms : [...algorithms, 'sha256'];
    const digests = {};
    if (size <= MULTIPART_THRESHOLD) {
        const body = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(path);
        for (const a of wanted)
            digests[a] = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(a).update(body).digest('hex');
        return { artifact: { key, body, size, contentType, sha256: digests.sha256 }, digests };
    }
    const hashes = wanted.map((a) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(a));
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { highWaterMark: 1024 * 1024 })) {
        for (const h of hashes)
            h.update(chunk);
    }
    wanted.forEach((a, i) => (digests[a] = hashes[i].digest('hex')));
    return {
        artifact: {
            key,
            body: () => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { highWaterMark: 1024 * 1024 }),
            size,
            contentType,
            sha256: digests.sha256,
        },
        digests,
    };
}
function normalizeEtag(etag) {
    return etag?.replace(/^W\//, '').replace(/"/g, '');
}
/**
 * A request to the store that failed for good. Names the bucket and key (the SDK's own message may be a bare
 * 'UnknownError' for an answer without a body) and keeps the SDK error's status, so callers still tell 404/412 apart.
 */
class StoreRequestError extends Error {
    $metadata;
    code;
    constructor(what, bucket, cause) {
        const e = cause;
        const s = status(cause);
        const detail = [
            e?.name && e.name !== 'Error' ? e.name : undefined,
            s ? `HTTP ${s}` : undefined,
            (0,_runtime_errors__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(cause),
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
function storeFailure(what, bucket, err) {
    if (err instanceof StoreRequestError ||
        (0,_runtime_errors__WEBPACK_IMPORTED_MODULE_5__/* .isConfigurationError */ .p0)(err) ||
        isNotFound(err) ||
        isPreconditionFailed(err) ||
        isConditionalConflict(err)) {
        return err;
    }
    return new StoreRequestError(what, bucket, err);
}
class PackagePublisher {
    store;
    options;
    logger;
    constructor(store, options) {
        this.store = store;
        this.options = options;
        this.logger = options.logger;
    }
    key(relative) {
        return (0,_paths__WEBPACK_IMPORTED_MODULE_6__/* .storeKey */ .LN)(this.store.prefix, relative);
    }
    retry(what, operation) {
        return (0,_runtime_retry__WEBPACK_IMPORTED_MODULE_7__/* .withRetry */ .bD)(operation, {
            attempts: 4,
            baseDelayMs: 500,
            maxDelayMs: 8000,
            retryable: isTransient,
            sleep: this.options.sleep,
            random: this.options.random,
            onRetry: (err, attempt, delay) => this.logger.info(`S3 did not answer ${what} (${(0,_runtime_errors__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}); attempt ${attempt + 1} in ${delay} ms.`),
        }).catch((err) => {
            throw storeFailure(what, this.store.bucket, err);
        });
    }
    /** The object's body and ETag, or undefined when it does not exist. */
    async read(relative) {
        const Key = this.key(relative);
        try {
            return await this.retry(`GET ${Key}`, async () => {
                const res = await this.store.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_8__.GetObjectCommand({ Bucket: this.store.bucket, Key }));
                const bytes = await res.Body.transformToByteArray();
                return { body: Buffer.from(bytes), etag: res.ETag };
            });
        }
        catch (err) {
            if (isNotFound(err))
                return undefined;
            throw err;
        }
    }
    /** The sha256 of a stored object: its `sha256` metadata, else computed from its content; undefined if absent. */
    async storedSha256(fullKey) {
        let head;
        try {
            head = await this.retry(`HEAD ${fullKey}`, () => this.store.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_8__.HeadObjectCommand({ Bucket: this.store.bucket, Key: fullKey })));
        }
        catch (err) {
            if (isNotFound(err))
                return undefined;
            throw err;
        }
        const recorded = head.Metadata?.sha256;
        if (recorded && /^[0-9a-f]{64}$/.test(recorded))
            return recorded;
        return this.retry(`GET ${fullKey}`, async () => {
            const res = await this.store.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_8__.GetObjectCommand({ Bucket: this.store.bucket, Key: fullKey }));
            const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
            for await (const chunk of res.Body)
                hash.update(chunk);
            return hash.digest('hex');
        });
    }
    /**
     * The keys of `fullKeys` that exist, from one listing of their common folder: a new version of many files
     * costs one request instead of a HEAD per file. Undefined (check each key) for a few keys, or when
     * listing is not allowed.
     */
    async presentKeys(fullKeys) {
        if (fullKeys.length <= 4)
            return undefined;
        let common = fullKeys[0].slice(0, fullKeys[0].lastIndexOf('/') + 1);
        for (const k of fullKeys)
            while (!k.startsWith(common))
                common = common.slice(0, common.slice(0, -1).lastIndexOf('/') + 1);
        if (common === '' || common === `${this.store.prefix}/`)
            return undefined;
        const found = new Set();
        try {
            let token;
            let pages = 0;
            do {
                // A folder shared with many published files costs more to list than a HEAD per planned key.
                if (++pages > 3)
                    return undefined;
                const page = await this.retry(`LIST ${common}`, () => this.store.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_8__.ListObjectsV2Command({ Bucket: this.store.bucket, Prefix: common, ContinuationToken: token })));
                for (const o of page.Contents ?? [])
                    if (o.Key)
                        found.add(o.Key);
                token = page.IsTruncated ? page.NextContinuationToken : undefined;
            } while (token);
        }
        catch (err) {
            if (status(err) === 403)
                return undefined;
            throw err;
        }
        return found;
    }
    conflict(plan, conflicts) {
        const lines = conflicts.map((c) => `  ${c.key}: stored sha256 ${c.stored}, this file ${c.planned}`);
        return new _runtime_errors__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`${plan.type} ${plan.name} ${plan.version} is already published with different content:\n${lines.join('\n')}\n` +
            `Versions are immutable: publish a new version (nothing of ${plan.version} was written by this run).`);
    }
    async publish(plan) {
        const limit = p_limit__WEBPACK_IMPORTED_MODULE_4___default()(this.options.fileConcurrency ?? 10);
        const artifacts = plan.artifacts.map((a) => ({ artifact: a, fullKey: this.key(a.key) }));
        const indexKeys = plan.indexes.map((i) => this.key(i.key));
        // Every key is checked before the first write: a conflict leaves the store as it was.
        const present = await this.presentKeys(artifacts.map((a) => a.fullKey));
        const stored = await Promise.all(artifacts.map(({ fullKey }) => limit(() => (present && !present.has(fullKey) ? Promise.resolve(undefined) : this.storedSha256(fullKey)))));
        const conflicts = artifacts
            .map(({ artifact, fullKey }, i) => ({ key: fullKey, stored: stored[i], planned: artifact.sha256 }))
            .filter((c) => c.stored !== undefined && c.stored !== c.planned);
        if (conflicts.length)
            throw this.conflict(plan, conflicts);
        for (const index of plan.indexes) {
            if (index.validate)
                index.validate((await this.read(index.key))?.body);
        }
        const outcomes = await Promise.all(artifacts.map(({ artifact, fullKey }, i) => limit(async () => {
            if (stored[i] !== undefined)
                return 'unchanged';
            return this.writeArtifact(plan, artifact, fullKey);
        })));
        const result = {
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
    putParams(artifact, fullKey) {
        return {
            Bucket: this.store.bucket,
            Key: fullKey,
            ContentType: artifact.contentType,
            ContentLength: artifact.size,
            CacheControl: IMMUTABLE_CACHE,
            Metadata: { sha256: artifact.sha256 },
            IfNoneMatch: '*',
        };
    }
    async writeArtifact(plan, artifact, fullKey) {
        try {
            if (artifact.size > (this.options.multipartThreshold ?? MULTIPART_THRESHOLD)) {
                await this.retry(`multipart upload of ${fullKey}`, () => this.multipart(artifact, fullKey));
            }
            else {
                // S3 verifies the body against the sha256 already computed, and the SDK need not checksum it again.
                const ChecksumSHA256 = Buffer.from(artifact.sha256, 'hex').toString('base64');
                await this.retry(`PUT ${fullKey}`, () => this.store.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_8__.PutObjectCommand({ ...this.putParams(artifact, fullKey), ChecksumSHA256, Body: bodyOf(artifact) })));
            }
            return 'created';
        }
        catch (err) {
            if (!isPreconditionFailed(err))
                throw err;
            // Another run wrote this key since it was checked: identical is fine, different is a conflict.
            const now = await this.storedSha256(fullKey);
            if (now === artifact.sha256)
                return 'unchanged';
            throw this.conflict(plan, [{ key: fullKey, stored: now ?? 'unknown', planned: artifact.sha256 }]);
        }
    }
    async multipart(artifact, fullKey) {
        const params = this.putParams(artifact, fullKey);
        delete params.ContentLength;
        // lib-storage passes IfNoneMatch on to CompleteMultipartUpload, where S3 checks it.
        const upload = new _aws_sdk_lib_storage__WEBPACK_IMPORTED_MODULE_3__/* .Upload */ ._({
            client: this.store.s3,
            // Each part checksummed with SHA-256 (native, unlike the SDK's default CRC32) and verified by S3.
            params: { ...params, ChecksumAlgorithm: 'SHA256', Body: bodyOf(artifact) },
            partSize: this.options.partSize ?? PART_SIZE,
            queueSize: this.options.partConcurrency ?? 4,
            leavePartsOnError: false,
        });
        await upload.done();
    }
    /** GET (ETag) -> merge -> conditional PUT, again from the top on 412; then the derived checksum files. */
    async updateIndex(index, fullKey) {
        let attempts = 0;
        const written = await (0,_runtime_retry__WEBPACK_IMPORTED_MODULE_7__/* .withRetry */ .bD)(async () => {
            attempts++;
            const current = await this.read(index.key);
            const merged = index.merge(current?.body);
            if (merged === undefined)
                return { content: current?.body, etag: current?.etag, updated: false };
            const res = await this.store.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_8__.PutObjectCommand({
                Bucket: this.store.bucket,
                Key: fullKey,
                Body: merged,
                ContentType: index.contentType,
                CacheControl: index.cacheControl ?? INDEX_CACHE,
                ...(current?.etag ? { IfMatch: current.etag } : { IfNoneMatch: '*' }),
            }));
            return { content: merged, etag: res.ETag, updated: true };
        }, {
            attempts: this.options.indexAttempts ?? 12,
            baseDelayMs: 100,
            maxDelayMs: 3000,
            retryable: (err) => isPreconditionFailed(err) || isConditionalConflict(err) || isTransient(err),
            sleep: this.options.sleep,
            random: this.options.random,
            onRetry: (err, attempt) => this.logger.debug(`${fullKey} changed while merging (${(0,_runtime_errors__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}); merge attempt ${attempt + 1}.`),
        }).catch((err) => {
            if (isPreconditionFailed(err) || isConditionalConflict(err)) {
                throw new Error(`${fullKey} kept changing under concurrent publishes; ${attempts} merge attempts all lost the race. Re-run the job: the artifacts are in place.`);
            }
            throw storeFailure(`merge of ${fullKey}`, this.store.bucket, err);
        });
        if (index.derived && written.content) {
            await this.writeDerived(index, fullKey, written.content, written.etag, !written.updated);
        }
        return { outcome: written.updated ? 'updated' : 'unchanged', attempts };
    }
    /**
     * Checksum files follow the index they describe. Another run may write the index after us and its
     * checksums before ours land, so after writing we re-check the index and re-derive until they agree.
     */
    async writeDerived(index, fullKey, content, etag, 
    /** The index was unchanged: write only checksum files that are missing or stale (an earlier run stopped). */
    onlyIfDifferent) {
        let body = content;
        let expected = normalizeEtag(etag);
        // Each round follows one more run that merged the index meanwhile: as many as merge attempts allow.
        for (let round = 0; round < (this.options.indexAttempts ?? 12); round++) {
            for (const d of index.derived(body)) {
                if (onlyIfDifferent && (await this.read(d.key))?.body.equals(d.body))
                    continue;
                const Key = this.key(d.key);
                await this.retry(`PUT ${Key}`, () => this.store.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_8__.PutObjectCommand({
                    Bucket: this.store.bucket,
                    Key,
                    Body: d.body,
                    ContentType: d.contentType,
                    CacheControl: index.cacheControl ?? INDEX_CACHE,
                })));
            }
            const now = await this.read(index.key);
            if (!now || normalizeEtag(now.etag) === expected || now.body.equals(body))
                return;
            body = now.body;
            expected = normalizeEtag(now.etag);
        }
        throw new Error(`The checksum files of ${fullKey} could not be brought in line with it; re-run the job.`);
    }
}
function bodyOf(artifact) {
    // A stream factory is called once per attempt: a consumed stream cannot be sent again.
    return typeof artifact.body === 'function' ? artifact.body() : artifact.body;
}
/** Convenience: publish one plan. */
function publishPlan(plan, store, options) {
    return new PackagePublisher(store, options).publish(plan);
}


/***/ }),

/***/ 24290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JG: () => (/* binding */ defaultSleep),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
/* unused harmony export backoffDelay */
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function backoffDelay(attempt, baseDelayMs, maxDelayMs, random) {
    const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
async function withRetry(operation, options) {
    const sleep = options.sleep ?? defaultSleep;
    const random = options.random ?? Math.random;
    for (let attempt = 1;; attempt++) {
        try {
            return await operation(attempt);
        }
        catch (err) {
            if (attempt >= options.attempts || !options.retryable(err))
                throw err;
            const asked = options.retryAfterMs?.(err);
            const delay = asked !== undefined
                ? Math.min(asked, options.maxDelayMs)
                : backoffDelay(attempt, options.baseDelayMs, options.maxDelayMs, random);
            options.onRetry?.(err, attempt, delay);
            await sleep(delay);
        }
    }
}
/** Parses a Retry-After header (seconds or an HTTP date) into milliseconds. */
function parseRetryAfter(value, now = Date.now) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const at = Date.parse(value);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now());
}


/***/ })

};
;