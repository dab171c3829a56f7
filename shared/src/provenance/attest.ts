import { listReferrers } from '../oci/referrers';
import { ConfigurationError, errorMessage } from '../runtime/errors';
import type { Logger } from '../runtime/logger';
import { attachSignedStatement, verifyBundleStatement, type BundleTrust } from '../signing/bundle-format';
import { SIGNATURE_MEDIA_TYPES } from '../signing/payloads';
import { KeylessSigner, type Signer } from '../signing/signers';
import { keylessTrustMaterial } from '../signing/sigstore-trust';
import type { SignatureSubject } from '../signing/types';
import { provenanceIdentity, SLSA_PROVENANCE_V1, type ProvenanceStatement } from './statement';
import { mayBeProvenance } from './verify';

export interface AttestProvenanceOptions {
  subject: SignatureSubject;
  /** The signer of the policy's signing method (a KMS key, a PEM key, or keyless). */
  signer: Signer;
  statement: ProvenanceStatement;
  rekorUrl?: string;
  /** The sigstore trusted root keyless bundles are checked against when looking for an existing provenance. */
  trustedRoot?: unknown;
  logger?: Logger;
  now?: () => Date;
}

export interface AttestProvenanceResult {
  /** The referrer manifest that holds the provenance bundle. */
  digest: string;
  /** True when the same provenance, by the same key or identity, was attached already (a re-run). */
  skipped: boolean;
  via?: 'referrers-api' | 'tag-schema';
  message: string;
}

/** The trust that accepts exactly this signer: to recognise a provenance it attached before. */
async function signerTrust(signer: Signer, trustedRoot: unknown): Promise<BundleTrust> {
  if (signer instanceof KeylessSigner) {
    const id = await signer.expectedIdentity();
    const exact = new RegExp(id.subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return {
      keys: [],
      keyless: [{ issuer: id.issuer, subject: exact }],
      keylessMaterial: () => keylessTrustMaterial(trustedRoot),
    };
  }
  const key = await signer.publicKey();
  return { keys: key ? [{ name: await signer.identity(), key }] : [], keyless: [] };
}

/** The digest of a provenance this signer already attached with the same identity (see provenanceIdentity). */
async function existingProvenance(options: AttestProvenanceOptions): Promise<string | undefined> {
  const { subject } = options;
  const image = { client: subject.client, repository: subject.repository, digest: subject.descriptor.digest };
  const listed = await listReferrers(
    subject.client,
    subject.repository,
    image.digest,
    SIGNATURE_MEDIA_TYPES.sigstoreBundle,
  );
  const candidates = listed.referrers.filter(mayBeProvenance);
  if (!candidates.length) return undefined;
  const trust = await signerTrust(options.signer, options.trustedRoot);
  const wanted = provenanceIdentity(options.statement);
  for (const referrer of candidates) {
    const verified = await verifyBundleStatement(image, referrer, trust, SLSA_PROVENANCE_V1);
    if (verified.statement && provenanceIdentity(verified.statement) === wanted) return referrer.digest;
  }
  return undefined;
}

/**
 * Signs the image's SLSA provenance as a DSSE envelope in a sigstore bundle and attaches it as a referrer of the
 * image (the referrers tag schema where the registry has no referrers API); it counts against ECR's referrer limit
 * with the signatures. Idempotent: when this signer already attached a provenance of the same build definition and
 * builder to the image, that one is kept and nothing is added.
 */
export async function attestProvenance(options: AttestProvenanceOptions): Promise<AttestProvenanceResult> {
  const { subject, logger } = options;
  const ref = `${subject.dockerReference}@${subject.descriptor.digest}`;
  let existing: string | undefined;
  try {
    existing = await existingProvenance(options);
  } catch (err) {
    if (err instanceof ConfigurationError) throw err;
    // Not being able to look only costs a second provenance; attaching still goes ahead.
    logger?.debug(`Could not look for an existing provenance: ${errorMessage(err)}`);
  }
  if (existing) {
    const message = `${ref} already carries this provenance (${existing}); nothing added.`;
    logger?.info(message);
    return { digest: existing, skipped: true, message };
  }
  const bytes = Buffer.from(JSON.stringify(options.statement));
  const attached = await attachSignedStatement(subject, options.signer, bytes, SLSA_PROVENANCE_V1, {
    rekorUrl: options.rekorUrl,
    logger,
    now: options.now,
  });
  const message = `Attached the SLSA provenance of ${ref} as ${attached.descriptor.digest}.`;
  logger?.info(message);
  return { digest: attached.descriptor.digest, skipped: false, via: attached.via, message };
}
