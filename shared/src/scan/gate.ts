import type { AllowEntry } from '../policy/schema';
import {
  atOrAbove,
  countBySeverity,
  SEVERITIES,
  sortFindings,
  type FailOn,
  type Finding,
  type Severity,
} from './findings';
import { PROVENANCE_NOT_REQUIRED, provenanceFailure, type ProvenanceRequirement } from './provenance';
import { SIGNATURE_NOT_REQUIRED, type SignatureRequirement } from './signature';

export type { AllowEntry };

export interface GateOptions {
  failOn: FailOn;
  /** Count only findings with a fix; a finding whose source does not tell still counts. */
  fixableOnly: boolean;
  allow: readonly AllowEntry[];
  /** YYYY-MM-DD (UTC): an allowlist entry counts through its `until` date. */
  today: string;
  /** The policy's scan.unrated: a finding with no known severity and no score counts at failOn (the default). */
  unrated?: 'at-threshold' | 'undefined';
}

/** Fails closed: an unrated finding is judged at the threshold, so nobody's typo in a severity passes the gate. */
function judgedSeverity(f: Finding, options: GateOptions): Finding {
  if (!f.unrated || options.unrated === 'undefined' || options.failOn === 'NONE') return f;
  return { ...f, severity: options.failOn };
}

/** counted: it counts towards the verdict; allowed: an allowlist entry accepts it; not-fixable: fixable-only drops it. */
export type FindingStatus = 'counted' | 'allowed' | 'not-fixable';

export interface JudgedFinding extends Finding {
  status: FindingStatus;
  /** Counted and at or above the threshold: one of the findings that failed the gate. */
  decisive: boolean;
  allowedBy?: AllowEntry;
}

export interface AllowEntryUse {
  entry: AllowEntry;
  /** How many findings the entry matched (for an expired entry: would have matched). */
  matched: number;
}

export interface GateResult {
  passed: boolean;
  failOn: FailOn;
  fixableOnly: boolean;
  /** Every finding, most severe first, with what the gate made of it. */
  findings: JudgedFinding[];
  /** Findings that count, per severity (the action's outputs). */
  counts: Record<Severity, number>;
  /** Every finding, per severity. */
  found: Record<Severity, number>;
  decisive: JudgedFinding[];
  allowlist: {
    applied: AllowEntryUse[];
    /** Past their `until` date: they no longer accept anything. */
    expired: AllowEntryUse[];
    /** Current entries that matched no finding: candidates for removal. */
    unused: AllowEntry[];
  };
  signature: SignatureRequirement;
  provenance: ProvenanceRequirement;
  /** Why the gate failed, or why it passed: the lines the summary starts with. */
  reasons: string[];
}

export function isExpired(entry: AllowEntry, today: string): boolean {
  return entry.until !== undefined && entry.until < today;
}

export function allowEntryMatches(entry: AllowEntry, finding: Finding): boolean {
  if (entry.id.toLowerCase() !== finding.id.toLowerCase()) return false;
  return entry.package === undefined || entry.package.toLowerCase() === (finding.package ?? '').toLowerCase();
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Each finding's status: allowed by an active allowlist entry, not fixable (when only fixable ones count), or counted. */
function judgeFindings(
  findings: readonly Finding[],
  options: GateOptions,
  allowlist: { active: AllowEntry[]; expired: AllowEntry[]; uses: Map<AllowEntry, number> },
): JudgedFinding[] {
  const { active, expired, uses } = allowlist;
  return sortFindings(findings.map((f) => judgedSeverity(f, options))).map((f): JudgedFinding => {
    for (const e of expired) if (allowEntryMatches(e, f)) uses.set(e, (uses.get(e) ?? 0) + 1);
    const allowedBy = active.find((e) => allowEntryMatches(e, f));
    if (allowedBy) {
      uses.set(allowedBy, (uses.get(allowedBy) ?? 0) + 1);
      return { ...f, status: 'allowed', decisive: false, allowedBy };
    }
    if (options.fixableOnly && f.fixable === false) return { ...f, status: 'not-fixable', decisive: false };
    return { ...f, status: 'counted', decisive: atOrAbove(f.severity, options.failOn) };
  });
}

/** Why the decisive findings fail the gate: how many, by severity, and how many only for lack of a rating. */
function decisiveReasons(decisive: JudgedFinding[], options: GateOptions): string[] {
  const reasons: string[] = [];
  if (!decisive.length) return reasons;
  const bySeverity = countBySeverity(decisive);
  const parts = SEVERITIES.filter((s) => bySeverity[s]).map((s) => `${bySeverity[s]} ${s}`);
  reasons.push(
    `${plural(decisive.length, 'finding')} at or above ${options.failOn} ${decisive.length === 1 ? 'counts' : 'count'} (${parts.join(', ')}).`,
  );
  const unrated = decisive.filter((f) => f.unrated).length;
  if (unrated) {
    reasons.push(
      `${plural(unrated, 'finding')} without a known severity or a score ${unrated === 1 ? 'counts' : 'count'} at ${options.failOn} (the policy's scan.unrated).`,
    );
  }
  return reasons;
}

/** The verdict: pure, from the findings, the policy's scan settings and the signature check. */
export function evaluateGate(
  findings: readonly Finding[],
  options: GateOptions,
  signature: SignatureRequirement = SIGNATURE_NOT_REQUIRED,
  provenance: ProvenanceRequirement = PROVENANCE_NOT_REQUIRED,
): GateResult {
  const active = options.allow.filter((e) => !isExpired(e, options.today));
  const expired = options.allow.filter((e) => isExpired(e, options.today));
  const uses = new Map<AllowEntry, number>();
  const judged = judgeFindings(findings, options, { active, expired, uses });
  const counted = judged.filter((f) => f.status === 'counted');
  const decisive = counted.filter((f) => f.decisive);
  const counts = countBySeverity(counted);

  const reasons = decisiveReasons(decisive, options);
  const signatureFailed = signature.required && signature.status !== 'verified';
  if (signatureFailed) reasons.push(`The image has no trusted signature (${signature.status}): ${signature.detail}`);
  const provenanceFailed = provenanceFailure(provenance);
  if (provenanceFailed) reasons.push(provenanceFailed);
  const passed = decisive.length === 0 && !signatureFailed && !provenanceFailed;
  if (passed) {
    reasons.push(
      options.failOn === 'NONE'
        ? `fail-on is NONE: findings are reported, never failed (${plural(counted.length, 'finding')} counted).`
        : `No finding at or above ${options.failOn} counts (${plural(counted.length, 'finding')} below it${options.fixableOnly ? ', fixable only' : ''}).`,
    );
    if (signature.required) reasons.push(`The signature verified: ${signature.detail}`);
    if (provenance.required) reasons.push(`The provenance verified: ${provenance.detail}`);
  }

  return {
    passed,
    failOn: options.failOn,
    fixableOnly: options.fixableOnly,
    findings: judged,
    counts,
    found: countBySeverity(findings),
    decisive,
    allowlist: {
      applied: active.filter((e) => uses.has(e)).map((entry) => ({ entry, matched: uses.get(entry) ?? 0 })),
      expired: expired.map((entry) => ({ entry, matched: uses.get(entry) ?? 0 })),
      unused: active.filter((e) => !uses.has(e)),
    },
    signature,
    provenance,
    reasons,
  };
}

/** Today's date in UTC, as allowlist entries write it. */
export function utcDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}
