"use strict";
exports.id = 30;
exports.ids = [30];
exports.modules = {

/***/ 9978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BV: () => (/* binding */ UploadRestartError),
/* harmony export */   IR: () => (/* binding */ isRetryableRegistryError),
/* harmony export */   Je: () => (/* binding */ repositoryOfUrl),
/* harmony export */   Qp: () => (/* binding */ RegistryConnectionError),
/* harmony export */   TX: () => (/* binding */ isNetworkError),
/* harmony export */   gl: () => (/* binding */ RegistryError)
/* harmony export */ });
/** A registry answered with an error status; `code` is the distribution-spec error code when it sent one. */
class RegistryError extends Error {
    method;
    url;
    status;
    code;
    retryAfter;
    constructor(method, url, status, code, detail, retryAfter) {
        super(`${method} ${url} answered ${status}${code ? ` ${code}` : ''}${detail ? `: ${detail}` : ''}`);
        this.method = method;
        this.url = url;
        this.status = status;
        this.code = code;
        this.retryAfter = retryAfter;
        this.name = 'RegistryError';
    }
}
/** Every attempt of a request lost its connection: names the registry, the request and the repository. */
class RegistryConnectionError extends Error {
    host;
    operation;
    repository;
    attempts;
    constructor(host, operation, repository, attempts, cause) {
        const detail = connectionDetail(cause);
        super(`The registry ${host} dropped the connection on ${operation}${repository ? ` (repository ${repository})` : ''}` +
            `${attempts ? ` on all ${attempts} attempts` : ''}: ${detail}. Check that ${host} is reachable from the runner.`, { cause });
        this.host = host;
        this.operation = operation;
        this.repository = repository;
        this.attempts = attempts;
        this.name = 'RegistryConnectionError';
    }
}
/** Node's fetch says only 'fetch failed'; the socket error under it says what happened. */
function connectionDetail(err) {
    const parts = [];
    for (let e = err, depth = 0; e && depth < 5; e = e.cause, depth++) {
        const code = e.code;
        const message = e instanceof Error ? e.message : String(e);
        parts.push(code && !message.includes(code) ? `${message} (${code})` : message);
    }
    return parts.join(': ') || 'no answer';
}
/** The repository a distribution API URL addresses (`/v2/<name>/manifests/...`), if it is one. */
function repositoryOfUrl(url) {
    try {
        return /^\/v2\/(.+?)\/(?:blobs|manifests|tags|referrers)\//.exec(new URL(url).pathname)?.[1];
    }
    catch {
        return undefined;
    }
}
/** An upload session the registry no longer accepts at our offset: the blob starts over. */
class UploadRestartError extends Error {
    constructor(reason) {
        super(`blob upload must start over: ${reason}`);
        this.name = 'UploadRestartError';
    }
}
const NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
]);
/** A dropped or reset connection (Node's fetch wraps it as `TypeError: fetch failed` with a cause). */
function isNetworkError(err) {
    for (let e = err, depth = 0; e && depth < 5; e = e.cause, depth++) {
        const code = e.code;
        if (code && NETWORK_CODES.has(code))
            return true;
        const message = e instanceof Error ? e.message : '';
        if (/socket hang up|other side closed|terminated|fetch failed|ECONNRESET/i.test(message))
            return true;
    }
    return false;
}
/** Throttling, server errors and dropped connections are worth another attempt; anything else is not. */
function isRetryableRegistryError(err) {
    if (err instanceof RegistryError)
        return err.status === 429 || err.status >= 500;
    if (err instanceof UploadRestartError)
        return true;
    return isNetworkError(err);
}


/***/ }),

/***/ 23030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bP: () => (/* binding */ RegistryClient),
  gp: () => (/* binding */ manifestMediaType)
});

// UNUSED EXPORTS: ecrActionFor, nextPageLink

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js
var p_limit = __webpack_require__(58890);
var p_limit_default = /*#__PURE__*/__webpack_require__.n(p_limit);
// EXTERNAL MODULE: ./shared/src/runtime/errors.ts
var errors = __webpack_require__(93353);
// EXTERNAL MODULE: ./shared/src/runtime/retry.ts
var retry = __webpack_require__(24290);
;// CONCATENATED MODULE: ./shared/src/oci/auth.ts

/** Parses a WWW-Authenticate header: `Bearer realm="https://auth.docker.io/token",service="...",scope="..."`. */
function parseAuthChallenge(header) {
    if (!header)
        return undefined;
    const match = /^\s*(\w+)\s*(.*)$/s.exec(header);
    if (!match)
        return undefined;
    const scheme = match[1].toLowerCase();
    if (scheme !== 'basic' && scheme !== 'bearer')
        return undefined;
    const params = {};
    const paramPattern = /([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?\s*/g;
    for (let m = paramPattern.exec(match[2]); m; m = paramPattern.exec(match[2])) {
        params[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3];
    }
    return { scheme, realm: params.realm, service: params.service, scope: params.scope };
}
/** The token scope of an operation on a repository. */
function repositoryScope(repository, actions) {
    return `repository:${repository}:${actions}`;
}
/** A private ECR registry's host (IPv4, dual-stack and FIPS endpoints): it takes Basic authentication only. */
const ECR_HOST = /^\d{12}\.dkr(-fips)?[.-]ecr(-fips)?\.[a-z0-9-]+\.(amazonaws\.com(\.cn)?|on\.aws)$/;
function isPrivateEcrHost(host) {
    return ECR_HOST.test(host);
}
/**
 * Answers the registry's challenge: basic credentials as they are, or a bearer token fetched from the
 * challenge's realm (with the credentials, or anonymously) and kept per scope until it expires.
 */
class RegistryAuthenticator {
    host;
    source;
    logger;
    fetchImpl;
    now;
    challenge;
    credentials;
    credentialsLoaded = false;
    tokens = new Map();
    constructor(host, source, logger, fetchImpl, now = Date.now) {
        this.host = host;
        this.source = source;
        this.logger = logger;
        this.fetchImpl = fetchImpl;
        this.now = now;
        // ECR answers every request without credentials with the same Basic challenge: send them from the first one.
        if (source && isPrivateEcrHost(host))
            this.challenge = { scheme: 'basic' };
    }
    /** Whether a challenge has been seen, so that requests can carry credentials from the start. */
    get knowsScheme() {
        return this.challenge !== undefined;
    }
    /** Learns the registry's scheme from a 401 answer. */
    learn(header) {
        const challenge = parseAuthChallenge(header);
        if (!challenge) {
            throw new errors/* ConfigurationError */.j1(`The registry ${this.host} asked for authentication with a scheme this action does not speak ('${header ?? ''}'); it supports Basic and Bearer token authentication.`);
        }
        this.challenge = challenge;
    }
    /** The Authorization header for a set of scopes, or undefined for anonymous access. */
    async header(scopes) {
        if (!this.challenge)
            return undefined;
        const credentials = await this.loadCredentials();
        if (this.challenge.scheme === 'basic') {
            if (!credentials) {
                throw new errors/* ConfigurationError */.j1(`The registry ${this.host} requires a user name and password. Set REGISTRY_USERNAME and REGISTRY_PASSWORD in the step's env.`);
            }
            return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
        }
        const key = [...scopes].sort().join(' ');
        const cached = this.tokens.get(key);
        if (cached) {
            const token = await cached;
            if (token.expiresAt > this.now())
                return token.header;
        }
        // Requests in flight at once share one token request per scope.
        const pending = this.fetchToken(scopes, credentials);
        this.tokens.set(key, pending);
        pending.catch(() => this.tokens.delete(key));
        return (await pending).header;
    }
    /** Forgets tokens and fetched credentials after the registry refused them, so the next try starts afresh. */
    async refresh() {
        this.tokens.clear();
        if (typeof this.source === 'function') {
            this.credentialsLoaded = false;
            this.credentials = undefined;
        }
    }
    async loadCredentials() {
        if (!this.credentialsLoaded) {
            this.credentials = typeof this.source === 'function' ? await this.source() : this.source;
            if (this.credentials?.password)
                this.logger.setSecret(this.credentials.password);
            this.credentialsLoaded = true;
        }
        return this.credentials;
    }
    async fetchToken(scopes, credentials) {
        const { realm, service } = this.challenge;
        if (!realm)
            throw new Error(`The registry ${this.host} sent a Bearer challenge without a realm.`);
        const url = new URL(realm);
        if (service)
            url.searchParams.set('service', service);
        for (const scope of scopes)
            url.searchParams.append('scope', scope);
        const headers = {};
        if (credentials) {
            headers.authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
        }
        const res = await this.fetchImpl(url, { headers });
        const text = await res.text();
        if (res.status === 401 || res.status === 403) {
            throw new errors/* ConfigurationError */.j1(`The token service ${url.origin} of ${this.host} refused ${credentials ? `the credentials of '${credentials.username}'` : 'anonymous access'} for ${scopes.join(' ')} (${res.status}). ${credentials ? 'Check REGISTRY_USERNAME and REGISTRY_PASSWORD.' : 'Set REGISTRY_USERNAME and REGISTRY_PASSWORD if the image is private.'}`);
        }
        if (!res.ok)
            throw new Error(`The token service ${url.origin} answered ${res.status}: ${text.slice(0, 200)}`);
        const body = JSON.parse(text);
        const token = body.token ?? body.access_token;
        if (!token)
            throw new Error(`The token service ${url.origin} answered without a token.`);
        this.logger.setSecret(token);
        // Tokens default to 60 s by the spec; renew a little early so a request never carries an expired one.
        const lifetime = Math.max(10, (body.expires_in ?? 60) - 10) * 1000;
        return { header: `Bearer ${token}`, expiresAt: this.now() + lifetime };
    }
}

;// CONCATENATED MODULE: ./shared/src/oci/chunks.ts
/** The arithmetic of chunked blob uploads (distribution-spec `PATCH` with `Content-Range`). */
const DEFAULT_CHUNK_SIZE = 16 * 1024 * 1024;
/** ECR refuses upload parts under 5 MiB (except the last one). */
const MIN_CHUNK_SIZE = (/* unused pure expression or super */ null && (5 * 1024 * 1024));
/** The `Content-Range` of bytes [start, start+length): inclusive, without a unit, as registries expect. */
function contentRange(start, length) {
    return `${start}-${start + length - 1}`;
}
/**
 * How many bytes a registry holds of an upload, from its `Range: 0-<last>` header. distribution answers
 * `0-0` for an empty upload, so `0-0` counts as nothing (at worst one byte is sent again and refused).
 */
function receivedBytes(range) {
    if (!range)
        return 0;
    const m = /^(?:bytes=)?0-(\d+)$/.exec(range.trim());
    if (!m)
        return 0;
    const last = Number(m[1]);
    return last === 0 ? 0 : last + 1;
}
/** The [start, end) byte ranges of a blob of `size` bytes cut into chunks. */
function chunkRanges(size, chunkSize) {
    const out = [];
    for (let start = 0; start < size; start += chunkSize)
        out.push({ start, end: Math.min(size, start + chunkSize) });
    return out;
}
/** Reads a stream as buffers of exactly `size` bytes (the last one shorter), holding one chunk at a time. */
async function* readChunks(stream, size) {
    let pending = [];
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
    if (pendingBytes > 0)
        yield Buffer.concat(pending, pendingBytes);
}

// EXTERNAL MODULE: ./shared/src/oci/digest.ts
var oci_digest = __webpack_require__(88301);
// EXTERNAL MODULE: ./shared/src/oci/errors.ts
var oci_errors = __webpack_require__(9978);
// EXTERNAL MODULE: ./shared/src/oci/types.ts
var types = __webpack_require__(49140);
;// CONCATENATED MODULE: ./shared/src/oci/registry.ts












/** The chunks of a blob body, each read once and hashed by the caller. */
async function* bodyChunks(body, chunkSize) {
    if (Buffer.isBuffer(body)) {
        for (let at = 0; at < body.length; at += chunkSize)
            yield body.subarray(at, at + chunkSize);
        return;
    }
    if (typeof body === 'function') {
        const stream = body();
        try {
            yield* readChunks(stream, chunkSize);
        }
        finally {
            stream.destroy?.();
        }
        return;
    }
    const handle = await (0,promises_.open)(body.file, 'r');
    try {
        for (let position = 0;;) {
            const buffer = Buffer.allocUnsafe(chunkSize);
            let filled = 0;
            while (filled < chunkSize) {
                const { bytesRead } = await handle.read(buffer, filled, chunkSize - filled, position + filled);
                if (bytesRead === 0)
                    break;
                filled += bytesRead;
            }
            if (filled === 0)
                return;
            position += filled;
            yield filled === chunkSize ? buffer : buffer.subarray(0, filled);
            if (filled < chunkSize)
                return;
        }
    }
    finally {
        await handle.close();
    }
}
const OCTET_STREAM = 'application/octet-stream';
const MAX_UPLOAD_RESTARTS = 4;
/** A client of the OCI distribution API: auth, blob uploads that survive faults, manifests, tags, referrers. */
class RegistryClient {
    options;
    baseUrl;
    /** host[:port] as it appears in image references. */
    host;
    stats = {
        requests: 0,
        retries: 0,
        resumes: 0,
        restarts: 0,
        blobsUploaded: 0,
        blobsMounted: 0,
        blobsSkipped: 0,
        bytesUploaded: 0,
    };
    chunkSize;
    auth;
    limit;
    fetchImpl;
    logger;
    constructor(options) {
        this.options = options;
        this.baseUrl = options.baseUrl.replace(/\/+$/, '');
        this.host = new URL(this.baseUrl).host;
        this.logger = options.logger;
        this.fetchImpl = options.fetchImpl ?? fetch;
        this.chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
        this.limit = p_limit_default()(Math.max(1, options.concurrency ?? 4));
        this.auth = new RegistryAuthenticator(this.host, options.credentials, options.logger, this.fetchImpl);
    }
    // ---- blobs ----
    async headBlob(repo, digest) {
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
    pushBlob(repo, desc, body, opts = {}) {
        return this.limit(async () => {
            if (await this.headBlob(repo, desc.digest)) {
                this.stats.blobsSkipped++;
                return 'exists';
            }
            // The mount rides on the POST that starts an upload anyway: if the sibling lacks the blob, the registry
            // opens a plain upload session instead, so trying costs no extra request.
            let session;
            const from = (opts.mountFrom ?? []).find((r) => r !== repo);
            if (from) {
                const mounted = await this.mountBlob(repo, from, desc.digest);
                if (mounted === true) {
                    this.stats.blobsMounted++;
                    return 'mounted';
                }
                session = mounted;
            }
            if (desc.size <= this.chunkSize)
                await this.uploadMonolithic(repo, desc, body, session);
            else
                await this.uploadChunkedWithRestarts(repo, desc, body, session);
            this.stats.blobsUploaded++;
            return 'uploaded';
        });
    }
    /** A blob's bytes, checked against its digest. */
    async getBlob(repo, digest) {
        return this.retrying(async () => {
            const res = await this.send('GET', this.path(repo, `blobs/${digest}`), {
                scopes: [repositoryScope(repo, 'pull')],
                expect: [200],
            });
            const bytes = Buffer.from(await res.arrayBuffer());
            const actual = (0,oci_digest/* digestOf */.ol)(bytes);
            if (actual !== digest)
                throw new Error(`Blob ${digest} of ${this.host}/${repo} arrived with digest ${actual}.`);
            return bytes;
        });
    }
    /**
     * A stream of a blob's bytes, returned at once and filled as the download arrives (for mirroring, so a blob
     * passes from one registry to the other without a temporary file). The receiving upload checks the digest.
     */
    blobStream(repo, digest) {
        const out = new external_node_stream_.PassThrough();
        void this.retrying(() => this.send('GET', this.path(repo, `blobs/${digest}`), { scopes: [repositoryScope(repo, 'pull')], expect: [200] }))
            .then((res) => (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.fromWeb(res.body), out), (err) => out.destroy(err instanceof Error ? err : new Error(String(err))))
            .catch((err) => out.destroy(err instanceof Error ? err : new Error(String(err))));
        return out;
    }
    /** Streams a blob into a file, checked against its digest; a dropped download starts again. */
    async downloadBlob(repo, digest, file) {
        return this.retrying(async () => {
            const res = await this.send('GET', this.path(repo, `blobs/${digest}`), {
                scopes: [repositoryScope(repo, 'pull')],
                expect: [200],
            });
            const hash = new oci_digest/* DigestAccumulator */.Bu();
            const out = (0,external_node_fs_.createWriteStream)(file);
            try {
                for await (const piece of res.body) {
                    const buf = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
                    hash.update(buf);
                    if (!out.write(buf))
                        await new Promise((resolve) => out.once('drain', () => resolve()));
                }
                out.end();
                await (0,external_node_stream_promises_.finished)(out);
            }
            catch (err) {
                out.destroy();
                await (0,promises_.rm)(file, { force: true });
                throw err;
            }
            const actual = hash.digest();
            if (actual !== digest)
                throw new Error(`Blob ${digest} of ${this.host}/${repo} arrived with digest ${actual}.`);
            return hash.bytes;
        });
    }
    // ---- manifests ----
    /** A manifest's exact bytes, or undefined when the reference does not exist; checked when asked by digest. */
    async getManifest(repo, reference, accept = types/* MANIFEST_ACCEPT */.dY) {
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
            const digest = (0,oci_digest/* digestOf */.ol)(bytes);
            if ((0,oci_digest/* isDigest */.Bc)(reference) && digest !== reference) {
                throw new Error(`Manifest ${reference} of ${this.host}/${repo} arrived with digest ${digest}.`);
            }
            return { bytes, digest, mediaType: manifestMediaType(res.headers.get('content-type'), bytes) };
        });
    }
    async headManifest(repo, reference) {
        const res = await this.call('HEAD', this.path(repo, `manifests/${reference}`), {
            scopes: [repositoryScope(repo, 'pull')],
            headers: { accept: types/* MANIFEST_ACCEPT */.dY },
            expect: [200, 404],
        });
        if (res.status === 404)
            return undefined;
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
    async putManifest(repo, reference, manifest) {
        const digest = (0,oci_digest/* digestOf */.ol)(manifest.bytes);
        if ((0,oci_digest/* isDigest */.Bc)(reference) && reference !== digest) {
            throw new Error(`Manifest bytes hash to ${digest}, not to the reference ${reference} they were put under.`);
        }
        const res = await this.call('PUT', this.path(repo, `manifests/${reference}`), {
            scopes: [repositoryScope(repo, 'pull,push')],
            headers: { 'content-type': manifest.mediaType },
            body: manifest.bytes,
            expect: [201, 200],
            // The bytes were checked against the reference above, so DIGEST_INVALID here is the registry's own state:
            // a filesystem-backed registry reads a blob link another push is rewriting at that instant.
            retryAlso: (err) => err instanceof oci_errors/* RegistryError */.gl && err.status === 400 && err.code === 'DIGEST_INVALID',
        });
        const answered = res.headers.get('docker-content-digest');
        if (answered && answered !== digest) {
            throw new Error(`${this.host}/${repo} stored the manifest as ${answered}, but its bytes hash to ${digest}.`);
        }
        return { digest, subjectHeader: res.headers.get('oci-subject') ?? undefined };
    }
    async deleteManifest(repo, digest) {
        const res = await this.call('DELETE', this.path(repo, `manifests/${digest}`), {
            scopes: [`repository:${repo}:pull,push,delete`],
            expect: [200, 202, 404],
        });
        return res.status !== 404;
    }
    /** Every tag of a repository (following `Link` pages); none when the repository does not exist. */
    async listTags(repo) {
        const tags = [];
        let next = `${this.path(repo, 'tags/list')}?n=1000`;
        while (next) {
            const url = next;
            const page = await this.retrying(async () => {
                const res = await this.send('GET', url, { scopes: [repositoryScope(repo, 'pull')], expect: [200, 404] });
                if (res.status === 404) {
                    await drain(res);
                    return undefined;
                }
                return { body: (await res.json()), link: res.headers.get('link') };
            });
            if (!page)
                return [];
            tags.push(...(page.body.tags ?? []));
            const link = nextPageLink(page.link);
            next = link ? new URL(link, `${this.baseUrl}/`).toString() : undefined;
        }
        return tags;
    }
    /** The referrers of a manifest from the registry's referrers API; undefined when the registry has none. */
    async referrersApi(repo, digest, artifactType) {
        const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
        return this.retrying(async () => {
            const res = await this.send('GET', `${this.path(repo, `referrers/${digest}`)}${query}`, {
                scopes: [repositoryScope(repo, 'pull')],
                headers: { accept: types/* MEDIA_TYPES */.Z2.ociIndex },
                expect: [200, 404, 405],
            });
            if (res.status !== 200 || !(res.headers.get('content-type') ?? '').includes('json')) {
                await drain(res);
                return undefined;
            }
            return (await res.json());
        });
    }
    // ---- uploads ----
    async startUpload(repo) {
        const res = await this.call('POST', this.path(repo, 'blobs/uploads/'), {
            scopes: [repositoryScope(repo, 'pull,push')],
            expect: [202],
        });
        return this.location(res);
    }
    /** true when mounted; otherwise the upload session the registry opened instead. */
    async mountBlob(repo, from, digest) {
        try {
            const query = `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`;
            const res = await this.call('POST', `${this.path(repo, 'blobs/uploads/')}${query}`, {
                scopes: [repositoryScope(repo, 'pull,push'), repositoryScope(from, 'pull')],
                expect: [201, 202],
            });
            if (res.status === 201)
                return true;
            return this.location(res);
        }
        catch (err) {
            // A registry without mounts (or without permission on the sibling) still takes a plain upload.
            this.logger.debug(`Mounting ${digest} from ${from} failed, uploading it instead: ${String(err)}`);
            return undefined;
        }
    }
    async uploadMonolithic(repo, desc, body, session) {
        const bytes = Buffer.isBuffer(body) ? body : await readAll(body, desc.size);
        this.checkContent(repo, desc, bytes.length, (0,oci_digest/* digestOf */.ol)(bytes));
        let location = session;
        await this.retrying(async () => {
            const target = location ?? (await this.startUpload(repo));
            location = undefined;
            await drain(await this.send('PUT', withQuery(target, { digest: desc.digest }), {
                scopes: [repositoryScope(repo, 'pull,push')],
                headers: { 'content-type': OCTET_STREAM },
                body: bytes,
                expect: [201],
            }));
        });
        this.stats.bytesUploaded += bytes.length;
    }
    async uploadChunkedWithRestarts(repo, desc, body, session) {
        for (let restarts = 0;; restarts++) {
            try {
                await this.uploadChunked(repo, desc, body, restarts === 0 ? session : undefined);
                return;
            }
            catch (err) {
                if (!(err instanceof oci_errors/* UploadRestartError */.BV) || restarts >= MAX_UPLOAD_RESTARTS)
                    throw err;
                this.stats.restarts++;
                this.logger.debug(`${desc.digest}: ${err.message}`);
            }
        }
    }
    async uploadChunked(repo, desc, body, session) {
        let location = session ?? (await this.startUpload(repo));
        const hash = new oci_digest/* DigestAccumulator */.Bu();
        const scopes = [repositoryScope(repo, 'pull,push')];
        let offset = 0;
        for await (const chunk of bodyChunks(body, this.chunkSize)) {
            hash.update(chunk);
            const start = offset;
            location = await this.retrying(async (attempt) => {
                let skip = 0;
                if (attempt > 1) {
                    // Ask how much arrived before the fault and send only the rest of this chunk.
                    const status = await this.uploadStatus(location, scopes);
                    if (status.received < start || status.received > start + chunk.length) {
                        throw new oci_errors/* UploadRestartError */.BV(`the registry holds ${status.received} bytes, expected ${start} to ${start + chunk.length}`);
                    }
                    location = status.location;
                    skip = status.received - start;
                    this.stats.resumes++;
                    if (skip === chunk.length)
                        return location;
                }
                const part = chunk.subarray(skip);
                const res = await this.send('PATCH', location, {
                    scopes,
                    headers: { 'content-type': OCTET_STREAM, 'content-range': contentRange(start + skip, part.length) },
                    body: part,
                    expect: [202, 404, 400, 416],
                });
                if (res.status !== 202)
                    throw await restartFrom(res, 'PATCH');
                this.stats.bytesUploaded += part.length;
                return this.location(res);
            }, (err) => !(err instanceof oci_errors/* UploadRestartError */.BV));
            offset += chunk.length;
        }
        if (offset !== desc.size || hash.digest() !== desc.digest) {
            await this.send('DELETE', location, { scopes, expect: [204, 404, 400, 202] }).then(drain, () => undefined);
        }
        this.checkContent(repo, desc, offset, hash.digest());
        await this.retrying(async (attempt) => {
            // A PUT whose answer was lost may have committed the blob already.
            if (attempt > 1 && (await this.headBlob(repo, desc.digest)))
                return;
            const res = await this.send('PUT', withQuery(location, { digest: desc.digest }), {
                scopes,
                headers: { 'content-type': OCTET_STREAM },
                expect: [201, 404, 400, 416],
            });
            if (res.status !== 201)
                throw await restartFrom(res, 'PUT');
            await drain(res);
        });
    }
    async uploadStatus(location, scopes) {
        const res = await this.send('GET', location, { scopes, expect: [204, 200, 404, 400] });
        if (res.status === 404 || res.status === 400)
            throw await restartFrom(res, 'GET upload status of');
        await drain(res);
        return { location: this.location(res, location), received: receivedBytes(res.headers.get('range')) };
    }
    checkContent(repo, desc, size, digest) {
        if (digest !== desc.digest || size !== desc.size) {
            throw new errors/* ConfigurationError */.j1(`The image's blob ${desc.digest} (${desc.size} bytes) holds ${size} bytes with digest ${digest}: the image source is corrupt or was changed while it was read. Rebuild or re-export the image; nothing was written to ${this.host}/${repo} for this blob.`);
        }
    }
    // ---- HTTP ----
    path(repo, rest) {
        return `${this.baseUrl}/v2/${repo}/${rest}`;
    }
    location(res, fallback) {
        const loc = res.headers.get('location');
        if (!loc) {
            if (fallback)
                return fallback;
            throw new Error(`${this.host} answered ${res.status} without a Location header.`);
        }
        return new URL(loc, `${this.baseUrl}/`).toString();
    }
    retrying(operation, retryable = () => true, retryAlso = () => false) {
        const attempts = this.options.attempts ?? 6;
        return (0,retry/* withRetry */.bD)(operation, {
            attempts,
            baseDelayMs: 500,
            maxDelayMs: 20_000,
            retryable: (err) => ((0,oci_errors/* isRetryableRegistryError */.IR)(err) && retryable(err)) || retryAlso(err),
            retryAfterMs: (err) => (err instanceof oci_errors/* RegistryError */.gl ? (0,retry/* parseRetryAfter */.mu)(err.retryAfter) : undefined),
            onRetry: (err, attempt, delay) => {
                this.stats.retries++;
                this.logger.debug(`${this.host}: attempt ${attempt} failed (${String(err)}); retrying in ${delay} ms.`);
            },
            sleep: this.options.sleep,
            random: this.options.random,
        }).catch((err) => {
            // The retries are spent: a dropped connection must still say which registry and request it was.
            if (err instanceof oci_errors/* RegistryConnectionError */.Qp) {
                if (err.attempts)
                    throw err;
                throw new oci_errors/* RegistryConnectionError */.Qp(err.host, err.operation, err.repository, attempts, err.cause);
            }
            if ((0,oci_errors/* isNetworkError */.TX)(err)) {
                throw new oci_errors/* RegistryConnectionError */.Qp(this.host, 'reading an answer', undefined, attempts, err);
            }
            throw err;
        });
    }
    /** One request with retries whose answer is in its status and headers (the body is discarded). */
    call(method, url, opts) {
        return this.retrying(async () => {
            const res = await this.send(method, url, opts);
            await drain(res);
            return res;
        }, undefined, opts.retryAlso);
    }
    /** One request: authenticated, re-authenticated once after a 401, its status checked against `expect`. */
    async send(method, url, opts) {
        const attempt = async () => {
            const headers = { ...opts.headers };
            const authorization = await this.auth.header(opts.scopes);
            if (authorization)
                headers.authorization = authorization;
            this.stats.requests++;
            try {
                return await this.fetchImpl(url, { method, headers, body: opts.body, redirect: 'follow' });
            }
            catch (err) {
                if (!(0,oci_errors/* isNetworkError */.TX)(err))
                    throw err;
                throw new oci_errors/* RegistryConnectionError */.Qp(this.host, `${method} ${new URL(url).pathname}`, (0,oci_errors/* repositoryOfUrl */.Je)(url), undefined, err);
            }
        };
        let res = await attempt();
        // The first 401 teaches the scheme (or says a token expired); the second fetches fresh credentials.
        for (let reauth = 0; res.status === 401; reauth++) {
            await drain(res);
            if (reauth === 2) {
                throw new errors/* ConfigurationError */.j1(`The registry ${this.host} refused the credentials for ${method} ${new URL(url).pathname}${(0,oci_errors/* repositoryOfUrl */.Je)(url) ? ` (repository ${(0,oci_errors/* repositoryOfUrl */.Je)(url)})` : ''}. Check REGISTRY_USERNAME/REGISTRY_PASSWORD, or for ECR that the role may call ecr:GetAuthorizationToken.`);
            }
            if (this.auth.knowsScheme)
                await this.auth.refresh();
            this.auth.learn(res.headers.get('www-authenticate'));
            res = await attempt();
        }
        if (opts.expect.includes(res.status))
            return res;
        const text = await res.text().catch(() => '');
        const { code, message } = registryErrorBody(text);
        if (res.status === 403) {
            // A HEAD answer has no body: the status alone must say what to fix.
            const repo = (0,oci_errors/* repositoryOfUrl */.Je)(url);
            const action = isPrivateEcrHost(this.host) ? ecrActionFor(method, url) : undefined;
            throw new errors/* ConfigurationError */.j1(`The registry ${this.host} denied ${method} ${new URL(url).pathname} (403 ${code ?? 'DENIED'}${message ? `: ${message}` : ''}). ` +
                `Check the credentials or permissions for ${repo ? `the repository ${repo}` : 'this repository'} on ${this.host}` +
                `${action ? `: the role needs ${action} on it` : " (see the action's README for the IAM actions it needs)"}.`);
        }
        throw new oci_errors/* RegistryError */.gl(method, url, res.status, code, message ?? text.slice(0, 200), res.headers.get('retry-after') ?? undefined);
    }
}
/** The ECR IAM action a distribution API request needs, so that a 403 can name it. */
function ecrActionFor(method, url) {
    const path = new URL(url).pathname;
    if (/\/blobs\/uploads\//.test(path)) {
        if (method === 'POST')
            return 'ecr:InitiateLayerUpload';
        if (method === 'PATCH')
            return 'ecr:UploadLayerPart';
        return 'ecr:CompleteLayerUpload';
    }
    if (/\/blobs\//.test(path))
        return method === 'HEAD' ? 'ecr:BatchCheckLayerAvailability' : 'ecr:GetDownloadUrlForLayer';
    if (/\/tags\/list$/.test(path))
        return 'ecr:ListImages';
    if (/\/manifests\//.test(path)) {
        if (method === 'PUT')
            return 'ecr:PutImage';
        if (method === 'DELETE')
            return 'ecr:BatchDeleteImage';
        return 'ecr:BatchGetImage';
    }
    return 'ecr:BatchGetImage';
}
/** A small blob's bytes in one buffer (a little more than its size, to notice a source longer than it says). */
async function readAll(body, size) {
    const parts = [];
    let total = 0;
    for await (const chunk of bodyChunks(body, size + 1)) {
        parts.push(chunk);
        total += chunk.length;
        if (total > size)
            break;
    }
    return parts.length === 1 ? parts[0] : Buffer.concat(parts);
}
async function drain(res) {
    try {
        await res.arrayBuffer();
    }
    catch {
        // The body of an answer we do not need may be cut off; nothing depends on it.
    }
}
async function restartFrom(res, what) {
    const { code } = registryErrorBody(await res.text().catch(() => ''));
    return new oci_errors/* UploadRestartError */.BV(`${what} the upload answered ${res.status}${code ? ` ${code}` : ''}`);
}
function registryErrorBody(text) {
    try {
        const body = JSON.parse(text);
        const first = body.errors?.[0];
        return { code: first?.code, message: first?.message };
    }
    catch {
        return {};
    }
}
function withQuery(url, params) {
    const u = new URL(url);
    for (const [k, v] of Object.entries(params))
        u.searchParams.set(k, v);
    return u.toString();
}
/** The `rel="next"` target of a Link header, resolved by the caller against the registry. */
function nextPageLink(link) {
    if (!link)
        return undefined;
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(link);
    return m ? m[1] : undefined;
}
/** The media type of a manifest from its Content-Type, else from its own mediaType field. */
function manifestMediaType(contentType, bytes) {
    const fromHeader = (contentType ?? '').split(';')[0].trim();
    if (fromHeader && fromHeader !== 'application/json' && fromHeader !== 'text/plain')
        return fromHeader;
    try {
        const parsed = JSON.parse(bytes.toString('utf8'));
        if (parsed.mediaType)
            return parsed.mediaType;
        return parsed.manifests ? types/* MEDIA_TYPES */.Z2.ociIndex : types/* MEDIA_TYPES */.Z2.ociManifest;
    }
    catch {
        return fromHeader;
    }
}


/***/ }),

/***/ 49140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z2: () => (/* binding */ MEDIA_TYPES),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   nw: () => (/* binding */ isIndex)
/* harmony export */ });
/** OCI image-spec and distribution-spec shapes shared by pushing, signing, scanning and the inventory. */
const MEDIA_TYPES = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    ociLayer: 'application/vnd.oci.image.layer.v1.tar',
    ociEmpty: 'application/vnd.oci.empty.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
    dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
};
/** Every manifest media type a client accepts when it reads a reference. */
const MANIFEST_ACCEPT = [
    MEDIA_TYPES.ociIndex,
    MEDIA_TYPES.ociManifest,
    MEDIA_TYPES.dockerManifestList,
    MEDIA_TYPES.dockerManifest,
].join(', ');
function isIndex(m) {
    return Array.isArray(m.manifests);
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