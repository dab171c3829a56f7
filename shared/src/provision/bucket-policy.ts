import type { PolicyStatementJson } from './types';
import { normalizePolicyDocument } from './documents';

/**
 * The package store's bucket policy, as statements this system owns (named by a Sid prefix) so that they merge
 * into a bucket policy other systems or people also write to, without dropping anything of theirs.
 */

/**
 * Keys of published artifacts (and their checksums and signatures), written once with If-None-Match. Every other
 * key under the prefix is an index (maven-metadata.xml, an npm packument, a PEP 503 page) rewritten with If-Match.
 */
export const ARTIFACT_EXTENSIONS = ['jar', 'war', 'aar', 'pom', 'module', 'tgz', 'tar.gz', 'whl', 'zip'];

export function sidPrefixFor(system: string): string {
  const words = system.split(/[^a-z0-9]+/i).filter(Boolean);
  return `Artifacts${words.map((w) => w[0].toUpperCase() + w.slice(1)).join('')}`;
}

export interface BucketPolicyOptions {
  bucket: string;
  prefix: string;
  system: string;
  /** The principal tag ABAC matches (iam.principalTagKey). */
  principalTagKey: string;
  /** A shared bucket: the TLS rule covers the system's prefix only, the rest of the bucket is not ours. */
  shared: boolean;
}

export function bucketPolicyStatements(options: BucketPolicyOptions): PolicyStatementJson[] {
  const { bucket, prefix, system, principalTagKey, shared } = options;
  const sid = sidPrefixFor(system);
  const bucketArn = `arn:aws:s3:::${bucket}`;
  const objects = `${bucketArn}/${prefix}/*`;
  const principalTag = `aws:PrincipalTag/${principalTagKey}`;
  // CreateMultipartUpload and UploadPart are authorised as s3:PutObject but take no conditional header.
  const creation = { 's3:ObjectCreationOperation': 'true' };
  return [
    {
      Sid: `${sid}TlsOnly`,
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: shared ? [objects] : [bucketArn, `${bucketArn}/*`],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
    {
      Sid: `${sid}ConditionalWritesOnly`,
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:PutObject',
      Resource: objects,
      Condition: { Null: { 's3:if-none-match': 'true', 's3:if-match': 'true' }, Bool: creation },
    },
    {
      Sid: `${sid}NoArtifactOverwrite`,
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:PutObject',
      Resource: ARTIFACT_EXTENSIONS.flatMap((ext) => [`${objects}.${ext}`, `${objects}.${ext}.*`]),
      Condition: { Null: { 's3:if-none-match': 'true' }, Bool: creation },
    },
    {
      Sid: `${sid}PrefixIsolation`,
      Effect: 'Deny',
      Principal: '*',
      Action: ['s3:GetObject', 's3:GetObjectVersion', 's3:PutObject', 's3:DeleteObject', 's3:DeleteObjectVersion'],
      NotResource: objects,
      Condition: { StringEquals: { [principalTag]: system } },
    },
    {
      Sid: `${sid}ListIsolation`,
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:ListBucket',
      Resource: bucketArn,
      Condition: { StringEquals: { [principalTag]: system }, StringNotLike: { 's3:prefix': [prefix, `${prefix}/*`] } },
    },
  ];
}

function statementsOf(text: string | undefined): PolicyStatementJson[] {
  if (!text) return [];
  try {
    const doc = JSON.parse(text) as { Statement?: PolicyStatementJson | PolicyStatementJson[] };
    if (!doc.Statement) return [];
    return Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
  } catch {
    return [];
  }
}

const owned = (sidPrefix: string) => (s: PolicyStatementJson) =>
  typeof s.Sid === 'string' && s.Sid.startsWith(sidPrefix);

/** This system's statements of a bucket policy text. */
export function ownedStatements(text: string | undefined, sidPrefix: string): PolicyStatementJson[] {
  return statementsOf(text).filter(owned(sidPrefix));
}

/** Statements of others, which a merge keeps. */
export function foreignStatements(text: string | undefined, sidPrefix: string): PolicyStatementJson[] {
  return statementsOf(text).filter((s) => !owned(sidPrefix)(s));
}

/** The bucket policy to write: every statement of others as it was, then this system's statements. */
export function mergeBucketPolicy(
  existing: string | undefined,
  ours: PolicyStatementJson[],
  sidPrefix: string,
): string {
  let version = '2012-10-17';
  let id: unknown;
  if (existing) {
    try {
      const doc = JSON.parse(existing) as { Version?: string; Id?: unknown };
      version = doc.Version ?? version;
      id = doc.Id;
    } catch {
      // An unreadable policy keeps nothing but ours; S3 never returns one.
    }
  }
  const doc: Record<string, unknown> = { Version: version };
  if (id !== undefined) doc.Id = id;
  doc.Statement = [...foreignStatements(existing, sidPrefix), ...ours];
  return JSON.stringify(doc);
}

export function sameStatements(a: PolicyStatementJson[], b: PolicyStatementJson[]): boolean {
  const doc = (s: PolicyStatementJson[]) =>
    normalizePolicyDocument(JSON.stringify({ Version: '2012-10-17', Statement: s }));
  return doc(a) === doc(b);
}
