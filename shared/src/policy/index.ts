export * from './schema';
export { DEFAULT_POLICY_PATH, MAX_POLICY_BYTES, PolicyError, formatPath, loadPolicy, parsePolicy } from './loader';
export type { LocatedPolicyIssue } from './loader';
export {
  ECR_REPOSITORY_NAME,
  chartRepositoryName,
  isValidRepositoryName,
  managedRepositories,
  mirrorTarget,
  normalizeImageSource,
  packagePrefix,
  prefixWithinSystem,
  repositoryName,
  repositoryNameProblem,
  repositoryPattern,
} from './naming';
export type { ManagedRepository, RepositoryTarget } from './naming';
export {
  OCI_TAG,
  buildSourceOf,
  computeImageTags,
  isTagMutable,
  matchesWildcard,
  sanitizeTagPart,
  tagMutabilitySettings,
} from './tags';
export type { BuildSource, ImageTag, TagMutabilitySettings, TagTarget } from './tags';
export { resolveTagMutability, tagMutabilityExceptions } from './tag-mutability';
export type { ResolvedTagMutability } from './tag-mutability';
export { crossFieldIssues } from './validate';
export {
  CREDENTIAL_SECRET_PREFIX,
  PULL_THROUGH_UPSTREAMS,
  credentialSecretName,
  resolvePullThroughUpstream,
} from './pull-through';
export type { ResolvedUpstream } from './pull-through';
export type { PolicyIssue, PolicyPath } from './validate';
