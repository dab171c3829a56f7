import {
  CreatePullThroughCacheRuleCommand,
  CreateRepositoryCommand,
  CreateRepositoryCreationTemplateCommand,
  DeleteLifecyclePolicyCommand,
  DeletePullThroughCacheRuleCommand,
  DeleteRepositoryCommand,
  DeleteRepositoryPolicyCommand,
  DescribePullThroughCacheRulesCommand,
  DescribeRegistryCommand,
  DescribeRepositoriesCommand,
  DescribeRepositoryCreationTemplatesCommand,
  ECRClient,
  GetLifecyclePolicyCommand,
  GetRegistryScanningConfigurationCommand,
  GetRepositoryPolicyCommand,
  ListTagsForResourceCommand,
  PutImageTagMutabilityCommand,
  PutLifecyclePolicyCommand,
  PutRegistryScanningConfigurationCommand,
  PutReplicationConfigurationCommand,
  SetRepositoryPolicyCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdatePullThroughCacheRuleCommand,
  UpdateRepositoryCreationTemplateCommand,
} from '@aws-sdk/client-ecr';
import type { Tag } from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';
import type { CallLog } from './calls';
import { fail } from './calls';

/**
 * A stateful in-memory ECR control plane on aws-sdk-client-mock. It enforces ECR's documented rules for what it
 * fakes, so that code which passes here would not be refused by ECR for these reasons: repository name syntax,
 * tag limits, tag mutability and its exclusion filters, encryption fixed at creation, lifecycle policy validation,
 * pull-through cache prefixes, upstream URLs and secrets, creation templates, registry scanning and replication.
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

export interface FakeRepository {
  name: string;
  arn: string;
  uri: string;
  createdAt: Date;
  tags: Record<string, string>;
  imageTagMutability: string;
  exclusionFilters: string[];
  encryption: { encryptionType: string; kmsKey?: string };
  lifecyclePolicy?: string;
  repositoryPolicy?: string;
  /** Images (only counted: DeleteRepository without force refuses a repository that holds some). */
  imageCount: number;
}

export interface FakeTemplate {
  prefix: string;
  description?: string;
  appliedFor: string[];
  tags: Record<string, string>;
  imageTagMutability: string;
  exclusionFilters: string[];
  encryption: { encryptionType: string; kmsKey?: string };
  lifecyclePolicy?: string;
  repositoryPolicy?: string;
  customRoleArn?: string;
}

export interface FakePullThroughRule {
  prefix: string;
  upstreamRegistry: string;
  upstreamRegistryUrl: string;
  credentialArn?: string;
}

export interface FakeScanning {
  scanType: string;
  rules: { scanFrequency: string; repositoryFilters: { filter: string; filterType: string }[] }[];
}

export interface FakeReplicationRule {
  destinations: { region: string; registryId: string }[];
  repositoryFilters?: { filter: string; filterType: string }[];
}

const invalid = (message: string): never => fail('InvalidParameterException', message);

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
    if (!rule || typeof rule !== 'object') return `${at} must be an object`;
    const r = rule as Record<string, unknown>;
    const unknownKeys = Object.keys(r).filter(
      (k) => !['rulePriority', 'description', 'selection', 'action'].includes(k),
    );
    if (unknownKeys.length) return `${at}: unknown field(s) ${unknownKeys.join(', ')}`;
    if (!Number.isInteger(r.rulePriority) || (r.rulePriority as number) < 1)
      return `${at}.rulePriority must be a positive integer`;
    const priority = r.rulePriority as number;
    if (priorities.has(priority)) return `${at}.rulePriority ${priority} is not unique`;
    priorities.add(priority);
    highest = Math.max(highest, priority);
    if (r.description !== undefined && typeof r.description !== 'string') return `${at}.description must be a string`;
    const s = r.selection as Record<string, unknown> | undefined;
    if (!s || typeof s !== 'object') return `${at}.selection is required`;
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
    if (s.tagStatus === 'any') anyPriority = priority;
    if (s.countType === 'imageCountMoreThan') {
      if (s.countUnit !== undefined) return `${at}: countUnit is not allowed with imageCountMoreThan`;
    } else if (s.countType === 'sinceImagePushed') {
      if (s.countUnit !== 'days') return `${at}: sinceImagePushed requires countUnit "days"`;
    } else return `${at}.selection.countType must be imageCountMoreThan or sinceImagePushed`;
    if (!Number.isInteger(s.countNumber) || (s.countNumber as number) < 1)
      return `${at}.selection.countNumber must be a positive integer`;
    const action = r.action as Record<string, unknown> | undefined;
    if (!action || action.type !== 'expire' || Object.keys(action).length !== 1)
      return `${at}.action must be {"type": "expire"}`;
  }
  if (anyPriority !== undefined && anyPriority !== highest) {
    return 'a rule with tagStatus any must have the highest rulePriority (it is evaluated last)';
  }
  return undefined;
}

function validateTags(tags: Tag[] | undefined): Record<string, string> {
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

function validateMutability(
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

function validatePolicyText(text: string | undefined): void {
  if (text === undefined) return;
  try {
    const doc = JSON.parse(text) as { Statement?: unknown };
    if (!doc.Statement) invalid('the policy has no Statement');
  } catch {
    invalid('the policy text is not valid JSON');
  }
}

function validatePrefix(prefix: string | undefined, what: string): string {
  if (prefix === 'ROOT') return prefix;
  if (!prefix || prefix.length < 2 || prefix.length > 30 || !REPOSITORY_NAME.test(prefix)) {
    invalid(`${what} "${prefix}" must be 2-30 characters of lowercase name segments separated by /, or ROOT`);
  }
  return prefix as string;
}

export class FakeEcr {
  readonly client: ECRClient;
  readonly repositories = new Map<string, FakeRepository>();
  readonly templates = new Map<string, FakeTemplate>();
  readonly pullThroughRules = new Map<string, FakePullThroughRule>();
  /** Secrets Manager secret names that exist (ecr-pullthroughcache/...). */
  readonly secrets = new Set<string>();
  scanning: FakeScanning = { scanType: 'BASIC', rules: [] };
  replication: FakeReplicationRule[] = [];
  /** Page size of the Describe* calls, small in tests to exercise pagination. */
  pageSize = 1000;

  constructor(
    readonly accountId: string,
    readonly region: string,
    private readonly log: CallLog,
    /** The account's KMS aliases (ECR resolves an alias to its key and reports the key's ARN). */
    private readonly kmsAlias: (alias: string) => string | undefined = () => undefined,
  ) {
    this.client = new ECRClient({ region, credentials: { accessKeyId: 'fake', secretAccessKey: 'fake' } });
    const stub = mockClient(this.client);
    const on = <C extends new (...args: never[]) => { input: unknown }>(
      command: C,
      handler: (input: NonNullable<InstanceType<C>['input']>) => unknown,
    ) => {
      const name = command.name.replace(/Command$/, '');
      stub
        .on(command as never)
        .callsFake(async (input: NonNullable<InstanceType<C>['input']>) =>
          this.log.answer('ecr', name, input ?? ({} as never), handler),
        );
    };
    on(CreateRepositoryCommand, (i) => this.createRepository(i));
    on(DescribeRepositoriesCommand, (i) => this.describeRepositories(i));
    on(DeleteRepositoryCommand, (i) => {
      const repo = this.repo(i.repositoryName);
      if (repo.imageCount > 0 && !i.force)
        fail(
          'RepositoryNotEmptyException',
          `The repository ${repo.name} cannot be deleted because it still contains images`,
        );
      this.repositories.delete(repo.name);
      return { repository: this.describe(repo) };
    });
    on(ListTagsForResourceCommand, (i) => ({
      tags: Object.entries(this.repoByArn(i.resourceArn).tags).map(([Key, Value]) => ({ Key, Value })),
    }));
    on(TagResourceCommand, (i) => {
      const repo = this.repoByArn(i.resourceArn);
      const merged = { ...repo.tags, ...validateTags(i.tags) };
      if (Object.keys(merged).length > 50) fail('TooManyTagsException', 'at most 50 tags');
      repo.tags = merged;
      return {};
    });
    on(UntagResourceCommand, (i) => {
      const repo = this.repoByArn(i.resourceArn);
      for (const k of i.tagKeys ?? []) delete repo.tags[k];
      return {};
    });
    on(PutImageTagMutabilityCommand, (i) => {
      const repo = this.repo(i.repositoryName);
      const m = validateMutability(i.imageTagMutability, i.imageTagMutabilityExclusionFilters);
      repo.imageTagMutability = m.imageTagMutability;
      repo.exclusionFilters = m.exclusionFilters;
      return { repositoryName: repo.name, imageTagMutability: repo.imageTagMutability };
    });
    on(PutLifecyclePolicyCommand, (i) => {
      const repo = this.repo(i.repositoryName);
      const problem = lifecyclePolicyProblem(i.lifecyclePolicyText ?? '');
      if (problem) invalid(`Invalid parameter at 'LifecyclePolicyText' failed to satisfy constraint: '${problem}'`);
      repo.lifecyclePolicy = i.lifecyclePolicyText;
      return { repositoryName: repo.name, lifecyclePolicyText: repo.lifecyclePolicy };
    });
    on(GetLifecyclePolicyCommand, (i) => {
      const repo = this.repo(i.repositoryName);
      if (repo.lifecyclePolicy === undefined)
        fail('LifecyclePolicyNotFoundException', `Lifecycle policy does not exist for the repository ${repo.name}`);
      return { repositoryName: repo.name, lifecyclePolicyText: repo.lifecyclePolicy };
    });
    on(DeleteLifecyclePolicyCommand, (i) => {
      const repo = this.repo(i.repositoryName);
      if (repo.lifecyclePolicy === undefined)
        fail('LifecyclePolicyNotFoundException', `Lifecycle policy does not exist for the repository ${repo.name}`);
      const text = repo.lifecyclePolicy;
      repo.lifecyclePolicy = undefined;
      return { repositoryName: repo.name, lifecyclePolicyText: text };
    });
    on(SetRepositoryPolicyCommand, (i) => {
      const repo = this.repo(i.repositoryName);
      validatePolicyText(i.policyText ?? '');
      repo.repositoryPolicy = i.policyText;
      return { repositoryName: repo.name, policyText: repo.repositoryPolicy };
    });
    on(GetRepositoryPolicyCommand, (i) => {
      const repo = this.repo(i.repositoryName);
      if (repo.repositoryPolicy === undefined)
        fail('RepositoryPolicyNotFoundException', `Repository policy does not exist for the repository ${repo.name}`);
      return { repositoryName: repo.name, policyText: repo.repositoryPolicy };
    });
    on(DeleteRepositoryPolicyCommand, (i) => {
      const repo = this.repo(i.repositoryName);
      if (repo.repositoryPolicy === undefined)
        fail('RepositoryPolicyNotFoundException', `Repository policy does not exist for the repository ${repo.name}`);
      repo.repositoryPolicy = undefined;
      return { repositoryName: repo.name };
    });
    on(GetRegistryScanningConfigurationCommand, () => ({
      registryId: this.accountId,
      scanningConfiguration: structuredClone(this.scanning),
    }));
    on(PutRegistryScanningConfigurationCommand, (i) => {
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
      this.scanning = {
        scanType,
        rules: rules.map((r) => ({
          scanFrequency: r.scanFrequency as string,
          repositoryFilters: (r.repositoryFilters ?? []).map((f) => ({
            filter: f.filter as string,
            filterType: 'WILDCARD',
          })),
        })),
      };
      return { registryScanningConfiguration: structuredClone(this.scanning) };
    });
    on(CreatePullThroughCacheRuleCommand, (i) => this.createPullThroughRule(i));
    on(DescribePullThroughCacheRulesCommand, (i) => {
      const all = [...this.pullThroughRules.values()].filter(
        (r) => !i.ecrRepositoryPrefixes || i.ecrRepositoryPrefixes.includes(r.prefix),
      );
      const { page, nextToken } = this.page(all, i.nextToken, i.maxResults);
      return {
        pullThroughCacheRules: page.map((r) => ({
          ecrRepositoryPrefix: r.prefix,
          upstreamRegistry: r.upstreamRegistry as never,
          upstreamRegistryUrl: r.upstreamRegistryUrl,
          credentialArn: r.credentialArn,
          registryId: this.accountId,
        })),
        nextToken,
      };
    });
    on(UpdatePullThroughCacheRuleCommand, (i) => {
      const rule = this.pullThroughRules.get(i.ecrRepositoryPrefix ?? '');
      if (!rule)
        fail('PullThroughCacheRuleNotFoundException', `no pull through cache rule for prefix ${i.ecrRepositoryPrefix}`);
      this.checkSecret(rule.upstreamRegistry, i.credentialArn);
      rule.credentialArn = i.credentialArn;
      return { ecrRepositoryPrefix: rule.prefix, credentialArn: rule.credentialArn };
    });
    on(DeletePullThroughCacheRuleCommand, (i) => {
      if (!this.pullThroughRules.delete(i.ecrRepositoryPrefix ?? ''))
        fail('PullThroughCacheRuleNotFoundException', 'no such rule');
      return { ecrRepositoryPrefix: i.ecrRepositoryPrefix };
    });
    on(CreateRepositoryCreationTemplateCommand, (i) => {
      const prefix = validatePrefix(i.prefix, 'template prefix');
      if (this.templates.has(prefix)) fail('TemplateAlreadyExistsException', `a template for prefix ${prefix} exists`);
      const template = this.template(prefix, i);
      this.templates.set(prefix, template);
      return { registryId: this.accountId, repositoryCreationTemplate: this.describeTemplate(template) };
    });
    on(UpdateRepositoryCreationTemplateCommand, (i) => {
      const current = this.templates.get(i.prefix ?? '');
      if (!current) fail('TemplateNotFoundException', `no template for prefix ${i.prefix}`);
      const template = this.template(current.prefix, {
        description: i.description ?? current.description,
        appliedFor: i.appliedFor ?? (current.appliedFor as never),
        resourceTags: i.resourceTags ?? Object.entries(current.tags).map(([Key, Value]) => ({ Key, Value })),
        imageTagMutability: i.imageTagMutability ?? (current.imageTagMutability as never),
        imageTagMutabilityExclusionFilters:
          i.imageTagMutabilityExclusionFilters ??
          (i.imageTagMutability
            ? undefined
            : current.exclusionFilters.map((filter) => ({ filter, filterType: 'WILDCARD' }))),
        encryptionConfiguration: i.encryptionConfiguration ?? (current.encryption as never),
        lifecyclePolicy: i.lifecyclePolicy ?? current.lifecyclePolicy,
        repositoryPolicy: i.repositoryPolicy ?? current.repositoryPolicy,
        customRoleArn: i.customRoleArn ?? current.customRoleArn,
      });
      this.templates.set(template.prefix, template);
      return { registryId: this.accountId, repositoryCreationTemplate: this.describeTemplate(template) };
    });
    on(DescribeRepositoryCreationTemplatesCommand, (i) => {
      const all = [...this.templates.values()].filter((t) => !i.prefixes || i.prefixes.includes(t.prefix));
      const { page, nextToken } = this.page(all, i.nextToken, i.maxResults);
      return {
        registryId: this.accountId,
        repositoryCreationTemplates: page.map((t) => this.describeTemplate(t)),
        nextToken,
      };
    });
    on(DescribeRegistryCommand, () => ({
      registryId: this.accountId,
      replicationConfiguration: { rules: structuredClone(this.replication) as never },
    }));
    on(PutReplicationConfigurationCommand, (i) => {
      const rules = i.replicationConfiguration?.rules ?? [];
      if (rules.length > 10) invalid('at most 10 replication rules');
      const destinations = rules.reduce((n, r) => n + (r.destinations?.length ?? 0), 0);
      if (destinations > 25) invalid('at most 25 replication destinations in all');
      for (const r of rules) {
        if (!r.destinations?.length) invalid('a replication rule needs a destination');
        for (const d of r.destinations ?? []) {
          if (!d.region || !/^\d{12}$/.test(d.registryId ?? ''))
            invalid('a destination needs a region and a 12-digit registryId');
          if (d.region === this.region && d.registryId === this.accountId)
            invalid('a registry cannot replicate to itself');
        }
        for (const f of r.repositoryFilters ?? []) {
          if (f.filterType !== 'PREFIX_MATCH' || !f.filter)
            invalid('replication filters are PREFIX_MATCH with a prefix');
        }
      }
      this.replication = structuredClone(rules) as FakeReplicationRule[];
      return { replicationConfiguration: { rules: structuredClone(this.replication) as never } };
    });
  }

  private page<T>(all: T[], token: string | undefined, max: number | undefined) {
    const start = token ? Number(token) : 0;
    if (!Number.isInteger(start) || start < 0 || start > all.length) invalid('nextToken is not valid');
    const size = Math.min(max ?? 1000, this.pageSize);
    const page = all.slice(start, start + size);
    return { page, nextToken: start + size < all.length ? String(start + size) : undefined };
  }

  private repo(name: string | undefined): FakeRepository {
    const repo = this.repositories.get(name ?? '');
    if (!repo) {
      fail(
        'RepositoryNotFoundException',
        `The repository with name '${name}' does not exist in the registry with id '${this.accountId}'`,
      );
    }
    return repo;
  }

  private repoByArn(arn: string | undefined): FakeRepository {
    const prefix = `arn:aws:ecr:${this.region}:${this.accountId}:repository/`;
    if (!arn?.startsWith(prefix))
      invalid(`Invalid parameter at 'resourceArn': "${arn}" is not a repository ARN of this registry`);
    return this.repo(arn?.slice(prefix.length));
  }

  private describe(r: FakeRepository) {
    return {
      repositoryArn: r.arn,
      registryId: this.accountId,
      repositoryName: r.name,
      repositoryUri: r.uri,
      createdAt: r.createdAt,
      imageTagMutability: r.imageTagMutability as never,
      imageTagMutabilityExclusionFilters: r.exclusionFilters.length
        ? r.exclusionFilters.map((filter) => ({ filter, filterType: 'WILDCARD' as const }))
        : undefined,
      imageScanningConfiguration: { scanOnPush: false },
      encryptionConfiguration: r.encryption as never,
    };
  }

  private encryption(config: { encryptionType?: string; kmsKey?: string } | undefined) {
    const type = config?.encryptionType ?? 'AES256';
    if (!['AES256', 'KMS', 'KMS_DSSE'].includes(type)) invalid(`encryptionType ${type} is not valid`);
    if (type === 'AES256' && config?.kmsKey) invalid('kmsKey can only be given with encryptionType KMS or KMS_DSSE');
    if (type === 'AES256') return { encryptionType: type };
    // Without a key ECR uses the AWS managed key aws/ecr and reports its ARN.
    let key = config?.kmsKey ?? `arn:aws:kms:${this.region}:${this.accountId}:key/aws-ecr-managed-0000`;
    if (/^(arn:aws[\w-]*:kms:[^:]*:\d{12}:)?alias\//.test(key)) {
      const id = this.kmsAlias(key);
      if (!id) fail('KmsException', `The KMS key ${key} does not exist or ECR has no access to it.`);
      key = id;
    }
    const arn = key.startsWith('arn:') ? key : `arn:aws:kms:${this.region}:${this.accountId}:key/${key}`;
    return { encryptionType: type, kmsKey: arn };
  }

  private createRepository(i: CreateRepositoryCommand['input']) {
    const name = i.repositoryName ?? '';
    if (name.length < 2 || name.length > 256 || !REPOSITORY_NAME.test(name)) {
      invalid(
        `Invalid parameter at 'repositoryName' failed to satisfy constraint: 'must satisfy regular expression '(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*''`,
      );
    }
    if (this.repositories.has(name)) {
      fail(
        'RepositoryAlreadyExistsException',
        `The repository with name '${name}' already exists in the registry with id '${this.accountId}'`,
      );
    }
    const mutability = validateMutability(i.imageTagMutability, i.imageTagMutabilityExclusionFilters);
    const repo: FakeRepository = {
      name,
      arn: `arn:aws:ecr:${this.region}:${this.accountId}:repository/${name}`,
      uri: `${this.accountId}.dkr.ecr.${this.region}.amazonaws.com/${name}`,
      createdAt: new Date(),
      tags: validateTags(i.tags),
      ...mutability,
      encryption: this.encryption(i.encryptionConfiguration),
      imageCount: 0,
    };
    this.repositories.set(name, repo);
    return { repository: this.describe(repo) };
  }

  private describeRepositories(i: DescribeRepositoriesCommand['input']) {
    if (i.repositoryNames?.length) {
      return { repositories: i.repositoryNames.map((n) => this.describe(this.repo(n))) };
    }
    const all = [...this.repositories.values()].sort((a, b) => a.name.localeCompare(b.name));
    const { page, nextToken } = this.page(all, i.nextToken, i.maxResults);
    return { repositories: page.map((r) => this.describe(r)), nextToken };
  }

  private checkSecret(upstream: string, credentialArn: string | undefined): void {
    if (NEEDS_CREDENTIALS.includes(upstream) && !credentialArn)
      invalid(`upstream ${upstream} requires a credentialArn`);
    if (NO_CREDENTIALS.includes(upstream) && credentialArn) invalid(`upstream ${upstream} does not take credentials`);
    if (!credentialArn) return;
    if (!SECRET_ARN.test(credentialArn)) {
      invalid(
        `credentialArn "${credentialArn}" must be a Secrets Manager secret ARN whose name starts with ecr-pullthroughcache/`,
      );
    }
    const name = credentialArn.replace(/^.*:secret:/, '');
    const exists = [...this.secrets].some((s) => s === name || name.startsWith(`${s}-`));
    if (!exists) fail('SecretNotFoundException', `The secret ${credentialArn} was not found`);
  }

  private createPullThroughRule(i: CreatePullThroughCacheRuleCommand['input']) {
    const prefix = validatePrefix(i.ecrRepositoryPrefix, 'ecrRepositoryPrefix');
    const url = i.upstreamRegistryUrl ?? '';
    if (/(^|\.)gcr\.io$|pkg\.dev$/.test(url))
      fail('UnsupportedUpstreamRegistryException', `The upstream registry ${url} is not supported`);
    const upstream = i.upstreamRegistry ?? Object.entries(UPSTREAM_URLS).find(([, re]) => re.test(url))?.[0];
    if (!upstream || !UPSTREAM_URLS[upstream])
      fail('UnsupportedUpstreamRegistryException', `The upstream registry ${url} is not supported`);
    if (!UPSTREAM_URLS[upstream].test(url))
      invalid(`upstreamRegistryUrl ${url} does not match upstreamRegistry ${upstream}`);
    if (this.pullThroughRules.has(prefix))
      fail(
        'PullThroughCacheRuleAlreadyExistsException',
        `A pull through cache rule with prefix ${prefix} already exists`,
      );
    if ([...this.pullThroughRules.keys()].some((p) => p.startsWith(`${prefix}/`) || prefix.startsWith(`${p}/`))) {
      invalid(`the prefix ${prefix} overlaps an existing pull through cache rule`);
    }
    this.checkSecret(upstream, i.credentialArn);
    const rule: FakePullThroughRule = { prefix, upstreamRegistry: upstream, upstreamRegistryUrl: url };
    if (i.credentialArn) rule.credentialArn = i.credentialArn;
    this.pullThroughRules.set(prefix, rule);
    return {
      ecrRepositoryPrefix: prefix,
      upstreamRegistryUrl: url,
      upstreamRegistry: upstream as never,
      credentialArn: i.credentialArn,
    };
  }

  private template(prefix: string, i: Partial<CreateRepositoryCreationTemplateCommand['input']>): FakeTemplate {
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

  private describeTemplate(t: FakeTemplate) {
    return {
      prefix: t.prefix,
      description: t.description,
      appliedFor: t.appliedFor as never,
      resourceTags: Object.entries(t.tags).map(([Key, Value]) => ({ Key, Value })),
      imageTagMutability: t.imageTagMutability as never,
      imageTagMutabilityExclusionFilters: t.exclusionFilters.length
        ? t.exclusionFilters.map((filter) => ({ filter, filterType: 'WILDCARD' as const }))
        : undefined,
      encryptionConfiguration: t.encryption as never,
      lifecyclePolicy: t.lifecyclePolicy,
      repositoryPolicy: t.repositoryPolicy,
      customRoleArn: t.customRoleArn,
    };
  }
}
