import type {
  CreatePullThroughCacheRuleCommand,
  CreateRepositoryCreationTemplateCommand,
  PutRegistryScanningConfigurationCommand,
  PutReplicationConfigurationCommand,
  Tag,
} from '@aws-sdk/client-ecr';
import { fail } from './calls';
import type { FakeReplicationRule, FakeScanning, FakeTemplate } from './ecr';

/**
 * ECR's documented rules, as the fake ECR enforces them, so that code which passes the fake would not be refused
 * by ECR for these reasons: repository name syntax, tag limits, tag mutability and its exclusion filters,
 * lifecycle policy validation, pull-through cache prefixes, upstream URLs and secrets, creation templates,
 * registry scanning and replication. Each throws ECR's error, or returns what ECR stores.
 */

export const REPOSITORY_NAME = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const EXCLUSION_FILTER = /^[0-9a-zA-Z._*-]{1,128}$/;
const SCAN_FILTER = /^[a-z0-9*](?:[._\-/a-z0-9*]?[a-z0-9*]+)*$/;
const SECRET_ARN = /^arn:aws:secretsmanager:[a-zA-Z0-9-:]+:secret:ecr-pullthroughcache\/[a-zA-Z0-9/_+=.@-]+$/;
const MUTABILITY = ['MUTABLE', 'IMMUTABLE', 'IMMUTABLE_WITH_EXCLUSION', 'MUTABLE_WITH_EXCLUSION'];
const MAX_EXCLUSION_FILTERS = 5;

/** Upstream registries and the URL ECR requires for each (azure: any <name>.azurecr.io). */
const UPSTREAM_URLS: Record<string, RegExp> = {
  'ecr-public': /^public\.ecr\.aws$/,
  'docker-hub': /^registry-1\.docker\.io$/,
  quay: /^quay\.io$/,
  k8s: /^registry\.k8s\.io$/,
  'github-container-registry': /^ghcr\.io$/,
  'gitlab-container-registry': /^registry\.gitlab\.com$/,
  'azure-container-registry': /^[a-z0-9]{5,50}\.azurecr\.io$/,
  chainguard: /^cgr\.dev$/,
  ecr: /^\d{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com$/,
};
const NEEDS_CREDENTIALS = [
  'docker-hub',
  'github-container-registry',
  'gitlab-container-registry',
  'azure-container-registry',
];
const NO_CREDENTIALS = ['ecr-public', 'quay', 'k8s'];

export const invalid = (message: string): never => fail('InvalidParameterException', message);

/** Why a lifecycle policy text would be refused by PutLifecyclePolicy, or undefined (ECR's documented rules). */
export function lifecyclePolicyProblem(text: string): string | undefined {
  if (text.length < 100 && text.trim() === '') return 'the lifecycle policy is empty';
  if (text.length > 30720) return 'the lifecycle policy is longer than 30720 characters';
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return 'the lifecycle policy is not valid JSON';
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return 'the lifecycle policy must be a JSON object';
  const extra = Object.keys(doc).filter((k) => k !== 'rules');
  if (extra.length) return `unknown top-level field(s): ${extra.join(', ')}`;
  const rules = (doc as { rules?: unknown }).rules;
  if (!Array.isArray(rules) || rules.length === 0) return '"rules" must be a non-empty array';
  const priorities = new Set<number>();
  let anyPriority: number | undefined;
  let highest = 0;
  for (const [i, rule] of rules.entries()) {
    const at = `rules[${i}]`;
    const problem = lifecycleRuleProblem(rule, at, priorities);
    if (problem) return problem;
    const r = rule as { rulePriority: number; selection: { tagStatus: string } };
    highest = Math.max(highest, r.rulePriority);
    if (r.selection.tagStatus === 'any') anyPriority = r.rulePriority;
  }
  if (anyPriority !== undefined && anyPriority !== highest) {
    return 'a rule with tagStatus any must have the highest rulePriority (it is evaluated last)';
  }
  return undefined;
}

/** Why one lifecycle rule would be refused (its fields, a priority not yet in `priorities`, selection, action). */
function lifecycleRuleProblem(rule: unknown, at: string, priorities: Set<number>): string | undefined {
  if (!rule || typeof rule !== 'object') return `${at} must be an object`;
  const r = rule as Record<string, unknown>;
  const unknownKeys = Object.keys(r).filter((k) => !['rulePriority', 'description', 'selection', 'action'].includes(k));
  if (unknownKeys.length) return `${at}: unknown field(s) ${unknownKeys.join(', ')}`;
  if (!Number.isInteger(r.rulePriority) || (r.rulePriority as number) < 1)
    return `${at}.rulePriority must be a positive integer`;
  const priority = r.rulePriority as number;
  if (priorities.has(priority)) return `${at}.rulePriority ${priority} is not unique`;
  priorities.add(priority);
  if (r.description !== undefined && typeof r.description !== 'string') return `${at}.description must be a string`;
  const s = r.selection as Record<string, unknown> | undefined;
  if (!s || typeof s !== 'object') return `${at}.selection is required`;
  const problem = lifecycleSelectionProblem(s, at);
  if (problem) return problem;
  const action = r.action as Record<string, unknown> | undefined;
  if (!action || action.type !== 'expire' || Object.keys(action).length !== 1)
    return `${at}.action must be {"type": "expire"}`;
  return undefined;
}

/** Why a lifecycle rule's selection would be refused: its fields, tag status and lists, count. */
function lifecycleSelectionProblem(s: Record<string, unknown>, at: string): string | undefined {
  const unknownSel = Object.keys(s).filter(
    (k) => !['tagStatus', 'tagPrefixList', 'tagPatternList', 'countType', 'countUnit', 'countNumber'].includes(k),
  );
  if (unknownSel.length) return `${at}.selection: unknown field(s) ${unknownSel.join(', ')}`;
  if (!['tagged', 'untagged', 'any'].includes(s.tagStatus as string))
    return `${at}.selection.tagStatus must be tagged, untagged or any`;
  const prefixes = s.tagPrefixList;
  const patterns = s.tagPatternList;
  if (s.tagStatus === 'tagged') {
    if (prefixes === undefined && patterns === undefined) {
      return `${at}: tagStatus tagged requires tagPrefixList or tagPatternList`;
    }
    if (prefixes !== undefined && patterns !== undefined)
      return `${at}: tagPrefixList and tagPatternList cannot both be set`;
    const list = (prefixes ?? patterns) as unknown;
    if (!Array.isArray(list) || list.length === 0 || list.some((v) => typeof v !== 'string' || v === '')) {
      return `${at}: the tag list must be a non-empty array of strings`;
    }
    if (patterns !== undefined && (list as string[]).some((p) => p.split('*').length - 1 > 4)) {
      return `${at}: a tagPatternList entry may hold at most 4 wildcards (*)`;
    }
  } else if (prefixes !== undefined || patterns !== undefined) {
    return `${at}: tagPrefixList/tagPatternList are only allowed with tagStatus tagged`;
  }
  if (s.countType === 'imageCountMoreThan') {
    if (s.countUnit !== undefined) return `${at}: countUnit is not allowed with imageCountMoreThan`;
  } else if (s.countType === 'sinceImagePushed') {
    if (s.countUnit !== 'days') return `${at}: sinceImagePushed requires countUnit "days"`;
  } else return `${at}.selection.countType must be imageCountMoreThan or sinceImagePushed`;
  if (!Number.isInteger(s.countNumber) || (s.countNumber as number) < 1)
    return `${at}.selection.countNumber must be a positive integer`;
  return undefined;
}

export function validateTags(tags: Tag[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of tags ?? []) {
    if (!t.Key || t.Key.length > 128)
      fail('InvalidTagParameterException', `tag key "${t.Key}" must be 1-128 characters`);
    if (t.Key.toLowerCase().startsWith('aws:'))
      fail('InvalidTagParameterException', `tag key "${t.Key}" uses the reserved aws: prefix`);
    if ((t.Value ?? '').length > 256)
      fail('InvalidTagParameterException', `tag value of "${t.Key}" is longer than 256`);
    out[t.Key] = t.Value ?? '';
  }
  if (Object.keys(out).length > 50) fail('TooManyTagsException', 'at most 50 tags');
  return out;
}

export function validateMutability(
  mutability: string | undefined,
  filters: { filter?: string; filterType?: string }[] | undefined,
) {
  const value = mutability ?? 'MUTABLE';
  if (!MUTABILITY.includes(value)) invalid(`imageTagMutability ${value} is not one of ${MUTABILITY.join(', ')}`);
  const withExclusion = value.endsWith('_WITH_EXCLUSION');
  const list = filters ?? [];
  if (withExclusion && list.length === 0) invalid(`${value} requires imageTagMutabilityExclusionFilters`);
  if (!withExclusion && list.length > 0)
    invalid(`imageTagMutabilityExclusionFilters are only allowed with *_WITH_EXCLUSION`);
  if (list.length > MAX_EXCLUSION_FILTERS) invalid(`at most ${MAX_EXCLUSION_FILTERS} exclusion filters`);
  for (const f of list) {
    if (f.filterType !== 'WILDCARD') invalid('exclusion filterType must be WILDCARD');
    if (!f.filter || !EXCLUSION_FILTER.test(f.filter)) invalid(`exclusion filter "${f.filter}" is not valid`);
  }
  return { imageTagMutability: value, exclusionFilters: list.map((f) => f.filter as string) };
}

export function validatePolicyText(text: string | undefined): void {
  if (text === undefined) return;
  try {
    const doc = JSON.parse(text) as { Statement?: unknown };
    if (!doc.Statement) invalid('the policy has no Statement');
  } catch {
    invalid('the policy text is not valid JSON');
  }
}

export function validatePrefix(prefix: string | undefined, what: string): string {
  if (prefix === 'ROOT') return prefix;
  if (!prefix || prefix.length < 2 || prefix.length > 30 || !REPOSITORY_NAME.test(prefix)) {
    invalid(`${what} "${prefix}" must be 2-30 characters of lowercase name segments separated by /, or ROOT`);
  }
  return prefix as string;
}

/** What PutRegistryScanningConfiguration stores, or ECR's refusal. */
export function scanningConfiguration(i: PutRegistryScanningConfigurationCommand['input']): FakeScanning {
  const scanType = i.scanType ?? 'BASIC';
  if (!['BASIC', 'ENHANCED'].includes(scanType)) invalid(`scanType ${scanType} is not BASIC or ENHANCED`);
  const rules = i.rules ?? [];
  if (rules.length > 2) invalid('at most 2 scanning rules');
  const seen = new Set<string>();
  for (const rule of rules) {
    const f = rule.scanFrequency ?? '';
    if (!['SCAN_ON_PUSH', 'CONTINUOUS_SCAN', 'MANUAL'].includes(f)) invalid(`scanFrequency ${f} is not valid`);
    if (scanType === 'BASIC' && f !== 'SCAN_ON_PUSH')
      invalid(`scanFrequency ${f} is not valid with scanType BASIC; only SCAN_ON_PUSH`);
    if (seen.has(f)) invalid(`two rules with scanFrequency ${f}`);
    seen.add(f);
    const filters = rule.repositoryFilters ?? [];
    if (filters.length < 1 || filters.length > 100) invalid('a scanning rule needs 1 to 100 repository filters');
    for (const filter of filters) {
      if (filter.filterType !== 'WILDCARD') invalid('repository filterType must be WILDCARD');
      if (!filter.filter || !SCAN_FILTER.test(filter.filter))
        invalid(`repository filter "${filter.filter}" is not valid`);
    }
  }
  return {
    scanType,
    rules: rules.map((r) => ({
      scanFrequency: r.scanFrequency as string,
      repositoryFilters: (r.repositoryFilters ?? []).map((f) => ({
        filter: f.filter as string,
        filterType: 'WILDCARD',
      })),
    })),
  };
}

/** What PutReplicationConfiguration stores for the registry of `accountId` in `region`, or ECR's refusal. */
export function replicationRules(
  i: PutReplicationConfigurationCommand['input'],
  region: string,
  accountId: string,
): FakeReplicationRule[] {
  const rules = i.replicationConfiguration?.rules ?? [];
  if (rules.length > 10) invalid('at most 10 replication rules');
  const destinations = rules.reduce((n, r) => n + (r.destinations?.length ?? 0), 0);
  if (destinations > 25) invalid('at most 25 replication destinations in all');
  for (const r of rules) {
    if (!r.destinations?.length) invalid('a replication rule needs a destination');
    for (const d of r.destinations ?? []) {
      if (!d.region || !/^\d{12}$/.test(d.registryId ?? ''))
        invalid('a destination needs a region and a 12-digit registryId');
      if (d.region === region && d.registryId === accountId) invalid('a registry cannot replicate to itself');
    }
    for (const f of r.repositoryFilters ?? []) {
      if (f.filterType !== 'PREFIX_MATCH' || !f.filter) invalid('replication filters are PREFIX_MATCH with a prefix');
    }
  }
  return structuredClone(rules) as FakeReplicationRule[];
}

/** The upstream registry a pull-through cache rule names (given, or known by its URL), or ECR's refusal. */
export function upstreamOf(i: CreatePullThroughCacheRuleCommand['input']): string {
  const url = i.upstreamRegistryUrl ?? '';
  if (/(^|\.)gcr\.io$|pkg\.dev$/.test(url))
    fail('UnsupportedUpstreamRegistryException', `The upstream registry ${url} is not supported`);
  const upstream = i.upstreamRegistry ?? Object.entries(UPSTREAM_URLS).find(([, re]) => re.test(url))?.[0];
  if (!upstream || !UPSTREAM_URLS[upstream])
    fail('UnsupportedUpstreamRegistryException', `The upstream registry ${url} is not supported`);
  if (!UPSTREAM_URLS[upstream].test(url))
    invalid(`upstreamRegistryUrl ${url} does not match upstreamRegistry ${upstream}`);
  return upstream;
}

/** Refuses the credentials of a pull-through cache rule as ECR does; `secrets` are the secret names that exist. */
export function checkCredential(upstream: string, credentialArn: string | undefined, secrets: Set<string>): void {
  if (NEEDS_CREDENTIALS.includes(upstream) && !credentialArn) invalid(`upstream ${upstream} requires a credentialArn`);
  if (NO_CREDENTIALS.includes(upstream) && credentialArn) invalid(`upstream ${upstream} does not take credentials`);
  if (!credentialArn) return;
  if (!SECRET_ARN.test(credentialArn)) {
    invalid(
      `credentialArn "${credentialArn}" must be a Secrets Manager secret ARN whose name starts with ecr-pullthroughcache/`,
    );
  }
  const name = credentialArn.replace(/^.*:secret:/, '');
  const exists = [...secrets].some((s) => s === name || name.startsWith(`${s}-`));
  if (!exists) fail('SecretNotFoundException', `The secret ${credentialArn} was not found`);
}

/** A repository creation template as ECR stores it, or ECR's refusal. */
export function templateOf(prefix: string, i: Partial<CreateRepositoryCreationTemplateCommand['input']>): FakeTemplate {
  const appliedFor = i.appliedFor ?? [];
  if (appliedFor.length === 0)
    invalid('appliedFor needs at least one of PULL_THROUGH_CACHE, REPLICATION, CREATE_ON_PUSH');
  for (const a of appliedFor)
    if (!['PULL_THROUGH_CACHE', 'REPLICATION', 'CREATE_ON_PUSH'].includes(a)) invalid(`appliedFor ${a} is not valid`);
  if (new Set(appliedFor).size !== appliedFor.length) invalid('appliedFor lists a value twice');
  if (i.lifecyclePolicy) {
    const problem = lifecyclePolicyProblem(i.lifecyclePolicy);
    if (problem) invalid(`lifecyclePolicy: ${problem}`);
  }
  validatePolicyText(i.repositoryPolicy || undefined);
  const encryption = i.encryptionConfiguration?.encryptionType ?? 'AES256';
  if (!i.customRoleArn && ((i.resourceTags?.length ?? 0) > 0 || encryption !== 'AES256')) {
    invalid('customRoleArn is required when a template sets resourceTags or KMS encryption');
  }
  if (encryption === 'AES256' && i.encryptionConfiguration?.kmsKey)
    invalid('kmsKey can only be given with KMS or KMS_DSSE');
  return {
    prefix,
    description: i.description,
    appliedFor: [...appliedFor],
    tags: validateTags(i.resourceTags),
    ...validateMutability(i.imageTagMutability, i.imageTagMutabilityExclusionFilters),
    // Templates keep the key as given: it is resolved when a repository is created from them.
    encryption: {
      encryptionType: encryption,
      ...(i.encryptionConfiguration?.kmsKey ? { kmsKey: i.encryptionConfiguration.kmsKey } : {}),
    },
    lifecyclePolicy: i.lifecyclePolicy || undefined,
    repositoryPolicy: i.repositoryPolicy || undefined,
    ...(i.customRoleArn ? { customRoleArn: i.customRoleArn } : {}),
  };
}
