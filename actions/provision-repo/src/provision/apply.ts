import {
  CreatePullThroughCacheRuleCommand,
  CreateRepositoryCommand,
  CreateRepositoryCreationTemplateCommand,
  DeleteLifecyclePolicyCommand,
  DeleteRepositoryCommand,
  PutImageTagMutabilityCommand,
  PutLifecyclePolicyCommand,
  PutRegistryScanningConfigurationCommand,
  PutReplicationConfigurationCommand,
  SetRepositoryPolicyCommand,
  TagResourceCommand,
  UpdatePullThroughCacheRuleCommand,
  UpdateRepositoryCreationTemplateCommand,
} from '@aws-sdk/client-ecr';
import type { ECRClient, ImageTagMutability, RCTAppliedFor, ScanFrequency, ScanType } from '@aws-sdk/client-ecr';
import {
  CreateBucketCommand,
  PutBucketEncryptionCommand,
  PutBucketPolicyCommand,
  PutBucketTaggingCommand,
  PutBucketVersioningCommand,
  PutPublicAccessBlockCommand,
} from '@aws-sdk/client-s3';
import type { BucketLocationConstraint, S3Client, ServerSideEncryption } from '@aws-sdk/client-s3';
import {
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  DeletePolicyVersionCommand,
  ListPolicyVersionsCommand,
} from '@aws-sdk/client-iam';
import type { IAMClient } from '@aws-sdk/client-iam';
import pLimit from 'p-limit';
import type { Logger } from '../../../../shared/src/runtime/logger';
import type { AwsCall } from './aws-calls';
import { mergeBucketPolicy } from '../documents/bucket-policy';
import { PUBLIC_ACCESS_BLOCKED, isLeftAlone, mergeReplication, mergeScanning, retiredRepositories } from './plan';
import type {
  ActualState,
  DesiredBucket,
  DesiredIamPolicy,
  DesiredRepository,
  DesiredState,
  Plan,
  RepositorySettings,
  ResourceChange,
} from './types';
import { awsErrorName } from '../../../../shared/src/aws/errors';

/** Makes exactly the changes of a plan: nothing it does not list, nothing it marks as left alone. */

export interface ApplyClients {
  ecr: ECRClient;
  s3?: S3Client;
  iam?: IAMClient;
}

export interface ApplyOptions {
  prune: boolean;
  concurrency: number;
  logger: Logger;
}

export interface ApplyResult {
  applied: ResourceChange[];
  /** Removals that prune could not do (a repository that still holds images). */
  skipped: { resource: ResourceChange; reason: string }[];
}

const tagList = (tags: Record<string, string>) => Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));

function mutability(settings: RepositorySettings) {
  return {
    imageTagMutability: settings.imageTagMutability as ImageTagMutability,
    ...(settings.exclusionFilters.length > 0
      ? {
          imageTagMutabilityExclusionFilters: settings.exclusionFilters.map((filter) => ({
            filterType: 'WILDCARD' as const,
            filter,
          })),
        }
      : {}),
  };
}

function encryptionConfiguration(settings: RepositorySettings) {
  return {
    encryptionType: settings.encryption.encryptionType,
    ...(settings.encryption.kmsKey ? { kmsKey: settings.encryption.kmsKey } : {}),
  };
}

/** What every step of one apply shares: the plan, both states, the clients and the result being filled in. */
interface Apply {
  plan: Plan;
  desired: DesiredState;
  actual: ActualState;
  clients: ApplyClients;
  call: AwsCall;
  options: ApplyOptions;
  result: ApplyResult;
}

/** A change to `attribute` (or one of its parts) that an update can make in place. */
const changedInPlace = (r: ResourceChange, attribute: string) =>
  r.changes.some((c) => (c.attribute === attribute || c.attribute.startsWith(`${attribute}.`)) && !c.replacement);

export async function applyPlan(
  plan: Plan,
  desired: DesiredState,
  actual: ActualState,
  clients: ApplyClients,
  call: AwsCall,
  options: ApplyOptions,
): Promise<ApplyResult> {
  const run: Apply = { plan, desired, actual, clients, call, options, result: { applied: [], skipped: [] } };
  const limit = pLimit(Math.max(1, options.concurrency));
  const todo = plan.resources.filter((r) => r.action !== 'unchanged' && !isLeftAlone(r, options.prune));
  // Pruned repositories first (the scanning filters of those that still hold images must stay), then registry-wide
  // settings (a CREATE_ON_PUSH template should exist before repositories appear), then the rest.
  const repositories = todo.filter((t) => t.kind === 'repository');
  await Promise.all(repositories.filter((r) => r.action === 'remove').map((r) => limit(() => applyRepository(run, r))));
  for (const r of todo.filter((t) => t.kind !== 'repository' && t.kind !== 'bucket' && t.kind !== 'iam-policy'))
    await applyRegistrySetting(run, r);
  await Promise.all(repositories.filter((r) => r.action !== 'remove').map((r) => limit(() => applyRepository(run, r))));
  for (const r of todo.filter((t) => t.kind === 'bucket')) await applyBucket(run, r);
  for (const r of todo.filter((t) => t.kind === 'iam-policy')) await applyIamPolicy(run, r);
  return run.result;
}

async function applyRepository(run: Apply, r: ResourceChange): Promise<void> {
  if (r.action === 'remove') return removeRepository(run, r);
  const want = run.desired.repositories.find((d) => d.name === r.id);
  if (!want) throw new Error(`the plan lists repository ${r.id} that the desired state does not`);
  if (r.action === 'create') await createRepository(run, want);
  else await updateRepository(run, r, want);
  run.result.applied.push(r);
}

/** Prune never deletes images: a repository that still holds some is skipped, with the reason. */
async function removeRepository(run: Apply, r: ResourceChange): Promise<void> {
  const { ecr } = run.clients;
  try {
    await run.call('DeleteRepository', () =>
      ecr.send(new DeleteRepositoryCommand({ repositoryName: r.id, force: false })),
    );
  } catch (err) {
    if (awsErrorName(err) !== 'RepositoryNotEmptyException') throw err;
    run.result.skipped.push({
      resource: r,
      reason: 'it still holds images; delete them first (prune never deletes images)',
    });
    return;
  }
  run.result.applied.push(r);
}

async function createRepository(run: Apply, want: DesiredRepository): Promise<void> {
  const { ecr } = run.clients;
  const name = want.name;
  await run.call('CreateRepository', () =>
    ecr.send(
      new CreateRepositoryCommand({
        repositoryName: name,
        ...mutability(want),
        encryptionConfiguration: encryptionConfiguration(want),
        tags: tagList(want.tags),
      }),
    ),
  );
  if (want.lifecyclePolicy) {
    const text = want.lifecyclePolicy;
    await run.call('PutLifecyclePolicy', () =>
      ecr.send(new PutLifecyclePolicyCommand({ repositoryName: name, lifecyclePolicyText: text })),
    );
  }
  if (want.repositoryPolicy) {
    const text = want.repositoryPolicy;
    await run.call('SetRepositoryPolicy', () =>
      ecr.send(new SetRepositoryPolicyCommand({ repositoryName: name, policyText: text })),
    );
  }
}

/** Brings an existing repository to the desired settings, one call per attribute that differs. */
async function updateRepository(run: Apply, r: ResourceChange, want: DesiredRepository): Promise<void> {
  const { ecr } = run.clients;
  const { desired, call } = run;
  const name = want.name;
  const current = run.actual.repositories.get(name);
  const arn = `arn:aws:ecr:${desired.region}:${desired.accountId}:repository/${name}`;
  if (changedInPlace(r, 'tags')) {
    const tags = Object.fromEntries(Object.entries(want.tags).filter(([k, v]) => current?.tags[k] !== v));
    await call('TagResource', () => ecr.send(new TagResourceCommand({ resourceArn: arn, tags: tagList(tags) })));
  }
  if (changedInPlace(r, 'imageTagMutability') || changedInPlace(r, 'imageTagMutabilityExclusionFilters')) {
    await call('PutImageTagMutability', () =>
      ecr.send(new PutImageTagMutabilityCommand({ repositoryName: name, ...mutability(want) })),
    );
  }
  if (changedInPlace(r, 'lifecyclePolicy')) {
    const text = want.lifecyclePolicy;
    if (text)
      await call('PutLifecyclePolicy', () =>
        ecr.send(new PutLifecyclePolicyCommand({ repositoryName: name, lifecyclePolicyText: text })),
      );
    else
      await call('DeleteLifecyclePolicy', () => ecr.send(new DeleteLifecyclePolicyCommand({ repositoryName: name })));
  }
  if (changedInPlace(r, 'repositoryPolicy') && want.repositoryPolicy) {
    const text = want.repositoryPolicy;
    await call('SetRepositoryPolicy', () =>
      ecr.send(new SetRepositoryPolicyCommand({ repositoryName: name, policyText: text })),
    );
  }
  if (r.action === 'replace') run.options.logger.warning(`${name}: ${r.note ?? 'needs replacement'}`);
}

async function applyRegistrySetting(run: Apply, r: ResourceChange): Promise<void> {
  if (r.kind === 'registry-scanning') await applyScanning(run);
  else if (r.kind === 'pull-through-cache') await applyPullThroughCacheRule(run, r);
  else if (r.kind === 'creation-template') await applyCreationTemplate(run, r);
  else if (r.kind === 'registry-replication') await applyReplication(run);
  run.result.applied.push(r);
}

async function applyScanning(run: Apply): Promise<void> {
  const { plan, desired, actual, options, result } = run;
  // Repository removals ran first: only the filters of repositories actually deleted go.
  const kept = result.skipped.map((s) => s.resource.id);
  const merged = mergeScanning(
    actual.scanning,
    desired.scanning,
    options.prune ? retiredRepositories(plan.resources, kept) : [],
  );
  await run.call('PutRegistryScanningConfiguration', () =>
    run.clients.ecr.send(
      new PutRegistryScanningConfigurationCommand({
        scanType: merged.scanType as ScanType,
        rules: merged.rules.map((rule) => ({
          scanFrequency: rule.frequency as ScanFrequency,
          repositoryFilters: rule.filters.map((filter) => ({ filter, filterType: 'WILDCARD' as const })),
        })),
      }),
    ),
  );
}

async function applyPullThroughCacheRule(run: Apply, r: ResourceChange): Promise<void> {
  const { ecr } = run.clients;
  const rule = run.desired.pullThroughCacheRules.find((p) => p.prefix === r.id);
  if (!rule) throw new Error(`the plan lists pull-through cache rule ${r.id} that the desired state does not`);
  if (r.action === 'create') {
    await run.call('CreatePullThroughCacheRule', () =>
      ecr.send(
        new CreatePullThroughCacheRuleCommand({
          ecrRepositoryPrefix: rule.prefix,
          upstreamRegistry: rule.upstreamRegistry as never,
          upstreamRegistryUrl: rule.upstreamRegistryUrl,
          ...(rule.credentialArn ? { credentialArn: rule.credentialArn } : {}),
        }),
      ),
    );
  } else {
    await run.call('UpdatePullThroughCacheRule', () =>
      ecr.send(
        new UpdatePullThroughCacheRuleCommand({
          ecrRepositoryPrefix: rule.prefix,
          credentialArn: rule.credentialArn,
        }),
      ),
    );
  }
}

async function applyCreationTemplate(run: Apply, r: ResourceChange): Promise<void> {
  const { ecr } = run.clients;
  const t = run.desired.creationTemplates.find((c) => c.prefix === r.id);
  if (!t) throw new Error(`the plan lists creation template ${r.id} that the desired state does not`);
  const input = {
    prefix: t.prefix,
    description: t.description,
    appliedFor: t.appliedFor as RCTAppliedFor[],
    resourceTags: tagList(t.tags),
    ...mutability(t),
    encryptionConfiguration: encryptionConfiguration(t),
    lifecyclePolicy: t.lifecyclePolicy,
    repositoryPolicy: t.repositoryPolicy,
    customRoleArn: t.customRoleArn,
  };
  if (r.action === 'create') {
    await run.call('CreateRepositoryCreationTemplate', () =>
      ecr.send(new CreateRepositoryCreationTemplateCommand(input)),
    );
  } else {
    await run.call('UpdateRepositoryCreationTemplate', () =>
      ecr.send(new UpdateRepositoryCreationTemplateCommand(input)),
    );
  }
}

async function applyReplication(run: Apply): Promise<void> {
  const rules = mergeReplication(run.actual.replication, run.desired.replication);
  await run.call('PutReplicationConfiguration', () =>
    run.clients.ecr.send(
      new PutReplicationConfigurationCommand({
        replicationConfiguration: {
          rules: rules.map((rule) => ({
            destinations: rule.destinations,
            repositoryFilters: rule.filters.map((filter) => ({ filter, filterType: 'PREFIX_MATCH' as const })),
          })),
        },
      }),
    ),
  );
}

async function applyBucket(run: Apply, r: ResourceChange): Promise<void> {
  const { desired, actual, call } = run;
  const want = desired.bucket;
  const s3 = run.clients.s3;
  if (!want || !s3) throw new Error('the plan lists a bucket but no bucket or S3 client is configured');
  const Bucket = want.name;
  const create = r.action === 'create';
  if (create) {
    const location =
      desired.region === 'us-east-1'
        ? {}
        : { CreateBucketConfiguration: { LocationConstraint: desired.region as BucketLocationConstraint } };
    await call('CreateBucket', () => s3.send(new CreateBucketCommand({ Bucket, ...location })));
  }
  const has = (a: string) => create || r.changes.some((c) => c.attribute === a || c.attribute.startsWith(`${a}.`));
  if (has('publicAccessBlock')) {
    await call('PutPublicAccessBlock', () =>
      s3.send(new PutPublicAccessBlockCommand({ Bucket, PublicAccessBlockConfiguration: PUBLIC_ACCESS_BLOCKED })),
    );
  }
  if (has('versioning')) {
    await call('PutBucketVersioning', () =>
      s3.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Enabled' } })),
    );
  }
  if (has('encryption')) await putBucketEncryption(run, s3, want);
  if (has('tags')) {
    // PutBucketTagging replaces the whole set: keep the tags others put there.
    const tags = { ...(actual.bucket?.tags ?? {}), ...want.tags };
    await call('PutBucketTagging', () =>
      s3.send(new PutBucketTaggingCommand({ Bucket, Tagging: { TagSet: tagList(tags) } })),
    );
  }
  if (has('policy')) {
    const policy = mergeBucketPolicy(actual.bucket?.policy, want.statements, want.ownership);
    await call('PutBucketPolicy', () => s3.send(new PutBucketPolicyCommand({ Bucket, Policy: policy })));
  }
  run.result.applied.push(r);
}

async function putBucketEncryption(run: Apply, s3: S3Client, want: DesiredBucket): Promise<void> {
  await run.call('PutBucketEncryption', () =>
    s3.send(
      new PutBucketEncryptionCommand({
        Bucket: want.name,
        ServerSideEncryptionConfiguration: {
          Rules: [
            {
              ApplyServerSideEncryptionByDefault: {
                SSEAlgorithm: want.encryption.algorithm as ServerSideEncryption,
                ...(want.encryption.kmsKey ? { KMSMasterKeyID: want.encryption.kmsKey } : {}),
              },
              BucketKeyEnabled: want.encryption.algorithm !== 'AES256',
            },
          ],
        },
      }),
    ),
  );
}

async function applyIamPolicy(run: Apply, r: ResourceChange): Promise<void> {
  const { desired } = run;
  const iam = run.clients.iam;
  const want = desired.iamPolicies.find((p) => p.name === r.id);
  if (!iam || !want) throw new Error(`the plan lists IAM policy ${r.id} but no IAM client or document is configured`);
  if (r.action === 'create') {
    await run.call('CreatePolicy', () =>
      iam.send(
        new CreatePolicyCommand({
          PolicyName: want.name,
          Path: '/artifacts/',
          PolicyDocument: want.document,
          Description: `Managed by artifacts for ${desired.system}`,
          Tags: tagList(desired.ownership.tags),
        }),
      ),
    );
  } else {
    await addIamPolicyVersion(run, iam, want);
  }
  run.result.applied.push(r);
}

/** A changed document becomes the policy's new default version. */
async function addIamPolicyVersion(run: Apply, iam: IAMClient, want: DesiredIamPolicy): Promise<void> {
  const { call } = run;
  const versions = await call('ListPolicyVersions', () =>
    iam.send(new ListPolicyVersionsCommand({ PolicyArn: want.arn })),
  );
  const list = versions.Versions ?? [];
  // IAM keeps at most five versions: the oldest non-default one makes room.
  if (list.length >= 5) {
    const oldest = list
      .filter((v) => !v.IsDefaultVersion)
      .sort((a, b) => (a.CreateDate?.getTime() ?? 0) - (b.CreateDate?.getTime() ?? 0))[0];
    if (oldest?.VersionId) {
      const VersionId = oldest.VersionId;
      await call('DeletePolicyVersion', () =>
        iam.send(new DeletePolicyVersionCommand({ PolicyArn: want.arn, VersionId })),
      );
    }
  }
  await call('CreatePolicyVersion', () =>
    iam.send(
      new CreatePolicyVersionCommand({ PolicyArn: want.arn, PolicyDocument: want.document, SetAsDefault: true }),
    ),
  );
}
