import { ConfigurationError, errorMessage, UnreachableEndpointError } from '../../../../shared/src/runtime/errors';
import {
  fetchWithTimeouts,
  HttpStatusError,
  isRequestTimeout,
  isRetryableHttpError,
  isRetryableStatus,
} from '../../../../shared/src/runtime/http';
import type { Logger } from '../../../../shared/src/runtime/logger';
import { withRetry } from '../../../../shared/src/runtime/retry';
import { requestTimeouts, type RequestTimeouts } from '../../../../shared/src/runtime/timeouts';
import { matchesWildcard } from '../../../../shared/src/policy';
import { conforms, lowercaseName } from '../../../../shared/src/policy/formats';

/** The organisation's repositories whose names match a wildcard, as service names (GitHub REST, every page). */

export interface OrgRepositoriesOptions {
  org: string;
  pattern: string;
  token: string;
  /** GITHUB_API_URL (GitHub Enterprise Server, or a local server in tests). */
  apiUrl?: string;
  logger: Logger;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  timeouts?: Partial<RequestTimeouts>;
}

interface RepositoryItem {
  name: string;
  archived?: boolean;
}

function nextLink(header: string | null): string | undefined {
  return header
    ?.split(',')
    .map((part) => /<([^>]+)>;\s*rel="next"/.exec(part)?.[1])
    .find(Boolean);
}

/** A GitHub repository name as a service name: lowercase; names that cannot be one are skipped with a warning. */
export function serviceNameOf(repository: string): string | undefined {
  const name = repository.toLowerCase();
  return conforms(lowercaseName('a service name'), name) ? name : undefined;
}

/** One page of the listing, tried again on 429, 5xx, an exhausted rate limit or a dropped connection. */
async function fetchPage(url: string, options: OrgRepositoriesOptions, doFetch: typeof fetch): Promise<Response> {
  return withRetry(
    async () => {
      const r = await doFetch(url, {
        headers: {
          Authorization: `Bearer ${options.token}`,
          Accept: 'application/vnd.github+json',
          'X-GitHub-Api-Version': '2022-11-28',
        },
      });
      // GitHub answers an exhausted rate limit with 403: the same as a 429.
      const limited = r.status === 403 && r.headers.get('x-ratelimit-remaining') === '0';
      if (limited || isRetryableStatus(r.status)) {
        throw new HttpStatusError(limited ? 429 : r.status, `GitHub answered ${r.status}`);
      }
      return r;
    },
    { attempts: 4, baseDelayMs: 1000, maxDelayMs: 30000, retryable: isRetryableHttpError, sleep: options.sleep },
  ).catch((err: unknown) => {
    if (!isRequestTimeout(err) && (err as { name?: string }).name !== 'TypeError') throw err;
    const origin = new URL(url).origin;
    throw new UnreachableEndpointError(
      origin,
      'listing the repositories',
      `The GitHub API ${origin} did not answer listing ${options.org}'s repositories: ${errorMessage(err)}.`,
      { cause: err },
    );
  });
}

export async function listOrgRepositories(options: OrgRepositoriesOptions): Promise<string[]> {
  const { logger } = options;
  logger.setSecret(options.token);
  const doFetch = fetchWithTimeouts(options.fetch ?? fetch, requestTimeouts(options.timeouts));
  const base = (options.apiUrl ?? 'https://api.github.com').replace(/\/+$/, '');
  let url: string | undefined = `${base}/orgs/${encodeURIComponent(options.org)}/repos?per_page=100&type=all`;
  const names: string[] = [];
  while (url) {
    const response = await fetchPage(url, options, doFetch);
    if (response.status === 401 || response.status === 403 || response.status === 404) {
      throw new ConfigurationError(
        `GitHub refused to list the repositories of ${options.org} (${response.status}); the github-token needs read access to the organisation's repositories (metadata: read)`,
      );
    }
    if (!response.ok) throw new Error(`GitHub answered ${response.status} listing ${options.org}'s repositories`);
    const page = (await response.json()) as RepositoryItem[];
    for (const repo of page) {
      if (repo.archived) continue;
      if (matchesWildcard(repo.name, options.pattern)) names.push(repo.name);
    }
    url = nextLink(response.headers.get('link'));
  }
  const services: string[] = [];
  for (const name of names) {
    const service = serviceNameOf(name);
    if (service) services.push(service);
    else logger.warning(`repository ${name} cannot be a service name (lowercase letters, digits, . _ -); skipped`);
  }
  return [...new Set(services)].sort();
}
