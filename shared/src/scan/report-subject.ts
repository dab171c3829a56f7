import { ConfigurationError } from '../runtime/errors';

/**
 * Which image a scanner report describes. A report is evidence about one image only: a clean report of another
 * image (or of nothing) must never pass the gate of this one.
 */

/** What the gate needs to bind a report to the image it judges. */
export interface ReportBinding {
  /** The gated digest, sha256:<64 hex>. */
  digest: string;
  /** The policy's scan.trustReportsWithoutDigest: judge a report that names no digest at all. */
  trustWithoutDigest: boolean;
}

/** The digests a report names, each with the field that names it. */
export interface ReportSubject {
  /** Manifest (or index) digests: RepoDigests, ArtifactName, manifestDigest, userInput, run properties. */
  manifests: { digest: string; field: string }[];
  /** Config digests (Trivy ImageID, Grype imageID): they match only when the gated digest is the same. */
  configs: { digest: string; field: string }[];
}

const DIGEST = /sha256:[a-f0-9]{64}/g;

function digestsIn(value: unknown): string[] {
  if (typeof value === 'string') return [...value.matchAll(DIGEST)].map((m) => m[0]);
  if (Array.isArray(value)) return value.flatMap(digestsIn);
  return [];
}

/** Collects the digests of fields (field name -> value) into a subject. */
export function subjectOf(manifestFields: Record<string, unknown>, configFields: Record<string, unknown> = {}) {
  const subject: ReportSubject = { manifests: [], configs: [] };
  for (const [field, value] of Object.entries(manifestFields)) {
    for (const digest of digestsIn(value)) subject.manifests.push({ digest, field });
  }
  for (const [field, value] of Object.entries(configFields)) {
    for (const digest of digestsIn(value)) subject.configs.push({ digest, field });
  }
  return subject;
}

/**
 * Refuses a report that does not describe the gated digest; returns a note for the report's detail line.
 * A report that names the digest anywhere is bound; one that names only other manifest digests is another image's;
 * one that names none (a config digest cannot be compared with a manifest digest) is judged only when the policy
 * says it trusts such reports.
 */
export function checkReportSubject(subject: ReportSubject, binding: ReportBinding, name: string): string {
  const all = [...subject.manifests, ...subject.configs];
  const hit = all.find((d) => d.digest === binding.digest);
  if (hit) return `which names the digest (${hit.field})`;
  if (subject.manifests.length) {
    const fields = new Map<string, string[]>();
    for (const d of subject.manifests) fields.set(d.digest, [...(fields.get(d.digest) ?? []), d.field]);
    const named = [...fields]
      .slice(0, 3)
      .map(([digest, f]) => `${digest} (${f.join(', ')})`)
      .join(', ');
    throw new ConfigurationError(
      `The report '${name}' describes another image: it names ${named}, not the gated ${binding.digest}. Scan the image by this digest (trivy image <repository>@${binding.digest}, grype <repository>@${binding.digest}) and pass that report.`,
    );
  }
  if (binding.trustWithoutDigest) return 'which names no digest (trusted: scan.trustReportsWithoutDigest)';
  const config = subject.configs.length ? ` (only the config digest in ${subject.configs[0].field})` : '';
  throw new ConfigurationError(
    `The report '${name}' names no image digest${config}, so it cannot be told apart from a report of another image. Scan the image by digest (trivy image <repository>@${binding.digest}) so the report names it, or set scan.trustReportsWithoutDigest: true in the policy to judge reports that name no digest.`,
  );
}
