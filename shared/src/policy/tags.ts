import { createHash } from 'node:crypto';
import { ConfigurationError } from '../runtime/errors';
import type { GitContext } from '../runtime/github-context';
import type { Policy } from './schema';
import { placeholdersOf, renderTemplate } from './template';
import { tagMutabilityExceptions } from './tag-mutability';

/** The OCI distribution spec's tag rule. */
export const OCI_TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
export const MAX_TAG_LENGTH = 128;
export const TAG_PLACEHOLDERS = [
  'service',
  'version',
  'branch',
  'sha',
  'sha7',
  'environment',
  'system',
  'run',
] as const;

export interface ImageTag {
  tag: string;
  kind: 'release' | 'development' | 'latest' | 'extra';
  mutable: boolean;
}

export interface TagTarget {
  service: string;
  environment?: string;
  extra?: string[];
}

/** What the GitHub event built: a git tag (release) or a branch (push or a pull request's head). */
export type BuildSource =
  | { kind: 'release'; version: string; sha: string }
  | { kind: 'branch'; branch: string; sha: string; pullRequest: boolean };

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

/** Decides from the GitHub context whether this is a release build or a branch build, and of which branch. */
export function buildSourceOf(git: GitContext): BuildSource {
  if (PULL_REQUEST_EVENTS.includes(git.eventName)) {
    // GITHUB_REF is refs/pull/N/merge here; the head branch is what people recognise (metadata-action left it empty).
    const prNumber = /^refs\/pull\/(\d+)\//.exec(git.ref)?.[1];
    const branch = git.headRef || (prNumber ? `pr-${prNumber}` : '');
    if (!branch) {
      throw new ConfigurationError(
        `a ${git.eventName} event without GITHUB_HEAD_REF or a refs/pull/N ref (ref "${git.ref}"); cannot name the branch`,
      );
    }
    return { kind: 'branch', branch, sha: git.headSha || git.sha, pullRequest: true };
  }
  if (git.ref.startsWith('refs/tags/'))
    return { kind: 'release', version: git.ref.slice('refs/tags/'.length), sha: git.sha };
  if (git.ref.startsWith('refs/heads/')) {
    return { kind: 'branch', branch: git.ref.slice('refs/heads/'.length), sha: git.sha, pullRequest: false };
  }
  throw new ConfigurationError(
    `cannot tell a git tag or a branch from GITHUB_REF "${git.ref}" (event ${git.eventName || 'unknown'}); run on a push of a branch or tag, or a pull request`,
  );
}

/** A branch name as a tag fragment: lowercase, `/` and other characters a tag cannot hold become `-`, runs collapsed. */
export function sanitizeTagPart(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '');
}

/** A git tag as a version fragment: case kept, characters a tag cannot hold become `-`. */
function sanitizeVersion(value: string): string {
  return value.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '');
}

function shortHash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 8);
}

const compiled = new Map<string, RegExp>();

function wildcardToRegExp(filter: string): RegExp {
  let pattern = compiled.get(filter);
  if (!pattern) {
    const escaped = filter.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
    pattern = new RegExp(`^${escaped.join('.*')}$`);
    // Filters come from one policy: a handful, compiled once however many tags are checked.
    if (compiled.size < 1000) compiled.set(filter, pattern);
  }
  return pattern;
}

/** Whether a tag matches an ECR wildcard filter (`*` matches any run of characters). */
export function matchesWildcard(tag: string, filter: string): boolean {
  return wildcardToRegExp(filter).test(tag);
}

/**
 * Whether ECR lets this tag be moved: in an IMMUTABLE repository only a tag `registry.mutableTags` matches, in a
 * MUTABLE one every tag but those `registry.immutableTags` matches.
 */
export function isTagMutable(policy: Policy, tag: string): boolean {
  const { tagMutability, mutableTags, immutableTags } = policy.registry;
  if (tagMutability === 'IMMUTABLE') return mutableTags.some((f) => matchesWildcard(tag, f));
  return !immutableTags.some((f) => matchesWildcard(tag, f));
}

export interface TagMutabilitySettings {
  imageTagMutability: string;
  imageTagMutabilityExclusionFilters?: { filterType: 'WILDCARD'; filter: string }[];
}

/**
 * The repository's tag mutability as ECR's CreateRepository/PutImageTagMutability take it: the exclusion filters
 * are `mutableTags` of an IMMUTABLE repository or `immutableTags` of a MUTABLE one.
 */
export function tagMutabilitySettings(policy: Policy): TagMutabilitySettings {
  const { tagMutability } = policy.registry;
  const exceptions = tagMutabilityExceptions(policy);
  if (exceptions.length === 0) return { imageTagMutability: tagMutability };
  return {
    imageTagMutability: `${tagMutability}_WITH_EXCLUSION`,
    imageTagMutabilityExclusionFilters: exceptions.map((filter) => ({ filterType: 'WILDCARD', filter })),
  };
}

function branchMatches(branch: string, patterns: string[]): boolean {
  return patterns.some((p) => matchesWildcard(branch, p));
}

interface RenderValues {
  service: string;
  environment?: string;
  system: string;
  version?: string;
  branch?: string;
  sha?: string;
  run?: string;
}

/**
 * Renders a tag template. The branch is the part that gives way when the tag is too long: it is cut and
 * followed by a hash of the full branch name, so two long branches never end up with the same tag.
 */
function renderTag(template: string, values: RenderValues, what: string): string {
  for (const p of placeholdersOf(template)) {
    const missing =
      (p === 'environment' && !values.environment) ||
      ((p === 'sha' || p === 'sha7') && !values.sha) ||
      (p === 'run' && !values.run) ||
      (p === 'version' && values.version === undefined) ||
      (p === 'branch' && values.branch === undefined);
    if (missing) {
      const hint =
        p === 'environment'
          ? 'set the environment input'
          : p === 'run'
            ? 'GITHUB_RUN_ID is not set'
            : p === 'sha' || p === 'sha7'
              ? 'GITHUB_SHA is not set'
              : `this build has no ${p}`;
      throw new ConfigurationError(`the ${what} tag "${template}" needs {${p}}, but ${hint}`);
    }
  }
  const sha = values.sha?.toLowerCase() ?? '';
  const fixed: Record<string, string | undefined> = {
    service: sanitizeTagPart(values.service),
    environment: values.environment && sanitizeTagPart(values.environment),
    system: values.system,
    version: values.version === undefined ? undefined : sanitizeVersion(values.version),
    sha,
    sha7: sha.slice(0, 7),
    run: values.run,
  };
  const rawBranch = values.branch;
  let branch = rawBranch === undefined ? undefined : sanitizeTagPart(rawBranch);
  if (rawBranch !== undefined && branch === '') branch = shortHash(rawBranch);
  let tag = renderTemplate(template, { ...fixed, branch });
  if (tag.length > MAX_TAG_LENGTH && branch !== undefined && rawBranch !== undefined) {
    const occurrences = placeholdersOf(template).filter((p) => p === 'branch').length;
    const fixedLength = renderTemplate(template, { ...fixed, branch: '' }).length;
    const suffix = `-${shortHash(rawBranch)}`;
    const room = Math.floor((MAX_TAG_LENGTH - fixedLength) / occurrences) - suffix.length;
    if (room >= 1) {
      const cut = branch.slice(0, room).replace(/[.-]+$/, '');
      tag = renderTemplate(template, { ...fixed, branch: `${cut}${suffix}` });
    }
  }
  if (tag.length > MAX_TAG_LENGTH) {
    throw new ConfigurationError(
      `the ${what} tag "${tag}" is ${tag.length} characters; OCI tags hold at most ${MAX_TAG_LENGTH}: shorten the template`,
    );
  }
  if (!OCI_TAG.test(tag)) {
    throw new ConfigurationError(
      `the ${what} tag "${tag}" is not a valid OCI tag: it must start with a letter, digit or _ and hold only letters, digits, . _ -`,
    );
  }
  return tag;
}

/**
 * The tags an image built in this GitHub context gets: the release tag for a git tag, the development tag for a
 * branch or a pull request's head branch, `latest` from the branches in `tags.latestFrom` (never from a pull
 * request), then the extra tags. Duplicates are dropped, first kind wins. A release or development tag that
 * another rule owns (the latest tag, a movable tag of an IMMUTABLE repository, the branch's own tag taken by a pull
 * request) is a ConfigurationError naming the branch or git tag and the rule.
 */
export function computeImageTags(policy: Policy, git: GitContext, target: TagTarget): ImageTag[] {
  const source = buildSourceOf(git);
  const base = { service: target.service, environment: target.environment, system: policy.system, run: git.runId };
  if (source.kind === 'branch' && source.pullRequest) refusePullRequestFromLatestBranch(policy, source.branch);
  const out: ImageTag[] = [];
  const add = (tag: string, kind: ImageTag['kind']) => {
    if (!out.some((t) => t.tag === tag)) out.push({ tag, kind, mutable: isTagMutable(policy, tag) });
  };
  if (source.kind === 'release') {
    const tag = renderTag(policy.tags.release, { ...base, version: source.version, sha: source.sha }, 'release');
    refuseTakenTag(policy, base, tag, `git tag "${source.version}" gives the release tag`);
    add(tag, 'release');
  } else {
    const values = { ...base, branch: source.branch, sha: source.sha };
    const tag = renderTag(policy.tags.development, values, 'development');
    refuseTakenTag(policy, base, tag, `branch "${source.branch}" gives the development tag`);
    add(tag, 'development');
    if (policy.tags.latest && !source.pullRequest && branchMatches(source.branch, policy.tags.latestFrom)) {
      add(renderTag(policy.tags.latest, values, 'latest'), 'latest');
    }
  }
  const known: RenderValues = {
    ...base,
    sha: source.sha,
    version: source.kind === 'release' ? source.version : undefined,
    branch: source.kind === 'branch' ? source.branch : undefined,
  };
  for (const extra of target.extra ?? []) {
    const trimmed = extra.trim();
    if (trimmed === '') continue;
    add(renderTag(trimmed, known, 'extra'), 'extra');
  }
  return out;
}

/**
 * A pull request never writes the tags of the branches that publish latest: its head branch is anyone's choice. A
 * development tag with {sha}, {sha7} or {run} is the pull request's own; without, it is the branch's.
 */
function refusePullRequestFromLatestBranch(policy: Policy, branch: string): void {
  const own = placeholdersOf(policy.tags.development).some((p) => p === 'sha' || p === 'sha7' || p === 'run');
  if (own) return;
  const rule = policy.tags.latestFrom.find(
    (p) => matchesWildcard(branch, p) || sanitizeTagPart(p) === sanitizeTagPart(branch),
  );
  if (rule === undefined) return;
  throw new ConfigurationError(
    `a pull request from branch "${branch}" would write the development tag "${policy.tags.development}" of branch ${rule} (tags.latestFrom: ${rule}) itself; refused: rename the pull request's branch, or add {sha7} to tags.development so that a pull request's tags are its own`,
  );
}

/**
 * A release or development tag must not be the latest tag, nor (in an IMMUTABLE repository) one that
 * registry.mutableTags leaves movable: either would let this build move or take a tag another rule owns.
 */
function refuseTakenTag(policy: Policy, base: RenderValues, tag: string, what: string): void {
  const { latest } = policy.tags;
  const needs = latest ? placeholdersOf(latest) : [];
  const renderable = !(needs.includes('environment') && !base.environment);
  if (latest && renderable && renderTag(latest, base, 'latest') === tag) {
    throw new ConfigurationError(
      `${what} "${tag}", which is the latest tag (tags.latest "${latest}", written only from ${policy.tags.latestFrom.join(', ')}); refused: rename it, or give the template a part the latest tag cannot have`,
    );
  }
  if (policy.registry.tagMutability !== 'IMMUTABLE') return;
  const filter = policy.registry.mutableTags.find((f) => !/^\*+$/.test(f) && matchesWildcard(tag, f));
  if (filter !== undefined) {
    throw new ConfigurationError(
      `${what} "${tag}", which registry.mutableTags "${filter}" leaves movable in this IMMUTABLE repository; refused, so that this build cannot move a tag meant to move: rename it, or give the template a part the filter cannot match`,
    );
  }
}
