import { ConfigurationError } from '../../../../shared/src/runtime/errors';
import type { Policy } from '../../../../shared/src/policy';
import {
  CREDENTIAL_SECRET_PREFIX,
  credentialSecretName,
  resolvePullThroughUpstream,
  type PullThroughUpstream,
} from '../../../../shared/src/policy/pull-through';
import type { PullThroughCacheRuleState } from './types';

/** The upstream a policy names, resolved by the policy library, or the policy library's reason why not. */
function resolveUpstream(upstream: string): { name: string; upstream: PullThroughUpstream; url: string } {
  const resolved = resolvePullThroughUpstream(upstream);
  if ('problem' in resolved) throw new ConfigurationError(`registry.pullThroughCache: ${resolved.problem}`);
  return { name: resolved.name, upstream: resolved, url: resolved.url };
}

/** The secret's ARN from a name or an ARN; a name becomes a partial ARN, which ECR and Secrets Manager accept. */
export function credentialArnFor(secret: string, ctx: { accountId: string; region: string }): string {
  const name = credentialSecretName(secret);
  if (!name.startsWith(CREDENTIAL_SECRET_PREFIX)) {
    throw new ConfigurationError(
      `registry.pullThroughCache: the credential secret "${secret}" must be named ${CREDENTIAL_SECRET_PREFIX}...; ECR reads upstream credentials only from such secrets`,
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
        `registry.pullThroughCache: upstream ${entry.upstream} needs credentialSecret, a Secrets Manager secret named ${CREDENTIAL_SECRET_PREFIX}${name}`,
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
