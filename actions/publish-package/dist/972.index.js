"use strict";
exports.id = 972;
exports.ids = [972];
exports.modules = {

/***/ 8972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CREDENTIAL_SECRET_PREFIX: () => (/* reexport */ CREDENTIAL_SECRET_PREFIX),
  CROSS_ACCOUNT_PULL_ACTIONS: () => (/* reexport */ CROSS_ACCOUNT_PULL_ACTIONS),
  DEFAULT_POLICY_PATH: () => (/* reexport */ DEFAULT_POLICY_PATH),
  DEFAULT_REQUIRED_TAG_KEYS: () => (/* reexport */ DEFAULT_REQUIRED_TAG_KEYS),
  DEVELOPER_READ_ACTIONS: () => (/* reexport */ DEVELOPER_READ_ACTIONS),
  ECR_REPOSITORY_NAME: () => (/* reexport */ ECR_REPOSITORY_NAME),
  OCI_TAG: () => (/* reexport */ OCI_TAG),
  PULL_ACTIONS: () => (/* reexport */ PULL_ACTIONS),
  PULL_THROUGH_UPSTREAMS: () => (/* reexport */ PULL_THROUGH_UPSTREAMS),
  PUSH_ACTIONS: () => (/* reexport */ PUSH_ACTIONS),
  PolicyError: () => (/* reexport */ PolicyError),
  SEVERITIES: () => (/* reexport */ SEVERITIES),
  SIGNING_READ_ACTIONS: () => (/* reexport */ SIGNING_READ_ACTIONS),
  allowEntrySchema: () => (/* reexport */ allowEntrySchema),
  buildSourceOf: () => (/* reexport */ buildSourceOf),
  chartRepositoryName: () => (/* reexport */ chartRepositoryName),
  computeImageTags: () => (/* reexport */ computeImageTags),
  credentialSecretName: () => (/* reexport */ credentialSecretName),
  crossFieldIssues: () => (/* reexport */ crossFieldIssues),
  encryptionSchema: () => (/* reexport */ encryptionSchema),
  formatPath: () => (/* reexport */ formatPath),
  iamPolicyDocuments: () => (/* reexport */ iamPolicyDocuments),
  iamSchema: () => (/* reexport */ iamSchema),
  isTagMutable: () => (/* reexport */ isTagMutable),
  isValidRepositoryName: () => (/* reexport */ isValidRepositoryName),
  lifecyclePolicyFor: () => (/* reexport */ lifecyclePolicyFor),
  lifecycleRuleSchema: () => (/* reexport */ lifecycleRuleSchema),
  lifecycleRulesFor: () => (/* reexport */ lifecycleRulesFor),
  lifecycleSchema: () => (/* reexport */ lifecycleSchema),
  loadPolicy: () => (/* reexport */ loadPolicy),
  managedRepositories: () => (/* reexport */ managedRepositories),
  matchesWildcard: () => (/* reexport */ matchesWildcard),
  mirrorSchema: () => (/* reexport */ mirrorSchema),
  mirrorTarget: () => (/* reexport */ mirrorTarget),
  normalizeImageSource: () => (/* reexport */ normalizeImageSource),
  packagePrefix: () => (/* reexport */ packagePrefix),
  packagesSchema: () => (/* reexport */ packagesSchema),
  parsePolicy: () => (/* reexport */ parsePolicy),
  policySchema: () => (/* reexport */ policySchema),
  pricingSchema: () => (/* reexport */ pricingSchema),
  pullThroughCacheSchema: () => (/* reexport */ pullThroughCacheSchema),
  pushActions: () => (/* reexport */ pushActions),
  registrySchema: () => (/* reexport */ registrySchema),
  replicationSchema: () => (/* reexport */ replicationSchema),
  repositoryName: () => (/* reexport */ repositoryName),
  repositoryNameProblem: () => (/* reexport */ repositoryNameProblem),
  repositoryPattern: () => (/* reexport */ repositoryPattern),
  repositoryPolicyFor: () => (/* reexport */ repositoryPolicyFor),
  resolvePullThroughUpstream: () => (/* reexport */ resolvePullThroughUpstream),
  sanitizeTagPart: () => (/* reexport */ sanitizeTagPart),
  scanSchema: () => (/* reexport */ scanSchema),
  scanningSchema: () => (/* reexport */ scanningSchema),
  signingSchema: () => (/* reexport */ signingSchema),
  signingTrustSchema: () => (/* reexport */ signingTrustSchema),
  tagMutabilitySettings: () => (/* reexport */ tagMutabilitySettings),
  tagsSchema: () => (/* reexport */ tagsSchema)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(88532);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./shared/src/policy/schema.ts

// The policy is parsed once per run: compiling each object schema into a function (zod's default) costs more than it saves.
core/* config */.$W({ jitless: true });
/**
 * The policy file's schema: the one source of truth for its fields, their defaults, the TypeScript type
 * and the generated reference (docs/policy.md). Objects are strict: an unknown key is an error, so a
 * typo never passes silently.
 */
const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL', 'UNDEFINED'];
const DEFAULT_REQUIRED_TAG_KEYS = ['Project', 'Environment', 'Purpose', 'ManagedBy', 'Owner'];
const schema_name = (what) => schemas/* string */.YjP()
    .regex(/^[a-z0-9]+(?:[._-][a-z0-9]+)*$/, `${what} must be lowercase letters and digits, separated by single . _ or -`)
    .max(64);
const accountId = schemas/* string */.YjP().regex(/^\d{12}$/, 'an AWS account id is exactly 12 digits');
const isoDate = schemas/* string */.YjP().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD');
const encryptionSchema = schemas/* strictObject */.rej({
    type: schemas/* enum */.k5n(['AES256', 'KMS', 'KMS_DSSE'])
        .default('AES256')
        .describe('AES256 (S3-managed), KMS or KMS_DSSE (dual-layer).'),
    kmsKey: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('KMS key ARN, id or alias for type KMS/KMS_DSSE; without it ECR uses the AWS-managed key aws/ecr.'),
})
    .describe('Encryption at rest. Fixed when a repository is created: a change needs the repository replaced.');
const scanningSchema = schemas/* strictObject */.rej({
    type: schemas/* enum */.k5n(['BASIC', 'ENHANCED']).default('BASIC').describe('BASIC (ECR) or ENHANCED (Amazon Inspector).'),
    frequency: schemas/* enum */.k5n(['SCAN_ON_PUSH', 'CONTINUOUS_SCAN', 'MANUAL'])
        .default('SCAN_ON_PUSH')
        .describe('When images are scanned. CONTINUOUS_SCAN needs ENHANCED.'),
    filters: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
        .default([])
        .describe("Repository filters (wildcards) the rule applies to; empty means the system's own repositories."),
})
    .describe('Registry scanning configuration (PutRegistryScanningConfiguration), not the deprecated per-repository flag.');
const lifecycleRuleSchema = schemas/* strictObject */.rej({
    description: schemas/* string */.YjP().max(256).optional().describe('The rule description ECR shows; one is written when absent.'),
    tagPrefixes: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional().describe('Tag prefixes the rule selects (tagPrefixList).'),
    tagPatterns: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
        .optional()
        .describe('Tag wildcard patterns the rule selects (tagPatternList).'),
    keep: schemas/* number */.aig().int().min(1).optional().describe('Keep this many newest images of the selection.'),
    expireAfterDays: schemas/* number */.aig()
        .int()
        .min(1)
        .optional()
        .describe('Expire images of the selection pushed more than this many days ago.'),
});
const lifecycleSchema = schemas/* strictObject */.rej({
    keepTagged: schemas/* number */.aig()
        .int()
        .min(0)
        .max(10000)
        .optional()
        .describe('Keep only the newest N tagged images; 0 or absent keeps every tagged image.'),
    keepImages: schemas/* number */.aig()
        .int()
        .min(0)
        .max(10000)
        .optional()
        .describe('Keep only the newest N images, tagged or not (tagStatus any); 0 or absent keeps all.'),
    expireUntaggedDays: schemas/* number */.aig().int().min(1).optional().describe('Expire untagged images older than N days.'),
    rules: schemas/* array */.YOg(lifecycleRuleSchema)
        .default([])
        .describe('Extra rules for tagged images, by prefix or pattern; applied first.'),
})
    .prefault({})
    .describe('Lifecycle intent; turned into the ECR lifecycle policy JSON.');
const pullThroughCacheSchema = schemas/* strictObject */.rej({
    upstream: schemas/* string */.YjP()
        .min(1)
        .describe('ecr-public, docker-hub, quay, k8s, github, gitlab, chainguard, or the host of one (quay.io, <name>.azurecr.io for Azure). gcr.io cannot be cached: use mirrors.'),
    prefix: schemas/* string */.YjP().optional().describe('The ECR repository prefix of the rule; defaults to the upstream name.'),
    credentialSecret: schemas/* string */.YjP()
        .optional()
        .describe('Secrets Manager secret (name starting ecr-pullthroughcache/) for upstreams that need credentials.'),
});
const mirrorSchema = schemas/* strictObject */.rej({
    source: schemas/* string */.YjP()
        .min(1)
        .describe('The upstream image without tag, such as docker.io/library/redis or gcr.io/distroless/static.'),
    target: schemas/* string */.YjP().min(1).describe('The ECR repository that receives the copy, such as thirdparty/redis.'),
    tags: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]).describe('Tags to mirror (when the action is not given one).'),
});
const replicationSchema = schemas/* strictObject */.rej({
    region: schemas/* string */.YjP().min(1).describe('Destination region, such as us-east-1.'),
    account: accountId.optional().describe('Destination account; the same account when absent.'),
    filters: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
        .default([])
        .describe('Repository prefixes to replicate; all of the system when empty.'),
});
const registrySchema = schemas/* strictObject */.rej({
    layout: schemas/* enum */.k5n(['single', 'per-service', 'per-environment'])
        .default('per-service')
        .describe('single: one repository for every service; per-service: one per service; per-environment: one per service and environment.'),
    repository: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('layout single: the repository name. Otherwise a pattern with {system}, {service}, {environment}; default "{system}/{service}" or "{environment}/{service}".'),
    services: schemas/* array */.YOg(schema_name('a service name'))
        .default([])
        .describe('The services of the system (used to provision their repositories).'),
    environments: schemas/* array */.YOg(schema_name('an environment name'))
        .default([])
        .describe('The environments (layout per-environment), such as development, staging, production.'),
    tagMutability: schemas/* enum */.k5n(['IMMUTABLE', 'MUTABLE'])
        .default('IMMUTABLE')
        .describe('Whether tags can be moved once written.'),
    mutableTags: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
        .default([])
        .describe('Tag filters (wildcard *) that stay movable in an IMMUTABLE repository (IMMUTABLE_WITH_EXCLUSION), or immutable in a MUTABLE one.'),
    encryption: encryptionSchema.prefault({}),
    scanning: scanningSchema.prefault({}),
    lifecycle: lifecycleSchema,
    pullAccounts: schemas/* array */.YOg(accountId)
        .default([])
        .describe('Accounts allowed to pull (cross-account repository policy).'),
    pushRoleArn: schemas/* string */.YjP().optional().describe('The CI role allowed to push, written into the repository policy.'),
    pullThroughCache: schemas/* array */.YOg(pullThroughCacheSchema)
        .default([])
        .describe('Pull-through cache rules: ECR caches these upstream registries under a prefix.'),
    mirrors: schemas/* array */.YOg(mirrorSchema)
        .default([])
        .describe('Upstream images copied by build-sign-push (source docker://...) into ECR.'),
    charts: schemas/* string */.YjP()
        .optional()
        .describe('Repository pattern for Helm charts, with {system} and {chart}, such as "{system}/charts/{chart}".'),
    replication: schemas/* array */.YOg(replicationSchema)
        .default([])
        .describe('Replication of the repositories to other regions or accounts (such as accounts running container Lambdas).'),
    createOnPush: schemas/* boolean */.zMY()
        .default(false)
        .describe('Add a CREATE_ON_PUSH repository creation template for the system prefix.'),
    templateRoleArn: schemas/* string */.YjP()
        .regex(/^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/, 'an IAM role ARN such as arn:aws:iam::123456789012:role/ecr-templates')
        .optional()
        .describe('The role ECR assumes to give repositories created from a creation template (pullThroughCache, createOnPush) their resource tags and KMS key; needed whenever such templates exist.'),
})
    .describe('The container registry (ECR).');
const tagsSchema = schemas/* strictObject */.rej({
    release: schemas/* string */.YjP()
        .min(1)
        .default('{version}')
        .describe('Tag of a build from a git tag; must contain {version}. Placeholders: {service} {version} {sha} {sha7} {environment} {system} {run}.'),
    development: schemas/* string */.YjP()
        .min(1)
        .default('{branch}-{sha7}')
        .describe('Tag of a build from a branch or pull request; must contain {branch}, {sha} or {sha7}. Placeholders: {service} {branch} {sha} {sha7} {environment} {system} {run}.'),
    latest: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('A movable tag written only from the branches in latestFrom. Placeholders: {service} {environment} {system}.'),
    latestFrom: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default(['main']).describe('Branches whose builds also get the latest tag.'),
})
    .describe('The image tag convention.');
const signingTrustSchema = schemas/* strictObject */.rej({
    publicKeys: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
        .default([])
        .describe('PEM public keys (inline, file://, env://) whose signatures are trusted.'),
    kmsKeys: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]).describe('awskms:/// key references whose signatures are trusted.'),
    keyless: schemas/* array */.YOg(schemas/* strictObject */.rej({
        issuer: schemas/* string */.YjP()
            .min(1)
            .default('https://token.actions.githubusercontent.com')
            .describe('The OIDC issuer of the signing certificate.'),
        subject: schemas/* string */.YjP().min(1).describe('Regular expression the certificate identity must match.'),
    }))
        .default([])
        .describe('Keyless (Fulcio) identities whose signatures are trusted.'),
    signerProfiles: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
        .default([])
        .describe('AWS Signer signing profile ARNs whose signatures are trusted.'),
    rootCertificates: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]).describe('PEM roots for AWS Signer certificate chains.'),
    trustedRoot: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('A sigstore trusted_root.json (file://path) for keyless verification against a private Sigstore; the public-good root (TUF) when unset.'),
});
const signingSchema = schemas/* strictObject */.rej({
    required: schemas/* boolean */.zMY()
        .default(false)
        .describe('Images must carry a trusted signature; scan-gate fails unsigned images.'),
    method: schemas/* enum */.k5n(['none', 'kms', 'key', 'keyless', 'signer', 'ecr-managed'])
        .default('none')
        .describe('How build-sign-push signs: a KMS key, a PEM key, keyless (Fulcio/Rekor), AWS Signer, or ECR managed signing.'),
    key: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('awskms:///alias/..., env://VAR, file://path (for methods kms and key).'),
    profile: schemas/* string */.YjP().min(1).optional().describe('AWS Signer signing profile name or ARN (method signer).'),
    format: schemas/* enum */.k5n(['sigstore-bundle', 'cosign-legacy', 'notation', 'ecr-managed'])
        .optional()
        .describe('Signature format; defaults by method (notation for signer, ecr-managed for ecr-managed, else sigstore-bundle).'),
    fulcioUrl: schemas/* string */.YjP()
        .url()
        .optional()
        .describe('Fulcio for keyless signing (a private Sigstore); the public-good instance when unset.'),
    rekorUrl: schemas/* string */.YjP()
        .url()
        .optional()
        .describe('Rekor transparency log for keyless signing (a private Sigstore); the public-good instance when unset.'),
    trust: signingTrustSchema.prefault({}).describe('What verification accepts as a trusted signature.'),
})
    .describe('Image signing and the trust that verification uses.');
const allowEntrySchema = schemas/* strictObject */.rej({
    id: schemas/* string */.YjP().min(1).describe('Vulnerability id, such as CVE-2024-0001 or GHSA-...'),
    package: schemas/* string */.YjP().min(1).optional().describe('Only for this package.'),
    until: isoDate.optional().describe('The entry stops counting after this date (YYYY-MM-DD).'),
    reason: schemas/* string */.YjP().min(1).describe('Why the finding is accepted (shown in the report).'),
});
const scanSchema = schemas/* strictObject */.rej({
    failOn: schemas/* enum */.k5n([...SEVERITIES, 'NONE'])
        .default('CRITICAL')
        .describe('Fail at or above this severity; NONE reports without failing.'),
    fixableOnly: schemas/* boolean */.zMY().default(false).describe('Count only findings that have a fix.'),
    timeoutSeconds: schemas/* number */.aig().int().min(10).max(21600).default(900).describe('How long scan-gate waits for a scan.'),
    source: schemas/* enum */.k5n(['auto', 'ecr', 'inspector', 'report'])
        .default('auto')
        .describe('Where findings come from: auto follows registry.scanning; report reads a Trivy/Grype/SARIF file.'),
    allow: schemas/* array */.YOg(allowEntrySchema).default([]).describe('Accepted findings.'),
})
    .describe('The scan gate.');
const packagesSchema = schemas/* strictObject */.rej({
    bucket: schemas/* string */.YjP()
        .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'an S3 bucket name is 3-63 lowercase letters, digits, dots and hyphens')
        .optional()
        .describe('The S3 bucket of the package store.'),
    prefix: schemas/* string */.YjP()
        .min(1)
        .default('{system}')
        .describe("The system's isolated prefix in the bucket; {system} is replaced."),
    baseUrl: schemas/* string */.YjP().url().optional().describe('The public URL clients use (CloudFront or the bucket endpoint).'),
    sharedBucket: schemas/* boolean */.zMY()
        .default(false)
        .describe("The bucket is shared: provision-repo manages only the system's prefix policy."),
})
    .describe('The code package store (S3).');
const pricingSchema = schemas/* strictObject */.rej({
    ecrGbMonth: schemas/* number */.aig().min(0).default(0.1).describe('USD per GB-month of ECR storage.'),
    s3GbMonth: schemas/* number */.aig().min(0).default(0.0245).describe('USD per GB-month of S3 storage.'),
})
    .describe("Price table for the inventory report's cost estimate.");
const iamSchema = schemas/* strictObject */.rej({
    createPolicies: schemas/* boolean */.zMY()
        .default(false)
        .describe('provision-repo creates the IAM policies, not only writes their documents.'),
    principalTagKey: schemas/* string */.YjP()
        .min(1)
        .default('Project')
        .describe('The tag (on roles and resources) that ABAC matches.'),
    accountId: accountId.optional().describe('The account of the registry; read from STS when absent.'),
})
    .describe('IAM documents and ABAC.');
const policySchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1).describe('The policy format version; 1.'),
    system: schema_name('system').describe('The isolation unit (an application); also the ABAC tag value.'),
    region: schemas/* string */.YjP()
        .regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, 'a region looks like eu-central-1')
        .optional()
        .describe('The AWS region of the registry and bucket; the aws-region input or AWS_REGION when absent.'),
    resourceTags: schemas/* record */.g1P(schemas/* string */.YjP().min(1).max(128), schemas/* string */.YjP().max(256))
        .default({})
        .describe('Tags on every resource.'),
    requiredTagKeys: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
        .default(DEFAULT_REQUIRED_TAG_KEYS)
        .describe('Keys resourceTags must contain (the ABAC tags).'),
    registry: registrySchema.prefault({}),
    tags: tagsSchema.prefault({}),
    signing: signingSchema.prefault({}),
    scan: scanSchema.prefault({}),
    packages: packagesSchema.prefault({}),
    pricing: pricingSchema.prefault({}),
    iam: iamSchema.prefault({}),
})
    .describe('The artifact policy of one system.');

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./shared/src/runtime/errors.ts
var errors = __webpack_require__(93353);
;// CONCATENATED MODULE: ./shared/src/policy/template.ts
/** Placeholders in names and tags: `{name}`. One parser so that validation and rendering agree. */
const PLACEHOLDER = /\{([^{}]*)\}/g;
/** The placeholder names a template uses, in order of appearance. */
function placeholdersOf(template) {
    return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
}
/** Why a template is malformed (an unclosed or stray brace, or a placeholder outside `known`), or undefined. */
function templateProblem(template, known) {
    const withoutPlaceholders = template.replace(PLACEHOLDER, '');
    if (/[{}]/.test(withoutPlaceholders))
        return `"${template}" has an unmatched brace; write placeholders as {name}`;
    const unknown = placeholdersOf(template).filter((p) => !known.includes(p));
    if (unknown.length > 0) {
        return `"${template}" uses unknown placeholder${unknown.length > 1 ? 's' : ''} ${unknown
            .map((p) => `{${p}}`)
            .join(', ')}; allowed: ${known.map((p) => `{${p}}`).join(' ')}`;
    }
    return undefined;
}
/** Replaces each `{name}` with `values[name]`; a placeholder without a value is left as written. */
function renderTemplate(template, values) {
    return template.replace(PLACEHOLDER, (whole, key) => values[key] ?? whole);
}

;// CONCATENATED MODULE: ./shared/src/policy/naming.ts


/** ECR's repository name rule (CreateRepository): lowercase path segments separated by `/`, 2-256 characters. */
const ECR_REPOSITORY_NAME = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const REPOSITORY_PLACEHOLDERS = ['system', 'service', 'environment'];
const CHART_PLACEHOLDERS = ['system', 'chart'];
const DEFAULT_CHART_PATTERN = '{system}/charts/{chart}';
/** Why `name` is not a valid ECR repository name, or undefined when it is. */
function repositoryNameProblem(name) {
    if (name.length < 2 || name.length > 256)
        return `"${name}" is ${name.length} characters; ECR allows 2 to 256`;
    if (!ECR_REPOSITORY_NAME.test(name)) {
        return `"${name}" is not a valid ECR repository name: lowercase letters and digits in segments separated by /, each segment's words joined by single . _ or -`;
    }
    return undefined;
}
function isValidRepositoryName(name) {
    return repositoryNameProblem(name) === undefined;
}
/** The repository pattern the layout uses: `registry.repository` or the layout's default. */
function repositoryPattern(policy) {
    const { layout, repository } = policy.registry;
    if (repository)
        return repository;
    if (layout === 'per-environment')
        return '{environment}/{service}';
    if (layout === 'per-service')
        return '{system}/{service}';
    // layout single without a name is refused by the loader; the system name is the only sensible fallback.
    return '{system}';
}
/** The ECR repository of a service (and environment), by the policy's layout. */
function repositoryName(policy, target) {
    const { layout, services, environments } = policy.registry;
    if (services.length > 0 && !services.includes(target.service)) {
        throw new errors/* ConfigurationError */.j1(`service "${target.service}" is not in the policy's registry.services (${services.join(', ')}); add it there or fix the service name`);
    }
    const pattern = repositoryPattern(policy);
    const needsEnvironment = layout === 'per-environment' || placeholdersOf(pattern).includes('environment');
    if (needsEnvironment) {
        if (!target.environment) {
            throw new errors/* ConfigurationError */.j1(`the repository pattern "${pattern}" needs an environment; set the environment input (one of ${environments.join(', ') || 'registry.environments'})`);
        }
        if (environments.length > 0 && !environments.includes(target.environment)) {
            throw new errors/* ConfigurationError */.j1(`environment "${target.environment}" is not in the policy's registry.environments (${environments.join(', ')})`);
        }
    }
    const name = renderTemplate(pattern, {
        system: policy.system,
        service: target.service,
        environment: target.environment,
    });
    const problem = repositoryNameProblem(name);
    if (problem)
        throw new errors/* ConfigurationError */.j1(`repository name for service "${target.service}": ${problem}`);
    return name;
}
/**
 * Every repository the policy implies: the services' (one for layout single; services x environments for
 * per-environment), the mirrors' targets, and a chart repository per service when charts are configured
 * (a chart's repository is named after the chart, which is usually the service).
 */
function managedRepositories(policy) {
    const { layout, services, environments, mirrors, charts } = policy.registry;
    const out = [];
    const add = (repo) => {
        if (!out.some((r) => r.name === repo.name))
            out.push(repo);
    };
    if (layout === 'single') {
        add({ name: renderTemplate(repositoryPattern(policy), { system: policy.system }), kind: 'service' });
    }
    else if (layout === 'per-environment') {
        for (const service of services) {
            for (const environment of environments) {
                add({ name: repositoryName(policy, { service, environment }), kind: 'service', service, environment });
            }
        }
    }
    else {
        for (const service of services)
            add({ name: repositoryName(policy, { service }), kind: 'service', service });
    }
    for (const mirror of mirrors)
        add({ name: mirror.target, kind: 'mirror' });
    if (charts) {
        for (const service of services)
            add({ name: chartRepositoryName(policy, service), kind: 'chart', service });
    }
    return out;
}
/** The repository of a Helm chart: `registry.charts` (default "{system}/charts/{chart}"). */
function chartRepositoryName(policy, chart) {
    const name = renderTemplate(policy.registry.charts ?? DEFAULT_CHART_PATTERN, { system: policy.system, chart });
    const problem = repositoryNameProblem(name);
    if (problem)
        throw new errors/* ConfigurationError */.j1(`repository name for chart "${chart}": ${problem}`);
    return name;
}
const DOCKER_HUB_HOSTS = ['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com'];
/**
 * An image reference without tag or digest, with Docker Hub's implicit parts written out:
 * `redis:7` -> `docker.io/library/redis`, `gcr.io/distroless/static@sha256:...` -> `gcr.io/distroless/static`.
 */
function normalizeImageSource(source) {
    let ref = source.trim().replace(/^docker:\/\//, '');
    const at = ref.indexOf('@');
    if (at >= 0)
        ref = ref.slice(0, at);
    const lastSlash = ref.lastIndexOf('/');
    const colon = ref.lastIndexOf(':');
    if (colon > lastSlash)
        ref = ref.slice(0, colon);
    const parts = ref.split('/');
    const hasHost = parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost');
    if (!hasHost)
        return `docker.io/${parts.length === 1 ? `library/${ref}` : ref}`;
    if (DOCKER_HUB_HOSTS.includes(parts[0])) {
        const path = parts.slice(1);
        return `docker.io/${path.length === 1 ? `library/${path[0]}` : path.join('/')}`;
    }
    return ref;
}
/** The ECR repository that mirrors an upstream image, or undefined when the policy does not mirror it. */
function mirrorTarget(policy, source) {
    const wanted = normalizeImageSource(source);
    return policy.registry.mirrors.find((m) => normalizeImageSource(m.source) === wanted)?.target;
}
/** The system's prefix in the package bucket: `packages.prefix` with {system} resolved, no leading/trailing '/'. */
function packagePrefix(policy) {
    const prefix = renderTemplate(policy.packages.prefix, { system: policy.system }).replace(/^\/+|\/+$/g, '');
    const problem = packagePrefixProblem(prefix);
    if (problem)
        throw new errors/* ConfigurationError */.j1(`packages.prefix: ${problem}`);
    return prefix;
}
/** Why a rendered package prefix is unsafe as an S3 key prefix, or undefined. */
function packagePrefixProblem(prefix) {
    if (prefix === '')
        return 'the prefix is empty; a system needs its own prefix such as "{system}"';
    const segments = prefix.split('/');
    if (segments.some((s) => s === '' || s === '.' || s === '..' || !/^[A-Za-z0-9._-]+$/.test(s))) {
        return `"${prefix}" is not a clean key prefix: segments of letters, digits, . _ - separated by single /, without . or ..`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./shared/src/policy/lifecycle.ts
/** ECR's limit on wildcards in one tagPatternList entry. */
const MAX_WILDCARDS_PER_PATTERN = 4;
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/**
 * The ECR lifecycle rules for the policy's intent, in the order ECR needs: the rules by tag prefix or pattern,
 * then "keep the newest N tagged" (ECR needs a tag filter for tagged rules, so it selects the pattern "*"),
 * then "expire untagged after N days", and the `any` rule last (ECR requires it to have the highest priority).
 * A count of 0 means keep everything, so it writes no rule.
 */
function lifecycleRulesFor(policy) {
    const { keepTagged, keepImages, expireUntaggedDays, rules } = policy.registry.lifecycle;
    const selections = [];
    for (const rule of rules) {
        const filter = rule.tagPrefixes
            ? { tagPrefixList: rule.tagPrefixes }
            : { tagPatternList: rule.tagPatterns ?? ['*'] };
        const what = (rule.tagPrefixes ?? rule.tagPatterns ?? ['*']).join(', ');
        if (rule.keep !== undefined) {
            selections.push({
                description: rule.description ?? `Keep only last ${plural(rule.keep, 'image')} tagged ${what}`,
                selection: { tagStatus: 'tagged', ...filter, countType: 'imageCountMoreThan', countNumber: rule.keep },
            });
        }
        else if (rule.expireAfterDays !== undefined) {
            selections.push({
                description: rule.description ?? `Expire images tagged ${what} older than ${plural(rule.expireAfterDays, 'day')}`,
                selection: {
                    tagStatus: 'tagged',
                    ...filter,
                    countType: 'sinceImagePushed',
                    countUnit: 'days',
                    countNumber: rule.expireAfterDays,
                },
            });
        }
    }
    if (keepTagged) {
        selections.push({
            description: `Keep only last ${plural(keepTagged, 'tagged image')}`,
            selection: {
                tagStatus: 'tagged',
                tagPatternList: ['*'],
                countType: 'imageCountMoreThan',
                countNumber: keepTagged,
            },
        });
    }
    if (expireUntaggedDays) {
        selections.push({
            description: `Expire untagged images older than ${plural(expireUntaggedDays, 'day')}`,
            selection: {
                tagStatus: 'untagged',
                countType: 'sinceImagePushed',
                countUnit: 'days',
                countNumber: expireUntaggedDays,
            },
        });
    }
    if (keepImages) {
        selections.push({
            description: `Keep only last ${plural(keepImages, 'image')}`,
            selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: keepImages },
        });
    }
    return selections.map((s, i) => ({ rulePriority: i + 1, ...s, action: { type: 'expire' } }));
}
/** The ECR lifecycle policy JSON text, or undefined when the policy keeps every image. */
function lifecyclePolicyFor(policy) {
    const rules = lifecycleRulesFor(policy);
    if (rules.length === 0)
        return undefined;
    return JSON.stringify({ rules });
}

;// CONCATENATED MODULE: ./shared/src/policy/pull-through.ts
/** Upstream registries ECR pull-through cache supports, by the name the policy uses. */
const PULL_THROUGH_UPSTREAMS = {
    'ecr-public': { url: 'public.ecr.aws', upstreamRegistry: 'ecr-public', credentials: 'none' },
    'docker-hub': { url: 'registry-1.docker.io', upstreamRegistry: 'docker-hub', credentials: 'required' },
    quay: { url: 'quay.io', upstreamRegistry: 'quay', credentials: 'none' },
    k8s: { url: 'registry.k8s.io', upstreamRegistry: 'k8s', credentials: 'none' },
    github: { url: 'ghcr.io', upstreamRegistry: 'github-container-registry', credentials: 'required' },
    gitlab: { url: 'registry.gitlab.com', upstreamRegistry: 'gitlab-container-registry', credentials: 'required' },
    azure: { url: '<registry>.azurecr.io', upstreamRegistry: 'azure-container-registry', credentials: 'required' },
    chainguard: { url: 'cgr.dev', upstreamRegistry: 'chainguard', credentials: 'optional' },
};
/** Secrets Manager secrets that ECR reads upstream credentials from must be named with this prefix. */
const CREDENTIAL_SECRET_PREFIX = 'ecr-pullthroughcache/';
const AZURE_HOST = /^[a-z0-9]{5,50}\.azurecr\.io$/;
// Google's registries cannot be pull-through upstreams: their images are copied with registry.mirrors.
const GOOGLE_REGISTRY = /(^|\.)gcr\.io$|^gcr$|(^|\.)pkg\.dev$/;
/** The upstream a policy names, by its short name or its host (`quay.io`, `<name>.azurecr.io`), or why it cannot be. */
function resolvePullThroughUpstream(upstream) {
    const value = upstream.trim().toLowerCase();
    if (GOOGLE_REGISTRY.test(value)) {
        return {
            problem: `ECR pull-through cache cannot use ${upstream} as upstream; copy its images with registry.mirrors (source ${upstream}/..., target thirdparty/...)`,
        };
    }
    if (AZURE_HOST.test(value))
        return { name: 'azure', ...PULL_THROUGH_UPSTREAMS.azure, url: value };
    if (value === 'azure')
        return { problem: 'upstream azure needs the registry host; write upstream: <name>.azurecr.io' };
    const byName = PULL_THROUGH_UPSTREAMS[value];
    if (byName)
        return { name: value, ...byName };
    const byUrl = Object.entries(PULL_THROUGH_UPSTREAMS).find(([, u]) => u.url === value);
    if (byUrl)
        return { name: byUrl[0], ...byUrl[1] };
    return {
        problem: `ECR cannot cache "${upstream}"; allowed: ${Object.keys(PULL_THROUGH_UPSTREAMS).join(', ')} (or their hosts); copy other registries' images with registry.mirrors`,
    };
}
/** The secret's name, from a name or a Secrets Manager ARN. */
function credentialSecretName(secret) {
    return secret.replace(/^arn:[^:]+:secretsmanager:[^:]*:\d*:secret:/, '');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./shared/src/policy/tags.ts



/** The OCI distribution spec's tag rule. */
const OCI_TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const MAX_TAG_LENGTH = 128;
const TAG_PLACEHOLDERS = [
    'service',
    'version',
    'branch',
    'sha',
    'sha7',
    'environment',
    'system',
    'run',
];
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
/** Decides from the GitHub context whether this is a release build or a branch build, and of which branch. */
function buildSourceOf(git) {
    if (PULL_REQUEST_EVENTS.includes(git.eventName)) {
        // GITHUB_REF is refs/pull/N/merge here; the head branch is what people recognise (metadata-action left it empty).
        const prNumber = /^refs\/pull\/(\d+)\//.exec(git.ref)?.[1];
        const branch = git.headRef || (prNumber ? `pr-${prNumber}` : '');
        if (!branch) {
            throw new errors/* ConfigurationError */.j1(`a ${git.eventName} event without GITHUB_HEAD_REF or a refs/pull/N ref (ref "${git.ref}"); cannot name the branch`);
        }
        return { kind: 'branch', branch, sha: git.headSha || git.sha, pullRequest: true };
    }
    if (git.ref.startsWith('refs/tags/'))
        return { kind: 'release', version: git.ref.slice('refs/tags/'.length), sha: git.sha };
    if (git.ref.startsWith('refs/heads/')) {
        return { kind: 'branch', branch: git.ref.slice('refs/heads/'.length), sha: git.sha, pullRequest: false };
    }
    throw new errors/* ConfigurationError */.j1(`cannot tell a git tag or a branch from GITHUB_REF "${git.ref}" (event ${git.eventName || 'unknown'}); run on a push of a branch or tag, or a pull request`);
}
/** A branch name as a tag fragment: lowercase, `/` and other characters a tag cannot hold become `-`, runs collapsed. */
function sanitizeTagPart(value) {
    return value
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[.-]+|[.-]+$/g, '');
}
/** A git tag as a version fragment: case kept, characters a tag cannot hold become `-`. */
function sanitizeVersion(value) {
    return value.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '');
}
function shortHash(value) {
    return (0,external_node_crypto_.createHash)('sha256').update(value).digest('hex').slice(0, 8);
}
function wildcardToRegExp(filter) {
    const escaped = filter.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`^${escaped.join('.*')}$`);
}
/** Whether a tag matches an ECR wildcard filter (`*` matches any run of characters). */
function matchesWildcard(tag, filter) {
    return wildcardToRegExp(filter).test(tag);
}
/** Whether ECR lets this tag be moved: `registry.tagMutability` with `registry.mutableTags` as its exceptions. */
function isTagMutable(policy, tag) {
    const excepted = policy.registry.mutableTags.some((f) => matchesWildcard(tag, f));
    return policy.registry.tagMutability === 'IMMUTABLE' ? excepted : !excepted;
}
/** The repository's tag mutability as ECR's CreateRepository/PutImageTagMutability take it. */
function tagMutabilitySettings(policy) {
    const { tagMutability, mutableTags } = policy.registry;
    if (mutableTags.length === 0)
        return { imageTagMutability: tagMutability };
    return {
        imageTagMutability: `${tagMutability}_WITH_EXCLUSION`,
        imageTagMutabilityExclusionFilters: mutableTags.map((filter) => ({ filterType: 'WILDCARD', filter })),
    };
}
function branchMatches(branch, patterns) {
    return patterns.some((p) => matchesWildcard(branch, p));
}
/**
 * Renders a tag template. The branch is the part that gives way when the tag is too long: it is cut and
 * followed by a hash of the full branch name, so two long branches never end up with the same tag.
 */
function renderTag(template, values, what) {
    for (const p of placeholdersOf(template)) {
        const missing = (p === 'environment' && !values.environment) ||
            ((p === 'sha' || p === 'sha7') && !values.sha) ||
            (p === 'run' && !values.run) ||
            (p === 'version' && values.version === undefined) ||
            (p === 'branch' && values.branch === undefined);
        if (missing) {
            const hint = p === 'environment'
                ? 'set the environment input'
                : p === 'run'
                    ? 'GITHUB_RUN_ID is not set'
                    : p === 'sha' || p === 'sha7'
                        ? 'GITHUB_SHA is not set'
                        : `this build has no ${p}`;
            throw new errors/* ConfigurationError */.j1(`the ${what} tag "${template}" needs {${p}}, but ${hint}`);
        }
    }
    const sha = values.sha?.toLowerCase() ?? '';
    const fixed = {
        service: sanitizeTagPart(values.service),
        environment: values.environment && sanitizeTagPart(values.environment),
        system: values.system,
        version: values.version === undefined ? undefined : sanitizeVersion(values.version),
        sha,
        sha7: sha.slice(0, 7),
        run: values.run,
    };
    const rawBranch = values.branch;
    let branch = rawBranch === undefined ? undefined : sanitizeTagPart(rawBranch);
    if (rawBranch !== undefined && branch === '')
        branch = shortHash(rawBranch);
    let tag = renderTemplate(template, { ...fixed, branch });
    if (tag.length > MAX_TAG_LENGTH && branch !== undefined && rawBranch !== undefined) {
        const occurrences = placeholdersOf(template).filter((p) => p === 'branch').length;
        const fixedLength = renderTemplate(template, { ...fixed, branch: '' }).length;
        const suffix = `-${shortHash(rawBranch)}`;
        const room = Math.floor((MAX_TAG_LENGTH - fixedLength) / occurrences) - suffix.length;
        if (room >= 1) {
            const cut = branch.slice(0, room).replace(/[.-]+$/, '');
            tag = renderTemplate(template, { ...fixed, branch: `${cut}${suffix}` });
        }
    }
    if (tag.length > MAX_TAG_LENGTH) {
        throw new errors/* ConfigurationError */.j1(`the ${what} tag "${tag}" is ${tag.length} characters; OCI tags hold at most ${MAX_TAG_LENGTH}: shorten the template`);
    }
    if (!OCI_TAG.test(tag)) {
        throw new errors/* ConfigurationError */.j1(`the ${what} tag "${tag}" is not a valid OCI tag: it must start with a letter, digit or _ and hold only letters, digits, . _ -`);
    }
    return tag;
}
/**
 * The tags an image built in this GitHub context gets: the release tag for a git tag, the development tag for a
 * branch or a pull request's head branch, `latest` from the branches in `tags.latestFrom` (never from a pull
 * request), then the extra tags. Duplicates are dropped, first kind wins.
 */
function computeImageTags(policy, git, target) {
    const source = buildSourceOf(git);
    const base = { service: target.service, environment: target.environment, system: policy.system, run: git.runId };
    const out = [];
    const add = (tag, kind) => {
        if (!out.some((t) => t.tag === tag))
            out.push({ tag, kind, mutable: isTagMutable(policy, tag) });
    };
    if (source.kind === 'release') {
        add(renderTag(policy.tags.release, { ...base, version: source.version, sha: source.sha }, 'release'), 'release');
    }
    else {
        const values = { ...base, branch: source.branch, sha: source.sha };
        add(renderTag(policy.tags.development, values, 'development'), 'development');
        if (policy.tags.latest && !source.pullRequest && branchMatches(source.branch, policy.tags.latestFrom)) {
            add(renderTag(policy.tags.latest, values, 'latest'), 'latest');
        }
    }
    const known = {
        ...base,
        sha: source.sha,
        version: source.kind === 'release' ? source.version : undefined,
        branch: source.kind === 'branch' ? source.branch : undefined,
    };
    for (const extra of target.extra ?? []) {
        const trimmed = extra.trim();
        if (trimmed === '')
            continue;
        add(renderTag(trimmed, known, 'extra'), 'extra');
    }
    return out;
}

;// CONCATENATED MODULE: ./shared/src/policy/validate.ts





const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const WILDCARD_FILTER = /^[A-Za-z0-9._*-]{1,128}$/;
// A KMS key as ECR takes it: key ARN, alias ARN, key id (multi-Region mrk-...) or alias/<name>.
const KMS_KEY = [
    /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(?:key\/[A-Za-z0-9-]+|alias\/[A-Za-z0-9/_-]+)$/,
    /^(?:mrk-[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
    /^alias\/[A-Za-z0-9/_-]{1,250}$/,
];
// An image name without tag or digest: [host[:port]/]path, lower-case path components (distribution spec).
const IMAGE_NAME = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::\d+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
function isRealDate(value) {
    const [y, m, d] = value.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
function duplicates(values) {
    return values.flatMap((value, index) => (values.indexOf(value) < index ? [{ value, index }] : []));
}
/** Sample values to render patterns with, so a pattern's fixed parts can be checked before any real run. */
const SAMPLE = { service: 'service', environment: 'environment', chart: 'chart' };
function checkResourceTags(policy, issues) {
    const missing = policy.requiredTagKeys.filter((k) => !(k in policy.resourceTags));
    if (missing.length > 0) {
        issues.push({
            path: ['resourceTags'],
            message: `missing required tag key${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; add ${missing.length > 1 ? 'them' : 'it'} to resourceTags, or list the keys you require in requiredTagKeys`,
        });
    }
}
function checkRepositoryNaming(policy, issues) {
    const { layout, repository, services, environments } = policy.registry;
    if (layout === 'single') {
        if (!repository) {
            issues.push({
                path: ['registry', 'layout'],
                message: 'layout single needs registry.repository: the name of the one repository, such as "piksel-core"',
            });
        }
        else {
            const problem = templateProblem(repository, ['system']) ??
                repositoryNameProblem(renderTemplate(repository, { system: policy.system }));
            if (problem)
                issues.push({ path: ['registry', 'repository'], message: problem });
        }
    }
    else {
        const pattern = repositoryPattern(policy);
        const problem = templateProblem(pattern, REPOSITORY_PLACEHOLDERS);
        if (problem) {
            issues.push({ path: ['registry', 'repository'], message: problem });
        }
        else {
            const used = placeholdersOf(pattern);
            if (!used.includes('service')) {
                issues.push({
                    path: ['registry', 'repository'],
                    message: `layout ${layout} needs {service} in the repository pattern "${pattern}", or every service shares one repository (use layout single)`,
                });
            }
            else if (layout === 'per-environment' && !used.includes('environment')) {
                issues.push({
                    path: ['registry', 'repository'],
                    message: `layout per-environment needs {environment} in the repository pattern "${pattern}"`,
                });
            }
            else {
                const rendered = renderTemplate(pattern, { system: policy.system, ...SAMPLE });
                const nameProblem = repositoryNameProblem(rendered);
                if (nameProblem) {
                    issues.push({
                        path: ['registry', 'repository'],
                        message: `the pattern "${pattern}" makes invalid names: ${nameProblem}`,
                    });
                }
                for (const [i, service] of nameProblem ? [] : services.entries()) {
                    const envs = environments.length > 0 ? environments : ['environment'];
                    const p = envs
                        .map((environment) => repositoryNameProblem(renderTemplate(pattern, { system: policy.system, service, environment })))
                        .find((x) => x !== undefined);
                    if (p)
                        issues.push({ path: ['registry', 'services', i], message: p });
                }
            }
        }
        if (layout === 'per-environment' && environments.length === 0) {
            issues.push({
                path: ['registry', 'layout'],
                message: 'layout per-environment needs registry.environments, such as [development, staging, production]',
            });
        }
    }
    for (const { value, index } of duplicates(services)) {
        issues.push({ path: ['registry', 'services', index], message: `service "${value}" is listed twice` });
    }
    for (const { value, index } of duplicates(environments)) {
        issues.push({ path: ['registry', 'environments', index], message: `environment "${value}" is listed twice` });
    }
    if (policy.registry.charts !== undefined) {
        const charts = policy.registry.charts;
        const problem = templateProblem(charts, CHART_PLACEHOLDERS) ??
            (charts.endsWith('{chart}')
                ? repositoryNameProblem(renderTemplate(charts, { system: policy.system, ...SAMPLE }))
                : `"${charts}" must end with {chart}: Helm pushes a chart to a repository named after it`);
        if (problem)
            issues.push({ path: ['registry', 'charts'], message: problem });
    }
}
function checkLifecycle(policy, issues) {
    const { keepTagged, keepImages, expireUntaggedDays, rules } = policy.registry.lifecycle;
    const at = (...rest) => ['registry', 'lifecycle', ...rest];
    const seen = [];
    for (const [i, rule] of rules.entries()) {
        if (rule.tagPrefixes && rule.tagPatterns) {
            issues.push({
                path: at('rules', i),
                message: 'a rule selects by tagPrefixes or by tagPatterns, not both (ECR allows one)',
            });
        }
        else if (!rule.tagPrefixes && !rule.tagPatterns) {
            issues.push({
                path: at('rules', i),
                message: 'a rule needs tagPrefixes or tagPatterns (ECR requires a tag filter for tagged images); use keepTagged for all tagged images',
            });
        }
        if ((rule.keep === undefined) === (rule.expireAfterDays === undefined)) {
            issues.push({
                path: at('rules', i),
                message: 'a rule needs exactly one of keep (count) or expireAfterDays (age)',
            });
        }
        for (const [j, pattern] of (rule.tagPatterns ?? []).entries()) {
            const wildcards = pattern.split('*').length - 1;
            if (wildcards > MAX_WILDCARDS_PER_PATTERN) {
                issues.push({
                    path: at('rules', i, 'tagPatterns', j),
                    message: `"${pattern}" has ${wildcards} wildcards; ECR allows at most ${MAX_WILDCARDS_PER_PATTERN} per pattern`,
                });
            }
            if (pattern === '*' && keepTagged) {
                issues.push({
                    path: at('rules', i, 'tagPatterns', j),
                    message: 'a rule for pattern "*" selects every tagged image, so keepTagged could never apply; keep one of them',
                });
            }
        }
        // A rule whose selection an earlier rule already covers never sees an image: ECR gives each image to the first rule.
        const shadow = seen.find((s) => (rule.tagPrefixes && s.prefixes && rule.tagPrefixes.every((p) => s.prefixes?.some((q) => p.startsWith(q)))) ||
            (rule.tagPatterns &&
                s.patterns &&
                rule.tagPatterns.every((p) => s.patterns?.some((q) => matchesWildcard(p, q)))));
        if (shadow) {
            issues.push({
                path: at('rules', i),
                message: `rule ${i + 1} selects only tags that rule ${shadow.index + 1} already selects, so it never applies; merge or remove it`,
            });
        }
        seen.push({ index: i, prefixes: rule.tagPrefixes, patterns: rule.tagPatterns });
    }
    if (keepImages && keepTagged && keepImages < keepTagged) {
        issues.push({
            path: at('keepImages'),
            message: `keepImages (${keepImages}) is smaller than keepTagged (${keepTagged}): the two contradict; keep one, or make keepImages larger`,
        });
    }
    else if (keepImages && keepTagged && expireUntaggedDays) {
        issues.push({
            path: at('keepImages'),
            message: 'keepImages never applies: keepTagged claims every tagged image and expireUntaggedDays every untagged one; remove keepImages',
        });
    }
}
function checkTags(policy, issues) {
    const { release, development, latest, latestFrom } = policy.tags;
    const templates = [
        ['release', release, ['version']],
        ['development', development, ['sha', 'sha7', 'branch']],
        ['latest', latest, []],
    ];
    const shared = policy.registry.layout === 'single' && policy.registry.services.length > 1;
    for (const [field, template, varying] of templates) {
        if (template === undefined)
            continue;
        const path = ['tags', field];
        const allowed = field === 'release'
            ? TAG_PLACEHOLDERS.filter((p) => p !== 'branch')
            : field === 'latest'
                ? ['service', 'environment', 'system']
                : TAG_PLACEHOLDERS.filter((p) => p !== 'version');
        const problem = templateProblem(template, allowed);
        if (problem) {
            issues.push({ path, message: problem });
            continue;
        }
        const used = placeholdersOf(template);
        if (varying.length > 0 && !varying.some((v) => used.includes(v))) {
            issues.push({
                path,
                message: `the ${field} tag "${template}" must contain ${varying.map((v) => `{${v}}`).join(' or ')}, or every build gets the same tag`,
            });
            continue;
        }
        if (shared && !used.includes('service')) {
            issues.push({
                path,
                message: `the services share one repository (layout single), so the ${field} tag "${template}" must contain {service}`,
            });
            continue;
        }
        const fixedParts = template.replace(/\{[^{}]*\}/g, 'x');
        if (!/^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(fixedParts)) {
            issues.push({
                path,
                message: `"${template}" would not be a valid OCI tag: outside placeholders use only letters, digits, . _ - and start with a letter, digit, _ or a placeholder`,
            });
        }
    }
    if (latest && policy.registry.tagMutability === 'IMMUTABLE' && !templateProblem(latest, TAG_PLACEHOLDERS)) {
        const { services, environments } = policy.registry;
        const samples = (services.length > 0 ? services : ['service']).flatMap((service) => (environments.length > 0 ? environments : ['environment']).map((environment) => renderTemplate(latest, { service, environment, system: policy.system })));
        const uncovered = samples.filter((tag) => !policy.registry.mutableTags.some((f) => matchesWildcard(tag, f)));
        if (uncovered.length > 0) {
            issues.push({
                path: ['tags', 'latest'],
                message: `the latest tag "${latest}" moves with every build but the repository is IMMUTABLE; add a filter for it to registry.mutableTags, such as "${latest.replace(/\{[^{}]*\}/g, '*')}"`,
            });
        }
    }
    for (const { value, index } of duplicates(latestFrom)) {
        issues.push({ path: ['tags', 'latestFrom', index], message: `branch "${value}" is listed twice` });
    }
    for (const [i, filter] of policy.registry.mutableTags.entries()) {
        if (!WILDCARD_FILTER.test(filter)) {
            issues.push({
                path: ['registry', 'mutableTags', i],
                message: `"${filter}" is not an ECR tag filter: up to 128 letters, digits, . _ - and the wildcard *`,
            });
        }
    }
}
function checkRegistryServices(policy, issues) {
    const { encryption, scanning, pullThroughCache, mirrors, pushRoleArn } = policy.registry;
    if (encryption.kmsKey && encryption.type === 'AES256') {
        issues.push({
            path: ['registry', 'encryption', 'kmsKey'],
            message: 'kmsKey needs encryption type KMS or KMS_DSSE; with AES256 remove kmsKey',
        });
    }
    else if (encryption.kmsKey && !KMS_KEY.some((pattern) => pattern.test(encryption.kmsKey))) {
        issues.push({
            path: ['registry', 'encryption', 'kmsKey'],
            message: `"${encryption.kmsKey}" is not a KMS key: write its ARN (arn:aws:kms:<region>:<account>:key/<id>), its key id, or alias/<name>`,
        });
    }
    if (scanning.frequency === 'CONTINUOUS_SCAN' && scanning.type !== 'ENHANCED') {
        issues.push({
            path: ['registry', 'scanning', 'frequency'],
            message: 'CONTINUOUS_SCAN needs scanning type ENHANCED (Amazon Inspector); BASIC scans on push or manually',
        });
    }
    if (scanning.frequency === 'MANUAL' && scanning.type === 'ENHANCED') {
        issues.push({
            path: ['registry', 'scanning', 'frequency'],
            message: 'ENHANCED scanning runs SCAN_ON_PUSH or CONTINUOUS_SCAN; MANUAL is for BASIC',
        });
    }
    const prefixes = [];
    for (const [i, rule] of pullThroughCache.entries()) {
        const at = (...rest) => ['registry', 'pullThroughCache', i, ...rest];
        const resolved = resolvePullThroughUpstream(rule.upstream);
        if ('problem' in resolved) {
            issues.push({ path: at('upstream'), message: resolved.problem });
            continue;
        }
        const secret = rule.credentialSecret;
        if (secret !== undefined && resolved.credentials === 'none') {
            issues.push({
                path: at('credentialSecret'),
                message: `upstream ${rule.upstream} is public and takes no credentialSecret; remove it`,
            });
        }
        else if (secret !== undefined && !credentialSecretName(secret).startsWith(CREDENTIAL_SECRET_PREFIX)) {
            issues.push({
                path: at('credentialSecret'),
                message: `ECR reads upstream credentials only from a Secrets Manager secret named ${CREDENTIAL_SECRET_PREFIX}...; rename "${secret}"`,
            });
        }
        else if (secret === undefined && resolved.credentials === 'required') {
            issues.push({
                path: at('upstream'),
                message: `upstream ${rule.upstream} needs credentialSecret: a Secrets Manager secret named ${CREDENTIAL_SECRET_PREFIX}${resolved.name}`,
            });
        }
        const prefix = rule.prefix ?? resolved.name;
        const where = at(rule.prefix === undefined ? 'upstream' : 'prefix');
        const problem = repositoryNameProblem(prefix);
        if (problem)
            issues.push({ path: where, message: problem });
        if (prefixes.includes(prefix))
            issues.push({ path: where, message: `the prefix "${prefix}" is used by two rules` });
        prefixes.push(prefix);
    }
    const targets = [];
    const sources = [];
    for (const [i, mirror] of mirrors.entries()) {
        const problem = repositoryNameProblem(mirror.target);
        if (problem)
            issues.push({ path: ['registry', 'mirrors', i, 'target'], message: problem });
        if (targets.includes(mirror.target)) {
            issues.push({
                path: ['registry', 'mirrors', i, 'target'],
                message: `target "${mirror.target}" receives two mirrors`,
            });
        }
        targets.push(mirror.target);
        const lastSegment = mirror.source.slice(mirror.source.lastIndexOf('/') + 1);
        if (mirror.source.includes('@') || lastSegment.includes(':')) {
            issues.push({
                path: ['registry', 'mirrors', i, 'source'],
                message: `"${mirror.source}" names a tag or digest; write the image without it and list tags under tags`,
            });
        }
        else if (!IMAGE_NAME.test(mirror.source)) {
            issues.push({
                path: ['registry', 'mirrors', i, 'source'],
                message: `"${mirror.source}" is not an image name: write [registry/]path in lower case without spaces, such as docker.io/library/redis`,
            });
        }
        const normalized = normalizeImageSource(mirror.source);
        if (sources.includes(normalized)) {
            issues.push({
                path: ['registry', 'mirrors', i, 'source'],
                message: `source "${mirror.source}" is mirrored twice`,
            });
        }
        sources.push(normalized);
        if (prefixes.some((p) => mirror.target.startsWith(`${p}/`))) {
            issues.push({
                path: ['registry', 'mirrors', i, 'target'],
                message: `target "${mirror.target}" is under a pull-through cache prefix; choose another prefix such as thirdparty/`,
            });
        }
    }
    if (pushRoleArn !== undefined && !ROLE_ARN.test(pushRoleArn)) {
        issues.push({
            path: ['registry', 'pushRoleArn'],
            message: `"${pushRoleArn}" is not an IAM role ARN (arn:aws:iam::123456789012:role/name)`,
        });
    }
    for (const [i, r] of policy.registry.replication.entries()) {
        if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(r.region)) {
            issues.push({
                path: ['registry', 'replication', i, 'region'],
                message: `"${r.region}" is not a region such as eu-central-1`,
            });
        }
    }
}
function checkSigning(policy, issues) {
    const { method, key, profile, required, trust } = policy.signing;
    if ((method === 'kms' || method === 'key') && !key) {
        issues.push({
            path: ['signing', 'method'],
            message: `method ${method} needs signing.key (${method === 'kms' ? 'awskms:///alias/name or a key ARN' : 'env://VAR or file://path'})`,
        });
    }
    if (method === 'kms' && key && !key.startsWith('awskms://')) {
        issues.push({
            path: ['signing', 'key'],
            message: `method kms takes an awskms:/// reference, such as awskms:///alias/${policy.system}-signing`,
        });
    }
    if (method === 'key' && key && !/^(env|file):\/\//.test(key)) {
        issues.push({
            path: ['signing', 'key'],
            message: 'method key takes env://VAR or file://path; the key itself never goes in the policy',
        });
    }
    if (method === 'signer' && !profile) {
        issues.push({
            path: ['signing', 'method'],
            message: 'method signer needs signing.profile: the AWS Signer signing profile name or ARN',
        });
    }
    const trusts = trust.publicKeys.length + trust.kmsKeys.length + trust.keyless.length + trust.signerProfiles.length;
    if (required && method === 'none' && trusts === 0) {
        issues.push({
            path: ['signing', 'required'],
            message: 'signatures are required but nothing signs (method none) and nothing is trusted; set signing.method or signing.trust',
        });
    }
}
function checkScanAndPackages(policy, issues) {
    for (const [i, entry] of policy.scan.allow.entries()) {
        if (entry.until !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(entry.until) && !isRealDate(entry.until)) {
            issues.push({
                path: ['scan', 'allow', i, 'until'],
                message: `${entry.until} is not a calendar date (YYYY-MM-DD)`,
            });
        }
    }
    const prefixTemplateProblem = templateProblem(policy.packages.prefix, ['system']);
    const problem = prefixTemplateProblem ??
        packagePrefixProblem(renderTemplate(policy.packages.prefix, { system: policy.system }).replace(/^\/+|\/+$/g, ''));
    if (problem)
        issues.push({ path: ['packages', 'prefix'], message: problem });
}
/** The checks that span fields, run after the schema accepted the file. */
function crossFieldIssues(policy) {
    const issues = [];
    checkResourceTags(policy, issues);
    checkRepositoryNaming(policy, issues);
    checkLifecycle(policy, issues);
    checkTags(policy, issues);
    checkRegistryServices(policy, issues);
    checkSigning(policy, issues);
    checkScanAndPackages(policy, issues);
    return issues;
}

;// CONCATENATED MODULE: ./shared/src/policy/loader.ts






const DEFAULT_POLICY_PATH = '.github/artifact-policy.yml';
/** A policy file the loader refused; `issues` lists every problem found, each with its place in the file. */
class PolicyError extends errors/* ConfigurationError */.j1 {
    issues;
    constructor(issues) {
        const lines = issues.map((i) => `${i.file}:${i.line}:${i.column}: ${i.field}: ${i.message}`);
        super(lines.length === 1 ? lines[0] : `${issues[0].file} has ${lines.length} problems:\n${lines.join('\n')}`);
        this.issues = issues;
    }
}
/** `registry.pullAccounts[0]` from ['registry', 'pullAccounts', 0]. */
function formatPath(path) {
    if (path.length === 0)
        return '(top level)';
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}
/** The schema of the value at `path`, looking through defaults and optionals; undefined past a leaf. */
function schemaAt(path) {
    const unwrap = (s) => {
        let schema = s;
        while (schema instanceof schemas/* ZodDefault */.XiL ||
            schema instanceof schemas/* ZodPrefault */.xgV ||
            schema instanceof schemas/* ZodOptional */.IiU ||
            schema instanceof schemas/* ZodNullable */.l1C) {
            schema = schema.unwrap();
        }
        return schema;
    };
    let schema = unwrap(policySchema);
    for (const segment of path) {
        if (schema instanceof schemas/* ZodObject */.bvH)
            schema = schema.shape[String(segment)];
        else if (schema instanceof schemas/* ZodArray */.naA)
            schema = schema.element;
        else if (schema instanceof schemas/* ZodRecord */.b8S)
            schema = schema.valueType;
        else
            return undefined;
        schema = unwrap(schema);
    }
    return schema;
}
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const current = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            previous = current;
        }
    }
    return row[b.length];
}
function closest(word, candidates) {
    const lower = word.toLowerCase();
    const scored = candidates
        .map((c) => ({ c, d: c.toLowerCase() === lower ? 0 : editDistance(lower, c.toLowerCase()) }))
        .sort((x, y) => x.d - y.d);
    return scored[0] && scored[0].d <= Math.max(2, Math.floor(word.length / 4)) ? scored[0].c : undefined;
}
function describeValue(value) {
    if (value === null || value === undefined)
        return 'nothing (an empty value)';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string')
        return `the text "${value}"`;
    return `${typeof value} ${String(value)}`;
}
const EXPECTED_WORDS = {
    object: 'a mapping (key: value)',
    array: 'a list',
    string: 'a text value',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
};
function valueAt(root, path) {
    let value = root;
    for (const p of path) {
        if (value === null || typeof value !== 'object')
            return undefined;
        value = value[p];
    }
    return value;
}
const ACCOUNT_FIELDS = ['pullAccounts', 'account', 'accountId'];
/** Turns a zod issue into one or more policy issues whose message says what is allowed. */
function fromZodIssue(issue, raw) {
    const path = issue.path.filter((p) => typeof p !== 'symbol');
    switch (issue.code) {
        case 'unrecognized_keys': {
            const shape = schemaAt(path);
            const allowed = shape instanceof schemas/* ZodObject */.bvH ? Object.keys(shape.shape) : [];
            return issue.keys.map((key) => {
                const guess = closest(key, allowed);
                return {
                    path: [...path, key],
                    onKey: true,
                    message: `unknown key "${key}"${guess ? ` (did you mean "${guess}"?)` : ''}; allowed keys: ${allowed.join(', ')}`,
                };
            });
        }
        case 'invalid_type': {
            const actual = valueAt(raw, path);
            const last = path[path.length - 2] ?? path[path.length - 1];
            const account = typeof actual === 'number' && ACCOUNT_FIELDS.some((f) => f === last || f === path[path.length - 1]);
            if (account) {
                return [
                    {
                        path,
                        message: `an AWS account id is 12 digits written in quotes ("012345678901"); a bare number loses leading zeros`,
                    },
                ];
            }
            if (path.length === 0) {
                return [
                    {
                        path,
                        message: `the policy file must be a mapping with at least version and system; got ${describeValue(actual)}`,
                    },
                ];
            }
            const expected = EXPECTED_WORDS[issue.expected] ?? issue.expected;
            if (actual === undefined)
                return [{ path, message: `is required: ${expected}` }];
            return [{ path, message: `expected ${expected}, got ${describeValue(actual)}` }];
        }
        case 'invalid_value': {
            const values = issue.values.map((v) => String(v));
            return [
                {
                    path,
                    message: values.length === 1
                        ? `must be ${values[0]}; got ${describeValue(valueAt(raw, path))}`
                        : `must be one of ${values.join(', ')}; got ${describeValue(valueAt(raw, path))}`,
                },
            ];
        }
        case 'too_small':
        case 'too_big': {
            const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
            const word = issue.code === 'too_small' ? 'at least' : 'at most';
            const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
            const got = valueAt(raw, path);
            const shown = typeof got === 'string' ? `${got.length} characters` : Array.isArray(got) ? `${got.length} items` : String(got);
            return [{ path, message: `must be ${word} ${String(bound)}${unit}; got ${shown}` }];
        }
        case 'invalid_format': {
            const got = valueAt(raw, path);
            const message = issue.format === 'url' ? 'must be a URL such as https://artifacts.example.com' : issue.message;
            return [{ path, message: `${message}; got ${describeValue(got)}` }];
        }
        default:
            return [{ path, message: issue.message }];
    }
}
/** The node at `path` (or its key node), else the deepest node on the way: where the problem is shown. */
function locate(doc, path, onKey) {
    let node = doc.contents;
    let found = doc.contents ?? undefined;
    for (const [i, segment] of path.entries()) {
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(segment));
            if (!pair)
                return found;
            const key = pair.key;
            if (i === path.length - 1 && (onKey || pair.value === null))
                return key;
            node = pair.value;
            found = pair.value ?? key;
            if ((0,dist/* isScalar */.jn)(pair.value) && pair.value.value === null)
                found = key;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number') {
            const item = node.items[segment];
            if (!item)
                return found;
            node = item;
            found = item;
        }
        else {
            return found;
        }
    }
    return found;
}
/** Parses and validates a policy file's text; throws a PolicyError listing every problem with line and column. */
function parsePolicy(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false });
    const at = (offset) => {
        const pos = lineCounter.linePos(offset ?? 0);
        return { line: pos.line, column: pos.col };
    };
    if (doc.errors.length > 0) {
        throw new PolicyError(doc.errors.map((e) => ({
            file,
            ...at(e.pos[0]),
            field: 'YAML',
            message: e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''),
        })));
    }
    const raw = doc.toJS();
    const place = (path, onKey) => at(locate(doc, path, onKey)?.range?.[0]);
    const parsed = policySchema.safeParse(raw ?? undefined);
    if (!parsed.success) {
        if (raw === null || raw === undefined) {
            throw new PolicyError([
                {
                    file,
                    line: 1,
                    column: 1,
                    field: '(top level)',
                    message: 'the policy file is empty; it needs at least version: 1 and system',
                },
            ]);
        }
        const issues = parsed.error.issues.flatMap((issue) => fromZodIssue(issue, raw).map((i) => ({
            file,
            ...place(i.path, i.onKey ?? false),
            field: formatPath(i.path),
            message: i.message,
        })));
        throw new PolicyError(sortByPlace(issues));
    }
    const cross = crossFieldIssues(parsed.data);
    if (cross.length > 0) {
        throw new PolicyError(sortByPlace(cross.map((i) => ({
            file,
            ...place(i.path, false),
            field: formatPath(i.path),
            message: i.message,
        }))));
    }
    return parsed.data;
}
function sortByPlace(issues) {
    return [...issues].sort((a, b) => a.line - b.line || a.column - b.column);
}
/** Reads and validates the policy file at `path` (relative to the working directory). */
function loadPolicy(path = DEFAULT_POLICY_PATH) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT') {
            throw new errors/* ConfigurationError */.j1(`policy file ${path} not found; create it (see docs/policy.md in the artifacts repository) or set the policy input to its path`);
        }
        throw err;
    }
    return parsePolicy(text, path);
}

;// CONCATENATED MODULE: ./shared/src/policy/iam.ts


/** Exactly what a cross-account puller needs, nothing more. */
const CROSS_ACCOUNT_PULL_ACTIONS = [
    'ecr:BatchGetImage',
    'ecr:GetDownloadUrlForLayer',
    'ecr:BatchCheckLayerAvailability',
];
/**
 * What a CI pipeline needs to push: the Piksel blueprint's list, plus ecr:BatchGetImage, because
 * build-sign-push reads what each tag points at before writing it (an immutable tag is never overwritten,
 * and a re-run finds its tags already in place).
 */
const PUSH_ACTIONS = [
    'ecr:PutImage',
    'ecr:BatchGetImage',
    'ecr:InitiateLayerUpload',
    'ecr:UploadLayerPart',
    'ecr:CompleteLayerUpload',
    'ecr:BatchCheckLayerAvailability',
    'ecr:BatchDeleteImage',
    'ecr:DescribeImages',
];
/** Added when the policy signs: signing reads the pushed manifest and extends existing signatures. */
const SIGNING_READ_ACTIONS = ['ecr:GetDownloadUrlForLayer'];
const PULL_ACTIONS = ['ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage', 'ecr:BatchCheckLayerAvailability'];
const DEVELOPER_READ_ACTIONS = [
    'ecr:GetDownloadUrlForLayer',
    'ecr:BatchGetImage',
    'ecr:BatchCheckLayerAvailability',
    'ecr:DescribeRepositories',
    'ecr:DescribeImages',
    'ecr:ListImages',
];
/** The CI role's ECR actions: the push list, and the reads signing needs when the policy signs. */
function pushActions(policy) {
    return policy.signing.method === 'none' ? PUSH_ACTIONS : [...PUSH_ACTIONS, ...SIGNING_READ_ACTIONS];
}
/** The repository policy: cross-account pull for `registry.pullAccounts`, push for `registry.pushRoleArn`. */
function repositoryPolicyFor(policy) {
    const { pullAccounts, pushRoleArn } = policy.registry;
    const statements = [];
    if (pullAccounts.length > 0) {
        statements.push({
            Sid: 'CrossAccountPull',
            Effect: 'Allow',
            Principal: { AWS: pullAccounts.map((id) => `arn:aws:iam::${id}:root`) },
            Action: CROSS_ACCOUNT_PULL_ACTIONS,
        });
    }
    if (pushRoleArn) {
        statements.push({
            Sid: 'CiPush',
            Effect: 'Allow',
            Principal: { AWS: pushRoleArn },
            Action: [...PUSH_ACTIONS, ...SIGNING_READ_ACTIONS],
        });
    }
    if (statements.length === 0)
        return undefined;
    const document = { Version: '2012-10-17', Statement: statements };
    return JSON.stringify(document);
}
/** Repository ARNs covering the system's repositories: each name pattern with its placeholders as wildcards. */
function repositoryArns(policy, ctx) {
    const patterns = [repositoryPattern(policy), ...policy.registry.mirrors.map((m) => m.target)];
    if (policy.registry.charts)
        patterns.push(policy.registry.charts);
    const names = patterns.map((p) => renderTemplate(p, { system: policy.system }).replace(/\{[^{}]*\}/g, '*'));
    return [...new Set(names)].map((n) => `arn:aws:ecr:${ctx.region}:${ctx.accountId}:repository/${n}`);
}
/**
 * IAM policy documents for the roles around the registry: `ci-push` (the GitHub OIDC role), `pull` (EKS/IRSA) and
 * `developer-read`. Each is scoped twice: to the system's repository ARNs and by ABAC, a principal reaching only
 * repositories whose `<key>` tag equals its own `<key>` tag and the package prefix named by that tag.
 */
function iamPolicyDocuments(policy, ctx) {
    const key = policy.iam.principalTagKey;
    const principalTag = `\${aws:PrincipalTag/${key}}`;
    const resources = repositoryArns(policy, ctx);
    const abac = { StringEquals: { [`ecr:ResourceTag/${key}`]: principalTag } };
    const bucket = ctx.bucket ?? policy.packages.bucket;
    // The prefix by principal tag: a role tagged for system A lists and reads only A's packages.
    const prefix = renderTemplate(policy.packages.prefix, { system: principalTag }).replace(/^\/+|\/+$/g, '');
    const ecr = (sid, actions) => ({
        Sid: sid,
        Effect: 'Allow',
        Action: actions,
        Resource: resources,
        Condition: abac,
    });
    // GetAuthorizationToken has no resource-level scope: it must be granted on "*".
    const token = {
        Sid: 'EcrAuthorizationToken',
        Effect: 'Allow',
        Action: 'ecr:GetAuthorizationToken',
        Resource: '*',
    };
    const s3 = (sid, actions) => bucket
        ? [
            { Sid: `${sid}Objects`, Effect: 'Allow', Action: actions, Resource: `arn:aws:s3:::${bucket}/${prefix}/*` },
            {
                Sid: `${sid}List`,
                Effect: 'Allow',
                Action: 's3:ListBucket',
                Resource: `arn:aws:s3:::${bucket}`,
                Condition: { StringLike: { 's3:prefix': [prefix, `${prefix}/*`] } },
            },
        ]
        : [];
    const doc = (statements) => ({ Version: '2012-10-17', Statement: statements });
    return {
        'ci-push': doc([
            ecr('EcrPush', pushActions(policy)),
            token,
            ...s3('PackagesPublish', ['s3:PutObject', 's3:GetObject', 's3:AbortMultipartUpload']),
        ]),
        pull: doc([ecr('EcrPull', PULL_ACTIONS), token, ...s3('PackagesRead', ['s3:GetObject'])]),
        'developer-read': doc([ecr('EcrRead', DEVELOPER_READ_ACTIONS), token, ...s3('PackagesRead', ['s3:GetObject'])]),
    };
}

;// CONCATENATED MODULE: ./shared/src/policy/index.ts










/***/ })

};
;