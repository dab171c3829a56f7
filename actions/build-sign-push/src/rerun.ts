import type { KMSClient } from '@aws-sdk/client-kms';
import type { RegistryClient } from '../../../shared/src/oci/registry';
import type { ImageTag, Policy } from '../../../shared/src/policy';
import { verifyProvenance, type ProvenanceRules } from '../../../shared/src/provenance/verify';
import { ConfigurationError } from '../../../shared/src/runtime/errors';
import type { Logger } from '../../../shared/src/runtime/logger';
import type { PreparedSigning } from '../../../shared/src/signing/sign-step';
import type { SignatureTrust } from '../../../shared/src/signing/types';
import { trustFromPolicy, verifyImageSignatures } from '../../../shared/src/signing/verify';

/**
 * What one check says of the image already under the run's immutable tags:
 * - `verified`: it holds (a trusted signature);
 * - `missing`: there is none of it: the image is adopted, and the run's own steps add it (it signs the image);
 * - `invalid`: there is one and it fails: the image is refused, the run stops naming the tag and this detail.
 */
export type ReuseVerdict = {
  status: 'verified' | 'missing' | 'invalid';
  detail: string;
  /** The referrer that holds what verified (the provenance's), which the run outputs instead of writing another. */
  digest?: string;
};

/**
 * One "also verify" step of the re-run check. The signature is the first; others (such as a provenance check) are
 * added to the list the action passes to `findReusableImage`, and each must hold, or be missing, for the image to be
 * taken instead of built.
 */
export interface ReuseCheck {
  /** What is checked, as the log and a refusal name it: "signature", "provenance". */
  name: string;
  check(image: { repository: string; digest: string }): Promise<ReuseVerdict>;
}

/** The image a re-run takes instead of building: the digest every immutable tag of the run points at. */
export interface ReusableImage {
  digest: string;
  /** The immutable tags that already point at it. */
  tags: string[];
  verdicts: { name: string; verdict: ReuseVerdict }[];
}

/** The refusal of an image under the run's immutable tags: the tag, the image, and why. */
function refusal(repository: string, names: string[], digest: string, why: string): ConfigurationError {
  const also = names.length > 1 ? ` (and ${names.slice(1).join(', ')})` : '';
  return new ConfigurationError(
    `The immutable tag '${names[0]}'${also} of ${repository} already points at ${digest}, ${why}. That image is not this run's and is never adopted; nothing was built or written. Find out who wrote the tag; if the image is to be replaced, delete it (or the tag) first, or build a new version.`,
  );
}

/**
 * Before a build: when every immutable tag the run would write exists and points at one image, that image is this
 * run's result (a re-run of a job whose push succeeded), provided every check holds or is missing. An image whose
 * check fails is refused with a ConfigurationError naming the tag and why; with `requireVerified` (provenance
 * required) so is an image of which no check verified anything. Otherwise (no immutable tag, one missing, tags on
 * different images) undefined: the run builds.
 */
export async function findReusableImage(
  client: Pick<RegistryClient, 'headManifest'>,
  repository: string,
  tags: ImageTag[],
  checks: ReuseCheck[],
  logger: Logger,
  options: { requireVerified?: boolean } = {},
): Promise<ReusableImage | undefined> {
  const immutable = tags.filter((t) => !t.mutable);
  if (!immutable.length) return undefined;
  const current = await Promise.all(immutable.map(async (t) => (await client.headManifest(repository, t.tag))?.digest));
  const missing = immutable.filter((_, i) => !current[i]);
  if (missing.length) {
    logger.debug(`Building: the immutable tag(s) ${missing.map((t) => t.tag).join(', ')} do not exist yet.`);
    return undefined;
  }
  const digests = [...new Set(current as string[])];
  if (digests.length > 1) {
    logger.info(`The immutable tags of this run point at ${digests.length} different images; building.`);
    return undefined;
  }
  const digest = digests[0];
  const names = immutable.map((t) => t.tag);
  const verdicts: ReusableImage['verdicts'] = [];
  for (const c of checks) {
    const verdict = await c.check({ repository, digest });
    if (verdict.status === 'invalid') {
      throw refusal(repository, names, digest, `whose ${c.name} does not verify: ${verdict.detail}`);
    }
    verdicts.push({ name: c.name, verdict });
  }
  if (options.requireVerified && checks.length && !verdicts.some((v) => v.verdict.status === 'verified')) {
    const found = verdicts.map((v) => `${v.name} ${v.verdict.status}: ${v.verdict.detail}`).join('; ');
    throw refusal(
      repository,
      names,
      digest,
      `of which nothing verifies (${found}); provenance is required, so an image that neither a trusted signature nor a trusted provenance vouches for is not adopted and attested`,
    );
  }
  return { digest, tags: names, verdicts };
}

/** The policy's signing.trust, or (when it cannot be read in this step) none of it, with a warning saying so. */
function policyTrust(signing: Policy['signing'], kmsKeys: string[], env: NodeJS.ProcessEnv, logger?: Logger) {
  try {
    return trustFromPolicy({ trust: { ...signing.trust, kmsKeys } }, { env });
  } catch (err) {
    if (!(err instanceof ConfigurationError)) throw err;
    logger?.warning(
      `The re-run check verifies the image under this run's tags with the key this run signs with only: signing.trust cannot be read in this step (${err.message})`,
    );
    const none = { publicKeys: [], kmsKeys, keyless: [], signerProfiles: [], rootCertificates: [] };
    return trustFromPolicy({ trust: none }, { env });
  }
}

/**
 * The trust a re-run verifies the existing image with: the policy's signing.trust, the KMS key the policy signs
 * with, and the key this run signs with, so that the run's own earlier signature is recognised. A trusted key the
 * build step cannot read (a variable only the gate's step sets) leaves the run's own key: an image signed by
 * another trusted key is then refused, failing closed with the warning beside the refusal.
 */
export async function rerunTrust(
  policy: Policy,
  prepared: PreparedSigning | undefined,
  env: NodeJS.ProcessEnv,
  logger?: Logger,
): Promise<SignatureTrust> {
  const signing = policy.signing;
  const own = signing.method === 'kms' && signing.key?.startsWith('awskms://') ? [signing.key] : [];
  const trust = policyTrust(signing, [...new Set([...signing.trust.kmsKeys, ...own])], env, logger);
  const signer = prepared?.signer;
  const key = signer && signer.kind !== 'keyless' ? await signer.publicKey() : undefined;
  if (key) trust.publicKeys.push({ name: await signer!.identity(), key });
  return trust;
}

const trustIsEmpty = (t: SignatureTrust) =>
  !t.publicKeys.length && !t.kmsKeys.length && !t.keyless.length && !t.signerProfiles.length;

/**
 * The signature check of a re-run: a trusted signature over the digest verifies; none at all is missing (the run
 * signs the image: only the system's push role can write under its tags); signatures that all fail are invalid.
 * Without any trust to verify with (signing off, no trust listed), the signature cannot decide and counts as missing.
 */
export function signatureReuseCheck(options: {
  client: Parameters<typeof verifyImageSignatures>[0]['client'];
  trust: SignatureTrust;
  kms?: () => KMSClient;
  logger: Logger;
}): ReuseCheck {
  return {
    name: 'signature',
    async check({ repository, digest }) {
      if (trustIsEmpty(options.trust)) {
        return { status: 'missing', detail: 'no trusted key or identity to verify with (signing is off)' };
      }
      const result = await verifyImageSignatures({ ...options, repository, digest });
      if (result.verified.length) {
        const by = [...new Set(result.verified.map((c) => c.signer ?? c.format))].join(', ');
        return { status: 'verified', detail: `signed by ${by}` };
      }
      if (result.rejected.length) {
        const why = result.rejected.map((c) => `${c.format} signature ${c.reason}: ${c.detail}`).join('; ');
        return { status: 'invalid', detail: why };
      }
      return { status: 'missing', detail: 'the image carries no signature' };
    },
  };
}

/**
 * The provenance check of a re-run, added when the run writes a provenance. A provenance that verifies under the
 * policy's trust (and, when provenance is required, its builders and sourceRefs) is the run's: nothing is attached
 * and its digest is the output. None at all is missing: the run attests the adopted image. One that fails (a builder
 * or ref the policy does not allow, a key it does not trust, another digest) refuses the image when provenance is
 * required; when it is not, it counts as missing and the run attaches its own.
 */
export function provenanceReuseCheck(options: {
  client: Parameters<typeof verifyProvenance>[0]['client'];
  trust: SignatureTrust;
  rules: ProvenanceRules;
  required: boolean;
  kms?: () => KMSClient;
  logger: Logger;
}): ReuseCheck {
  const { required } = options;
  // Not required: any trusted provenance of the digest is reused, whoever built it; the rules are the gate's business.
  const rules = required ? options.rules : { builders: [], sourceRefs: [] };
  return {
    name: 'provenance',
    async check({ repository, digest }) {
      const found = await verifyProvenance({ ...options, rules, repository, digest });
      if (found.status === 'verified') return { status: 'verified', detail: found.detail, digest: found.digest };
      if (found.status === 'missing') return { status: 'missing', detail: found.detail };
      const why = `${found.status}: ${found.detail}`;
      if (required) return { status: 'invalid', detail: why };
      return { status: 'missing', detail: `none verifies (${why}); provenance is not required, so one is attached` };
    },
  };
}
