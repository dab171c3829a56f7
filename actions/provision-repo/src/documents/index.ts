/** The documents provision-repo writes: IAM role and repository policies, lifecycle policies, the bucket policy. */
export { buildCacheLifecyclePolicy, lifecyclePolicyFor, lifecycleRulesFor } from './lifecycle';
export type { LifecycleRule, LifecycleSelection } from './lifecycle';
export {
  GITHUB_OIDC_PROVIDER,
  consumerTrustPolicy,
  iamPolicyDocuments,
  registryRoleDocuments,
  repositoryPolicyFor,
} from './iam';
export type { GitHubTrustContext, IamContext, PolicyDocument, PolicyStatement, RoleDocuments } from './iam';
export {
  ACTION_PERMISSIONS,
  CROSS_ACCOUNT_PULL_ACTIONS,
  NEEDS,
  ROLE_NAMES,
  ROLE_PERMISSIONS,
  ACCOUNT_WIDE_SCOPES,
  REGISTRY_ROLE_NAMES,
  REGISTRY_ROLE_PERMISSIONS,
  actionsOn,
  applicable,
} from './permissions';
export type { CallingAction, Need, Permission, RegistryRoleName, RoleName, Scope } from './permissions';
