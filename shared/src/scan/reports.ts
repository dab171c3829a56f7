import { readFileSync } from 'node:fs';
import { ConfigurationError } from '../runtime/errors';
import {
  isSeverityWord,
  normaliseSeverity,
  severityOf,
  sourceSeverityText,
  severityFromScore,
  type Finding,
  type FindingSource,
  type Severity,
} from './findings';
import { checkReportSubject, subjectOf, type ReportBinding } from './report-subject';
import type { ScanResult } from './source';

/** The report formats a pre-push scan can hand to the gate. */
export type ReportFormat = 'trivy' | 'grype' | 'sarif';

// The fields read from each format, following the tools' published JSON output.
interface TrivyVulnerability {
  VulnerabilityID?: string;
  PkgName?: string;
  InstalledVersion?: string;
  FixedVersion?: string;
  Status?: string;
  Severity?: unknown;
  Title?: string;
  PrimaryURL?: string;
  References?: string[];
  CVSS?: Record<string, { V3Score?: number; V2Score?: number }>;
}
interface TrivyResult {
  Target?: string;
  Vulnerabilities?: TrivyVulnerability[] | null;
}
interface TrivyReport {
  SchemaVersion?: number;
  ArtifactName?: string;
  Metadata?: { ImageID?: string; RepoDigests?: string[] };
  Trivy?: { Version?: string };
  Results?: TrivyResult[] | null;
}

interface GrypeMatch {
  vulnerability?: {
    id?: string;
    dataSource?: string;
    severity?: unknown;
    description?: string;
    urls?: string[];
    cvss?: { metrics?: { baseScore?: number } }[];
    fix?: { versions?: string[]; state?: string };
  };
  relatedVulnerabilities?: { id?: string; description?: string; cvss?: { metrics?: { baseScore?: number } }[] }[];
  artifact?: { name?: string; version?: string; type?: string };
}
interface GrypeReport {
  matches?: GrypeMatch[] | null;
  descriptor?: { name?: string; version?: string };
  source?: {
    type?: string;
    target?: { userInput?: string; imageID?: string; manifestDigest?: string; repoDigests?: string[] } | string;
  };
}

interface SarifMessage {
  text?: string;
  markdown?: string;
}
interface SarifRule {
  id?: string;
  name?: string;
  shortDescription?: SarifMessage;
  fullDescription?: SarifMessage;
  helpUri?: string;
  defaultConfiguration?: { level?: string };
  properties?: { 'security-severity'?: string | number; tags?: string[] };
}
interface SarifResult {
  ruleId?: string;
  ruleIndex?: number;
  rule?: { id?: string; index?: number };
  level?: string;
  message?: SarifMessage;
  properties?: { 'security-severity'?: string | number; tags?: string[] };
}
interface SarifLog {
  version?: string;
  runs?: {
    tool?: { driver?: { name?: string; version?: string; rules?: SarifRule[] } };
    results?: SarifResult[];
    // Trivy writes the image it scanned here (imageName, repoDigests, imageID); any tool may use automationDetails.
    properties?: Record<string, unknown>;
    automationDetails?: { id?: string; guid?: string };
  }[];
}

/** Which format a parsed report is, by its shape. */
export function detectReportFormat(doc: unknown): ReportFormat | undefined {
  if (Array.isArray(doc)) {
    // Trivy's first JSON format: a bare array of results.
    return doc.every((r) => r && typeof r === 'object' && 'Target' in r) ? 'trivy' : undefined;
  }
  if (!doc || typeof doc !== 'object') return undefined;
  const o = doc as Record<string, unknown>;
  if (Array.isArray(o.runs) && typeof o.version === 'string') return 'sarif';
  if ('SchemaVersion' in o || 'Results' in o) return 'trivy';
  if ('matches' in o) return 'grype';
  return undefined;
}

/** Reads a Trivy JSON, Grype JSON or SARIF file into findings; a file that is none of these is refused. */
export function readReport(path: string, binding: ReportBinding): ScanResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigurationError(
      `Input 'report' is '${path}', which cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}). Pass the path of a Trivy JSON, Grype JSON or SARIF file written by an earlier step.`,
    );
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new ConfigurationError(
      `The report '${path}' is not JSON (${(err as Error).message}). Write it with 'trivy image --format json', 'grype -o json' or a SARIF output.`,
    );
  }
  return parseReport(doc, path, binding);
}

const WRITE_IT =
  "Write it with 'trivy image --format json', 'grype -o json' or '--format sarif', scanning the image by digest.";

/** A document of a known format whose shape is not what the tool writes: refused, never read as "no findings". */
function incomplete(name: string, what: string): ConfigurationError {
  return new ConfigurationError(`The report '${name}' ${what}, so it is no complete scanner report. ${WRITE_IT}`);
}

function trivyResult(doc: unknown, name: string, binding: ReportBinding): ScanResult {
  if (Array.isArray(doc) && doc.length === 0) throw incomplete(name, 'is an empty list');
  const report: TrivyReport = Array.isArray(doc) ? { Results: doc as TrivyResult[] } : (doc as TrivyReport);
  if (!Array.isArray(doc) && typeof report.ArtifactName !== 'string') {
    throw incomplete(name, 'has no ArtifactName (every Trivy JSON report names what it scanned)');
  }
  if (report.Results !== undefined && !Array.isArray(report.Results)) {
    throw incomplete(name, 'has a Results field that is not a list');
  }
  const odd = (report.Results ?? []).find(
    (r) => !r || (r.Vulnerabilities != null && !Array.isArray(r.Vulnerabilities)),
  );
  if (odd !== undefined) throw incomplete(name, 'has a result whose Vulnerabilities is not a list');
  const subject = subjectOf(
    { ArtifactName: report.ArtifactName, 'Metadata.RepoDigests': report.Metadata?.RepoDigests },
    { 'Metadata.ImageID': report.Metadata?.ImageID },
  );
  const bound = checkReportSubject(subject, binding, name);
  const version = report.Trivy?.Version;
  return {
    source: 'trivy',
    findings: fromTrivy(report),
    detail: `Trivy${version ? ` ${version}` : ''} report ${name}, ${bound}`,
  };
}

function grypeResult(report: GrypeReport, name: string, binding: ReportBinding): ScanResult {
  if (!Array.isArray(report.matches)) throw incomplete(name, 'has a matches field that is not a list');
  if (!report.source || typeof report.source !== 'object') {
    throw incomplete(name, 'has no source (every Grype JSON report names what it scanned)');
  }
  const target = typeof report.source.target === 'object' ? report.source.target : undefined;
  const subject = subjectOf(
    {
      'source.target.manifestDigest': target?.manifestDigest,
      'source.target.repoDigests': target?.repoDigests,
      'source.target.userInput': target?.userInput,
    },
    { 'source.target.imageID': target?.imageID },
  );
  const bound = checkReportSubject(subject, binding, name);
  const version = report.descriptor?.version;
  return {
    source: 'grype',
    findings: fromGrype(report),
    detail: `Grype${version ? ` ${version}` : ''} report ${name}, ${bound}`,
  };
}

function sarifResult(log: SarifLog, name: string, binding: ReportBinding): ScanResult {
  if (log.version !== '2.1.0') {
    throw new ConfigurationError(`The SARIF report '${name}' is version ${log.version}; only SARIF 2.1.0 is read.`);
  }
  if (!log.runs?.length) throw incomplete(name, 'has no runs');
  const fields: Record<string, unknown> = {};
  const configs: Record<string, unknown> = {};
  for (const [i, run] of log.runs.entries()) {
    const p = run.properties ?? {};
    fields[`runs[${i}].properties.imageName`] = p.imageName;
    fields[`runs[${i}].properties.repoDigests`] = p.repoDigests;
    fields[`runs[${i}].automationDetails.id`] = run.automationDetails?.id;
    configs[`runs[${i}].properties.imageID`] = p.imageID;
  }
  const bound = checkReportSubject(subjectOf(fields, configs), binding, name);
  const tools = [...new Set(log.runs.map((r) => r.tool?.driver?.name).filter(Boolean))];
  return { source: 'sarif', findings: fromSarif(log), detail: `SARIF report ${name} (${tools.join(', ')}), ${bound}` };
}

/** Reads a parsed report into findings, after checking it is a whole report of the gated digest. */
export function parseReport(doc: unknown, name: string, binding: ReportBinding): ScanResult {
  switch (detectReportFormat(doc)) {
    case 'trivy':
      return trivyResult(doc, name, binding);
    case 'grype':
      return grypeResult(doc as GrypeReport, name, binding);
    case 'sarif':
      return sarifResult(doc as SarifLog, name, binding);
    default:
      throw new ConfigurationError(
        `The report '${name}' is not a Trivy JSON report (Results[].Vulnerabilities[]), a Grype JSON report (matches[]) or a SARIF 2.1.0 log (runs[]). ${WRITE_IT}`,
      );
  }
}

function maxScore(scores: (number | undefined)[]): number | undefined {
  const valid = scores.filter((s): s is number => typeof s === 'number' && s > 0);
  return valid.length ? Math.max(...valid) : undefined;
}

export function fromTrivy(report: TrivyReport): Finding[] {
  const findings: Finding[] = [];
  for (const result of report.Results ?? []) {
    for (const v of result.Vulnerabilities ?? []) {
      const fixed = typeof v.FixedVersion === 'string' ? v.FixedVersion.trim() || undefined : undefined;
      const score = maxScore(Object.values(v.CVSS ?? {}).flatMap((c) => [c?.V3Score, c?.V2Score]));
      findings.push({
        id: v.VulnerabilityID ?? 'unknown',
        ...severityOf(v.Severity, score),
        sourceSeverity: sourceSeverityText(v.Severity),
        package: v.PkgName,
        installedVersion: v.InstalledVersion,
        fixedVersion: fixed,
        // An empty FixedVersion is Trivy's way of saying there is no fix (Status affected, will_not_fix...).
        fixable: fixed !== undefined || v.Status === 'fixed',
        title: v.Title,
        link: v.PrimaryURL ?? v.References?.[0],
        score,
        source: 'trivy',
      });
    }
  }
  return findings;
}

export function fromGrype(report: GrypeReport): Finding[] {
  return (report.matches ?? []).map((m) => {
    const v = m.vulnerability ?? {};
    const fixed = v.fix?.versions?.filter(Boolean) ?? [];
    const state = v.fix?.state;
    const scores = [v, ...(m.relatedVulnerabilities ?? [])].flatMap((x) =>
      (x.cvss ?? []).map((c) => c?.metrics?.baseScore),
    );
    const score = maxScore(scores);
    const description = v.description ?? m.relatedVulnerabilities?.find((r) => r.description)?.description;
    return {
      id: v.id ?? 'unknown',
      ...severityOf(v.severity, score),
      sourceSeverity: sourceSeverityText(v.severity),
      package: m.artifact?.name,
      installedVersion: m.artifact?.version,
      fixedVersion: fixed.length ? fixed.join(', ') : undefined,
      // fix.state: fixed, not-fixed, wont-fix or unknown.
      fixable: state === 'fixed' || fixed.length > 0 ? true : state === 'unknown' || !state ? null : false,
      title: description ? description.split(/\r?\n/)[0].slice(0, 200) : undefined,
      link: v.dataSource ?? v.urls?.[0],
      score,
      source: 'grype' as FindingSource,
    };
  });
}

const VULNERABILITY_ID = /\b(CVE-\d{4}-\d{4,}|GHSA(?:-[23456789cfghjmpqrvwx]{4}){3}|[A-Z]{2,10}-\d{4}-[\w.:-]+)\b/i;

/** "Key: value" lines, as Trivy writes them into a SARIF result message. */
function messageField(text: string, key: string): string | undefined {
  const m = new RegExp(`^${key}:[ \\t]*(.*)$`, 'im').exec(text);
  return m?.[1]?.trim() || undefined;
}

function sarifSeverity(rule: SarifRule | undefined, result: SarifResult): { severity: Severity; score?: number } {
  const raw = result.properties?.['security-severity'] ?? rule?.properties?.['security-severity'];
  const score = raw === undefined ? NaN : Number(raw);
  if (Number.isFinite(score) && score > 0) return { severity: severityFromScore(score), score };
  const tag = [...(result.properties?.tags ?? []), ...(rule?.properties?.tags ?? [])].find(isSeverityWord);
  if (tag) return { severity: normaliseSeverity(tag) };
  switch (result.level ?? rule?.defaultConfiguration?.level ?? 'warning') {
    case 'error':
      return { severity: 'HIGH' };
    case 'warning':
      return { severity: 'MEDIUM' };
    case 'note':
      return { severity: 'LOW' };
    default:
      return { severity: 'INFORMATIONAL' };
  }
}

export function fromSarif(log: SarifLog): Finding[] {
  const findings: Finding[] = [];
  for (const run of log.runs ?? []) {
    const rules = run.tool?.driver?.rules ?? [];
    const byId = new Map(rules.filter((r) => r.id).map((r) => [r.id as string, r]));
    for (const result of run.results ?? []) {
      const ruleId = result.ruleId ?? result.rule?.id;
      const index = result.ruleIndex ?? result.rule?.index;
      const rule = (ruleId ? byId.get(ruleId) : undefined) ?? (index !== undefined ? rules[index] : undefined);
      const text = result.message?.text ?? result.message?.markdown ?? '';
      const id =
        messageField(text, 'Vulnerability') ??
        VULNERABILITY_ID.exec(ruleId ?? '')?.[1] ??
        VULNERABILITY_ID.exec(text)?.[1] ??
        ruleId ??
        'unknown';
      const fixed = messageField(text, 'Fixed Version');
      const { severity, score } = sarifSeverity(rule, result);
      findings.push({
        id,
        severity,
        sourceSeverity: messageField(text, 'Severity') ?? result.level,
        package: messageField(text, 'Package'),
        installedVersion: messageField(text, 'Installed Version'),
        fixedVersion: fixed,
        fixable: fixed ? true : null,
        title: rule?.shortDescription?.text ?? text.split(/\r?\n/)[0],
        link: rule?.helpUri,
        score,
        source: 'sarif',
      });
    }
  }
  return findings;
}
