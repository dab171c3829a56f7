import { SummaryBuilder, escapeCell } from '../runtime/summary';
import { atOrAbove, SEVERITIES } from './findings';
import type { GateResult, JudgedFinding } from './gate';
import { imageName, type ScannedImage } from './image';

/** At most this many findings in the summary; the findings file has them all. */
export const SUMMARY_FINDING_ROWS = 50;

export interface ReportContext {
  image: ScannedImage;
  /** Where the findings came from: "ECR basic scan completed ...". */
  sourceDetail: string;
  findingsFile?: string;
  /** The inputs that made the policy stricter for this run. */
  tightened?: string[];
}

function linkCell(f: JudgedFinding): string {
  return f.link ? `[${f.id}](${f.link})` : f.id;
}

function findingRows(findings: JudgedFinding[]): string[][] {
  return findings
    .slice(0, SUMMARY_FINDING_ROWS)
    .map((f) => [
      linkCell(f),
      f.severity,
      f.package ?? '',
      f.installedVersion ?? '',
      f.fixedVersion ?? (f.fixable === false ? 'no fix' : ''),
    ]);
}

/** What the reader must know beside the counts: inputs that tightened the policy, Inspector's suppressed findings. */
function notes(s: SummaryBuilder, result: GateResult, context: ReportContext): void {
  if (context.tightened?.length) {
    s.paragraph('Inputs that made the policy stricter for this run:');
    s.list(context.tightened.map((t) => escapeCell(t)));
  }
  const suppressed = result.findings.filter((f) => f.suppressed);
  if (suppressed.length) {
    const ids = [...new Set(suppressed.map((f) => f.id))].slice(0, 10).join(', ');
    s.paragraph(
      `${suppressed.length} finding(s) are suppressed by Amazon Inspector suppression rules (${ids}); they count all the same: only the policy's scan.allow accepts a finding.`,
    );
  }
}

/** What the allowlist did: the entries that accepted findings, the expired ones, and those that matched nothing. */
function allowlistSection(s: SummaryBuilder, result: GateResult): void {
  const { applied, expired, unused } = result.allowlist;
  if (applied.length || expired.length || unused.length) {
    s.heading('Allowlist', 3);
    const entry = (e: { id: string; package?: string; until?: string }) =>
      `\`${e.id}\`${e.package ? ` in ${e.package}` : ''}${e.until ? ` (until ${e.until})` : ''}`;
    s.list([
      ...applied.map((u) => `accepted ${u.matched} finding(s): ${entry(u.entry)}: ${escapeCell(u.entry.reason)}`),
      ...expired.map(
        (u) =>
          `**expired**, no longer accepts anything${u.matched ? ` (${u.matched} finding(s) count again)` : ''}: ${entry(u.entry)}`,
      ),
      ...unused.map((e) => `matched nothing, can be removed: ${entry(e)}`),
    ]);
  }
}

/**
 * The job summary: the verdict first, then the counts per severity against the threshold, the findings that
 * decided it, what the allowlist did, the signature and the provenance results.
 */
export function gateSummary(result: GateResult, context: ReportContext): string {
  const s = new SummaryBuilder();
  const name = imageName(context.image);
  s.heading(`${result.passed ? '✅ Passed' : '❌ Failed'}: scan gate of ${context.image.repository}`);
  s.list(result.reasons.map((r) => escapeCell(r)));
  s.paragraph(`Image \`${name}\`, findings from ${context.sourceDetail}.`);
  notes(s, result, context);

  const threshold = result.failOn === 'NONE' ? 'never fails' : `fails at ${result.failOn} and above`;
  s.table(
    ['severity', 'found', 'counted', `threshold (${threshold})`],
    SEVERITIES.map((sev) => [
      sev,
      result.found[sev],
      result.counts[sev],
      atOrAbove(sev, result.failOn) ? (result.counts[sev] ? '❌ fails' : 'fails if any') : 'reported',
    ]),
  );
  const notFixable = result.findings.filter((f) => f.status === 'not-fixable').length;
  if (result.fixableOnly) {
    s.paragraph(
      `fixable-only: ${notFixable} finding(s) without a fix are not counted; findings whose source does not say whether a fix exists still count.`,
    );
  }

  if (result.decisive.length) {
    s.heading('Findings that failed the gate', 3);
    s.table(['vulnerability', 'severity', 'package', 'installed', 'fixed in'], findingRows(result.decisive));
    if (result.decisive.length > SUMMARY_FINDING_ROWS) {
      s.paragraph(`…and ${result.decisive.length - SUMMARY_FINDING_ROWS} more in the findings file.`);
    }
  } else {
    const counted = result.findings.filter((f) => f.status === 'counted');
    if (counted.length) {
      s.details(
        `${counted.length} finding(s) below the threshold`,
        new SummaryBuilder()
          .table(['vulnerability', 'severity', 'package', 'installed', 'fixed in'], findingRows(counted))
          .toString(),
      );
    }
  }

  allowlistSection(s, result);

  s.heading('Signature', 3);
  const sig = result.signature;
  const mark = !sig.required ? 'ℹ️' : sig.status === 'verified' ? '✅' : '❌';
  s.paragraph(`${mark} ${sig.required ? 'required' : 'not required'}, ${sig.status}: ${escapeCell(sig.detail)}`);
  if (sig.signers?.length) s.list(sig.signers.map((x) => `signed by \`${x}\``));
  const prov = result.provenance;
  if (prov.required) {
    s.heading('Provenance', 3);
    s.paragraph(`${prov.status === 'verified' ? '✅' : '❌'} required, ${prov.status}: ${escapeCell(prov.detail)}`);
  }
  if (context.findingsFile) s.paragraph(`Every finding and its verdict: \`${context.findingsFile}\`.`);
  return s.toString();
}

/** The JSON findings file, for other tools: the verdict, the counts and every finding with its status. */
export function findingsDocument(result: GateResult, context: ReportContext): object {
  return {
    image: imageName(context.image),
    repository: context.image.repository,
    digest: context.image.digest,
    source: context.sourceDetail,
    passed: result.passed,
    failOn: result.failOn,
    fixableOnly: result.fixableOnly,
    reasons: result.reasons,
    counts: result.counts,
    found: result.found,
    signature: result.signature,
    provenance: result.provenance,
    allowlist: result.allowlist,
    findings: result.findings,
  };
}
