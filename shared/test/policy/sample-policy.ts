import { stringify } from 'yaml';
import { parsePolicy } from '../../src/policy';
import type { Policy, PolicyInput } from '../../src/policy';

/** A minimal valid policy (the tag keys relaxed) with `overrides` merged over it, parsed by the real loader. */
export function samplePolicy(overrides: Partial<PolicyInput> = {}): Policy {
  const input: PolicyInput = { version: 1, system: 'shop', requiredTagKeys: [], ...overrides };
  return parsePolicy(stringify(input), 'artifact-policy.yml');
}
