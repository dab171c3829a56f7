import * as api from '@aws-sdk/client-ecr';
import { fail } from './calls';
import type { FakeEcr } from './ecr';
import {
  checkCredential,
  invalid,
  lifecyclePolicyProblem,
  replicationRules,
  scanningConfiguration,
  templateOf,
  validateMutability,
  validatePolicyText,
  validatePrefix,
  validateTags,
} from './ecr-rules';

/** The ECR control-plane commands the fake answers, by area, each on the fake's state under ECR's rules. */
export function serveEcr(ecr: FakeEcr): void {
  serveRepositories(ecr);
  servePolicies(ecr);
  serveRegistry(ecr);
  servePullThroughRules(ecr);
  serveTemplates(ecr);
}

/** Repositories: create, describe, delete, tags, tag mutability. */
function serveRepositories(ecr: FakeEcr): void {
  ecr.service.on(api.CreateRepositoryCommand, (i) => ecr.createRepository(i));
  ecr.service.on(api.DescribeRepositoriesCommand, (i) => ecr.describeRepositories(i));
  ecr.service.on(api.DeleteRepositoryCommand, (i) => {
    const repo = ecr.repo(i.repositoryName);
    if (repo.imageCount > 0 && !i.force)
      fail(
        'RepositoryNotEmptyException',
        `The repository ${repo.name} cannot be deleted because it still contains images`,
      );
    ecr.repositories.delete(repo.name);
    return { repository: ecr.describe(repo) };
  });
  ecr.service.on(api.ListTagsForResourceCommand, (i) => ({
    tags: Object.entries(ecr.repoByArn(i.resourceArn).tags).map(([Key, Value]) => ({ Key, Value })),
  }));
  ecr.service.on(api.TagResourceCommand, (i) => {
    const repo = ecr.repoByArn(i.resourceArn);
    const merged = { ...repo.tags, ...validateTags(i.tags) };
    if (Object.keys(merged).length > 50) fail('TooManyTagsException', 'at most 50 tags');
    repo.tags = merged;
    return {};
  });
  ecr.service.on(api.UntagResourceCommand, (i) => {
    const repo = ecr.repoByArn(i.resourceArn);
    for (const k of i.tagKeys ?? []) delete repo.tags[k];
    return {};
  });
  ecr.service.on(api.PutImageTagMutabilityCommand, (i) => {
    const repo = ecr.repo(i.repositoryName);
    const m = validateMutability(i.imageTagMutability, i.imageTagMutabilityExclusionFilters);
    repo.imageTagMutability = m.imageTagMutability;
    repo.exclusionFilters = m.exclusionFilters;
    return { repositoryName: repo.name, imageTagMutability: repo.imageTagMutability };
  });
}

/** A repository's lifecycle and repository policies. */
function servePolicies(ecr: FakeEcr): void {
  ecr.service.on(api.PutLifecyclePolicyCommand, (i) => {
    const repo = ecr.repo(i.repositoryName);
    const problem = lifecyclePolicyProblem(i.lifecyclePolicyText ?? '');
    if (problem) invalid(`Invalid parameter at 'LifecyclePolicyText' failed to satisfy constraint: '${problem}'`);
    repo.lifecyclePolicy = i.lifecyclePolicyText;
    return { repositoryName: repo.name, lifecyclePolicyText: repo.lifecyclePolicy };
  });
  ecr.service.on(api.GetLifecyclePolicyCommand, (i) => {
    const repo = ecr.repo(i.repositoryName);
    return { repositoryName: repo.name, lifecyclePolicyText: ecr.policyOf(repo, 'lifecyclePolicy') };
  });
  ecr.service.on(api.DeleteLifecyclePolicyCommand, (i) => {
    const repo = ecr.repo(i.repositoryName);
    const text = ecr.policyOf(repo, 'lifecyclePolicy');
    repo.lifecyclePolicy = undefined;
    return { repositoryName: repo.name, lifecyclePolicyText: text };
  });
  ecr.service.on(api.SetRepositoryPolicyCommand, (i) => {
    const repo = ecr.repo(i.repositoryName);
    validatePolicyText(i.policyText ?? '');
    repo.repositoryPolicy = i.policyText;
    return { repositoryName: repo.name, policyText: repo.repositoryPolicy };
  });
  ecr.service.on(api.GetRepositoryPolicyCommand, (i) => {
    const repo = ecr.repo(i.repositoryName);
    return { repositoryName: repo.name, policyText: ecr.policyOf(repo, 'repositoryPolicy') };
  });
  ecr.service.on(api.DeleteRepositoryPolicyCommand, (i) => {
    const repo = ecr.repo(i.repositoryName);
    ecr.policyOf(repo, 'repositoryPolicy');
    repo.repositoryPolicy = undefined;
    return { repositoryName: repo.name };
  });
}

/** The registry's scanning and replication configurations. */
function serveRegistry(ecr: FakeEcr): void {
  ecr.service.on(api.GetRegistryScanningConfigurationCommand, () => ({
    registryId: ecr.accountId,
    scanningConfiguration: structuredClone(ecr.scanning),
  }));
  ecr.service.on(api.PutRegistryScanningConfigurationCommand, (i) => {
    ecr.scanning = scanningConfiguration(i);
    return { registryScanningConfiguration: structuredClone(ecr.scanning) };
  });
  ecr.service.on(api.DescribeRegistryCommand, () => ({
    registryId: ecr.accountId,
    replicationConfiguration: { rules: structuredClone(ecr.replication) as never },
  }));
  ecr.service.on(api.PutReplicationConfigurationCommand, (i) => {
    ecr.replication = replicationRules(i, ecr.region, ecr.accountId);
    return { replicationConfiguration: { rules: structuredClone(ecr.replication) as never } };
  });
}

/** Pull-through cache rules. */
function servePullThroughRules(ecr: FakeEcr): void {
  ecr.service.on(api.CreatePullThroughCacheRuleCommand, (i) => ecr.createPullThroughRule(i));
  ecr.service.on(api.DescribePullThroughCacheRulesCommand, (i) => {
    const all = [...ecr.pullThroughRules.values()].filter(
      (r) => !i.ecrRepositoryPrefixes || i.ecrRepositoryPrefixes.includes(r.prefix),
    );
    const { page, nextToken } = ecr.page(all, i.nextToken, i.maxResults);
    return {
      pullThroughCacheRules: page.map((r) => ({
        ecrRepositoryPrefix: r.prefix,
        upstreamRegistry: r.upstreamRegistry as never,
        upstreamRegistryUrl: r.upstreamRegistryUrl,
        credentialArn: r.credentialArn,
        registryId: ecr.accountId,
      })),
      nextToken,
    };
  });
  ecr.service.on(api.UpdatePullThroughCacheRuleCommand, (i) => {
    const rule = ecr.pullThroughRules.get(i.ecrRepositoryPrefix ?? '');
    if (!rule)
      fail('PullThroughCacheRuleNotFoundException', `no pull through cache rule for prefix ${i.ecrRepositoryPrefix}`);
    checkCredential(rule.upstreamRegistry, i.credentialArn, ecr.secrets);
    rule.credentialArn = i.credentialArn;
    return { ecrRepositoryPrefix: rule.prefix, credentialArn: rule.credentialArn };
  });
  ecr.service.on(api.DeletePullThroughCacheRuleCommand, (i) => {
    if (!ecr.pullThroughRules.delete(i.ecrRepositoryPrefix ?? ''))
      fail('PullThroughCacheRuleNotFoundException', 'no such rule');
    return { ecrRepositoryPrefix: i.ecrRepositoryPrefix };
  });
}

/** Repository creation templates. */
function serveTemplates(ecr: FakeEcr): void {
  ecr.service.on(api.CreateRepositoryCreationTemplateCommand, (i) => {
    const prefix = validatePrefix(i.prefix, 'template prefix');
    if (ecr.templates.has(prefix)) fail('TemplateAlreadyExistsException', `a template for prefix ${prefix} exists`);
    const template = templateOf(prefix, i);
    ecr.templates.set(prefix, template);
    return { registryId: ecr.accountId, repositoryCreationTemplate: ecr.describeTemplate(template) };
  });
  ecr.service.on(api.UpdateRepositoryCreationTemplateCommand, (i) => {
    const current = ecr.templates.get(i.prefix ?? '');
    if (!current) fail('TemplateNotFoundException', `no template for prefix ${i.prefix}`);
    const template = templateOf(current.prefix, {
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
    ecr.templates.set(template.prefix, template);
    return { registryId: ecr.accountId, repositoryCreationTemplate: ecr.describeTemplate(template) };
  });
  ecr.service.on(api.DescribeRepositoryCreationTemplatesCommand, (i) => {
    const all = [...ecr.templates.values()].filter((t) => !i.prefixes || i.prefixes.includes(t.prefix));
    const { page, nextToken } = ecr.page(all, i.nextToken, i.maxResults);
    return {
      registryId: ecr.accountId,
      repositoryCreationTemplates: page.map((t) => ecr.describeTemplate(t)),
      nextToken,
    };
  });
}
