import {
  DescribeRegistryCommand,
  GetLifecyclePolicyCommand,
  GetRegistryScanningConfigurationCommand,
  GetRepositoryPolicyCommand,
  ListTagsForResourceCommand,
  paginateDescribePullThroughCacheRules,
  paginateDescribeRepositories,
  paginateDescribeRepositoryCreationTemplates,
} from '@aws-sdk/client-ecr';
import type { ECRClient, Repository, RepositoryCreationTemplate, Tag } from '@aws-sdk/client-ecr';
import {
  GetBucketEncryptionCommand,
  GetBucketPolicyCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
} from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { GetPolicyCommand, GetPolicyVersionCommand } from '@aws-sdk/client-iam';
import type { IAMClient } from '@aws-sdk/client-iam';
import pLimit from 'p-limit';
import type { AwsCall } from './aws-calls';
import type {
  ActualState,
  BucketState,
  CreationTemplateState,
  EncryptionType,
  IamPolicyState,
  PullThroughCacheRuleState,
  ReplicationRule,
  RepositoryState,
  ScanningState,
  TemplateUse,
} from './types';
import { awsErrorName } from '../../../../shared/src/aws/errors';

/**
 * Reads what AWS holds, read-only calls only. Each reader stands alone so that the inventory report can use the
 * ones it needs; `readActualState` reads what a plan compares.
 */

export interface ReaderClients {
  ecr: ECRClient;
  s3?: S3Client;
  iam?: IAMClient;
}

export function tagsToRecord(tags: Tag[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of tags ?? []) if (t.Key !== undefined) out[t.Key] = t.Value ?? '';
  return out;
}

/** What DescribeRepositories tells of a repository (no tags or policies: they need a call each). */
export function repositoryFromDescription(r: Repository): RepositoryState {
  const encryption = r.encryptionConfiguration;
  return {
    name: r.repositoryName ?? '',
    uri: r.repositoryUri ?? '',
    tags: {},
    imageTagMutability: r.imageTagMutability ?? 'MUTABLE',
    exclusionFilters: (r.imageTagMutabilityExclusionFilters ?? []).map((f) => f.filter ?? ''),
    encryption: {
      encryptionType: (encryption?.encryptionType ?? 'AES256') as EncryptionType,
      ...(encryption?.kmsKey ? { kmsKey: encryption.kmsKey } : {}),
    },
  };
}

/** Every repository of the registry (DescribeRepositories, every page). */
export async function listRepositories(ecr: ECRClient, call: AwsCall): Promise<Repository[]> {
  return call('DescribeRepositories', async () => {
    const out: Repository[] = [];
    for await (const page of paginateDescribeRepositories({ client: ecr }, { maxResults: 1000 })) {
      out.push(...(page.repositories ?? []));
    }
    return out;
  });
}

export async function readRepositoryTags(ecr: ECRClient, arn: string, call: AwsCall): Promise<Record<string, string>> {
  const response = await call('ListTagsForResource', () =>
    ecr.send(new ListTagsForResourceCommand({ resourceArn: arn })),
  );
  return tagsToRecord(response.tags);
}

/** The lifecycle policy text, or undefined when the repository has none. */
export async function readLifecyclePolicy(ecr: ECRClient, name: string, call: AwsCall): Promise<string | undefined> {
  try {
    const r = await call('GetLifecyclePolicy', () => ecr.send(new GetLifecyclePolicyCommand({ repositoryName: name })));
    return r.lifecyclePolicyText;
  } catch (err) {
    if (awsErrorName(err) === 'LifecyclePolicyNotFoundException') return undefined;
    throw err;
  }
}

export async function readRepositoryPolicy(ecr: ECRClient, name: string, call: AwsCall): Promise<string | undefined> {
  try {
    const r = await call('GetRepositoryPolicy', () =>
      ecr.send(new GetRepositoryPolicyCommand({ repositoryName: name })),
    );
    return r.policyText;
  } catch (err) {
    if (awsErrorName(err) === 'RepositoryPolicyNotFoundException') return undefined;
    throw err;
  }
}

/** A repository with its tags, lifecycle policy and repository policy. */
export async function readRepositoryDetails(ecr: ECRClient, r: Repository, call: AwsCall): Promise<RepositoryState> {
  const base = repositoryFromDescription(r);
  const [tags, lifecyclePolicy, repositoryPolicy] = await Promise.all([
    readRepositoryTags(ecr, r.repositoryArn ?? '', call),
    readLifecyclePolicy(ecr, base.name, call),
    readRepositoryPolicy(ecr, base.name, call),
  ]);
  return { ...base, tags, lifecyclePolicy, repositoryPolicy };
}

export async function readScanning(ecr: ECRClient, call: AwsCall): Promise<ScanningState> {
  const r = await call('GetRegistryScanningConfiguration', () =>
    ecr.send(new GetRegistryScanningConfigurationCommand({})),
  );
  return {
    scanType: r.scanningConfiguration?.scanType ?? 'BASIC',
    rules: (r.scanningConfiguration?.rules ?? []).map((rule) => ({
      frequency: rule.scanFrequency ?? 'SCAN_ON_PUSH',
      filters: (rule.repositoryFilters ?? []).map((f) => f.filter ?? ''),
    })),
  };
}

export async function readPullThroughCacheRules(
  ecr: ECRClient,
  call: AwsCall,
): Promise<Map<string, PullThroughCacheRuleState>> {
  const out = new Map<string, PullThroughCacheRuleState>();
  await call('DescribePullThroughCacheRules', async () => {
    for await (const page of paginateDescribePullThroughCacheRules({ client: ecr }, {})) {
      for (const r of page.pullThroughCacheRules ?? []) {
        const rule: PullThroughCacheRuleState = {
          prefix: r.ecrRepositoryPrefix ?? '',
          upstreamRegistry: r.upstreamRegistry ?? '',
          upstreamRegistryUrl: r.upstreamRegistryUrl ?? '',
        };
        if (r.credentialArn) rule.credentialArn = r.credentialArn;
        out.set(rule.prefix, rule);
      }
    }
  });
  return out;
}

export function templateFromDescription(t: RepositoryCreationTemplate): CreationTemplateState {
  return {
    prefix: t.prefix ?? '',
    appliedFor: (t.appliedFor ?? []) as TemplateUse[],
    description: t.description,
    ...(t.customRoleArn ? { customRoleArn: t.customRoleArn } : {}),
    tags: tagsToRecord(t.resourceTags),
    imageTagMutability: t.imageTagMutability ?? 'MUTABLE',
    exclusionFilters: (t.imageTagMutabilityExclusionFilters ?? []).map((f) => f.filter ?? ''),
    encryption: {
      encryptionType: (t.encryptionConfiguration?.encryptionType ?? 'AES256') as EncryptionType,
      ...(t.encryptionConfiguration?.kmsKey ? { kmsKey: t.encryptionConfiguration.kmsKey } : {}),
    },
    lifecyclePolicy: t.lifecyclePolicy || undefined,
    repositoryPolicy: t.repositoryPolicy || undefined,
  };
}

export async function readCreationTemplates(
  ecr: ECRClient,
  call: AwsCall,
): Promise<Map<string, CreationTemplateState>> {
  const out = new Map<string, CreationTemplateState>();
  await call('DescribeRepositoryCreationTemplates', async () => {
    for await (const page of paginateDescribeRepositoryCreationTemplates({ client: ecr }, {})) {
      for (const t of page.repositoryCreationTemplates ?? []) out.set(t.prefix ?? '', templateFromDescription(t));
    }
  });
  return out;
}

export async function readReplication(ecr: ECRClient, call: AwsCall): Promise<ReplicationRule[]> {
  const r = await call('DescribeRegistry', () => ecr.send(new DescribeRegistryCommand({})));
  return (r.replicationConfiguration?.rules ?? []).map((rule) => ({
    destinations: (rule.destinations ?? []).map((d) => ({ region: d.region ?? '', registryId: d.registryId ?? '' })),
    filters: (rule.repositoryFilters ?? []).map((f) => f.filter ?? ''),
  }));
}

const S3_ABSENT = ['NoSuchBucket', 'NotFound'];

async function optional<T>(absent: string[], read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (err) {
    if (absent.includes(awsErrorName(err))) return undefined;
    throw err;
  }
}

/** The bucket's versioning, default encryption, public access block, policy and tags. */
export async function readBucket(s3: S3Client, name: string, call: AwsCall): Promise<BucketState> {
  // Existence from GetBucketVersioning, not HeadBucket: HeadBucket is s3:ListBucket without a prefix, which the
  // shared bucket's ListIsolation statement denies to every principal tagged for a system, this one's roles too.
  const versioning = await optional(S3_ABSENT, () =>
    call('GetBucketVersioning', () => s3.send(new GetBucketVersioningCommand({ Bucket: name }))),
  );
  if (!versioning) return { name, exists: false, tags: {} };
  const [encryption, pab, policy, tagging] = await Promise.all([
    optional(['ServerSideEncryptionConfigurationNotFoundError'], () =>
      call('GetBucketEncryption', () => s3.send(new GetBucketEncryptionCommand({ Bucket: name }))),
    ),
    optional(['NoSuchPublicAccessBlockConfiguration'], () =>
      call('GetPublicAccessBlock', () => s3.send(new GetPublicAccessBlockCommand({ Bucket: name }))),
    ),
    optional(['NoSuchBucketPolicy'], () =>
      call('GetBucketPolicy', () => s3.send(new GetBucketPolicyCommand({ Bucket: name }))),
    ),
    optional(['NoSuchTagSet'], () =>
      call('GetBucketTagging', () => s3.send(new GetBucketTaggingCommand({ Bucket: name }))),
    ),
  ]);
  const rule = encryption?.ServerSideEncryptionConfiguration?.Rules?.[0]?.ApplyServerSideEncryptionByDefault;
  const block = pab?.PublicAccessBlockConfiguration;
  const state: BucketState = { name, exists: true, tags: tagsToRecord(tagging?.TagSet) };
  if (versioning.Status) state.versioning = versioning.Status;
  if (rule?.SSEAlgorithm) {
    state.encryption = {
      algorithm: rule.SSEAlgorithm,
      ...(rule.KMSMasterKeyID ? { kmsKey: rule.KMSMasterKeyID } : {}),
    };
  }
  if (block) {
    state.publicAccessBlock = {
      BlockPublicAcls: block.BlockPublicAcls ?? false,
      IgnorePublicAcls: block.IgnorePublicAcls ?? false,
      BlockPublicPolicy: block.BlockPublicPolicy ?? false,
      RestrictPublicBuckets: block.RestrictPublicBuckets ?? false,
    };
  }
  if (policy?.Policy) state.policy = policy.Policy;
  return state;
}

/** An IAM policy's default version document, or no document when the policy does not exist. */
export async function readIamPolicy(iam: IAMClient, name: string, arn: string, call: AwsCall): Promise<IamPolicyState> {
  const found = await optional(['NoSuchEntityException', 'NoSuchEntity'], () =>
    call('GetPolicy', () => iam.send(new GetPolicyCommand({ PolicyArn: arn }))),
  );
  const versionId = found?.Policy?.DefaultVersionId;
  if (!versionId) return { name, arn };
  const version = await call('GetPolicyVersion', () =>
    iam.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: versionId })),
  );
  const raw = version.PolicyVersion?.Document;
  // IAM returns the document URL-encoded.
  return { name, arn, document: raw === undefined ? undefined : decodeURIComponent(raw) };
}

/** What `readActualState` needs to know of the desired state: which resources to read in full. */
export interface ReadScope {
  repositories: string[];
  bucket?: string;
  iamPolicies: { name: string; arn: string }[];
  /** Read the tags of every other repository too, to find managed ones the policy no longer lists. */
  findRemovals: boolean;
  /**
   * The registry settings the policy manages: only those are read (a least-privilege plan role needs no more, and
   * an endpoint without pull-through cache or templates serves a policy that uses neither).
   */
  registry: { pullThroughCache: boolean; creationTemplates: boolean; replication: boolean };
  concurrency: number;
}

const none = <K, V>() => Promise.resolve(new Map<K, V>());

/** Everything a plan compares, read with bounded concurrency. */
export async function readActualState(clients: ReaderClients, scope: ReadScope, call: AwsCall): Promise<ActualState> {
  const limit = pLimit(Math.max(1, scope.concurrency));
  const { ecr } = clients;
  const { registry } = scope;
  const [all, scanning, pullThroughCacheRules, creationTemplates, replication] = await Promise.all([
    listRepositories(ecr, call),
    readScanning(ecr, call),
    registry.pullThroughCache ? readPullThroughCacheRules(ecr, call) : none<string, PullThroughCacheRuleState>(),
    registry.creationTemplates ? readCreationTemplates(ecr, call) : none<string, CreationTemplateState>(),
    registry.replication ? readReplication(ecr, call) : Promise.resolve([]),
  ]);
  const wanted = new Set(scope.repositories);
  const repositories = new Map<string, RepositoryState>();
  await Promise.all(
    all.map((r) =>
      limit(async () => {
        const name = r.repositoryName ?? '';
        if (wanted.has(name)) repositories.set(name, await readRepositoryDetails(ecr, r, call));
        else if (scope.findRemovals) {
          repositories.set(name, {
            ...repositoryFromDescription(r),
            tags: await readRepositoryTags(ecr, r.repositoryArn ?? '', call),
          });
        } else repositories.set(name, repositoryFromDescription(r));
      }),
    ),
  );
  const bucket = scope.bucket && clients.s3 ? await readBucket(clients.s3, scope.bucket, call) : undefined;
  const iamPolicies = new Map<string, IamPolicyState>();
  if (clients.iam) {
    const iam = clients.iam;
    await Promise.all(
      scope.iamPolicies.map((p) =>
        limit(async () => iamPolicies.set(p.name, await readIamPolicy(iam, p.name, p.arn, call))),
      ),
    );
  }
  return { repositories, scanning, pullThroughCacheRules, creationTemplates, replication, bucket, iamPolicies };
}
