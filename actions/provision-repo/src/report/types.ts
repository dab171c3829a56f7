import type { Severity } from '../../../../shared/src/policy/schema';
import type { ProvenanceStatus } from '../../../../shared/src/provenance/verify';

/** verified: a signature verified under the policy's trust; unknown: no registry could be read to check. */
export type InventorySignatureStatus = 'verified' | 'unsigned' | 'untrusted' | 'unknown';

export interface ImageSignature {
  status: InventorySignatureStatus;
  detail: string;
  signers?: string[];
}

/** The image's SLSA provenance, checked when the policy requires one; unknown: no registry could be read to check. */
export interface ImageProvenance {
  status: ProvenanceStatus | 'unknown';
  detail: string;
  builder?: string;
  sourceRef?: string;
}

/**
 * passed/failed: the policy's scan gate (failOn, fixableOnly, allow) over the image's findings; pending: the scan
 * has not finished; none: the image has no scan; unavailable: the scan ended without findings (FAILED,
 * UNSUPPORTED_IMAGE, ...).
 */
export type ScanVerdict = 'passed' | 'failed' | 'pending' | 'none' | 'unavailable';

export interface ImageScan {
  /** ECR's scan status (COMPLETE, ACTIVE, IN_PROGRESS, FAILED, ...), or NONE. */
  status: string;
  verdict: ScanVerdict;
  /** Findings per severity as ECR summarises them (before the allowlist). */
  counts?: Partial<Record<Severity, number>>;
  detail: string;
}

export interface InventoryImage {
  digest: string;
  tags: string[];
  /** The manifest's media type (an image index holds several platforms). */
  mediaType: string;
  artifactMediaType?: string;
  /** os/architecture[/variant] of each image the manifest stands for; empty when it could not be read. */
  platforms: string[];
  pushedAt?: string;
  lastPulledAt?: string;
  sizeBytes: number;
  signature: ImageSignature;
  /** Present when the policy requires provenance (provenance.required). */
  provenance?: ImageProvenance;
  scan: ImageScan;
  /** The tags that the policy's release template matches for one of the repository's services. */
  releaseTags: string[];
  /** The lifecycle preview expires this image (with the rule that does). */
  expiresByRule?: number;
}

export type LifecyclePreviewStatus = 'complete' | 'no-policy' | 'timed-out' | 'failed' | 'not-permitted';

export interface LifecyclePreview {
  status: LifecyclePreviewStatus;
  detail: string;
  expiring: { digest: string; tags: string[]; pushedAt?: string; rulePriority?: number }[];
}

export interface RepositoryInventory {
  name: string;
  kind: 'service' | 'mirror' | 'chart';
  service?: string;
  environment?: string;
  exists: boolean;
  uri?: string;
  /** Required tag keys (requiredTagKeys and resourceTags) the repository lacks, or holds with another value. */
  tagProblems: string[];
  images: InventoryImage[];
  /** Signatures, attestations and other referrers stored beside the images. */
  attachments: { count: number; sizeBytes: number };
  lifecycle: LifecyclePreview;
  storageBytes: number;
  monthlyCostUsd: number;
}

export type PackageFormat = 'npm' | 'maven' | 'python' | 'zip';

export interface PackageVersion {
  version: string;
  sizeBytes: number;
  files: number;
  published?: string;
}

export interface InventoryPackage {
  format: PackageFormat;
  name: string;
  /** The index it was read from, relative to the system's prefix. */
  index: string;
  versions: PackageVersion[];
  latest?: string;
  sizeBytes: number;
}

export interface PackageStoreInventory {
  bucket?: string;
  prefix: string;
  /** false: the policy has no bucket, or the bucket could not be listed (see detail). */
  listed: boolean;
  detail: string;
  objects: number;
  packages: InventoryPackage[];
  /** Every object under the prefix, indexes and checksums included. */
  storageBytes: number;
  monthlyCostUsd: number;
}

export type ProblemKind =
  | 'missing-repository'
  | 'missing-tags'
  | 'unsigned'
  | 'untrusted-signature'
  | 'scan-failed'
  | 'expiring'
  | 'lifecycle-preview'
  | 'registry'
  | 'package-store'
  | 'package-index';

export interface InventoryProblem {
  kind: ProblemKind;
  repository?: string;
  digest?: string;
  message: string;
}

export interface SkippedCandidate {
  digest: string;
  tags: string[];
  reason: string;
}

export interface DeployableChoice {
  service: string;
  environment?: string;
  repository: string;
  /** `<repository-uri>@<digest>`, or undefined when no image qualifies. */
  reference?: string;
  digest?: string;
  tags?: string[];
  /** Newer release-tagged images that were passed over, and why. */
  skipped: SkippedCandidate[];
  message: string;
}

export interface InventoryReport {
  system: string;
  generatedAt: string;
  scope: { service?: string; environment?: string };
  pricing: { ecrGbMonth: number; s3GbMonth: number };
  repositories: RepositoryInventory[];
  packages: PackageStoreInventory;
  totals: { imageBytes: number; packageBytes: number; monthlyCostUsd: number; images: number; packages: number };
  problems: InventoryProblem[];
  deployable?: DeployableChoice;
}
