import { SEVERITIES, type Severity } from '../policy/schema';

export { SEVERITIES, type Severity };

/** Where a finding came from. */
export type FindingSource = 'ecr' | 'inspector' | 'trivy' | 'grype' | 'sarif';

/** A threshold: a severity, or NONE, which never fails. */
export type FailOn = Severity | 'NONE';

/** One vulnerability in one package, the same shape whatever scanner found it. */
export interface Finding {
  /** CVE-2024-1234, GHSA-..., ALAS-...: what an allowlist entry names. */
  id: string;
  severity: Severity;
  /** The scanner's own severity word, kept for the report. */
  sourceSeverity?: string;
  package?: string;
  installedVersion?: string;
  fixedVersion?: string;
  /** true: a fixed version exists; false: the source says there is none; null: the source does not tell. */
  fixable: boolean | null;
  title?: string;
  link?: string;
  /** CVSS base score (or SARIF security-severity) when the source gives one. */
  score?: number;
  /** Suppressed by an Amazon Inspector suppression rule: reported as such, and counted all the same. */
  suppressed?: boolean;
  /** Neither a known severity word nor a score: the gate counts it at its threshold unless the policy says otherwise. */
  unrated?: boolean;
  source: FindingSource;
}

/** CRITICAL is 0, UNDEFINED is 5: a lower rank is more severe. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** Whether a severity is at or above a threshold; NONE is never reached. */
export function atOrAbove(severity: Severity, threshold: FailOn): boolean {
  if (threshold === 'NONE') return false;
  // UNDEFINED ranks last: only a threshold of UNDEFINED counts unrated findings.
  return severityRank(severity) <= severityRank(threshold);
}

const WORDS: Record<string, Severity> = {
  CRITICAL: 'CRITICAL',
  HIGH: 'HIGH',
  MEDIUM: 'MEDIUM',
  MODERATE: 'MEDIUM',
  LOW: 'LOW',
  INFORMATIONAL: 'INFORMATIONAL',
  INFO: 'INFORMATIONAL',
  // Grype's "Negligible" and Debian's "unimportant" are below LOW: informational, as ECR basic scanning reports them.
  NEGLIGIBLE: 'INFORMATIONAL',
  UNIMPORTANT: 'INFORMATIONAL',
  // ECR UNDEFINED, Inspector UNTRIAGED, Trivy UNKNOWN, Grype Unknown: the vendor has not rated it yet.
  UNDEFINED: 'UNDEFINED',
  UNTRIAGED: 'UNDEFINED',
  UNKNOWN: 'UNDEFINED',
};

/** Maps a scanner's severity word (any case) onto the common scale; an unknown word (or no word) is UNDEFINED. */
export function normaliseSeverity(word: unknown): Severity {
  if (typeof word !== 'string') return 'UNDEFINED';
  return WORDS[word.trim().toUpperCase()] ?? 'UNDEFINED';
}

/** Whether a value is one of the known severity words (so a SARIF tag such as "security" is not taken for one). */
export function isSeverityWord(word: unknown): boolean {
  return typeof word === 'string' && word.trim().toUpperCase() in WORDS;
}

/**
 * A finding's severity from what the scanner wrote, whatever its type: a known word decides; a vendor's "not rated
 * yet" (UNDEFINED, UNTRIAGED, UNKNOWN) or a word outside the known set ("CRIT", "Crítico", none, a number) takes the
 * CVSS band of the score; with neither a known word nor a score the finding is unrated.
 */
export function severityOf(word: unknown, score: number | undefined): Pick<Finding, 'severity' | 'unrated'> {
  const known = isSeverityWord(word) ? normaliseSeverity(word) : undefined;
  if (known && known !== 'UNDEFINED') return { severity: known };
  const numeric = typeof word === 'number' ? word : undefined;
  const best = score ?? numeric;
  if (best !== undefined && Number.isFinite(best) && best > 0) return { severity: severityFromScore(best) };
  return known ? { severity: 'UNDEFINED' } : { severity: 'UNDEFINED', unrated: true };
}

/** The scanner's own severity, as text for the report (a number or an object is written as JSON). */
export function sourceSeverityText(word: unknown): string | undefined {
  if (word === undefined || word === null) return undefined;
  return typeof word === 'string' ? word : JSON.stringify(word);
}

/** A CVSS-style score (0.0-10.0) on the bands GitHub code scanning uses for security-severity. */
export function severityFromScore(score: number): Severity {
  if (score >= 9) return 'CRITICAL';
  if (score >= 7) return 'HIGH';
  if (score >= 4) return 'MEDIUM';
  if (score > 0) return 'LOW';
  return 'INFORMATIONAL';
}

/** A representative security-severity for a severity without a score (the middle of its band). */
export function scoreForSeverity(severity: Severity): number {
  switch (severity) {
    case 'CRITICAL':
      return 9.5;
    case 'HIGH':
      return 8.0;
    case 'MEDIUM':
      return 5.5;
    case 'LOW':
      return 2.0;
    default:
      return 0.0;
  }
}

/** The identity of a finding: one vulnerability in one installed package. */
export function findingKey(f: Pick<Finding, 'id' | 'package' | 'installedVersion'>): string {
  return `${f.id}\u0000${f.package ?? ''}\u0000${f.installedVersion ?? ''}`;
}

/**
 * Drops repeats of the same vulnerability in the same package (a Trivy report lists a package once per
 * target; Inspector repeats a finding per layer), keeping the most severe and the one that knows a fix.
 */
export function dedupeFindings(findings: readonly Finding[]): Finding[] {
  const byKey = new Map<string, Finding>();
  for (const f of findings) {
    const key = findingKey(f);
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, f);
      continue;
    }
    const moreSevere = severityRank(f.severity) < severityRank(seen.severity);
    byKey.set(key, {
      ...(moreSevere ? f : seen),
      fixedVersion: seen.fixedVersion ?? f.fixedVersion,
      fixable: seen.fixable === true || f.fixable === true ? true : (seen.fixable ?? f.fixable),
    });
  }
  return [...byKey.values()];
}

/** Most severe first, then by id and package, so every report lists findings in the same order. */
export function sortFindings<T extends Finding>(findings: readonly T[]): T[] {
  return [...findings].sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) ||
      (b.score ?? -1) - (a.score ?? -1) ||
      a.id.localeCompare(b.id) ||
      (a.package ?? '').localeCompare(b.package ?? ''),
  );
}

/** A count for each severity, all present. */
export function emptyCounts(): Record<Severity, number> {
  return { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, INFORMATIONAL: 0, UNDEFINED: 0 };
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts = emptyCounts();
  for (const f of findings) counts[f.severity]++;
  return counts;
}
