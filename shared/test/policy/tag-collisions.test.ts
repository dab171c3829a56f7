import { computeImageTags, parsePolicy, policySchema } from '../../src/policy';
import type { PolicyInput } from '../../src/policy';
import { commonTag, templateLanguage, wildcardLanguage } from '../../src/policy/tag-languages';
import type { GitContext } from '../../src/runtime/github-context';
import { ConfigurationError } from '../../src/runtime/errors';
import { stringify } from 'yaml';

/**
 * A tag computed for one kind never matches a mutable pattern or another kind's tag: a branch is chosen by whoever
 * opens a pull request, so its name must not decide which rule owns the tag.
 */

const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';

function git(overrides: Partial<GitContext>): GitContext {
  return {
    eventName: 'push',
    ref: 'refs/heads/main',
    sha: SHA,
    headRef: '',
    repository: 'acme/x',
    runId: '7',
    ...overrides,
  };
}

const load = (input: Partial<PolicyInput>) =>
  parsePolicy(stringify({ version: 1, system: 'piksel', ...input }), 'artifact-policy.yml');

type Tags = PolicyInput['tags'];
/** The filters are the exceptions to the setting: mutableTags of an IMMUTABLE repository, immutableTags of a MUTABLE one. */
const registry = (filters: string[], tagMutability: 'IMMUTABLE' | 'MUTABLE' = 'IMMUTABLE') => ({
  layout: 'single' as const,
  repository: 'piksel-core',
  services: ['odc'],
  tagMutability,
  [tagMutability === 'IMMUTABLE' ? 'mutableTags' : 'immutableTags']: filters,
});

describe("validation refuses template sets whose development tags can take another rule's tag", () => {
  const refused: [name: string, tags: Tags, mutableTags: string[], message: string][] = [
    [
      'development {service}-{branch} beside latest {service}-latest',
      { development: '{service}-{branch}', latest: '{service}-latest' },
      ['*-latest'],
      'tags.development: the development tag "{service}-{branch}" can collide with tags.latest "{service}-latest" in this IMMUTABLE repository: a branch named "latest" gives "odc-latest"',
    ],
    [
      'development {service}-{branch} beside a mutable filter',
      { development: '{service}-{branch}' },
      ['*-latest'],
      'can collide with registry.mutableTags "*-latest" in this IMMUTABLE repository: a branch named "latest" gives "odc-latest"',
    ],
    [
      'development with a commit that a filter still matches',
      { development: '{branch}-{sha7}' },
      ['dev-*'],
      'can collide with registry.mutableTags "dev-*" in this IMMUTABLE repository: a branch named "dev" gives "dev-0000000"',
    ],
    [
      'development {branch} beside release {version}',
      { development: '{branch}', release: '{version}' },
      [],
      'the development tag "{branch}" can collide with tags.release "{version}" in this IMMUTABLE repository: a branch named "0" gives "0"',
    ],
    [
      'development {service}-{branch} beside release {service}-{version}',
      { development: '{service}-{branch}', release: '{service}-{version}' },
      [],
      'can collide with tags.release "{service}-{version}"',
    ],
    [
      'development {branch}-build beside latest latest-build',
      { development: '{branch}-build', latest: 'latest-build' },
      ['latest-build'],
      'a branch named "latest" gives "latest-build"',
    ],
  ];
  test.each(refused)('%s', (_, tags, mutableTags, message) => {
    expect(() => load({ registry: registry(mutableTags), tags })).toThrow(message);
  });

  const accepted: [name: string, tags: Tags, mutableTags: string[], mutability: 'IMMUTABLE' | 'MUTABLE'][] = [
    ['the defaults', {}, [], 'IMMUTABLE'],
    [
      'the Piksel convention (a commit ends every development tag)',
      { release: '{service}-{version}', development: '{service}-{branch}-{sha7}', latest: '{service}-latest' },
      ['*-latest'],
      'IMMUTABLE',
    ],
    ['a fixed prefix no other tag has', { development: 'dev-{branch}', latest: 'latest' }, ['latest'], 'IMMUTABLE'],
    ['development by commit only', { development: '{sha}' }, ['*-latest'], 'IMMUTABLE'],
    ["every tag movable by the policy's choice", { development: '{branch}' }, ['*'], 'IMMUTABLE'],
    ['a MUTABLE repository: tags move anyway', { development: '{branch}', latest: 'latest' }, ['v*'], 'MUTABLE'],
  ];
  test.each(accepted)('%s is accepted', (_, tags, mutableTags, mutability) => {
    expect(() => load({ registry: registry(mutableTags, mutability), tags })).not.toThrow();
  });
});

describe('at run time a computed tag another rule owns is refused, naming the branch (or git tag) and the rule', () => {
  // Built by the schema alone: the run-time guard holds even for a policy that validation did not see.
  const unchecked = (tags: Tags, mutableTags: string[], tagMutability: 'IMMUTABLE' | 'MUTABLE' = 'IMMUTABLE') =>
    policySchema.parse({ version: 1, system: 'piksel', registry: registry(mutableTags, tagMutability), tags });
  const piksel = {
    release: '{service}-{version}',
    development: '{service}-{branch}-{sha7}',
    latest: '{service}-latest',
  };

  const refused: [
    name: string,
    tags: Tags,
    mutableTags: string[],
    mutability: 'IMMUTABLE' | 'MUTABLE',
    context: Partial<GitContext>,
    message: string,
  ][] = [
    [
      'a pull request whose head branch is "latest" (the issue\'s case)',
      { development: '{service}-{branch}', latest: '{service}-latest' },
      ['*-latest'],
      'IMMUTABLE',
      { eventName: 'pull_request', ref: 'refs/pull/9/merge', headRef: 'latest' },
      'branch "latest" gives the development tag "odc-latest", which is the latest tag (tags.latest "{service}-latest", written only from main)',
    ],
    [
      'a push of a branch whose tag a mutable filter matches',
      { development: '{service}-{branch}' },
      ['*-latest'],
      'IMMUTABLE',
      { ref: 'refs/heads/latest' },
      'branch "latest" gives the development tag "odc-latest", which registry.mutableTags "*-latest" leaves movable in this IMMUTABLE repository',
    ],
    [
      'a git tag named latest under the Piksel convention',
      piksel,
      ['*-latest'],
      'IMMUTABLE',
      { ref: 'refs/tags/latest' },
      'git tag "latest" gives the release tag "odc-latest", which is the latest tag',
    ],
    [
      'a git tag whose release tag a mutable filter matches',
      { release: '{service}-{version}' },
      ['*-nightly'],
      'IMMUTABLE',
      { ref: 'refs/tags/1.0-nightly' },
      'git tag "1.0-nightly" gives the release tag "odc-1.0-nightly", which registry.mutableTags "*-nightly" leaves movable',
    ],
    [
      'a branch named latest in a MUTABLE repository',
      { development: '{branch}', latest: 'latest' },
      ['v*'],
      'MUTABLE',
      { ref: 'refs/heads/latest' },
      'branch "latest" gives the development tag "latest", which is the latest tag',
    ],
    [
      "a pull request from a branch named main takes main's own tag",
      { development: '{service}-{branch}' },
      [],
      'MUTABLE',
      { eventName: 'pull_request', ref: 'refs/pull/3/merge', headRef: 'main' },
      'a pull request from branch "main" would write the development tag "{service}-{branch}" of branch main (tags.latestFrom: main) itself',
    ],
  ];
  test.each(refused)('%s', (_, tags, mutableTags, mutability, context, message) => {
    const compute = () => computeImageTags(unchecked(tags, mutableTags, mutability), git(context), { service: 'odc' });
    expect(compute).toThrow(ConfigurationError);
    expect(compute).toThrow(message);
  });

  const allowed: [name: string, tags: Tags, context: Partial<GitContext>, expected: string[]][] = [
    [
      'a pull request from main whose tag holds its own commit',
      piksel,
      { eventName: 'pull_request', ref: 'refs/pull/3/merge', headRef: 'main', headSha: SHA },
      ['odc-main-a1b2c3d'],
    ],
    ['a push of main', piksel, {}, ['odc-main-a1b2c3d', 'odc-latest']],
    ['a release', piksel, { ref: 'refs/tags/v1.5.0' }, ['odc-v1.5.0']],
  ];
  test.each(allowed)('%s is allowed', (_, tags, context, expected) => {
    const tags_ = computeImageTags(unchecked(tags, ['*-latest']), git(context), { service: 'odc' });
    expect(tags_.map((t) => t.tag)).toEqual(expected);
  });
});

describe('the languages of templates and filters', () => {
  const fixed = { service: 'odc', environment: 'prod', system: 'piksel' };
  test.each<[string, string, string | undefined]>([
    ['{service}-{branch}', '*-latest', 'odc-latest'],
    ['{service}-{branch}-{sha7}', '*-latest', undefined],
    ['{branch}-{sha7}', '*-0*', 'a-0000000'],
    ['{run}', '*-*', undefined],
    ['v{version}', 'release-*', undefined],
    ['{environment}-{branch}', 'prod-x*y', 'prod-xy'],
  ])('%s and %s share %s', (template, filter, tag) => {
    expect(commonTag(templateLanguage(template, fixed), wildcardLanguage(filter))?.tag).toBe(tag);
  });
});
