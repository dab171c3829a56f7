import { isAccessDenied } from '../aws/errors';
import { ConfigurationError } from '../runtime/errors';
import { severityOf, sourceSeverityText, type Finding, type FindingSource } from './findings';

/** The findings of one image from one source, and a line that says where they came from. */
export interface ScanResult {
  source: FindingSource;
  findings: Finding[];
  /** "ECR basic scan completed 2026-11-24T05:00:00Z", "Trivy 0.57.1 report scan.json". */
  detail: string;
}

/** An AWS refusal turned into what the user changes: the IAM action the role lacks. */
export function accessDenied(err: unknown, action: string, what: string): ConfigurationError | undefined {
  if (!isAccessDenied(err)) return undefined;
  return new ConfigurationError(
    `AWS refused ${action} for ${what}: ${(err as Error).message}. Allow '${action}' to the role the workflow uses (see the IAM permissions in the scan-gate README).`,
  );
}

/** Inspector and ECR enhanced findings share this shape (the fields the gate reads). */
export interface PackageVulnerabilityFinding {
  title?: string;
  severity?: unknown;
  fixAvailable?: string;
  score?: number;
  remediationUrl?: string;
  packageVulnerabilityDetails?: {
    vulnerabilityId?: string;
    sourceUrl?: string;
    vendorSeverity?: string;
    referenceUrls?: string[];
    cvss?: { baseScore?: number }[];
    vulnerablePackages?: { name?: string; version?: string; release?: string; fixedInVersion?: string }[];
  };
}

/**
 * One Finding per vulnerable package of an Inspector finding. fixAvailable is per finding (YES, PARTIAL, NO);
 * a package's own fixedInVersion ("NotAvailable" when there is none) decides for that package.
 */
export function fromPackageVulnerability(f: PackageVulnerabilityFinding, source: FindingSource): Finding[] {
  const details = f.packageVulnerabilityDetails;
  const id = details?.vulnerabilityId ?? f.title ?? 'unknown';
  const link = details?.sourceUrl ?? f.remediationUrl ?? details?.referenceUrls?.[0];
  const scores = (details?.cvss ?? []).map((c) => c.baseScore).filter((s): s is number => typeof s === 'number');
  const score = f.score ?? (scores.length ? Math.max(...scores) : undefined);
  const packages = details?.vulnerablePackages?.length ? details.vulnerablePackages : [{}];
  return packages.map((p: { name?: string; version?: string; release?: string; fixedInVersion?: string }) => {
    const fixed = p.fixedInVersion && p.fixedInVersion !== 'NotAvailable' ? p.fixedInVersion : undefined;
    const fixable =
      f.fixAvailable === 'NO' ? false : fixed ? true : f.fixAvailable === 'YES' ? true : f.fixAvailable ? false : null;
    return {
      id,
      ...severityOf(f.severity, score),
      sourceSeverity: sourceSeverityText(f.severity),
      package: p.name,
      installedVersion: p.version ? (p.release ? `${p.version}-${p.release}` : p.version) : undefined,
      fixedVersion: fixed,
      fixable,
      title: f.title,
      link,
      score,
      source,
    };
  });
}
