import * as z from 'zod/mini';
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

/** A non-empty string; a new schema each time, so that each field carries its own description. */
const text = () => z.string().check(z.minLength(1));

/** A field's description: what the generated reference (docs/policy.md) shows beside it. */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  z.globalRegistry.add(schema, { description });
  return schema;
}

/** Lifecycle rules a policy may list: far more than ECR's 30 KB lifecycle document holds. */
export const MAX_LIFECYCLE_RULES = 100;

export const encryptionSchema = described(
  z.strictObject({
    type: described(
      z._default(z.enum(['AES256', 'KMS', 'KMS_DSSE']), 'AES256'),
      'AES256 (S3-managed), KMS or KMS_DSSE (dual-layer).',
    ),
    kmsKey: described(
      z.optional(text()),
      'KMS key ARN, id or alias for type KMS/KMS_DSSE; without it ECR uses the AWS-managed key aws/ecr.',
    ),
  }),
  'Encryption at rest. Fixed when a repository is created: a change needs the repository replaced.',
);

export const scanningSchema = described(
  z.strictObject({
    type: described(z._default(z.enum(['BASIC', 'ENHANCED']), 'BASIC'), 'BASIC (ECR) or ENHANCED (Amazon Inspector).'),
    frequency: described(
      z._default(z.enum(['SCAN_ON_PUSH', 'CONTINUOUS_SCAN', 'MANUAL']), 'SCAN_ON_PUSH'),
      'When images are scanned. CONTINUOUS_SCAN needs ENHANCED.',
    ),
    filters: described(
      z._default(z.array(text()), []),
      "Repository filters (wildcards) the rule applies to; empty means the system's own repositories.",
    ),
  }),
  'Registry scanning configuration (PutRegistryScanningConfiguration), not the deprecated per-repository flag.',
);

export const lifecycleRuleSchema = z.strictObject({
  description: described(
    z.optional(z.string().check(z.maxLength(256))),
    'The rule description ECR shows; one is written when absent.',
  ),
  tagPrefixes: described(z.optional(z.array(text())), 'Tag prefixes the rule selects (tagPrefixList).'),
  tagPatterns: described(z.optional(z.array(text())), 'Tag wildcard patterns the rule selects (tagPatternList).'),
  keep: described(z.optional(z.int().check(z.minimum(1))), 'Keep this many newest images of the selection.'),
  expireAfterDays: described(
    z.optional(z.int().check(z.minimum(1))),
    'Expire images of the selection pushed more than this many days ago.',
  ),
});

export const lifecycleSchema = described(
  z.prefault(
    z.strictObject({
      keepTagged: described(
        z.optional(z.int().check(z.minimum(0), z.maximum(10000))),
        'Keep only the newest N tagged images; 0 or absent keeps every tagged image.',
      ),
      keepImages: described(
        z.optional(z.int().check(z.minimum(0), z.maximum(10000))),
        'Keep only the newest N images, tagged or not (tagStatus any); 0 or absent keeps all.',
      ),
      expireUntaggedDays: described(
        z.optional(z.int().check(z.minimum(1))),
        'Expire untagged images older than N days.',
      ),
      rules: described(
        z._default(z.array(lifecycleRuleSchema).check(z.maxLength(MAX_LIFECYCLE_RULES)), []),
        'Extra rules for tagged images, by prefix or pattern; applied first.',
      ),
    }),
    {},
  ),
  'Lifecycle intent; turned into the ECR lifecycle policy JSON.',
);

export const pullThroughCacheSchema = z.strictObject({
  upstream: described(
    text(),
    'ecr-public, docker-hub, quay, k8s, github, gitlab, chainguard, or the host of one (quay.io, <name>.azurecr.io for Azure). gcr.io cannot be cached: use mirrors.',
  ),
  prefix: described(z.optional(z.string()), 'The ECR repository prefix of the rule; defaults to the upstream name.'),
  credentialSecret: described(
    z.optional(z.string()),
    'Secrets Manager secret (name starting ecr-pullthroughcache/) for upstreams that need credentials.',
  ),
});

export const mirrorSchema = z.strictObject({
  source: described(
    text(),
    'The upstream image without tag, such as docker.io/library/redis or gcr.io/distroless/static.',
  ),
  target: described(text(), 'The ECR repository that receives the copy, such as thirdparty/redis.'),
  tags: described(z._default(z.array(text()), []), 'Tags to mirror (when the action is not given one).'),
});

export const replicationSchema = z.strictObject({
  region: described(text(), 'Destination region, such as us-east-1.'),
  account: described(z.optional(accountId), 'Destination account; the same account when absent.'),
  filters: described(
    z._default(z.array(text()), []),
    'Repository prefixes to replicate; all of the system when empty.',
  ),
});

export const BUILD_CACHE_TYPES = ['registry', 'gha', 'none'] as const;
export type BuildCacheType = (typeof BUILD_CACHE_TYPES)[number];

export const buildCacheSchema = described(
  z.prefault(
    z.strictObject({
      type: described(
        z._default(z.enum(BUILD_CACHE_TYPES), 'none'),
        "The layer cache of build-sign-push's builds (its `cache` input's default): registry (a sibling ECR repository, provisioned by provision-repo), gha (GitHub's Actions cache, buildx on GitHub's runners) or none.",
      ),
      repository: described(
        z._default(text(), '{repository}-buildcache'),
        "The cache repository of an image repository, with {repository} (the image repository's name) and {system}. It is MUTABLE and never the image repository.",
      ),
      expireAfterDays: described(
        z._default(z.int().check(z.minimum(1), z.maximum(3650)), 14),
        "Cache images pushed more than this many days ago expire (the cache repository's lifecycle).",
      ),
    }),
    {},
  ),
  'The build layer cache (type registry: one MUTABLE cache repository beside each image repository).',
);

export const registrySchema = described(
  z.strictObject({
    layout: described(
      z._default(z.enum(['single', 'per-service', 'per-environment']), 'per-service'),
      'single: one repository for every service; per-service: one per service; per-environment: one per service and environment.',
    ),
    repository: described(
      z.optional(text()),
      'layout single: the repository name. Otherwise a pattern with {system}, {service}, {environment}; default "{system}/{service}" or "{environment}/{service}".',
    ),
    services: described(
      z._default(z.array(name('a service name')), []),
      'The services of the system (used to provision their repositories).',
    ),
    environments: described(
      z._default(z.array(name('an environment name')), []),
      'The environments (layout per-environment), such as development, staging, production.',
    ),
    tagMutability: described(
      z._default(z.enum(['IMMUTABLE', 'MUTABLE']), 'IMMUTABLE'),
      'Whether tags can be moved once written.',
    ),
    mutableTags: described(
      z._default(z.array(text()), []),
      'With tagMutability IMMUTABLE: tag filters (wildcard *) that stay movable, such as "*-latest" (ECR IMMUTABLE_WITH_EXCLUSION). With MUTABLE it is the deprecated spelling of immutableTags: loaded with a warning.',
    ),
    immutableTags: described(
      z._default(z.array(text()), []),
      'With tagMutability MUTABLE: tag filters (wildcard *) that can never be moved once written, such as "v*" (ECR MUTABLE_WITH_EXCLUSION). Not allowed with IMMUTABLE, where every tag is immutable already.',
    ),
    encryption: z.prefault(encryptionSchema, {}),
    scanning: z.prefault(scanningSchema, {}),
    lifecycle: lifecycleSchema,
    pullAccounts: described(
      z._default(z.array(accountId), []),
      'Accounts allowed to pull (cross-account repository policy).',
    ),
    pushRoleArn: described(z.optional(z.string()), 'The CI role allowed to push, written into the repository policy.'),
    pullThroughCache: described(
      z._default(z.array(pullThroughCacheSchema), []),
      'Pull-through cache rules: ECR caches these upstream registries under a prefix.',
    ),
    mirrors: described(
      z._default(z.array(mirrorSchema), []),
      'Upstream images copied by build-sign-push (source docker://...) into ECR.',
    ),
    charts: described(
      z.optional(z.string()),
      'Repository pattern for Helm charts, with {system} and {chart}, such as "{system}/charts/{chart}".',
    ),
    replication: described(
      z._default(z.array(replicationSchema), []),
      'Replication of the repositories to other regions or accounts (such as accounts running container Lambdas).',
    ),
    buildCache: buildCacheSchema,
    createOnPush: described(
      z._default(z.boolean(), false),
      'Add a CREATE_ON_PUSH repository creation template for the system prefix.',
    ),
    templateRoleArn: described(
      z.optional(iamRoleArn),
      'The role ECR assumes to give repositories created from a creation template (pullThroughCache, createOnPush) their resource tags and KMS key; needed whenever such templates exist.',
    ),
  }),
  'The container registry (ECR).',
);

export const tagsSchema = described(
  z.strictObject({
    release: described(
      z._default(text(), '{version}'),
      'Tag of a build from a git tag; must contain {version}. Placeholders: {service} {version} {sha} {sha7} {environment} {system} {run}.',
    ),
    development: described(
      z._default(text(), '{branch}-{sha7}'),
      'Tag of a build from a branch or pull request; must contain {branch}, {sha} or {sha7}. Placeholders: {service} {branch} {sha} {sha7} {environment} {system} {run}.',
    ),
    latest: described(
      z.optional(text()),
      'A movable tag written only from the branches in latestFrom. Placeholders: {service} {environment} {system}.',
    ),
    latestFrom: described(z._default(z.array(text()), ['main']), 'Branches whose builds also get the latest tag.'),
  }),
  'The image tag convention.',
);

export const signingTrustSchema = z.strictObject({
  publicKeys: described(
    z._default(z.array(text()), []),
    'PEM public keys (inline, file://, env://) whose signatures are trusted.',
  ),
  kmsKeys: described(z._default(z.array(text()), []), 'awskms:/// key references whose signatures are trusted.'),
  keyless: described(
    z._default(
      z.array(
        z.strictObject({
          issuer: described(
            z._default(text(), 'https://token.actions.githubusercontent.com'),
            'The OIDC issuer of the signing certificate.',
          ),
          subject: described(text(), 'Regular expression the certificate identity must match.'),
          repository: described(
            z.optional(text()),
            "Regular expression the certificate's source repository (Fulcio's Source Repository URI, the calling repository when signed through a reusable workflow) must match.",
          ),
          ref: described(
            z.optional(text()),
            "Regular expression the certificate's source repository ref (Fulcio's Source Repository Ref, such as refs/tags/v1.2.0) must match.",
          ),
        }),
      ),
      [],
    ),
    'Keyless (Fulcio) identities whose signatures are trusted.',
  ),
  signerProfiles: described(
    z._default(z.array(text()), []),
    'AWS Signer signing profile ARNs whose signatures are trusted.',
  ),
  rootCertificates: described(z._default(z.array(text()), []), 'PEM roots for AWS Signer certificate chains.'),
  trustedRoot: described(
    z.optional(text()),
    'A sigstore trusted_root.json (file://path) for keyless verification against a private Sigstore; the public-good root (TUF) when unset.',
  ),
});

export const signingSchema = described(
  z.strictObject({
    required: described(
      z._default(z.boolean(), false),
      'Images must carry a trusted signature; scan-gate fails unsigned images.',
    ),
    method: described(
      z._default(z.enum(['none', 'kms', 'key', 'keyless', 'signer', 'ecr-managed']), 'none'),
      'How build-sign-push signs: a KMS key, a PEM key, keyless (Fulcio/Rekor), AWS Signer, or ECR managed signing.',
    ),
    key: described(z.optional(text()), 'awskms:///alias/..., env://VAR, file://path (for methods kms and key).'),
    profile: described(z.optional(text()), 'AWS Signer signing profile name or ARN (method signer).'),
    format: described(
      z.optional(z.enum(['sigstore-bundle', 'cosign-legacy', 'notation', 'ecr-managed'])),
      'Signature format; defaults by method (notation for signer, ecr-managed for ecr-managed, else sigstore-bundle).',
    ),
    fulcioUrl: described(
      z.optional(z.string().check(z.url())),
      'Fulcio for keyless signing (a private Sigstore); the public-good instance when unset.',
    ),
    rekorUrl: described(
      z.optional(z.string().check(z.url())),
      'Rekor transparency log for keyless signing (a private Sigstore); the public-good instance when unset.',
    ),
    trust: described(z.prefault(signingTrustSchema, {}), 'What verification accepts as a trusted signature.'),
  }),
  'Image signing and the trust that verification uses.',
);

export const provenanceSchema = described(
  z.strictObject({
    required: described(
      z._default(z.boolean(), false),
      "Images must carry a SLSA v1 provenance signed under signing.trust; scan-gate and the report's deployable image fail images without one. build-sign-push then refuses a signing method that cannot sign it (AWS Signer or ECR managed signing without signing.key).",
    ),
    builders: described(
      z._default(z.array(text()), []),
      'Workflows allowed to build images, as the provenance names them (owner/repo/.github/workflows/file.yml@ref, or the https://github.com/... builder id); wildcard *. Empty: any.',
    ),
    sourceRefs: described(
      z._default(z.array(text()), []),
      'Git refs images may be built from, such as refs/heads/main or refs/tags/v*; wildcard *. Empty: any.',
    ),
  }),
  'The SLSA provenance build-sign-push attaches to every image it pushes (when it signs), and what the gate requires of it.',
);

export const allowEntrySchema = z.strictObject({
  id: described(text(), 'Vulnerability id, such as CVE-2024-0001 or GHSA-...'),
  package: described(z.optional(text()), 'Only for this package.'),
  until: described(z.optional(isoDate), 'The entry stops counting after this date (YYYY-MM-DD).'),
  reason: described(text(), 'Why the finding is accepted (shown in the report).'),
});

export const scanSchema = described(
  z.strictObject({
    failOn: described(
      z._default(z.enum([...SEVERITIES, 'NONE']), 'CRITICAL'),
      'Fail at or above this severity; NONE reports without failing.',
    ),
    fixableOnly: described(z._default(z.boolean(), false), 'Count only findings that have a fix.'),
    timeoutSeconds: described(
      z._default(z.int().check(z.minimum(10), z.maximum(21600)), 900),
      'How long scan-gate waits for a scan.',
    ),
    source: described(
      z._default(z.enum(['auto', 'ecr', 'inspector', 'report']), 'auto'),
      'Where findings come from: auto follows registry.scanning; report reads a Trivy/Grype/SARIF file.',
    ),
    allow: described(z._default(z.array(allowEntrySchema), []), 'Accepted findings.'),
    trustReportsWithoutDigest: described(
      z._default(z.boolean(), false),
      'Judge a Trivy/Grype/SARIF report that names no image digest; otherwise a report must name the gated digest.',
    ),
    unrated: described(
      z._default(z.enum(['at-threshold', 'undefined']), 'at-threshold'),
      'A finding with neither a known severity word nor a CVSS score: counted at failOn (fails closed), or as UNDEFINED.',
    ),
  }),
  'The scan gate.',
);

export const packagesSchema = described(
  z.strictObject({
    bucket: described(z.optional(s3BucketName), 'The S3 bucket of the package store.'),
    prefix: described(
      z._default(text(), '{system}'),
      "The system's isolated prefix in the bucket; {system} is replaced.",
    ),
    baseUrl: described(
      z.optional(z.string().check(z.url())),
      'The public URL clients use (CloudFront or the bucket endpoint).',
    ),
    sharedBucket: described(
      z._default(z.boolean(), false),
      "The bucket is shared: provision-repo manages only the system's prefix policy.",
    ),
    npmScopes: described(
      z._default(z.array(z.string().check(z.regex(/^@[a-z0-9-~][a-z0-9-._~]*$/, 'an npm scope looks like @acme'))), []),
      "The npm scopes (such as @acme) whose packages come from the store: setup-package-store points each one's registry at its endpoint in .npmrc.",
    ),
  }),
  'The code package store (S3).',
);

export const pricingSchema = described(
  z.strictObject({
    ecrGbMonth: described(z._default(z.number().check(z.minimum(0)), 0.1), 'USD per GB-month of ECR storage.'),
    s3GbMonth: described(z._default(z.number().check(z.minimum(0)), 0.0245), 'USD per GB-month of S3 storage.'),
  }),
  "Price table for the inventory report's cost estimate.",
);

export const iamSchema = described(
  z.strictObject({
    createPolicies: described(
      z._default(z.boolean(), false),
      'provision-repo creates the IAM policies, not only writes their documents.',
    ),
    principalTagKey: described(z._default(text(), 'Project'), 'The tag (on roles and resources) that ABAC matches.'),
    accountId: described(z.optional(accountId), 'The account of the registry; read from STS when absent.'),
  }),
  'IAM documents and ABAC.',
);

export const policySchema = described(
  z.strictObject({
    version: described(z.literal(1), 'The policy format version; 1.'),
    system: described(name('system'), 'The isolation unit (an application); also the ABAC tag value.'),
    region: described(
      z.optional(awsRegion),
      'The AWS region of the registry and bucket; the aws-region input or AWS_REGION when absent.',
    ),
    resourceTags: described(
      z._default(z.record(z.string().check(z.minLength(1), z.maxLength(128)), z.string().check(z.maxLength(256))), {}),
      "Tags on every resource. The ABAC tag (iam.principalTagKey, default Project) is the system's name: set when absent, and it must not say otherwise.",
    ),
    requiredTagKeys: described(
      z._default(z.array(text()), []),
      'Tag keys resourceTags must contain, such as [Environment, Owner]; none by default. The ABAC tag is derived from system and need not be written.',
    ),
    registry: z.prefault(registrySchema, {}),
    tags: z.prefault(tagsSchema, {}),
    signing: z.prefault(signingSchema, {}),
    provenance: z.prefault(provenanceSchema, {}),
    scan: z.prefault(scanSchema, {}),
    packages: z.prefault(packagesSchema, {}),
    pricing: z.prefault(pricingSchema, {}),
    iam: z.prefault(iamSchema, {}),
  }),
  'The artifact policy of one system.',
);

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
