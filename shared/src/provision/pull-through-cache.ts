import { ConfigurationError } from '../runtime/errors';
import type { Policy } from '../policy';
import type { PullThroughCacheRuleState } from './types';

/** An upstream ECR can cache: the API's `upstreamRegistry` value, its URL, and whether it needs a secret. */
export interface PullThroughUpstream {
  upstreamRegistry: string;
  url: string;
  credentials: 'required' | 'optional' | 'none';
}

/** The upstreams of CreatePullThroughCacheRule, by the name the policy uses. */
export const UPSTREAMS: Record<string, PullThroughUpstream> = {
  'ecr-public': { upstreamRegistry: 'ecr-public', url: 'public.ecr.aws', credentials: 'none' },
  'docker-hub': { upstreamRegistry: 'docker-hub', url: 'registry-1.docker.io', credentials: 'required' },
  quay: { upstreamRegistry: 'quay', url: 'quay.io', credentials: 'none' },
  k8s: { upstreamRegistry: 'k8s', url: 'registry.k8s.io', credentials: 'none' },
  github: { upstreamRegistry: 'github-container-registry', url: 'ghcr.io', credentials: 'required' },
  gitlab: { upstreamRegistry: 'gitlab-container-registry', url: 'registry.gitlab.com', credentials: 'required' },
  azure: { upstreamRegistry: 'azure-container-registry', url: '<registry>.azurecr.io', credentials: 'required' },
  chainguard: { upstreamRegistry: 'chainguard', url: 'cgr.dev', credentials: 'optional' },
};

/** Secrets Manager secrets ECR reads upstream credentials from must be named with this prefix. */
export const PULL_THROUGH_SECRET_PREFIX = 'ecr-pullthroughcache/';

const AZURE_HOST = /^[a-z0-9]{5,50}\.azurecr\.io$/;

function resolveUpstream(upstream: string): { name: string; upstream: PullThroughUpstream; url: string } {
  const value = upstream.trim().toLowerCase();
  if (AZURE_HOST.test(value)) return { name: 'azure', upstream: UPSTREAMS.azure, url: value };
  const byName = UPSTREAMS[value];
  if (byName && value !== 'azure') return { name: value, upstream: byName, url: byName.url };
  const byUrl = Object.entries(UPSTREAMS).find(([, u]) => u.url === value);
  if (byUrl) return { name: byUrl[0], upstream: byUrl[1], url: byUrl[1].url };
  if (value === 'azure') {
    throw new ConfigurationError(
      'registry.pullThroughCache: upstream azure needs the registry host; write upstream: <name>.azurecr.io',
    );
  }
  const known = Object.keys(UPSTREAMS).join(', ');
  throw new ConfigurationError(
    `registry.pullThroughCache: ECR cannot cache "${upstream}" (it caches only ${known}); ` +
      `copy its images with registry.mirrors instead (source: ${upstream}/<image>, target: thirdparty/<image>)`,
  );
}

/** The secret's ARN from a name or an ARN; a name becomes a partial ARN, which ECR and Secrets Manager accept. */
export function credentialArnFor(secret: string, ctx: { accountId: string; region: string }): string {
  const name = secret.startsWith('arn:') ? secret.replace(/^arn:[^:]+:secretsmanager:[^:]*:\d*:secret:/, '') : secret;
  if (!name.startsWith(PULL_THROUGH_SECRET_PREFIX)) {
    throw new ConfigurationError(
      `registry.pullThroughCache: the credential secret "${secret}" must be named ${PULL_THROUGH_SECRET_PREFIX}...; ECR reads upstream credentials only from such secrets`,
    );
  }
  return secret.startsWith('arn:') ? secret : `arn:aws:secretsmanager:${ctx.region}:${ctx.accountId}:secret:${name}`;
}

/** The pull-through cache rules the policy asks for, each checked against what ECR accepts. */
export function pullThroughCacheRules(
  policy: Policy,
  ctx: { accountId: string; region: string },
): PullThroughCacheRuleState[] {
  return policy.registry.pullThroughCache.map((entry) => {
    const { name, upstream, url } = resolveUpstream(entry.upstream);
    const prefix = entry.prefix ?? name;
    if (upstream.credentials === 'required' && !entry.credentialSecret) {
      throw new ConfigurationError(
        `registry.pullThroughCache: upstream ${entry.upstream} needs credentialSecret, a Secrets Manager secret named ${PULL_THROUGH_SECRET_PREFIX}${name}`,
      );
    }
    if (upstream.credentials === 'none' && entry.credentialSecret) {
      throw new ConfigurationError(
        `registry.pullThroughCache: upstream ${entry.upstream} is public and takes no credentialSecret; remove it`,
      );
    }
    const rule: PullThroughCacheRuleState = {
      prefix,
      upstreamRegistry: upstream.upstreamRegistry,
      upstreamRegistryUrl: url,
    };
    if (entry.credentialSecret) rule.credentialArn = credentialArnFor(entry.credentialSecret, ctx);
    return rule;
  });
}
