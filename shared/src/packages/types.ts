import type { PartDigests } from './file-digest';

/**
 * A package format (maven, npm, python, zip) turns the user's files into a publish plan; the store
 * (store.ts) carries it out against S3: artifacts first, each written only if absent, then the indexes,
 * each merged with what is there under optimistic concurrency. Formats are pure and know nothing of S3.
 */

export type PackageType = 'maven' | 'npm' | 'python' | 'zip' | 'helm';

/** An immutable file of a version (jar, pom, tarball, wheel, checksum file...). */
export interface ArtifactWrite {
  /** Key relative to the system's prefix, such as maven/com/acme/lib/1.0/lib-1.0.jar. */
  key: string;
  /** The bytes, or the file they are read from when they are sent (a part at a time for a multipart upload). */
  body: Buffer | { path: string };
  size: number;
  contentType: string;
  /** sha256 hex of the body, to compare with what is stored when the key exists. */
  sha256: string;
  /** For a file that goes by multipart upload: the SHA-256 of each part, computed as the file was hashed. */
  parts?: PartDigests;
}

/** A mutable index (maven-metadata.xml, packument, simple index page): rebuilt from what is stored. */
export interface IndexWrite {
  key: string;
  contentType: string;
  /** Given the current content (undefined when absent), returns the new content, or undefined for "unchanged". */
  merge(current: Buffer | undefined): Buffer | undefined;
  /**
   * Optional: called with the current content before any artifact of the plan is written; throws a
   * ConfigurationError when the plan contradicts what is published (a version listed with other files).
   */
  validate?(current: Buffer | undefined): void;
  /** Checksum side files derived from the merged content (maven-metadata.xml.sha1, ...). */
  derived?: (content: Buffer) => { key: string; body: Buffer; contentType: string }[];
  cacheControl?: string;
}

export interface PublishPlan {
  type: PackageType;
  name: string;
  version: string;
  artifacts: ArtifactWrite[];
  /** Written after every artifact exists, in this order. */
  indexes: IndexWrite[];
  /** Key (relative) that clients are pointed at: the repository root, the registry, the simple index. */
  indexKey: string;
  /**
   * A version of several files is claimed at this key (relative) before any of them is written (version-claim.ts);
   * `additive` lets later runs add files to the version (Python wheels built by several jobs); `advice` is what a
   * refused run should do instead of publishing a new version (a Maven snapshot: re-run for the next build).
   */
  claim?: { key: string; additive?: boolean; advice?: string };
  /**
   * Stored objects other than the plan's indexes that must agree with it, read before any write: each throws a
   * ConfigurationError when the plan contradicts it (a Maven folder that belongs to another artifact).
   */
  checks?: { key: string; validate(current: Buffer | undefined): void }[];
}

/** What every format's planner is given besides the files. */
export interface PlanOptions {
  /**
   * The public URL of the system's store, without a trailing slash: `<base-url>/<prefix>`. Formats whose
   * indexes need absolute links (npm tarballs) build them from it; keys stay relative to the prefix.
   */
  storeUrl: string;
  /** The `name` input: required for zip, a cross-check for the others when set. */
  name?: string;
  /** The `version` input: required for zip, a cross-check for the others when set. */
  version?: string;
  /** npm only: the dist-tag to point at this version (default: latest, moved only forward). */
  distTag?: string;
  /** The publication time written into indexes; injected in tests. */
  now?: Date;
  /**
   * Reads a stored object (key relative to the prefix; undefined when absent). Formats whose file names
   * depend on what is published (a Maven snapshot's build number) read it while planning; a dry run may omit it.
   */
  readStored?: (key: string) => Promise<Buffer | undefined>;
}

/** A format: reads the user's files (already resolved from globs, absolute paths) and returns the plan. */
export type Planner = (files: string[], options: PlanOptions) => Promise<PublishPlan>;
