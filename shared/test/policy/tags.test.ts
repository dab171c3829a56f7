import { OCI_TAG, computeImageTags, isTagMutable, sanitizeTagPart, tagMutabilitySettings } from '../../src/policy';
import type { ImageTag, PolicyInput } from '../../src/policy';
import type { GitContext } from '../../src/runtime/github-context';
import { ConfigurationError } from '../../src/runtime/errors';
import { samplePolicy } from './sample-policy';

const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const HEAD_SHA = 'f9e8d7c6b5a4f9e8d7c6b5a4f9e8d7c6b5a4f9e8';

function git(overrides: Partial<GitContext>): GitContext {
  return {
    eventName: 'push',
    ref: 'refs/heads/main',
    sha: SHA,
    headRef: '',
    repository: 'acme/piksel-core',
    runId: '4242',
    ...overrides,
  };
}

/** The Piksel convention: one repository, tags carry the service. */
const piksel = samplePolicy({
  registry: { layout: 'single', repository: 'piksel-core', services: ['odc', 'jupyter'], mutableTags: ['*-latest'] },
  tags: {
    release: '{service}-{version}',
    development: '{service}-{branch}-{sha7}',
    latest: '{service}-latest',
    latestFrom: ['main'],
  },
});

const tagsOf = (tags: ImageTag[]) => tags.map((t) => `${t.kind}:${t.tag}:${t.mutable ? 'mutable' : 'immutable'}`);

describe('computeImageTags over GitHub contexts', () => {
  test.each<[string, Partial<GitContext>, string[]]>([
    [
      'a git tag push -> release tag, version kept as written',
      { ref: 'refs/tags/v1.5.0' },
      ['release:odc-v1.5.0:immutable'],
    ],
    [
      'a release through workflow_dispatch on a tag',
      { eventName: 'workflow_dispatch', ref: 'refs/tags/v3.1.2' },
      ['release:odc-v3.1.2:immutable'],
    ],
    [
      'a push to main -> development and latest',
      { ref: 'refs/heads/main' },
      ['development:odc-main-a1b2c3d:immutable', 'latest:odc-latest:mutable'],
    ],
    [
      'a push to develop -> development only',
      { ref: 'refs/heads/develop' },
      ['development:odc-develop-a1b2c3d:immutable'],
    ],
    [
      'a branch with slashes and capitals',
      { ref: 'refs/heads/Feature/JIRA-12_new UI' },
      ['development:odc-feature-jira-12_new-ui-a1b2c3d:immutable'],
    ],
    [
      'a pull request -> the head branch and the head sha, never latest',
      { eventName: 'pull_request', ref: 'refs/pull/7/merge', headRef: 'main', headSha: HEAD_SHA },
      ['development:odc-main-f9e8d7c:immutable'],
    ],
    [
      'pull_request_target behaves as a pull request',
      { eventName: 'pull_request_target', ref: 'refs/heads/main', headRef: 'fix/login', headSha: HEAD_SHA },
      ['development:odc-fix-login-f9e8d7c:immutable'],
    ],
    [
      'a pull request without the head sha falls back to GITHUB_SHA',
      { eventName: 'pull_request', ref: 'refs/pull/7/merge', headRef: 'feature/x' },
      ['development:odc-feature-x-a1b2c3d:immutable'],
    ],
    [
      'a pull request without GITHUB_HEAD_REF is never an empty tag',
      { eventName: 'pull_request', ref: 'refs/pull/31/merge', headRef: '' },
      ['development:odc-pr-31-a1b2c3d:immutable'],
    ],
    [
      'a schedule on the default branch',
      { eventName: 'schedule', ref: 'refs/heads/main' },
      ['development:odc-main-a1b2c3d:immutable', 'latest:odc-latest:mutable'],
    ],
    [
      'a merge queue branch',
      { eventName: 'merge_group', ref: 'refs/heads/gh-readonly-queue/main/pr-12-abc' },
      ['development:odc-gh-readonly-queue-main-pr-12-abc-a1b2c3d:immutable'],
    ],
  ])('%s', (_name, context, expected) => {
    const tags = computeImageTags(piksel, git(context), { service: 'odc' });
    expect(tagsOf(tags)).toEqual(expected);
    for (const t of tags) expect(t.tag).toMatch(OCI_TAG);
  });

  test.each<[string, Partial<PolicyInput['tags']>, Partial<GitContext>, string[]]>([
    ['the default templates on a branch', {}, { ref: 'refs/heads/main' }, ['main-a1b2c3d']],
    ['the default templates on a tag', {}, { ref: 'refs/tags/1.2.3' }, ['1.2.3']],
    ['{sha} in full', { development: '{sha}' }, {}, [SHA]],
    ['{run}', { development: '{branch}-{run}' }, {}, ['main-4242']],
    ['{system} and {environment}', { development: '{system}-{environment}-{sha7}' }, {}, ['shop-prod-a1b2c3d']],
    [
      'latest from a wildcard branch list',
      { latest: 'latest', latestFrom: ['release/*'] },
      { ref: 'refs/heads/release/2.0' },
      ['release-2.0-a1b2c3d', 'latest'],
    ],
    ['a version with + (build metadata) made a valid tag', {}, { ref: 'refs/tags/v1.0.0+build.5' }, ['v1.0.0-build.5']],
  ])('%s', (_name, tags, context, expected) => {
    const policy = samplePolicy({ tags, registry: { tagMutability: 'MUTABLE' } });
    expect(computeImageTags(policy, git(context), { service: 'web', environment: 'prod' }).map((t) => t.tag)).toEqual(
      expected,
    );
  });

  test('extra tags are rendered, validated and de-duplicated', () => {
    const tags = computeImageTags(piksel, git({ ref: 'refs/heads/main' }), {
      service: 'odc',
      extra: ['{service}-stable', 'odc-latest', ' ', 'nightly'],
    });
    expect(tagsOf(tags)).toEqual([
      'development:odc-main-a1b2c3d:immutable',
      'latest:odc-latest:mutable',
      'extra:odc-stable:immutable',
      'extra:nightly:immutable',
    ]);
  });

  test.each([
    [
      'an invalid extra tag',
      { ref: 'refs/heads/main' },
      { service: 'odc', extra: ['-bad'] },
      'the extra tag "-bad" is not a valid OCI tag',
    ],
    [
      'a ref that is neither branch nor tag',
      { ref: '' },
      { service: 'odc' },
      'cannot tell a git tag or a branch from GITHUB_REF ""',
    ],
    [
      'a tag that needs an environment',
      { ref: 'refs/tags/v1' },
      { service: 'odc', extra: ['{environment}-x'] },
      'needs {environment}, but set the environment input',
    ],
    [
      'a tag that needs the sha without one',
      { ref: 'refs/heads/main', sha: '' },
      { service: 'odc' },
      'needs {sha7}, but GITHUB_SHA is not set',
    ],
  ])('refuses %s', (_name, context, target, message) => {
    expect(() => computeImageTags(piksel, git(context), target)).toThrow(ConfigurationError);
    expect(() => computeImageTags(piksel, git(context), target)).toThrow(message);
  });
});

describe('long branch names are cut deterministically', () => {
  const long = `feature/${'very-long-branch-name-'.repeat(8)}`;
  const tagFor = (branch: string) =>
    computeImageTags(piksel, git({ ref: `refs/heads/${branch}` }), { service: 'odc' })[0].tag;

  test('the tag fits, keeps the service and the sha, and ends the branch part with a hash', () => {
    const tag = tagFor(long);
    expect(tag.length).toBeLessThanOrEqual(128);
    expect(tag).toMatch(OCI_TAG);
    expect(tag).toMatch(/^odc-feature-very-long-branch-name-.*-[0-9a-f]{8}-a1b2c3d$/);
    expect(tagFor(long)).toBe(tag);
  });

  test('two long branches that share a long start never collide', () => {
    expect(tagFor(`${long}one`)).not.toBe(tagFor(`${long}two`));
  });

  test('a short branch is never hashed', () => {
    expect(tagFor('main')).toBe('odc-main-a1b2c3d');
  });
});

test.each([
  ['main', 'main'],
  ['feature/login', 'feature-login'],
  ['Feature/Login', 'feature-login'],
  ['fix//double', 'fix-double'],
  ['dependabot/npm_and_yarn/@types/node-20.1', 'dependabot-npm_and_yarn-types-node-20.1'],
  ['-leading', 'leading'],
  ['ünïcode', 'n-code'],
  ['release/1.0.', 'release-1.0'],
])('sanitizeTagPart(%s) = %s', (branch, expected) => {
  expect(sanitizeTagPart(branch)).toBe(expected);
});

describe('tag mutability', () => {
  /** The filters as the exceptions to the setting: mutableTags when IMMUTABLE, immutableTags when MUTABLE. */
  const exceptions = (tagMutability: 'IMMUTABLE' | 'MUTABLE', filters: string[]) =>
    tagMutability === 'IMMUTABLE' ? { tagMutability, mutableTags: filters } : { tagMutability, immutableTags: filters };

  test.each<[string, 'IMMUTABLE' | 'MUTABLE', string[], string, boolean]>([
    ['immutable repository', 'IMMUTABLE', [], 'odc-latest', false],
    ['immutable with a *-latest exception', 'IMMUTABLE', ['*-latest'], 'odc-latest', true],
    ['immutable exception does not match', 'IMMUTABLE', ['*-latest'], 'odc-v1.5.0', false],
    ['mutable repository', 'MUTABLE', [], 'main', true],
    ['mutable with release tags protected', 'MUTABLE', ['v*'], 'v1.2.3', false],
    ['mutable, tag outside the protected filter', 'MUTABLE', ['v*'], 'feature-x', true],
  ])('%s: %s', (_name, tagMutability, filters, tag, mutable) => {
    expect(isTagMutable(samplePolicy({ registry: exceptions(tagMutability, filters) }), tag)).toBe(mutable);
  });

  test.each<['IMMUTABLE' | 'MUTABLE', string[], object]>([
    ['IMMUTABLE', [], { imageTagMutability: 'IMMUTABLE' }],
    ['MUTABLE', [], { imageTagMutability: 'MUTABLE' }],
    [
      'IMMUTABLE',
      ['*-latest'],
      {
        imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
        imageTagMutabilityExclusionFilters: [{ filterType: 'WILDCARD', filter: '*-latest' }],
      },
    ],
    [
      'MUTABLE',
      ['v*', 'release-*'],
      {
        imageTagMutability: 'MUTABLE_WITH_EXCLUSION',
        imageTagMutabilityExclusionFilters: [
          { filterType: 'WILDCARD', filter: 'v*' },
          { filterType: 'WILDCARD', filter: 'release-*' },
        ],
      },
    ],
  ])('%s with %j', (tagMutability, filters, expected) => {
    expect(tagMutabilitySettings(samplePolicy({ registry: exceptions(tagMutability, filters) }))).toEqual(expected);
  });
});

describe('any branch name gives a valid, stable, distinct tag', () => {
  // A fixed-seed generator: the same thousand names on every run.
  function* branchNames(count: number): Generator<string> {
    let seed = 20261124;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    const alphabet = 'abcXYZ019/_-.@#~ü+ ';
    for (let i = 0; i < count; i++) {
      const length = 1 + (next() % 300);
      let name = '';
      for (let j = 0; j < length; j++) name += alphabet[next() % alphabet.length];
      yield name;
    }
  }

  test('for a thousand generated names', () => {
    const seen = new Map<string, string>();
    for (const branch of branchNames(1000)) {
      const [tag] = computeImageTags(piksel, git({ ref: `refs/heads/${branch}` }), { service: 'jupyter' });
      expect(tag.tag).toMatch(OCI_TAG);
      expect(tag.tag.startsWith('jupyter-')).toBe(true);
      expect(tag.tag.endsWith('-a1b2c3d')).toBe(true);
      expect(computeImageTags(piksel, git({ ref: `refs/heads/${branch}` }), { service: 'jupyter' })[0].tag).toBe(
        tag.tag,
      );
      const before = seen.get(tag.tag);
      // Two names may only share a tag when they differ in case or in characters a tag cannot hold.
      if (before !== undefined && before !== branch) expect(sanitizeTagPart(before)).toBe(sanitizeTagPart(branch));
      seen.set(tag.tag, branch);
    }
  });
});
