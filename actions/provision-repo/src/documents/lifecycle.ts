import type { Policy } from '../../../../shared/src/policy/schema';

export interface LifecycleSelection {
  tagStatus: 'tagged' | 'untagged' | 'any';
  tagPrefixList?: string[];
  tagPatternList?: string[];
  countType: 'imageCountMoreThan' | 'sinceImagePushed';
  countUnit?: 'days';
  countNumber: number;
}

export interface LifecycleRule {
  rulePriority: number;
  description: string;
  selection: LifecycleSelection;
  action: { type: 'expire' };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The ECR lifecycle rules for the policy's intent, in the order ECR needs: the rules by tag prefix or pattern,
 * then "keep the newest N tagged" (ECR needs a tag filter for tagged rules, so it selects the pattern "*"),
 * then "expire untagged after N days", and the `any` rule last (ECR requires it to have the highest priority).
 * A count of 0 means keep everything, so it writes no rule.
 */
export function lifecycleRulesFor(policy: Policy): LifecycleRule[] {
  const { keepTagged, keepImages, expireUntaggedDays, rules } = policy.registry.lifecycle;
  const selections: { description: string; selection: LifecycleSelection }[] = [];
  for (const rule of rules) {
    const filter = rule.tagPrefixes
      ? { tagPrefixList: rule.tagPrefixes }
      : { tagPatternList: rule.tagPatterns ?? ['*'] };
    const what = (rule.tagPrefixes ?? rule.tagPatterns ?? ['*']).join(', ');
    if (rule.keep !== undefined) {
      selections.push({
        description: rule.description ?? `Keep only last ${plural(rule.keep, 'image')} tagged ${what}`,
        selection: { tagStatus: 'tagged', ...filter, countType: 'imageCountMoreThan', countNumber: rule.keep },
      });
    } else if (rule.expireAfterDays !== undefined) {
      selections.push({
        description:
          rule.description ?? `Expire images tagged ${what} older than ${plural(rule.expireAfterDays, 'day')}`,
        selection: {
          tagStatus: 'tagged',
          ...filter,
          countType: 'sinceImagePushed',
          countUnit: 'days',
          countNumber: rule.expireAfterDays,
        },
      });
    }
  }
  if (keepTagged) {
    selections.push({
      description: `Keep only last ${plural(keepTagged, 'tagged image')}`,
      selection: {
        tagStatus: 'tagged',
        tagPatternList: ['*'],
        countType: 'imageCountMoreThan',
        countNumber: keepTagged,
      },
    });
  }
  if (expireUntaggedDays) {
    selections.push({
      description: `Expire untagged images older than ${plural(expireUntaggedDays, 'day')}`,
      selection: {
        tagStatus: 'untagged',
        countType: 'sinceImagePushed',
        countUnit: 'days',
        countNumber: expireUntaggedDays,
      },
    });
  }
  if (keepImages) {
    selections.push({
      description: `Keep only last ${plural(keepImages, 'image')}`,
      selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: keepImages },
    });
  }
  return selections.map((s, i) => ({ rulePriority: i + 1, ...s, action: { type: 'expire' } }));
}

/** The ECR lifecycle policy JSON text, or undefined when the policy keeps every image. */
export function lifecyclePolicyFor(policy: Policy): string | undefined {
  const rules = lifecycleRulesFor(policy);
  if (rules.length === 0) return undefined;
  return JSON.stringify({ rules });
}

/**
 * The lifecycle of a build cache repository: every cache image (tagged by its cache key or not) expires
 * `registry.buildCache.expireAfterDays` after its push, so the cache holds only what recent builds wrote.
 */
export function buildCacheLifecyclePolicy(policy: Policy): string {
  const days = policy.registry.buildCache.expireAfterDays;
  const rule: LifecycleRule = {
    rulePriority: 1,
    description: `Expire build cache images older than ${plural(days, 'day')}`,
    selection: { tagStatus: 'any', countType: 'sinceImagePushed', countUnit: 'days', countNumber: days },
    action: { type: 'expire' },
  };
  return JSON.stringify({ rules: [rule] });
}
