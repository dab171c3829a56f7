import type { KeyObject } from 'node:crypto';
import type { KMSClient } from '@aws-sdk/client-kms';
import type { ReferrerRegistry } from '../oci/referrers';
import type { Descriptor } from '../oci/types';
import type { Logger } from '../runtime/logger';

export const SIGNATURE_FORMATS = ['sigstore-bundle', 'cosign-legacy', 'notation', 'ecr-managed'] as const;
export type SignatureFormat = (typeof SIGNATURE_FORMATS)[number];

/** Why a signature did not verify. */
export type RejectionReason =
  | 'wrong-key'
  | 'digest-mismatch'
  | 'tampered-payload'
  | 'expired-certificate'
  | 'untrusted-identity'
  | 'untrusted-chain'
  | 'malformed';

/** One signature found on an image, and what verification said of it. */
export interface SignatureCheck {
  format: Exclude<SignatureFormat, 'ecr-managed'>;
  /** Where it was found: the referrer manifest digest, or the `.sig` tag and layer. */
  location: string;
  /** The digest of the manifest that holds it (the referrer, or the `.sig` manifest). */
  manifestDigest?: string;
  /** The key or identity that verified it, or that it claims. */
  signer?: string;
  /** The image digest the signed payload names. */
  signedDigest?: string;
  reason?: RejectionReason;
  /** A sentence a person can act on. */
  detail: string;
}

export interface VerificationResult {
  verified: SignatureCheck[];
  rejected: SignatureCheck[];
}

/** A trusted public key, with the name it is reported by. */
export interface TrustedKey {
  name: string;
  key: KeyObject;
}

export interface KeylessIdentity {
  issuer: string;
  /** Matched against the whole certificate identity (anchored). */
  subject: RegExp;
  /** Matched against the whole Source Repository URI the certificate names (anchored), when set. */
  repository?: RegExp;
  /** Matched against the whole Source Repository Ref the certificate names (anchored), when set. */
  ref?: RegExp;
}

/** What verification trusts. */
export interface SignatureTrust {
  publicKeys: TrustedKey[];
  /** awskms:/// references; their public keys come from KMS GetPublicKey at verification time. */
  kmsKeys: string[];
  keyless: KeylessIdentity[];
  /** AWS Signer signing profile ARNs (or profile version ARNs). */
  signerProfiles: string[];
  /** PEM roots that AWS Signer certificate chains must lead to. */
  rootCertificates: string[];
  /** A sigstore trusted root (JSON) for keyless; the public-good root (TUF) when absent. */
  trustedRoot?: unknown;
}

/** The image a signature is made over or checked against. */
export interface SignatureSubject {
  client: ReferrerRegistry;
  repository: string;
  /** The manifest's descriptor: digest, media type and size. */
  descriptor: Descriptor;
  /** registry/repository, as signatures name the image. */
  dockerReference: string;
}

export interface VerifyImageOptions {
  client: ReferrerRegistry;
  repository: string;
  digest: string;
  trust: SignatureTrust;
  kms?: () => KMSClient;
  logger?: Logger;
  /** Only these formats (default: all). */
  formats?: SignatureFormat[];
  now?: () => Date;
}
