import type { ScanPolicy } from '../policy/schema';
import { evaluateGate, type GateResult } from './gate';
import type { Finding } from './findings';
import type { ProvenanceRequirement } from './provenance';
import type { SignatureRequirement } from './signature';

/**
 * What is known of one image's scan from the source the policy names, whoever read it (scan-gate after waiting,
 * the inventory at one look): the findings of a finished scan, or why there are none yet.
 * pending: the scan has not finished; none: the image has no scan; unavailable: the scan ended without findings
 * (FAILED, UNSUPPORTED_IMAGE, Inspector not covering it, a source the reader cannot read).
 */
export type ScanState =
  | { state: 'complete'; findings: readonly Finding[]; detail: string }
  | { state: 'pending' | 'none' | 'unavailable'; detail: string };

export interface Verdict {
  passed: boolean;
  verdict: 'passed' | 'failed' | 'pending' | 'none' | 'unavailable';
  detail: string;
  /** The gate's judgement of the findings, when the scan finished. */
  gate?: GateResult;
}

export type VerdictPolicy = Pick<ScanPolicy, 'failOn' | 'fixableOnly' | 'allow' | 'unrated'>;

/**
 * The one verdict of an image's scan, used by scan-gate and by provision-repo's `deployable`: only a finished scan
 * whose findings satisfy the policy (and, when required, a trusted signature and a trusted provenance from an allowed
 * builder and ref) passes. A scan that has not
 * finished, never ran or ended without findings passes nothing, whatever the threshold: the gate waits for it and
 * fails when it does not come.
 */
export function judgeScan(
  scan: ScanState,
  policy: VerdictPolicy,
  today: string,
  signature?: SignatureRequirement,
  provenance?: ProvenanceRequirement,
): Verdict {
  if (scan.state !== 'complete') return { passed: false, verdict: scan.state, detail: scan.detail };
  const gate = evaluateGate(
    scan.findings,
    { failOn: policy.failOn, fixableOnly: policy.fixableOnly, allow: policy.allow, today, unrated: policy.unrated },
    signature,
    provenance,
  );
  const allowed = gate.findings.filter((f) => f.status === 'allowed').length;
  const detail = gate.decisive.length
    ? `${gate.decisive.length} finding(s) at or above ${policy.failOn}`
    : `nothing counts at or above ${policy.failOn}${allowed ? ` (${allowed} allowed by the policy)` : ''}`;
  return { passed: gate.passed, verdict: gate.decisive.length ? 'failed' : 'passed', detail, gate };
}
