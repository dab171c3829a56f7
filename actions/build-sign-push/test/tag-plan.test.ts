import { parsePolicy } from '../../../shared/src/policy';
import { ConfigurationError } from '../../../shared/src/runtime/errors';
import type { ImageTag } from '../../../shared/src/policy';
import { resolveDestination } from '../src/publish';
import type { PushInputs } from '../src/inputs';
import { planTags } from '../src/tag-plan';

const policy = parsePolicy(
  [
    'version: 1',
    'system: shop',
    'region: eu-central-1',
    'resourceTags: {Project: shop, Environment: shared, Purpose: container-registry, ManagedBy: artifacts, Owner: DevOps}',
    'registry:',
    '  services: [api]',
    '  mutableTags: ["*-latest"]',
    '  mirrors: [{source: docker.io/library/redis, target: thirdparty/redis}]',
    'tags: {release: "{service}-{version}", development: "{service}-{branch}-{sha7}", latest: "{service}-latest"}',
  ].join('\n'),
  'policy.yml',
);

const NEW = `sha256:${'1'.repeat(64)}`;
const OLD = `sha256:${'0'.repeat(64)}`;
const tag = (name: string, mutable = false, kind: ImageTag['kind'] = 'release'): ImageTag => ({
  tag: name,
  kind,
  mutable,
});

describe('planTags decides every tag before any is written', () => {
  test.each([
    ['absent tag is new', [{ tag: tag('api-v1') }], ['new']],
    ['same digest is left alone', [{ tag: tag('api-v1'), current: NEW }], ['unchanged']],
    ['a mutable tag moves', [{ tag: tag('api-latest', true, 'latest'), current: OLD }], ['moved']],
    [
      'mixed',
      [
        { tag: tag('api-v1'), current: NEW },
        { tag: tag('api-latest', true, 'latest'), current: OLD },
        { tag: tag('x', false, 'extra') },
      ],
      ['unchanged', 'moved', 'new'],
    ],
  ])('%s', (_name, states, actions) => {
    expect(planTags(states, NEW, policy, 'shop/api').map((t) => t.action)).toEqual(actions);
  });

  test('an immutable tag on another digest refuses the whole plan, naming every conflicting tag', () => {
    const states = [
      { tag: tag('api-v1'), current: OLD },
      { tag: tag('new-one') },
      { tag: tag('stable', false, 'extra'), current: OLD },
    ];
    expect(() => planTags(states, NEW, policy, 'shop/api')).toThrow(ConfigurationError);
    expect(() => planTags(states, NEW, policy, 'shop/api')).toThrow(
      `tag 'api-v1' of shop/api already points at ${OLD}, not at this image ${NEW} (registry.tagMutability is IMMUTABLE and registry.mutableTags (*-latest) does not match it); tag 'stable'`,
    );
  });

  test.each([
    ['immutableTags', '  immutableTags: ["v*"]'],
    ['the deprecated mutableTags', '  mutableTags: ["v*"]'],
  ])(
    'in a MUTABLE repository the refusal names %s as registry.immutableTags and says how to let it move',
    (_, line) => {
      const mutable = parsePolicy(
        ['version: 1', 'system: shop', 'requiredTagKeys: []', 'registry:', '  tagMutability: MUTABLE', line].join('\n'),
        'policy.yml',
      );
      const plan = () => planTags([{ tag: tag('v1.2.0'), current: OLD }], NEW, mutable, 'shop/api');
      expect(plan).toThrow(
        `(registry.tagMutability is MUTABLE but registry.immutableTags (v*) keeps it immutable). No tag was written.`,
      );
      expect(plan).toThrow(
        'if this tag is meant to move, narrow registry.immutableTags so that it no longer matches it',
      );
    },
  );
});

describe('resolveDestination', () => {
  const inputs = (over: Partial<PushInputs>): PushInputs => ({
    service: 'api',
    policyPath: 'p',
    aws: {},
    attach: [],
    source: { kind: 'build', text: 'build' },
    context: '.',
    buildArgs: [],
    platforms: [],
    extraTags: [],
    dryRun: false,
    ...over,
  });
  const git = { eventName: 'push', ref: 'refs/heads/main', sha: 'abcdef0123456789', headRef: '', repository: 'o/r' };

  test("a service's repository and the policy's tags plus extras", () => {
    expect(resolveDestination(inputs({ extraTags: ['nightly'] }), policy, git)).toEqual({
      repository: 'shop/api',
      tags: [
        { tag: 'api-main-abcdef0', kind: 'development', mutable: false },
        { tag: 'api-latest', kind: 'latest', mutable: true },
        { tag: 'nightly', kind: 'extra', mutable: false },
      ],
    });
  });

  test("a mirror goes to the policy's target under the upstream tag", () => {
    const source = { kind: 'docker' as const, reference: 'redis:7', text: 'docker://redis:7' };
    expect(resolveDestination(inputs({ source }), policy, git)).toEqual({
      repository: 'thirdparty/redis',
      tags: [{ tag: '7', kind: 'release', mutable: false }],
    });
  });

  test('an unknown service is refused by the policy library', () => {
    expect(() => resolveDestination(inputs({ service: 'nope' }), policy, git)).toThrow(ConfigurationError);
  });
});
