/**
 * The shapes provision-repo compares: what the policy asks for (desired) and what AWS holds (actual) use the same
 * types, so that one comparison serves the plan, the confirmation after apply and the inventory report.
 */

export type EncryptionType = 'AES256' | 'KMS' | 'KMS_DSSE';

export interface RepositoryEncryption {
  encryptionType: EncryptionType;
  /** For KMS/KMS_DSSE: the key; absent in the desired state means the AWS-managed key aws/ecr. */
  kmsKey?: string;
  /** Desired side only: the key ARN an alias in `kmsKey` stands for (ECR reports ARNs). */
  kmsKeyArn?: string;
}

/** What a repository (or a creation template) is configured with, apart from its name. */
export interface RepositorySettings {
  /** Resource tags; the desired side lists only the tags the policy sets, others on AWS are left alone. */
  tags: Record<string, string>;
  imageTagMutability: string;
  /** WILDCARD filters of IMMUTABLE_WITH_EXCLUSION / MUTABLE_WITH_EXCLUSION, in the policy's order. */
  exclusionFilters: string[];
  encryption: RepositoryEncryption;
  /** The lifecycle policy JSON text; undefined = no lifecycle policy (keep every image). */
  lifecyclePolicy?: string;
  /** The repository policy JSON text; undefined on the desired side = not managed by the policy. */
  repositoryPolicy?: string;
}

export interface RepositoryState extends RepositorySettings {
  name: string;
  /** The repository URI (actual side; computed from the account and region on the desired side). */
  uri: string;
}

export interface DesiredRepository extends RepositoryState {
  /** `cache`: the MUTABLE build cache beside an image repository (registry.buildCache). */
  kind: 'service' | 'mirror' | 'chart' | 'cache';
  service?: string;
  environment?: string;
}

export type ScanFrequency = 'SCAN_ON_PUSH' | 'CONTINUOUS_SCAN' | 'MANUAL';

export interface ScanningRule {
  frequency: ScanFrequency | string;
  /** WILDCARD repository filters. */
  filters: string[];
}

export interface ScanningState {
  scanType: 'BASIC' | 'ENHANCED' | string;
  rules: ScanningRule[];
}

/** The system's part of the registry scanning configuration: its filters scanned at one frequency. */
export interface DesiredScanning {
  scanType: 'BASIC' | 'ENHANCED';
  frequency: ScanFrequency;
  filters: string[];
  /** The system's repository names: a filter naming one exactly is the system's even when not in `filters`. */
  repositories: string[];
}

export interface PullThroughCacheRuleState {
  prefix: string;
  upstreamRegistry: string;
  upstreamRegistryUrl: string;
  credentialArn?: string;
}

export type TemplateUse = 'PULL_THROUGH_CACHE' | 'CREATE_ON_PUSH' | 'REPLICATION';

export interface CreationTemplateState extends RepositorySettings {
  prefix: string;
  appliedFor: TemplateUse[];
  description?: string;
  /** The role ECR assumes to apply the template's resource tags and KMS key. */
  customRoleArn?: string;
}

export interface ReplicationRule {
  destinations: { region: string; registryId: string }[];
  /** PREFIX_MATCH filters. */
  filters: string[];
}

export interface PublicAccessBlock {
  BlockPublicAcls: boolean;
  IgnorePublicAcls: boolean;
  BlockPublicPolicy: boolean;
  RestrictPublicBuckets: boolean;
}

export interface BucketEncryption {
  algorithm: 'AES256' | 'aws:kms' | 'aws:kms:dsse' | string;
  kmsKey?: string;
}

export interface BucketState {
  name: string;
  exists: boolean;
  versioning?: string;
  encryption?: BucketEncryption;
  publicAccessBlock?: PublicAccessBlock;
  /** The bucket policy JSON text. */
  policy?: string;
  tags: Record<string, string>;
}

/** Which statements of a bucket policy are one system's: exact Sids, and its legacy-named statements. */
export interface StatementOwnership {
  /** The exact Sids the system writes. */
  sids: string[];
  /** The system's statements as earlier versions named them (legacy Sids), removed when the policy is applied. */
  legacy: PolicyStatementJson[];
  /** Strings only this system's statements contain (its quoted name, its prefix's object ARN). */
  marks: string[];
}

export interface PolicyStatementJson {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  [key: string]: unknown;
}

export interface DesiredBucket {
  name: string;
  /** The bucket is shared with other systems: only this system's statements are managed, nothing else. */
  shared: boolean;
  prefix: string;
  /** This system's bucket policy statements, identified by their exact Sids. */
  statements: PolicyStatementJson[];
  /** How to tell this system's statements from everyone else's (legacy-named ones included). */
  ownership: StatementOwnership;
  tags: Record<string, string>;
  encryption: BucketEncryption;
}

export interface IamPolicyState {
  name: string;
  arn: string;
  /** The default version's document as JSON text; undefined when the policy does not exist. */
  document?: string;
}

export interface DesiredIamPolicy {
  name: string;
  arn: string;
  document: string;
}

/** The tags that mark a resource as managed by this system (for removal reports and prune). */
export interface OwnershipMarker {
  tags: Record<string, string>;
  /** The ABAC tag key (iam.principalTagKey): its value on a resource names the system that owns it. */
  systemTagKey: string;
}

export interface DesiredState {
  system: string;
  accountId: string;
  region: string;
  ownership: OwnershipMarker;
  repositories: DesiredRepository[];
  scanning: DesiredScanning;
  pullThroughCacheRules: PullThroughCacheRuleState[];
  creationTemplates: CreationTemplateState[];
  /** The policy's replication rules; empty means the registry's replication is not touched. */
  replication: ReplicationRule[];
  bucket?: DesiredBucket;
  /** The IAM documents, always written as files; created in IAM only when `createIamPolicies`. */
  iamPolicies: DesiredIamPolicy[];
  createIamPolicies: boolean;
  /**
   * provision-repo's own roles (`registry-plan`, `registry-apply`): written as files and shown, never created by
   * provision-repo itself (a role that could rewrite its own policy could grant itself anything).
   */
  registryRolePolicies: DesiredIamPolicy[];
  /**
   * Trust policies of the system's roles (`artifacts-<system>-consumer-trust`): written as files and shown, for
   * whoever creates the roles; only when the repositories' owner is known (a GitHub workflow).
   */
  trustPolicies: { name: string; document: string }[];
}

export interface ActualState {
  /** Every repository of the registry, by name (tags and policies read only where the plan needs them). */
  repositories: Map<string, RepositoryState>;
  scanning: ScanningState;
  pullThroughCacheRules: Map<string, PullThroughCacheRuleState>;
  creationTemplates: Map<string, CreationTemplateState>;
  replication: ReplicationRule[];
  bucket?: BucketState;
  iamPolicies: Map<string, IamPolicyState>;
}

export type ChangeAction = 'create' | 'update' | 'unchanged' | 'replace' | 'remove';

export type ResourceKind =
  | 'repository'
  | 'registry-scanning'
  | 'pull-through-cache'
  | 'creation-template'
  | 'registry-replication'
  | 'bucket'
  | 'iam-policy';

export interface AttributeChange {
  attribute: string;
  before?: unknown;
  after?: unknown;
  /** Set when AWS cannot change the attribute in place (encryption): the resource needs replacing. */
  replacement?: boolean;
}

export interface ResourceChange {
  kind: ResourceKind;
  id: string;
  action: ChangeAction;
  changes: AttributeChange[];
  /** Why, for replace and remove: what the user has to do. */
  note?: string;
}

export interface Plan {
  system: string;
  accountId: string;
  region: string;
  resources: ResourceChange[];
  /** Resources whose action is not `unchanged`. */
  changes: number;
}
