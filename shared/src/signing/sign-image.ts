import { X509Certificate } from 'node:crypto';
import type { ECRClient } from '@aws-sdk/client-ecr';
import type { SignerClient } from '@aws-sdk/client-signer';
import { ConfigurationError, errorMessage } from '../runtime/errors';
import type { Logger } from '../runtime/logger';
import { listReferrers } from '../oci/referrers';
import { signWithBundle } from './bundle-format';
import { waitForEcrManagedSignature } from './ecr-managed';
import { signWithLegacy } from './legacy-format';
import { attachNotationSignature, notationEnvelopeWithKey, notationEnvelopeWithSigner } from './notation-format';
import { SIGNATURE_MEDIA_TYPES } from './payloads';
import { KeylessSigner, type Signer } from './signers';
import type { SignatureFormat, SignatureSubject, SignatureTrust, VerificationResult } from './types';
import { verifyImageSignatures } from './verify';

export interface SignImageOptions {
  subject: SignatureSubject;
  format: SignatureFormat;
  /** The key signer (sigstore-bundle, cosign-legacy, notation with a key). */
  signer?: Signer;
  /** AWS Signer profile name or ARN (notation). */
  signingProfile?: string;
  signerClient?: () => SignerClient;
  ecr?: () => ECRClient;
  /** Certificates (PEM, leaf first) to put in a key-signed notation envelope. */
  certificateChain?: string[];
  rekorUrl?: string;
  /** Trust the idempotency check may use beyond the signer itself (roots for AWS Signer, a sigstore trusted root). */
  trust?: Partial<SignatureTrust>;
  ecrTimeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => Date;
  logger?: Logger;
}

export interface SignImageResult {
  format: SignatureFormat;
  /** The signature manifest: a referrer, or the `.sig` manifest. */
  signatureDigest?: string;
  /** True when a valid signature by the same key or identity over this digest already existed. */
  skipped: boolean;
  /** The key or identity that signed. */
  identity: string;
  message: string;
}

const EMPTY_TRUST: SignatureTrust = {
  publicKeys: [],
  kmsKeys: [],
  keyless: [],
  signerProfiles: [],
  rootCertificates: [],
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The trust that accepts exactly this signer, to find a signature it already made. */
async function selfTrust(options: SignImageOptions): Promise<SignatureTrust | undefined> {
  const base = {
    ...EMPTY_TRUST,
    ...(options.trust?.trustedRoot !== undefined ? { trustedRoot: options.trust.trustedRoot } : {}),
  };
  if (options.format === 'notation' && options.signingProfile) {
    const roots = options.trust?.rootCertificates ?? [];
    return roots.length ? { ...base, signerProfiles: [options.signingProfile], rootCertificates: roots } : undefined;
  }
  const signer = options.signer;
  if (!signer) return undefined;
  if (signer instanceof KeylessSigner) {
    const id = await signer.expectedIdentity();
    return { ...base, keyless: [{ issuer: id.issuer, subject: new RegExp(escapeRegExp(id.subject)) }] };
  }
  const key = await signer.publicKey();
  return key ? { ...base, publicKeys: [{ name: await signer.identity(), key }] } : undefined;
}

async function existingSignature(
  options: SignImageOptions,
): Promise<VerificationResult['verified'][number] | undefined> {
  const trust = await selfTrust(options);
  if (!trust) return undefined;
  try {
    const result = await verifyImageSignatures({
      client: options.subject.client,
      repository: options.subject.repository,
      digest: options.subject.descriptor.digest,
      trust,
      formats: [options.format],
      now: options.now,
    });
    return result.verified[0];
  } catch (err) {
    // Not being able to check only costs a second signature; signing still goes ahead.
    options.logger?.debug(`Could not look for an existing signature: ${errorMessage(err)}`);
    return undefined;
  }
}

/** Signs an image by digest in the given format, unless the same key or identity already signed it. */
export async function signImage(options: SignImageOptions): Promise<SignImageResult> {
  const { subject, format, logger } = options;
  const ref = `${subject.dockerReference}@${subject.descriptor.digest}`;
  if (format === 'ecr-managed') return awaitEcrManagedSignature(options, ref);

  const identity = await signingIdentity(options);
  const existing = await existingSignature(options);
  if (existing) {
    const message = `${ref} already carries a valid ${format} signature by ${existing.signer ?? identity}; nothing added.`;
    logger?.info(message);
    return { format, signatureDigest: existing.manifestDigest, skipped: true, identity, message };
  }

  const signatureDigest = await attachSignature(options);
  const message = `Signed ${ref} (${format}) with ${identity}: signature ${signatureDigest}.`;
  logger?.info(message);
  return { format, signatureDigest, skipped: false, identity, message };
}

/** ECR signs on push: wait for its signature, which it stores as a notation referrer of the image. */
async function awaitEcrManagedSignature(options: SignImageOptions, ref: string): Promise<SignImageResult> {
  const { subject, format, logger } = options;
  const digest = subject.descriptor.digest;
  if (!options.ecr) throw new Error('signImage: ecr-managed needs an ECR client.');
  const done = await waitForEcrManagedSignature({
    ecr: options.ecr(),
    repository: subject.repository,
    digest,
    timeoutMs: options.ecrTimeoutMs,
    sleep: options.sleep,
    logger,
  });
  const identity = done.signingProfileArn ?? 'ECR managed signing';
  // ECR stores its signature as a notation referrer of the image.
  const listed = await listReferrers(subject.client, subject.repository, digest, SIGNATURE_MEDIA_TYPES.notarySignature);
  const signatureDigest = listed.referrers.at(-1)?.digest;
  return { format, signatureDigest, skipped: false, identity, message: `ECR signed ${ref} with ${identity}.` };
}

/** Who signs: the AWS Signer profile (notation) or the signing key or identity; none is a configuration mistake. */
async function signingIdentity(options: SignImageOptions): Promise<string> {
  const { format } = options;
  const identity =
    options.signingProfile && format === 'notation'
      ? `AWS Signer profile ${options.signingProfile}`
      : options.signer
        ? await options.signer.identity()
        : '';
  if (!identity) {
    throw new ConfigurationError(
      format === 'notation'
        ? 'Notation signatures need an AWS Signer profile (signing-profile or signing.profile) or a signing key.'
        : `Format ${format} needs a signing key: set signing-key (or signing.key in the policy), or keyless.`,
    );
  }
  return identity;
}

/** Signs in the requested format and attaches the signature to the image; the signature's digest. */
async function attachSignature(options: SignImageOptions): Promise<string> {
  const { subject, format, logger } = options;
  if (format === 'sigstore-bundle') {
    if (!options.signer) throw new Error('unreachable: no signer');
    return (await signWithBundle(subject, options.signer, { rekorUrl: options.rekorUrl, logger, now: options.now }))
      .descriptor.digest;
  }
  if (format === 'cosign-legacy') {
    if (!options.signer) throw new Error('unreachable: no signer');
    return (await signWithLegacy(subject, options.signer, { rekorUrl: options.rekorUrl })).descriptor.digest;
  }
  let envelope: Buffer;
  if (options.signingProfile) {
    if (!options.signerClient) throw new Error('signImage: notation with a profile needs an AWS Signer client.');
    envelope = await notationEnvelopeWithSigner(options.signerClient(), options.signingProfile, subject.descriptor);
  } else {
    if (!options.signer) throw new Error('unreachable: no signer');
    if (options.signer.kind === 'keyless') {
      throw new ConfigurationError('Keyless signatures are sigstore bundles; set signature-format to sigstore-bundle.');
    }
    envelope = await notationEnvelopeWithKey(options.signer, subject.descriptor, {
      certificateChain: options.certificateChain,
      now: options.now,
    });
  }
  return (await attachNotationSignature(subject, envelope, logger)).descriptor.digest;
}

/** The certificates (PEM blocks) in a key file that also holds a private key: the chain notation embeds. */
export function certificatesInPem(text: string): string[] {
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  return blocks.filter((pem) => {
    try {
      new X509Certificate(pem);
      return true;
    } catch {
      return false;
    }
  });
}
