/** An upstream ECR can cache: its URL, the API's `upstreamRegistry` value, and whether it needs a secret. */
export interface PullThroughUpstream {
  url: string;
  upstreamRegistry: string;
  credentials: 'required' | 'optional' | 'none';
}

/** Upstream registries ECR pull-through cache supports, by the name the policy uses. */
export const PULL_THROUGH_UPSTREAMS: Record<string, PullThroughUpstream> = {
  'ecr-public': { url: 'public.ecr.aws', upstreamRegistry: 'ecr-public', credentials: 'none' },
  'docker-hub': { url: 'registry-1.docker.io', upstreamRegistry: 'docker-hub', credentials: 'required' },
  quay: { url: 'quay.io', upstreamRegistry: 'quay', credentials: 'none' },
  k8s: { url: 'registry.k8s.io', upstreamRegistry: 'k8s', credentials: 'none' },
  github: { url: 'ghcr.io', upstreamRegistry: 'github-container-registry', credentials: 'required' },
  gitlab: { url: 'registry.gitlab.com', upstreamRegistry: 'gitlab-container-registry', credentials: 'required' },
  azure: { url: '<registry>.azurecr.io', upstreamRegistry: 'azure-container-registry', credentials: 'required' },
  chainguard: { url: 'cgr.dev', upstreamRegistry: 'chainguard', credentials: 'optional' },
};

/** Secrets Manager secrets that ECR reads upstream credentials from must be named with this prefix. */
export const CREDENTIAL_SECRET_PREFIX = 'ecr-pullthroughcache/';

const AZURE_HOST = /^[a-z0-9]{5,50}\.azurecr\.io$/;
// Google's registries cannot be pull-through upstreams: their images are copied with registry.mirrors.
const GOOGLE_REGISTRY = /(^|\.)gcr\.io$|^gcr$|(^|\.)pkg\.dev$/;

export type ResolvedUpstream = ({ name: string } & PullThroughUpstream) | { problem: string };

/** The upstream a policy names, by its short name or its host (`quay.io`, `<name>.azurecr.io`), or why it cannot be. */
export function resolvePullThroughUpstream(upstream: string): ResolvedUpstream {
  const value = upstream.trim().toLowerCase();
  if (GOOGLE_REGISTRY.test(value)) {
    return {
      problem: `ECR pull-through cache cannot use ${upstream} as upstream; copy its images with registry.mirrors (source ${upstream}/..., target thirdparty/...)`,
    };
  }
  if (AZURE_HOST.test(value)) return { name: 'azure', ...PULL_THROUGH_UPSTREAMS.azure, url: value };
  if (value === 'azure')
    return { problem: 'upstream azure needs the registry host; write upstream: <name>.azurecr.io' };
  const byName = PULL_THROUGH_UPSTREAMS[value];
  if (byName) return { name: value, ...byName };
  const byUrl = Object.entries(PULL_THROUGH_UPSTREAMS).find(([, u]) => u.url === value);
  if (byUrl) return { name: byUrl[0], ...byUrl[1] };
  return {
    problem: `ECR cannot cache "${upstream}"; allowed: ${Object.keys(PULL_THROUGH_UPSTREAMS).join(', ')} (or their hosts); copy other registries' images with registry.mirrors`,
  };
}

/** The secret's name, from a name or a Secrets Manager ARN. */
export function credentialSecretName(secret: string): string {
  return secret.replace(/^arn:[^:]+:secretsmanager:[^:]*:\d*:secret:/, '');
}
