import { createHash } from 'node:crypto';
import { findingKey, scoreForSeverity, type Severity } from './findings';
import type { GateResult, JudgedFinding } from './gate';
import { imageName, type ScannedImage } from './image';

export interface SarifOptions {
  image: ScannedImage;
  /** The Dockerfile the image was built from, relative to the repository root; results point at it. */
  dockerfile?: string;
  toolVersion?: string;
  /** Where the findings came from, kept in the run's properties. */
  sourceDetail?: string;
}

type SarifLevel = 'error' | 'warning' | 'note';

function levelOf(severity: Severity): SarifLevel {
  if (severity === 'CRITICAL' || severity === 'HIGH') return 'error';
  if (severity === 'MEDIUM') return 'warning';
  return 'note';
}

function isUrl(text: string | undefined): text is string {
  if (!text) return false;
  try {
    const u = new URL(text);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/** A repository-relative path as a URI reference (spaces and the like escaped, slashes kept). */
function relativeUri(path: string): string {
  return path
    .replace(/^\.?\/+/, '')
    .split('/')
    .map((p) => encodeURIComponent(p))
    .join('/');
}

function message(f: JudgedFinding): string {
  const lines = [
    `Package: ${f.package ?? 'unknown'}`,
    `Installed Version: ${f.installedVersion ?? 'unknown'}`,
    `Vulnerability ${f.id}`,
    `Severity: ${f.severity}`,
    `Fixed Version: ${f.fixedVersion ?? (f.fixable === false ? 'none' : 'unknown')}`,
  ];
  if (f.link) lines.push(`Link: [${f.id}](${f.link})`);
  return lines.join('\n');
}

/** The rule of one vulnerability, with the security-severity code scanning ranks it by. */
function sarifRule(f: JudgedFinding): object {
  const score = f.score ?? scoreForSeverity(f.severity);
  const summary = f.title ?? f.id;
  return {
    id: f.id,
    name: 'ContainerImageVulnerability',
    shortDescription: { text: summary.length > 1000 ? `${summary.slice(0, 997)}...` : summary },
    fullDescription: { text: summary },
    ...(isUrl(f.link) ? { helpUri: f.link } : {}),
    help: {
      text: `Vulnerability ${f.id}\nSeverity: ${f.severity}${f.link ? `\nLink: ${f.link}` : ''}`,
      markdown: `**Vulnerability ${f.id}**\n\n| severity | link |\n| --- | --- |\n| ${f.severity} | ${f.link ? `[${f.id}](${f.link})` : ''} |`,
    },
    defaultConfiguration: { level: levelOf(f.severity) },
    properties: {
      'security-severity': score.toFixed(1),
      precision: 'very-high',
      tags: ['vulnerability', 'security', f.severity],
    },
  };
}

/** One result: a vulnerable package, located at the Dockerfile or the repository, fingerprinted across builds. */
function sarifResult(f: JudgedFinding, ruleIndex: number | undefined, uri: string, options: SarifOptions): object {
  return {
    ruleId: f.id,
    ruleIndex,
    level: levelOf(f.severity),
    message: { text: message(f) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri, ...(options.dockerfile ? { uriBaseId: '%SRCROOT%' } : {}) },
          region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
        },
        message: { text: `${imageName(options.image)}: ${f.package ?? 'unknown package'}` },
      },
    ],
    partialFingerprints: {
      'containerImageVulnerability/v1': createHash('sha256')
        .update(`${options.image.repository}\u0000${findingKey(f)}`)
        .digest('hex'),
    },
    ...(f.allowedBy
      ? {
          suppressions: [
            {
              kind: 'external',
              justification: `${f.allowedBy.reason}${f.allowedBy.until ? ` (until ${f.allowedBy.until})` : ''}`,
            },
          ],
        }
      : {}),
    properties: { status: f.status, decisive: f.decisive, fixable: f.fixable, source: f.source },
  };
}

/**
 * SARIF 2.1.0 for github/codeql-action/upload-sarif: one rule per vulnerability (security-severity, so code
 * scanning ranks it), one result per vulnerable package, located at the Dockerfile (or, without one, at the
 * image's repository name), with a fingerprint that stays the same across builds so an alert is tracked, not
 * duplicated. Allowlisted findings are included as externally suppressed.
 */
export function toSarif(result: GateResult, options: SarifOptions): object {
  const ruleIndex = new Map<string, number>();
  const rules: object[] = [];
  for (const f of result.findings) {
    if (ruleIndex.has(f.id)) continue;
    ruleIndex.set(f.id, rules.length);
    rules.push(sarifRule(f));
  }
  const uri = options.dockerfile ? relativeUri(options.dockerfile) : relativeUri(options.image.repository);
  const results = result.findings.map((f) => sarifResult(f, ruleIndex.get(f.id), uri, options));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'scan-gate',
            ...(options.toolVersion ? { version: options.toolVersion } : {}),
            rules,
          },
        },
        // One category per repository, so the alerts of one image do not close those of another.
        automationDetails: { id: `scan-gate/${options.image.repository}/` },
        results,
        properties: {
          image: imageName(options.image),
          passed: result.passed,
          failOn: result.failOn,
          ...(options.sourceDetail ? { source: options.sourceDetail } : {}),
        },
      },
    ],
  };
}
