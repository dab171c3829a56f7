import { kmsAliasOf } from '../../../../shared/src/policy/formats';
import type { Policy } from '../../../../shared/src/policy/schema';
import { buildCacheRepositoryPattern } from '../../../../shared/src/policy/build-cache';
import { repositoryPattern } from '../../../../shared/src/policy/naming';
import { renderTemplate } from '../../../../shared/src/policy/template';
import { parseKeyReference } from '../../../../shared/src/signing/key-reference';
import {
  CROSS_ACCOUNT_PULL_ACTIONS,
  REGISTRY_ROLE_PERMISSIONS,
  ROLE_PERMISSIONS,
  actionsOn,
  applicable,
  type Permission,
  type RegistryRoleName,
  type RoleName,
} from './permissions';

export interface PolicyStatement {
  Sid: string;
  Effect: 'Allow' | 'Deny';
  Principal?: { AWS?: string | string[]; Federated?: string };
  Action: string | string[];
  Resource?: string | string[];
  Condition?: Record<string, Record<string, string | string[]>>;
}

export interface PolicyDocument {
  Version: '2012-10-17';
  Statement: PolicyStatement[];
}

/** The repository policy: cross-account pull for `registry.pullAccounts`, push for `registry.pushRoleArn`. */
export function repositoryPolicyFor(policy: Policy): string | undefined {
  const { pullAccounts, pushRoleArn } = policy.registry;
  const statements: PolicyStatement[] = [];
  if (pullAccounts.length > 0) {
    statements.push({
      Sid: 'CrossAccountPull',
      Effect: 'Allow',
      Principal: { AWS: pullAccounts.map((id) => `arn:aws:iam::${id}:root`) },
      Action: CROSS_ACCOUNT_PULL_ACTIONS,
    });
  }
  if (pushRoleArn) {
    statements.push({
      Sid: 'CiPush',
      Effect: 'Allow',
      Principal: { AWS: pushRoleArn },
      Action: actionsOn(applicable(ROLE_PERMISSIONS['ci-push'], policy), 'repository'),
    });
  }
  if (statements.length === 0) return undefined;
  const document: PolicyDocument = { Version: '2012-10-17', Statement: statements };
  return JSON.stringify(document);
}

export interface IamContext {
  accountId: string;
  region: string;
  /** The package bucket; `packages.bucket` when absent. Without either, the documents cover ECR only. */
  bucket?: string;
}

/**
 * Repository ARNs covering the system's repositories (build cache repositories included): each name pattern with its
 * placeholders as wildcards.
 */
function repositoryArns(policy: Policy, ctx: IamContext): string[] {
  const patterns = [repositoryPattern(policy), ...policy.registry.mirrors.map((m) => m.target)];
  if (policy.registry.charts) patterns.push(policy.registry.charts);
  const cache = buildCacheRepositoryPattern(policy);
  if (cache) patterns.push(cache);
  const names = patterns.map((p) => renderTemplate(p, { system: policy.system }).replace(/\{[^{}]*\}/g, '*'));
  return [...new Set(names)].map((n) => `arn:aws:ecr:${ctx.region}:${ctx.accountId}:repository/${n}`);
}

interface Scoped {
  policy: Policy;
  ctx: IamContext;
  /** The role's permissions that apply to the policy. */
  permissions: Permission[];
}

const allow = (Sid: string, actions: string[], statement: Omit<PolicyStatement, 'Sid' | 'Effect' | 'Action'>) =>
  actions.length > 0 ? [{ Sid, Effect: 'Allow' as const, Action: actions, ...statement }] : [];

/** Repository actions, scoped to the system's repository ARNs and by ABAC to repositories tagged for the principal. */
function repositoryStatements({ policy, ctx, permissions }: Scoped, sid: string): PolicyStatement[] {
  const key = policy.iam.principalTagKey;
  return allow(sid, actionsOn(permissions, 'repository'), {
    Resource: repositoryArns(policy, ctx),
    Condition: { StringEquals: { [`ecr:ResourceTag/${key}`]: `\${aws:PrincipalTag/${key}}` } },
  });
}

/** Actions with no resource-level scope (GetAuthorizationToken, Inspector listings) can only be granted on "*". */
const accountStatements = ({ permissions }: Scoped): PolicyStatement[] =>
  allow('NoResourceScope', actionsOn(permissions, 'account'), { Resource: '*' });

/** The package prefix named by the principal's tag: a role tagged for system A reaches only A's packages. */
function packageStatements({ policy, ctx, permissions }: Scoped, sid: string): PolicyStatement[] {
  const bucket = ctx.bucket ?? policy.packages.bucket;
  if (!bucket) return [];
  const principalTag = `\${aws:PrincipalTag/${policy.iam.principalTagKey}}`;
  const prefix = renderTemplate(policy.packages.prefix, { system: principalTag }).replace(/^\/+|\/+$/g, '');
  return [
    ...allow(`${sid}Objects`, actionsOn(permissions, 'package-objects'), {
      Resource: `arn:aws:s3:::${bucket}/${prefix}/*`,
    }),
    ...allow(`${sid}List`, actionsOn(permissions, 'package-list'), {
      Resource: `arn:aws:s3:::${bucket}`,
      Condition: { StringLike: { 's3:prefix': [prefix, `${prefix}/*`] } },
    }),
  ];
}

/**
 * KMS keys by reference: a key ARN or id as the key's ARN; an alias through `kms:RequestAlias`, because IAM
 * authorises key operations on the key's ARN, never on an alias ARN (the signer calls KMS with the alias).
 */
function kmsStatements(sid: string, actions: string[], references: string[], ctx: IamContext): PolicyStatement[] {
  if (actions.length === 0 || references.length === 0) return [];
  const keyIds = references.map((r) => parseKeyReference(r)).flatMap((r) => (r.kind === 'kms' ? [r.keyId] : []));
  const keyArn = (id: string) => (id.startsWith('arn:') ? id : `arn:aws:kms:${ctx.region}:${ctx.accountId}:key/${id}`);
  const keys = keyIds.filter((id) => !kmsAliasOf(id)).map(keyArn);
  const aliases = keyIds.map(kmsAliasOf).filter((a): a is string => a !== undefined);
  return [
    ...(keys.length ? allow(`${sid}ByArn`, actions, { Resource: keys }) : []),
    ...(aliases.length
      ? allow(`${sid}ByAlias`, actions, {
          Resource: `arn:aws:kms:${ctx.region}:${ctx.accountId}:key/*`,
          Condition: { StringEquals: { 'kms:RequestAlias': aliases } },
        })
      : []),
  ];
}

/** The AWS Signer profile, by name (in the registry's account and region) or ARN. */
function signerStatements({ policy, ctx, permissions }: Scoped): PolicyStatement[] {
  const profile = policy.signing.profile;
  if (!profile) return [];
  const arn = profile.startsWith('arn:')
    ? profile.replace(/(\/signing-profiles\/[^/]+).*$/, '$1')
    : `arn:aws:signer:${ctx.region}:${ctx.accountId}:/signing-profiles/${profile}`;
  return allow('SignerProfile', actionsOn(permissions, 'signer-profile'), { Resource: arn });
}

const ROLE_SIDS: Record<RoleName, { ecr: string; packages: string }> = {
  'ci-push': { ecr: 'EcrPush', packages: 'PackagesPublish' },
  pull: { ecr: 'EcrPull', packages: 'PackagesRead' },
  'developer-read': { ecr: 'EcrRead', packages: 'PackagesRead' },
  consumer: { ecr: 'EcrRead', packages: 'PackagesInstall' },
};

function roleDocument(role: RoleName, given: Policy, ctx: IamContext): PolicyDocument {
  // The context's bucket is the package store even when the policy names none.
  const policy = { ...given, packages: { ...given.packages, bucket: ctx.bucket ?? given.packages.bucket } };
  const scoped: Scoped = { policy, ctx, permissions: applicable(ROLE_PERMISSIONS[role], policy) };
  const { signing } = policy;
  const signingKey = signing.method === 'kms' && signing.key ? [signing.key] : [];
  return {
    Version: '2012-10-17',
    Statement: [
      ...repositoryStatements(scoped, ROLE_SIDS[role].ecr),
      ...accountStatements(scoped),
      ...packageStatements(scoped, ROLE_SIDS[role].packages),
      ...kmsStatements('SigningKey', actionsOn(scoped.permissions, 'signing-key'), signingKey, ctx),
      ...kmsStatements('TrustedKeys', actionsOn(scoped.permissions, 'trusted-keys'), signing.trust.kmsKeys, ctx),
      ...signerStatements(scoped),
    ],
  };
}

/** The documents of the roles around the registry; a role with nothing to grant (`consumer` without a bucket) has none. */
export type RoleDocuments = Record<Exclude<RoleName, 'consumer'>, PolicyDocument> & { consumer?: PolicyDocument };

/**
 * IAM policy documents for the roles around the registry: `ci-push` (the GitHub OIDC role of build-sign-push,
 * publish-package and scan-gate), `pull` (EKS/IRSA), `developer-read` and `consumer` (setup-package-store's reads of
 * the package store), each granting exactly what `ROLE_PERMISSIONS` lists for the policy. Repository statements are
 * scoped twice: to the system's repository ARNs and by ABAC (a principal reaches only repositories whose `<key>` tag
 * equals its own); package statements to the prefix named by the principal's tag.
 */
export function iamPolicyDocuments(policy: Policy, ctx: IamContext): RoleDocuments {
  const consumer = roleDocument('consumer', policy, ctx);
  return {
    'ci-push': roleDocument('ci-push', policy, ctx),
    pull: roleDocument('pull', policy, ctx),
    'developer-read': roleDocument('developer-read', policy, ctx),
    ...(consumer.Statement.length > 0 ? { consumer } : {}),
  };
}

/** The OIDC provider of GitHub Actions, as IAM names its condition keys. */
export const GITHUB_OIDC_PROVIDER = 'token.actions.githubusercontent.com';

export interface GitHubTrustContext {
  accountId: string;
  /** The organisation (or user) that owns the repositories whose workflows may assume the role. */
  owner: string;
  /** The system's repositories as a wildcard (the repository-pattern input); every repository of the owner without it. */
  repositoryPattern?: string;
}

/**
 * The consumer role's trust policy: GitHub OIDC tokens for the audience `sts.amazonaws.com` from the owner's
 * repositories (the system's, when the repository pattern says which), on any ref, event or environment. What the
 * role reads is bounded by its tag, not by who assumes it; `sts:TagSession` is not allowed, so no session can carry a
 * tag of its own.
 */
export function consumerTrustPolicy(ctx: GitHubTrustContext): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'GitHubActionsConsumers',
        Effect: 'Allow',
        Principal: { Federated: `arn:aws:iam::${ctx.accountId}:oidc-provider/${GITHUB_OIDC_PROVIDER}` },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: { [`${GITHUB_OIDC_PROVIDER}:aud`]: 'sts.amazonaws.com' },
          StringLike: { [`${GITHUB_OIDC_PROVIDER}:sub`]: `repo:${ctx.owner}/${ctx.repositoryPattern ?? '*'}:*` },
        },
      },
    ],
  };
}

/** The system's tag on the principal, as a policy variable. */
const principalTagOf = (policy: Policy) => `\${aws:PrincipalTag/${policy.iam.principalTagKey}}`;

/**
 * provision-repo's own repository statements: reads that name an owner unconditioned (on the system's ARNs), creation
 * only with the principal's tag as request tag, tagging and every other change only on repositories already tagged
 * for the principal, and never to another value.
 */
function registryRepositoryStatements({ policy, ctx, permissions }: Scoped): PolicyStatement[] {
  const key = policy.iam.principalTagKey;
  const tag = principalTagOf(policy);
  const arns = repositoryArns(policy, ctx);
  const tagKeys = { 'aws:TagKeys': Object.keys({ ...policy.resourceTags, ManagedBy: '', [key]: '' }) };
  return [
    ...allow('ListRepositories', actionsOn(permissions, 'repository-listing'), {
      Resource: `arn:aws:ecr:${ctx.region}:${ctx.accountId}:repository/*`,
    }),
    ...allow('RepositoryOwner', actionsOn(permissions, 'repository-owner'), { Resource: arns }),
    ...allow('SystemRepositories', actionsOn(permissions, 'repository'), {
      Resource: arns,
      Condition: { StringEquals: { [`ecr:ResourceTag/${key}`]: tag } },
    }),
    ...allow('CreateTaggedForSystem', actionsOn(permissions, 'repository-create'), {
      Resource: arns,
      Condition: { StringEquals: { [`aws:RequestTag/${key}`]: tag }, 'ForAllValues:StringEquals': tagKeys },
    }),
    ...allow('RetagOwnRepositories', actionsOn(permissions, 'repository-tags'), {
      Resource: arns,
      // The request may leave the system's tag out (only a drifted tag is sent), never set it to another value.
      Condition: {
        StringEquals: { [`ecr:ResourceTag/${key}`]: tag },
        StringEqualsIfExists: { [`aws:RequestTag/${key}`]: tag },
        'ForAllValues:StringEquals': tagKeys,
      },
    }),
  ];
}

/** The account-wide registry settings, the shared bucket and the system's own managed IAM policies. */
function registrySharedStatements({ policy, ctx, permissions }: Scoped): PolicyStatement[] {
  const bucket = ctx.bucket ?? policy.packages.bucket;
  const names = Object.keys(ROLE_PERMISSIONS).map((r) => `artifacts-${policy.system}-${r}`);
  return [
    // IAM cannot split these per system: provision-repo merges them and refuses another system's rule or template.
    ...allow('AccountWideMergedByProvisionRepo', actionsOn(permissions, 'account'), { Resource: '*' }),
    ...(bucket
      ? allow('SharedBucketMergedByProvisionRepo', actionsOn(permissions, 'package-bucket'), {
          Resource: `arn:aws:s3:::${bucket}`,
        })
      : []),
    ...allow('SystemIamPolicies', actionsOn(permissions, 'role-policies'), {
      Resource: names.map((n) => `arn:aws:iam::${ctx.accountId}:policy/artifacts/${n}`),
    }),
    ...(policy.registry.templateRoleArn
      ? allow('PassTemplateRoleToEcr', actionsOn(permissions, 'template-role'), {
          Resource: policy.registry.templateRoleArn,
          Condition: { StringEquals: { 'iam:PassedToService': 'ecr.amazonaws.com' } },
        })
      : []),
    ...kmsStatements(
      'EncryptionKey',
      actionsOn(permissions, 'encryption-key-alias'),
      policy.registry.encryption.kmsKey ? [`awskms:///${policy.registry.encryption.kmsKey}`] : [],
      ctx,
    ),
  ];
}

/**
 * The documents of provision-repo's own roles: `registry-plan` (the reads a plan makes for this policy) and
 * `registry-apply` (those reads and the writes). Repository changes are ABAC-scoped to the principal's tag; the
 * registry-wide settings, the shared bucket's settings and its policy cannot be split per system in IAM
 * (Sids `AccountWideMergedByProvisionRepo`, `SharedBucketMergedByProvisionRepo`): provision-repo's merge keeps
 * other systems' rules and statements.
 */
export function registryRoleDocuments(given: Policy, ctx: IamContext): Record<RegistryRoleName, PolicyDocument> {
  const policy = { ...given, packages: { ...given.packages, bucket: ctx.bucket ?? given.packages.bucket } };
  const documentOf = (role: RegistryRoleName): PolicyDocument => {
    const scoped: Scoped = { policy, ctx, permissions: applicable(REGISTRY_ROLE_PERMISSIONS[role], policy) };
    return {
      Version: '2012-10-17',
      Statement: [...registryRepositoryStatements(scoped), ...registrySharedStatements(scoped)],
    };
  };
  return { 'registry-plan': documentOf('registry-plan'), 'registry-apply': documentOf('registry-apply') };
}
