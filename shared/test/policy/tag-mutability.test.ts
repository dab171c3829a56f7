import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { PolicyError, isTagMutable, loadPolicy, parsePolicy, tagMutabilitySettings } from '../../src/policy';
import type { PolicyInput } from '../../src/policy';

type Registry = NonNullable<PolicyInput['registry']>;

const text = (registry: Registry, tags: PolicyInput['tags'] = {}) =>
  stringify({ version: 1, system: 'shop', requiredTagKeys: [], registry: { services: ['web'], ...registry }, tags });

/** The policy as loaded, with the warnings the loader gave. */
function load(registry: Registry, tags?: PolicyInput['tags']) {
  const warnings: string[] = [];
  const policy = parsePolicy(text(registry, tags), 'artifact-policy.yml', (w) => warnings.push(w));
  return { policy, warnings };
}

describe('the exceptions to tagMutability are named for what their tags are', () => {
  test.each<[name: string, registry: Registry, mutableTags: string[], immutableTags: string[], warning: string]>([
    ['no exceptions', {}, [], [], ''],
    ['IMMUTABLE with tags that move', { tagMutability: 'IMMUTABLE', mutableTags: ['*-latest'] }, ['*-latest'], [], ''],
    ['MUTABLE with tags that never move', { tagMutability: 'MUTABLE', immutableTags: ['v*'] }, [], ['v*'], ''],
    [
      'MUTABLE with the deprecated mutableTags, read as immutableTags',
      { tagMutability: 'MUTABLE', mutableTags: ['v*', 'release-*'] },
      [],
      ['v*', 'release-*'],
      'artifact-policy.yml:9:5: registry.mutableTags: deprecated with tagMutability MUTABLE: these filters (v*, release-*) list tags that can never be moved, which registry.immutableTags now names. Rename the key to immutableTags; the meaning stays the same',
    ],
  ])('%s', (_, registry, mutableTags, immutableTags, warning) => {
    const loaded = load(registry);
    expect(loaded.policy.registry).toMatchObject({ mutableTags, immutableTags });
    expect(loaded.warnings).toEqual(warning ? [warning] : []);
  });

  test.each<[tag: string, mutable: boolean]>([
    ['v1.2.3', false],
    ['release-7', false],
    ['main', true],
    ['latest', true],
  ])('the deprecated spelling and immutableTags give %s the same mutability', (tag, mutable) => {
    const old = load({ tagMutability: 'MUTABLE', mutableTags: ['v*', 'release-*'] }).policy;
    const current = load({ tagMutability: 'MUTABLE', immutableTags: ['v*', 'release-*'] }).policy;
    expect(isTagMutable(old, tag)).toBe(mutable);
    expect(isTagMutable(current, tag)).toBe(mutable);
    expect(tagMutabilitySettings(old)).toEqual(tagMutabilitySettings(current));
  });

  test.each<[name: string, registry: Registry, tags: PolicyInput['tags'], message: string]>([
    [
      'immutableTags in an IMMUTABLE repository',
      { tagMutability: 'IMMUTABLE', immutableTags: ['v*'] },
      {},
      'artifact-policy.yml:9:5: registry.immutableTags: applies only with tagMutability MUTABLE: in an IMMUTABLE repository every tag is immutable already. Remove it, list the tags that may move in registry.mutableTags, or set registry.tagMutability: MUTABLE',
    ],
    [
      'immutableTags with the default (IMMUTABLE) setting',
      { immutableTags: ['v*'] },
      {},
      'registry.immutableTags: applies only with tagMutability MUTABLE',
    ],
    [
      'both spellings in a MUTABLE repository',
      { tagMutability: 'MUTABLE', mutableTags: ['v*'], immutableTags: ['release-*'] },
      {},
      'registry.mutableTags: with tagMutability MUTABLE every tag is movable already; mutableTags here is the old spelling of immutableTags, and both are set. Move its filters into registry.immutableTags and remove mutableTags',
    ],
    [
      'a latest tag that immutableTags keeps from moving',
      { tagMutability: 'MUTABLE', immutableTags: ['*-latest'] },
      { latest: '{service}-latest' },
      'tags.latest: the latest tag "web-latest" moves with every build but registry.immutableTags "*-latest" keeps it from moving',
    ],
    [
      'a latest tag the deprecated spelling keeps from moving',
      { tagMutability: 'MUTABLE', mutableTags: ['*'] },
      { latest: 'latest' },
      'the latest tag "latest" moves with every build but registry.immutableTags "*" keeps it from moving',
    ],
    [
      'an immutableTags filter ECR refuses',
      { tagMutability: 'MUTABLE', immutableTags: ['v/*'] },
      {},
      'registry.immutableTags[0]: "v/*" is not an ECR tag filter',
    ],
    [
      'an IMMUTABLE repository whose latest tag no mutableTags filter covers',
      { tagMutability: 'IMMUTABLE', mutableTags: ['*-nightly'] },
      { latest: 'latest' },
      'add a filter for it to registry.mutableTags',
    ],
  ])('refused: %s', (_, registry, tags, message) => {
    const parse = () => load(registry, tags);
    expect(parse).toThrow(PolicyError);
    expect(parse).toThrow(message);
  });

  test('loadPolicy hands the warnings, with their place in the file, to the logger it is given', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-'));
    try {
      const file = join(dir, 'artifact-policy.yml');
      writeFileSync(file, text({ tagMutability: 'MUTABLE', mutableTags: ['v*'] }));
      const warnings: string[] = [];
      const policy = loadPolicy(file, { warning: (w) => warnings.push(w) });
      expect(policy.registry.immutableTags).toEqual(['v*']);
      expect(warnings).toEqual([
        expect.stringMatching(/^.+artifact-policy\.yml:9:5: registry\.mutableTags: deprecated/),
      ]);
      expect(loadPolicy(file, { warning: () => undefined }).registry.mutableTags).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
