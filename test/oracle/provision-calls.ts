/**
 * The requests provision-repo's own roles really make: plan and apply run against the stateful fakes (one account per
 * system) and every SDK call of the fakes' call log is mapped to the IAM action, resource ARN and request context IAM
 * authorises it with. The oracle then decides them against the `registry-plan` / `registry-apply` documents.
 */
import type { Policy } from '../../shared/src/policy';
import type { RegistryRoleName } from '../../actions/provision-repo/src/documents';
import { awsCaller, provision } from '../../actions/provision-repo/src/provision';
import { resourceTagsOf } from '../../actions/provision-repo/src/provision/desired';
import { MemoryLogger } from '../utils/loggers';
import { FakeAws, type FakeCall } from '../fakes';
import type { ContextValue } from './evaluate';
import type { SystemUnderTest } from './tables';

/** One call as IAM sees it, with the role that made it. */
export interface ProvisionRequest {
  role: RegistryRoleName;
  /** The SDK command, `CreateRepository`. */
  command: string;
  action: string;
  resource: string;
  context: Record<string, ContextValue>;
  /**
   * What IAM cannot split per system (resource `*`, the account's repository listing, the shared bucket), or the
   * ownership read that must see any repository of the system's names to name a foreign owner.
   */
  shared: 'account-wide' | 'owner-read' | undefined;
}

/** S3 commands whose IAM action has another name. */
const S3_ACTIONS: Record<string, string> = {
  HeadBucket: 's3:ListBucket',
  GetBucketEncryption: 's3:GetEncryptionConfiguration',
  PutBucketEncryption: 's3:PutEncryptionConfiguration',
  GetPublicAccessBlock: 's3:GetBucketPublicAccessBlock',
  PutPublicAccessBlock: 's3:PutBucketPublicAccessBlock',
};

/** ECR actions that take no resource (registry-wide settings). */
const ECR_ACCOUNT_WIDE =
  /^(DescribeRegistry|GetRegistryScanningConfiguration|PutRegistryScanningConfiguration|PutReplicationConfiguration|\w*PullThroughCacheRules?|\w*RepositoryCreationTemplates?)$/;

/** Calls IAM does not authorise by policy (anyone may ask who they are). */
const UNAUTHORISED = new Set(['sts:GetCallerIdentity']);

type Input = Record<string, unknown> & { tags?: { Key: string; Value: string }[] };

function requestTags(tags: { Key: string; Value: string }[] | undefined): Record<string, ContextValue> {
  if (!tags) return {};
  return {
    ...Object.fromEntries(tags.map((t) => [`aws:RequestTag/${t.Key}`, t.Value])),
    'aws:TagKeys': tags.map((t) => t.Key),
  };
}

/** An ECR call's resource and context: the repository it names, tagged as the owner tags it (unless being created). */
function ecrRequest(sut: SystemUnderTest, command: string, input: Input) {
  const { accountId, region } = sut.desired;
  const repositoryArn = (name: string) => `arn:aws:ecr:${region}:${accountId}:repository/${name}`;
  if (ECR_ACCOUNT_WIDE.test(command)) return [{ resource: '*', context: {}, shared: 'account-wide' as const }];
  if (command === 'DescribeRepositories' && !input.repositoryNames)
    return [{ resource: repositoryArn('*'), context: {}, shared: 'account-wide' as const }];
  const names = (input.repositoryNames as string[] | undefined) ?? [];
  const arns = input.resourceArn
    ? [input.resourceArn as string]
    : names.length
      ? names.map(repositoryArn)
      : [repositoryArn(input.repositoryName as string)];
  const owner = resourceTagsOf(sut.policy);
  const resourceTags = Object.fromEntries(Object.entries(owner).map(([k, v]) => [`ecr:ResourceTag/${k}`, v]));
  const context =
    command === 'CreateRepository' ? requestTags(input.tags) : { ...resourceTags, ...requestTags(input.tags) };
  const shared = /^(DescribeRepositories|ListTagsForResource)$/.test(command) ? ('owner-read' as const) : undefined;
  return arns.map((resource) => ({ resource, context, shared }));
}

/** A creation template's `customRoleArn` is passed to ECR: iam:PassRole on it (the same role for every system). */
function passedRole(base: { role: RegistryRoleName; command: string }, input: Input): ProvisionRequest[] {
  if (!input.customRoleArn) return [];
  const context = { 'iam:PassedToService': 'ecr.amazonaws.com' };
  return [
    { ...base, action: 'iam:PassRole', resource: input.customRoleArn as string, context, shared: 'account-wide' },
  ];
}

/** The key id the fake account gives an alias (see fakeAccountOf). */
const keyIdOf = (alias: string) => `key-for-${alias.replace(/^.*alias\//, '').replace(/\W/g, '-')}`;

function iamPolicyArn(sut: SystemUnderTest, input: Input): string {
  if (input.PolicyArn) return input.PolicyArn as string;
  return `arn:aws:iam::${sut.desired.accountId}:policy${(input.Path as string | undefined) ?? '/'}${input.PolicyName as string}`;
}

/** The IAM requests of one logged call; none for a call IAM does not authorise. */
export function requestsOfCall(sut: SystemUnderTest, role: RegistryRoleName, call: FakeCall): ProvisionRequest[] {
  const input = (call.input ?? {}) as Input;
  const base = { role, command: call.command };
  if (UNAUTHORISED.has(`${call.service}:${call.command}`)) return [];
  switch (call.service) {
    case 'ecr':
      return [
        ...ecrRequest(sut, call.command, input).map((r) => ({ ...base, action: `ecr:${call.command}`, ...r })),
        ...passedRole(base, input),
      ];
    case 'kms':
      return [
        {
          ...base,
          action: 'kms:DescribeKey',
          resource: `arn:aws:kms:${sut.desired.region}:${sut.desired.accountId}:key/${keyIdOf(input.KeyId as string)}`,
          context: { 'kms:RequestAlias': input.KeyId as string },
          shared: 'account-wide',
        },
      ];
    case 's3':
      return [
        {
          ...base,
          action: S3_ACTIONS[call.command] ?? `s3:${call.command}`,
          resource: `arn:aws:s3:::${input.Bucket as string}`,
          context: {},
          shared: 'account-wide',
        },
      ];
    case 'iam': {
      const resource = iamPolicyArn(sut, input);
      const tagged = call.command === 'CreatePolicy' && input.Tags;
      return [
        { ...base, action: `iam:${call.command}`, resource, context: {}, shared: undefined },
        // Tags given on creation are authorised as iam:TagPolicy too.
        ...(tagged
          ? [
              {
                ...base,
                action: 'iam:TagPolicy',
                resource,
                context: requestTags(input.Tags as Input['tags']),
                shared: undefined,
              },
            ]
          : []),
      ];
    }
    default:
      throw new Error(`oracle: no IAM mapping for ${call.service}:${call.command}`);
  }
}

/** The fake account a system is provisioned in: its account and region, its pull-through secrets present. */
function fakeAccountOf(sut: SystemUnderTest): FakeAws {
  const aws = new FakeAws(sut.desired.accountId, sut.desired.region);
  for (const rule of sut.policy.registry.pullThroughCache) {
    if (rule.credentialSecret) aws.ecr.secrets.add(rule.credentialSecret);
  }
  const key = sut.policy.registry.encryption.kmsKey;
  if (key && /(^|:)alias\//.test(key)) aws.kms.addKey(keyIdOf(key), key.replace(/^.*:alias\//, 'alias/'));
  return aws;
}

async function run(aws: FakeAws, policy: Policy, mode: 'plan' | 'apply', region: string) {
  const logger = new MemoryLogger();
  const options = { mode, prune: false, concurrency: 1, services: [], region, logger, call: awsCaller({ logger }) };
  await provision(policy, aws.clients(), options);
}

/** Some drift on every repository, so that apply repairs it: a tag the system does not own by, mutability, lifecycle. */
function drift(aws: FakeAws, policy: Policy): void {
  const ownedBy = [policy.iam.principalTagKey, 'ManagedBy'];
  const tag = Object.keys(resourceTagsOf(policy)).find((k) => !ownedBy.includes(k)) ?? 'Owner';
  for (const repo of aws.ecr.repositories.values()) {
    repo.tags = { ...repo.tags, [tag]: 'somebody-else' };
    repo.imageTagMutability = repo.imageTagMutability === 'MUTABLE' ? 'IMMUTABLE' : 'MUTABLE';
    repo.exclusionFilters = [];
    repo.lifecyclePolicy = undefined;
  }
}

/**
 * Every call of plan (empty account), apply, plan and apply after drift, as IAM requests of the role that made it:
 * plan-mode runs are `registry-plan`, apply-mode runs `registry-apply`. Refused calls (a missing bucket's HEAD) count
 * too: IAM authorises a call before the service answers it.
 */
export async function provisionRequests(sut: SystemUnderTest): Promise<ProvisionRequest[]> {
  const aws = fakeAccountOf(sut);
  const out: ProvisionRequest[] = [];
  const steps: ['plan' | 'apply', boolean][] = [
    ['plan', false],
    ['apply', false],
    ['plan', true],
    ['apply', false],
  ];
  for (const [mode, drifted] of steps) {
    if (drifted) drift(aws, sut.policy);
    aws.calls.reset();
    await run(aws, sut.policy, mode, sut.desired.region);
    const role: RegistryRoleName = mode === 'plan' ? 'registry-plan' : 'registry-apply';
    out.push(...aws.calls.calls.flatMap((c) => requestsOfCall(sut, role, c)));
  }
  return dedupe(out);
}

function dedupe(requests: ProvisionRequest[]): ProvisionRequest[] {
  const seen = new Map<string, ProvisionRequest>();
  for (const r of requests) seen.set(JSON.stringify([r.role, r.action, r.resource, r.context]), r);
  return [...seen.values()];
}
