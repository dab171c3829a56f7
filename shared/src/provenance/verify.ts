import type { TrustMaterial } from '@sigstore/verify';
import { listReferrers, type ReferrerRegistry } from '../oci/referrers';
import type { Descriptor } from '../oci/types';
import { matchesWildcard } from '../policy/tags';
import type { Logger } from '../runtime/logger';
import {
  FULCIO_SOURCE_REPOSITORY_REF,
  fulcioExtension,
  verifyBundleStatement,
  type BundleTrust,
  type VerifiedStatement,
} from '../signing/bundle-format';
import { BUNDLE_PREDICATE_ANNOTATION, SIGNATURE_MEDIA_TYPES } from '../signing/payloads';
import { keylessTrustMaterial } from '../signing/sigstore-trust';
import type { SignatureTrust, VerifyImageOptions } from '../signing/types';
import { kmsTrustedKeys } from '../signing/verify';
import { SLSA_PROVENANCE_V1, type ProvenancePredicate } from './statement';

/** Which builders and source refs a provenance may name; an empty list accepts any. */
export interface ProvenanceRules {
  /** Workflow refs (`org/repo/.github/workflows/x.yml@refs/heads/main`, or the full builder URL), `*` wildcards. */
  builders: readonly string[];
  /** Git refs (`refs/heads/main`, `refs/tags/v*`), `*` wildcards. */
  sourceRefs: readonly string[];
}

/**
 * verified: a provenance by a trusted key or identity, from an allowed builder and ref; missing: none attached;
 * untrusted: none verifies under the policy's trust; builder-not-allowed / ref-not-allowed: a trusted provenance, but
 * from a workflow or ref the policy does not accept.
 */
export type ProvenanceStatus = 'verified' | 'missing' | 'untrusted' | 'builder-not-allowed' | 'ref-not-allowed';

export interface ProvenanceCheck {
  status: ProvenanceStatus;
  /** What was found or why it failed, in a sentence. */
  detail: string;
  /** The referrer that holds the provenance the status is about. */
  digest?: string;
  builder?: string;
  sourceRef?: string;
  signer?: string;
}

export interface VerifyProvenanceOptions {
  client: ReferrerRegistry;
  repository: string;
  digest: string;
  trust: SignatureTrust;
  rules: ProvenanceRules;
  kms?: VerifyImageOptions['kms'];
  logger?: Logger;
}

/** What a provenance says of its build: the builder and the git ref of the source. */
export function provenanceClaims(predicate: Partial<ProvenancePredicate>): { builder?: string; sourceRef?: string } {
  const builder = predicate.runDetails?.builder?.id;
  const source = predicate.buildDefinition?.resolvedDependencies?.find((d) => d.uri?.startsWith('git+'));
  const uri = source?.uri ?? '';
  const at = uri.indexOf('@');
  const sourceRef = at >= 0 ? uri.slice(at + 1) : predicate.buildDefinition?.externalParameters?.workflow?.ref;
  return { builder: typeof builder === 'string' ? builder : undefined, sourceRef: sourceRef || undefined };
}

/** Whether a builder id (`https://github.com/<workflow ref>`) matches a pattern, with or without the server URL. */
export function builderAllowed(builder: string, patterns: readonly string[]): boolean {
  if (!patterns.length) return true;
  const path = builder.replace(/^https?:\/\/[^/]+\//, '');
  return patterns.some((p) => matchesWildcard(builder, p) || matchesWildcard(path, p));
}

export function sourceRefAllowed(ref: string, patterns: readonly string[]): boolean {
  return !patterns.length || patterns.some((p) => matchesWildcard(ref, p));
}

const RANK: Record<ProvenanceStatus, number> = {
  missing: 0,
  untrusted: 1,
  'builder-not-allowed': 2,
  'ref-not-allowed': 3,
  verified: 4,
};

/** Judges one verified provenance: keyless claims must agree with the certificate, then the policy's rules. */
export function judgeProvenance(verified: VerifiedStatement, rules: ProvenanceRules): ProvenanceCheck {
  const digest = verified.check.manifestDigest;
  const signer = verified.check.signer;
  if (!verified.statement || verified.check.reason) {
    return { status: 'untrusted', digest, detail: `${verified.check.reason}: ${verified.check.detail}` };
  }
  const { builder, sourceRef } = provenanceClaims(verified.statement.predicate as Partial<ProvenancePredicate>);
  const base = { digest, signer, builder, sourceRef };
  if (!builder || !sourceRef) {
    return {
      ...base,
      status: 'untrusted',
      detail: 'the provenance names no builder (runDetails.builder.id) or no source ref',
    };
  }
  if (verified.identity) {
    // Keyless: the certificate says which workflow signed and for which ref; the statement may not claim others.
    const san = verified.identity.subjectAlternativeName;
    const certRef = fulcioExtension(verified.identity, FULCIO_SOURCE_REPOSITORY_REF);
    if (san !== builder || (certRef !== undefined && certRef !== sourceRef)) {
      return {
        ...base,
        status: 'untrusted',
        detail: `the provenance claims builder ${builder} at ${sourceRef}, but its certificate was issued to ${san} at ${certRef ?? '?'}`,
      };
    }
  }
  if (!builderAllowed(builder, rules.builders)) {
    return {
      ...base,
      status: 'builder-not-allowed',
      detail: `built by ${builder}, which is not in provenance.builders (${rules.builders.join(', ')})`,
    };
  }
  if (!sourceRefAllowed(sourceRef, rules.sourceRefs)) {
    return {
      ...base,
      status: 'ref-not-allowed',
      detail: `built from ${sourceRef}, which is not in provenance.sourceRefs (${rules.sourceRefs.join(', ')})`,
    };
  }
  return { ...base, status: 'verified', detail: `built by ${builder} from ${sourceRef}, signed by ${signer}` };
}

function missing(digest: string): ProvenanceCheck {
  return { status: 'missing', detail: `no SLSA provenance (${SLSA_PROVENANCE_V1}) is attached to ${digest}` };
}

/**
 * A sigstore bundle referrer that may hold a provenance: annotated as one, or not annotated at all (some registries
 * leave the annotations out of their referrers list), in which case its statement says.
 */
export function mayBeProvenance(referrer: Descriptor): boolean {
  const predicate = referrer.annotations?.[BUNDLE_PREDICATE_ANNOTATION];
  return predicate === undefined || predicate === SLSA_PROVENANCE_V1;
}

/**
 * Finds the image's SLSA provenance referrers and verifies each with @sigstore/verify under the policy's signing
 * trust (the same keys and identities as signatures); the image passes when one verifies, names this very digest,
 * and comes from an allowed builder and source ref. Otherwise the check says which of these failed.
 */
export async function verifyProvenance(options: VerifyProvenanceOptions): Promise<ProvenanceCheck> {
  const { client, repository, digest, trust, rules } = options;
  const listed = await listReferrers(client, repository, digest, SIGNATURE_MEDIA_TYPES.sigstoreBundle);
  const candidates = listed.referrers.filter(mayBeProvenance);
  if (!candidates.length) return missing(digest);
  let material: Promise<TrustMaterial> | undefined;
  const bundleTrust: BundleTrust = {
    keys: [...trust.publicKeys, ...(await kmsTrustedKeys(trust, options.kms))],
    keyless: trust.keyless,
    keylessMaterial: () => (material ??= keylessTrustMaterial(trust.trustedRoot)),
  };
  const checks: ProvenanceCheck[] = [];
  for (const referrer of candidates) {
    const verified = await verifyBundleStatement(
      { client, repository, digest },
      referrer,
      bundleTrust,
      SLSA_PROVENANCE_V1,
    );
    // A bundle of another predicate (a signature, an SBOM attestation) is not a provenance to judge.
    if (verified.predicateType !== undefined && verified.predicateType !== SLSA_PROVENANCE_V1) continue;
    const check = judgeProvenance(verified, rules);
    options.logger?.debug(`provenance ${referrer.digest}: ${check.status}: ${check.detail}`);
    if (check.status === 'verified') return check;
    checks.push(check);
  }
  if (!checks.length) return missing(digest);
  const best = checks.reduce((a, b) => (RANK[b.status] > RANK[a.status] ? b : a));
  const all = checks.map((c) => `${c.digest}: ${c.detail}`).join('; ');
  return { ...best, detail: checks.length > 1 ? `${best.detail} (all ${checks.length}: ${all})` : best.detail };
}
