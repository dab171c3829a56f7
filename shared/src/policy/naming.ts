import { ConfigurationError } from '../runtime/errors';
import type { Policy } from './schema';
import { placeholdersOf, renderTemplate } from './template';

import { ECR_REPOSITORY_NAME } from './formats';

export { ECR_REPOSITORY_NAME };

export const REPOSITORY_PLACEHOLDERS = ['system', 'service', 'environment'] as const;
export const CHART_PLACEHOLDERS = ['system', 'chart'] as const;
export const DEFAULT_CHART_PATTERN = '{system}/charts/{chart}';

/** Why `name` is not a valid ECR repository name, or undefined when it is. */
export function repositoryNameProblem(name: string): string | undefined {
  if (name.length < 2 || name.length > 256) return `"${name}" is ${name.length} characters; ECR allows 2 to 256`;
  if (!ECR_REPOSITORY_NAME.test(name)) {
    return `"${name}" is not a valid ECR repository name: lowercase letters and digits in segments separated by /, each segment's words joined by single . _ or -`;
  }
  return undefined;
}

export function isValidRepositoryName(name: string): boolean {
  return repositoryNameProblem(name) === undefined;
}

/** The repository pattern the layout uses: `registry.repository` or the layout's default. */
export function repositoryPattern(policy: Policy): string {
  const { layout, repository } = policy.registry;
  if (repository) return repository;
  if (layout === 'per-environment') return '{environment}/{service}';
  if (layout === 'per-service') return '{system}/{service}';
  // layout single without a name is refused by the loader; the system name is the only sensible fallback.
  return '{system}';
}

export interface RepositoryTarget {
  service: string;
  environment?: string;
}

/** The ECR repository of a service (and environment), by the policy's layout. */
export function repositoryName(policy: Policy, target: RepositoryTarget): string {
  const { services } = policy.registry;
  if (services.length > 0 && !services.includes(target.service)) {
    throw new ConfigurationError(
      `service "${target.service}" is not in the policy's registry.services (${services.join(', ')}); add it there or fix the service name`,
    );
  }
  return checkedRepositoryName(policy, target);
}

/** The repository name of a target already known to be among the policy's services. */
function checkedRepositoryName(policy: Policy, target: RepositoryTarget): string {
  const { layout, environments } = policy.registry;
  const pattern = repositoryPattern(policy);
  const needsEnvironment = layout === 'per-environment' || placeholdersOf(pattern).includes('environment');
  if (needsEnvironment) {
    if (!target.environment) {
      throw new ConfigurationError(
        `the repository pattern "${pattern}" needs an environment; set the environment input (one of ${environments.join(', ') || 'registry.environments'})`,
      );
    }
    if (environments.length > 0 && !environments.includes(target.environment)) {
      throw new ConfigurationError(
        `environment "${target.environment}" is not in the policy's registry.environments (${environments.join(', ')})`,
      );
    }
  }
  const name = renderTemplate(pattern, {
    system: policy.system,
    service: target.service,
    environment: target.environment,
  });
  const problem = repositoryNameProblem(name);
  if (problem) throw new ConfigurationError(`repository name for service "${target.service}": ${problem}`);
  return name;
}

export interface ManagedRepository {
  name: string;
  kind: 'service' | 'mirror' | 'chart';
  service?: string;
  environment?: string;
}

/**
 * Every repository the policy implies: the services' (one for layout single; services x environments for
 * per-environment), the mirrors' targets, and a chart repository per service when charts are configured
 * (a chart's repository is named after the chart, which is usually the service).
 */
export function managedRepositories(policy: Policy): ManagedRepository[] {
  const { layout, services, environments, mirrors, charts } = policy.registry;
  const out: ManagedRepository[] = [];
  const names = new Set<string>();
  const add = (repo: ManagedRepository) => {
    if (!names.has(repo.name)) out.push(repo);
    names.add(repo.name);
  };
  if (layout === 'single') {
    add({ name: renderTemplate(repositoryPattern(policy), { system: policy.system }), kind: 'service' });
  } else if (layout === 'per-environment') {
    for (const service of services) {
      for (const environment of environments) {
        add({ name: checkedRepositoryName(policy, { service, environment }), kind: 'service', service, environment });
      }
    }
  } else {
    for (const service of services) add({ name: checkedRepositoryName(policy, { service }), kind: 'service', service });
  }
  for (const mirror of mirrors) add({ name: mirror.target, kind: 'mirror' });
  if (charts) {
    for (const service of services) add({ name: chartRepositoryName(policy, service), kind: 'chart', service });
  }
  return out;
}

/** The repository of a Helm chart: `registry.charts` (default "{system}/charts/{chart}"). */
export function chartRepositoryName(policy: Policy, chart: string): string {
  const name = renderTemplate(policy.registry.charts ?? DEFAULT_CHART_PATTERN, { system: policy.system, chart });
  const problem = repositoryNameProblem(name);
  if (problem) throw new ConfigurationError(`repository name for chart "${chart}": ${problem}`);
  return name;
}

const DOCKER_HUB_HOSTS = ['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com'];

/**
 * An image reference without tag or digest, with Docker Hub's implicit parts written out:
 * `redis:7` -> `docker.io/library/redis`, `gcr.io/distroless/static@sha256:...` -> `gcr.io/distroless/static`.
 */
export function normalizeImageSource(source: string): string {
  let ref = source.trim().replace(/^docker:\/\//, '');
  const at = ref.indexOf('@');
  if (at >= 0) ref = ref.slice(0, at);
  const lastSlash = ref.lastIndexOf('/');
  const colon = ref.lastIndexOf(':');
  if (colon > lastSlash) ref = ref.slice(0, colon);
  const parts = ref.split('/');
  const hasHost = parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost');
  if (!hasHost) return `docker.io/${parts.length === 1 ? `library/${ref}` : ref}`;
  if (DOCKER_HUB_HOSTS.includes(parts[0])) {
    const path = parts.slice(1);
    return `docker.io/${path.length === 1 ? `library/${path[0]}` : path.join('/')}`;
  }
  return ref;
}

/** The ECR repository that mirrors an upstream image, or undefined when the policy does not mirror it. */
export function mirrorTarget(policy: Policy, source: string): string | undefined {
  const wanted = normalizeImageSource(source);
  return policy.registry.mirrors.find((m) => normalizeImageSource(m.source) === wanted)?.target;
}

/** The system's prefix in the package bucket: `packages.prefix` with {system} resolved, no leading/trailing '/'. */
export function packagePrefix(policy: Policy): string {
  const prefix = renderTemplate(policy.packages.prefix, { system: policy.system }).replace(/^\/+|\/+$/g, '');
  const problem = packagePrefixProblem(prefix);
  if (problem) throw new ConfigurationError(`packages.prefix: ${problem}`);
  return prefix;
}

/**
 * A prefix given beside the policy (publish-package's prefix input) stays in the system's own space: the bucket
 * grants a role only the prefix whose first segment is its system, and any other first segment is another system's.
 */
export function prefixWithinSystem(policy: Policy, prefix: string, from: string): string {
  if (prefix.split('/')[0] !== policy.system) {
    throw new ConfigurationError(
      `${from} is '${prefix}'; under the policy of system ${policy.system} a package prefix starts with the system's name: write '${policy.system}' or '${policy.system}/<more>', or leave it unset to use packages.prefix`,
    );
  }
  return prefix;
}

/** Why a rendered package prefix is unsafe as an S3 key prefix, or undefined. */
export function packagePrefixProblem(prefix: string): string | undefined {
  if (prefix === '') return 'the prefix is empty; a system needs its own prefix such as "{system}"';
  const segments = prefix.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..' || !/^[A-Za-z0-9._-]+$/.test(s))) {
    return `"${prefix}" is not a clean key prefix: segments of letters, digits, . _ - separated by single /, without . or ..`;
  }
  return undefined;
}
