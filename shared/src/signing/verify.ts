import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { GetPublicKeyCommand } from '@aws-sdk/client-kms';
import { createPublicKey } from 'node:crypto';
import type { TrustMaterial } from '@sigstore/verify';
import { listReferrers } from '../oci/referrers';
import type { SigningPolicy } from '../policy/schema';
import { signerProfileProblem } from '../policy/validate';
import { ConfigurationError, errorMessage } from '../runtime/errors';
import type { Logger } from '../runtime/logger';
import { verifyBundleStatement } from './bundle-format';
import { parseKeyReference } from './key-reference';
import { loadPublicKey, readKeyMaterial } from './keys';
import { verifyLegacySignatures } from './legacy-format';
import { verifyNotationReferrer } from './notation-format';
import type { Descriptor } from '../oci/types';
import { BUNDLE_PREDICATE_ANNOTATION, COSIGN_SIGN_PREDICATE, SIGNATURE_MEDIA_TYPES } from './payloads';
import { GITHUB_OIDC_ISSUER } from './signers';
import { keylessTrustMaterial } from './sigstore-trust';
import type { SignatureCheck, SignatureTrust, TrustedKey, VerificationResult, VerifyImageOptions } from './types';

type TrustOptions = { env?: NodeJS.ProcessEnv; cwd?: string; logger?: Logger; trustedRoot?: unknown };
type PolicyTrust = SigningPolicy['trust'];

/** Builds the trust of the policy's `signing.trust` (keys are read now; KMS keys at verification time). */
export function trustFromPolicy(signing: Pick<SigningPolicy, 'trust'>, options: TrustOptions = {}): SignatureTrust {
  const trust = signing.trust;
  const publicKeys = trustedPublicKeys(trust, options);
  for (const [i, k] of trust.kmsKeys.entries()) {
    if (parseKeyReference(k).kind !== 'kms') {
      throw new ConfigurationError(
        `signing.trust.kmsKeys[${i}] is '${k}'; write awskms:///alias/<name> or awskms:///arn:...`,
      );
    }
  }
  for (const [i, profile] of trust.signerProfiles.entries()) {
    const problem = signerProfileProblem(profile);
    if (problem) throw new ConfigurationError(`signing.trust.signerProfiles[${i}]: ${problem}.`);
  }
  const keyless = trustedIdentities(trust);
  const rootCertificates = trustedRootCertificates(trust, options);
  const trustedRoot =
    options.trustedRoot === undefined && trust.trustedRoot
      ? readTrustedRoot(trust.trustedRoot, options.cwd)
      : options.trustedRoot;
  return {
    publicKeys,
    kmsKeys: trust.kmsKeys,
    keyless,
    signerProfiles: trust.signerProfiles,
    rootCertificates,
    ...(trustedRoot !== undefined ? { trustedRoot } : {}),
  };
}

/** The trusted public keys, inline PEM or read from files and variables (KMS keys and identities go elsewhere). */
function trustedPublicKeys(trust: PolicyTrust, options: TrustOptions): TrustedKey[] {
  return trust.publicKeys.map((text, i) => {
    const ref = parseKeyReference(text);
    if (ref.kind === 'kms' || ref.kind === 'keyless') {
      throw new ConfigurationError(
        `signing.trust.publicKeys[${i}] is '${text}'; list KMS keys under signing.trust.kmsKeys and keyless identities under signing.trust.keyless.`,
      );
    }
    const pem = ref.kind === 'pem' ? ref.pem : readKeyMaterial(ref, { env: options.env, cwd: options.cwd });
    return { name: ref.kind === 'pem' ? `publicKeys[${i}]` : ref.text, key: loadPublicKey(pem) };
  });
}

/** The trusted keyless identities, their patterns compiled (the issuer defaults to GitHub's OIDC). */
function trustedIdentities(trust: PolicyTrust): SignatureTrust['keyless'] {
  return trust.keyless.map((k, i) => {
    const pattern = (field: 'subject' | 'repository' | 'ref', source: string | undefined) => {
      if (source === undefined) return undefined;
      try {
        return new RegExp(source);
      } catch (err) {
        throw new ConfigurationError(
          `signing.trust.keyless[${i}].${field} is not a regular expression: ${errorMessage(err)}.`,
        );
      }
    };
    return {
      issuer: k.issuer ?? GITHUB_OIDC_ISSUER,
      subject: pattern('subject', k.subject)!,
      repository: pattern('repository', k.repository),
      ref: pattern('ref', k.ref),
    };
  });
}

/** The trusted root certificates, inline PEM or read from files, each a valid certificate. */
function trustedRootCertificates(trust: PolicyTrust, options: TrustOptions): string[] {
  return trust.rootCertificates.map((text, i) => {
    const ref = text.trim().startsWith('-----BEGIN') ? undefined : parseKeyReference(text);
    const pem = ref && ref.kind !== 'pem' ? readKeyMaterial(ref, { env: options.env, cwd: options.cwd }) : text;
    try {
      new X509Certificate(pem);
    } catch (err) {
      throw new ConfigurationError(
        `signing.trust.rootCertificates[${i}] is not a PEM certificate: ${errorMessage(err)}.`,
      );
    }
    return pem;
  });
}

/** The sigstore trusted root file the policy names (relative to the working directory). */
function readTrustedRoot(trustedRoot: string, cwd: string | undefined): unknown {
  const file = trustedRoot.replace(/^file:\/\//, '');
  const path = isAbsolute(file) ? file : resolve(cwd ?? process.cwd(), file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigurationError(`signing.trust.trustedRoot: cannot read ${path} (${errorMessage(err)}).`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new ConfigurationError(`signing.trust.trustedRoot (${trustedRoot}) is not JSON: ${errorMessage(err)}.`);
  }
}

/** The public keys of the trusted KMS keys, read from KMS (GetPublicKey). */
export async function kmsTrustedKeys(trust: SignatureTrust, kms: VerifyImageOptions['kms']): Promise<TrustedKey[]> {
  if (!trust.kmsKeys.length) return [];
  if (!kms) throw new Error('verifyImageSignatures: KMS keys are trusted but no KMS client was given.');
  const client = kms();
  const keys: TrustedKey[] = [];
  for (const text of trust.kmsKeys) {
    const ref = parseKeyReference(text);
    if (ref.kind !== 'kms') continue;
    const out = await client.send(new GetPublicKeyCommand({ KeyId: ref.keyId }));
    if (!out.PublicKey) throw new Error(`KMS returned no public key for ${text}.`);
    keys.push({ name: text, key: createPublicKey({ key: Buffer.from(out.PublicKey), format: 'der', type: 'spki' }) });
  }
  return keys;
}

/** A sigstore bundle that says it holds an attestation (provenance, SBOM), not a signature: not a signature to check. */
function isAttestation(referrer: Descriptor): boolean {
  const predicate = referrer.annotations?.[BUNDLE_PREDICATE_ANNOTATION];
  return (
    referrer.artifactType === SIGNATURE_MEDIA_TYPES.sigstoreBundle && !!predicate && predicate !== COSIGN_SIGN_PREDICATE
  );
}

/**
 * Finds an image's signatures (referrers API, referrers tag schema, cosign `.sig` tag) and verifies each against
 * the trust. A signature counts only when it is valid, by a trusted key or identity, over this very digest.
 */
export async function verifyImageSignatures(options: VerifyImageOptions): Promise<VerificationResult> {
  const { client, repository, digest, trust } = options;
  const formats = new Set(options.formats ?? ['sigstore-bundle', 'cosign-legacy', 'notation', 'ecr-managed']);
  const keys = [...trust.publicKeys, ...(await kmsTrustedKeys(trust, options.kms))];
  let keylessMaterial: Promise<TrustMaterial> | undefined;
  const bundleTrust = {
    keys,
    keyless: trust.keyless,
    keylessMaterial: () => (keylessMaterial ??= keylessTrustMaterial(trust.trustedRoot)),
  };
  const notationTrust = {
    keys,
    signerProfiles: trust.signerProfiles,
    rootCertificates: trust.rootCertificates.map((pem) => new X509Certificate(pem)),
  };
  const now = options.now?.() ?? new Date();
  const image = { client, repository, digest };
  const listed = await listReferrers(client, repository, digest);
  const checks: SignatureCheck[] = [];
  for (const referrer of listed.referrers) {
    if (isAttestation(referrer)) continue;
    if (referrer.artifactType === SIGNATURE_MEDIA_TYPES.sigstoreBundle && formats.has('sigstore-bundle')) {
      const verified = await verifyBundleStatement(image, referrer, bundleTrust, COSIGN_SIGN_PREDICATE);
      // An attestation the referrers list did not annotate (some registries leave annotations out) is no signature.
      if (verified.predicateType !== undefined && verified.predicateType !== COSIGN_SIGN_PREDICATE) continue;
      checks.push(verified.check);
    } else if (
      referrer.artifactType === SIGNATURE_MEDIA_TYPES.notarySignature &&
      (formats.has('notation') || formats.has('ecr-managed'))
    ) {
      checks.push(await verifyNotationReferrer(image, referrer, notationTrust, now));
    }
  }
  if (listed.cosignSignatureTag && formats.has('cosign-legacy')) {
    checks.push(...(await verifyLegacySignatures(image, bundleTrust)));
  }
  for (const c of checks) {
    options.logger?.debug(
      `${c.format} ${c.location}: ${c.reason ? `rejected (${c.reason})` : 'verified'}: ${c.detail}`,
    );
  }
  return { verified: checks.filter((c) => !c.reason), rejected: checks.filter((c) => c.reason) };
}
