import { ConfigurationError } from '../../../../shared/src/runtime/errors';
import {
  managedRepositories,
  packagePrefix,
  repositoryPattern,
  tagMutabilitySettings,
} from '../../../../shared/src/policy';
import {
  consumerTrustPolicy,
  buildCacheLifecyclePolicy,
  iamPolicyDocuments,
  registryRoleDocuments,
  lifecyclePolicyFor,
  repositoryPolicyFor,
  type GitHubTrustContext,
  type RoleDocuments,
} from '../documents';
import { buildCacheRepositories } from '../../../../shared/src/policy/build-cache';
import type { Policy } from '../../../../shared/src/policy';
import { renderTemplate } from '../../../../shared/src/policy/template';
import { bucketPolicyStatements, statementOwnership } from '../documents/bucket-policy';
import { pullThroughCacheRules } from './pull-through-cache';
import type {
  CreationTemplateState,
  DesiredRepository,
  DesiredState,
  RepositoryEncryption,
  RepositorySettings,
  TemplateUse,
} from './types';

export interface DesiredStateContext {
  accountId: string;
  region: string;
  /** The GitHub owner whose workflows assume the system's roles (and the system's repositories): trust policies. */
  github?: Omit<GitHubTrustContext, 'accountId'>;
}

/** The tag that marks a resource as managed, when the policy's resourceTags do not set it. */
export const DEFAULT_MANAGED_BY = { key: 'ManagedBy', value: 'artifacts' };

/** The policy with more services (from the `services` input or the organisation's repositories). */
export function withServices(policy: Policy, services: string[]): Policy {
  const merged = [...policy.registry.services];
  for (const s of services) if (!merged.includes(s)) merged.push(s);
  return { ...policy, registry: { ...policy.registry, services: merged } };
}

export function registryHost(ctx: DesiredStateContext): string {
  return `${ctx.accountId}.dkr.ecr.${ctx.region}.amazonaws.com`;
}

/** The policy's resource tags, with the ownership marker added when the policy has none. */
export function resourceTagsOf(policy: Policy): Record<string, string> {
  const tags = { ...policy.resourceTags };
  if (!(DEFAULT_MANAGED_BY.key in tags)) tags[DEFAULT_MANAGED_BY.key] = DEFAULT_MANAGED_BY.value;
  if (!(policy.iam.principalTagKey in tags)) tags[policy.iam.principalTagKey] = policy.system;
  return tags;
}

function repositorySettings(policy: Policy): RepositorySettings {
  const mutability = tagMutabilitySettings(policy);
  const { type, kmsKey } = policy.registry.encryption;
  if (type === 'AES256' && kmsKey) {
    throw new ConfigurationError(
      'registry.encryption: kmsKey is only for type KMS or KMS_DSSE; remove it or set type KMS',
    );
  }
  const encryption: RepositoryEncryption = { encryptionType: type };
  if (kmsKey) encryption.kmsKey = kmsKey;
  return {
    tags: resourceTagsOf(policy),
    imageTagMutability: mutability.imageTagMutability,
    exclusionFilters: (mutability.imageTagMutabilityExclusionFilters ?? []).map((f) => f.filter),
    encryption,
    lifecyclePolicy: lifecyclePolicyFor(policy),
    repositoryPolicy: repositoryPolicyFor(policy),
  };
}

/**
 * A build cache repository's settings: MUTABLE (cache writes move tags), its images expiring after
 * registry.buildCache.expireAfterDays, and no cross-account pull (the cache is the builder's, not a deliverable).
 */
function cacheRepositorySettings(policy: Policy, settings: RepositorySettings): RepositorySettings {
  const withoutPullAccounts = { ...policy, registry: { ...policy.registry, pullAccounts: [] } };
  return {
    ...settings,
    imageTagMutability: 'MUTABLE',
    exclusionFilters: [],
    lifecyclePolicy: buildCacheLifecyclePolicy(policy),
    repositoryPolicy: repositoryPolicyFor(withoutPullAccounts),
  };
}

/** The build cache repositories beside the image repositories (registry.buildCache.type registry). */
function cacheRepositories(policy: Policy, settings: RepositorySettings, host: string): DesiredRepository[] {
  const cacheSettings = cacheRepositorySettings(policy, settings);
  return buildCacheRepositories(policy).map((c) => ({
    ...cacheSettings,
    name: c.name,
    uri: `${host}/${c.name}`,
    kind: 'cache',
  }));
}

/**
 * The namespace the system's repositories share (the repository pattern up to its first placeholder), for a
 * CREATE_ON_PUSH template; undefined when the pattern starts with a placeholder other than {system}.
 */
export function systemNamespace(policy: Policy): string | undefined {
  const pattern = renderTemplate(repositoryPattern(policy), { system: policy.system });
  if (policy.registry.layout === 'single') return pattern;
  const fixed = pattern.split('{')[0];
  const slash = fixed.lastIndexOf('/');
  return slash > 0 ? fixed.slice(0, slash) : undefined;
}

function creationTemplates(policy: Policy, settings: RepositorySettings, prefixes: string[]): CreationTemplateState[] {
  const role = policy.registry.templateRoleArn;
  const byPrefix = new Map<string, TemplateUse[]>();
  for (const prefix of prefixes) byPrefix.set(prefix, ['PULL_THROUGH_CACHE']);
  if (policy.registry.createOnPush) {
    const namespace = systemNamespace(policy);
    if (!namespace) {
      throw new ConfigurationError(
        `registry.createOnPush needs a repository pattern that starts with a fixed namespace, such as "{system}/{service}"; "${repositoryPattern(policy)}" starts with a placeholder`,
      );
    }
    byPrefix.set(namespace, [...(byPrefix.get(namespace) ?? []), 'CREATE_ON_PUSH']);
  }
  if (byPrefix.size > 0 && !role) {
    throw new ConfigurationError(
      `registry.templateRoleArn is needed: the ${[...byPrefix.keys()].join(', ')} repository creation template(s) give new repositories the resource tags${
        settings.encryption.encryptionType === 'AES256' ? '' : ' and KMS key'
      }, which ECR applies through a role it assumes. Create a role that trusts ecr.amazonaws.com with ecr:CreateRepository, ecr:ReplicateImage, ecr:TagResource (and kms:CreateGrant, kms:RetireGrant, kms:DescribeKey) and set its ARN`,
    );
  }
  return [...byPrefix.entries()].map(([prefix, appliedFor]) => ({
    prefix,
    customRoleArn: role,
    appliedFor,
    description: `Managed by artifacts for ${policy.system}`,
    ...settings,
    // A repository policy in a template would open every cached upstream to the pull accounts; keep it explicit.
    repositoryPolicy: appliedFor.includes('CREATE_ON_PUSH') ? settings.repositoryPolicy : undefined,
  }));
}

/** ECR's limit on repository filters in one registry scanning rule. */
export const MAX_SCANNING_FILTERS = 100;

/**
 * The scanning filters of the system: the policy's, else the exact repository names, else (past ECR's limit of
 * filters per rule) the system's namespace as one wildcard beside the names outside it.
 */
export function scanningFilters(policy: Policy, names: string[]): string[] {
  if (policy.registry.scanning.filters.length > 0) return policy.registry.scanning.filters;
  if (names.length <= MAX_SCANNING_FILTERS) return names;
  const namespace = systemNamespace(policy);
  const compressed = namespace ? [`${namespace}/*`, ...names.filter((n) => !n.startsWith(`${namespace}/`))] : names;
  if (compressed.length > MAX_SCANNING_FILTERS) {
    throw new ConfigurationError(
      `the system has ${names.length} repositories; an ECR scanning rule holds at most ${MAX_SCANNING_FILTERS} filters: set registry.scanning.filters to wildcards that cover them, such as "${namespace ?? policy.system}/*"`,
    );
  }
  return compressed;
}

/** Everything the policy asks AWS to hold. Pure: the account and region come from the caller. */
export function desiredState(policy: Policy, ctx: DesiredStateContext): DesiredState {
  const settings = repositorySettings(policy);
  const host = registryHost(ctx);
  const repositories: DesiredRepository[] = managedRepositories(policy).map((r) => ({
    ...settings,
    name: r.name,
    uri: `${host}/${r.name}`,
    kind: r.kind,
    service: r.service,
    environment: r.environment,
  }));
  const images = repositories.map((r) => r.name);
  repositories.push(...cacheRepositories(policy, settings, host));
  const { scanning } = policy.registry;
  if (scanning.type === 'BASIC' && scanning.frequency === 'CONTINUOUS_SCAN') {
    throw new ConfigurationError(
      'registry.scanning: CONTINUOUS_SCAN needs type ENHANCED (Amazon Inspector); set type ENHANCED or frequency SCAN_ON_PUSH',
    );
  }
  const rules = pullThroughCacheRules(policy, ctx);
  const templates = creationTemplates(
    policy,
    settings,
    rules.map((r) => r.prefix),
  );
  const replication = desiredReplication(policy, ctx);

  const tags = resourceTagsOf(policy);
  const bucket = desiredBucket(policy, tags);
  const iamContext = { accountId: ctx.accountId, region: ctx.region, bucket: bucket?.name };
  const roleDocuments = iamPolicyDocuments(policy, iamContext);
  const iamPolicies = managedPolicies(policy, ctx, roleDocuments);

  return {
    system: policy.system,
    accountId: ctx.accountId,
    region: ctx.region,
    ownership: {
      tags: {
        [DEFAULT_MANAGED_BY.key]: tags[DEFAULT_MANAGED_BY.key],
        [policy.iam.principalTagKey]: tags[policy.iam.principalTagKey],
      },
      systemTagKey: policy.iam.principalTagKey,
    },
    repositories,
    scanning: {
      scanType: scanning.type,
      frequency: scanning.frequency,
      // Cache images are intermediate layers, not deliverables: not scanned.
      filters: scanningFilters(policy, images),
      repositories: images,
    },
    pullThroughCacheRules: rules,
    creationTemplates: templates,
    replication,
    bucket,
    iamPolicies,
    createIamPolicies: policy.iam.createPolicies,
    registryRolePolicies: managedPolicies(policy, ctx, registryRoleDocuments(policy, iamContext)),
    trustPolicies: trustPolicies(policy, ctx, roleDocuments),
  };
}

/** The consumer role's trust policy, when the system has a package store and its repositories' owner is known. */
function trustPolicies(policy: Policy, ctx: DesiredStateContext, roles: RoleDocuments): DesiredState['trustPolicies'] {
  if (!roles.consumer || !ctx.github) return [];
  const document = consumerTrustPolicy({ accountId: ctx.accountId, ...ctx.github });
  return [{ name: `artifacts-${policy.system}-consumer-trust`, document: JSON.stringify(document) }];
}

/** Replication to another region or account; to the registry itself is a mistake. */
function desiredReplication(policy: Policy, ctx: DesiredStateContext): DesiredState['replication'] {
  const replication = policy.registry.replication.map((r) => ({
    destinations: [{ region: r.region, registryId: r.account ?? ctx.accountId }],
    filters: r.filters.length > 0 ? r.filters : [systemNamespace(policy) ?? policy.system],
  }));
  for (const r of replication) {
    if (r.destinations[0].region === ctx.region && r.destinations[0].registryId === ctx.accountId) {
      throw new ConfigurationError(
        `registry.replication: region ${ctx.region} in the same account is the registry itself; replicate to another region or account`,
      );
    }
  }
  return replication;
}

/** The package bucket, when the policy names one: its statements for this system and the tags it carries. */
function desiredBucket(policy: Policy, tags: Record<string, string>): DesiredState['bucket'] {
  if (!policy.packages.bucket) return undefined;
  const prefix = packagePrefix(policy);
  const shared = policy.packages.sharedBucket;
  const statementOptions = {
    bucket: policy.packages.bucket,
    prefix,
    system: policy.system,
    principalTagKey: policy.iam.principalTagKey,
    shared,
  };
  return {
    name: policy.packages.bucket,
    shared,
    prefix,
    statements: bucketPolicyStatements(statementOptions),
    ownership: statementOwnership(statementOptions),
    tags,
    encryption: { algorithm: 'AES256' },
  };
}

/** Generated documents as the customer-managed policies `artifacts-<system>-<name>` under the path /artifacts/. */
function managedPolicies(
  policy: Policy,
  ctx: DesiredStateContext,
  documents: Record<string, object>,
): DesiredState['iamPolicies'] {
  return Object.entries(documents).map(([name, document]) => {
    const policyName = `artifacts-${policy.system}-${name}`;
    return {
      name: policyName,
      arn: `arn:aws:iam::${ctx.accountId}:policy/artifacts/${policyName}`,
      document: JSON.stringify(document),
    };
  });
}
