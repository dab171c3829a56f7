import * as z from 'zod';
import {
  awsAccountId as accountId,
  awsRegion,
  iamRoleArn,
  isoDate,
  lowercaseName as name,
  s3BucketName,
} from './formats';

/**
 * The policy file's schema: the one source of truth for its fields, their defaults, the TypeScript type
 * and the generated reference (docs/policy.md). Objects are strict: an unknown key is an error, so a
 * typo never passes silently.
 */

export const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL', 'UNDEFINED'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Lifecycle rules a policy may list: far more than ECR's 30 KB lifecycle document holds. */
export const MAX_LIFECYCLE_RULES = 100;

export const encryptionSchema = z
  .strictObject({
    type: z
      .enum(['AES256', 'KMS', 'KMS_DSSE'])
      .default('AES256')
      .describe('AES256 (S3-managed), KMS or KMS_DSSE (dual-layer).'),
    kmsKey: z
      .string()
      .min(1)
      .optional()
      .describe('KMS key ARN, id or alias for type KMS/KMS_DSSE; without it ECR uses the AWS-managed key aws/ecr.'),
  })
  .describe('Encryption at rest. Fixed when a repository is created: a change needs the repository replaced.');

export const scanningSchema = z
  .strictObject({
    type: z.enum(['BASIC', 'ENHANCED']).default('BASIC').describe('BASIC (ECR) or ENHANCED (Amazon Inspector).'),
    frequency: z
      .enum(['SCAN_ON_PUSH', 'CONTINUOUS_SCAN', 'MANUAL'])
      .default('SCAN_ON_PUSH')
      .describe('When images are scanned. CONTINUOUS_SCAN needs ENHANCED.'),
    filters: z
      .array(z.string().min(1))
      .default([])
      .describe("Repository filters (wildcards) the rule applies to; empty means the system's own repositories."),
  })
  .describe(
    'Registry scanning configuration (PutRegistryScanningConfiguration), not the deprecated per-repository flag.',
  );

export const lifecycleRuleSchema = z.strictObject({
  description: z.string().max(256).optional().describe('The rule description ECR shows; one is written when absent.'),
  tagPrefixes: z.array(z.string().min(1)).optional().describe('Tag prefixes the rule selects (tagPrefixList).'),
  tagPatterns: z
    .array(z.string().min(1))
    .optional()
    .describe('Tag wildcard patterns the rule selects (tagPatternList).'),
  keep: z.number().int().min(1).optional().describe('Keep this many newest images of the selection.'),
  expireAfterDays: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe('Expire images of the selection pushed more than this many days ago.'),
});

export const lifecycleSchema = z
  .strictObject({
    keepTagged: z
      .number()
      .int()
      .min(0)
      .max(10000)
      .optional()
      .describe('Keep only the newest N tagged images; 0 or absent keeps every tagged image.'),
    keepImages: z
      .number()
      .int()
      .min(0)
      .max(10000)
      .optional()
      .describe('Keep only the newest N images, tagged or not (tagStatus any); 0 or absent keeps all.'),
    expireUntaggedDays: z.number().int().min(1).optional().describe('Expire untagged images older than N days.'),
    rules: z
      .array(lifecycleRuleSchema)
      .max(MAX_LIFECYCLE_RULES)
      .default([])
      .describe('Extra rules for tagged images, by prefix or pattern; applied first.'),
  })
  .prefault({})
  .describe('Lifecycle intent; turned into the ECR lifecycle policy JSON.');

export const pullThroughCacheSchema = z.strictObject({
  upstream: z
    .string()
    .min(1)
    .describe(
      'ecr-public, docker-hub, quay, k8s, github, gitlab, chainguard, or the host of one (quay.io, <name>.azurecr.io for Azure). gcr.io cannot be cached: use mirrors.',
    ),
  prefix: z.string().optional().describe('The ECR repository prefix of the rule; defaults to the upstream name.'),
  credentialSecret: z
    .string()
    .optional()
    .describe('Secrets Manager secret (name starting ecr-pullthroughcache/) for upstreams that need credentials.'),
});

export const mirrorSchema = z.strictObject({
  source: z
    .string()
    .min(1)
    .describe('The upstream image without tag, such as docker.io/library/redis or gcr.io/distroless/static.'),
  target: z.string().min(1).describe('The ECR repository that receives the copy, such as thirdparty/redis.'),
  tags: z.array(z.string().min(1)).default([]).describe('Tags to mirror (when the action is not given one).'),
});

export const replicationSchema = z.strictObject({
  region: z.string().min(1).describe('Destination region, such as us-east-1.'),
  account: accountId.optional().describe('Destination account; the same account when absent.'),
  filters: z
    .array(z.string().min(1))
    .default([])
    .describe('Repository prefixes to replicate; all of the system when empty.'),
});

export const BUILD_CACHE_TYPES = ['registry', 'gha', 'none'] as const;
export type BuildCacheType = (typeof BUILD_CACHE_TYPES)[number];

export const buildCacheSchema = z
  .strictObject({
    type: z
      .enum(BUILD_CACHE_TYPES)
      .default('none')
      .describe(
        "The layer cache of build-sign-push's builds (its `cache` input's default): registry (a sibling ECR repository, provisioned by provision-repo), gha (GitHub's Actions cache, buildx on GitHub's runners) or none.",
      ),
    repository: z
      .string()
      .min(1)
      .default('{repository}-buildcache')
      .describe(
        "The cache repository of an image repository, with {repository} (the image repository's name) and {system}. It is MUTABLE and never the image repository.",
      ),
    expireAfterDays: z
      .number()
      .int()
      .min(1)
      .max(3650)
      .default(14)
      .describe("Cache images pushed more than this many days ago expire (the cache repository's lifecycle)."),
  })
  .prefault({})
  .describe('The build layer cache (type registry: one MUTABLE cache repository beside each image repository).');

export const registrySchema = z
  .strictObject({
    layout: z
      .enum(['single', 'per-service', 'per-environment'])
      .default('per-service')
      .describe(
        'single: one repository for every service; per-service: one per service; per-environment: one per service and environment.',
      ),
    repository: z
      .string()
      .min(1)
      .optional()
      .describe(
        'layout single: the repository name. Otherwise a pattern with {system}, {service}, {environment}; default "{system}/{service}" or "{environment}/{service}".',
      ),
    services: z
      .array(name('a service name'))
      .default([])
      .describe('The services of the system (used to provision their repositories).'),
    environments: z
      .array(name('an environment name'))
      .default([])
      .describe('The environments (layout per-environment), such as development, staging, production.'),
    tagMutability: z
      .enum(['IMMUTABLE', 'MUTABLE'])
      .default('IMMUTABLE')
      .describe('Whether tags can be moved once written.'),
    mutableTags: z
      .array(z.string().min(1))
      .default([])
      .describe(
        'With tagMutability IMMUTABLE: tag filters (wildcard *) that stay movable, such as "*-latest" (ECR IMMUTABLE_WITH_EXCLUSION). With MUTABLE it is the deprecated spelling of immutableTags: loaded with a warning.',
      ),
    immutableTags: z
      .array(z.string().min(1))
      .default([])
      .describe(
        'With tagMutability MUTABLE: tag filters (wildcard *) that can never be moved once written, such as "v*" (ECR MUTABLE_WITH_EXCLUSION). Not allowed with IMMUTABLE, where every tag is immutable already.',
      ),
    encryption: encryptionSchema.prefault({}),
    scanning: scanningSchema.prefault({}),
    lifecycle: lifecycleSchema,
    pullAccounts: z
      .array(accountId)
      .default([])
      .describe('Accounts allowed to pull (cross-account repository policy).'),
    pushRoleArn: z.string().optional().describe('The CI role allowed to push, written into the repository policy.'),
    pullThroughCache: z
      .array(pullThroughCacheSchema)
      .default([])
      .describe('Pull-through cache rules: ECR caches these upstream registries under a prefix.'),
    mirrors: z
      .array(mirrorSchema)
      .default([])
      .describe('Upstream images copied by build-sign-push (source docker://...) into ECR.'),
    charts: z
      .string()
      .optional()
      .describe('Repository pattern for Helm charts, with {system} and {chart}, such as "{system}/charts/{chart}".'),
    replication: z
      .array(replicationSchema)
      .default([])
      .describe(
        'Replication of the repositories to other regions or accounts (such as accounts running container Lambdas).',
      ),
    buildCache: buildCacheSchema,
    createOnPush: z
      .boolean()
      .default(false)
      .describe('Add a CREATE_ON_PUSH repository creation template for the system prefix.'),
    templateRoleArn: iamRoleArn
      .optional()
      .describe(
        'The role ECR assumes to give repositories created from a creation template (pullThroughCache, createOnPush) their resource tags and KMS key; needed whenever such templates exist.',
      ),
  })
  .describe('The container registry (ECR).');

export const tagsSchema = z
  .strictObject({
    release: z
      .string()
      .min(1)
      .default('{version}')
      .describe(
        'Tag of a build from a git tag; must contain {version}. Placeholders: {service} {version} {sha} {sha7} {environment} {system} {run}.',
      ),
    development: z
      .string()
      .min(1)
      .default('{branch}-{sha7}')
      .describe(
        'Tag of a build from a branch or pull request; must contain {branch}, {sha} or {sha7}. Placeholders: {service} {branch} {sha} {sha7} {environment} {system} {run}.',
      ),
    latest: z
      .string()
      .min(1)
      .optional()
      .describe(
        'A movable tag written only from the branches in latestFrom. Placeholders: {service} {environment} {system}.',
      ),
    latestFrom: z.array(z.string().min(1)).default(['main']).describe('Branches whose builds also get the latest tag.'),
  })
  .describe('The image tag convention.');

export const signingTrustSchema = z.strictObject({
  publicKeys: z
    .array(z.string().min(1))
    .default([])
    .describe('PEM public keys (inline, file://, env://) whose signatures are trusted.'),
  kmsKeys: z.array(z.string().min(1)).default([]).describe('awskms:/// key references whose signatures are trusted.'),
  keyless: z
    .array(
      z.strictObject({
        issuer: z
          .string()
          .min(1)
          .default('https://token.actions.githubusercontent.com')
          .describe('The OIDC issuer of the signing certificate.'),
        subject: z.string().min(1).describe('Regular expression the certificate identity must match.'),
        repository: z
          .string()
          .min(1)
          .optional()
          .describe(
            "Regular expression the certificate's source repository (Fulcio's Source Repository URI, the calling repository when signed through a reusable workflow) must match.",
          ),
        ref: z
          .string()
          .min(1)
          .optional()
          .describe(
            "Regular expression the certificate's source repository ref (Fulcio's Source Repository Ref, such as refs/tags/v1.2.0) must match.",
          ),
      }),
    )
    .default([])
    .describe('Keyless (Fulcio) identities whose signatures are trusted.'),
  signerProfiles: z
    .array(z.string().min(1))
    .default([])
    .describe('AWS Signer signing profile ARNs whose signatures are trusted.'),
  rootCertificates: z.array(z.string().min(1)).default([]).describe('PEM roots for AWS Signer certificate chains.'),
  trustedRoot: z
    .string()
    .min(1)
    .optional()
    .describe(
      'A sigstore trusted_root.json (file://path) for keyless verification against a private Sigstore; the public-good root (TUF) when unset.',
    ),
});

export const signingSchema = z
  .strictObject({
    required: z
      .boolean()
      .default(false)
      .describe('Images must carry a trusted signature; scan-gate fails unsigned images.'),
    method: z
      .enum(['none', 'kms', 'key', 'keyless', 'signer', 'ecr-managed'])
      .default('none')
      .describe(
        'How build-sign-push signs: a KMS key, a PEM key, keyless (Fulcio/Rekor), AWS Signer, or ECR managed signing.',
      ),
    key: z
      .string()
      .min(1)
      .optional()
      .describe('awskms:///alias/..., env://VAR, file://path (for methods kms and key).'),
    profile: z.string().min(1).optional().describe('AWS Signer signing profile name or ARN (method signer).'),
    format: z
      .enum(['sigstore-bundle', 'cosign-legacy', 'notation', 'ecr-managed'])
      .optional()
      .describe(
        'Signature format; defaults by method (notation for signer, ecr-managed for ecr-managed, else sigstore-bundle).',
      ),
    fulcioUrl: z
      .string()
      .url()
      .optional()
      .describe('Fulcio for keyless signing (a private Sigstore); the public-good instance when unset.'),
    rekorUrl: z
      .string()
      .url()
      .optional()
      .describe(
        'Rekor transparency log for keyless signing (a private Sigstore); the public-good instance when unset.',
      ),
    trust: signingTrustSchema.prefault({}).describe('What verification accepts as a trusted signature.'),
  })
  .describe('Image signing and the trust that verification uses.');

export const provenanceSchema = z
  .strictObject({
    required: z
      .boolean()
      .default(false)
      .describe(
        "Images must carry a SLSA v1 provenance signed under signing.trust; scan-gate and the report's deployable image fail images without one. build-sign-push then refuses a signing method that cannot sign it (AWS Signer or ECR managed signing without signing.key).",
      ),
    builders: z
      .array(z.string().min(1))
      .default([])
      .describe(
        'Workflows allowed to build images, as the provenance names them (owner/repo/.github/workflows/file.yml@ref, or the https://github.com/... builder id); wildcard *. Empty: any.',
      ),
    sourceRefs: z
      .array(z.string().min(1))
      .default([])
      .describe('Git refs images may be built from, such as refs/heads/main or refs/tags/v*; wildcard *. Empty: any.'),
  })
  .describe(
    'The SLSA provenance build-sign-push attaches to every image it pushes (when it signs), and what the gate requires of it.',
  );

export const allowEntrySchema = z.strictObject({
  id: z.string().min(1).describe('Vulnerability id, such as CVE-2024-0001 or GHSA-...'),
  package: z.string().min(1).optional().describe('Only for this package.'),
  until: isoDate.optional().describe('The entry stops counting after this date (YYYY-MM-DD).'),
  reason: z.string().min(1).describe('Why the finding is accepted (shown in the report).'),
});

export const scanSchema = z
  .strictObject({
    failOn: z
      .enum([...SEVERITIES, 'NONE'])
      .default('CRITICAL')
      .describe('Fail at or above this severity; NONE reports without failing.'),
    fixableOnly: z.boolean().default(false).describe('Count only findings that have a fix.'),
    timeoutSeconds: z.number().int().min(10).max(21600).default(900).describe('How long scan-gate waits for a scan.'),
    source: z
      .enum(['auto', 'ecr', 'inspector', 'report'])
      .default('auto')
      .describe('Where findings come from: auto follows registry.scanning; report reads a Trivy/Grype/SARIF file.'),
    allow: z.array(allowEntrySchema).default([]).describe('Accepted findings.'),
    trustReportsWithoutDigest: z
      .boolean()
      .default(false)
      .describe(
        'Judge a Trivy/Grype/SARIF report that names no image digest; otherwise a report must name the gated digest.',
      ),
    unrated: z
      .enum(['at-threshold', 'undefined'])
      .default('at-threshold')
      .describe(
        'A finding with neither a known severity word nor a CVSS score: counted at failOn (fails closed), or as UNDEFINED.',
      ),
  })
  .describe('The scan gate.');

export const packagesSchema = z
  .strictObject({
    bucket: s3BucketName.optional().describe('The S3 bucket of the package store.'),
    prefix: z
      .string()
      .min(1)
      .default('{system}')
      .describe("The system's isolated prefix in the bucket; {system} is replaced."),
    baseUrl: z.string().url().optional().describe('The public URL clients use (CloudFront or the bucket endpoint).'),
    sharedBucket: z
      .boolean()
      .default(false)
      .describe("The bucket is shared: provision-repo manages only the system's prefix policy."),
    npmScopes: z
      .array(z.string().regex(/^@[a-z0-9-~][a-z0-9-._~]*$/, 'an npm scope looks like @acme'))
      .default([])
      .describe(
        "The npm scopes (such as @acme) whose packages come from the store: setup-package-store points each one's registry at its endpoint in .npmrc.",
      ),
  })
  .describe('The code package store (S3).');

export const pricingSchema = z
  .strictObject({
    ecrGbMonth: z.number().min(0).default(0.1).describe('USD per GB-month of ECR storage.'),
    s3GbMonth: z.number().min(0).default(0.0245).describe('USD per GB-month of S3 storage.'),
  })
  .describe("Price table for the inventory report's cost estimate.");

export const iamSchema = z
  .strictObject({
    createPolicies: z
      .boolean()
      .default(false)
      .describe('provision-repo creates the IAM policies, not only writes their documents.'),
    principalTagKey: z
      .string()
      .min(1)
      .default('Project')
      .describe('The tag (on roles and resources) that ABAC matches.'),
    accountId: accountId.optional().describe('The account of the registry; read from STS when absent.'),
  })
  .describe('IAM documents and ABAC.');

export const policySchema = z
  .strictObject({
    version: z.literal(1).describe('The policy format version; 1.'),
    system: name('system').describe('The isolation unit (an application); also the ABAC tag value.'),
    region: awsRegion
      .optional()
      .describe('The AWS region of the registry and bucket; the aws-region input or AWS_REGION when absent.'),
    resourceTags: z
      .record(z.string().min(1).max(128), z.string().max(256))
      .default({})
      .describe(
        "Tags on every resource. The ABAC tag (iam.principalTagKey, default Project) is the system's name: set when absent, and it must not say otherwise.",
      ),
    requiredTagKeys: z
      .array(z.string().min(1))
      .default([])
      .describe(
        'Tag keys resourceTags must contain, such as [Environment, Owner]; none by default. The ABAC tag is derived from system and need not be written.',
      ),
    registry: registrySchema.prefault({}),
    tags: tagsSchema.prefault({}),
    signing: signingSchema.prefault({}),
    provenance: provenanceSchema.prefault({}),
    scan: scanSchema.prefault({}),
    packages: packagesSchema.prefault({}),
    pricing: pricingSchema.prefault({}),
    iam: iamSchema.prefault({}),
  })
  .describe('The artifact policy of one system.');

export type Policy = z.output<typeof policySchema>;
export type PolicyInput = z.input<typeof policySchema>;
export type RegistryPolicy = Policy['registry'];
export type TagPolicy = Policy['tags'];
export type SigningPolicy = Policy['signing'];
export type ProvenancePolicy = Policy['provenance'];
export type ScanPolicy = Policy['scan'];
export type PackagesPolicy = Policy['packages'];
export type LifecyclePolicyIntent = RegistryPolicy['lifecycle'];
export type AllowEntry = ScanPolicy['allow'][number];
export type BuildCachePolicy = RegistryPolicy['buildCache'];
