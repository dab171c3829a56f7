import { ECRClient } from '@aws-sdk/client-ecr';
import type {
  CreatePullThroughCacheRuleCommand,
  CreateRepositoryCommand,
  DescribeRepositoriesCommand,
} from '@aws-sdk/client-ecr';
import type { CallLog } from './calls';
import { fail, FakeService } from './calls';
import { serveEcr } from './ecr-handlers';
import {
  checkCredential,
  invalid,
  REPOSITORY_NAME,
  upstreamOf,
  validateMutability,
  validatePrefix,
  validateTags,
} from './ecr-rules';

export { lifecyclePolicyProblem, REPOSITORY_NAME } from './ecr-rules';

/**
 * A stateful in-memory ECR control plane: what the registry holds (this file), ECR's rules (ecr-rules.ts) and the
 * commands it answers (ecr-handlers.ts; images in ecr-images.ts), on aws-sdk-client-mock.
 */

/** What a repository and a creation template both set. */
export interface FakeRepositorySettings {
  tags: Record<string, string>;
  imageTagMutability: string;
  exclusionFilters: string[];
  encryption: { encryptionType: string; kmsKey?: string };
  lifecyclePolicy?: string;
  repositoryPolicy?: string;
}

export interface FakeRepository extends FakeRepositorySettings {
  name: string;
  arn: string;
  uri: string;
  createdAt: Date;
  /** Images (only counted: DeleteRepository without force refuses a repository that holds some). */
  imageCount: number;
}

export interface FakeTemplate extends FakeRepositorySettings {
  prefix: string;
  description?: string;
  appliedFor: string[];
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

export class FakeEcr {
  readonly client: ECRClient;
  readonly service: FakeService;
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
    log: CallLog,
    /** The account's KMS aliases (ECR resolves an alias to its key and reports the key's ARN). */
    private readonly kmsAlias: (alias: string) => string | undefined = () => undefined,
  ) {
    this.client = new ECRClient({ region, credentials: { accessKeyId: 'fake', secretAccessKey: 'fake' } });
    this.service = new FakeService(this.client, 'ecr', log);
    serveEcr(this);
  }

  page<T>(all: T[], token: string | undefined, max: number | undefined) {
    const start = token ? Number(token) : 0;
    if (!Number.isInteger(start) || start < 0 || start > all.length) invalid('nextToken is not valid');
    const size = Math.min(max ?? 1000, this.pageSize);
    const page = all.slice(start, start + size);
    return { page, nextToken: start + size < all.length ? String(start + size) : undefined };
  }

  repo(name: string | undefined): FakeRepository {
    const repo = this.repositories.get(name ?? '');
    if (!repo) {
      fail(
        'RepositoryNotFoundException',
        `The repository with name '${name}' does not exist in the registry with id '${this.accountId}'`,
      );
    }
    return repo;
  }

  /** A repository's lifecycle or repository policy, or ECR's not-found error for it. */
  policyOf(repo: FakeRepository, which: 'lifecyclePolicy' | 'repositoryPolicy'): string {
    const text = repo[which];
    if (text !== undefined) return text;
    if (which === 'lifecyclePolicy')
      fail('LifecyclePolicyNotFoundException', `Lifecycle policy does not exist for the repository ${repo.name}`);
    fail('RepositoryPolicyNotFoundException', `Repository policy does not exist for the repository ${repo.name}`);
  }

  repoByArn(arn: string | undefined): FakeRepository {
    const prefix = `arn:aws:ecr:${this.region}:${this.accountId}:repository/`;
    if (!arn?.startsWith(prefix))
      invalid(`Invalid parameter at 'resourceArn': "${arn}" is not a repository ARN of this registry`);
    return this.repo(arn?.slice(prefix.length));
  }

  describe(r: FakeRepository) {
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

  encryption(config: { encryptionType?: string; kmsKey?: string } | undefined) {
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

  createRepository(i: CreateRepositoryCommand['input']) {
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

  describeRepositories(i: DescribeRepositoriesCommand['input']) {
    if (i.repositoryNames?.length) {
      return { repositories: i.repositoryNames.map((n) => this.describe(this.repo(n))) };
    }
    const all = [...this.repositories.values()].sort((a, b) => a.name.localeCompare(b.name));
    const { page, nextToken } = this.page(all, i.nextToken, i.maxResults);
    return { repositories: page.map((r) => this.describe(r)), nextToken };
  }

  createPullThroughRule(i: CreatePullThroughCacheRuleCommand['input']) {
    const prefix = validatePrefix(i.ecrRepositoryPrefix, 'ecrRepositoryPrefix');
    const url = i.upstreamRegistryUrl ?? '';
    const upstream = upstreamOf(i);
    if (this.pullThroughRules.has(prefix))
      fail(
        'PullThroughCacheRuleAlreadyExistsException',
        `A pull through cache rule with prefix ${prefix} already exists`,
      );
    if ([...this.pullThroughRules.keys()].some((p) => p.startsWith(`${prefix}/`) || prefix.startsWith(`${p}/`))) {
      invalid(`the prefix ${prefix} overlaps an existing pull through cache rule`);
    }
    checkCredential(upstream, i.credentialArn, this.secrets);
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

  describeTemplate(t: FakeTemplate) {
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
