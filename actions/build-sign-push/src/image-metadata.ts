import { readFileSync } from 'node:fs';
import { buildSourceOf } from '../../../shared/src/policy';
import { ConfigurationError } from '../../../shared/src/runtime/errors';
import type { GitContext } from '../../../shared/src/runtime/github-context';

/** The repository object of the event payload: what docker/metadata-action reads title, url, licenses from. */
export interface PayloadRepository {
  name?: string;
  html_url?: string;
  description?: string | null;
  license?: { spdx_id?: string | null } | null;
}

/**
 * The event payload's repository (GITHUB_EVENT_PATH, the file `@actions/github`'s context reads), or undefined
 * when there is none (a local run). Read directly: the whole of `@actions/github` would bring Octokit into the bundle.
 */
export function payloadRepository(env: NodeJS.ProcessEnv): PayloadRepository | undefined {
  if (!env.GITHUB_EVENT_PATH) return undefined;
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { repository?: PayloadRepository };
    return event.repository ?? undefined;
  } catch {
    return undefined;
  }
}

/** A tag as metadata-action sanitizes one: each run of characters a tag cannot hold becomes '-'. */
const sanitizeVersion = (v: string | undefined) => v?.replace(/[^a-zA-Z0-9._-]+/g, '-');

/**
 * The version metadata-action names an image by: the git tag, the branch, or pr-N for a pull request, sanitized as
 * metadata-action does (feature/login is feature-login).
 */
function versionOf(git: GitContext): string | undefined {
  try {
    const source = buildSourceOf(git);
    if (source.kind === 'release') return sanitizeVersion(source.version);
    const pr = /^refs\/pull\/(\d+)\//.exec(git.ref)?.[1];
    return source.pullRequest && pr ? `pr-${pr}` : sanitizeVersion(source.branch);
  } catch {
    return undefined;
  }
}

/**
 * The OCI standard keys (org.opencontainers.image.*) as docker/metadata-action writes them, as labels and as manifest
 * annotations: source, url, title, description and licenses from the repository, revision from the commit, version
 * from the ref, and created as the build's reproducible time (SOURCE_DATE_EPOCH or the commit's), so a rebuild of
 * the same commit keeps its digest. Keys without a value (no description, no licence) are left out.
 */
export function ociStandardMetadata(
  git: GitContext,
  repository: PayloadRepository | undefined,
  sourceDateEpoch: number,
): Record<string, string> {
  const server = (git.serverUrl || 'https://github.com').replace(/\/+$/, '');
  const url = repository?.html_url || (git.repository ? `${server}/${git.repository}` : undefined);
  const values: Record<string, string | null | undefined> = {
    created: new Date(sourceDateEpoch * 1000).toISOString(),
    description: repository?.description,
    licenses: repository?.license?.spdx_id === 'NOASSERTION' ? undefined : repository?.license?.spdx_id,
    revision: git.sha,
    source: url,
    title: repository?.name || git.repository.split('/')[1],
    url,
    version: versionOf(git),
  };
  return Object.fromEntries(
    Object.entries(values).flatMap(([k, v]) => (v ? [[`org.opencontainers.image.${k}`, v]] : [])),
  );
}

/** `key=value` lines (labels, annotations): trimmed, blank lines dropped, each with a non-empty key. */
export function parseKeyValueLines(text: string | undefined, input: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [i, raw] of (text ?? '').split('\n').entries()) {
    const line = raw.trim();
    if (!line) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) {
      throw new ConfigurationError(`Line ${i + 1} of '${input}' is '${line}'; write one key=value per line.`);
    }
    out[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return out;
}

/** The standard keys, overridden by the inputs' own, as `key=value` flags for the builder. */
export function mergedMetadata(standard: Record<string, string>, given: Record<string, string>): string[] {
  return Object.entries({ ...standard, ...given }).map(([k, v]) => `${k}=${v}`);
}
