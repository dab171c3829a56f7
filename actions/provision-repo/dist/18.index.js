"use strict";
exports.id = 18;
exports.ids = [18];
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


/***/ })

};
;