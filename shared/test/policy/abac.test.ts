import { join } from 'node:path';
import { loadPolicy, packagePrefix, parsePolicy, PolicyError } from '../../src/policy';

/**
 * The ABAC set-up a policy describes must be one a role can satisfy: repositories are tagged
 * `<principalTagKey>: <value>` and the bucket grants `<that tag>/*`, so the tag value, the system and the first
 * segment of the package prefix are one name. Tag keys other than the ABAC one are required only when listed.
 */

const minimal = join(__dirname, '..', 'fixtures', 'policies', 'minimal.yml');

describe('a minimal policy', () => {
  test('version, system and a repository are enough; the ABAC tag is derived from system', () => {
    const policy = loadPolicy(minimal);
    expect(policy.system).toBe('shop');
    expect(policy.requiredTagKeys).toEqual([]);
    expect(policy.resourceTags).toEqual({ Project: 'shop' });
    expect(packagePrefix(policy)).toBe('shop');
  });
});

const accepted: [name: string, text: string, tags: Record<string, string>, prefix: string][] = [
  ['no tags at all', 'system: shop', { Project: 'shop' }, 'shop'],
  [
    'the ABAC tag written out as the system',
    'system: shop\nresourceTags: {Project: shop}',
    { Project: 'shop' },
    'shop',
  ],
  [
    'other tags, none required',
    'system: shop\nresourceTags: {Owner: platform}',
    { Owner: 'platform', Project: 'shop' },
    'shop',
  ],
  [
    'a required key that is the ABAC key needs not be written',
    'system: shop\nrequiredTagKeys: [Project, Owner]\nresourceTags: {Owner: platform}',
    { Owner: 'platform', Project: 'shop' },
    'shop',
  ],
  [
    'another ABAC key',
    'system: shop\niam: {principalTagKey: Team}\nresourceTags: {Project: retail}',
    { Project: 'retail', Team: 'shop' },
    'shop',
  ],
  [
    'a prefix nested under the system',
    'system: shop\npackages: {prefix: "{system}/packages"}',
    { Project: 'shop' },
    'shop/packages',
  ],
  ['slashes around the prefix', 'system: shop\npackages: {prefix: "/{system}/"}', { Project: 'shop' }, 'shop'],
];

const refused: [name: string, text: string, message: string][] = [
  [
    'the ABAC tag names another value',
    'system: piksel\nresourceTags: {Project: Piksel-Platform}',
    'resourceTags.Project: the ABAC tag Project is "Piksel-Platform" but system is "piksel"',
  ],
  [
    'the ABAC tag differs only in case',
    'system: piksel\nresourceTags: {Project: Piksel}',
    'write Project: piksel, or leave Project out (it is derived from system)',
  ],
  [
    'a custom ABAC key names another value',
    'system: shop\niam: {principalTagKey: Team}\nresourceTags: {Team: platform}',
    'resourceTags.Team: the ABAC tag Team is "platform" but system is "shop"',
  ],
  [
    'a listed key that is missing',
    'system: shop\nrequiredTagKeys: [Owner, CostCenter]',
    'resourceTags: missing required tag keys Owner, CostCenter; add them to resourceTags',
  ],
  [
    'a prefix without {system}',
    'system: shop\npackages: {prefix: shared}',
    'packages.prefix: "shared" must start with {system} as its whole first segment',
  ],
  [
    'a prefix under another system',
    'system: shop\npackages: {prefix: "piksel/{system}"}',
    'it puts every system under "piksel", so a role of the system named "piksel" reaches all of them',
  ],
  [
    '{system} as part of the first segment',
    'system: shop\npackages: {prefix: "{system}-packages"}',
    '"{system}-packages" must start with {system} as its whole first segment',
  ],
  [
    '{system} only in a later segment',
    'system: shop\npackages: {prefix: "teams/{system}/packages"}',
    'it puts every system under "teams"',
  ],
];

describe('ABAC invariants', () => {
  test.each(accepted)('%s is accepted', (_, text, tags, prefix) => {
    const policy = parsePolicy(`version: 1\n${text}\n`, 'p.yml');
    expect(policy.resourceTags).toEqual(tags);
    expect(packagePrefix(policy)).toBe(prefix);
  });

  test.each(refused)('%s is refused with what to change', (_, text, message) => {
    const parse = () => parsePolicy(`version: 1\n${text}\n`, 'p.yml');
    expect(parse).toThrow(PolicyError);
    expect(parse).toThrow(message);
  });
});
