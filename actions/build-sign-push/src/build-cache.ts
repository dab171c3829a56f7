import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { BasicCredentials } from '../../../shared/src/oci/auth';
import type { BuildCacheSpec, CacheUse } from '../../../shared/src/oci/build';
import type { RegistrySession } from '../../../shared/src/oci/session';
import type { BuildCacheType, Policy } from '../../../shared/src/policy';
import { buildCacheRepository } from '../../../shared/src/policy/build-cache';
import { ConfigurationError } from '../../../shared/src/runtime/errors';
import type { Logger } from '../../../shared/src/runtime/logger';

export interface CacheContext {
  policy: Policy;
  /** The image repository being built for. */
  repository: string;
  session: RegistrySession;
  /** The registry speaks plain http (a `registry` input such as http://127.0.0.1:5000). */
  insecure: boolean;
  /** A private directory for the cache login (removed with the work directory). */
  dir: string;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  /** A dry run reads the cache and writes nothing to it. */
  dryRun?: boolean;
}

/** What the summary and the log say of the cache. */
export interface CacheReport {
  type: BuildCacheType;
  /** registry: the cache repository; gha: the cache scope. */
  location?: string;
  use?: CacheUse;
}

/** A docker config (also buildah's auth file format) with one registry login added over the existing one. */
export function dockerConfigWithLogin(existing: string | undefined, host: string, login: BasicCredentials): string {
  let config: { auths?: Record<string, unknown>; credHelpers?: Record<string, string> } = {};
  try {
    config = existing ? (JSON.parse(existing) as typeof config) : {};
  } catch {
    config = {};
  }
  const auth = Buffer.from(`${login.username}:${login.password}`).toString('base64');
  // A credential helper for the host would take precedence over the login written here.
  const credHelpers = Object.fromEntries(Object.entries(config.credHelpers ?? {}).filter(([h]) => h !== host));
  return JSON.stringify({ ...config, credHelpers, auths: { ...(config.auths ?? {}), [host]: { auth } } });
}

/**
 * Writes the cache login into `dir`/config.json (0600): the user's docker config with the registry's login added,
 * and the user's buildx state linked in, so buildx keeps its builders while it reads this config.
 */
function writeCacheLogin(ctx: CacheContext, login: BasicCredentials): string {
  const userConfig = ctx.env.DOCKER_CONFIG || join(ctx.env.HOME || homedir(), '.docker');
  const existingFile = join(userConfig, 'config.json');
  const existing = existsSync(existingFile) ? readFileSync(existingFile, 'utf8') : undefined;
  mkdirSync(ctx.dir, { recursive: true, mode: 0o700 });
  writeFileSync(join(ctx.dir, 'config.json'), dockerConfigWithLogin(existing, ctx.session.host, login), {
    mode: 0o600,
  });
  const buildxState = join(userConfig, 'buildx');
  if (existsSync(buildxState) && !existsSync(join(ctx.dir, 'buildx')))
    symlinkSync(buildxState, join(ctx.dir, 'buildx'));
  return ctx.dir;
}

/**
 * The builder's layer cache for this run: `registry` in the cache repository beside the image repository (never
 * the image repository: its tags are immutable), `gha` in GitHub's Actions cache (scoped by repository, its token
 * masked), or none.
 */
export async function buildCacheFor(type: BuildCacheType, ctx: CacheContext): Promise<BuildCacheSpec | undefined> {
  if (type === 'none') return undefined;
  if (type === 'gha') {
    if (ctx.env.ACTIONS_RUNTIME_TOKEN) ctx.logger.setSecret(ctx.env.ACTIONS_RUNTIME_TOKEN);
    return { type: 'gha', scope: ctx.repository, ...(ctx.dryRun ? { readOnly: true } : {}) };
  }
  if (ctx.session.ecr && ctx.policy.registry.buildCache.type !== 'registry') {
    // ECR has no repository until provision-repo creates it, and the push role's documents name none.
    throw new ConfigurationError(
      `Input 'cache' is registry, but the policy's registry.buildCache.type is ${ctx.policy.registry.buildCache.type}, so provision-repo created no cache repository for ${ctx.repository} (nor did the IAM documents grant one). Set registry.buildCache.type: registry in the policy and run provision-repo, or set 'cache' to none.`,
    );
  }
  const cacheRepository = buildCacheRepository(ctx.policy, ctx.repository);
  const login = await ctx.session.credentials?.();
  return {
    type: 'registry',
    ref: `${ctx.session.host}/${cacheRepository}`,
    insecure: ctx.insecure,
    ...(ctx.dryRun ? { readOnly: true } : {}),
    ...(login ? { authDir: writeCacheLogin(ctx, login) } : {}),
  };
}

/** The cache's place, as the summary names it. */
export function cacheReportOf(type: BuildCacheType, spec: BuildCacheSpec | undefined, use?: CacheUse): CacheReport {
  const location = spec?.type === 'registry' ? spec.ref : spec?.type === 'gha' ? `scope ${spec.scope}` : undefined;
  return { type, ...(location ? { location } : {}), ...(use ? { use } : {}) };
}
