import { ConfigurationError } from '../../../../shared/src/runtime/errors';
import { canonicalJson, prettyJson, sameLifecyclePolicy, samePolicyDocument } from '../documents/compare';
import { ownedStatements, sameStatements } from '../documents/bucket-policy';
import type {
  ActualState,
  AttributeChange,
  CreationTemplateState,
  DesiredBucket,
  DesiredIamPolicy,
  DesiredRepository,
  DesiredScanning,
  DesiredState,
  IamPolicyState,
  Plan,
  PullThroughCacheRuleState,
  PublicAccessBlock,
  ReplicationRule,
  RepositoryEncryption,
  RepositorySettings,
  RepositoryState,
  ResourceChange,
  ScanningState,
} from './types';

/** The comparison of desired and actual: create / update / unchanged / replace / remove, attribute by attribute. */

export interface PlanOptions {
  /** Managed resources the policy no longer lists are deleted (otherwise only reported). */
  prune: boolean;
  /** Repositories a pruning apply could not delete (they hold images): their scanning filters stay. */
  kept?: string[];
}

export const PUBLIC_ACCESS_BLOCKED: PublicAccessBlock = {
  BlockPublicAcls: true,
  IgnorePublicAcls: true,
  BlockPublicPolicy: true,
  RestrictPublicBuckets: true,
};

/** A KMS key as the policy names it (ARN, key id, or an alias resolved to its key) against the ARN AWS reports. */
export function sameKmsKey(desired: RepositoryEncryption, actual: string | undefined): boolean {
  const key = desired.kmsKey;
  if (key === undefined) return true; // the AWS-managed key: whatever ARN AWS reports for it
  if (actual === undefined) return false;
  // An alias resolved to its key (kms:DescribeKey) matches the key ARN ECR reports.
  if (desired.kmsKeyArn !== undefined && desired.kmsKeyArn === actual) return true;
  return key === actual || actual.endsWith(`:key/${key}`) || actual.endsWith(`:${key}`);
}

const sameList = (a: string[], b: string[]) => canonicalJson([...a].sort()) === canonicalJson([...b].sort());

/** Attribute changes between desired settings and what a repository or template holds. */
export function settingsChanges(
  desired: RepositorySettings,
  actual: RepositorySettings,
  options: { encryptionFixed: boolean; repositoryPolicyOptional: boolean },
): AttributeChange[] {
  const changes: AttributeChange[] = [];
  for (const [key, value] of Object.entries(desired.tags)) {
    if (actual.tags[key] !== value) changes.push({ attribute: `tags.${key}`, before: actual.tags[key], after: value });
  }
  if (desired.imageTagMutability !== actual.imageTagMutability) {
    changes.push({
      attribute: 'imageTagMutability',
      before: actual.imageTagMutability,
      after: desired.imageTagMutability,
    });
  }
  if (!sameList(desired.exclusionFilters, actual.exclusionFilters)) {
    changes.push({
      attribute: 'imageTagMutabilityExclusionFilters',
      before: actual.exclusionFilters,
      after: desired.exclusionFilters,
    });
  }
  const de = desired.encryption;
  const ae = actual.encryption;
  if (de.encryptionType !== ae.encryptionType || !sameKmsKey(de, ae.kmsKey)) {
    changes.push({
      attribute: 'encryption',
      before: ae,
      after: de,
      ...(options.encryptionFixed ? { replacement: true } : {}),
    });
  }
  if (!sameLifecyclePolicy(desired.lifecyclePolicy, actual.lifecyclePolicy)) {
    changes.push({
      attribute: 'lifecyclePolicy',
      before: prettyJson(actual.lifecyclePolicy),
      after: prettyJson(desired.lifecyclePolicy),
    });
  }
  const policyManaged = desired.repositoryPolicy !== undefined || !options.repositoryPolicyOptional;
  if (policyManaged && !samePolicyDocument(desired.repositoryPolicy, actual.repositoryPolicy)) {
    changes.push({
      attribute: 'repositoryPolicy',
      before: prettyJson(actual.repositoryPolicy),
      after: prettyJson(desired.repositoryPolicy),
    });
  }
  return changes;
}

function creationChanges(settings: RepositorySettings): AttributeChange[] {
  const changes: AttributeChange[] = Object.entries(settings.tags).map(([k, v]) => ({
    attribute: `tags.${k}`,
    after: v,
  }));
  changes.push({ attribute: 'imageTagMutability', after: settings.imageTagMutability });
  if (settings.exclusionFilters.length > 0) {
    changes.push({ attribute: 'imageTagMutabilityExclusionFilters', after: settings.exclusionFilters });
  }
  changes.push({ attribute: 'encryption', after: settings.encryption });
  if (settings.lifecyclePolicy)
    changes.push({ attribute: 'lifecyclePolicy', after: prettyJson(settings.lifecyclePolicy) });
  if (settings.repositoryPolicy)
    changes.push({ attribute: 'repositoryPolicy', after: prettyJson(settings.repositoryPolicy) });
  return changes;
}

function planRepository(desired: DesiredRepository, actual: RepositoryState | undefined): ResourceChange {
  if (!actual) return { kind: 'repository', id: desired.name, action: 'create', changes: creationChanges(desired) };
  const changes = settingsChanges(desired, actual, { encryptionFixed: true, repositoryPolicyOptional: true });
  if (changes.some((c) => c.replacement)) {
    return {
      kind: 'repository',
      id: desired.name,
      action: 'replace',
      changes,
      note: 'ECR fixes encryption when a repository is created: it is not changed here. Copy the images to a new repository with the new encryption (or delete and re-create it), then run again.',
    };
  }
  return { kind: 'repository', id: desired.name, action: changes.length ? 'update' : 'unchanged', changes };
}

export function isOwnedBy(tags: Record<string, string>, marker: Record<string, string>): boolean {
  return Object.entries(marker).every(([k, v]) => tags[k] === v);
}

/** The registry scanning configuration with this system's filters at its frequency and everyone else's kept. */
export function mergeScanning(actual: ScanningState, ours: DesiredScanning, retired: string[] = []): ScanningState {
  const mine = new Set([...ours.filters, ...ours.repositories, ...retired]);
  const rules = actual.rules.map((r) => ({ frequency: r.frequency, filters: r.filters.filter((f) => !mine.has(f)) }));
  if (ours.frequency !== 'MANUAL' && ours.filters.length > 0) {
    const rule = rules.find((r) => r.frequency === ours.frequency);
    if (rule) rule.filters.push(...ours.filters);
    else rules.push({ frequency: ours.frequency, filters: [...ours.filters] });
  }
  return { scanType: ours.scanType, rules: rules.filter((r) => r.filters.length > 0) };
}

function frequencyByFilter(state: ScanningState): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of state.rules) for (const f of r.filters) out.set(f, String(r.frequency));
  return out;
}

function planScanning(desired: DesiredScanning, actual: ScanningState, retired: string[]): ResourceChange {
  const changes: AttributeChange[] = [];
  const current = frequencyByFilter(actual);
  const stale = [...retired, ...desired.repositories.filter((n) => !desired.filters.includes(n))].filter((f) =>
    current.has(f),
  );
  if (stale.length > 0) changes.push({ attribute: 'retiredFilters', before: stale, after: [] });
  if (desired.scanType !== actual.scanType) {
    changes.push({ attribute: 'scanType', before: actual.scanType, after: desired.scanType });
  }
  const wrong = desired.filters.filter((f) => (current.get(f) ?? 'MANUAL') !== desired.frequency);
  if (wrong.length > 0) {
    changes.push({
      attribute: 'frequency',
      before: Object.fromEntries(wrong.map((f) => [f, current.get(f) ?? 'MANUAL'])),
      after: Object.fromEntries(wrong.map((f) => [f, desired.frequency])),
    });
  }
  return { kind: 'registry-scanning', id: 'registry', action: changes.length ? 'update' : 'unchanged', changes };
}

/** A credential ARN as the policy wrote it (possibly without the secret's random suffix) against AWS's. */
export function sameSecretArn(desired: string | undefined, actual: string | undefined): boolean {
  if (desired === undefined || actual === undefined) return desired === actual;
  return (
    desired === actual || new RegExp(`^${desired.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-[A-Za-z0-9]{6}$`).test(actual)
  );
}

function planTemplate(desired: CreationTemplateState, actual: CreationTemplateState | undefined): ResourceChange {
  if (!actual) {
    return {
      kind: 'creation-template',
      id: desired.prefix,
      action: 'create',
      changes: [{ attribute: 'appliedFor', after: desired.appliedFor }, ...creationChanges(desired)],
    };
  }
  const changes = settingsChanges(desired, actual, { encryptionFixed: false, repositoryPolicyOptional: false });
  if (desired.customRoleArn !== actual.customRoleArn) {
    changes.push({ attribute: 'customRoleArn', before: actual.customRoleArn, after: desired.customRoleArn });
  }
  if (!sameList(desired.appliedFor, actual.appliedFor)) {
    changes.unshift({ attribute: 'appliedFor', before: actual.appliedFor, after: desired.appliedFor });
  }
  return { kind: 'creation-template', id: desired.prefix, action: changes.length ? 'update' : 'unchanged', changes };
}

const sameRule = (a: ReplicationRule, b: ReplicationRule) => canonicalJson(a) === canonicalJson(b);

/** The registry's replication rules plus the policy's, none dropped. */
export function mergeReplication(actual: ReplicationRule[], ours: ReplicationRule[]): ReplicationRule[] {
  return [...actual, ...ours.filter((r) => !actual.some((a) => sameRule(a, r)))];
}

function planBucket(desired: DesiredBucket, actual: ActualState['bucket']): ResourceChange {
  const id = desired.shared ? `${desired.name}/${desired.prefix}` : desired.name;
  if (!actual?.exists) {
    if (desired.shared) {
      throw new ConfigurationError(
        `packages.sharedBucket is true but bucket ${desired.name} does not exist (or this role cannot see it); create the bucket, or set packages.sharedBucket: false so that provision-repo creates it`,
      );
    }
    return {
      kind: 'bucket',
      id,
      action: 'create',
      changes: [
        { attribute: 'versioning', after: 'Enabled' },
        { attribute: 'encryption', after: desired.encryption },
        { attribute: 'publicAccessBlock', after: PUBLIC_ACCESS_BLOCKED },
        { attribute: 'policy', after: desired.statements },
        ...Object.entries(desired.tags).map(([k, v]) => ({ attribute: `tags.${k}`, after: v })),
      ],
    };
  }
  const changes: AttributeChange[] = [];
  if (!desired.shared) {
    if (actual.versioning !== 'Enabled')
      changes.push({ attribute: 'versioning', before: actual.versioning ?? 'off', after: 'Enabled' });
    // Any default encryption satisfies the policy; a stronger one (KMS) set by the owner is not downgraded.
    if (!actual.encryption) changes.push({ attribute: 'encryption', before: undefined, after: desired.encryption });
    if (canonicalJson(actual.publicAccessBlock ?? {}) !== canonicalJson(PUBLIC_ACCESS_BLOCKED)) {
      changes.push({ attribute: 'publicAccessBlock', before: actual.publicAccessBlock, after: PUBLIC_ACCESS_BLOCKED });
    }
    for (const [k, v] of Object.entries(desired.tags)) {
      if (actual.tags[k] !== v) changes.push({ attribute: `tags.${k}`, before: actual.tags[k], after: v });
    }
  }
  const currentStatements = ownedStatements(actual.policy, desired.ownership);
  if (!sameStatements(desired.statements, currentStatements)) {
    changes.push({ attribute: 'policy', before: currentStatements, after: desired.statements });
  }
  return { kind: 'bucket', id, action: changes.length ? 'update' : 'unchanged', changes };
}

/** The plan: every resource the policy manages, in a stable order, and what would change. */
export function computePlan(desired: DesiredState, actual: ActualState, options: PlanOptions): Plan {
  const resources: ResourceChange[] = [];
  for (const repo of desired.repositories) resources.push(planRepository(repo, actual.repositories.get(repo.name)));
  resources.push(...planRetiredRepositories(desired, actual, options.prune));
  resources.push(
    planScanning(desired.scanning, actual.scanning, options.prune ? retiredRepositories(resources, options.kept) : []),
  );
  for (const rule of desired.pullThroughCacheRules) {
    resources.push(planPullThroughCacheRule(rule, actual.pullThroughCacheRules.get(rule.prefix)));
  }
  for (const template of desired.creationTemplates) {
    resources.push(planTemplate(template, actual.creationTemplates.get(template.prefix)));
  }
  if (desired.replication.length > 0) resources.push(planReplication(desired.replication, actual.replication));
  if (desired.bucket) resources.push(planBucket(desired.bucket, actual.bucket));
  if (desired.createIamPolicies) {
    for (const p of desired.iamPolicies) resources.push(planIamPolicy(p, actual.iamPolicies.get(p.name)));
  }
  return {
    system: desired.system,
    accountId: desired.accountId,
    region: desired.region,
    resources,
    changes: resources.filter((r) => r.action !== 'unchanged').length,
  };
}

/** Repositories this system manages that the policy no longer lists: removed only when prune is on. */
function planRetiredRepositories(desired: DesiredState, actual: ActualState, prune: boolean): ResourceChange[] {
  const wanted = new Set(desired.repositories.map((r) => r.name));
  const retired: ResourceChange[] = [];
  for (const repo of [...actual.repositories.values()].sort((a, b) => a.name.localeCompare(b.name))) {
    if (wanted.has(repo.name) || !isOwnedBy(repo.tags, desired.ownership.tags)) continue;
    retired.push({
      kind: 'repository',
      id: repo.name,
      action: 'remove',
      changes: [],
      note: prune
        ? 'Managed by this system and no longer in the policy: deleted (only when it holds no images).'
        : 'Managed by this system and no longer in the policy; not deleted (set prune: true to delete it).',
    });
  }
  return retired;
}

function planPullThroughCacheRule(
  rule: PullThroughCacheRuleState,
  current: PullThroughCacheRuleState | undefined,
): ResourceChange {
  if (!current) {
    return {
      kind: 'pull-through-cache',
      id: rule.prefix,
      action: 'create',
      changes: Object.entries(rule)
        .filter(([k]) => k !== 'prefix')
        .map(([attribute, after]) => ({ attribute, after })),
    };
  }
  if (current.upstreamRegistryUrl !== rule.upstreamRegistryUrl || current.upstreamRegistry !== rule.upstreamRegistry) {
    return {
      kind: 'pull-through-cache',
      id: rule.prefix,
      action: 'replace',
      changes: [
        {
          attribute: 'upstreamRegistryUrl',
          before: current.upstreamRegistryUrl,
          after: rule.upstreamRegistryUrl,
          replacement: true,
        },
      ],
      note: `ECR cannot change a rule's upstream: delete the rule for prefix ${rule.prefix} (aws ecr delete-pull-through-cache-rule) and run again, or choose another prefix.`,
    };
  }
  const changes = sameSecretArn(rule.credentialArn, current.credentialArn)
    ? []
    : [{ attribute: 'credentialArn', before: current.credentialArn, after: rule.credentialArn }];
  return { kind: 'pull-through-cache', id: rule.prefix, action: changes.length ? 'update' : 'unchanged', changes };
}

/** Replication rules only ever get added: the ones the registry lacks make the change. */
function planReplication(desired: ReplicationRule[], actual: ReplicationRule[]): ResourceChange {
  const missing = desired.filter((r) => !actual.some((a) => sameRule(a, r)));
  return {
    kind: 'registry-replication',
    id: 'registry',
    action: missing.length ? 'update' : 'unchanged',
    changes: missing.length ? [{ attribute: 'rules', before: actual, after: mergeReplication(actual, desired) }] : [],
  };
}

function planIamPolicy(p: DesiredIamPolicy, current: IamPolicyState | undefined): ResourceChange {
  if (!current?.document) {
    return {
      kind: 'iam-policy',
      id: p.name,
      action: 'create',
      changes: [{ attribute: 'document', after: prettyJson(p.document) }],
    };
  }
  if (!samePolicyDocument(p.document, current.document)) {
    return {
      kind: 'iam-policy',
      id: p.name,
      action: 'update',
      changes: [{ attribute: 'document', before: prettyJson(current.document), after: prettyJson(p.document) }],
    };
  }
  return { kind: 'iam-policy', id: p.name, action: 'unchanged', changes: [] };
}

/** Repositories a pruning apply deletes (less those it had to keep): their exact-name scanning filters go with them. */
export function retiredRepositories(resources: ResourceChange[], kept: string[] = []): string[] {
  return resources
    .filter((r) => r.kind === 'repository' && r.action === 'remove' && !kept.includes(r.id))
    .map((r) => r.id);
}

/** What apply leaves as it is: replacements (never done) and removals without prune. */
export function isLeftAlone(resource: ResourceChange, prune: boolean): boolean {
  if (resource.action === 'remove') return !prune;
  if (resource.action === 'replace') return resource.changes.every((c) => c.replacement);
  return false;
}
