import { kmsAliasOf } from '../../../../shared/src/policy/formats';
import type { Policy } from '../../../../shared/src/policy/schema';

/**
 * What each action calls, per role: the one list the IAM documents (`iamPolicyDocuments`, `repositoryPolicyFor`) and
 * every action README's IAM table are generated from. A permission is granted only when an action calls it.
 */

/** What a permission applies to; each scope becomes one kind of statement. */
export type Scope =
  /** `*`: the action has no resource (GetAuthorizationToken, Inspector listings). */
  | 'account'
  /** The system's repositories, and by ABAC only those tagged for the principal's system. */
  | 'repository'
  /** The objects under the system's package prefix. */
  | 'package-objects'
  /** The package bucket, listing limited to the system's prefix. */
  | 'package-list'
  /** The KMS key of `signing.key` (method kms). */
  | 'signing-key'
  /** The KMS keys of `signing.trust.kmsKeys`. */
  | 'trusted-keys'
  /** The AWS Signer profile of `signing.profile`. */
  | 'signer-profile'
  /** Every repository of the account: the listing provision-repo matches the system's repositories in. */
  | 'repository-listing'
  /** The system's repositories whatever their tags: the ownership check names a foreign owner. */
  | 'repository-owner'
  /** A repository being created: only with the request tag `<key>` = the principal's tag. */
  | 'repository-create'
  /** Tags of the system's repositories: only those tagged for the principal, and only with the same tag value. */
  | 'repository-tags'
  /** The package bucket itself (its settings and its policy, shared by every system using the bucket). */
  | 'package-bucket'
  /** The managed IAM policies provision-repo writes for the system (`artifacts-<system>-<role>`). */
  | 'role-policies'
  /** The role of `registry.templateRoleArn`, passed to ECR only. */
  | 'template-role'
  /** The key of `registry.encryption.kmsKey` when it is an alias, through `kms:RequestAlias`. */
  | 'encryption-key-alias';

/** When a permission is needed, as a fact of the policy file. */
export type Need =
  | 'always'
  | 'packages'
  | 'signs-with-kms'
  | 'signs-with-signer'
  | 'signs-ecr-managed'
  | 'auto-scan-source'
  | 'ecr-scan'
  | 'inspector-scan'
  | 'trusts-kms-keys'
  | 'pull-through-cache'
  | 'creation-templates'
  | 'replication'
  | 'manages-iam-policies'
  | 'template-role'
  | 'encryption-key-alias';

export interface Permission {
  actions: string[];
  on: Scope;
  when: Need;
  /** Which call needs it, for the README tables. */
  why: string;
}

const scanSource = (p: Policy): 'ecr' | 'inspector' | 'report' =>
  p.scan.source === 'auto' ? (p.registry.scanning.type === 'ENHANCED' ? 'inspector' : 'ecr') : p.scan.source;

export const NEEDS: Record<Need, { applies: (p: Policy) => boolean; text: string }> = {
  always: { applies: () => true, text: 'always' },
  packages: { applies: (p) => Boolean(p.packages.bucket), text: '`packages.bucket` is set' },
  'signs-with-kms': { applies: (p) => p.signing.method === 'kms', text: '`signing.method: kms`' },
  'signs-with-signer': { applies: (p) => p.signing.method === 'signer', text: '`signing.method: signer`' },
  'signs-ecr-managed': { applies: (p) => p.signing.method === 'ecr-managed', text: '`signing.method: ecr-managed`' },
  'auto-scan-source': { applies: (p) => p.scan.source === 'auto', text: '`scan.source: auto`' },
  'ecr-scan': { applies: (p) => scanSource(p) === 'ecr', text: 'ECR basic scanning' },
  'inspector-scan': { applies: (p) => scanSource(p) === 'inspector', text: 'enhanced scanning (Inspector)' },
  'trusts-kms-keys': {
    applies: (p) => p.signing.trust.kmsKeys.length > 0,
    text: '`signing.trust.kmsKeys` is not empty',
  },
  'pull-through-cache': {
    applies: (p) => p.registry.pullThroughCache.length > 0,
    text: '`registry.pullThroughCache` is not empty',
  },
  'creation-templates': {
    applies: (p) => p.registry.pullThroughCache.length > 0 || p.registry.createOnPush,
    text: '`registry.pullThroughCache` or `registry.createOnPush`',
  },
  replication: { applies: (p) => p.registry.replication.length > 0, text: '`registry.replication` is not empty' },
  'manages-iam-policies': { applies: (p) => p.iam.createPolicies, text: '`iam.createPolicies: true`' },
  'template-role': {
    applies: (p) =>
      Boolean(p.registry.templateRoleArn) && (p.registry.pullThroughCache.length > 0 || p.registry.createOnPush),
    text: '`registry.templateRoleArn` with creation templates',
  },
  'encryption-key-alias': {
    applies: (p) => kmsAliasOf(p.registry.encryption.kmsKey ?? '') !== undefined,
    text: '`registry.encryption.kmsKey` is an alias',
  },
};

/** The registry push every image and chart goes through: blob checks, uploads, manifests. */
const REGISTRY_PUSH: Permission[] = [
  { actions: ['ecr:GetAuthorizationToken'], on: 'account', when: 'always', why: 'the registry login' },
  {
    actions: ['ecr:BatchCheckLayerAvailability'],
    on: 'repository',
    when: 'always',
    why: 'HEAD of a blob: is it there already',
  },
  {
    actions: ['ecr:InitiateLayerUpload', 'ecr:UploadLayerPart', 'ecr:CompleteLayerUpload'],
    on: 'repository',
    when: 'always',
    why: 'blob uploads: POST, then the bytes in one PUT (buildah --cache-to sends PATCHes)',
  },
  {
    actions: ['ecr:BatchGetImage'],
    on: 'repository',
    when: 'always',
    why: 'GET/HEAD of a manifest: what a tag points at (immutability check), signatures and referrers indexes',
  },
  { actions: ['ecr:PutImage'], on: 'repository', when: 'always', why: 'PUT of a manifest: the image and its tags' },
  {
    actions: ['ecr:GetDownloadUrlForLayer'],
    on: 'repository',
    when: 'always',
    why: 'GET of a blob: a mount from a sibling repository, the signed manifest and existing signatures',
  },
];

const SIGN: Permission[] = [
  {
    actions: ['kms:Sign', 'kms:GetPublicKey'],
    on: 'signing-key',
    when: 'signs-with-kms',
    why: 'the signature and the public key it is checked with',
  },
  { actions: ['signer:SignPayload'], on: 'signer-profile', when: 'signs-with-signer', why: 'the notation signature' },
  {
    actions: ['ecr:DescribeImageSigningStatus'],
    on: 'repository',
    when: 'signs-ecr-managed',
    why: 'waiting for ECR managed signing',
  },
];

const PACKAGE_WRITE: Permission[] = [
  {
    actions: ['s3:GetObject'],
    on: 'package-objects',
    when: 'packages',
    why: 'GET and HEAD of published files and indexes',
  },
  {
    actions: ['s3:PutObject'],
    on: 'package-objects',
    when: 'packages',
    why: 'conditional PUTs (If-None-Match for artifacts, If-Match for indexes) and multipart uploads',
  },
  {
    actions: ['s3:AbortMultipartUpload'],
    on: 'package-objects',
    when: 'packages',
    why: 'removing the parts of a failed large upload',
  },
  {
    actions: ['s3:ListBucket'],
    on: 'package-list',
    when: 'packages',
    why: 'listing the version directory (404 rather than 403 for a missing key)',
  },
];

/** The reads a signature check makes: the signature manifests (referrers, tags) and their layers. */
const SIGNATURE_READ: Permission[] = [
  { actions: ['ecr:GetAuthorizationToken'], on: 'account', when: 'always', why: 'the registry login' },
  {
    actions: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
    on: 'repository',
    when: 'always',
    why: 'reading the image, its referrers and signature manifests and their layers',
  },
  {
    actions: ['kms:GetPublicKey'],
    on: 'trusted-keys',
    when: 'trusts-kms-keys',
    why: 'the public keys of `signing.trust.kmsKeys`',
  },
];

const SCAN: Permission[] = [
  {
    actions: ['ecr:GetRegistryScanningConfiguration'],
    on: 'account',
    when: 'auto-scan-source',
    why: 'which scanner the registry uses',
  },
  {
    actions: ['ecr:DescribeImageScanFindings', 'ecr:StartImageScan'],
    on: 'repository',
    when: 'ecr-scan',
    why: 'the basic scan of the digest (started when it has none)',
  },
  {
    actions: ['inspector2:ListCoverage', 'inspector2:ListFindings'],
    on: 'account',
    when: 'inspector-scan',
    why: 'the Inspector scan of the digest and its findings',
  },
];

/**
 * What setup-package-store's endpoint signs for mvn, npm and pip: reads of the system's prefix, nothing else. The
 * package bucket is encrypted with S3-managed keys (provision-repo sets AES256), so reads need no KMS permission.
 */
const PACKAGE_READ: Permission[] = [
  {
    actions: ['s3:GetObject'],
    on: 'package-objects',
    when: 'packages',
    why: 'GET and HEAD of the index pages, packuments, POMs, checksums and the files they link to',
  },
  {
    actions: ['s3:ListBucket'],
    on: 'package-list',
    when: 'packages',
    why: 'a missing key answered 404 rather than 403, so that a client goes on to its next candidate',
  },
];

/** Per action: what it calls. `publish-package` pushes Helm charts to the registry like images. */
export const ACTION_PERMISSIONS = {
  'build-sign-push': [...REGISTRY_PUSH, ...SIGN],
  'publish-package': [...PACKAGE_WRITE, ...REGISTRY_PUSH, ...SIGN],
  'scan-gate': [...SCAN, ...SIGNATURE_READ],
  'setup-package-store': PACKAGE_READ,
} satisfies Record<string, Permission[]>;

export type CallingAction = keyof typeof ACTION_PERMISSIONS;

const PULL: Permission[] = [
  { actions: ['ecr:GetAuthorizationToken'], on: 'account', when: 'always', why: 'the registry login' },
  {
    actions: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'],
    on: 'repository',
    when: 'always',
    why: 'pulling images',
  },
  { actions: ['s3:GetObject'], on: 'package-objects', when: 'packages', why: 'installing packages' },
  { actions: ['s3:ListBucket'], on: 'package-list', when: 'packages', why: 'listing the prefix' },
];

const BROWSE: Permission[] = [
  {
    actions: ['ecr:DescribeRepositories', 'ecr:DescribeImages', 'ecr:ListImages'],
    on: 'repository',
    when: 'always',
    why: 'browsing repositories and images',
  },
];

/**
 * The roles around the registry and who uses them: `ci-push` runs the three pipeline actions, `consumer` the
 * package store's endpoint (setup-package-store), in CI and on a laptop.
 */
export const ROLE_PERMISSIONS = {
  'ci-push': [
    ...ACTION_PERMISSIONS['build-sign-push'],
    ...ACTION_PERMISSIONS['publish-package'],
    ...ACTION_PERMISSIONS['scan-gate'],
  ],
  pull: PULL,
  'developer-read': [...PULL, ...BROWSE],
  consumer: ACTION_PERMISSIONS['setup-package-store'],
} satisfies Record<string, Permission[]>;

export type RoleName = keyof typeof ROLE_PERMISSIONS;

/** What provision-repo reads for a plan: only the registry features the policy manages. */
const REGISTRY_PLAN: Permission[] = [
  {
    actions: ['ecr:DescribeRepositories'],
    on: 'repository-listing',
    when: 'always',
    why: "listing the account's repositories (one call for all, not one per name)",
  },
  {
    actions: ['ecr:ListTagsForResource'],
    on: 'repository-owner',
    when: 'always',
    why: 'the owner of an existing repository, named when it is another system',
  },
  {
    actions: ['ecr:GetLifecyclePolicy', 'ecr:GetRepositoryPolicy'],
    on: 'repository',
    when: 'always',
    why: "the system's repositories' lifecycle and repository policies, compared with the policy's",
  },
  {
    actions: ['ecr:GetRegistryScanningConfiguration'],
    on: 'account',
    when: 'always',
    why: 'the registry scanning rules (account-wide)',
  },
  {
    actions: ['ecr:DescribePullThroughCacheRules'],
    on: 'account',
    when: 'pull-through-cache',
    why: 'the pull-through cache rules (account-wide)',
  },
  {
    actions: ['ecr:DescribeRepositoryCreationTemplates'],
    on: 'account',
    when: 'creation-templates',
    why: 'the repository creation templates (account-wide)',
  },
  {
    actions: ['ecr:DescribeRegistry'],
    on: 'account',
    when: 'replication',
    why: 'the replication rules (account-wide)',
  },
  {
    actions: [
      's3:GetBucketPolicy',
      's3:GetBucketTagging',
      's3:GetBucketVersioning',
      's3:GetEncryptionConfiguration',
      's3:GetBucketPublicAccessBlock',
    ],
    on: 'package-bucket',
    when: 'packages',
    why: "the package bucket's versioning (and so its existence), policy, tags, encryption and public access block",
  },
  {
    actions: ['iam:GetPolicy', 'iam:GetPolicyVersion'],
    on: 'role-policies',
    when: 'manages-iam-policies',
    why: "the system's managed IAM policies and their versions",
  },
  {
    actions: ['kms:DescribeKey'],
    on: 'encryption-key-alias',
    when: 'encryption-key-alias',
    why: 'the key ARN of the encryption alias (ECR reports the ARN)',
  },
];

/** What provision-repo writes on apply, beside the plan's reads. */
const REGISTRY_WRITE: Permission[] = [
  {
    actions: ['ecr:CreateRepository'],
    on: 'repository-create',
    when: 'always',
    why: "a missing repository, created with the system's tags",
  },
  {
    actions: ['ecr:TagResource'],
    on: 'repository-tags',
    when: 'always',
    why: "the system's tags of an existing repository, restored when they drifted",
  },
  {
    actions: [
      'ecr:PutImageTagMutability',
      'ecr:PutLifecyclePolicy',
      'ecr:DeleteLifecyclePolicy',
      'ecr:SetRepositoryPolicy',
      'ecr:DeleteRepository',
    ],
    on: 'repository',
    when: 'always',
    why: 'settings of the existing repositories; DeleteRepository only with `prune: true`',
  },
  {
    actions: ['ecr:PutRegistryScanningConfiguration'],
    on: 'account',
    when: 'always',
    why: "the registry scanning rules, merged: other systems' rules are kept (IAM cannot tell them apart)",
  },
  {
    actions: ['ecr:CreatePullThroughCacheRule', 'ecr:UpdatePullThroughCacheRule'],
    on: 'account',
    when: 'pull-through-cache',
    why: 'pull-through cache rules (account-wide; a rule of another system is refused by provision-repo)',
  },
  {
    actions: ['ecr:CreateRepositoryCreationTemplate', 'ecr:UpdateRepositoryCreationTemplate'],
    on: 'account',
    when: 'creation-templates',
    why: 'repository creation templates (account-wide; a template of another system is refused by provision-repo)',
  },
  {
    actions: ['ecr:PutReplicationConfiguration'],
    on: 'account',
    when: 'replication',
    why: "the replication rules, merged: other systems' rules are kept (IAM cannot tell them apart)",
  },
  {
    actions: [
      's3:CreateBucket',
      's3:PutBucketPolicy',
      's3:PutBucketTagging',
      's3:PutBucketVersioning',
      's3:PutEncryptionConfiguration',
      's3:PutBucketPublicAccessBlock',
    ],
    on: 'package-bucket',
    when: 'packages',
    why: "the bucket and its settings; the bucket policy is merged by statement owner, keeping other systems' statements",
  },
  {
    actions: [
      'iam:CreatePolicy',
      'iam:TagPolicy',
      'iam:CreatePolicyVersion',
      'iam:ListPolicyVersions',
      'iam:DeletePolicyVersion',
    ],
    on: 'role-policies',
    when: 'manages-iam-policies',
    why: "the system's managed IAM policies, tagged on creation, their oldest version removed at AWS's limit of five (never registry-plan or registry-apply themselves)",
  },
  {
    actions: ['iam:PassRole'],
    on: 'template-role',
    when: 'template-role',
    why: 'creation templates with `customRoleArn` (ECR checks the caller may pass the role)',
  },
];

/** The roles provision-repo runs as: `registry-plan` reads, `registry-apply` reads and writes. */
export const REGISTRY_ROLE_PERMISSIONS = {
  'registry-plan': REGISTRY_PLAN,
  'registry-apply': [...REGISTRY_PLAN, ...REGISTRY_WRITE],
} satisfies Record<string, Permission[]>;

export type RegistryRoleName = keyof typeof REGISTRY_ROLE_PERMISSIONS;

export const REGISTRY_ROLE_NAMES = Object.keys(REGISTRY_ROLE_PERMISSIONS) as RegistryRoleName[];

/** Scopes IAM cannot split per system: every system's provision-repo role is granted them alike. */
export const ACCOUNT_WIDE_SCOPES: Scope[] = ['account', 'repository-listing', 'package-bucket'];

export const ROLE_NAMES = Object.keys(ROLE_PERMISSIONS) as RoleName[];

/** The permissions that apply to this policy file. */
export function applicable(permissions: Permission[], policy: Policy): Permission[] {
  return permissions.filter((p) => NEEDS[p.when].applies(policy));
}

/** The distinct IAM actions of these permissions on one scope, in the order they are listed. */
export function actionsOn(permissions: Permission[], scope: Scope): string[] {
  return [...new Set(permissions.filter((p) => p.on === scope).flatMap((p) => p.actions))];
}

/** What a cross-account puller needs on a repository, nothing more: the pull role's repository actions. */
export const CROSS_ACCOUNT_PULL_ACTIONS = actionsOn(PULL, 'repository');
