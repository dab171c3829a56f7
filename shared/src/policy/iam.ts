import type { Policy } from './schema';
import { repositoryPattern } from './naming';
import { renderTemplate } from './template';

/** Exactly what a cross-account puller needs, nothing more. */
export const CROSS_ACCOUNT_PULL_ACTIONS = [
  'ecr:BatchGetImage',
  'ecr:GetDownloadUrlForLayer',
  'ecr:BatchCheckLayerAvailability',
];

/**
 * What a CI pipeline needs to push: the Piksel blueprint's list, plus ecr:BatchGetImage, because
 * build-sign-push reads what each tag points at before writing it (an immutable tag is never overwritten,
 * and a re-run finds its tags already in place).
 */
export const PUSH_ACTIONS = [
  'ecr:PutImage',
  'ecr:BatchGetImage',
  'ecr:InitiateLayerUpload',
  'ecr:UploadLayerPart',
  'ecr:CompleteLayerUpload',
  'ecr:BatchCheckLayerAvailability',
  'ecr:BatchDeleteImage',
  'ecr:DescribeImages',
];

/** Added when the policy signs: signing reads the pushed manifest and extends existing signatures. */
export const SIGNING_READ_ACTIONS = ['ecr:GetDownloadUrlForLayer'];

export const PULL_ACTIONS = ['ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage', 'ecr:BatchCheckLayerAvailability'];

export const DEVELOPER_READ_ACTIONS = [
  'ecr:GetDownloadUrlForLayer',
  'ecr:BatchGetImage',
  'ecr:BatchCheckLayerAvailability',
  'ecr:DescribeRepositories',
  'ecr:DescribeImages',
  'ecr:ListImages',
];

export interface PolicyStatement {
  Sid: string;
  Effect: 'Allow' | 'Deny';
  Principal?: { AWS: string | string[] };
  Action: string | string[];
  Resource?: string | string[];
  Condition?: Record<string, Record<string, string | string[]>>;
}

export interface PolicyDocument {
  Version: '2012-10-17';
  Statement: PolicyStatement[];
}

/** The CI role's ECR actions: the push list, and the reads signing needs when the policy signs. */
export function pushActions(policy: Policy): string[] {
  return policy.signing.method === 'none' ? PUSH_ACTIONS : [...PUSH_ACTIONS, ...SIGNING_READ_ACTIONS];
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
      Action: [...PUSH_ACTIONS, ...SIGNING_READ_ACTIONS],
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

/** Repository ARNs covering the system's repositories: each name pattern with its placeholders as wildcards. */
function repositoryArns(policy: Policy, ctx: IamContext): string[] {
  const patterns = [repositoryPattern(policy), ...policy.registry.mirrors.map((m) => m.target)];
  if (policy.registry.charts) patterns.push(policy.registry.charts);
  const names = patterns.map((p) => renderTemplate(p, { system: policy.system }).replace(/\{[^{}]*\}/g, '*'));
  return [...new Set(names)].map((n) => `arn:aws:ecr:${ctx.region}:${ctx.accountId}:repository/${n}`);
}

/**
 * IAM policy documents for the roles around the registry: `ci-push` (the GitHub OIDC role), `pull` (EKS/IRSA) and
 * `developer-read`. Each is scoped twice: to the system's repository ARNs and by ABAC, a principal reaching only
 * repositories whose `<key>` tag equals its own `<key>` tag and the package prefix named by that tag.
 */
export function iamPolicyDocuments(policy: Policy, ctx: IamContext): Record<string, PolicyDocument> {
  const key = policy.iam.principalTagKey;
  const principalTag = `\${aws:PrincipalTag/${key}}`;
  const resources = repositoryArns(policy, ctx);
  const abac = { StringEquals: { [`ecr:ResourceTag/${key}`]: principalTag } };
  const bucket = ctx.bucket ?? policy.packages.bucket;
  // The prefix by principal tag: a role tagged for system A lists and reads only A's packages.
  const prefix = renderTemplate(policy.packages.prefix, { system: principalTag }).replace(/^\/+|\/+$/g, '');

  const ecr = (sid: string, actions: string[]): PolicyStatement => ({
    Sid: sid,
    Effect: 'Allow',
    Action: actions,
    Resource: resources,
    Condition: abac,
  });
  // GetAuthorizationToken has no resource-level scope: it must be granted on "*".
  const token: PolicyStatement = {
    Sid: 'EcrAuthorizationToken',
    Effect: 'Allow',
    Action: 'ecr:GetAuthorizationToken',
    Resource: '*',
  };
  const s3 = (sid: string, actions: string[]): PolicyStatement[] =>
    bucket
      ? [
          { Sid: `${sid}Objects`, Effect: 'Allow', Action: actions, Resource: `arn:aws:s3:::${bucket}/${prefix}/*` },
          {
            Sid: `${sid}List`,
            Effect: 'Allow',
            Action: 's3:ListBucket',
            Resource: `arn:aws:s3:::${bucket}`,
            Condition: { StringLike: { 's3:prefix': [prefix, `${prefix}/*`] } },
          },
        ]
      : [];
  const doc = (statements: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement: statements });
  return {
    'ci-push': doc([
      ecr('EcrPush', pushActions(policy)),
      token,
      ...s3('PackagesPublish', ['s3:PutObject', 's3:GetObject', 's3:AbortMultipartUpload']),
    ]),
    pull: doc([ecr('EcrPull', PULL_ACTIONS), token, ...s3('PackagesRead', ['s3:GetObject'])]),
    'developer-read': doc([ecr('EcrRead', DEVELOPER_READ_ACTIONS), token, ...s3('PackagesRead', ['s3:GetObject'])]),
  };
}
