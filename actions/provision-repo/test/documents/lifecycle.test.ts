import { lifecyclePolicyFor, lifecycleRulesFor } from '../../src/documents';
import type { PolicyInput } from '../../../../shared/src/policy';
import type { LifecycleRule } from '../../src/documents';
import { samplePolicy } from '../../../../shared/test/policy/sample-policy';

type Intent = NonNullable<NonNullable<PolicyInput['registry']>['lifecycle']>;
const policyWith = (lifecycle: Intent) => samplePolicy({ registry: { lifecycle } });

/** What ECR itself checks when it accepts a lifecycle policy. */
function expectAcceptedByEcr(rules: LifecycleRule[]): void {
  const priorities = rules.map((r) => r.rulePriority);
  expect(new Set(priorities).size).toBe(priorities.length);
  expect([...priorities].sort((a, b) => a - b)).toEqual(priorities);
  const anyIndex = rules.findIndex((r) => r.selection.tagStatus === 'any');
  if (anyIndex >= 0) expect(anyIndex).toBe(rules.length - 1);
  for (const rule of rules) {
    const { selection } = rule;
    if (selection.tagStatus === 'tagged') {
      expect(Boolean(selection.tagPrefixList) !== Boolean(selection.tagPatternList)).toBe(true);
    } else {
      expect(selection.tagPrefixList).toBeUndefined();
      expect(selection.tagPatternList).toBeUndefined();
    }
    for (const pattern of selection.tagPatternList ?? []) expect(pattern.split('*').length - 1).toBeLessThanOrEqual(4);
    expect(selection.countType === 'sinceImagePushed').toBe(selection.countUnit === 'days');
    expect(selection.countNumber).toBeGreaterThan(0);
    expect(rule.description.length).toBeLessThanOrEqual(256);
    expect(rule.action).toEqual({ type: 'expire' });
  }
}

const summary = (rules: LifecycleRule[]) =>
  rules.map((r) => {
    const s = r.selection;
    const filter = s.tagPrefixList
      ? ` prefix=${s.tagPrefixList.join(',')}`
      : s.tagPatternList
        ? ` pattern=${s.tagPatternList.join(',')}`
        : '';
    return `${r.rulePriority} ${s.tagStatus}${filter} ${s.countType}=${s.countNumber}`;
  });

describe('lifecycle intent -> ECR rules', () => {
  test.each<[string, Intent, string[]]>([
    ['nothing: keep everything', {}, []],
    ['count 0: keep everything', { keepTagged: 0, keepImages: 0 }, []],
    ['keep 5 tagged', { keepTagged: 5 }, ['1 tagged pattern=* imageCountMoreThan=5']],
    ['untagged after 7 days', { expireUntaggedDays: 7 }, ['1 untagged sinceImagePushed=7']],
    ['keep 10 images of any kind', { keepImages: 10 }, ['1 any imageCountMoreThan=10']],
    [
      'the Piksel pair',
      { keepTagged: 5, expireUntaggedDays: 7 },
      ['1 tagged pattern=* imageCountMoreThan=5', '2 untagged sinceImagePushed=7'],
    ],
    [
      'any rule last, after untagged',
      { expireUntaggedDays: 1, keepImages: 100 },
      ['1 untagged sinceImagePushed=1', '2 any imageCountMoreThan=100'],
    ],
    [
      'rules by prefix and pattern first, in the order written',
      {
        keepTagged: 30,
        expireUntaggedDays: 14,
        rules: [
          { tagPrefixes: ['v'], keep: 9999 },
          { tagPatterns: ['*-rc*'], expireAfterDays: 30 },
        ],
      },
      [
        '1 tagged prefix=v imageCountMoreThan=9999',
        '2 tagged pattern=*-rc* sinceImagePushed=30',
        '3 tagged pattern=* imageCountMoreThan=30',
        '4 untagged sinceImagePushed=14',
      ],
    ],
  ])('%s', (_name, intent, expected) => {
    const rules = lifecycleRulesFor(policyWith(intent));
    expect(summary(rules)).toEqual(expected);
    expectAcceptedByEcr(rules);
  });

  test('no rule means no lifecycle policy at all', () => {
    expect(lifecyclePolicyFor(policyWith({ keepImages: 0 }))).toBeUndefined();
  });

  test('the Piksel rules come out as the blueprint writes them, with the tag filter ECR requires', () => {
    const json = lifecyclePolicyFor(policyWith({ keepTagged: 5, expireUntaggedDays: 7 }));
    expect(JSON.parse(json ?? '')).toEqual({
      rules: [
        {
          rulePriority: 1,
          description: 'Keep only last 5 tagged images',
          selection: { tagStatus: 'tagged', tagPatternList: ['*'], countType: 'imageCountMoreThan', countNumber: 5 },
          action: { type: 'expire' },
        },
        {
          rulePriority: 2,
          description: 'Expire untagged images older than 7 days',
          selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 7 },
          action: { type: 'expire' },
        },
      ],
    });
  });

  test.each([
    [{ keepTagged: 1 }, 'Keep only last 1 tagged image'],
    [{ expireUntaggedDays: 1 }, 'Expire untagged images older than 1 day'],
    [{ rules: [{ tagPrefixes: ['v'], keep: 3, description: 'Releases' }] }, 'Releases'],
    [{ rules: [{ tagPrefixes: ['v', 'release-'], keep: 3 }] }, 'Keep only last 3 images tagged v, release-'],
  ])('description of %j is "%s"', (intent, description) => {
    expect(lifecycleRulesFor(policyWith(intent))[0].description).toBe(description);
  });
});
