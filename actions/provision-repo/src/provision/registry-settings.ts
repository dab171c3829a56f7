import { ConfigurationError } from '../../../../shared/src/runtime/errors';
import { ownerOf } from './ownership';
import type { ActualState, DesiredState, ScanningState } from './types';

/**
 * The registry scanning configuration is one per registry: its rules are merged per repository filter (each
 * system's filters at its frequency, everyone else's kept), but its scan type is shared. Before any change, a
 * system whose ask cannot hold beside another system's is refused, naming both.
 */

/** An ECR WILDCARD repository filter as a test on repository names. */
export function wildcardMatcher(filter: string): (name: string) => boolean {
  const pattern = new RegExp(`^${filter.split('*').map(escape).join('.*')}$`);
  return (name) => pattern.test(name);
}

function escape(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** The systems whose repositories a filter covers, from the repositories' ABAC tags; this system left out. */
function ownersOfFilter(filter: string, desired: DesiredState, actual: ActualState): string[] {
  const matches = wildcardMatcher(filter);
  const owners = new Set<string>();
  for (const repo of actual.repositories.values()) {
    const owner = ownerOf(repo.tags, desired.ownership);
    if (owner && owner !== desired.system && matches(repo.name)) owners.add(owner);
  }
  return [...owners].sort();
}

interface ForeignRule {
  filter: string;
  frequency: string;
  owners: string[];
}

/** The rules' filters that are not this system's, each with the systems it covers. */
function foreignFilters(desired: DesiredState, actual: ScanningState, state: ActualState): ForeignRule[] {
  const mine = new Set([...desired.scanning.filters, ...desired.scanning.repositories]);
  return actual.rules.flatMap((rule) =>
    rule.filters
      .filter((f) => !mine.has(f))
      .map((filter) => ({ filter, frequency: String(rule.frequency), owners: ownersOfFilter(filter, desired, state) })),
  );
}

function whose(rules: ForeignRule[]): string {
  const owners = [...new Set(rules.flatMap((r) => r.owners))];
  const filters = rules.map((r) => `${r.filter} at ${r.frequency}`).join(', ');
  return owners.length > 0
    ? `system${owners.length > 1 ? 's' : ''} ${owners.join(', ')} (filters ${filters})`
    : `another writer (filters ${filters})`;
}

function scanTypeConflict(desired: DesiredState, actual: ActualState): string | undefined {
  const want = desired.scanning;
  if (want.scanType === actual.scanning.scanType) return undefined;
  const foreign = foreignFilters(desired, actual.scanning, actual);
  if (foreign.length === 0) return undefined;
  const other = want.scanType === 'BASIC' ? 'ENHANCED' : 'BASIC';
  return `registry.scanning.type ${want.scanType} cannot hold beside ${whose(foreign)}: ECR has one scan type per registry, and it is ${actual.scanning.scanType} for them. Set registry.scanning.type: ${other}${other === 'ENHANCED' ? ' (frequency SCAN_ON_PUSH or CONTINUOUS_SCAN)' : ''} in the policy of system ${desired.system}, or agree with them on one scan type`;
}

function frequencyConflicts(desired: DesiredState, actual: ActualState): string[] {
  const want = desired.scanning;
  const problems: string[] = [];
  for (const rule of actual.scanning.rules) {
    if (rule.frequency === want.frequency) continue;
    for (const filter of rule.filters.filter((f) => want.filters.includes(f))) {
      const owners = ownersOfFilter(filter, desired, actual);
      if (owners.length === 0) continue;
      problems.push(
        `registry.scanning filter ${filter} is scanned at ${rule.frequency} for system ${owners.join(', ')}; system ${desired.system} asks ${want.frequency} for the same filter: give system ${desired.system} its own filters (registry.scanning.filters), or agree on one frequency`,
      );
    }
  }
  return problems;
}

/** Throws a ConfigurationError, naming both systems, when this system's scanning ask cannot hold beside another's. */
export function verifyRegistrySettings(desired: DesiredState, actual: ActualState): void {
  const problems = [scanTypeConflict(desired, actual), ...frequencyConflicts(desired, actual)].filter(
    (p): p is string => p !== undefined,
  );
  if (problems.length > 0) {
    throw new ConfigurationError(`Nothing was changed. ${problems.map((p) => `${p}.`).join(' ')}`);
  }
}
