"use strict";
exports.id = 932;
exports.ids = [932,18];
exports.modules = {

/***/ 81018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openAwsSession: () => (/* binding */ openAwsSession),
  readAwsInputs: () => (/* binding */ readAwsInputs)
});

// EXTERNAL MODULE: ./shared/src/runtime/errors.ts
var errors = __webpack_require__(93353);
// EXTERNAL MODULE: ./shared/src/runtime/retry.ts
var retry = __webpack_require__(24290);
;// CONCATENATED MODULE: ./shared/src/aws/credentials.ts


const DEFAULT_OIDC_AUDIENCE = 'sts.amazonaws.com';
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
/** The claims of a GitHub OIDC token that are safe to print: they explain a trust-policy mismatch. */
const PRINTABLE_CLAIMS = ['sub', 'aud', 'repository', 'ref', 'environment', 'job_workflow_ref'];
function decodeJwtClaims(token) {
    const parts = token.split('.');
    if (parts.length !== 3)
        return {};
    try {
        return JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    }
    catch {
        return {};
    }
}
function printableClaims(token) {
    const claims = decodeJwtClaims(token);
    const out = {};
    for (const k of PRINTABLE_CLAIMS)
        if (claims[k] !== undefined)
            out[k] = String(claims[k]);
    return out;
}
/** A role session name that STS accepts: [\w+=,.@-]{2,64}. */
function roleSessionName(env = process.env) {
    const raw = `artifacts-${env.GITHUB_REPOSITORY?.split('/')[1] ?? 'run'}-${env.GITHUB_RUN_ID ?? Date.now()}`;
    return raw.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
}
function isThrottleOrServer(err) {
    const e = err;
    const status = e.$metadata?.httpStatusCode ?? 0;
    return (status >= 500 ||
        status === 429 ||
        ['Throttling', 'ThrottlingException', 'IDPCommunicationError', 'InvalidIdentityToken', 'TimeoutError'].includes(e.name ?? '') ||
        e.code === 'ECONNRESET');
}
/**
 * GitHub OIDC -> STS AssumeRoleWithWebIdentity. Every credential is masked before it is returned.
 * When STS refuses, the error names the role and the token's non-secret claims, which is what a
 * trust policy's conditions are compared with.
 */
async function assumeRoleWithGitHubOidc(options) {
    const { roleToAssume, logger } = options;
    if (!ROLE_ARN.test(roleToAssume)) {
        throw new errors/* ConfigurationError */.j1(`Input 'role-to-assume' is '${roleToAssume}'; it must be an IAM role ARN such as arn:aws:iam::123456789012:role/github-artifacts.`);
    }
    const audience = options.audience ?? DEFAULT_OIDC_AUDIENCE;
    const token = await options.getIdToken(audience);
    logger.setSecret(token);
    // Loaded on first use: an action that needs no role never loads the STS client.
    const { AssumeRoleWithWebIdentityCommand, STSClient: Client } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 71695, 19));
    const sts = options.sts ?? new Client({ region: options.region, maxAttempts: 1 });
    try {
        const response = await (0,retry/* withRetry */.bD)(() => sts.send(new AssumeRoleWithWebIdentityCommand({
            RoleArn: roleToAssume,
            RoleSessionName: options.sessionName ?? roleSessionName(),
            WebIdentityToken: token,
            DurationSeconds: options.durationSeconds ?? 3600,
        })), {
            attempts: 5,
            baseDelayMs: 500,
            maxDelayMs: 8000,
            retryable: isThrottleOrServer,
            sleep: options.sleep,
            onRetry: (err, attempt, delay) => logger.info(`STS did not answer (${(0,errors/* errorMessage */.gJ)(err)}); attempt ${attempt + 1} in ${delay} ms.`),
        });
        const c = response.Credentials;
        if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken) {
            throw new Error('STS returned no credentials for AssumeRoleWithWebIdentity.');
        }
        logger.setSecret(c.AccessKeyId);
        logger.setSecret(c.SecretAccessKey);
        logger.setSecret(c.SessionToken);
        logger.info(`Assumed ${roleToAssume} as ${response.AssumedRoleUser?.Arn ?? 'a web identity session'}.`);
        return {
            accessKeyId: c.AccessKeyId,
            secretAccessKey: c.SecretAccessKey,
            sessionToken: c.SessionToken,
            expiration: c.Expiration,
        };
    }
    catch (err) {
        const name = err.name ?? '';
        if (name === 'AccessDenied' || name === 'AccessDeniedException' || /not authorized/i.test((0,errors/* errorMessage */.gJ)(err))) {
            const claims = printableClaims(token);
            const shown = Object.entries(claims)
                .map(([k, v]) => `  ${k}: ${v}`)
                .join('\n');
            throw new errors/* ConfigurationError */.j1(`AWS refused to let this workflow assume ${roleToAssume}: ${(0,errors/* errorMessage */.gJ)(err)}\n` +
                `The role's trust policy must allow the GitHub OIDC provider (token.actions.githubusercontent.com) with conditions that match this token:\n${shown}\n` +
                `Check the 'sub' condition (repository, branch or environment) and that the audience is '${audience}'.`);
        }
        throw err;
    }
}

;// CONCATENATED MODULE: ./shared/src/aws/clients.ts

/* eslint-disable @typescript-eslint/no-require-imports -- literal requires, so the bundler still inlines each client */
function load(service) {
    switch (service) {
        case 'ecr':
            return __webpack_require__(28249);
        case 's3':
            return __webpack_require__(53711);
        case 'inspector2':
            return __webpack_require__(63222);
        case 'kms':
            return __webpack_require__(92632);
        case 'signer':
            return __webpack_require__(39935);
        case 'iam':
            return __webpack_require__(16764);
        case 'sts':
            return __webpack_require__(71695);
    }
}
/** The region to use: the input, else the policy, else the runner's environment. */
function resolveRegion(input, policyRegion, env = process.env) {
    const region = input || policyRegion || env.AWS_REGION || env.AWS_DEFAULT_REGION;
    if (!region) {
        throw new errors/* ConfigurationError */.j1("No AWS region is set. Set 'region' in the policy file, the 'aws-region' input, or AWS_REGION in the environment.");
    }
    if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) {
        throw new errors/* ConfigurationError */.j1(`AWS region '${region}' is not a region name such as eu-central-1.`);
    }
    return region;
}
/**
 * Creates each AWS client on first use (so an action only loads the SDK modules it needs) with adaptive
 * retries. The SDK reads AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE> itself, so LocalStack and moto work.
 */
class AwsClients {
    options;
    cache = new Map();
    constructor(options) {
        this.options = options;
    }
    config() {
        return {
            region: this.options.region,
            credentials: this.options.credentials,
            maxAttempts: this.options.maxAttempts ?? 8,
            retryMode: 'adaptive',
        };
    }
    lazy(key, make) {
        if (!this.cache.has(key))
            this.cache.set(key, make());
        return this.cache.get(key);
    }
    // Each SDK module is required on first use: loading every client would slow every action's start-up.
    ecr() {
        return this.lazy('ecr', () => new (load('ecr').ECRClient)(this.config()));
    }
    s3() {
        return this.lazy('s3', () => {
            const { S3Client: Client } = load('s3');
            // Path-style addressing works with every S3-compatible endpoint; virtual-hosted style needs DNS.
            const custom = Boolean(process.env.AWS_ENDPOINT_URL_S3 || process.env.AWS_ENDPOINT_URL);
            return new Client({ ...this.config(), forcePathStyle: custom });
        });
    }
    inspector() {
        return this.lazy('inspector2', () => new (load('inspector2').Inspector2Client)(this.config()));
    }
    kms() {
        return this.lazy('kms', () => new (load('kms').KMSClient)(this.config()));
    }
    signer() {
        return this.lazy('signer', () => new (load('signer').SignerClient)(this.config()));
    }
    iam() {
        return this.lazy('iam', () => new (load('iam').IAMClient)(this.config()));
    }
    sts() {
        return this.lazy('sts', () => new (load('sts').STSClient)(this.config()));
    }
}

;// CONCATENATED MODULE: ./shared/src/aws/session.ts


function readAwsInputs(ctx, policyRegion) {
    return {
        region: resolveRegion(ctx.inputs.optional('aws-region'), policyRegion, ctx.env),
        roleToAssume: ctx.inputs.optional('role-to-assume'),
        audience: ctx.inputs.optional('audience') ?? DEFAULT_OIDC_AUDIENCE,
    };
}
/**
 * AWS clients for this run: with role-to-assume, credentials from GitHub OIDC (fetched once, masked);
 * without it, the SDK's default credential chain. Nothing is contacted until a client is first used.
 */
function openAwsSession(ctx, aws) {
    for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
        const v = ctx.env[name];
        if (v)
            ctx.logger.setSecret(v);
    }
    if (!aws.roleToAssume)
        return new AwsClients({ region: aws.region });
    let pending;
    const roleToAssume = aws.roleToAssume;
    return new AwsClients({
        region: aws.region,
        credentials: () => (pending ??= assumeRoleWithGitHubOidc({
            roleToAssume,
            region: aws.region,
            audience: aws.audience,
            getIdToken: (a) => ctx.getIdToken(a),
            logger: ctx.logger,
        })),
    });
}


/***/ }),

/***/ 69932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportDependencies: () => (/* binding */ reportDependencies),
  runInventoryReport: () => (/* binding */ runInventoryReport)
});

// UNUSED EXPORTS: DEFAULT_REPORT_FILE, inventoryTrust, readReportInputs

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/src/aws/session.ts + 2 modules
var session = __webpack_require__(81018);
// EXTERNAL MODULE: ./shared/src/runtime/errors.ts
var errors = __webpack_require__(93353);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./shared/src/oci/digest.ts

const DIGEST_PATTERN = /^sha256:[a-f0-9]{64}$/;
/** The sha256 digest of some bytes, as the registry names them (`sha256:<hex>`). */
function digest_digestOf(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
function digest_isDigest(value) {
    return DIGEST_PATTERN.test(value);
}
/** Hashes bytes as they pass, so a blob's digest is checked without a second read. */
class DigestAccumulator {
    hash = (0,external_node_crypto_.createHash)('sha256');
    count = 0;
    result;
    update(bytes) {
        this.hash.update(bytes);
        this.count += bytes.length;
    }
    get bytes() {
        return this.count;
    }
    digest() {
        this.result ??= `sha256:${this.hash.digest('hex')}`;
        return this.result;
    }
}

;// CONCATENATED MODULE: ./shared/src/oci/reference.ts


const DOCKER_HUB = 'docker.io';
/**
 * Parses an image reference as docker and skopeo do: `redis` is `docker.io/library/redis:latest`,
 * a first component with a dot, a colon or `localhost` is a registry host, `@sha256:...` pins a digest.
 */
function parseImageReference(text) {
    const input = text.trim().replace(/^docker:\/\//, '');
    const fail = (why) => new ConfigurationError(`'${text}' is not an image reference (${why}); write it as [registry/]repository[:tag][@sha256:<digest>].`);
    if (!input)
        throw fail('it is empty');
    let rest = input;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!isDigest(digest))
            throw fail(`'${digest}' is not a sha256 digest`);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(tag))
            throw fail(`'${tag}' is not a valid tag`);
    }
    const parts = rest.split('/');
    let registry = DOCKER_HUB;
    if (parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === 'localhost')) {
        registry = parts.shift();
    }
    if (registry === 'index.docker.io' || registry === 'registry-1.docker.io')
        registry = DOCKER_HUB;
    let repository = parts.join('/');
    if (registry === DOCKER_HUB && parts.length === 1)
        repository = `library/${repository}`;
    if (!/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(repository)) {
        throw fail(`'${repository}' is not a valid repository name (lower case letters, digits, '.', '_', '-', '/')`);
    }
    if (!tag && !digest)
        tag = 'latest';
    return { registry, repository, tag, digest };
}
/** `registry/repository[:tag][@digest]`, the way people write it. */
function formatImageReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** The API base URL of a registry host: Docker Hub's API lives elsewhere; loopback hosts speak plain HTTP. */
function registryBaseUrl(host) {
    if (/^https?:\/\//.test(host))
        return host.replace(/\/+$/, '');
    if (host === DOCKER_HUB)
        return 'https://registry-1.docker.io';
    const name = host.replace(/:\d+$/, '');
    const loopback = name === 'localhost' || name === '127.0.0.1' || name === '[::1]';
    return `${loopback ? 'http' : 'https'}://${host}`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js
var p_limit = __webpack_require__(58890);
var p_limit_default = /*#__PURE__*/__webpack_require__.n(p_limit);
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

;// CONCATENATED MODULE: ./shared/src/oci/errors.ts
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

;// CONCATENATED MODULE: ./shared/src/oci/types.ts
/** OCI image-spec and distribution-spec shapes shared by pushing, signing, scanning and the inventory. */
const types_MEDIA_TYPES = {
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
    types_MEDIA_TYPES.ociIndex,
    types_MEDIA_TYPES.ociManifest,
    types_MEDIA_TYPES.dockerManifestList,
    types_MEDIA_TYPES.dockerManifest,
].join(', ');
function isIndex(m) {
    return Array.isArray(m.manifests);
}

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
            const actual = digest_digestOf(bytes);
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
            const hash = new DigestAccumulator();
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
    async getManifest(repo, reference, accept = MANIFEST_ACCEPT) {
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
            const digest = digest_digestOf(bytes);
            if (digest_isDigest(reference) && digest !== reference) {
                throw new Error(`Manifest ${reference} of ${this.host}/${repo} arrived with digest ${digest}.`);
            }
            return { bytes, digest, mediaType: manifestMediaType(res.headers.get('content-type'), bytes) };
        });
    }
    async headManifest(repo, reference) {
        const res = await this.call('HEAD', this.path(repo, `manifests/${reference}`), {
            scopes: [repositoryScope(repo, 'pull')],
            headers: { accept: MANIFEST_ACCEPT },
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
        const digest = digest_digestOf(manifest.bytes);
        if (digest_isDigest(reference) && reference !== digest) {
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
                headers: { accept: types_MEDIA_TYPES.ociIndex },
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
        this.checkContent(repo, desc, bytes.length, digest_digestOf(bytes));
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
                if (!(err instanceof UploadRestartError) || restarts >= MAX_UPLOAD_RESTARTS)
                    throw err;
                this.stats.restarts++;
                this.logger.debug(`${desc.digest}: ${err.message}`);
            }
        }
    }
    async uploadChunked(repo, desc, body, session) {
        let location = session ?? (await this.startUpload(repo));
        const hash = new DigestAccumulator();
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
                        throw new UploadRestartError(`the registry holds ${status.received} bytes, expected ${start} to ${start + chunk.length}`);
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
            }, (err) => !(err instanceof UploadRestartError));
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
            retryable: (err) => (isRetryableRegistryError(err) && retryable(err)) || retryAlso(err),
            retryAfterMs: (err) => (err instanceof RegistryError ? (0,retry/* parseRetryAfter */.mu)(err.retryAfter) : undefined),
            onRetry: (err, attempt, delay) => {
                this.stats.retries++;
                this.logger.debug(`${this.host}: attempt ${attempt} failed (${String(err)}); retrying in ${delay} ms.`);
            },
            sleep: this.options.sleep,
            random: this.options.random,
        }).catch((err) => {
            // The retries are spent: a dropped connection must still say which registry and request it was.
            if (err instanceof RegistryConnectionError) {
                if (err.attempts)
                    throw err;
                throw new RegistryConnectionError(err.host, err.operation, err.repository, attempts, err.cause);
            }
            if (isNetworkError(err)) {
                throw new RegistryConnectionError(this.host, 'reading an answer', undefined, attempts, err);
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
                if (!isNetworkError(err))
                    throw err;
                throw new RegistryConnectionError(this.host, `${method} ${new URL(url).pathname}`, repositoryOfUrl(url), undefined, err);
            }
        };
        let res = await attempt();
        // The first 401 teaches the scheme (or says a token expired); the second fetches fresh credentials.
        for (let reauth = 0; res.status === 401; reauth++) {
            await drain(res);
            if (reauth === 2) {
                throw new errors/* ConfigurationError */.j1(`The registry ${this.host} refused the credentials for ${method} ${new URL(url).pathname}${repositoryOfUrl(url) ? ` (repository ${repositoryOfUrl(url)})` : ''}. Check REGISTRY_USERNAME/REGISTRY_PASSWORD, or for ECR that the role may call ecr:GetAuthorizationToken.`);
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
            const repo = repositoryOfUrl(url);
            const action = isPrivateEcrHost(this.host) ? ecrActionFor(method, url) : undefined;
            throw new errors/* ConfigurationError */.j1(`The registry ${this.host} denied ${method} ${new URL(url).pathname} (403 ${code ?? 'DENIED'}${message ? `: ${message}` : ''}). ` +
                `Check the credentials or permissions for ${repo ? `the repository ${repo}` : 'this repository'} on ${this.host}` +
                `${action ? `: the role needs ${action} on it` : " (see the action's README for the IAM actions it needs)"}.`);
        }
        throw new RegistryError(method, url, res.status, code, message ?? text.slice(0, 200), res.headers.get('retry-after') ?? undefined);
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
    return new UploadRestartError(`${what} the upload answered ${res.status}${code ? ` ${code}` : ''}`);
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
        return parsed.manifests ? types_MEDIA_TYPES.ociIndex : types_MEDIA_TYPES.ociManifest;
    }
    catch {
        return fromHeader;
    }
}

;// CONCATENATED MODULE: ./shared/src/oci/session.ts



/**
 * The registry of an action run: the `registry` input with REGISTRY_USERNAME/REGISTRY_PASSWORD when given,
 * else the account's ECR registry with a token from GetAuthorizationToken, fetched again when it expires.
 */
async function openRegistry(opts) {
    const { logger, env } = opts;
    if (opts.registryInput) {
        let baseUrl;
        const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(opts.registryInput)?.[1];
        if (scheme && !/^https?$/i.test(scheme)) {
            throw new errors/* ConfigurationError */.j1(`Input 'registry' is '${opts.registryInput}'; a registry speaks http or https, not ${scheme}: write https://<host>[:port] (or http:// for a local registry).`);
        }
        try {
            baseUrl = registryBaseUrl(opts.registryInput);
            new URL(baseUrl);
        }
        catch {
            throw new errors/* ConfigurationError */.j1(`Input 'registry' is '${opts.registryInput}'; it must be a registry URL such as https://registry.example.com or http://127.0.0.1:5000.`);
        }
        const username = env.REGISTRY_USERNAME;
        const password = env.REGISTRY_PASSWORD;
        if (password)
            logger.setSecret(password);
        if (Boolean(username) !== Boolean(password)) {
            throw new errors/* ConfigurationError */.j1('Set both REGISTRY_USERNAME and REGISTRY_PASSWORD in the step env, or neither.');
        }
        const credentials = username && password ? { username, password } : undefined;
        const client = new RegistryClient({ ...opts.client, baseUrl, credentials, logger });
        return { client, host: client.host, ecr: false };
    }
    if (!opts.aws)
        throw new Error('openRegistry needs AWS clients when no registry input is given.');
    const aws = opts.aws;
    const first = await ecrAuthorization(aws, logger);
    let current = Promise.resolve(first);
    // The first call answers the endpoint; later calls (after a 401) fetch a fresh token.
    const credentials = async () => {
        const pending = current ?? ecrAuthorization(aws, logger);
        current = undefined;
        return (await pending).credentials;
    };
    const client = new RegistryClient({ ...opts.client, baseUrl: first.endpoint, credentials, logger });
    return { client, host: client.host, ecr: true };
}
async function ecrAuthorization(aws, logger) {
    // Required here, not at the top: the ECR module is loaded only by runs that talk to ECR.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { GetAuthorizationTokenCommand } = __webpack_require__(28249);
    let answer;
    try {
        answer = await aws.ecr().send(new GetAuthorizationTokenCommand({}));
    }
    catch (err) {
        const name = err.name ?? '';
        if (/AccessDenied|UnrecognizedClient|InvalidClientTokenId|ExpiredToken/.test(name)) {
            throw new errors/* ConfigurationError */.j1(`ECR GetAuthorizationToken was refused (${name}): ${err.message}. The role needs 'ecr:GetAuthorizationToken' on resource '*'.`);
        }
        throw err;
    }
    const data = answer.authorizationData?.[0];
    if (!data?.authorizationToken || !data.proxyEndpoint) {
        throw new Error('ECR GetAuthorizationToken answered without a token or endpoint.');
    }
    logger.setSecret(data.authorizationToken);
    const decoded = Buffer.from(data.authorizationToken, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0)
        throw new Error('ECR GetAuthorizationToken answered a token that is not user:password.');
    const password = decoded.slice(colon + 1);
    logger.setSecret(password);
    return {
        endpoint: data.proxyEndpoint.replace(/\/+$/, ''),
        credentials: { username: decoded.slice(0, colon), password },
    };
}

// EXTERNAL MODULE: ./shared/src/provision/aws-calls.ts
var aws_calls = __webpack_require__(20798);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-kms/dist-cjs/index.js
var dist_cjs = __webpack_require__(92632);
;// CONCATENATED MODULE: ./shared/src/oci/referrers.ts



/** ECR keeps at most this many referrers (signatures, attestations, SBOMs) per image. */
const MAX_REFERRERS = 100;
/** From this count on, every attachment warns that the limit is near. */
const REFERRERS_WARNING_THRESHOLD = 90;
/** The empty JSON object that artifacts without configuration point their config at. */
const EMPTY_CONFIG = Buffer.from('{}');
/** The tag of the referrers tag schema for a digest: `sha256:<hex>` becomes `sha256-<hex>`. */
function referrersTag(digest) {
    return digest.replace(':', '-');
}
/** The tag cosign 2 stores an image's signatures at: `sha256-<hex>.sig`. */
function referrers_cosignSignatureTag(digest) {
    return `${referrersTag(digest)}.sig`;
}
function descriptorOf(blob) {
    return {
        mediaType: blob.mediaType,
        digest: digestOf(blob.bytes),
        size: blob.bytes.length,
        ...(blob.annotations && Object.keys(blob.annotations).length ? { annotations: blob.annotations } : {}),
    };
}
/** The manifest of an artifact that refers to a subject, as the image spec 1.1 lays it out. */
function referrerManifest(subject, artifact) {
    const config = artifact.config ?? { mediaType: MEDIA_TYPES.ociEmpty, bytes: EMPTY_CONFIG };
    return {
        schemaVersion: 2,
        mediaType: MEDIA_TYPES.ociManifest,
        artifactType: artifact.artifactType,
        config: descriptorOf(config),
        layers: artifact.layers.map(descriptorOf),
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        ...(artifact.annotations && Object.keys(artifact.annotations).length ? { annotations: artifact.annotations } : {}),
    };
}
/** Reads the referrers tag schema index of a digest; undefined when the tag does not exist. */
async function readTagIndex(client, repository, digest) {
    const stored = await client.getManifest(repository, referrersTag(digest), types_MEDIA_TYPES.ociIndex);
    if (!stored)
        return undefined;
    const parsed = JSON.parse(stored.bytes.toString('utf8'));
    if (!Array.isArray(parsed.manifests)) {
        throw new errors/* ConfigurationError */.j1(`Tag '${referrersTag(digest)}' in '${repository}' is not an OCI image index, so it cannot hold the referrers of ${digest}. ` +
            'Delete or rename that tag (it is reserved for the OCI referrers tag schema).');
    }
    return parsed;
}
/**
 * Lists what refers to an image: the registry's referrers API first, else the OCI referrers tag schema,
 * plus the legacy cosign `.sig` tag. Filtered by artifact type when one is given.
 */
async function listReferrers(client, repository, digest, artifactType) {
    let referrers = [];
    let source = 'none';
    const api = await client.referrersApi(repository, digest, artifactType);
    if (api) {
        referrers = api.manifests;
        source = 'referrers-api';
    }
    else {
        const index = await readTagIndex(client, repository, digest);
        if (index) {
            referrers = index.manifests;
            source = 'tag-schema';
        }
    }
    if (artifactType)
        referrers = referrers.filter((d) => d.artifactType === artifactType);
    const tag = referrers_cosignSignatureTag(digest);
    const sig = await client.getManifest(repository, tag, `${types_MEDIA_TYPES.ociManifest}, ${types_MEDIA_TYPES.dockerManifest}`);
    return {
        referrers,
        source,
        ...(sig
            ? {
                cosignSignatureTag: {
                    tag,
                    descriptor: { mediaType: sig.mediaType, digest: sig.digest, size: sig.bytes.length },
                },
            }
            : {}),
    };
}
/** Warns near ECR's referrer limit and refuses to go past it. */
function checkReferrerCapacity(count, repository, digest, logger) {
    if (count >= MAX_REFERRERS) {
        throw new ConfigurationError(`${repository}@${digest} already has ${count} referrers (signatures, attestations, attachments); ECR keeps at most ${MAX_REFERRERS} per image. ` +
            'Delete referrers that are no longer needed (old signatures, superseded SBOMs) before attaching more.');
    }
    if (count >= REFERRERS_WARNING_THRESHOLD) {
        logger?.warning(`${repository}@${digest} has ${count} referrers; ECR keeps at most ${MAX_REFERRERS} per image. Delete unneeded ones soon.`);
    }
}
/** Merges a descriptor into a referrers index, keeping every existing entry. */
function mergeIntoIndex(index, descriptor) {
    const manifests = index?.manifests ?? [];
    if (manifests.some((d) => d.digest === descriptor.digest)) {
        return index ?? { schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests };
    }
    return {
        ...(index ?? {}),
        schemaVersion: 2,
        mediaType: MEDIA_TYPES.ociIndex,
        manifests: [...manifests, descriptor],
    };
}
/** Read-modify-write attempts on the fallback index; a concurrent writer can make one attempt lose its entry. */
const TAG_INDEX_ATTEMPTS = 4;
async function addToTagIndex(client, repository, subjectDigest, descriptor) {
    const tag = referrersTag(subjectDigest);
    for (let attempt = 1; attempt <= TAG_INDEX_ATTEMPTS; attempt++) {
        const current = await readTagIndex(client, repository, subjectDigest);
        if (current?.manifests.some((d) => d.digest === descriptor.digest))
            return;
        const next = mergeIntoIndex(current, descriptor);
        await client.putManifest(repository, tag, {
            bytes: Buffer.from(JSON.stringify(next)),
            mediaType: MEDIA_TYPES.ociIndex,
        });
        // No conditional writes on this path: read back to make sure no concurrent writer replaced our entry.
        const written = await readTagIndex(client, repository, subjectDigest);
        if (written?.manifests.some((d) => d.digest === descriptor.digest))
            return;
    }
    throw new Error(`The referrers index at tag '${tag}' in '${repository}' kept changing while ${descriptor.digest} was being added; try again.`);
}
/**
 * Attaches an artifact to a subject: pushes its blobs and its manifest (with `subject`), and where the registry
 * did not answer with `OCI-Subject` (no referrers API) records it in the `sha256-<hex>` referrers tag index.
 */
async function referrers_attachReferrer(client, repository, subject, artifact, logger) {
    const existing = await listReferrers(client, repository, subject.digest);
    const manifest = referrerManifest(subject, artifact);
    const bytes = Buffer.from(JSON.stringify(manifest));
    const digest = digestOf(bytes);
    const descriptor = {
        mediaType: MEDIA_TYPES.ociManifest,
        digest,
        size: bytes.length,
        artifactType: artifact.artifactType,
        ...(manifest.annotations ? { annotations: manifest.annotations } : {}),
    };
    if (!existing.referrers.some((d) => d.digest === digest)) {
        checkReferrerCapacity(existing.referrers.length, repository, subject.digest, logger);
    }
    const config = artifact.config ?? { mediaType: MEDIA_TYPES.ociEmpty, bytes: EMPTY_CONFIG };
    for (const blob of [config, ...artifact.layers]) {
        await client.pushBlob(repository, { digest: digestOf(blob.bytes), size: blob.bytes.length }, blob.bytes);
    }
    const put = await client.putManifest(repository, digest, { bytes, mediaType: MEDIA_TYPES.ociManifest });
    if (put.subjectHeader)
        return { descriptor, via: 'referrers-api' };
    await addToTagIndex(client, repository, subject.digest, descriptor);
    return { descriptor, via: 'tag-schema' };
}
/** Reads a manifest that must exist and be an image manifest (a referrer or a `.sig` manifest). */
async function referrers_readImageManifest(client, repository, reference) {
    const stored = await client.getManifest(repository, reference, `${types_MEDIA_TYPES.ociManifest}, ${types_MEDIA_TYPES.dockerManifest}`);
    if (!stored)
        return undefined;
    const manifest = JSON.parse(stored.bytes.toString('utf8'));
    if (!Array.isArray(manifest.layers))
        return undefined;
    return { stored, manifest };
}

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(15179);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
// EXTERNAL MODULE: ./node_modules/tweetnacl/nacl-fast.js
var nacl_fast = __webpack_require__(80668);
;// CONCATENATED MODULE: ./shared/src/signing/keys.ts





/** PEM labels of cosign's password-encrypted private keys (cosign 2+ and cosign 1). */
const ENCRYPTED_COSIGN_LABELS = (/* unused pure expression or super */ null && (['ENCRYPTED SIGSTORE PRIVATE KEY', 'ENCRYPTED COSIGN PRIVATE KEY']));
function pemBody(pem, label) {
    const match = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`).exec(pem);
    return match ? Buffer.from(match[1].replace(/\s+/g, ''), 'base64') : undefined;
}
/** Reads the PEM text a key reference points at (env://, file://, inline); registers it as a secret. */
function keys_readKeyMaterial(ref, options = {}) {
    const env = options.env ?? process.env;
    let text;
    switch (ref.kind) {
        case 'pem':
            text = ref.pem;
            break;
        case 'env': {
            const value = env[ref.variable];
            if (!value) {
                throw new errors/* ConfigurationError */.j1(`Key ${ref.text}: environment variable ${ref.variable} is empty or unset; pass the PEM key to the step as env ${ref.variable}: \${{ secrets.<NAME> }}.`);
            }
            text = value;
            break;
        }
        case 'file': {
            const path = (0,external_node_path_.isAbsolute)(ref.path) ? ref.path : (0,external_node_path_.resolve)(options.cwd ?? process.cwd(), ref.path);
            try {
                text = (0,external_node_fs_.readFileSync)(path, 'utf8');
            }
            catch (err) {
                throw new errors/* ConfigurationError */.j1(`Key ${ref.text}: cannot read ${path} (${(0,errors/* errorMessage */.gJ)(err)}); check the path.`);
            }
            break;
        }
        default:
            throw new Error(`readKeyMaterial: ${ref.kind} keys have no PEM material.`);
    }
    // Environment variables often carry PEMs with literal \n sequences.
    if (!text.includes('\n') && text.includes('\\n'))
        text = text.replace(/\\n/g, '\n');
    maskPem(text, options.logger);
    return text.trim();
}
/** Registers a PEM and each of its base64 lines as secrets, so no fragment of it can be printed. */
function maskPem(text, logger) {
    if (!logger)
        return;
    logger.setSecret(text);
    for (const line of text.split(/\r?\n/)) {
        if (line.length >= 16 && !line.startsWith('-----'))
            logger.setSecret(line.trim());
    }
}
function isEncryptedCosignKey(pem) {
    return ENCRYPTED_COSIGN_LABELS.some((label) => pem.includes(`-----BEGIN ${label}-----`));
}
/** Decrypts a cosign-encrypted private key: scrypt derives the key, nacl secretbox holds the PKCS#8 DER. */
function decryptCosignKey(pem, password) {
    const body = ENCRYPTED_COSIGN_LABELS.map((label) => pemBody(pem, label)).find(Boolean);
    if (!body)
        throw new ConfigurationError('The signing key is not a cosign-encrypted private key.');
    let doc;
    try {
        doc = JSON.parse(body.toString('utf8'));
    }
    catch {
        throw new ConfigurationError('The cosign-encrypted signing key is damaged (its content is not JSON); export it again.');
    }
    if (doc.kdf?.name !== 'scrypt' || doc.cipher?.name !== 'nacl/secretbox') {
        throw new ConfigurationError(`The cosign-encrypted signing key uses ${doc.kdf?.name}/${doc.cipher?.name}; only scrypt with nacl/secretbox is supported.`);
    }
    const { N, r, p } = doc.kdf.params;
    const secret = scryptSync(Buffer.from(password, 'utf8'), Buffer.from(doc.kdf.salt, 'base64'), 32, {
        N,
        r,
        p,
        maxmem: 256 * N * r + 1024 * 1024,
    });
    const opened = nacl.secretbox.open(new Uint8Array(Buffer.from(doc.ciphertext, 'base64')), new Uint8Array(Buffer.from(doc.cipher.nonce, 'base64')), new Uint8Array(secret));
    if (!opened) {
        throw new ConfigurationError('The password does not open the cosign-encrypted signing key; check the signing-key-password input (COSIGN_PASSWORD).');
    }
    return createPrivateKey({ key: Buffer.from(opened), format: 'der', type: 'pkcs8' });
}
/**
 * Loads a private key: PKCS#8, SEC1 EC and PKCS#1 RSA PEMs, encrypted PKCS#8 and cosign-encrypted keys with a
 * password. Only ECDSA P-256 and RSA keys sign cosign-compatible signatures.
 */
function keys_loadPrivateKey(pem, password) {
    let key;
    if (isEncryptedCosignKey(pem)) {
        if (password === undefined) {
            throw new ConfigurationError('The signing key is encrypted (cosign); set the signing-key-password input to its password.');
        }
        key = decryptCosignKey(pem, password);
    }
    else {
        try {
            key = createPrivateKey(password !== undefined ? { key: pem, passphrase: password } : { key: pem });
        }
        catch (err) {
            const message = errorMessage(err);
            if (/passphrase|decrypt|bad decrypt/i.test(message)) {
                throw new ConfigurationError('The signing key is encrypted and the password does not open it; check the signing-key-password input.');
            }
            throw new ConfigurationError(`The signing key is not a PEM private key (PKCS#8, EC or RSA): ${message}. Pass the whole PEM, BEGIN and END lines included.`);
        }
    }
    assertSupportedKey(key);
    return key;
}
/** Loads a public key from a PEM public key (SPKI or PKCS#1) or a certificate. */
function loadPublicKey(pem) {
    try {
        if (pem.includes('-----BEGIN CERTIFICATE-----'))
            return new external_node_crypto_.X509Certificate(pem).publicKey;
        return (0,external_node_crypto_.createPublicKey)(pem);
    }
    catch (err) {
        throw new errors/* ConfigurationError */.j1(`A trusted public key is not a PEM public key or certificate: ${(0,errors/* errorMessage */.gJ)(err)}.`);
    }
}
function assertSupportedKey(key) {
    const type = key.asymmetricKeyType;
    if (type === 'rsa' || type === 'rsa-pss')
        return;
    if (type === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1')
        return;
    throw new ConfigurationError(`Signing keys must be ECDSA P-256 or RSA (cosign-compatible); this one is ${type}${key.asymmetricKeyDetails?.namedCurve ? ` ${key.asymmetricKeyDetails.namedCurve}` : ''}.`);
}
function keys_publicKeyPem(key) {
    const pub = key.type === 'private' ? createPublicKey(key) : key;
    return pub.export({ format: 'pem', type: 'spki' }).toString();
}
/** A short, stable name for a public key: the sha256 of its SPKI DER, as cosign prints key ids. */
function keys_keyFingerprint(key) {
    const pub = key.type === 'private' ? (0,external_node_crypto_.createPublicKey)(key) : key;
    const der = pub.export({ format: 'der', type: 'spki' });
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(der).digest('hex')}`;
}

;// CONCATENATED MODULE: ./shared/src/signing/payloads.ts
/** Media types and names of the signature formats this library writes and reads. */
const payloads_SIGNATURE_MEDIA_TYPES = {
    simpleSigning: 'application/vnd.dev.cosign.simplesigning.v1+json',
    sigstoreBundle: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    inToto: 'application/vnd.in-toto+json',
    notarySignature: 'application/vnd.cncf.notary.signature',
    notaryPayload: 'application/vnd.cncf.notary.payload.v1+json',
    jws: 'application/jose+json',
};
const payloads_COSIGN_ANNOTATIONS = {
    signature: 'dev.cosignproject.cosign/signature',
    certificate: 'dev.sigstore.cosign/certificate',
    chain: 'dev.sigstore.cosign/chain',
    bundle: 'dev.sigstore.cosign/bundle',
};
/** The predicate type of a cosign 3 image signature (a DSSE in-toto statement in a sigstore bundle). */
const payloads_COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
const SIMPLE_SIGNING_TYPE = 'cosign container image signature';
/** The simple-signing payload cosign 2 signs: which repository, which manifest digest. */
function payloads_simpleSigningPayload(dockerReference, digest, optional = {}) {
    const payload = {
        critical: {
            identity: { 'docker-reference': dockerReference },
            image: { 'docker-manifest-digest': digest },
            type: SIMPLE_SIGNING_TYPE,
        },
        optional,
    };
    return Buffer.from(JSON.stringify(payload));
}
/** Reads a simple-signing payload; undefined when it is not one. */
function parseSimpleSigningPayload(bytes) {
    try {
        const doc = JSON.parse(bytes.toString('utf8'));
        if (typeof doc?.critical?.image?.['docker-manifest-digest'] !== 'string')
            return undefined;
        if (doc.critical.type !== SIMPLE_SIGNING_TYPE)
            return undefined;
        return doc;
    }
    catch {
        return undefined;
    }
}
/** The in-toto statement cosign 3 signs for an image: the manifest digest as subject, the sign predicate. */
function payloads_imageSignatureStatement(repository, digest) {
    const statement = {
        _type: IN_TOTO_STATEMENT_V1,
        subject: [{ name: repository, digest: { sha256: digest.replace(/^sha256:/, '') } }],
        predicateType: payloads_COSIGN_SIGN_PREDICATE,
        predicate: {},
    };
    return Buffer.from(JSON.stringify(statement));
}
function parseInTotoStatement(bytes) {
    try {
        const doc = JSON.parse(bytes.toString('utf8'));
        if (!Array.isArray(doc?.subject) || typeof doc.predicateType !== 'string')
            return undefined;
        return doc;
    }
    catch {
        return undefined;
    }
}
/** The digests (`sha256:<hex>`) an in-toto statement names as its subjects. */
function statementDigests(statement) {
    return statement.subject.flatMap((s) => (s.digest?.sha256 ? [`sha256:${s.digest.sha256}`] : []));
}
/** DSSE pre-authentication encoding: what a DSSE signature covers. */
function preAuthEncoding(payloadType, payload) {
    const type = Buffer.from(payloadType, 'utf8');
    return Buffer.concat([
        Buffer.from(`DSSEv1 ${type.length} `, 'utf8'),
        type,
        Buffer.from(` ${payload.length} `, 'utf8'),
        payload,
    ]);
}
/** The notation signature payload: the signed manifest's descriptor. */
function payloads_notationPayload(target) {
    return Buffer.from(JSON.stringify({
        targetArtifact: {
            mediaType: target.mediaType,
            digest: target.digest,
            size: target.size,
            ...(target.annotations ? { annotations: target.annotations } : {}),
        },
    }));
}

;// CONCATENATED MODULE: ./shared/src/signing/key-reference.ts

const KEY_FORMS = 'awskms:///alias/<name>, awskms:///arn:aws:kms:<region>:<account>:key/<id>, env://<VARIABLE>, file://<path>, an inline PEM, or keyless';
/** Parses a key reference: `awskms:///alias/x`, `awskms:///arn:...`, `env://VAR`, `file://path`, inline PEM, `keyless`. */
function key_reference_parseKeyReference(text) {
    const value = text.trim();
    if (value === 'keyless')
        return { kind: 'keyless', text: value };
    if (value.startsWith('-----BEGIN '))
        return { kind: 'pem', pem: value, text: '<inline PEM>' };
    if (value.startsWith('awskms://')) {
        const rest = value.slice('awskms://'.length);
        if (!rest.startsWith('/')) {
            throw new errors/* ConfigurationError */.j1(`Key '${value}' names a KMS endpoint; write awskms:///<key> (three slashes) and set AWS_ENDPOINT_URL_KMS for a custom endpoint.`);
        }
        const keyId = rest.slice(1);
        const arn = /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key|alias)\/.+$/;
        const alias = /^alias\/[A-Za-z0-9/_-]+$/;
        const id = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
        if (!arn.test(keyId) && !alias.test(keyId) && !id.test(keyId)) {
            throw new errors/* ConfigurationError */.j1(`Key '${value}' is not a KMS key reference; write it as one of ${KEY_FORMS}.`);
        }
        return { kind: 'kms', keyId, text: value };
    }
    if (value.startsWith('env://')) {
        const variable = value.slice('env://'.length);
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable)) {
            throw new errors/* ConfigurationError */.j1(`Key '${value}' does not name an environment variable; write env://VARIABLE_NAME.`);
        }
        return { kind: 'env', variable, text: value };
    }
    if (value.startsWith('file://')) {
        const path = value.slice('file://'.length);
        if (!path)
            throw new errors/* ConfigurationError */.j1(`Key '${value}' has no path; write file://path/to/key.pem.`);
        return { kind: 'file', path, text: value };
    }
    throw new errors/* ConfigurationError */.j1(`Key '${value}' is not a key reference; write it as one of ${KEY_FORMS}.`);
}

;// CONCATENATED MODULE: ./shared/src/signing/signers.ts






const DEFAULT_FULCIO_URL = 'https://fulcio.sigstore.dev';
const signers_DEFAULT_REKOR_URL = 'https://rekor.sigstore.dev';
const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com';
/** Signs with a private key held in memory (from a PEM or a cosign-encrypted key). */
class PrivateKeySigner {
    key;
    reference;
    kind = 'key';
    constructor(key, reference) {
        this.key = key;
        this.reference = reference;
    }
    async publicKey() {
        return createPublicKey(this.key);
    }
    async identity() {
        return `${this.reference} (${keyFingerprint(this.key)})`;
    }
    async sign(data) {
        // RSA keys sign PKCS#1 v1.5, which is what cosign verifies for RSA public keys.
        const signature = this.key.asymmetricKeyType === 'rsa-pss'
            ? cryptoSign('sha256', data, { key: this.key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 })
            : cryptoSign('sha256', data, this.key);
        return { signature };
    }
}
/** The signing algorithm for a KMS key spec: ECDSA P-256, or RSA (PKCS#1 v1.5 preferred, as cosign verifies it). */
function kmsSigningAlgorithm(keySpec, offered) {
    const available = offered ?? [];
    if (keySpec === 'ECC_NIST_P256')
        return 'ECDSA_SHA_256';
    if (keySpec?.startsWith('RSA_')) {
        if (!available.length || available.includes('RSASSA_PKCS1_V1_5_SHA_256'))
            return 'RSASSA_PKCS1_V1_5_SHA_256';
        if (available.includes('RSASSA_PSS_SHA_256'))
            return 'RSASSA_PSS_SHA_256';
    }
    throw new ConfigurationError(`KMS key spec ${keySpec ?? 'unknown'} cannot sign cosign-compatible signatures; create an asymmetric SIGN_VERIFY key with spec ECC_NIST_P256 or RSA_2048/3072/4096.`);
}
/** Signs with an AWS KMS key: `Sign` over the sha256 digest (MessageType DIGEST); the key never leaves KMS. */
class KmsSigner {
    kms;
    keyId;
    reference;
    kind = 'kms';
    details;
    constructor(kms, keyId, reference) {
        this.kms = kms;
        this.keyId = keyId;
        this.reference = reference;
    }
    describe() {
        this.details ??= (async () => {
            let out;
            try {
                out = await this.kms.send(new GetPublicKeyCommand({ KeyId: this.keyId }));
            }
            catch (err) {
                throw kmsError(err, this.reference, 'GetPublicKey');
            }
            if (!out.PublicKey)
                throw new Error(`KMS returned no public key for ${this.reference}.`);
            if (out.KeyUsage && out.KeyUsage !== 'SIGN_VERIFY') {
                throw new ConfigurationError(`KMS key ${this.reference} has key usage ${out.KeyUsage}; signing needs an asymmetric key with usage SIGN_VERIFY.`);
            }
            const key = createPublicKey({ key: Buffer.from(out.PublicKey), format: 'der', type: 'spki' });
            return { key, algorithm: kmsSigningAlgorithm(out.KeySpec, out.SigningAlgorithms) };
        })();
        return this.details;
    }
    async publicKey() {
        return (await this.describe()).key;
    }
    async algorithm() {
        return (await this.describe()).algorithm;
    }
    async identity() {
        return `${this.reference} (${keyFingerprint(await this.publicKey())})`;
    }
    async sign(data) {
        const { algorithm } = await this.describe();
        const digest = createHash('sha256').update(data).digest();
        let out;
        try {
            out = await this.kms.send(new SignCommand({ KeyId: this.keyId, Message: digest, MessageType: 'DIGEST', SigningAlgorithm: algorithm }));
        }
        catch (err) {
            throw kmsError(err, this.reference, 'Sign');
        }
        if (!out.Signature)
            throw new Error(`KMS returned no signature for ${this.reference}.`);
        return { signature: Buffer.from(out.Signature) };
    }
}
function kmsError(err, reference, operation) {
    const name = err instanceof Error ? err.name : '';
    if (['NotFoundException', 'AccessDeniedException', 'DisabledException', 'KMSInvalidStateException'].includes(name)) {
        return new ConfigurationError(`KMS ${operation} on ${reference} failed (${name}: ${errorMessage(err)}). Check that the key exists in this region, is enabled, and that the role may call kms:${operation} on it.`);
    }
    return err instanceof Error ? err : new Error(String(err));
}
/** Claims of an OIDC token, read without verification (Fulcio verifies the token). */
function tokenClaims(token) {
    const part = token.split('.')[1];
    if (!part)
        throw new ConfigurationError('The OIDC token for keyless signing is not a JWT.');
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
}
/** The certificate identity Fulcio issues for a token: the workflow URI for GitHub, else the email or subject. */
function keylessIdentityOf(claims) {
    const issuer = String(claims.iss ?? '');
    if (issuer === GITHUB_OIDC_ISSUER && typeof claims.job_workflow_ref === 'string') {
        return { issuer, subject: `https://github.com/${claims.job_workflow_ref}` };
    }
    const subject = typeof claims.email === 'string' ? claims.email : String(claims.sub ?? '');
    return { issuer, subject };
}
/** Keyless: an ephemeral key, certified by Fulcio for the OIDC identity of this run. */
class KeylessSigner {
    options;
    kind = 'keyless';
    reference = 'keyless';
    token;
    fulcio;
    constructor(options) {
        this.options = options;
        this.fulcio = new FulcioSigner({
            fulcioBaseURL: options.fulcioUrl ?? DEFAULT_FULCIO_URL,
            identityProvider: { getToken: () => this.oidcToken() },
        });
    }
    oidcToken() {
        this.token ??= this.options.getToken().then((t) => {
            this.options.logger?.setSecret(t);
            return t;
        });
        return this.token;
    }
    async publicKey() {
        return undefined;
    }
    async identity() {
        const id = keylessIdentityOf(tokenClaims(await this.oidcToken()));
        return `${id.subject} (issuer ${id.issuer})`;
    }
    async expectedIdentity() {
        return keylessIdentityOf(tokenClaims(await this.oidcToken()));
    }
    async sign(data) {
        const out = await this.fulcio.sign(data);
        if (out.key.$case !== 'x509Certificate')
            throw new Error('Fulcio returned no certificate.');
        return { signature: out.signature, certificateChain: [out.key.certificate] };
    }
}
/** Opens the signer a key reference names. */
function openSigner(reference, options = {}) {
    const ref = typeof reference === 'string' ? parseKeyReference(reference) : reference;
    if (options.password)
        options.logger?.setSecret(options.password);
    switch (ref.kind) {
        case 'kms':
            if (!options.kms)
                throw new Error('openSigner: a KMS client is needed for awskms:// keys.');
            return new KmsSigner(options.kms(), ref.keyId, ref.text);
        case 'keyless':
            if (!options.keyless) {
                throw new ConfigurationError("Keyless signing needs the job's OIDC token: give the job `permissions: id-token: write`.");
            }
            return new KeylessSigner({ ...options.keyless, logger: options.logger });
        default: {
            const pem = readKeyMaterial(ref, options);
            return new PrivateKeySigner(loadPrivateKey(pem, options.password), ref.text);
        }
    }
}

// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/dist/index.js
var tuf_dist = __webpack_require__(84423);
;// CONCATENATED MODULE: ./shared/src/signing/sigstore-trust.ts




/** Trust material that accepts one public key, whatever hint a bundle carries, with no log or timestamp authority. */
function keyTrustMaterial(key) {
    return {
        certificateAuthorities: [],
        timestampAuthorities: [],
        tlogs: [],
        ctlogs: [],
        publicKey: () => ({ publicKey: key, validFor: () => true }),
    };
}
/** A sigstore trusted root (Fulcio CAs, Rekor and CT log keys, TSAs) from its JSON form. */
function trustedRootFromJSON(json) {
    try {
        return protobuf_specs_dist.TrustedRoot.fromJSON(typeof json === 'string' ? JSON.parse(json) : json);
    }
    catch (err) {
        throw new errors/* ConfigurationError */.j1(`The sigstore trusted root is not a valid trusted_root.json: ${(0,errors/* errorMessage */.gJ)(err)}.`);
    }
}
/** The trust material for keyless verification: the given trusted root, else the public-good one (via TUF). */
async function keylessTrustMaterial(trustedRoot) {
    if (trustedRoot !== undefined)
        return (0,verify_dist/* toTrustMaterial */.jO)(trustedRootFromJSON(trustedRoot));
    return (0,verify_dist/* toTrustMaterial */.jO)(await (0,tuf_dist.getTrustedRoot)());
}

;// CONCATENATED MODULE: ./shared/src/signing/bundle-format.ts











/** Adapts a Signer to what @sigstore/sign's bundle builders call. */
function toSigstoreSigner(signer) {
    return {
        sign: async (data) => {
            const out = await signer.sign(data);
            if (out.certificateChain?.length) {
                return { signature: out.signature, key: { $case: 'x509Certificate', certificate: out.certificateChain[0] } };
            }
            const key = await signer.publicKey();
            if (!key)
                throw new Error('A signer without a certificate must have a public key.');
            return {
                signature: out.signature,
                key: { $case: 'publicKey', publicKey: publicKeyPem(key), hint: keyFingerprint(key).replace(/^sha256:/, '') },
            };
        },
    };
}
/**
 * Signs an image as cosign 3 does: a DSSE envelope over an in-toto statement (predicate
 * https://sigstore.dev/cosign/sign/v1, the manifest digest as subject) in a sigstore bundle v0.3, attached as an
 * OCI referrer of the image.
 */
async function signWithBundle(subject, signer, options = {}) {
    const witnesses = [];
    if (signer.kind === 'keyless' || options.transparencyLog) {
        // intoto entries are logged as proposed, so any Rekor (the public one, a private one, a test double) can be checked.
        witnesses.push(new RekorWitness({
            rekorBaseURL: options.rekorUrl ?? DEFAULT_REKOR_URL,
            fetchOnConflict: true,
            entryType: 'intoto',
        }));
    }
    const builder = new DSSEBundleBuilder({ signer: toSigstoreSigner(signer), witnesses });
    const statement = imageSignatureStatement(subject.dockerReference, subject.descriptor.digest);
    const bundle = await builder.create({ data: statement, type: SIGNATURE_MEDIA_TYPES.inToto });
    const bytes = Buffer.from(JSON.stringify(bundleToJSON(bundle)));
    const created = (options.now?.() ?? new Date()).toISOString();
    const attached = await attachReferrer(subject.client, subject.repository, subject.descriptor, {
        artifactType: SIGNATURE_MEDIA_TYPES.sigstoreBundle,
        layers: [
            {
                mediaType: SIGNATURE_MEDIA_TYPES.sigstoreBundle,
                bytes,
                annotations: {
                    'org.opencontainers.image.title': `${subject.descriptor.digest.replace(':', '-')}.sigstore.json`,
                },
            },
        ],
        annotations: {
            'dev.sigstore.bundle.content': 'dsse-envelope',
            'dev.sigstore.bundle.predicateType': COSIGN_SIGN_PREDICATE,
            'org.opencontainers.image.created': created,
        },
    }, options.logger);
    return { descriptor: attached.descriptor, bundle };
}
/** The trusted identity a certificate matches, as `subject (issuer ...)`, or undefined. */
function identityMatches(identity, trusted) {
    const san = identity?.subjectAlternativeName;
    const issuer = identity?.extensions?.issuer;
    if (!san)
        return undefined;
    const hit = trusted.find((t) => t.issuer === issuer && new RegExp(`^(?:${t.subject.source})$`).test(san));
    return hit ? `${san} (issuer ${issuer})` : undefined;
}
/** Verifies one bundle referrer of an image. */
async function verifyBundleReferrer(subject, referrer, trust) {
    const location = `referrer ${referrer.digest}`;
    const check = (rest) => ({
        format: 'sigstore-bundle',
        location,
        manifestDigest: referrer.digest,
        ...rest,
    });
    const read = await referrers_readImageManifest(subject.client, subject.repository, referrer.digest);
    const layer = read?.manifest.layers.find((l) => l.mediaType.startsWith('application/vnd.dev.sigstore.bundle'));
    if (!read || !layer)
        return check({ reason: 'malformed', detail: 'the referrer holds no sigstore bundle layer' });
    const blob = await readBlob(subject.client, subject.repository, layer);
    if (!blob)
        return check({ reason: 'tampered-payload', detail: `the bundle blob does not match its digest ${layer.digest}` });
    let bundle;
    try {
        bundle = (0,dist.bundleFromJSON)(JSON.parse(blob.toString('utf8')));
    }
    catch (err) {
        return check({ reason: 'malformed', detail: `the bundle is not a valid sigstore bundle: ${(0,errors/* errorMessage */.gJ)(err)}` });
    }
    if (bundle.content.$case !== 'dsseEnvelope') {
        return check({ reason: 'malformed', detail: 'the bundle holds a message signature, not a signed image statement' });
    }
    const envelope = bundle.content.dsseEnvelope;
    const statement = envelope.payloadType === payloads_SIGNATURE_MEDIA_TYPES.inToto ? parseInTotoStatement(envelope.payload) : undefined;
    if (!statement)
        return check({ reason: 'malformed', detail: 'the signed payload is not an in-toto statement' });
    const digests = statementDigests(statement);
    const signedDigest = digests[0];
    const entity = (0,verify_dist/* toSignedEntity */.DC)(bundle);
    let signerName;
    let failure;
    if (bundle.verificationMaterial.content.$case === 'publicKey') {
        const hint = bundle.verificationMaterial.content.publicKey.hint;
        for (const trusted of trust.keys) {
            try {
                new verify_dist/* Verifier */.BL(keyTrustMaterial(trusted.key), {
                    tlogThreshold: 0,
                    ctlogThreshold: 0,
                    timestampThreshold: 0,
                }).verify(entity);
                signerName = trusted.name;
                break;
            }
            catch {
                // The next trusted key may be the one.
            }
        }
        if (!signerName) {
            const claimed = trust.keys.find((k) => hint && keys_keyFingerprint(k.key).endsWith(hint));
            failure = claimed
                ? check({
                    reason: 'tampered-payload',
                    signer: claimed.name,
                    signedDigest,
                    detail: `the bundle names trusted key ${claimed.name} but its signature does not match the payload (altered after signing)`,
                })
                : check({ reason: 'wrong-key', signedDigest, detail: 'the signature does not verify with any trusted key' });
        }
    }
    else {
        if (!trust.keyless.length || !trust.keylessMaterial) {
            failure = check({
                reason: 'untrusted-identity',
                signedDigest,
                detail: 'keyless signature, and no keyless identity is trusted',
            });
        }
        else {
            try {
                const verified = new verify_dist/* Verifier */.BL(await trust.keylessMaterial(), {
                    tlogThreshold: 1,
                    ctlogThreshold: 1,
                    timestampThreshold: 1,
                }).verify(entity);
                signerName = identityMatches(verified.identity, trust.keyless);
                if (!signerName) {
                    failure = check({
                        reason: 'untrusted-identity',
                        signedDigest,
                        signer: `${verified.identity?.subjectAlternativeName} (issuer ${verified.identity?.extensions?.issuer})`,
                        detail: 'the certificate identity matches no trusted issuer and subject pattern',
                    });
                }
            }
            catch (err) {
                const { reason, detail } = classifyKeylessFailure(bundle, err);
                failure = check({ reason, signedDigest, detail });
            }
        }
    }
    if (failure)
        return failure;
    if (!digests.includes(subject.digest)) {
        return check({
            reason: 'digest-mismatch',
            signer: signerName,
            signedDigest,
            detail: `the signature is over ${digests.join(', ')}, not ${subject.digest}`,
        });
    }
    if (statement.predicateType !== payloads_COSIGN_SIGN_PREDICATE) {
        return check({
            reason: 'malformed',
            signer: signerName,
            signedDigest,
            detail: `the bundle is an attestation (${statement.predicateType}), not an image signature`,
        });
    }
    return check({ signer: signerName, signedDigest, detail: `signed by ${signerName}` });
}
/** A blob whose bytes match its digest, or undefined when the registry serves something else. */
async function readBlob(client, repository, descriptor) {
    let bytes;
    try {
        bytes = await client.getBlob(repository, descriptor.digest);
    }
    catch (err) {
        if (/digest|mismatch/i.test((0,errors/* errorMessage */.gJ)(err)))
            return undefined;
        throw err;
    }
    return digest_digestOf(bytes) === descriptor.digest ? bytes : undefined;
}
/** When the signature was logged outside its certificate's validity, names the certificate and the time. */
function expiredAtLogTime(bundle) {
    const content = bundle.verificationMaterial.content;
    const der = content.$case === 'x509CertificateChain'
        ? content.x509CertificateChain.certificates[0]?.rawBytes
        : content.$case === 'certificate'
            ? content.certificate.rawBytes
            : undefined;
    if (!der)
        return undefined;
    const certificate = new external_node_crypto_.X509Certificate(der);
    for (const entry of bundle.verificationMaterial.tlogEntries) {
        const at = new Date(Number(entry.integratedTime) * 1000);
        if (at < new Date(certificate.validFrom) || at > new Date(certificate.validTo)) {
            return `logged at ${at.toISOString()}, outside the certificate's validity (${certificate.validFrom} to ${certificate.validTo})`;
        }
    }
    return undefined;
}
/** Why @sigstore/verify refused a keyless signature, in the terms verification reports. */
function classifyKeylessFailure(bundle, err) {
    const message = (0,errors/* errorMessage */.gJ)(err);
    const expired = expiredAtLogTime(bundle);
    if (expired)
        return { reason: 'expired-certificate', detail: `the certificate had expired: ${expired}` };
    const reason = /signature verification failed|digest/i.test(message)
        ? 'tampered-payload'
        : 'untrusted-chain';
    return { reason, detail: `keyless verification failed: ${message}` };
}

;// CONCATENATED MODULE: ./shared/src/signing/signature-check.ts

/**
 * Whether a signature over sha256(data) verifies with a public key: ECDSA (DER or raw r||s), RSA PKCS#1 v1.5,
 * or RSA-PSS (any salt length), as cosign, KMS and AWS Signer produce them.
 */
function verifySha256Signature(key, data, signature) {
    try {
        if (key.asymmetricKeyType === 'ec') {
            return ((0,external_node_crypto_.verify)('sha256', data, key, signature) || (0,external_node_crypto_.verify)('sha256', data, { key, dsaEncoding: 'ieee-p1363' }, signature));
        }
        if (key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'rsa-pss') {
            return ((key.asymmetricKeyType === 'rsa' && (0,external_node_crypto_.verify)('sha256', data, key, signature)) ||
                (0,external_node_crypto_.verify)('sha256', data, { key, padding: external_node_crypto_.constants.RSA_PKCS1_PSS_PADDING, saltLength: external_node_crypto_.constants.RSA_PSS_SALTLEN_AUTO }, signature));
        }
        return false;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./shared/src/signing/legacy-format.ts













/** The image config cosign 2 gives a `.sig` manifest: its layers' digests as the rootfs. */
function signatureConfig(layers) {
    return Buffer.from(JSON.stringify({
        architecture: '',
        config: {},
        created: '0001-01-01T00:00:00Z',
        history: [{ created: '0001-01-01T00:00:00Z' }],
        os: '',
        rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) },
    }));
}
/** Attempts at the `.sig` read-modify-write; a concurrent signer can replace the manifest between read and write. */
const SIG_TAG_ATTEMPTS = 4;
/**
 * Signs as cosign 2 does: the simple-signing payload as a layer of the manifest at `sha256-<hex>.sig`, its
 * signature in the `dev.cosignproject.cosign/signature` annotation. Existing signatures there are kept.
 */
async function signWithLegacy(subject, signer, options = {}) {
    const { client, repository, descriptor } = subject;
    const payload = simpleSigningPayload(subject.dockerReference, descriptor.digest);
    const { signature, certificateChain } = await signer.sign(payload);
    const annotations = { [COSIGN_ANNOTATIONS.signature]: signature.toString('base64') };
    if (certificateChain?.length) {
        // Keyless, as cosign 2 stores it: the Fulcio certificate, its chain, and the Rekor entry that dates the signature.
        annotations[COSIGN_ANNOTATIONS.certificate] = certificateChain[0];
        if (certificateChain.length > 1)
            annotations[COSIGN_ANNOTATIONS.chain] = certificateChain.slice(1).join('');
        const witness = new RekorWitness({ rekorBaseURL: options.rekorUrl ?? DEFAULT_REKOR_URL, fetchOnConflict: true });
        const { tlogEntries } = await witness.testify({
            $case: 'messageSignature',
            messageSignature: {
                messageDigest: { algorithm: HashAlgorithm.SHA2_256, digest: createHash('sha256').update(payload).digest() },
                signature,
            },
        }, certificateChain[0]);
        const entry = tlogEntries?.[0];
        if (!entry)
            throw new Error('Rekor returned no log entry for the keyless signature.');
        annotations[COSIGN_ANNOTATIONS.bundle] = JSON.stringify(rekorBundleAnnotation(entry));
    }
    const layer = {
        mediaType: SIGNATURE_MEDIA_TYPES.simpleSigning,
        digest: digestOf(payload),
        size: payload.length,
        annotations,
    };
    await client.pushBlob(repository, { digest: layer.digest, size: layer.size }, payload);
    const tag = cosignSignatureTag(descriptor.digest);
    for (let attempt = 1; attempt <= SIG_TAG_ATTEMPTS; attempt++) {
        const existing = await readImageManifest(client, repository, tag);
        const layers = [...(existing?.manifest.layers ?? []), layer];
        const config = signatureConfig(layers);
        await client.pushBlob(repository, { digest: digestOf(config), size: config.length }, config);
        const manifest = {
            schemaVersion: 2,
            mediaType: MEDIA_TYPES.ociManifest,
            config: { mediaType: MEDIA_TYPES.ociConfig, digest: digestOf(config), size: config.length },
            layers,
            ...(existing?.manifest.annotations ? { annotations: existing.manifest.annotations } : {}),
        };
        const bytes = Buffer.from(JSON.stringify(manifest));
        const put = await client.putManifest(repository, tag, { bytes, mediaType: MEDIA_TYPES.ociManifest });
        const after = await readImageManifest(client, repository, tag);
        const sigOf = (l) => l.annotations?.[COSIGN_ANNOTATIONS.signature];
        if (after?.manifest.layers.some((l) => l.digest === layer.digest && sigOf(l) === sigOf(layer))) {
            return { descriptor: { mediaType: MEDIA_TYPES.ociManifest, digest: put.digest, size: bytes.length } };
        }
    }
    throw new Error(`The signature manifest at tag '${tag}' kept changing while a signature was being added; try again.`);
}
function rekorBundleAnnotation(entry) {
    if (!entry.inclusionPromise)
        throw new Error('The Rekor entry has no signed entry timestamp.');
    return {
        SignedEntryTimestamp: entry.inclusionPromise.signedEntryTimestamp.toString('base64'),
        Payload: {
            body: entry.canonicalizedBody.toString('base64'),
            integratedTime: Number(entry.integratedTime),
            logIndex: Number(entry.logIndex),
            logID: entry.logId.keyId.toString('hex'),
        },
    };
}
/** A keyless cosign-legacy signature as a sigstore bundle (message signature), so @sigstore/verify checks it. */
function legacyKeylessBundle(payload, signature, certificatePem, rekor) {
    const der = Buffer.from(certificatePem.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');
    const body = JSON.parse(Buffer.from(rekor.Payload.body, 'base64').toString('utf8'));
    return (0,dist.bundleFromJSON)({
        mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
        verificationMaterial: {
            x509CertificateChain: { certificates: [{ rawBytes: der.toString('base64') }] },
            tlogEntries: [
                {
                    logIndex: String(rekor.Payload.logIndex),
                    logId: { keyId: Buffer.from(rekor.Payload.logID, 'hex').toString('base64') },
                    kindVersion: { kind: body.kind ?? 'hashedrekord', version: body.apiVersion ?? '0.0.1' },
                    integratedTime: String(rekor.Payload.integratedTime),
                    inclusionPromise: { signedEntryTimestamp: rekor.SignedEntryTimestamp },
                    canonicalizedBody: rekor.Payload.body,
                },
            ],
            timestampVerificationData: { rfc3161Timestamps: [] },
        },
        messageSignature: {
            messageDigest: { algorithm: 'SHA2_256', digest: (0,external_node_crypto_.createHash)('sha256').update(payload).digest('base64') },
            signature: signature.toString('base64'),
        },
    });
}
/** Verifies every simple-signing layer of an image's `.sig` manifest. */
async function verifyLegacySignatures(subject, trust) {
    const keys = trust.keys;
    const tag = referrers_cosignSignatureTag(subject.digest);
    const read = await referrers_readImageManifest(subject.client, subject.repository, tag);
    if (!read)
        return [];
    const checks = [];
    for (const [i, layer] of read.manifest.layers.entries()) {
        if (layer.mediaType !== payloads_SIGNATURE_MEDIA_TYPES.simpleSigning)
            continue;
        const location = `${tag} layer ${i + 1} (${layer.digest})`;
        const check = (rest) => ({
            format: 'cosign-legacy',
            location,
            manifestDigest: read.stored.digest,
            ...rest,
        });
        const sigText = layer.annotations?.[payloads_COSIGN_ANNOTATIONS.signature];
        if (!sigText) {
            checks.push(check({ reason: 'malformed', detail: 'the layer has no dev.cosignproject.cosign/signature annotation' }));
            continue;
        }
        const payload = await readBlob(subject.client, subject.repository, layer);
        if (!payload) {
            checks.push(check({ reason: 'tampered-payload', detail: `the payload does not match its digest ${layer.digest}` }));
            continue;
        }
        const parsed = parseSimpleSigningPayload(payload);
        if (!parsed) {
            checks.push(check({ reason: 'malformed', detail: 'the payload is not a cosign simple-signing payload' }));
            continue;
        }
        const signedDigest = parsed.critical.image['docker-manifest-digest'];
        const signature = Buffer.from(sigText, 'base64');
        const certificate = layer.annotations?.[payloads_COSIGN_ANNOTATIONS.certificate];
        let signerName;
        if (certificate) {
            const rekor = layer.annotations?.[payloads_COSIGN_ANNOTATIONS.bundle];
            const keyless = await verifyLegacyKeyless(payload, signature, certificate, rekor, trust);
            if ('reason' in keyless) {
                checks.push(check({ ...keyless, signedDigest }));
                continue;
            }
            signerName = keyless.signer;
        }
        else {
            signerName = keys.find((k) => verifySha256Signature(k.key, payload, signature))?.name;
        }
        const signer = signerName ? { name: signerName } : undefined;
        if (!signer) {
            checks.push(check({
                reason: 'wrong-key',
                signedDigest,
                detail: 'the signature does not verify with any trusted key (signed by another key, or the payload was altered)',
            }));
            continue;
        }
        if (signedDigest !== subject.digest) {
            checks.push(check({
                reason: 'digest-mismatch',
                signer: signer.name,
                signedDigest,
                detail: `the payload names ${signedDigest}, not ${subject.digest}`,
            }));
            continue;
        }
        checks.push(check({ signer: signer.name, signedDigest, detail: `signed by ${signer.name}` }));
    }
    return checks;
}
async function verifyLegacyKeyless(payload, signature, certificate, rekorText, trust) {
    if (!trust.keyless.length || !trust.keylessMaterial) {
        return { reason: 'untrusted-identity', detail: 'keyless signature, and no keyless identity is trusted' };
    }
    if (!rekorText) {
        return { reason: 'malformed', detail: 'keyless signature without its Rekor entry (dev.sigstore.cosign/bundle)' };
    }
    let bundle;
    try {
        bundle = legacyKeylessBundle(payload, signature, certificate, JSON.parse(rekorText));
        const verified = new verify_dist/* Verifier */.BL(await trust.keylessMaterial(), {
            tlogThreshold: 1,
            ctlogThreshold: 1,
            timestampThreshold: 1,
        }).verify((0,verify_dist/* toSignedEntity */.DC)(bundle, payload));
        const name = identityMatches(verified.identity, trust.keyless);
        if (!name) {
            return {
                reason: 'untrusted-identity',
                signer: `${verified.identity?.subjectAlternativeName} (issuer ${verified.identity?.extensions?.issuer})`,
                detail: 'the certificate identity matches no trusted issuer and subject pattern',
            };
        }
        return { signer: name };
    }
    catch (err) {
        if (!bundle)
            return { reason: 'malformed', detail: `the keyless signature cannot be read: ${(0,errors/* errorMessage */.gJ)(err)}` };
        return classifyKeylessFailure(bundle, err);
    }
}

;// CONCATENATED MODULE: ./shared/src/signing/notation-format.ts






const NOTATION_THUMBPRINTS = 'io.cncf.notary.x509chain.thumbprint#S256';
const SIGNER_PROFILE_VERSION = 'com.amazonaws.signer.signingProfileVersion';
const SIGNING_AGENT = 'artifacts';
/** A signer's ECDSA signature as JWS wants it: raw r||s, each half the curve size. */
function derToJose(der, size) {
    // DER: 30 len 02 rlen r 02 slen s
    let offset = 2;
    if (der[1] & 0x80)
        offset += der[1] & 0x7f;
    const read = () => {
        const len = der[offset + 1];
        const value = der.subarray(offset + 2, offset + 2 + len);
        offset += 2 + len;
        const trimmed = value[0] === 0 ? value.subarray(1) : value;
        return Buffer.concat([Buffer.alloc(size - trimmed.length), trimmed]);
    };
    return Buffer.concat([read(), read()]);
}
function certificatesOf(pems) {
    return (pems ?? []).map((pem) => new X509Certificate(pem).raw.toString('base64'));
}
function thumbprints(x5c) {
    return JSON.stringify(x5c.map((der) => createHash('sha256').update(Buffer.from(der, 'base64')).digest('hex')));
}
/** Builds a notation JWS envelope with a local or KMS key (ECDSA P-256: ES256), scheme notary.x509. */
async function notationEnvelopeWithKey(signer, target, options = {}) {
    const key = await signer.publicKey();
    if (!key || key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
        throw new ConfigurationError('Notation signatures with a key need an ECDSA P-256 key; sign RSA keys as sigstore-bundle or cosign-legacy, or use an AWS Signer profile (signing-profile).');
    }
    const header = {
        alg: 'ES256',
        crit: ['io.cncf.notary.signingScheme'],
        cty: SIGNATURE_MEDIA_TYPES.notaryPayload,
        'io.cncf.notary.signingScheme': 'notary.x509',
        'io.cncf.notary.signingTime': (options.now?.() ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    };
    const protectedPart = Buffer.from(JSON.stringify(header)).toString('base64url');
    const payloadPart = notationPayload(target).toString('base64url');
    const { signature } = await signer.sign(Buffer.from(`${protectedPart}.${payloadPart}`, 'ascii'));
    const x5c = certificatesOf(options.certificateChain);
    const envelope = {
        payload: payloadPart,
        protected: protectedPart,
        header: { ...(x5c.length ? { x5c } : {}), 'io.cncf.notary.signingAgent': SIGNING_AGENT },
        signature: derToJose(signature, 32).toString('base64url'),
    };
    return Buffer.from(JSON.stringify(envelope));
}
/** Splits a signing profile name or ARN into SignPayload's profile name and owner. */
function signingProfileParts(profile) {
    const arn = /^arn:aws[a-z-]*:signer:[a-z0-9-]+:(\d{12}):\/signing-profiles\/([A-Za-z0-9_]+)(?:\/[A-Za-z0-9]+)?$/.exec(profile);
    if (arn)
        return { profileName: arn[2], profileOwner: arn[1] };
    if (/^[A-Za-z0-9_]{2,64}$/.test(profile))
        return { profileName: profile };
    throw new ConfigurationError(`Signing profile '${profile}' is neither an AWS Signer profile name nor arn:aws:signer:<region>:<account>:/signing-profiles/<name>.`);
}
/** Asks AWS Signer for a notation envelope over the image (what the notation AWS Signer plugin does). */
async function notationEnvelopeWithSigner(signerClient, profile, target) {
    const parts = signingProfileParts(profile);
    let out;
    try {
        out = await signerClient.send(new SignPayloadCommand({
            ...parts,
            payload: notationPayload(target),
            payloadFormat: SIGNATURE_MEDIA_TYPES.notaryPayload,
        }));
    }
    catch (err) {
        const name = err instanceof Error ? err.name : '';
        if (['ResourceNotFoundException', 'AccessDeniedException', 'ValidationException', 'BadRequestException'].includes(name)) {
            throw new ConfigurationError(`AWS Signer SignPayload with profile '${profile}' failed (${name}: ${errorMessage(err)}). Check the profile exists for platform Notation-OCI-SHA384-ECDSA, is active, and the role may call signer:SignPayload on it.`);
        }
        throw err;
    }
    if (!out.signature)
        throw new Error('AWS Signer returned no signature envelope.');
    return Buffer.from(out.signature);
}
/** Stores a notation envelope as a referrer of the image. */
async function attachNotationSignature(subject, envelope, logger) {
    const jws = JSON.parse(envelope.toString('utf8'));
    const attached = await attachReferrer(subject.client, subject.repository, subject.descriptor, {
        artifactType: SIGNATURE_MEDIA_TYPES.notarySignature,
        layers: [{ mediaType: SIGNATURE_MEDIA_TYPES.jws, bytes: envelope }],
        annotations: { [NOTATION_THUMBPRINTS]: thumbprints(jws.header?.x5c ?? []) },
    }, logger);
    return { descriptor: attached.descriptor };
}
const JWS_ALGORITHMS = {
    ES256: { hash: 'sha256', size: 32 },
    ES384: { hash: 'sha384', size: 48 },
    ES512: { hash: 'sha512', size: 66 },
    PS256: { hash: 'sha256', pss: true },
    PS384: { hash: 'sha384', pss: true },
    PS512: { hash: 'sha512', pss: true },
};
function verifyJws(key, alg, input, signature) {
    const spec = JWS_ALGORITHMS[alg];
    if (!spec)
        return false;
    try {
        if (spec.size)
            return (0,external_node_crypto_.verify)(spec.hash, input, { key, dsaEncoding: 'ieee-p1363' }, signature);
        return (0,external_node_crypto_.verify)(spec.hash, input, { key, padding: external_node_crypto_.constants.RSA_PKCS1_PSS_PADDING, saltLength: external_node_crypto_.constants.RSA_PSS_SALTLEN_DIGEST }, signature);
    }
    catch {
        return false;
    }
}
/** Whether a chain (leaf first) leads to one of the roots; returns why not, or undefined when it does. */
function chainProblem(chain, roots) {
    for (let i = 0; i + 1 < chain.length; i++) {
        if (!chain[i].checkIssued(chain[i + 1]) || !chain[i].verify(chain[i + 1].publicKey)) {
            return `certificate ${i + 1} of the chain is not issued by certificate ${i + 2}`;
        }
    }
    const last = chain[chain.length - 1];
    const anchored = roots.some((root) => root.fingerprint256 === last.fingerprint256 || (last.checkIssued(root) && last.verify(root.publicKey)));
    return anchored ? undefined : 'the certificate chain does not lead to a configured root certificate';
}
function profileMatches(profileVersion, trusted) {
    if (!profileVersion)
        return undefined;
    const lower = profileVersion.toLowerCase();
    // A bare profile name matches any version of that profile; an ARN matches itself and its versions.
    return trusted.find((p) => p.startsWith('arn:')
        ? lower === p.toLowerCase() || lower.startsWith(`${p.toLowerCase()}/`)
        : lower.includes(`/signing-profiles/${p.toLowerCase()}/`));
}
/** Verifies one notation signature referrer of an image. */
async function verifyNotationReferrer(subject, referrer, trust, now = new Date()) {
    const check = (rest) => ({
        format: 'notation',
        location: `referrer ${referrer.digest}`,
        manifestDigest: referrer.digest,
        ...rest,
    });
    const read = await referrers_readImageManifest(subject.client, subject.repository, referrer.digest);
    const layer = read?.manifest.layers.find((l) => l.mediaType === payloads_SIGNATURE_MEDIA_TYPES.jws);
    if (!read || !layer)
        return check({ reason: 'malformed', detail: 'the referrer holds no JWS envelope (COSE is not supported)' });
    const blob = await readBlob(subject.client, subject.repository, layer);
    if (!blob)
        return check({ reason: 'tampered-payload', detail: `the envelope does not match its digest ${layer.digest}` });
    let jws;
    let header;
    let signedDigest;
    try {
        jws = JSON.parse(blob.toString('utf8'));
        header = JSON.parse(Buffer.from(jws.protected, 'base64url').toString('utf8'));
        const payload = JSON.parse(Buffer.from(jws.payload, 'base64url').toString('utf8'));
        signedDigest = payload.targetArtifact?.digest;
    }
    catch (err) {
        return check({ reason: 'malformed', detail: `the JWS envelope cannot be read: ${(0,errors/* errorMessage */.gJ)(err)}` });
    }
    const alg = String(header.alg);
    const input = Buffer.from(`${jws.protected}.${jws.payload}`, 'ascii');
    const signature = Buffer.from(jws.signature, 'base64url');
    const chain = (jws.header?.x5c ?? []).map((der) => new external_node_crypto_.X509Certificate(Buffer.from(der, 'base64')));
    let signer;
    const byKey = trust.keys.find((k) => verifyJws(k.key, alg, input, signature));
    if (byKey) {
        signer = byKey.name;
    }
    else if (chain.length) {
        if (!verifyJws(chain[0].publicKey, alg, input, signature)) {
            return check({
                reason: 'tampered-payload',
                signedDigest,
                detail: 'the signature does not match the payload for the certificate it carries',
            });
        }
        const profileVersion = typeof header[SIGNER_PROFILE_VERSION] === 'string' ? header[SIGNER_PROFILE_VERSION] : undefined;
        const profile = profileMatches(profileVersion, trust.signerProfiles);
        if (!profile) {
            return check({
                reason: 'untrusted-identity',
                signer: profileVersion ?? chain[0].subject,
                signedDigest,
                detail: `signed by ${profileVersion ?? chain[0].subject.replace(/\n/g, ', ')}, which is no trusted signing profile`,
            });
        }
        if (!trust.rootCertificates.length) {
            return check({
                reason: 'untrusted-chain',
                signer: profileVersion,
                signedDigest,
                detail: 'no root certificate is configured for AWS Signer chains',
            });
        }
        const problem = chainProblem(chain, trust.rootCertificates);
        if (problem)
            return check({ reason: 'untrusted-chain', signer: profileVersion, signedDigest, detail: problem });
        const timeText = header['io.cncf.notary.authenticSigningTime'] ?? header['io.cncf.notary.signingTime'];
        const signingTime = typeof timeText === 'string' ? new Date(timeText) : undefined;
        if (!signingTime || Number.isNaN(signingTime.getTime())) {
            return check({
                reason: 'malformed',
                signer: profileVersion,
                signedDigest,
                detail: 'the envelope has no signing time',
            });
        }
        const outside = chain.find((c) => signingTime < new Date(c.validFrom) || signingTime > new Date(c.validTo));
        if (outside) {
            return check({
                reason: 'expired-certificate',
                signer: profileVersion,
                signedDigest,
                detail: `signed at ${signingTime.toISOString()}, outside the validity of '${outside.subject.replace(/\n/g, ', ')}' (${outside.validFrom} to ${outside.validTo})`,
            });
        }
        const expiry = header['io.cncf.notary.expiry'];
        if (typeof expiry === 'string' && new Date(expiry) < now) {
            return check({
                reason: 'expired-certificate',
                signer: profileVersion,
                signedDigest,
                detail: `the signature expired at ${expiry}`,
            });
        }
        signer = `${profileVersion} (profile ${profile})`;
    }
    else {
        return check({ reason: 'wrong-key', signedDigest, detail: 'the signature does not verify with any trusted key' });
    }
    if (signedDigest !== subject.digest) {
        return check({
            reason: 'digest-mismatch',
            signer,
            signedDigest,
            detail: `the payload names ${signedDigest}, not ${subject.digest}`,
        });
    }
    return check({ signer, signedDigest, detail: `signed by ${signer}` });
}

;// CONCATENATED MODULE: ./shared/src/signing/verify.ts















/** Builds the trust of the policy's `signing.trust` (keys are read now; KMS keys at verification time). */
function trustFromPolicy(signing, options = {}) {
    const trust = signing.trust;
    const publicKeys = trust.publicKeys.map((text, i) => {
        const ref = key_reference_parseKeyReference(text);
        if (ref.kind === 'kms' || ref.kind === 'keyless') {
            throw new errors/* ConfigurationError */.j1(`signing.trust.publicKeys[${i}] is '${text}'; list KMS keys under signing.trust.kmsKeys and keyless identities under signing.trust.keyless.`);
        }
        const pem = ref.kind === 'pem' ? ref.pem : keys_readKeyMaterial(ref, { env: options.env, cwd: options.cwd });
        return { name: ref.kind === 'pem' ? `publicKeys[${i}]` : ref.text, key: loadPublicKey(pem) };
    });
    for (const [i, k] of trust.kmsKeys.entries()) {
        if (key_reference_parseKeyReference(k).kind !== 'kms') {
            throw new errors/* ConfigurationError */.j1(`signing.trust.kmsKeys[${i}] is '${k}'; write awskms:///alias/<name> or awskms:///arn:...`);
        }
    }
    const keyless = trust.keyless.map((k, i) => {
        try {
            return { issuer: k.issuer ?? GITHUB_OIDC_ISSUER, subject: new RegExp(k.subject) };
        }
        catch (err) {
            throw new errors/* ConfigurationError */.j1(`signing.trust.keyless[${i}].subject is not a regular expression: ${(0,errors/* errorMessage */.gJ)(err)}.`);
        }
    });
    const rootCertificates = trust.rootCertificates.map((text, i) => {
        const ref = text.trim().startsWith('-----BEGIN') ? undefined : key_reference_parseKeyReference(text);
        const pem = ref && ref.kind !== 'pem' ? keys_readKeyMaterial(ref, { env: options.env, cwd: options.cwd }) : text;
        try {
            new external_node_crypto_.X509Certificate(pem);
        }
        catch (err) {
            throw new errors/* ConfigurationError */.j1(`signing.trust.rootCertificates[${i}] is not a PEM certificate: ${(0,errors/* errorMessage */.gJ)(err)}.`);
        }
        return pem;
    });
    let trustedRoot = options.trustedRoot;
    if (trustedRoot === undefined && trust.trustedRoot) {
        const file = trust.trustedRoot.replace(/^file:\/\//, '');
        const path = (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.resolve)(options.cwd ?? process.cwd(), file);
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(path, 'utf8');
        }
        catch (err) {
            throw new errors/* ConfigurationError */.j1(`signing.trust.trustedRoot: cannot read ${path} (${(0,errors/* errorMessage */.gJ)(err)}).`);
        }
        try {
            trustedRoot = JSON.parse(text);
        }
        catch (err) {
            throw new errors/* ConfigurationError */.j1(`signing.trust.trustedRoot (${trust.trustedRoot}) is not JSON: ${(0,errors/* errorMessage */.gJ)(err)}.`);
        }
    }
    return {
        publicKeys,
        kmsKeys: trust.kmsKeys,
        keyless,
        signerProfiles: trust.signerProfiles,
        rootCertificates,
        ...(trustedRoot !== undefined ? { trustedRoot } : {}),
    };
}
async function kmsTrustedKeys(trust, kms) {
    if (!trust.kmsKeys.length)
        return [];
    if (!kms)
        throw new Error('verifyImageSignatures: KMS keys are trusted but no KMS client was given.');
    const client = kms();
    const keys = [];
    for (const text of trust.kmsKeys) {
        const ref = key_reference_parseKeyReference(text);
        if (ref.kind !== 'kms')
            continue;
        const out = await client.send(new dist_cjs.GetPublicKeyCommand({ KeyId: ref.keyId }));
        if (!out.PublicKey)
            throw new Error(`KMS returned no public key for ${text}.`);
        keys.push({ name: text, key: (0,external_node_crypto_.createPublicKey)({ key: Buffer.from(out.PublicKey), format: 'der', type: 'spki' }) });
    }
    return keys;
}
/**
 * Finds an image's signatures (referrers API, referrers tag schema, cosign `.sig` tag) and verifies each against
 * the trust. A signature counts only when it is valid, by a trusted key or identity, over this very digest.
 */
async function verifyImageSignatures(options) {
    const { client, repository, digest, trust } = options;
    const formats = new Set(options.formats ?? ['sigstore-bundle', 'cosign-legacy', 'notation', 'ecr-managed']);
    const keys = [...trust.publicKeys, ...(await kmsTrustedKeys(trust, options.kms))];
    let keylessMaterial;
    const bundleTrust = {
        keys,
        keyless: trust.keyless,
        keylessMaterial: () => (keylessMaterial ??= keylessTrustMaterial(trust.trustedRoot)),
    };
    const notationTrust = {
        keys,
        signerProfiles: trust.signerProfiles,
        rootCertificates: trust.rootCertificates.map((pem) => new external_node_crypto_.X509Certificate(pem)),
    };
    const now = options.now?.() ?? new Date();
    const image = { client, repository, digest };
    const listed = await listReferrers(client, repository, digest);
    const checks = [];
    for (const referrer of listed.referrers) {
        if (referrer.artifactType === payloads_SIGNATURE_MEDIA_TYPES.sigstoreBundle && formats.has('sigstore-bundle')) {
            checks.push(await verifyBundleReferrer(image, referrer, bundleTrust));
        }
        else if (referrer.artifactType === payloads_SIGNATURE_MEDIA_TYPES.notarySignature &&
            (formats.has('notation') || formats.has('ecr-managed'))) {
            checks.push(await verifyNotationReferrer(image, referrer, notationTrust, now));
        }
    }
    if (listed.cosignSignatureTag && formats.has('cosign-legacy')) {
        checks.push(...(await verifyLegacySignatures(image, bundleTrust)));
    }
    for (const c of checks) {
        options.logger?.debug(`${c.format} ${c.location}: ${c.reason ? `rejected (${c.reason})` : 'verified'}: ${c.detail}`);
    }
    return { verified: checks.filter((c) => !c.reason), rejected: checks.filter((c) => c.reason) };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var client_ecr_dist_cjs = __webpack_require__(28249);
// EXTERNAL MODULE: ./shared/src/policy/index.ts + 5 modules
var src_policy = __webpack_require__(48926);
// EXTERNAL MODULE: ./shared/src/policy/schema.ts
var schema = __webpack_require__(50223);
;// CONCATENATED MODULE: ./shared/src/scan/findings.ts


/** CRITICAL is 0, UNDEFINED is 5: a lower rank is more severe. */
function severityRank(severity) {
    return schema/* SEVERITIES */.oC.indexOf(severity);
}
/** Whether a severity is at or above a threshold; NONE is never reached. */
function atOrAbove(severity, threshold) {
    if (threshold === 'NONE')
        return false;
    // UNDEFINED ranks last: only a threshold of UNDEFINED counts unrated findings.
    return severityRank(severity) <= severityRank(threshold);
}
const WORDS = {
    CRITICAL: 'CRITICAL',
    HIGH: 'HIGH',
    MEDIUM: 'MEDIUM',
    MODERATE: 'MEDIUM',
    LOW: 'LOW',
    INFORMATIONAL: 'INFORMATIONAL',
    INFO: 'INFORMATIONAL',
    // Grype's "Negligible" and Debian's "unimportant" are below LOW: informational, as ECR basic scanning reports them.
    NEGLIGIBLE: 'INFORMATIONAL',
    UNIMPORTANT: 'INFORMATIONAL',
    // ECR UNDEFINED, Inspector UNTRIAGED, Trivy UNKNOWN, Grype Unknown: the vendor has not rated it yet.
    UNDEFINED: 'UNDEFINED',
    UNTRIAGED: 'UNDEFINED',
    UNKNOWN: 'UNDEFINED',
};
/** Maps a scanner's severity word (any case) onto the common scale; an unknown word is UNDEFINED. */
function normaliseSeverity(word) {
    if (!word)
        return 'UNDEFINED';
    return WORDS[word.trim().toUpperCase()] ?? 'UNDEFINED';
}
/** Whether a word is one of the known severity words (so a SARIF tag such as "security" is not taken for one). */
function isSeverityWord(word) {
    return word.trim().toUpperCase() in WORDS;
}
/** A CVSS-style score (0.0-10.0) on the bands GitHub code scanning uses for security-severity. */
function severityFromScore(score) {
    if (score >= 9)
        return 'CRITICAL';
    if (score >= 7)
        return 'HIGH';
    if (score >= 4)
        return 'MEDIUM';
    if (score > 0)
        return 'LOW';
    return 'INFORMATIONAL';
}
/** A representative security-severity for a severity without a score (the middle of its band). */
function scoreForSeverity(severity) {
    switch (severity) {
        case 'CRITICAL':
            return 9.5;
        case 'HIGH':
            return 8.0;
        case 'MEDIUM':
            return 5.5;
        case 'LOW':
            return 2.0;
        default:
            return 0.0;
    }
}
/** The identity of a finding: one vulnerability in one installed package. */
function findingKey(f) {
    return `${f.id}\u0000${f.package ?? ''}\u0000${f.installedVersion ?? ''}`;
}
/**
 * Drops repeats of the same vulnerability in the same package (a Trivy report lists a package once per
 * target; Inspector repeats a finding per layer), keeping the most severe and the one that knows a fix.
 */
function dedupeFindings(findings) {
    const byKey = new Map();
    for (const f of findings) {
        const key = findingKey(f);
        const seen = byKey.get(key);
        if (!seen) {
            byKey.set(key, f);
            continue;
        }
        const moreSevere = severityRank(f.severity) < severityRank(seen.severity);
        byKey.set(key, {
            ...(moreSevere ? f : seen),
            fixedVersion: seen.fixedVersion ?? f.fixedVersion,
            fixable: seen.fixable === true || f.fixable === true ? true : (seen.fixable ?? f.fixable),
        });
    }
    return [...byKey.values()];
}
/** Most severe first, then by id and package, so every report lists findings in the same order. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => severityRank(a.severity) - severityRank(b.severity) ||
        (b.score ?? -1) - (a.score ?? -1) ||
        a.id.localeCompare(b.id) ||
        (a.package ?? '').localeCompare(b.package ?? ''));
}
/** A count for each severity, all present. */
function emptyCounts() {
    return { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, INFORMATIONAL: 0, UNDEFINED: 0 };
}
function countBySeverity(findings) {
    const counts = emptyCounts();
    for (const f of findings)
        counts[f.severity]++;
    return counts;
}

;// CONCATENATED MODULE: ./shared/src/scan/signature.ts
const SIGNATURE_NOT_REQUIRED = {
    required: false,
    status: 'skipped',
    detail: "Not checked: neither 'require-signature' nor the policy's signing.required asks for it.",
};
/** Runs the check when it is required; any failure of the check itself fails closed, with its reason. */
async function checkSignature(gate, image, required) {
    if (!required)
        return SIGNATURE_NOT_REQUIRED;
    if (!gate) {
        return { required, status: 'error', detail: 'No signature verification is available for this registry.' };
    }
    try {
        return { required, ...(await gate.check(image)) };
    }
    catch (err) {
        return { required, status: 'error', detail: `The signature could not be checked: ${err.message}` };
    }
}

;// CONCATENATED MODULE: ./shared/src/scan/gate.ts


function isExpired(entry, today) {
    return entry.until !== undefined && entry.until < today;
}
function allowEntryMatches(entry, finding) {
    if (entry.id.toLowerCase() !== finding.id.toLowerCase())
        return false;
    return entry.package === undefined || entry.package.toLowerCase() === (finding.package ?? '').toLowerCase();
}
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** The verdict: pure, from the findings, the policy's scan settings and the signature check. */
function evaluateGate(findings, options, signature = SIGNATURE_NOT_REQUIRED) {
    const active = options.allow.filter((e) => !isExpired(e, options.today));
    const expired = options.allow.filter((e) => isExpired(e, options.today));
    const uses = new Map();
    const judged = sortFindings(findings).map((f) => {
        for (const e of expired)
            if (allowEntryMatches(e, f))
                uses.set(e, (uses.get(e) ?? 0) + 1);
        const allowedBy = active.find((e) => allowEntryMatches(e, f));
        if (allowedBy) {
            uses.set(allowedBy, (uses.get(allowedBy) ?? 0) + 1);
            return { ...f, status: 'allowed', decisive: false, allowedBy };
        }
        if (options.fixableOnly && f.fixable === false)
            return { ...f, status: 'not-fixable', decisive: false };
        return { ...f, status: 'counted', decisive: atOrAbove(f.severity, options.failOn) };
    });
    const counted = judged.filter((f) => f.status === 'counted');
    const decisive = counted.filter((f) => f.decisive);
    const counts = countBySeverity(counted);
    const reasons = [];
    if (decisive.length) {
        const bySeverity = countBySeverity(decisive);
        const parts = schema/* SEVERITIES */.oC.filter((s) => bySeverity[s]).map((s) => `${bySeverity[s]} ${s}`);
        reasons.push(`${plural(decisive.length, 'finding')} at or above ${options.failOn} ${decisive.length === 1 ? 'counts' : 'count'} (${parts.join(', ')}).`);
    }
    const signatureFailed = signature.required && signature.status !== 'verified';
    if (signatureFailed)
        reasons.push(`The image has no trusted signature (${signature.status}): ${signature.detail}`);
    const passed = decisive.length === 0 && !signatureFailed;
    if (passed) {
        reasons.push(options.failOn === 'NONE'
            ? `fail-on is NONE: findings are reported, never failed (${plural(counted.length, 'finding')} counted).`
            : `No finding at or above ${options.failOn} counts (${plural(counted.length, 'finding')} below it${options.fixableOnly ? ', fixable only' : ''}).`);
        if (signature.required)
            reasons.push(`The signature verified: ${signature.detail}`);
    }
    return {
        passed,
        failOn: options.failOn,
        fixableOnly: options.fixableOnly,
        findings: judged,
        counts,
        found: countBySeverity(findings),
        decisive,
        allowlist: {
            applied: active.filter((e) => uses.has(e)).map((entry) => ({ entry, matched: uses.get(entry) ?? 0 })),
            expired: expired.map((entry) => ({ entry, matched: uses.get(entry) ?? 0 })),
            unused: active.filter((e) => !uses.has(e)),
        },
        signature,
        reasons,
    };
}
/** Today's date in UTC, as allowlist entries write it. */
function utcDate(now) {
    return now.toISOString().slice(0, 10);
}

;// CONCATENATED MODULE: ./shared/src/inventory/cost.ts
/** Storage prices are per GB-month, where AWS counts a GB as 2^30 bytes. */
const BYTES_PER_GB = 1024 ** 3;
/** The monthly cost of keeping this many bytes, in USD, rounded to a hundredth of a cent. */
function monthlyCost(bytes, pricePerGbMonth) {
    return Math.round((bytes / BYTES_PER_GB) * pricePerGbMonth * 10000) / 10000;
}
/** USD for a table: cents, or fractions of a cent when the amount is that small. */
function formatUsd(amount) {
    if (amount === 0)
        return '$0.00';
    if (amount < 0.01)
        return `$${amount.toFixed(4)}`;
    return `$${amount.toFixed(2)}`;
}

;// CONCATENATED MODULE: ./shared/src/inventory/deployable.ts
function pushedAtMs(image) {
    return image.pushedAt ? Date.parse(image.pushedAt) : 0;
}
/** Newest push first; at the same push time the higher release tag (numeric-aware), then the digest. */
function compareCandidates(a, b) {
    const byTime = pushedAtMs(b) - pushedAtMs(a);
    if (byTime !== 0)
        return byTime;
    const tag = (i) => [...i.releaseTags].sort(naturalCompare).at(-1) ?? '';
    return naturalCompare(tag(b), tag(a)) || a.digest.localeCompare(b.digest);
}
function naturalCompare(a, b) {
    return a.localeCompare(b, 'en', { numeric: true });
}
/** Why an image may not be deployed, or undefined when it may. */
function ineligibility(image, options) {
    const reasons = [];
    const sig = image.signature;
    if (sig.status === 'unsigned')
        reasons.push('not signed');
    else if (sig.status === 'untrusted')
        reasons.push('signed, but by no key or identity the policy trusts');
    else if (sig.status === 'unknown')
        reasons.push(`signature not checked (${sig.detail})`);
    const scan = image.scan;
    if (scan.verdict === 'failed')
        reasons.push(`fails the scan policy (${scan.detail})`);
    else if (scan.verdict !== 'passed' && options.failOn !== 'NONE') {
        reasons.push(scan.verdict === 'pending' ? 'scan not finished' : `no usable scan (${scan.detail})`);
    }
    return reasons.length ? reasons.join('; ') : undefined;
}
function chooseDeployable(images, options) {
    const candidates = images.filter((i) => i.releaseTags.length > 0).sort(compareCandidates);
    const skipped = [];
    for (const image of candidates) {
        const reason = ineligibility(image, options);
        if (!reason)
            return { chosen: image, skipped, candidates: candidates.length };
        skipped.push({ digest: image.digest, tags: image.tags, reason });
    }
    return { skipped, candidates: candidates.length };
}

;// CONCATENATED MODULE: ./shared/src/scan/image.ts

const DIGEST = /^sha256:[a-f0-9]{64}$/;
const REPOSITORY = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const image_ECR_HOST = /^(\d{12})\.dkr(?:-fips)?\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;
/** repo@sha256:abcdef012345… : short enough for a log line, long enough to tell images apart. */
function image_shortImage(image) {
    return `${image.repository}@${image.digest.slice(0, 19)}…`;
}
function image_imageName(image) {
    return `${image.registry ? `${image.registry}/` : ''}${image.repository}@${image.digest}`;
}
/**
 * Parses `<registry>/<repository>@sha256:...` or `<repository>@sha256:...`. A tag alone is refused: a tag
 * can be moved between the scan and the deployment, so the gate would judge one image and pass another.
 * A reference with both a tag and a digest is judged by its digest.
 */
function parseScannedImage(input) {
    const text = input.trim().replace(/^docker:\/\//, '');
    const at = text.indexOf('@');
    if (at < 0) {
        throw new ConfigurationError(`Input 'image' is '${input}', which has no digest. scan-gate judges an image by digest, never by tag, because a tag can be moved to another image after the scan. Pass '<repository>@sha256:...', such as the 'image-uri' or 'digest' output of build-sign-push.`);
    }
    const digest = text.slice(at + 1);
    if (!DIGEST.test(digest)) {
        throw new ConfigurationError(`Input 'image' is '${input}'; the part after '@' must be a digest 'sha256:' followed by 64 lowercase hex digits.`);
    }
    let name = text.slice(0, at);
    // name:tag@digest: the digest decides, the tag is only a label.
    const lastSlash = name.lastIndexOf('/');
    const colon = name.indexOf(':', lastSlash + 1);
    if (colon >= 0)
        name = name.slice(0, colon);
    let registry;
    const first = name.split('/')[0];
    if (name.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')) {
        registry = first;
        name = name.slice(first.length + 1);
    }
    if (!REPOSITORY.test(name)) {
        throw new ConfigurationError(`Input 'image' is '${input}'; '${name}' is not a repository name (lowercase letters, digits, and . _ - separators, path parts joined by /).`);
    }
    const ecr = registry ? image_ECR_HOST.exec(registry) : null;
    return {
        registry,
        repository: name,
        digest,
        registryId: ecr?.[1],
        region: ecr?.[2],
    };
}

;// CONCATENATED MODULE: ./shared/src/scan/source.ts


/** The names an AWS SDK error carries. */
function source_awsErrorName(err) {
    return err?.name ?? '';
}
/** An AWS refusal turned into what the user changes: the IAM action the role lacks. */
function source_accessDenied(err, action, what) {
    const name = source_awsErrorName(err);
    if (name !== 'AccessDeniedException' && name !== 'AccessDenied' && name !== 'UnauthorizedException')
        return undefined;
    return new ConfigurationError(`AWS refused ${action} for ${what}: ${err.message}. Allow '${action}' to the role the workflow uses (see the IAM permissions in the scan-gate README).`);
}
/**
 * One Finding per vulnerable package of an Inspector finding. fixAvailable is per finding (YES, PARTIAL, NO);
 * a package's own fixedInVersion ("NotAvailable" when there is none) decides for that package.
 */
function fromPackageVulnerability(f, source) {
    const details = f.packageVulnerabilityDetails;
    const id = details?.vulnerabilityId ?? f.title ?? 'unknown';
    const link = details?.sourceUrl ?? f.remediationUrl ?? details?.referenceUrls?.[0];
    const scores = (details?.cvss ?? []).map((c) => c.baseScore).filter((s) => typeof s === 'number');
    const score = f.score ?? (scores.length ? Math.max(...scores) : undefined);
    const packages = details?.vulnerablePackages?.length ? details.vulnerablePackages : [{}];
    return packages.map((p) => {
        const fixed = p.fixedInVersion && p.fixedInVersion !== 'NotAvailable' ? p.fixedInVersion : undefined;
        const fixable = f.fixAvailable === 'NO' ? false : fixed ? true : f.fixAvailable === 'YES' ? true : f.fixAvailable ? false : null;
        return {
            id,
            severity: normaliseSeverity(f.severity),
            sourceSeverity: f.severity,
            package: p.name,
            installedVersion: p.version ? (p.release ? `${p.version}-${p.release}` : p.version) : undefined,
            fixedVersion: fixed,
            fixable,
            title: f.title,
            link,
            score,
            source,
        };
    });
}

;// CONCATENATED MODULE: ./shared/src/scan/wait.ts


/** The one time budget of a gate: every wait (ECR, Inspector coverage) spends from it. */
class Deadline {
    timeoutMs;
    clock;
    started;
    constructor(timeoutMs, clock = Date.now) {
        this.timeoutMs = timeoutMs;
        this.clock = clock;
        this.started = clock();
    }
    elapsedMs() {
        return this.clock() - this.started;
    }
    remainingMs() {
        return Math.max(0, this.timeoutMs - this.elapsedMs());
    }
    expired() {
        return this.remainingMs() <= 0;
    }
}
/** A scan that did not finish within the gate's timeout: the user can raise `timeout` or look at the scanner. */
class ScanTimeoutError extends errors/* ConfigurationError */.j1 {
    constructor(message) {
        super(message);
        this.name = 'ConfigurationError';
    }
}
const seconds = (ms) => `${Math.round(ms / 1000)} s`;
/**
 * Polls until done, with exponential backoff, within the shared deadline. Every pause says what it waits
 * for: "waiting for the ECR scan of repo@sha256:… (IN_PROGRESS, 40 s of 900 s)".
 */
async function wait_pollUntil(what, poll, options) {
    const sleep = options.sleep ?? defaultSleep;
    const maxDelay = options.maxDelayMs ?? 30_000;
    let delay = options.initialDelayMs ?? 5_000;
    const { deadline, logger } = options;
    for (;;) {
        const result = await poll();
        if (result.done)
            return result.value;
        const remaining = deadline.remainingMs();
        if (remaining <= 0) {
            throw new ScanTimeoutError(`Timed out after ${seconds(deadline.timeoutMs)} waiting for ${what} (still ${result.state}). ` +
                `Raise the 'timeout' input or the policy's scan.timeoutSeconds, or check the scanner.`);
        }
        logger.info(`waiting for ${what} (${result.state}, ${seconds(deadline.elapsedMs())} of ${seconds(deadline.timeoutMs)})`);
        const pause = Math.min(delay, remaining);
        await sleep(pause);
        delay = Math.min(maxDelay, delay * 2);
    }
}

;// CONCATENATED MODULE: ./shared/src/scan/ecr.ts






/** BASIC (ECR's own scanner) or ENHANCED (Amazon Inspector), from the registry's scanning configuration. */
async function registryScanType(ecr, image) {
    try {
        const out = await ecr.send(new GetRegistryScanningConfigurationCommand({}));
        return out.scanningConfiguration?.scanType === 'ENHANCED' ? 'ENHANCED' : 'BASIC';
    }
    catch (err) {
        throw accessDenied(err, 'ecr:GetRegistryScanningConfiguration', `the registry of ${imageName(image)}`) ?? err;
    }
}
/** Why a scan status ends the wait without findings: one message per status, each saying what to do. */
function terminalStatusMessage(status, description, image) {
    const said = description ? ` ECR says: "${description}".` : '';
    const name = imageName(image);
    switch (status) {
        case 'FAILED':
            return `The ECR scan of ${name} failed.${said} Push the image again or start a scan by hand (aws ecr start-image-scan); if it keeps failing, scan a report with Trivy or Grype and pass it as 'report'.`;
        case 'UNSUPPORTED_IMAGE':
            return `ECR cannot scan ${name}: its operating system or media type is not supported by ECR scanning.${said} Use a supported base image, or scan with Trivy or Grype before the push and pass the report as 'report' with 'source: report'.`;
        case 'LIMIT_EXCEEDED':
            return `ECR did not scan ${name} because a scan limit was exceeded (basic scanning allows one scan per image every 24 hours).${said} Wait and run the gate again, or pass a Trivy/Grype report as 'report'.`;
        case 'SCAN_ELIGIBILITY_EXPIRED':
            return `The scan eligibility of ${name} has expired, so it is no longer rescanned.${said} Push the image again, or raise the scan duration of enhanced scanning in Amazon Inspector.`;
        case 'FINDINGS_UNAVAILABLE':
            return `ECR has no findings for ${name} (FINDINGS_UNAVAILABLE): the scan ran but its results are gone, usually because the image is older than the findings' retention or scanning was switched between basic and enhanced.${said} Push the image again or start a scan (aws ecr start-image-scan).`;
        case 'IMAGE_ARCHIVED':
            return `${name} is archived in ECR and cannot be scanned. Restore it (aws ecr update-image-storage-class --target-storage-class STANDARD) and run the gate again.`;
        case 'ACTIVE':
            return `The registry of ${name} uses enhanced scanning (Amazon Inspector), whose findings ECR basic scanning cannot give. Set 'source: inspector' or 'source: auto'.`;
        default:
            return `ECR reports the scan of ${name} as '${status}', which the gate does not know.${said}`;
    }
}
/** Starts a basic scan; each refusal becomes a message that says what to do. */
async function startScan(ecr, image, why, options) {
    options.logger.info(`Starting an ECR basic scan of ${shortImage(image)}: ${why}.`);
    try {
        await ecr.send(new StartImageScanCommand({
            registryId: image.registryId,
            repositoryName: image.repository,
            imageId: { imageDigest: image.digest },
        }));
    }
    catch (err) {
        const name = awsErrorName(err);
        const message = err.message;
        if (name === 'LimitExceededException') {
            throw new ConfigurationError(`ECR refused to scan ${imageName(image)} again: basic scanning allows one scan per image every 24 hours (${message}). Run the gate again later, or pass a Trivy/Grype report as 'report'.`);
        }
        if (name === 'UnsupportedImageTypeException') {
            throw new ConfigurationError(`ECR cannot scan ${imageName(image)}: ${message}. Use a supported base image, or pass a Trivy/Grype report as 'report'.`);
        }
        if (name === 'ValidationException') {
            throw new ConfigurationError(`ECR refused to start a scan of ${imageName(image)}: ${message}. With enhanced scanning, set 'source: inspector'; with basic scanning, check the registry scanning configuration (provision-repo sets it from the policy).`);
        }
        throw accessDenied(err, 'ecr:StartImageScan', imageName(image)) ?? err;
    }
}
/** Maps an ECR basic finding; its attributes carry the package (package_name, package_version) and CVSS. */
/** The findings of one DescribeImageScanFindings page: basic findings and, under enhanced scanning, Inspector's. */
function findingsOfPage(page) {
    const findings = (page.imageScanFindings?.findings ?? []).map(fromEcrBasicFinding);
    for (const f of page.imageScanFindings?.enhancedFindings ?? []) {
        findings.push(...fromPackageVulnerability({
            ...f,
            remediationUrl: f.remediation?.recommendation?.url,
            packageVulnerabilityDetails: f.packageVulnerabilityDetails && {
                ...f.packageVulnerabilityDetails,
                cvss: f.packageVulnerabilityDetails.cvss?.map((c) => ({ baseScore: c.baseScore })),
            },
        }, 'ecr'));
    }
    return findings;
}
function fromEcrBasicFinding(f) {
    const attr = (key) => f.attributes?.find((a) => a.key === key)?.value;
    const score = Number(attr('CVSS3_SCORE') ?? attr('CVSS2_SCORE'));
    return {
        id: f.name ?? 'unknown',
        severity: normaliseSeverity(f.severity),
        sourceSeverity: f.severity,
        package: attr('package_name'),
        installedVersion: attr('package_version'),
        // Basic scanning does not say whether a fix exists.
        fixable: null,
        title: f.description ? firstSentence(f.description) : undefined,
        link: f.uri,
        score: Number.isFinite(score) && score > 0 ? score : undefined,
        source: 'ecr',
    };
}
function firstSentence(text) {
    const line = text.split(/\r?\n/)[0];
    const end = line.search(/\.\s/);
    const sentence = end > 0 ? line.slice(0, end + 1) : line;
    return sentence.length > 200 ? `${sentence.slice(0, 197)}...` : sentence;
}
/**
 * ECR basic scanning, as a state machine over ImageScanStatus: PENDING and IN_PROGRESS wait; COMPLETE is read
 * (every page); a missing scan or an expired eligibility starts one scan; every other status ends the gate with
 * its own message. (The SDK's image-scan-complete waiter is not used: under enhanced scanning the status is
 * ACTIVE, so it never finishes.)
 */
async function ecrBasicScan(ecr, image, options) {
    const what = `the ECR scan of ${shortImage(image)}`;
    let scanStarted = false;
    const describe = (nextToken) => ecr.send(new DescribeImageScanFindingsCommand({
        registryId: image.registryId,
        repositoryName: image.repository,
        imageId: { imageDigest: image.digest },
        maxResults: 1000,
        nextToken,
    }));
    const first = await pollUntil(what, async () => {
        let page;
        try {
            page = await describe();
        }
        catch (err) {
            const name = awsErrorName(err);
            if (name === 'ScanNotFoundException') {
                if (!scanStarted) {
                    await startScan(ecr, image, 'it has no scan yet (the repository does not scan on push)', options);
                    scanStarted = true;
                    return { done: false, state: 'scan started' };
                }
                return { done: false, state: 'no scan yet' };
            }
            if (name === 'ImageNotFoundException' || name === 'RepositoryNotFoundException') {
                throw new ConfigurationError(`ECR has no image ${imageName(image)}: ${err.message}. Check the repository name, the digest and the region ('aws-region').`);
            }
            throw accessDenied(err, 'ecr:DescribeImageScanFindings', imageName(image)) ?? err;
        }
        const status = page.imageScanStatus?.status ?? 'PENDING';
        switch (status) {
            case 'PENDING':
            case 'IN_PROGRESS':
                return { done: false, state: status };
            case 'COMPLETE':
                return { done: true, value: page };
            case 'SCAN_ELIGIBILITY_EXPIRED':
                if (!scanStarted) {
                    await startScan(ecr, image, 'its scan eligibility has expired', options);
                    scanStarted = true;
                    return { done: false, state: 'scan started' };
                }
                throw new ConfigurationError(terminalStatusMessage(status, page.imageScanStatus?.description, image));
            default:
                throw new ConfigurationError(terminalStatusMessage(status, page.imageScanStatus?.description, image));
        }
    }, options);
    const findings = [];
    let page = first;
    let pages = 0;
    while (page) {
        pages++;
        findings.push(...findingsOfPage(page));
        page = page.nextToken ? await describe(page.nextToken) : undefined;
    }
    const completed = first.imageScanFindings?.imageScanCompletedAt;
    options.logger.info(`Read ${findings.length} ECR findings of ${shortImage(image)} in ${pages} page(s).`);
    return {
        source: 'ecr',
        findings,
        detail: `ECR basic scan${completed ? ` completed ${completed.toISOString()}` : ''}`,
    };
}

;// CONCATENATED MODULE: ./shared/src/inventory/images.ts




/** Reading a repository's images from ECR: every page of DescribeImages, manifests and scan findings. */
const INDEX_TYPES = [types_MEDIA_TYPES.ociIndex, types_MEDIA_TYPES.dockerManifestList];
/** Configs of what a repository is for: container images and Helm charts. */
const PRIMARY_CONFIGS = [
    types_MEDIA_TYPES.ociConfig,
    types_MEDIA_TYPES.dockerConfig,
    'application/vnd.cncf.helm.config.v1+json',
];
/** The referrers tag schema (sha256-<hex>) and cosign's .sig/.att/.sbom tags. */
const ATTACHMENT_TAG = /^sha256-[0-9a-f]{64}(\.[a-z]+)?$/;
const SIGNATURE_TYPES = Object.values(payloads_SIGNATURE_MEDIA_TYPES);
const BATCH_GET_LIMIT = 100;
/** Every image of a repository, all pages. */
async function describeAllImages(ecr, repository, call) {
    const out = [];
    let nextToken;
    do {
        const page = await call(`DescribeImages ${repository}`, () => ecr.send(new client_ecr_dist_cjs.DescribeImagesCommand({ repositoryName: repository, maxResults: 1000, nextToken })));
        out.push(...(page.imageDetails ?? []));
        nextToken = page.nextToken;
    } while (nextToken);
    return out;
}
/**
 * Whether a stored manifest is a signature, attestation or other referrer rather than an image: it is tagged only
 * with the referrers tag schema or cosign's tags, or it is untagged with an artifact type that is no image config.
 */
function isAttachment(detail) {
    const tags = detail.imageTags ?? [];
    if (tags.length > 0)
        return tags.every((t) => ATTACHMENT_TAG.test(t));
    const artifact = detail.artifactMediaType;
    if (!artifact)
        return false;
    if (SIGNATURE_TYPES.includes(artifact))
        return true;
    return !INDEX_TYPES.includes(detail.imageManifestMediaType ?? '') && !PRIMARY_CONFIGS.includes(artifact);
}
function platformName(p) {
    return `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`;
}
/** The platforms an index lists (attestation manifests, marked unknown/unknown, left out). */
function indexPlatforms(index) {
    return (index.manifests ?? [])
        .map((m) => m.platform)
        .filter((p) => Boolean(p) && !(p?.os === 'unknown' && p?.architecture === 'unknown'))
        .map(platformName);
}
function isIndexType(mediaType) {
    return INDEX_TYPES.includes(mediaType ?? '');
}
/** Manifest bodies by digest through ECR's API (BatchGetImage, 100 digests a call). */
async function batchGetManifests(ecr, repository, digests, call) {
    const out = new Map();
    for (let i = 0; i < digests.length; i += BATCH_GET_LIMIT) {
        const batch = digests.slice(i, i + BATCH_GET_LIMIT);
        const answer = await call(`BatchGetImage ${repository}`, () => ecr.send(new client_ecr_dist_cjs.BatchGetImageCommand({
            repositoryName: repository,
            imageIds: batch.map((imageDigest) => ({ imageDigest })),
            acceptedMediaTypes: MANIFEST_ACCEPT.split(',').map((t) => t.trim()),
        })));
        for (const image of answer.images ?? []) {
            if (image.imageId?.imageDigest && image.imageManifest)
                out.set(image.imageId.imageDigest, image.imageManifest);
        }
    }
    return out;
}
/** Every finding of an image's scan (all pages of DescribeImageScanFindings), basic and enhanced alike. */
async function imageFindings(ecr, repository, digest, call) {
    const findings = [];
    let nextToken;
    do {
        const page = await call(`DescribeImageScanFindings ${repository}`, () => ecr.send(new client_ecr_dist_cjs.DescribeImageScanFindingsCommand({
            repositoryName: repository,
            imageId: { imageDigest: digest },
            maxResults: 1000,
            nextToken,
        })));
        findings.push(...findingsOfPage(page));
        nextToken = page.nextToken;
    } while (nextToken);
    return findings;
}

;// CONCATENATED MODULE: ./shared/src/inventory/lifecycle-preview.ts



const DENIED = ['AccessDeniedException', 'AccessDenied', 'UnauthorizedException'];
/**
 * What the repository's lifecycle policy would expire now, from ECR's own evaluation: StartLifecyclePolicyPreview
 * (a dry run: it expires nothing), then GetLifecyclePolicyPreview polled until COMPLETE, every page read. A
 * missing policy, a refused call, a failed or slow preview is reported, never thrown: the inventory goes on.
 */
async function previewLifecycle(ecr, repository, options) {
    try {
        await options.call(`StartLifecyclePolicyPreview ${repository}`, () => ecr.send(new client_ecr_dist_cjs.StartLifecyclePolicyPreviewCommand({ repositoryName: repository })));
    }
    catch (err) {
        const name = (0,aws_calls/* errorName */.Is)(err);
        if (name === 'LifecyclePolicyNotFoundException') {
            return { status: 'no-policy', detail: 'The repository has no lifecycle policy: nothing expires.', expiring: [] };
        }
        if (DENIED.includes(name)) {
            return {
                status: 'not-permitted',
                detail: `The role may not preview the lifecycle policy (${name}); allow ecr:StartLifecyclePolicyPreview and ecr:GetLifecyclePolicyPreview to see what it expires.`,
                expiring: [],
            };
        }
        // Another preview of this repository is running: read it when it completes.
        if (name !== 'LifecyclePolicyPreviewInProgressException') {
            return { status: 'failed', detail: `The lifecycle preview could not start: ${(0,errors/* errorMessage */.gJ)(err)}`, expiring: [] };
        }
    }
    const get = (nextToken) => options.call(`GetLifecyclePolicyPreview ${repository}`, () => ecr.send(new client_ecr_dist_cjs.GetLifecyclePolicyPreviewCommand({ repositoryName: repository, maxResults: 100, nextToken })));
    let waited = 0;
    let first;
    for (;;) {
        try {
            first = await get();
        }
        catch (err) {
            if (DENIED.includes((0,aws_calls/* errorName */.Is)(err))) {
                return {
                    status: 'not-permitted',
                    detail: `The role may not read the lifecycle preview (${(0,aws_calls/* errorName */.Is)(err)}); allow ecr:GetLifecyclePolicyPreview.`,
                    expiring: [],
                };
            }
            return {
                status: 'failed',
                detail: `The lifecycle preview could not be read: ${(0,errors/* errorMessage */.gJ)(err)}`,
                expiring: [],
            };
        }
        if (first.status === 'COMPLETE')
            break;
        if (first.status === 'FAILED' || first.status === 'EXPIRED') {
            return { status: 'failed', detail: `ECR reports the lifecycle preview as ${first.status}.`, expiring: [] };
        }
        if (waited >= options.timeoutMs) {
            return {
                status: 'timed-out',
                detail: `ECR had not finished the lifecycle preview after ${Math.round(waited / 1000)} s; run the report again later.`,
                expiring: [],
            };
        }
        await options.sleep(options.pollMs);
        waited += options.pollMs;
    }
    const expiring = [];
    let page = first;
    while (page) {
        for (const r of page.previewResults ?? []) {
            if (!r.imageDigest)
                continue;
            expiring.push({
                digest: r.imageDigest,
                tags: r.imageTags ?? [],
                pushedAt: r.imagePushedAt?.toISOString(),
                rulePriority: r.appliedRulePriority,
            });
        }
        page = page.nextToken ? await get(page.nextToken) : undefined;
    }
    return {
        status: 'complete',
        detail: `The lifecycle policy would expire ${expiring.length} image(s) now.`,
        expiring,
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(53711);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 28 modules
var XMLParser = __webpack_require__(88879);
;// CONCATENATED MODULE: ./shared/src/packages/maven-version.ts
/**
 * Maven's version order, as `org.apache.maven.artifact.versioning.ComparableVersion` of Maven 3.8/3.9
 * defines it: a version is a tree of items (numbers, qualifiers, sub-lists opened by '-' or by a switch
 * between letters and digits); known qualifiers order alpha < beta < milestone < rc < snapshot < release < sp,
 * unknown ones after them alphabetically; trailing zeros and release qualifiers are dropped. maven-metadata.xml
 * lists versions in this order and names the greatest as latest/release.
 */
const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const ALIASES = { ga: '', final: '', release: '', cr: 'rc' };
const RELEASE_INDEX = String(QUALIFIERS.indexOf(''));
function comparableQualifier(qualifier) {
    const i = QUALIFIERS.indexOf(qualifier);
    return i === -1 ? `${QUALIFIERS.length}-${qualifier}` : String(i);
}
/** Java's String.compareTo sign, by UTF-16 code units as Java compares. */
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function numberItem(digits) {
    const stripped = digits.replace(/^0+(?=.)/, '') || '0';
    const width = stripped.length <= 9 ? 0 : stripped.length <= 18 ? 1 : 2;
    return { kind: 'number', value: BigInt(stripped), width };
}
function qualifierItem(text, followedByDigit) {
    let value = text;
    // a1 = alpha-1, b1 = beta-1, m1 = milestone-1
    if (followedByDigit && value.length === 1) {
        value = { a: 'alpha', b: 'beta', m: 'milestone' }[value] ?? value;
    }
    return { kind: 'qualifier', value: ALIASES[value] ?? value };
}
function isNull(item) {
    switch (item.kind) {
        case 'number':
            return item.value === 0n;
        case 'qualifier':
            return comparableQualifier(item.value) === RELEASE_INDEX;
        case 'list':
            return item.items.length === 0;
    }
}
function normalize(list) {
    for (let i = list.items.length - 1; i >= 0; i--) {
        const last = list.items[i];
        if (isNull(last))
            list.items.splice(i, 1);
        else if (last.kind !== 'list')
            break;
    }
}
/** Item.compareTo(other), with `undefined` standing for Java's null (a missing item). */
function compareItem(item, other) {
    switch (item.kind) {
        case 'number':
            if (other === undefined)
                return item.value === 0n ? 0 : 1;
            if (other.kind === 'number') {
                if (item.width !== other.width)
                    return item.width < other.width ? -1 : 1;
                return item.value < other.value ? -1 : item.value > other.value ? 1 : 0;
            }
            return 1; // 1.1 > 1-sp, 1.1 > 1-1
        case 'qualifier':
            if (other === undefined)
                return compareStrings(comparableQualifier(item.value), RELEASE_INDEX); // 1-rc < 1, 1-sp > 1
            if (other.kind === 'qualifier') {
                return compareStrings(comparableQualifier(item.value), comparableQualifier(other.value));
            }
            return -1; // 1.any < 1.1, 1.any < 1-1
        case 'list': {
            if (other === undefined) {
                for (const i of item.items) {
                    const result = compareItem(i, undefined);
                    if (result !== 0)
                        return result;
                }
                return 0;
            }
            if (other.kind === 'number')
                return -1; // 1-1 < 1.0.x
            if (other.kind === 'qualifier')
                return 1; // 1-1 > 1-sp
            const length = Math.max(item.items.length, other.items.length);
            for (let i = 0; i < length; i++) {
                const l = item.items[i];
                const r = other.items[i];
                const result = l === undefined ? (r === undefined ? 0 : -compareItem(r, undefined)) : compareItem(l, r);
                if (result !== 0)
                    return result;
            }
            return 0;
        }
    }
}
function parse(version) {
    const text = version.toLowerCase();
    const root = { kind: 'list', items: [] };
    let list = root;
    const stack = [root];
    const open = () => {
        const child = { kind: 'list', items: [] };
        list.items.push(child);
        list = child;
        stack.push(child);
    };
    const token = (isDigit, s) => (isDigit ? numberItem(s) : qualifierItem(s, false));
    let isDigit = false;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '.' || c === '-') {
            list.items.push(i === start ? numberItem('0') : token(isDigit, text.slice(start, i)));
            start = i + 1;
            if (c === '-')
                open();
        }
        else if (c >= '0' && c <= '9') {
            if (!isDigit && i > start) {
                // A qualifier after a dot starts its own sub-list, as after a dash: 1.0.RC1 == 1-rc-1.
                if (list.items.length > 0)
                    open();
                list.items.push(qualifierItem(text.slice(start, i), true));
                start = i;
                open();
            }
            isDigit = true;
        }
        else {
            if (isDigit && i > start) {
                list.items.push(numberItem(text.slice(start, i)));
                start = i;
                open();
            }
            isDigit = false;
        }
    }
    if (text.length > start) {
        if (!isDigit && list.items.length > 0)
            open();
        list.items.push(token(isDigit, text.slice(start)));
    }
    while (stack.length > 0)
        normalize(stack.pop());
    return root;
}
function canonical(list) {
    let out = '';
    for (const item of list.items) {
        if (out.length > 0)
            out += item.kind === 'list' ? '-' : '.';
        out += item.kind === 'list' ? canonical(item) : item.kind === 'number' ? item.value.toString() : item.value;
    }
    return out;
}
/** A parsed Maven version: compare with `compareTo`, or use `compareMavenVersions` to sort strings. */
class MavenVersion {
    value;
    items;
    constructor(value) {
        this.value = value;
        this.items = parse(value);
    }
    /** The canonical form, equal for equal versions (1.0 and 1 are both '1'). */
    get canonical() {
        return canonical(this.items);
    }
    compareTo(other) {
        return Math.sign(compareItem(this.items, other.items));
    }
}
function maven_version_compareMavenVersions(a, b) {
    return new MavenVersion(a).compareTo(new MavenVersion(b));
}
/** Sorted in Maven's order, duplicates by string removed; ties keep their relative order. */
function maven_version_sortMavenVersions(versions) {
    const unique = [...new Set(versions)];
    const parsed = new Map(unique.map((v) => [v, new MavenVersion(v)]));
    return unique.sort((a, b) => parsed.get(a).compareTo(parsed.get(b)));
}
function maven_version_isSnapshotVersion(version) {
    return version.endsWith('-SNAPSHOT');
}

;// CONCATENATED MODULE: ./shared/src/packages/maven-metadata.ts



/**
 * maven-metadata.xml, both kinds: the artifact's (`<g>/<a>/maven-metadata.xml`: every version, latest,
 * release) that version ranges and LATEST/RELEASE read, and a snapshot version's (`<g>/<a>/<v>/`: the
 * timestamp and build number of the newest upload, and the file of each classifier/extension).
 */
const CHECKSUM_ALGORITHMS = (/* unused pure expression or super */ null && (['md5', 'sha1', 'sha256', 'sha512']));
const parser = new XMLParser/* default */.A({
    ignoreAttributes: true,
    parseTagValue: false,
    trimValues: true,
    isArray: (name) => name === 'version' || name === 'snapshotVersion',
});
/** `yyyyMMddHHmmss` in UTC, as Maven writes lastUpdated. */
function lastUpdatedStamp(now) {
    return now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}
/** `yyyyMMdd.HHmmss` in UTC, as Maven writes a snapshot's timestamp. */
function snapshotTimestamp(now) {
    const s = lastUpdatedStamp(now);
    return `${s.slice(0, 8)}.${s.slice(8)}`;
}
function escapeXml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function maven_metadata_element(name, value, indent) {
    return value === undefined ? '' : `${indent}<${name}>${escapeXml(String(value))}</${name}>\n`;
}
function maven_metadata_text(node) {
    if (typeof node === 'string')
        return node || undefined;
    if (typeof node === 'number')
        return String(node);
    return undefined;
}
function parseXml(content, key) {
    let doc;
    try {
        doc = parser.parse(content.toString('utf8'), true);
    }
    catch (err) {
        throw new Error(`The stored ${key} is not well-formed XML (${err.message}); repair or remove it.`, {
            cause: err,
        });
    }
    const metadata = doc.metadata;
    if (!metadata || typeof metadata !== 'object') {
        throw new Error(`The stored ${key} has no <metadata> element; repair or remove it.`);
    }
    return metadata;
}
function parseArtifactMetadata(content, key) {
    const m = parseXml(content, key);
    const versioning = (m.versioning ?? {});
    const versions = (versioning.versions?.version ?? []);
    return {
        groupId: maven_metadata_text(m.groupId) ?? '',
        artifactId: maven_metadata_text(m.artifactId) ?? '',
        versions: versions.map(maven_metadata_text).filter((v) => v !== undefined),
        latest: maven_metadata_text(versioning.latest),
        release: maven_metadata_text(versioning.release),
        lastUpdated: maven_metadata_text(versioning.lastUpdated),
    };
}
function renderArtifactMetadata(m) {
    const xml = '<?xml version="1.0" encoding="UTF-8"?>\n<metadata>\n' +
        maven_metadata_element('groupId', m.groupId, '  ') +
        maven_metadata_element('artifactId', m.artifactId, '  ') +
        '  <versioning>\n' +
        maven_metadata_element('latest', m.latest, '    ') +
        maven_metadata_element('release', m.release, '    ') +
        '    <versions>\n' +
        m.versions.map((v) => maven_metadata_element('version', v, '      ')).join('') +
        '    </versions>\n' +
        maven_metadata_element('lastUpdated', m.lastUpdated, '    ') +
        '  </versioning>\n</metadata>\n';
    return Buffer.from(xml, 'utf8');
}
/**
 * Adds a version to the artifact's metadata (or starts it). `latest` is the greatest version in Maven's
 * order, `release` the greatest that is not a snapshot, so both only move forward. Returns undefined when
 * nothing changes (the version is listed and latest/release stay), so a re-publish rewrites nothing.
 */
function mergeArtifactMetadata(current, add) {
    const versions = sortMavenVersions([...(current?.versions ?? []), add.version]);
    const greatest = (candidates) => candidates
        .filter((v) => v !== undefined)
        .reduce((max, v) => (max === undefined || compareMavenVersions(v, max) > 0 ? v : max), undefined);
    const latest = greatest([current?.latest, ...versions]);
    const release = greatest([current?.release, ...versions.filter((v) => !isSnapshotVersion(v))]);
    const next = {
        groupId: add.groupId,
        artifactId: add.artifactId,
        versions,
        latest,
        release,
        lastUpdated: lastUpdatedStamp(add.now),
    };
    if (current &&
        current.versions.includes(add.version) &&
        current.latest === latest &&
        current.release === release &&
        current.groupId === add.groupId &&
        current.artifactId === add.artifactId) {
        return undefined;
    }
    return next;
}
function parseSnapshotMetadata(content, key) {
    const m = parseXml(content, key);
    const versioning = (m.versioning ?? {});
    const snapshot = (versioning.snapshot ?? {});
    const entries = (versioning.snapshotVersions?.snapshotVersion ?? []);
    const buildNumber = Number(maven_metadata_text(snapshot.buildNumber) ?? '0');
    return {
        groupId: maven_metadata_text(m.groupId) ?? '',
        artifactId: maven_metadata_text(m.artifactId) ?? '',
        version: maven_metadata_text(Array.isArray(m.version) ? m.version[0] : m.version) ?? '',
        timestamp: maven_metadata_text(snapshot.timestamp) ?? '',
        buildNumber: Number.isSafeInteger(buildNumber) && buildNumber >= 0 ? buildNumber : 0,
        lastUpdated: maven_metadata_text(versioning.lastUpdated) ?? '',
        snapshotVersions: entries.map((e) => ({
            classifier: maven_metadata_text(e.classifier),
            extension: maven_metadata_text(e.extension) ?? '',
            value: maven_metadata_text(e.value) ?? '',
            updated: maven_metadata_text(e.updated) ?? '',
        })),
    };
}
function renderSnapshotMetadata(m) {
    const entries = m.snapshotVersions
        .map((e) => '      <snapshotVersion>\n' +
        maven_metadata_element('classifier', e.classifier, '        ') +
        maven_metadata_element('extension', e.extension, '        ') +
        maven_metadata_element('value', e.value, '        ') +
        maven_metadata_element('updated', e.updated, '        ') +
        '      </snapshotVersion>\n')
        .join('');
    const xml = '<?xml version="1.0" encoding="UTF-8"?>\n<metadata modelVersion="1.1.0">\n' +
        maven_metadata_element('groupId', m.groupId, '  ') +
        maven_metadata_element('artifactId', m.artifactId, '  ') +
        maven_metadata_element('version', m.version, '  ') +
        '  <versioning>\n' +
        '    <snapshot>\n' +
        maven_metadata_element('timestamp', m.timestamp, '      ') +
        maven_metadata_element('buildNumber', m.buildNumber, '      ') +
        '    </snapshot>\n' +
        maven_metadata_element('lastUpdated', m.lastUpdated, '    ') +
        '    <snapshotVersions>\n' +
        entries +
        '    </snapshotVersions>\n' +
        '  </versioning>\n</metadata>\n';
    return Buffer.from(xml, 'utf8');
}
/** The build that a new upload of a snapshot gets: one more than the stored metadata's. */
function nextBuildNumber(current) {
    return (current?.buildNumber ?? 0) + 1;
}
/**
 * The snapshot metadata after this upload: its timestamp and build number, its files replacing the stored
 * entries of the same classifier and extension, the others kept. Throws when the stored build is not older
 * than this one: another publish of the same snapshot got there first, and its build must stay the current.
 */
function mergeSnapshotMetadata(current, next) {
    if (current && current.buildNumber >= next.buildNumber) {
        throw new Error(`${next.groupId}:${next.artifactId}:${next.version} got build ${current.buildNumber} (${current.timestamp}) from another publish while this one planned build ${next.buildNumber}. Re-run the job to publish it as build ${current.buildNumber + 1}.`);
    }
    const ours = new Set(next.snapshotVersions.map((e) => `${e.classifier ?? ''}:${e.extension}`));
    const kept = (current?.snapshotVersions ?? []).filter((e) => !ours.has(`${e.classifier ?? ''}:${e.extension}`));
    const snapshotVersions = [...next.snapshotVersions, ...kept].sort((a, b) => (a.classifier ?? '').localeCompare(b.classifier ?? '') || a.extension.localeCompare(b.extension));
    return { ...next, snapshotVersions };
}
/** The `.md5`, `.sha1`, `.sha256` and `.sha512` files Maven reads beside a file: the hex digest alone. */
function checksumFiles(key, content) {
    return CHECKSUM_ALGORITHMS.map((algorithm) => ({
        key: `${key}.${algorithm}`,
        body: Buffer.from(createHash(algorithm).update(content).digest('hex'), 'utf8'),
        contentType: 'text/plain',
        algorithm,
    }));
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var node_modules_semver = __webpack_require__(62088);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
;// CONCATENATED MODULE: ./shared/src/packages/tar-reader.ts


/**
 * Walks an (uncompressed) tar archive, in memory or streamed: the name and size of every regular file, and the
 * contents of the files `wanted` picks, in archive order. Rejects with tar-stream's error on a malformed archive
 * (or the stream's own error).
 */
async function tar_reader_readTarFiles(tar, wanted) {
    const files = [];
    const contents = new Map();
    const reader = extract();
    const done = new Promise((resolve, reject) => {
        reader.on('entry', (header, stream, next) => {
            const name = header.name.replace(/^\.\//, '');
            const isFile = header.type === 'file';
            if (isFile)
                files.push({ name, size: header.size ?? 0 });
            const keep = isFile && !contents.has(name) && wanted(name);
            const chunks = [];
            stream.on('data', (c) => {
                if (keep)
                    chunks.push(c);
            });
            stream.on('end', () => {
                if (keep)
                    contents.set(name, Buffer.concat(chunks));
                next();
            });
            stream.on('error', reject);
        });
        reader.on('finish', resolve);
        reader.on('error', reject);
    });
    if (Buffer.isBuffer(tar)) {
        reader.end(tar);
        await done;
    }
    else {
        await Promise.all([pipeline(tar, reader), done]);
    }
    return { files, contents };
}

;// CONCATENATED MODULE: ./shared/src/packages/paths.ts

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
function paths_assertSafeSegment(segment, what) {
    const reason = unsafeSegmentReason(segment);
    if (reason)
        throw new errors/* ConfigurationError */.j1(`The ${what} is not allowed: ${reason}. Use letters, digits, '.', '-' and '_'.`);
    return segment;
}
/**
 * Checks a key relative to the system's prefix: no leading slash, no empty, dot or encoded segments.
 * A trailing slash is allowed (the PEP 503 page of a project is served at `simple/<name>/`).
 */
function paths_assertSafeRelativeKey(key) {
    if (key.length === 0)
        throw new errors/* ConfigurationError */.j1('An empty object key was planned; this is not allowed.');
    if (key.startsWith('/'))
        throw new errors/* ConfigurationError */.j1(`The key '${key}' is absolute; keys are relative to the prefix.`);
    if (key.length > 900)
        throw new errors/* ConfigurationError */.j1(`The key '${key.slice(0, 80)}...' is too long for S3.`);
    const segments = key.endsWith('/') ? key.slice(0, -1).split('/') : key.split('/');
    for (const segment of segments) {
        const reason = unsafeSegmentReason(segment);
        if (reason)
            throw new errors/* ConfigurationError */.j1(`The key '${key}' is not allowed: a segment '${segment}': ${reason}.`);
    }
    return key;
}
/** Checks the system's prefix (from the policy or the `prefix` input) and drops surrounding slashes. */
function normalizePrefix(prefix) {
    const trimmed = prefix.replace(/^\/+|\/+$/g, '');
    if (!trimmed)
        throw new ConfigurationError("Input 'prefix' is empty; the package store needs the system's prefix.");
    for (const segment of trimmed.split('/')) {
        const reason = unsafeSegmentReason(segment);
        if (reason)
            throw new ConfigurationError(`The prefix '${prefix}' is not allowed: a segment '${segment}': ${reason}.`);
    }
    return trimmed;
}
/** `<prefix>/<key>`, both checked: the only way a full key is built. */
function paths_storeKey(prefix, relativeKey) {
    return `${normalizePrefix(prefix)}/${paths_assertSafeRelativeKey(relativeKey)}`;
}
/** The public URL of a relative key: segments are percent-encoded, slashes kept. */
function paths_publicUrl(storeUrl, relativeKey) {
    const encoded = relativeKey.split('/').map((s) => encodeURIComponent(s).replace(/%40/g, '@'));
    return `${storeUrl.replace(/\/+$/, '')}/${encoded.join('/')}`;
}

;// CONCATENATED MODULE: ./shared/src/packages/npm.ts








/**
 * npm: the registry is `<store>/npm/`. The client asks for a package's packument at `<registry>/<name>`
 * (`@scope%2fname` for a scoped one, which S3 decodes to the key `npm/@scope/name`) and downloads the
 * tarball from the packument's absolute `dist.tarball` URL, checking `dist.integrity`.
 */
const NAME = /^(?:@([a-z0-9-~][a-z0-9-._~]*)\/)?([a-z0-9-~][a-z0-9-._~]*)$/;
const RESERVED = new Set(['node_modules', 'favicon.ico']);
const MAX_TARBALL_BYTES = (/* unused pure expression or super */ null && (512 * 1024 * 1024));
/** Checks a package name by npm's rules for new packages; returns the scope and the bare name. */
function parseNpmName(name) {
    if (typeof name !== 'string' || name.length === 0) {
        throw new errors/* ConfigurationError */.j1("package.json has no 'name'; set it to the package's name, such as @acme/widgets.");
    }
    if (name.length > 214)
        throw new errors/* ConfigurationError */.j1(`npm package name '${name}' is longer than 214 characters.`);
    const match = NAME.exec(name);
    if (!match) {
        const hint = name.startsWith('@')
            ? "a scoped name is '@scope/name', both parts in lowercase letters, digits, '-', '.', '_' or '~', the name not starting with '.' or '_'"
            : "lowercase letters, digits, '-', '.', '_' and '~', not starting with '.' or '_', with an optional '@scope/'";
        throw new errors/* ConfigurationError */.j1(`npm package name '${name}' is not valid: ${hint}.`);
    }
    const [, scope, bare] = match;
    if (RESERVED.has(bare))
        throw new errors/* ConfigurationError */.j1(`npm package name '${name}' is reserved by npm.`);
    if (bare.startsWith('.') || bare.startsWith('_')) {
        throw new errors/* ConfigurationError */.j1(`npm package name '${name}' must not start with '.' or '_'.`);
    }
    if (scope !== undefined)
        paths_assertSafeSegment(`@${scope}`, `npm scope of '${name}'`);
    paths_assertSafeSegment(bare, `npm package name '${name}'`);
    return { scope, bare };
}
/** A version as npm publishes it: strict semver, without build metadata (npm drops it). */
function parseNpmVersion(version, name) {
    if (typeof version !== 'string' || version.length === 0) {
        throw new ConfigurationError(`package.json of '${name}' has no 'version'; set a semver version such as 1.2.3.`);
    }
    if (version.includes('+')) {
        throw new ConfigurationError(`npm version '${version}' of '${name}' has build metadata ('+...'); npm ignores it, so two builds would collide. Publish '${version.split('+')[0]}' or a prerelease such as '${version.split('+')[0]}-build.1'.`);
    }
    const valid = semver.valid(version);
    if (!valid || valid !== version) {
        const suggestion = valid ? ` Write it as '${valid}'.` : '';
        throw new ConfigurationError(`npm version '${version}' of '${name}' is not a semantic version (MAJOR.MINOR.PATCH[-prerelease]).${suggestion}`);
    }
    return version;
}
/** Reads `package/package.json` (and counts the files) from an `npm pack` tarball. */
async function readNpmTarball(bytes, file) {
    let tar;
    try {
        tar = gunzipSync(bytes, { maxOutputLength: MAX_TARBALL_BYTES });
    }
    catch (err) {
        throw new ConfigurationError(`${file} is not a gzip-compressed tarball (${errorMessage(err)}); build it with 'npm pack'.`);
    }
    let read;
    try {
        // npm pack puts every file under package/; the manifest is package/package.json.
        read = await readTarFiles(tar, (name) => name === 'package/package.json');
    }
    catch (err) {
        throw new ConfigurationError(`${file} is not a valid tar archive (${errorMessage(err)}); build it with 'npm pack'.`);
    }
    const packageJson = read.contents.get('package/package.json');
    const fileCount = read.files.length;
    const unpackedSize = read.files.reduce((sum, f) => sum + f.size, 0);
    if (!packageJson) {
        throw new ConfigurationError(`${file} has no package/package.json; build the tarball with 'npm pack'.`);
    }
    let manifest;
    try {
        manifest = JSON.parse(packageJson.toString('utf8'));
    }
    catch (err) {
        throw new ConfigurationError(`package/package.json in ${file} is not valid JSON: ${errorMessage(err)}.`);
    }
    if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest)) {
        throw new ConfigurationError(`package/package.json in ${file} is not a JSON object.`);
    }
    const m = manifest;
    const name = m.name;
    parseNpmName(name);
    const version = parseNpmVersion(m.version, name);
    return { manifest: m, name, version, fileCount, unpackedSize };
}
/** `npm/<name>/-/<bare>-<version>.tgz`, as the public registry lays tarballs out. */
function npmTarballKey(name, version) {
    const { bare } = parseNpmName(name);
    return paths_assertSafeRelativeKey(`npm/${name}/-/${bare}-${version}.tgz`);
}
function npmPackumentKey(name) {
    parseNpmName(name);
    return assertSafeRelativeKey(`npm/${name}`);
}
function parsePackument(current, key) {
    let parsed;
    try {
        parsed = JSON.parse(current.toString('utf8'));
    }
    catch (err) {
        throw new Error(`The packument at ${key} is not valid JSON (${(0,errors/* errorMessage */.gJ)(err)}); repair or remove it.`, {
            cause: err,
        });
    }
    const p = parsed;
    if (!p || typeof p !== 'object' || typeof p.versions !== 'object' || p.versions === null) {
        throw new Error(`The packument at ${key} has no 'versions' object; repair or remove it.`);
    }
    return { ...p, 'dist-tags': { ...(p['dist-tags'] ?? {}) }, time: { ...(p.time ?? {}) } };
}
/**
 * Which dist-tags change when `version` is added: an explicit tag is set as told; otherwise `latest` moves
 * only forward, and never to a prerelease unless there is no latest yet (npm needs one to install).
 */
function nextDistTags(current, version, distTag) {
    const tags = { ...current };
    if (distTag) {
        tags[distTag] = version;
        return tags;
    }
    const latest = tags.latest;
    if (!latest || !semver.valid(latest))
        tags.latest = version;
    else if (semver.prerelease(version) === null && semver.gt(version, latest))
        tags.latest = version;
    return tags;
}
/** Validates an npm dist-tag: not a version range (npm refuses those), a safe name. */
function parseDistTag(tag) {
    if (tag === undefined)
        return undefined;
    if (!/^[A-Za-z][A-Za-z0-9._-]{0,63}$/.test(tag) || semver.validRange(tag) !== null) {
        throw new ConfigurationError(`Input 'dist-tag' is '${tag}'; a dist-tag is a word such as latest, next or beta, not a version or range.`);
    }
    return tag;
}
/**
 * Adds one version to a packument (or creates it). Returns undefined when the version is already there with
 * the same integrity and the dist-tags would not change, so an identical re-publish writes nothing.
 */
function mergePackument(current, entry) {
    const now = entry.now.toISOString();
    const base = current ?? {
        _id: entry.name,
        name: entry.name,
        'dist-tags': {},
        versions: {},
        time: { created: now },
    };
    const existing = base.versions[entry.version];
    if (existing && existing.dist?.integrity !== entry.dist.integrity) {
        throw new ConfigurationError(`${entry.name}@${entry.version} is already published with other content (integrity ${existing.dist?.integrity ?? 'unknown'}). Versions are immutable: publish a new version.`);
    }
    const tags = nextDistTags(base['dist-tags'], entry.version, entry.distTag);
    const tagsChanged = JSON.stringify(tags) !== JSON.stringify(base['dist-tags']);
    if (existing && !tagsChanged)
        return undefined;
    const versions = { ...base.versions };
    if (!existing) {
        const manifest = { ...entry.manifest };
        // npm's registry does not serve these from a version manifest; they are large or private to the publisher.
        for (const field of ['readme', 'readmeFilename', '_id', '_resolved', '_integrity', '_from'])
            delete manifest[field];
        versions[entry.version] = { ...manifest, _id: `${entry.name}@${entry.version}`, dist: entry.dist };
    }
    const time = { ...base.time, created: base.time.created ?? now, modified: now };
    if (!existing)
        time[entry.version] = now;
    const latestManifest = versions[tags.latest] ?? versions[entry.version];
    const description = typeof latestManifest.description === 'string' ? latestManifest.description : base.description;
    return {
        ...base,
        _id: entry.name,
        name: entry.name,
        ...(description !== undefined ? { description } : {}),
        'dist-tags': tags,
        versions: sortVersions(versions),
        time,
    };
}
function sortVersions(versions) {
    const out = {};
    for (const v of Object.keys(versions).sort((a, b) => semver.valid(a) && semver.valid(b) ? semver.compare(a, b) : a.localeCompare(b)))
        out[v] = versions[v];
    return out;
}
/** The plan for one `npm pack` tarball. */
async function planNpm(files, options) {
    const tarballs = files.filter((f) => f.endsWith('.tgz') || f.endsWith('.tar.gz'));
    if (files.length !== 1 || tarballs.length !== 1) {
        throw new ConfigurationError(`npm publishes one 'npm pack' tarball (.tgz) per step; 'path' matched ${files.length} file(s): ${files.map((f) => basename(f)).join(', ') || 'none'}.`);
    }
    const file = tarballs[0];
    const bytes = await readFile(file);
    const tarball = await readNpmTarball(bytes, basename(file));
    const { name, version } = tarball;
    if (options.name && options.name !== name) {
        throw new ConfigurationError(`Input 'name' is '${options.name}' but the tarball's package.json says '${name}'; remove the input or fix it.`);
    }
    if (options.version && options.version !== version) {
        throw new ConfigurationError(`Input 'version' is '${options.version}' but the tarball's package.json says '${version}'; remove the input or fix it.`);
    }
    const distTag = parseDistTag(options.distTag);
    const tarballKey = npmTarballKey(name, version);
    const packumentKey = npmPackumentKey(name);
    const dist = {
        shasum: createHash('sha1').update(bytes).digest('hex'),
        integrity: `sha512-${createHash('sha512').update(bytes).digest('base64')}`,
        tarball: publicUrl(options.storeUrl, tarballKey),
        fileCount: tarball.fileCount,
        unpackedSize: tarball.unpackedSize,
    };
    const now = options.now ?? new Date();
    const entry = { name, version, manifest: tarball.manifest, dist, distTag, now };
    const packument = {
        key: packumentKey,
        contentType: 'application/json',
        cacheControl: 'no-cache',
        validate: (current) => {
            if (current)
                mergePackument(parsePackument(current, packumentKey), { ...entry, distTag: undefined });
        },
        merge: (current) => {
            const merged = mergePackument(current ? parsePackument(current, packumentKey) : undefined, entry);
            return merged ? Buffer.from(JSON.stringify(merged, null, 2) + '\n') : undefined;
        },
    };
    return {
        type: 'npm',
        name,
        version,
        artifacts: [
            {
                key: tarballKey,
                body: bytes,
                size: bytes.length,
                contentType: 'application/octet-stream',
                sha256: createHash('sha256').update(bytes).digest('hex'),
            },
        ],
        indexes: [packument],
        indexKey: 'npm/',
    };
}

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(68898);
;// CONCATENATED MODULE: ./shared/src/packages/pep440.ts

function pep440_parsePep440(version) {
    const v = explain(version.trim());
    if (!v)
        return undefined;
    let normalized = v.epoch ? `${v.epoch}!` : '';
    normalized += v.release.join('.');
    if (v.pre)
        normalized += `${v.pre[0]}${v.pre[1]}`;
    if (v.post !== null && v.post !== undefined)
        normalized += `.post${String(v.post)}`;
    if (v.dev !== null && v.dev !== undefined)
        normalized += `.dev${String(v.dev)}`;
    if (v.local)
        normalized += `+${v.local}`;
    return { normalized, isPrerelease: v.is_prerelease, hasLocal: Boolean(v.local) };
}
/** PEP 440 order (epoch, release, pre/post/dev, local); unparsable versions sort first, by text. */
function pep440_comparePep440(a, b) {
    const va = explain(a);
    const vb = explain(b);
    if (va && vb)
        return Math.sign(compare(a, b));
    if (!va && !vb)
        return a < b ? -1 : a > b ? 1 : 0;
    return va ? 1 : -1;
}
/** PEP 503: runs of '-', '_' and '.' become one '-', in lowercase. */
function normalizeProjectName(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
/** PEP 508's project name: letters and digits, with '.', '-' and '_' inside. */
function isValidProjectName(name) {
    return /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i.test(name);
}

;// CONCATENATED MODULE: ./shared/src/packages/python-index.ts


/**
 * The simple repository API that pip reads, in both forms: PEP 691 JSON (the stored source of truth, merged
 * under optimistic concurrency) and the PEP 503 HTML pages rendered from it. A project's JSON lists every
 * file ever published for it; a merge only adds files, and refuses a file name that is listed with another
 * hash.
 */
const SIMPLE_JSON = 'application/vnd.pypi.simple.v1+json';
const SIMPLE_HTML = 'text/html';
const API_VERSION = '1.1';
function parseJson(content, key) {
    let value;
    try {
        value = JSON.parse(content.toString('utf8'));
    }
    catch (err) {
        throw new Error(`The stored ${key} is not valid JSON (${err.message}); repair or remove it.`, {
            cause: err,
        });
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
        throw new Error(`The stored ${key} is not a JSON object; repair or remove it.`);
    }
    return value;
}
function parseSimpleProject(content, key) {
    const value = parseJson(content, key);
    if (!Array.isArray(value.files) || typeof value.name !== 'string') {
        throw new Error(`The stored ${key} has no 'name' and 'files'; repair or remove it.`);
    }
    return {
        meta: { 'api-version': API_VERSION },
        name: value.name,
        versions: Array.isArray(value.versions) ? value.versions : [],
        files: value.files,
    };
}
function parseSimpleRoot(content, key) {
    const value = parseJson(content, key);
    if (!Array.isArray(value.projects))
        throw new Error(`The stored ${key} has no 'projects'; repair or remove it.`);
    return { meta: { 'api-version': API_VERSION }, projects: value.projects };
}
/** The version in a wheel's or sdist's file name, normalised; undefined when it does not parse. */
function versionOfFilename(filename) {
    const wheel = /^[^-]+-([^-]+)-.+\.whl$/.exec(filename)?.[1];
    const sdist = /^.+-([^-]+)\.(?:tar\.gz|zip|tar\.bz2|tgz)$/.exec(filename)?.[1];
    const version = wheel ?? sdist;
    return version ? parsePep440(version)?.normalized : undefined;
}
/** Throws when a file of this release is listed with other content: published files are immutable. */
function assertNoConflict(current, files) {
    for (const file of files) {
        const listed = current?.files.find((f) => f.filename === file.filename);
        if (listed && listed.hashes?.sha256 !== file.hashes.sha256) {
            throw new ConfigurationError(`${file.filename} is already published with other content (sha256 ${listed.hashes?.sha256 || 'unknown'}, this file ${file.hashes.sha256}). Published files are immutable: publish a new version (or a build tag for a wheel).`);
        }
    }
}
/** Adds this release's files (and version) to the project's index; undefined when all are already listed. */
function mergeSimpleProject(stored, add) {
    // Without JSON yet, the files of an existing HTML page are its starting point.
    const current = stored ??
        (add.adopt?.length
            ? { meta: { 'api-version': API_VERSION }, name: add.name, versions: [], files: add.adopt }
            : undefined);
    assertNoConflict(current, add.files);
    const listed = new Set(current?.files.map((f) => f.filename));
    const added = add.files.filter((f) => !listed.has(f.filename));
    const versions = stored
        ? stored.versions
        : (add.adopt ?? []).map((f) => versionOfFilename(f.filename)).filter((v) => v !== undefined);
    if (stored && added.length === 0 && versions.includes(add.version))
        return undefined;
    return {
        meta: { 'api-version': API_VERSION },
        name: add.name,
        versions: [...new Set([...versions, add.version])].sort(comparePep440),
        files: [...(current?.files ?? []), ...added],
    };
}
/** Adds a project to the root index; undefined when it is listed. */
function mergeSimpleRoot(current, name, adopt = []) {
    const projects = current?.projects ?? [];
    if (current && projects.some((p) => p.name === name))
        return undefined;
    const names = new Set([...projects.map((p) => p.name), ...(current ? [] : adopt), name]);
    return {
        meta: { 'api-version': API_VERSION },
        projects: [...names].sort().map((n) => ({ name: n })),
    };
}
function unescapeHtml(text) {
    return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (entity, code) => {
        const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
        if (code[0] !== '#')
            return named[code.toLowerCase()] ?? entity;
        const n = code[1].toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
        return Number.isFinite(n) ? String.fromCodePoint(n) : entity;
    });
}
function python_index_anchors(html) {
    const found = [];
    for (const match of html.matchAll(/<a\s([^>]*)>([^<]*)<\/a>/gi)) {
        const attributes = {};
        for (const a of match[1].matchAll(/([a-z][a-z0-9-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)) {
            attributes[a[1].toLowerCase()] = unescapeHtml(a[2] ?? a[3] ?? a[4] ?? '');
        }
        found.push({ attributes, text: unescapeHtml(match[2].trim()) });
    }
    return found;
}
/**
 * The files of a PEP 503 project page written before the JSON existed (by another tool): adopted into the
 * first JSON, so that no file listed there is dropped. Links without a sha256 fragment are kept without one.
 */
function filesFromProjectPage(html) {
    return python_index_anchors(html).flatMap(({ attributes, text }) => {
        const href = attributes.href;
        if (!href)
            return [];
        const [url, fragment = ''] = href.split('#', 2);
        const filename = text || decodeURIComponent(url.split('/').pop() ?? '');
        if (!filename)
            return [];
        const sha256 = /(?:^|&)sha256=([0-9a-f]{64})/i.exec(fragment)?.[1]?.toLowerCase();
        const metadata = attributes['data-core-metadata'] ?? attributes['data-dist-info-metadata'];
        const metadataHash = metadata ? /^sha256=([0-9a-f]{64})$/i.exec(metadata)?.[1] : undefined;
        const file = { filename, url, hashes: sha256 ? { sha256 } : {} };
        if (attributes['data-requires-python'])
            file['requires-python'] = attributes['data-requires-python'];
        if (metadataHash)
            file['core-metadata'] = file['dist-info-metadata'] = { sha256: metadataHash.toLowerCase() };
        if (attributes['data-yanked'] !== undefined)
            file.yanked = attributes['data-yanked'] || true;
        return [file];
    });
}
/** The project names of a PEP 503 root page written before the JSON existed. */
function projectsFromRootPage(html) {
    return python_index_anchors(html)
        .map(({ text }) => text)
        .filter((name) => name.length > 0);
}
function escapeHtml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
function page(title, links) {
    return Buffer.from(`<!DOCTYPE html>
<html>
  <head>
    <meta name="pypi:repository-version" content="${API_VERSION}">
    <title>${escapeHtml(title)}</title>
  </head>
  <body>
    <h1>${escapeHtml(title)}</h1>
${links.map((l) => `    ${l}<br>\n`).join('')}  </body>
</html>
`, 'utf8');
}
/** PEP 503 project page: one anchor per file, with its hash, Requires-Python and metadata hash. */
function renderProjectPage(project) {
    const links = project.files.map((f) => {
        const hash = f.hashes?.sha256 ? `#sha256=${f.hashes.sha256}` : '';
        const attributes = [`href="${escapeHtml(`${f.url}${hash}`)}"`];
        if (f['requires-python'])
            attributes.push(`data-requires-python="${escapeHtml(f['requires-python'])}"`);
        const metadata = f['core-metadata'] ?? f['dist-info-metadata'];
        if (metadata) {
            attributes.push(`data-dist-info-metadata="sha256=${escapeHtml(metadata.sha256)}"`);
            attributes.push(`data-core-metadata="sha256=${escapeHtml(metadata.sha256)}"`);
        }
        if (f.yanked)
            attributes.push(`data-yanked="${escapeHtml(typeof f.yanked === 'string' ? f.yanked : '')}"`);
        return `<a ${attributes.join(' ')}>${escapeHtml(f.filename)}</a>`;
    });
    return page(`Links for ${project.name}`, links);
}
function renderRootPage(root) {
    return page('Simple index', root.projects.map((p) => `<a href="${escapeHtml(encodeURIComponent(p.name))}/">${escapeHtml(p.name)}</a>`));
}
function renderJson(value) {
    return Buffer.from(JSON.stringify(value, null, 2) + '\n', 'utf8');
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/lib-storage/dist-cjs/index.js
var lib_storage_dist_cjs = __webpack_require__(22358);
;// CONCATENATED MODULE: ./shared/src/packages/store.ts









const MULTIPART_THRESHOLD = (/* unused pure expression or super */ null && (16 * 1024 * 1024));
const PART_SIZE = (/* unused pure expression or super */ null && (8 * 1024 * 1024));
const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
const INDEX_CACHE = 'no-cache';
function store_status(err) {
    return err?.$metadata?.httpStatusCode ?? 0;
}
/** The key exists (If-None-Match) or changed since it was read (If-Match). */
function isPreconditionFailed(err) {
    return store_status(err) === 412 || err?.name === 'PreconditionFailed';
}
/** Two conditional writes raced on the same key; S3 asks the loser to retry. */
function isConditionalConflict(err) {
    return store_status(err) === 409 || err?.name === 'ConditionalRequestConflict';
}
function isNotFound(err) {
    const name = err?.name;
    return store_status(err) === 404 || name === 'NoSuchKey' || name === 'NotFound';
}
/** Throttling, server errors and dropped connections: worth another attempt after the SDK's own. */
function isTransient(err) {
    const e = err;
    const s = store_status(err);
    return (s >= 500 ||
        s === 429 ||
        ['SlowDown', 'Throttling', 'ThrottlingException', 'RequestTimeout', 'TimeoutError', 'InternalError'].includes(e?.name ?? '') ||
        ['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ECONNREFUSED'].includes(e?.code ?? ''));
}
/** An artifact read from disk: small files are held in memory, large ones streamed (and re-opened on retry). */
async function store_fileArtifact(path, key, contentType, algorithms = ['sha256']) {
    const { size } = await stat(path);
    const wanted = algorithms.includes('sha256') ? algorithms : [...algorithms, 'sha256'];
    const digests = {};
    if (size <= MULTIPART_THRESHOLD) {
        const body = await readFile(path);
        for (const a of wanted)
            digests[a] = createHash(a).update(body).digest('hex');
        return { artifact: { key, body, size, contentType, sha256: digests.sha256 }, digests };
    }
    const hashes = wanted.map((a) => createHash(a));
    for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
        for (const h of hashes)
            h.update(chunk);
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
        const s = store_status(cause);
        const detail = [
            e?.name && e.name !== 'Error' ? e.name : undefined,
            s ? `HTTP ${s}` : undefined,
            (0,errors/* errorMessage */.gJ)(cause),
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
        isConfigurationError(err) ||
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
        return storeKey(this.store.prefix, relative);
    }
    retry(what, operation) {
        return withRetry(operation, {
            attempts: 4,
            baseDelayMs: 500,
            maxDelayMs: 8000,
            retryable: isTransient,
            sleep: this.options.sleep,
            random: this.options.random,
            onRetry: (err, attempt, delay) => this.logger.info(`S3 did not answer ${what} (${errorMessage(err)}); attempt ${attempt + 1} in ${delay} ms.`),
        }).catch((err) => {
            throw storeFailure(what, this.store.bucket, err);
        });
    }
    /** The object's body and ETag, or undefined when it does not exist. */
    async read(relative) {
        const Key = this.key(relative);
        try {
            return await this.retry(`GET ${Key}`, async () => {
                const res = await this.store.s3.send(new GetObjectCommand({ Bucket: this.store.bucket, Key }));
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
            head = await this.retry(`HEAD ${fullKey}`, () => this.store.s3.send(new HeadObjectCommand({ Bucket: this.store.bucket, Key: fullKey })));
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
            const res = await this.store.s3.send(new GetObjectCommand({ Bucket: this.store.bucket, Key: fullKey }));
            const hash = createHash('sha256');
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
                const page = await this.retry(`LIST ${common}`, () => this.store.s3.send(new ListObjectsV2Command({ Bucket: this.store.bucket, Prefix: common, ContinuationToken: token })));
                for (const o of page.Contents ?? [])
                    if (o.Key)
                        found.add(o.Key);
                token = page.IsTruncated ? page.NextContinuationToken : undefined;
            } while (token);
        }
        catch (err) {
            if (store_status(err) === 403)
                return undefined;
            throw err;
        }
        return found;
    }
    conflict(plan, conflicts) {
        const lines = conflicts.map((c) => `  ${c.key}: stored sha256 ${c.stored}, this file ${c.planned}`);
        return new ConfigurationError(`${plan.type} ${plan.name} ${plan.version} is already published with different content:\n${lines.join('\n')}\n` +
            `Versions are immutable: publish a new version (nothing of ${plan.version} was written by this run).`);
    }
    async publish(plan) {
        const limit = pLimit(this.options.fileConcurrency ?? 10);
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
                await this.retry(`PUT ${fullKey}`, () => this.store.s3.send(new PutObjectCommand({ ...this.putParams(artifact, fullKey), ChecksumSHA256, Body: bodyOf(artifact) })));
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
        const upload = new Upload({
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
        const written = await withRetry(async () => {
            attempts++;
            const current = await this.read(index.key);
            const merged = index.merge(current?.body);
            if (merged === undefined)
                return { content: current?.body, etag: current?.etag, updated: false };
            const res = await this.store.s3.send(new PutObjectCommand({
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
            onRetry: (err, attempt) => this.logger.debug(`${fullKey} changed while merging (${errorMessage(err)}); merge attempt ${attempt + 1}.`),
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
                await this.retry(`PUT ${Key}`, () => this.store.s3.send(new PutObjectCommand({
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

;// CONCATENATED MODULE: ./shared/src/packages/zip.ts







/**
 * zip: any files, grouped under a name and a version given as inputs: `zip/<name>/<version>/<file>`, a
 * `<file>.sha256` beside each (sha256sum format), and `zip/<name>/index.json` listing every version.
 */
const ZIP_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const ZIP_VERSION = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,199}$/;
function parseZipName(name) {
    if (!name) {
        throw new ConfigurationError("Input 'name' is required for type zip: the artifact's name, such as 'reports'.");
    }
    assertSafeSegment(name, `zip name '${name}'`);
    if (!ZIP_NAME.test(name)) {
        throw new ConfigurationError(`Input 'name' is '${name}'; a zip name is up to 128 letters, digits, '.', '-' and '_', starting with a letter or digit.`);
    }
    return name;
}
function parseZipVersion(version) {
    if (!version) {
        throw new ConfigurationError("Input 'version' is required for type zip: the version, such as '1.4.0' or '2026.11.24'.");
    }
    assertSafeSegment(version, `zip version '${version}'`);
    if (!ZIP_VERSION.test(version)) {
        throw new ConfigurationError(`Input 'version' is '${version}'; a zip version is up to 128 letters, digits, '.', '-' and '_', starting with a letter or digit (no '+' or '/').`);
    }
    return version;
}
function parseFileName(file) {
    const name = basename(file);
    assertSafeSegment(name, `file name '${name}'`);
    if (!FILE_NAME.test(name) || name.endsWith('.sha256')) {
        throw new ConfigurationError(`File '${name}' cannot be published as zip: file names are letters, digits, '.', '-', '_' and '+', and not *.sha256 (written for you).`);
    }
    return name;
}
/** Versions in semver order when all of them parse, else in the order they were published. */
function sortZipVersions(versions) {
    const all = [...versions];
    if (all.every((v) => semver.valid(v.version)))
        return all.sort((a, b) => semver.compare(a.version, b.version));
    return all.sort((a, b) => a.published.localeCompare(b.published) || a.version.localeCompare(b.version));
}
function sameFiles(a, b) {
    const key = (f) => JSON.stringify([...f].sort((x, y) => x.name.localeCompare(y.name)).map((x) => [x.name, x.sha256]));
    return key(a) === key(b);
}
function parseZipIndex(current, key) {
    let parsed;
    try {
        parsed = JSON.parse(current.toString('utf8'));
    }
    catch {
        throw new Error(`The zip index at ${key} is not valid JSON; repair or remove it.`);
    }
    const p = parsed;
    if (!p || !Array.isArray(p.versions))
        throw new Error(`The zip index at ${key} has no 'versions' list; repair or remove it.`);
    return p;
}
/**
 * Adds a version; undefined when it is already listed with the same files. A version listed with other
 * files is a ConfigurationError: versions are immutable, files included.
 */
function mergeZipIndex(current, name, entry) {
    const versions = current?.versions ?? [];
    const existing = versions.find((v) => v.version === entry.version);
    if (existing) {
        if (sameFiles(existing.files, entry.files))
            return undefined;
        throw new ConfigurationError(`zip ${name} ${entry.version} is already published with the files ${existing.files.map((f) => f.name).join(', ')}; ` +
            `this run has ${entry.files.map((f) => f.name).join(', ')}. Versions are immutable: publish a new version.`);
    }
    const sorted = sortZipVersions([...versions, entry]);
    return { name, latest: sorted.at(-1)?.version, versions: sorted };
}
function zipIndexKey(name) {
    return assertSafeRelativeKey(`zip/${parseZipName(name)}/index.json`);
}
async function planZip(files, options) {
    const name = parseZipName(options.name);
    const version = parseZipVersion(options.version);
    if (files.length === 0)
        throw new ConfigurationError("'path' matched no files to publish as zip.");
    const names = files.map(parseFileName);
    const duplicate = names.find((n, i) => names.indexOf(n) !== i);
    if (duplicate) {
        throw new ConfigurationError(`Two files named '${duplicate}' were matched; a zip version holds each file name once.`);
    }
    const artifacts = [];
    const entries = [];
    const keys = names.map((n) => assertSafeRelativeKey(`zip/${name}/${version}/${n}`));
    // Files are read and hashed a few at a time: reading one while hashing another.
    const limit = pLimit(4);
    const read = await Promise.all(files.map((f, i) => limit(() => fileArtifact(f, keys[i], contentTypeOf(names[i])))));
    for (const [i, { artifact }] of read.entries()) {
        const key = keys[i];
        artifacts.push(artifact);
        const sumFile = Buffer.from(`${artifact.sha256}  ${names[i]}\n`);
        artifacts.push(checksumArtifact(`${key}.sha256`, sumFile));
        entries.push({ name: names[i], size: artifact.size, sha256: artifact.sha256 });
    }
    const entry = { version, published: (options.now ?? new Date()).toISOString(), files: entries };
    const indexKey = zipIndexKey(name);
    const index = {
        key: indexKey,
        contentType: 'application/json',
        cacheControl: 'no-cache',
        validate: (current) => {
            if (current)
                mergeZipIndex(parseZipIndex(current, indexKey), name, entry);
        },
        merge: (current) => {
            const merged = mergeZipIndex(current ? parseZipIndex(current, indexKey) : undefined, name, entry);
            return merged ? Buffer.from(JSON.stringify(merged, null, 2) + '\n') : undefined;
        },
    };
    return { type: 'zip', name, version, artifacts, indexes: [index], indexKey };
}
function checksumArtifact(key, body) {
    return {
        key,
        body,
        size: body.length,
        contentType: 'text/plain',
        sha256: createHash('sha256').update(body).digest('hex'),
    };
}
function contentTypeOf(file) {
    if (file.endsWith('.zip'))
        return 'application/zip';
    if (file.endsWith('.tar.gz') || file.endsWith('.tgz'))
        return 'application/gzip';
    if (file.endsWith('.json'))
        return 'application/json';
    if (file.endsWith('.txt'))
        return 'text/plain';
    return 'application/octet-stream';
}

;// CONCATENATED MODULE: ./shared/src/inventory/packages.ts









const NPM_PACKUMENT = /^npm\/((?:@[^/]+\/)?[^/@][^/]*)$/;
const ZIP_INDEX = /^zip\/([^/]+)\/index\.json$/;
const PYTHON_PROJECT = /^python\/simple\/([^/]+)\/index\.json$/;
const MAVEN_METADATA = /^(maven\/.+)\/maven-metadata\.xml$/;
const SDIST_SUFFIX = /\.(tar\.gz|tar\.bz2|tgz|zip)$/;
/** Every object under the prefix, all pages. */
async function listStore(s3, bucket, prefix, call, pageSize = 1000) {
    const base = prefix ? `${prefix}/` : '';
    const out = [];
    let token;
    do {
        const page = await call(`ListObjectsV2 s3://${bucket}/${base}`, () => s3.send(new client_s3_dist_cjs.ListObjectsV2Command({ Bucket: bucket, Prefix: base, ContinuationToken: token, MaxKeys: pageSize })));
        for (const o of page.Contents ?? []) {
            if (!o.Key)
                continue;
            out.push({ key: o.Key.slice(base.length), size: o.Size ?? 0, lastModified: o.LastModified?.toISOString() });
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return out;
}
/** The index keys among the objects, by format. */
function indexKeys(objects) {
    const keys = new Set(objects.map((o) => o.key));
    const out = [];
    for (const { key } of objects) {
        if (NPM_PACKUMENT.test(key))
            out.push({ format: 'npm', key });
        else if (ZIP_INDEX.test(key))
            out.push({ format: 'zip', key });
        else if (PYTHON_PROJECT.test(key))
            out.push({ format: 'python', key });
        else {
            const dir = MAVEN_METADATA.exec(key)?.[1];
            // A snapshot version's own metadata sits one level below its artifact's.
            const parent = dir?.slice(0, dir.lastIndexOf('/'));
            if (dir && !keys.has(`${parent}/maven-metadata.xml`))
                out.push({ format: 'maven', key });
        }
    }
    return out;
}
/** The size and count of the files under a directory (checksum files included: they are stored too). */
function filesUnder(sizes, dirs, dir) {
    let size = 0;
    let files = 0;
    const start = lowerBound(dirs, dir);
    for (let i = start; i < dirs.length && dirs[i].startsWith(dir); i++) {
        size += sizes.get(dirs[i]) ?? 0;
        files++;
    }
    return { size, files };
}
function lowerBound(sorted, value) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid] < value)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** The version in a Python distribution's file name: the second field of a wheel, the end of an sdist. */
function pythonFileVersion(filename) {
    if (filename.endsWith('.whl'))
        return filename.split('-')[1];
    const stem = filename.replace(SDIST_SUFFIX, '');
    if (stem === filename)
        return undefined;
    const dash = stem.lastIndexOf('-');
    return dash > 0 ? stem.slice(dash + 1) : undefined;
}
/** One package from its index text and the listing's sizes. */
function packageFromIndex(format, key, content, sizes, sortedKeys) {
    const versions = [];
    let name;
    let latest;
    if (format === 'npm') {
        const packument = parsePackument(content, key);
        name = packument.name ?? key.slice('npm/'.length);
        latest = packument['dist-tags'].latest;
        for (const version of Object.keys(packument.versions)) {
            const tarball = npmTarballKey(name, version);
            versions.push({
                version,
                sizeBytes: sizes.get(tarball) ?? 0,
                files: sizes.has(tarball) ? 1 : 0,
                published: packument.time[version],
            });
        }
    }
    else if (format === 'zip') {
        const index = parseZipIndex(content, key);
        name = index.name ?? ZIP_INDEX.exec(key)?.[1] ?? key;
        latest = index.latest;
        for (const v of index.versions) {
            const stored = filesUnder(sizes, sortedKeys, `zip/${name}/${v.version}/`);
            versions.push({
                version: v.version,
                sizeBytes: stored.files ? stored.size : v.files.reduce((n, f) => n + f.size, 0),
                files: v.files.length,
                published: v.published,
            });
        }
    }
    else if (format === 'python') {
        const project = parseSimpleProject(content, key);
        const dir = PYTHON_PROJECT.exec(key)?.[1] ?? project.name;
        name = project.name;
        const byVersion = new Map();
        for (const v of project.versions)
            byVersion.set(v, { version: v, sizeBytes: 0, files: 0 });
        for (const f of project.files) {
            const version = pythonFileVersion(f.filename) ?? 'unknown';
            const entry = byVersion.get(version) ?? { version, sizeBytes: 0, files: 0 };
            const stored = `python/files/${dir}/${f.filename}`;
            entry.sizeBytes += (sizes.get(stored) ?? f.size ?? 0) + (sizes.get(`${stored}.metadata`) ?? 0);
            entry.files++;
            if (f['upload-time'] && (!entry.published || f['upload-time'] > entry.published))
                entry.published = f['upload-time'];
            byVersion.set(version, entry);
        }
        versions.push(...byVersion.values());
        latest = project.versions.at(-1);
    }
    else {
        const metadata = parseArtifactMetadata(content, key);
        const dir = MAVEN_METADATA.exec(key)?.[1] ?? '';
        name = `${metadata.groupId}:${metadata.artifactId}`;
        latest = metadata.release ?? metadata.latest;
        for (const version of maven_version_sortMavenVersions(metadata.versions)) {
            const stored = filesUnder(sizes, sortedKeys, `${dir}/${version}/`);
            versions.push({ version, sizeBytes: stored.size, files: stored.files });
        }
    }
    return {
        format,
        name,
        index: key,
        versions,
        latest,
        sizeBytes: versions.reduce((n, v) => n + v.sizeBytes, 0),
    };
}
/** Reads every index (a few at a time) and builds the packages; an unreadable index is a problem, not a failure. */
async function readPackages(s3, bucket, prefix, objects, call, concurrency = 8) {
    const sizes = new Map(objects.map((o) => [o.key, o.size]));
    const sortedKeys = [...sizes.keys()].sort();
    const base = prefix ? `${prefix}/` : '';
    const limit = p_limit_default()(concurrency);
    const problems = [];
    const read = await Promise.all(indexKeys(objects).map(({ format, key }) => limit(async () => {
        try {
            const answer = await call(`GetObject s3://${bucket}/${base}${key}`, () => s3.send(new client_s3_dist_cjs.GetObjectCommand({ Bucket: bucket, Key: `${base}${key}` })));
            const body = Buffer.from((await answer.Body?.transformToByteArray()) ?? []);
            return packageFromIndex(format, key, body, sizes, sortedKeys);
        }
        catch (err) {
            problems.push({
                kind: 'package-index',
                message: `The ${format} index ${base}${key} could not be read (${(0,aws_calls/* errorName */.Is)(err) || 'error'}): ${(0,errors/* errorMessage */.gJ)(err)}`,
            });
            return undefined;
        }
    })));
    const packages = read
        .filter((p) => p !== undefined)
        .sort((a, b) => a.format.localeCompare(b.format) || a.name.localeCompare(b.name));
    return { packages, problems };
}

// EXTERNAL MODULE: ./shared/src/policy/tags.ts
var tags = __webpack_require__(44097);
;// CONCATENATED MODULE: ./shared/src/inventory/release-tags.ts

/**
 * Reading tags back: which of an image's tags the policy's tag templates produced for a service. A template is
 * turned into a pattern with the service, environment and system fixed and the build's own parts free.
 */
const TAG_CHARS = '[A-Za-z0-9._-]';
const FREE = {
    version: `[A-Za-z0-9_]${TAG_CHARS}*`,
    branch: `[a-z0-9_]${TAG_CHARS}*`,
    sha: '[0-9a-f]{40}',
    sha7: '[0-9a-f]{7}',
    run: '[0-9]+',
};
function release_tags_escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** The pattern of a tag template for one service; undefined when the template needs an environment not given. */
function tagTemplatePattern(template, policy, target) {
    const fixed = {
        service: (0,tags/* sanitizeTagPart */.fk)(target.service),
        environment: target.environment && (0,tags/* sanitizeTagPart */.fk)(target.environment),
        system: policy.system,
    };
    let missing = false;
    const source = template
        .split(/(\{[^{}]*\})/)
        .map((part) => {
        const name = /^\{([^{}]*)\}$/.exec(part)?.[1];
        if (name === undefined)
            return release_tags_escape(part);
        if (name in FREE)
            return FREE[name];
        const value = fixed[name];
        if (value === undefined) {
            // Without an environment, any environment's tag is accepted.
            if (name === 'environment')
                return `${TAG_CHARS}+`;
            missing = true;
            return '';
        }
        return release_tags_escape(value);
    })
        .join('');
    return missing ? undefined : new RegExp(`^${source}$`);
}
/**
 * Whether a tag is a release tag of the service: the release template matches it and the development and
 * latest templates do not (a branch build's tag can take the release template's shape, as with "{version}").
 */
function isReleaseTag(policy, tag, target) {
    const release = tagTemplatePattern(policy.tags.release, policy, target);
    if (!release?.test(tag))
        return false;
    const others = [policy.tags.development, policy.tags.latest].filter((t) => Boolean(t));
    return !others.some((t) => tagTemplatePattern(t, policy, target)?.test(tag));
}
/** The tags of an image that are release tags of any of the given services. */
function releaseTagsOf(policy, tags, targets) {
    return tags.filter((tag) => targets.some((target) => isReleaseTag(policy, tag, target)));
}

;// CONCATENATED MODULE: ./shared/src/inventory/signatures.ts


/** What verification found, in the inventory's words. */
function signatureOf(result) {
    if (result.verified.length) {
        const formats = [...new Set(result.verified.map((c) => c.format))].join(', ');
        const signers = [...new Set(result.verified.map((c) => c.signer).filter((s) => Boolean(s)))];
        return { status: 'verified', detail: `${result.verified.length} signature(s) verified (${formats})`, signers };
    }
    if (result.rejected.length) {
        return {
            status: 'untrusted',
            detail: `${result.rejected.length} signature(s), none trusted: ${[...new Set(result.rejected.map((c) => c.reason))].join(', ')}`,
        };
    }
    return { status: 'unsigned', detail: 'no signature (referrers, referrers tag, cosign .sig tag)' };
}
function unknownSignature(detail) {
    return { status: 'unknown', detail };
}
/**
 * Verifies through the registry under the policy's trust; a check that cannot run (network, permissions, KMS)
 * is "unknown" with its reason, never a failure of the whole report.
 */
function registryVerifier(client, trust, options) {
    return {
        async verify(repository, digest) {
            try {
                const result = await verifyImageSignatures({
                    client,
                    repository,
                    digest,
                    trust,
                    kms: options.kms,
                    logger: options.logger,
                });
                return signatureOf(result);
            }
            catch (err) {
                return unknownSignature(`the check could not run: ${(0,errors/* errorMessage */.gJ)(err)}`);
            }
        },
    };
}
/**
 * A KMS client whose answers are kept: verification asks for the same trusted public key for every image, and
 * a key does not change during one report.
 */
function cachingKms(open) {
    const answers = new Map();
    let client;
    const proxy = {
        send(command) {
            const key = `${command.constructor.name} ${JSON.stringify(command.input)}`;
            let answer = answers.get(key);
            if (!answer) {
                client ??= open();
                answer = client.send(command);
                answers.set(key, answer);
                // A refused call is not kept: the next image asks again (and reports the same reason).
                answer.catch(() => answers.delete(key));
            }
            return answer;
        },
    };
    return () => proxy;
}

;// CONCATENATED MODULE: ./shared/src/inventory/inventory.ts
















const DEFAULT_PREVIEW_TIMEOUT_MS = 120_000;
const DEFAULT_PREVIEW_POLL_MS = 3_000;
/** The repositories of the policy that the scope selects, after checking the scope names exist in the policy. */
function repositoriesInScope(policy, scope) {
    const { services, environments, layout } = policy.registry;
    if (scope.service && services.length > 0 && !services.includes(scope.service)) {
        throw new errors/* ConfigurationError */.j1(`Input 'service' is '${scope.service}', which is not in the policy's registry.services (${services.join(', ') || 'none'}); use one of them or add it to the policy.`);
    }
    if (scope.environment && layout === 'per-environment' && !environments.includes(scope.environment)) {
        throw new errors/* ConfigurationError */.j1(`Input 'environment' is '${scope.environment}', which is not in the policy's registry.environments (${environments.join(', ')}); use one of them.`);
    }
    return (0,src_policy.managedRepositories)(policy).filter((r) => {
        if (scope.service) {
            if (r.kind === 'mirror')
                return false;
            if (r.service !== undefined && r.service !== scope.service)
                return false;
        }
        if (scope.environment && r.environment !== undefined && r.environment !== scope.environment)
            return false;
        return true;
    });
}
/** The services whose release tags a repository holds: its own, or every service of a single shared repository. */
function tagTargets(policy, repo, environment) {
    if (repo.kind !== 'service')
        return [];
    const services = repo.service ? [repo.service] : policy.registry.services;
    return services.map((service) => ({ service, environment: repo.environment ?? environment }));
}
/** Tag keys the repository must carry (requiredTagKeys and every resourceTags key) that it lacks or holds otherwise. */
function tagProblems(policy, tags) {
    const out = [];
    const keys = [...new Set([...policy.requiredTagKeys, ...Object.keys(policy.resourceTags)])];
    for (const key of keys) {
        const want = policy.resourceTags[key];
        if (!(key in tags))
            out.push(`${key} missing`);
        else if (want !== undefined && tags[key] !== want)
            out.push(`${key} is "${tags[key]}", the policy says "${want}"`);
    }
    return out;
}
function scanCounts(detail) {
    const raw = detail.imageScanFindingsSummary?.findingSeverityCounts;
    if (!raw)
        return undefined;
    const out = {};
    for (const s of schema/* SEVERITIES */.oC)
        if (raw[s])
            out[s] = raw[s];
    return out;
}
/**
 * The image's scan under the policy's gate. The summary's counts decide when nothing reaches failOn; otherwise
 * every finding is read and judged with the allowlist and fixableOnly, exactly as scan-gate would.
 */
async function judgeScan(policy, ecr, repository, detail, call, today) {
    const status = detail.imageScanStatus?.status ?? 'NONE';
    const counts = scanCounts(detail);
    const { failOn } = policy.scan;
    if (status === 'PENDING' || status === 'IN_PROGRESS') {
        return { status, verdict: 'pending', counts, detail: `scan ${status.toLowerCase().replace('_', ' ')}` };
    }
    if (status === 'NONE')
        return { status, verdict: 'none', detail: 'never scanned' };
    if (status !== 'COMPLETE' && status !== 'ACTIVE') {
        return { status, verdict: 'unavailable', counts, detail: `scan ${status}` };
    }
    const reaching = schema/* SEVERITIES */.oC.filter((s) => (counts?.[s] ?? 0) > 0 && atOrAbove(s, failOn));
    if (reaching.length === 0) {
        return { status, verdict: 'passed', counts, detail: `nothing at or above ${failOn}` };
    }
    const findings = await imageFindings(ecr, repository, detail.imageDigest, call);
    const gate = evaluateGate(findings, {
        failOn,
        fixableOnly: policy.scan.fixableOnly,
        allow: policy.scan.allow,
        today,
    });
    const allowed = gate.findings.filter((f) => f.status === 'allowed').length;
    return {
        status,
        verdict: gate.passed ? 'passed' : 'failed',
        counts,
        detail: gate.passed
            ? `nothing counts at or above ${failOn}${allowed ? ` (${allowed} allowed by the policy)` : ''}`
            : `${gate.decisive.length} finding(s) at or above ${failOn}`,
    };
}
/** The platforms of one manifest through the registry: an index lists them, an image's config names its own. */
async function registryPlatforms(client, repository, digest) {
    const stored = await client.getManifest(repository, digest);
    if (!stored)
        return [];
    const doc = JSON.parse(stored.bytes.toString('utf8'));
    if (isIndexType(stored.mediaType) || Array.isArray(doc.manifests))
        return indexPlatforms(doc);
    const config = doc.config;
    if (!config || (config.mediaType !== types_MEDIA_TYPES.ociConfig && config.mediaType !== types_MEDIA_TYPES.dockerConfig)) {
        return [];
    }
    const parsed = JSON.parse((await client.getBlob(repository, config.digest)).toString('utf8'));
    return parsed.os && parsed.architecture
        ? [platformName({ os: parsed.os, architecture: parsed.architecture, variant: parsed.variant })]
        : [];
}
async function inventoryRepository(ctx, repo) {
    const { policy, ecr, options } = ctx;
    const { call, logger } = options;
    const scope = options.scope ?? {};
    const base = {
        name: repo.name,
        kind: repo.kind,
        ...(repo.service ? { service: repo.service } : {}),
        ...(repo.environment ? { environment: repo.environment } : {}),
    };
    let described;
    try {
        described = await call(`DescribeRepositories ${repo.name}`, () => ecr.send(new client_ecr_dist_cjs.DescribeRepositoriesCommand({ repositoryNames: [repo.name] })));
    }
    catch (err) {
        if ((0,aws_calls/* errorName */.Is)(err) !== 'RepositoryNotFoundException')
            throw err;
        ctx.problems.push({
            kind: 'missing-repository',
            repository: repo.name,
            message: `The repository ${repo.name} does not exist; run provision-repo with mode apply.`,
        });
        return {
            ...base,
            exists: false,
            tagProblems: [],
            images: [],
            attachments: { count: 0, sizeBytes: 0 },
            lifecycle: { status: 'no-policy', detail: 'The repository does not exist.', expiring: [] },
            storageBytes: 0,
            monthlyCostUsd: 0,
        };
    }
    const info = described.repositories?.[0];
    const tags = {};
    if (info?.repositoryArn) {
        const listed = await call(`ListTagsForResource ${repo.name}`, () => ecr.send(new client_ecr_dist_cjs.ListTagsForResourceCommand({ resourceArn: info.repositoryArn })));
        for (const t of listed.tags ?? [])
            if (t.Key)
                tags[t.Key] = t.Value ?? '';
    }
    const missingTags = tagProblems(policy, tags);
    if (missingTags.length) {
        ctx.problems.push({
            kind: 'missing-tags',
            repository: repo.name,
            message: `${repo.name} lacks required resource tags: ${missingTags.join('; ')}. Run provision-repo with mode apply.`,
        });
    }
    const details = await describeAllImages(ecr, repo.name, call);
    const attachments = details.filter(isAttachment);
    // An index's manifest (read through ECR's API) names its platforms and the platform images it holds.
    const indexManifests = await batchGetManifests(ecr, repo.name, details
        .filter((d) => !isAttachment(d) && isIndexType(d.imageManifestMediaType))
        .map((d) => d.imageDigest), call);
    const children = new Map();
    for (const [digest, body] of indexManifests) {
        const index = JSON.parse(body);
        children.set(digest, (index.manifests ?? []).map((m) => m.digest));
    }
    const childDigests = new Set([...children.values()].flat());
    const sizeOf = new Map(details.map((d) => [d.imageDigest, d.imageSizeInBytes ?? 0]));
    // The platform images of an index are listed by ECR too; they are part of their index, not images of their own.
    const primary = details.filter((d) => !isAttachment(d) && !childDigests.has(d.imageDigest));
    const lifecycle = await previewLifecycle(ecr, repo.name, {
        call,
        sleep: options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
        timeoutMs: options.lifecyclePreview?.timeoutMs ?? DEFAULT_PREVIEW_TIMEOUT_MS,
        pollMs: options.lifecyclePreview?.pollMs ?? DEFAULT_PREVIEW_POLL_MS,
    });
    if (lifecycle.status === 'failed' || lifecycle.status === 'timed-out' || lifecycle.status === 'not-permitted') {
        ctx.problems.push({
            kind: 'lifecycle-preview',
            repository: repo.name,
            message: `${repo.name}: ${lifecycle.detail}`,
        });
    }
    const expiring = new Map(lifecycle.expiring.map((e) => [e.digest, e.rulePriority]));
    const targets = tagTargets(policy, repo, scope.environment);
    const limit = p_limit_default()(options.concurrency ?? 8);
    const images = await Promise.all(primary.map((d) => limit(async () => {
        const digest = d.imageDigest;
        const mediaType = d.imageManifestMediaType ?? 'unknown';
        const indexBody = indexManifests.get(digest);
        let platforms = indexBody ? indexPlatforms(JSON.parse(indexBody)) : [];
        if (!indexBody && ctx.registry) {
            try {
                platforms = await registryPlatforms(ctx.registry.client, repo.name, digest);
            }
            catch (err) {
                logger.debug(`${repo.name}@${digest}: platforms not read: ${(0,errors/* errorMessage */.gJ)(err)}`);
            }
        }
        const signature = ctx.registry
            ? await ctx.registry.verifier.verify(repo.name, digest)
            : unknownSignature(ctx.registryProblem ?? 'no registry to read signatures from');
        const scan = await judgeScan(policy, ecr, repo.name, d, call, ctx.today);
        const tagsOf = d.imageTags ?? [];
        const rule = expiring.get(digest);
        return {
            digest,
            tags: tagsOf,
            mediaType,
            ...(d.artifactMediaType ? { artifactMediaType: d.artifactMediaType } : {}),
            platforms,
            pushedAt: d.imagePushedAt?.toISOString(),
            lastPulledAt: d.lastRecordedPullTime?.toISOString(),
            sizeBytes: (d.imageSizeInBytes ?? 0) + (children.get(digest) ?? []).reduce((n, c) => n + (sizeOf.get(c) ?? 0), 0),
            signature,
            scan,
            releaseTags: releaseTagsOf(policy, tagsOf, targets),
            ...(expiring.has(digest) ? { expiresByRule: rule } : {}),
        };
    })));
    images.sort((a, b) => (b.pushedAt ?? '').localeCompare(a.pushedAt ?? '') || a.digest.localeCompare(b.digest));
    const expectsSignatures = policy.signing.required || policy.signing.method !== 'none';
    for (const image of images) {
        const name = `${repo.name}@${image.digest.slice(0, 19)}…${image.tags.length ? ` (${image.tags.join(', ')})` : ''}`;
        if (expectsSignatures && image.signature.status === 'unsigned') {
            ctx.problems.push({
                kind: 'unsigned',
                repository: repo.name,
                digest: image.digest,
                message: `${name} is not signed.`,
            });
        }
        else if (image.signature.status === 'untrusted') {
            ctx.problems.push({
                kind: 'untrusted-signature',
                repository: repo.name,
                digest: image.digest,
                message: `${name} carries no signature the policy trusts: ${image.signature.detail}.`,
            });
        }
        if (image.scan.verdict === 'failed') {
            ctx.problems.push({
                kind: 'scan-failed',
                repository: repo.name,
                digest: image.digest,
                message: `${name} fails the scan policy: ${image.scan.detail}.`,
            });
        }
    }
    const tagged = images.filter((i) => i.expiresByRule !== undefined && i.tags.length > 0);
    const expiringCount = lifecycle.expiring.length;
    if (expiringCount > 0) {
        const named = tagged.slice(0, 5).map((i) => i.tags.join('/'));
        ctx.problems.push({
            kind: 'expiring',
            repository: repo.name,
            message: `${repo.name}: the lifecycle policy expires ${expiringCount} image(s) at its next run${named.length ? `, among them the tagged ${named.join(', ')}${tagged.length > named.length ? ', ...' : ''}` : ''}.`,
        });
    }
    const attachmentBytes = attachments.reduce((n, d) => n + (d.imageSizeInBytes ?? 0), 0);
    const storageBytes = details.reduce((n, d) => n + (d.imageSizeInBytes ?? 0), 0);
    return {
        ...base,
        exists: true,
        uri: info?.repositoryUri,
        tagProblems: missingTags,
        images,
        attachments: { count: attachments.length, sizeBytes: attachmentBytes },
        lifecycle,
        storageBytes,
        monthlyCostUsd: monthlyCost(storageBytes, policy.pricing.ecrGbMonth),
    };
}
async function inventoryPackages(policy, s3, call, problems, listPageSize) {
    const prefix = (0,src_policy.packagePrefix)(policy);
    const bucket = policy.packages.bucket;
    const empty = { prefix, objects: 0, packages: [], storageBytes: 0, monthlyCostUsd: 0 };
    if (!bucket)
        return { ...empty, listed: false, detail: 'The policy has no packages.bucket.' };
    if (!s3)
        return { ...empty, bucket, listed: false, detail: 'No S3 client was given: the package store was not read.' };
    let objects;
    try {
        objects = await listStore(s3, bucket, prefix, call, listPageSize);
    }
    catch (err) {
        const detail = `s3://${bucket}/${prefix}/ could not be listed (${(0,aws_calls/* errorName */.Is)(err) || 'error'}): ${(0,errors/* errorMessage */.gJ)(err)}`;
        problems.push({ kind: 'package-store', message: detail });
        return { ...empty, bucket, listed: false, detail };
    }
    const read = await readPackages(s3, bucket, prefix, objects, call);
    problems.push(...read.problems);
    const storageBytes = objects.reduce((n, o) => n + o.size, 0);
    return {
        bucket,
        prefix,
        listed: true,
        detail: `${objects.length} object(s) under s3://${bucket}/${prefix}/`,
        objects: objects.length,
        packages: read.packages,
        storageBytes,
        monthlyCostUsd: monthlyCost(storageBytes, policy.pricing.s3GbMonth),
    };
}
function deployableChoice(policy, repositories, service, environment) {
    const name = (0,src_policy.repositoryName)(policy, { service, environment });
    const repo = repositories.find((r) => r.name === name);
    const target = environment ? `${service} (${environment})` : service;
    if (!repo?.exists) {
        return {
            service,
            ...(environment ? { environment } : {}),
            repository: name,
            skipped: [],
            message: `No image of ${target} is deployable: the repository ${name} does not exist.`,
        };
    }
    // A shared repository holds every service's images: only this service's release tags count.
    const images = repo.images.map((i) => ({
        ...i,
        releaseTags: releaseTagsOf(policy, i.tags, [{ service, environment }]),
    }));
    const result = chooseDeployable(images, { failOn: policy.scan.failOn });
    const base = { service, ...(environment ? { environment } : {}), repository: name, skipped: result.skipped };
    if (!result.chosen) {
        const why = result.candidates === 0
            ? `no image carries a release tag of ${service} (template "${policy.tags.release}")`
            : `none of the ${result.candidates} release image(s) is both signed and passing the scan policy`;
        return { ...base, message: `No image of ${target} is deployable: ${why}.` };
    }
    const chosen = result.chosen;
    const reference = `${repo.uri ?? name}@${chosen.digest}`;
    return {
        ...base,
        reference,
        digest: chosen.digest,
        tags: chosen.tags,
        message: `${target} deploys ${chosen.releaseTags.join(', ')} (${reference})${result.skipped.length ? `; ${result.skipped.length} newer release image(s) passed over` : ''}.`,
    };
}
const PROBLEM_ORDER = [
    'unsigned',
    'untrusted-signature',
    'scan-failed',
    'expiring',
    'missing-tags',
    'missing-repository',
    'registry',
    'lifecycle-preview',
    'package-store',
    'package-index',
];
/**
 * The inventory of a system (or one service or environment of it): read-only, from ECR, the registry and S3.
 * Whatever cannot be read is reported as such; only a mistake in the scope is an error.
 */
async function buildInventory(policy, clients, options) {
    const scope = options.scope ?? {};
    const now = options.now?.() ?? new Date();
    const repos = repositoriesInScope(policy, scope);
    // The deployable choice needs the service's repository: a missing environment fails before anything is read.
    if (scope.service)
        (0,src_policy.repositoryName)(policy, { service: scope.service, environment: scope.environment });
    const problems = [];
    let registry;
    let registryProblem;
    if (options.openRegistry) {
        try {
            registry = await options.openRegistry();
            options.logger.info(`Reading signatures and platforms from ${registry.host}.`);
        }
        catch (err) {
            registryProblem = `the registry could not be opened: ${(0,errors/* errorMessage */.gJ)(err)}`;
        }
    }
    else {
        registryProblem = 'no registry to read signatures from';
    }
    if (registryProblem) {
        problems.push({
            kind: 'registry',
            message: `Signatures are unknown and platforms of single images unread: ${registryProblem}.`,
        });
    }
    const ctx = {
        policy,
        ecr: clients.ecr,
        options,
        registry,
        registryProblem,
        today: utcDate(now),
        problems,
    };
    const limit = p_limit_default()(Math.max(1, Math.min(options.concurrency ?? 4, 4)));
    const repositories = await Promise.all(repos.map((r) => limit(() => inventoryRepository(ctx, r))));
    const packages = await inventoryPackages(policy, clients.s3, options.call, problems, options.listPageSize);
    const imageBytes = repositories.reduce((n, r) => n + r.storageBytes, 0);
    const report = {
        system: policy.system,
        generatedAt: now.toISOString(),
        scope: {
            ...(scope.service ? { service: scope.service } : {}),
            ...(scope.environment ? { environment: scope.environment } : {}),
        },
        pricing: { ecrGbMonth: policy.pricing.ecrGbMonth, s3GbMonth: policy.pricing.s3GbMonth },
        repositories,
        packages,
        totals: {
            imageBytes,
            packageBytes: packages.storageBytes,
            monthlyCostUsd: Math.round((repositories.reduce((n, r) => n + r.monthlyCostUsd, 0) + packages.monthlyCostUsd) * 10000) / 10000,
            images: repositories.reduce((n, r) => n + r.images.length, 0),
            packages: packages.packages.length,
        },
        problems: problems.sort((a, b) => PROBLEM_ORDER.indexOf(a.kind) - PROBLEM_ORDER.indexOf(b.kind)),
    };
    if (scope.service)
        report.deployable = deployableChoice(policy, repositories, scope.service, scope.environment);
    options.logger.info(`${report.totals.images} image(s) in ${repositories.length} repositories, ${report.totals.packages} package(s); about ${formatUsd(report.totals.monthlyCostUsd)} a month; ${problems.length} problem(s).`);
    return report;
}

// EXTERNAL MODULE: ./shared/src/runtime/summary.ts
var runtime_summary = __webpack_require__(30868);
;// CONCATENATED MODULE: ./shared/src/inventory/summary.ts



/** Rows per table in the job summary; the report file has every row. */
const SUMMARY_ROWS = 50;
/** Image rows across all repositories, so that a large system stays within GitHub's 1 MiB summary limit. */
const SUMMARY_IMAGE_ROWS = 1500;
const PROBLEM_ROWS = 30;
const SIGNATURE_MARK = {
    verified: '✅ signed',
    unsigned: '❌ unsigned',
    untrusted: '❌ untrusted',
    unknown: '❔ unknown',
};
function day(iso) {
    return iso ? iso.slice(0, 10) : '';
}
function scanCell(image) {
    const counts = image.scan.counts ?? {};
    const found = schema/* SEVERITIES */.oC.filter((s) => counts[s]).map((s) => `${counts[s]} ${s[0]}${s.slice(1).toLowerCase()}`);
    const mark = { passed: '✅', failed: '❌', pending: '⏳', none: '—', unavailable: '⚠️' }[image.scan.verdict];
    return `${mark} ${image.scan.verdict}${found.length ? ` (${found.join(', ')})` : ''}`;
}
/** A mermaid pie of storage by repository (and the package store), which GitHub renders in a job summary. */
function storageChart(report) {
    const slices = report.repositories
        .filter((r) => r.storageBytes > 0)
        .map((r) => ({ label: r.name, bytes: r.storageBytes }));
    if (report.packages.storageBytes > 0)
        slices.push({ label: 'packages (S3)', bytes: report.packages.storageBytes });
    if (slices.length === 0)
        return undefined;
    const lines = slices
        .sort((a, b) => b.bytes - a.bytes)
        .map((s) => `    "${s.label.replace(/"/g, "'")}" : ${(s.bytes / 1024 ** 2).toFixed(2)}`);
    return ['```mermaid', 'pie showData', '    title Storage by repository (MiB)', ...lines, '```', ''].join('\n');
}
function repositoryTable(summary, repo, rows) {
    const where = [repo.service, repo.environment].filter(Boolean).join(', ');
    summary.heading(`${repo.name}${where ? ` (${where})` : ''}`, 3);
    if (!repo.exists) {
        summary.paragraph('Does not exist yet.');
        return;
    }
    summary.paragraph(`${repo.images.length} image(s), ${repo.attachments.count} signature(s)/attachment(s); ${(0,runtime_summary/* formatBytes */.z3)(repo.storageBytes)}, about ${formatUsd(repo.monthlyCostUsd)} a month. Lifecycle: ${repo.lifecycle.detail}`);
    summary.table(['Tags', 'Digest', 'Platforms', 'Pushed', 'Last pulled', 'Size', 'Signature', 'Scan', 'Expires'], repo.images
        .slice(0, rows)
        .map((i) => [
        i.tags.join(', ') || '(untagged)',
        `\`${i.digest.slice(7, 19)}\``,
        i.platforms.join(', ') || i.mediaType.replace(/^application\//, ''),
        day(i.pushedAt),
        day(i.lastPulledAt) || 'never',
        (0,runtime_summary/* formatBytes */.z3)(i.sizeBytes),
        SIGNATURE_MARK[i.signature.status],
        scanCell(i),
        i.expiresByRule !== undefined ? `⚠️ next run (rule ${i.expiresByRule})` : '',
    ]));
    if (repo.images.length > rows) {
        summary.paragraph(`… and ${repo.images.length - rows} older image(s): see the report file.`);
    }
}
/** The job summary: problems first, what deploys, the chart, one table per repository, then the packages. */
function inventorySummary(report, reportFile) {
    const summary = new runtime_summary/* SummaryBuilder */.CF();
    const scope = [report.scope.service, report.scope.environment].filter(Boolean).join(' / ');
    summary.heading(`Inventory of ${report.system}${scope ? ` (${scope})` : ''}`);
    summary.paragraph(`${report.totals.images} image(s) in ${report.repositories.length} repositories (${(0,runtime_summary/* formatBytes */.z3)(report.totals.imageBytes)}), ${report.totals.packages} package(s) (${(0,runtime_summary/* formatBytes */.z3)(report.totals.packageBytes)}): about **${formatUsd(report.totals.monthlyCostUsd)} a month** at $${report.pricing.ecrGbMonth}/GB-month (ECR) and $${report.pricing.s3GbMonth}/GB-month (S3).${reportFile ? ` Full report: \`${reportFile}\`.` : ''}`);
    summary.heading(report.problems.length ? `Problems (${report.problems.length})` : 'Problems', 3);
    if (report.problems.length === 0)
        summary.paragraph('None.');
    summary.list(report.problems.slice(0, PROBLEM_ROWS).map((p) => `**${p.kind}**: ${p.message}`));
    if (report.problems.length > PROBLEM_ROWS) {
        summary.paragraph(`… and ${report.problems.length - PROBLEM_ROWS} more in the report file.`);
    }
    if (report.deployable) {
        const d = report.deployable;
        summary.heading('Deployable', 3);
        summary.paragraph(d.reference ? `✅ ${d.message}` : `⚠️ ${d.message}`);
        summary.table(['Passed over', 'Digest', 'Why'], d.skipped.map((s) => [s.tags.join(', '), `\`${s.digest.slice(7, 19)}\``, s.reason]));
    }
    const chart = storageChart(report);
    if (chart) {
        summary.heading('Storage', 3);
        summary.raw(chart);
    }
    summary.table(['Repository', 'Images', 'Storage', 'Per month'], [
        ...report.repositories.map((r) => [
            r.name,
            r.exists ? r.images.length : 'missing',
            (0,runtime_summary/* formatBytes */.z3)(r.storageBytes),
            formatUsd(r.monthlyCostUsd),
        ]),
        [
            `packages (s3://${report.packages.bucket ?? '-'}/${report.packages.prefix}/)`,
            report.packages.packages.length,
            (0,runtime_summary/* formatBytes */.z3)(report.packages.storageBytes),
            formatUsd(report.packages.monthlyCostUsd),
        ],
    ]);
    summary.heading('Repositories', 3);
    const rows = Math.max(5, Math.min(SUMMARY_ROWS, Math.floor(SUMMARY_IMAGE_ROWS / Math.max(1, report.repositories.length))));
    for (const repo of report.repositories)
        repositoryTable(summary, repo, rows);
    summary.heading('Packages', 3);
    if (!report.packages.listed)
        summary.paragraph(report.packages.detail);
    else if (report.packages.packages.length === 0)
        summary.paragraph(`No packages: ${report.packages.detail}.`);
    summary.table(['Format', 'Name', 'Versions', 'Latest', 'Size'], report.packages.packages.slice(0, SUMMARY_ROWS * 2).map((p) => [
        p.format,
        p.name,
        p.versions.length <= 5
            ? p.versions.map((v) => v.version).join(', ')
            : `${p.versions.length} (… ${p.versions
                .slice(-3)
                .map((v) => v.version)
                .join(', ')})`,
        p.latest,
        (0,runtime_summary/* formatBytes */.z3)(p.sizeBytes),
    ]));
    if (report.packages.packages.length > SUMMARY_ROWS * 2) {
        summary.paragraph(`… and ${report.packages.packages.length - SUMMARY_ROWS * 2} more packages in the report file.`);
    }
    return summary.toString();
}

;// CONCATENATED MODULE: ./shared/src/inventory/run-report.ts










const DEFAULT_REPORT_FILE = 'artifact-inventory.json';
const PROBE_TIMEOUT_MS = 15_000;
function readReportInputs(ctx) {
    return {
        service: ctx.inputs.optional('service'),
        environment: ctx.inputs.optional('environment'),
        registry: ctx.inputs.optional('registry'),
        reportFile: ctx.inputs.optional('report-file') ?? DEFAULT_REPORT_FILE,
    };
}
/** The trust verification uses: signing.trust, plus the KMS key the policy signs with (as scan-gate does). */
function inventoryTrust(signing) {
    const own = signing.method === 'kms' && signing.key?.startsWith('awskms://') ? [signing.key] : [];
    return { trust: { ...signing.trust, kmsKeys: [...new Set([...signing.trust.kmsKeys, ...own])] } };
}
/** The clients of a report run: the given ones (tests), else the action's AWS session. */
function reportDependencies(ctx, awsInputs, given) {
    const call = (0,aws_calls/* awsCaller */.pu)({ logger: ctx.logger, sleep: given.sleep });
    if (given.clients)
        return { clients: given.clients, call, sleep: given.sleep };
    const aws = (0,session.openAwsSession)(ctx, awsInputs);
    return { clients: { ecr: aws.ecr(), s3: aws.s3() }, aws, call, sleep: given.sleep };
}
async function runInventoryReport(ctx, policy, deps) {
    const inputs = readReportInputs(ctx);
    // Read before anything else: a trust key that cannot be read is the user's mistake, reported as such.
    const trust = trustFromPolicy(inventoryTrust(policy.signing), { env: ctx.env, logger: ctx.logger });
    const aws = deps.aws;
    const kms = aws ? cachingKms(() => aws.kms()) : undefined;
    const openInventoryRegistry = async () => {
        const session = await openRegistry({
            registryInput: inputs.registry,
            aws,
            env: ctx.env,
            logger: ctx.logger,
            client: deps.sleep ? { sleep: deps.sleep } : undefined,
        });
        // One request first: an unreachable registry makes every signature "unknown" at once, not after retries per image.
        try {
            const answer = await fetch(`${session.client.baseUrl}/v2/`, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
            await answer.body?.cancel();
        }
        catch (err) {
            throw new Error(`${session.host} does not answer (${(0,errors/* errorMessage */.gJ)(err)})`, { cause: err });
        }
        return {
            client: session.client,
            host: session.host,
            verifier: registryVerifier(session.client, trust, { kms, logger: ctx.logger }),
        };
    };
    const report = await buildInventory(policy, deps.clients, {
        scope: { service: inputs.service, environment: inputs.environment },
        logger: ctx.logger,
        call: deps.call,
        openRegistry: inputs.registry || aws ? openInventoryRegistry : undefined,
        sleep: deps.sleep,
        now: deps.now,
        lifecyclePreview: deps.lifecyclePreview,
    });
    const file = (0,external_node_path_.resolve)(ctx.env.GITHUB_WORKSPACE ?? '.', inputs.reportFile);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
    (0,external_node_fs_.writeFileSync)(file, `${JSON.stringify(report, null, 2)}\n`);
    ctx.setOutput('report', file);
    ctx.setOutput('deployable', report.deployable?.reference ?? '');
    if (report.deployable) {
        if (report.deployable.reference)
            ctx.logger.info(report.deployable.message);
        else
            ctx.logger.warning(report.deployable.message);
    }
    await ctx.writeSummary(inventorySummary(report, inputs.reportFile));
    return report;
}


/***/ }),

/***/ 20798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ errorName),
/* harmony export */   pu: () => (/* binding */ awsCaller)
/* harmony export */ });
/* unused harmony export isRetryableAwsError */
/* harmony import */ var _runtime_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93353);
/* harmony import */ var _runtime_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24290);


const THROTTLING = [
    'ThrottlingException',
    'Throttling',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'SlowDown',
    'ServerException',
    'ServiceUnavailable',
    'InternalError',
];
function isRetryableAwsError(err) {
    const e = err;
    const status = e.$metadata?.httpStatusCode ?? 0;
    return status === 429 || status >= 500 || THROTTLING.includes(e.name ?? '') || e.code === 'ECONNRESET';
}
function errorName(err) {
    return err.name ?? '';
}
function awsCaller(options) {
    return (what, operation) => (0,_runtime_retry__WEBPACK_IMPORTED_MODULE_1__/* .withRetry */ .bD)(() => operation(), {
        attempts: options.attempts ?? 6,
        baseDelayMs: 400,
        maxDelayMs: 20000,
        retryable: isRetryableAwsError,
        sleep: options.sleep,
        onRetry: (err, attempt, delay) => {
            options.onRetry?.();
            options.logger.info(`${what}: ${(0,_runtime_errors__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}; attempt ${attempt + 1} in ${delay} ms.`);
        },
    });
}


/***/ }),

/***/ 24290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
/* unused harmony exports defaultSleep, backoffDelay */
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


/***/ }),

/***/ 30868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CF: () => (/* binding */ SummaryBuilder),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports escapeCell, escapeMarkdown, escapeHtml, formatDuration */
/** Builds the markdown of a job summary; pure, so the summary of every action can be asserted in tests. */
class SummaryBuilder {
    parts = [];
    heading(text, level = 2) {
        this.parts.push(`${'#'.repeat(level)} ${escapeMarkdown(text)}\n`);
        return this;
    }
    paragraph(text) {
        this.parts.push(`${text}\n`);
        return this;
    }
    /** A table; cells are escaped so that a `|` in a value cannot break it. */
    table(header, rows) {
        if (rows.length === 0)
            return this;
        const line = (cells) => `| ${cells.map((c) => escapeCell(c === undefined ? '' : String(c))).join(' | ')} |`;
        this.parts.push([line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n') + '\n');
        return this;
    }
    list(items) {
        if (items.length)
            this.parts.push(items.map((i) => `- ${i}`).join('\n') + '\n');
        return this;
    }
    code(text, lang = '') {
        this.parts.push('```' + lang + '\n' + text.replace(/```/g, '`\u200b``') + '\n```\n');
        return this;
    }
    details(summary, body) {
        this.parts.push(`<details><summary>${escapeHtml(summary)}</summary>\n\n${body}\n</details>\n`);
        return this;
    }
    raw(markdown) {
        this.parts.push(markdown);
        return this;
    }
    toString() {
        return this.parts.join('\n');
    }
}
function escapeCell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function escapeMarkdown(text) {
    return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** 1536 -> "1.5 KiB" */
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let v = bytes;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return i === 0 ? `${v} B` : `${v.toFixed(1)} ${units[i]}`;
}
/** 1234 -> "1.2 s" */
function formatDuration(ms) {
    return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}


/***/ })

};
;