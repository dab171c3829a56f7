import { ECRClient } from '@aws-sdk/client-ecr';
import { IAMClient } from '@aws-sdk/client-iam';
import { KMSClient } from '@aws-sdk/client-kms';
import { S3Client } from '@aws-sdk/client-s3';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsClients } from '../../../../shared/src/aws/clients';
import type { Policy } from '../../../../shared/src/policy';
import type { Logger } from '../../../../shared/src/runtime/logger';
import type { AwsCall } from './aws-calls';
import { applyPlan } from './apply';
import type { ApplyClients, ApplyResult } from './apply';
import { desiredState, withServices, type DesiredStateContext } from './desired';
import { resolveKmsAliases } from './kms-keys';
import { verifyOwnership } from './ownership';
import { verifyRegistrySettings } from './registry-settings';
import { computePlan, isLeftAlone } from './plan';
import { readActualState } from './reader';
import type { DesiredState, Plan, ResourceChange } from './types';

/** Plan, or plan then apply then confirm: the whole provisioning run, independent of the action's inputs. */

export interface ProvisionClients extends ApplyClients {
  sts?: STSClient;
  /** Resolves KMS aliases in the policy to the key ARNs ECR reports (read only when the policy names an alias). */
  kms?: KMSClient;
}

/** The clients of a provisioning run, from the run's AWS session; KMS is made only when the policy names an alias. */
export function provisionClients(aws: AwsClients): ProvisionClients {
  return {
    ecr: aws.client(ECRClient),
    s3: aws.client(S3Client),
    iam: aws.client(IAMClient),
    sts: aws.client(STSClient),
    get kms() {
      return aws.client(KMSClient);
    },
  };
}

export interface ProvisionOptions {
  mode: 'plan' | 'apply';
  prune: boolean;
  concurrency: number;
  /** More services than the policy lists (the services input, the organisation's repositories). */
  services: string[];
  region: string;
  logger: Logger;
  call: AwsCall;
  /** Existing repositories not managed by artifacts that this run may take over (the adopt-repositories input). */
  adopt?: string[];
  /** The GitHub owner of the workflows (and the system's repositories), for the roles' trust policies. */
  github?: DesiredStateContext['github'];
}

export interface ProvisionResult {
  desired: DesiredState;
  plan: Plan;
  applied?: ApplyResult;
  /** The plan read again after apply: only what apply leaves alone (replacements, removals without prune). */
  after?: Plan;
}

/** The account of the registry: the policy's `iam.accountId`, else STS GetCallerIdentity. */
export async function resolveAccountId(policy: Policy, sts: STSClient | undefined, call: AwsCall): Promise<string> {
  if (policy.iam.accountId) return policy.iam.accountId;
  if (!sts) throw new Error('no STS client to find the account id, and the policy sets no iam.accountId');
  const identity = await call('GetCallerIdentity', () => sts.send(new GetCallerIdentityCommand({})));
  if (!identity.Account) throw new Error('STS GetCallerIdentity returned no account');
  return identity.Account;
}

function readScope(desired: DesiredState, concurrency: number) {
  return {
    repositories: desired.repositories.map((r) => r.name),
    bucket: desired.bucket?.name,
    iamPolicies: desired.createIamPolicies ? desired.iamPolicies : [],
    findRemovals: true,
    registry: {
      pullThroughCache: desired.pullThroughCacheRules.length > 0,
      creationTemplates: desired.creationTemplates.length > 0,
      replication: desired.replication.length > 0,
    },
    concurrency,
  };
}

/** What the confirmation after apply still finds that apply should have changed. */
export function unexpectedDrift(after: Plan, prune: boolean): ResourceChange[] {
  return after.resources.filter((r) => r.action !== 'unchanged' && !isLeftAlone(r, prune));
}

export async function provision(
  policy: Policy,
  clients: ProvisionClients,
  options: ProvisionOptions,
): Promise<ProvisionResult> {
  const effective = withServices(policy, options.services);
  const accountId = await resolveAccountId(effective, clients.sts, options.call);
  const desired = desiredState(effective, { accountId, region: options.region, github: options.github });
  await resolveKmsAliases(desired, () => clients.kms, options.call, options.logger);
  const scope = readScope(desired, options.concurrency);
  const actual = await readActualState(clients, scope, options.call);
  const adopted = verifyOwnership(desired, actual, options.adopt ?? []);
  verifyRegistrySettings(desired, actual);
  const plan = computePlan(desired, actual, { prune: options.prune });
  for (const r of plan.resources) {
    if (r.kind === 'repository' && adopted.includes(r.id)) {
      r.note = 'Not managed by artifacts until now: adopted (adopt-repositories), tagged and brought to the policy.';
    }
  }
  if (options.mode === 'plan') return { desired, plan };
  const pending = plan.resources.filter((r) => r.action !== 'unchanged' && !isLeftAlone(r, options.prune));
  if (pending.length === 0) return { desired, plan, applied: { applied: [], skipped: [] }, after: plan };
  const applied = await applyPlan(plan, desired, actual, clients, options.call, {
    prune: options.prune,
    concurrency: options.concurrency,
    logger: options.logger,
  });
  const kept = applied.skipped.map((s) => s.resource.id);
  const after = computePlan(desired, await readActualState(clients, scope, options.call), {
    prune: options.prune,
    kept,
  });
  const drift = unexpectedDrift(after, options.prune).filter((r) => !kept.includes(r.id));
  if (drift.length > 0) {
    const list = drift
      .map((r) => `${r.kind} ${r.id}: ${r.changes.map((c) => c.attribute).join(', ') || r.action}`)
      .join('; ');
    throw new Error(
      `after apply, AWS still differs from the policy: ${list}. Another writer may have changed it meanwhile; run again.`,
    );
  }
  return { desired, plan, applied, after };
}
