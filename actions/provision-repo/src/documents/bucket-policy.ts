import type { PolicyStatementJson, StatementOwnership } from '../provision/types';
import { normalizePolicyDocument } from './compare';

/**
 * The package store's bucket policy, as statements this system owns (each named by a Sid only this system uses) so
 * that they merge into a bucket policy other systems or people also write to, without dropping anything of theirs.
 */

/**
 * Keys of published artifacts (and their checksums and signatures), written once with If-None-Match. Every other
 * key under the prefix is an index (maven-metadata.xml, an npm packument, a PEP 503 page) rewritten with If-Match.
 */
export const ARTIFACT_EXTENSIONS = ['jar', 'war', 'aar', 'pom', 'module', 'tgz', 'tar.gz', 'whl', 'zip'];

export const STATEMENT_NAMES = [
  'TlsOnly',
  'ConditionalWritesOnly',
  'NoArtifactOverwrite',
  'PrefixIsolation',
  'ListIsolation',
] as const;
export type StatementName = (typeof STATEMENT_NAMES)[number];

const SEPARATOR_WORDS: Record<string, string> = { '-': 'Dash', _: 'Underscore', '.': 'Dot' };

/**
 * A system name as Sid characters (A-Z, a-z, 0-9), one to one: a system name is lowercase, so the capitalised
 * words that spell its separators cannot be confused with its letters (`a-b` -> `aDashb`, `a_b` -> `aUnderscoreb`).
 */
export function sidSystemName(system: string): string {
  return system.replace(/[-_.]/g, (c) => SEPARATOR_WORDS[c]);
}

/** The Sid of one of the system's statements; ownership is by exact match on these, never by prefix. */
export function statementSid(name: StatementName, system: string): string {
  return `Artifacts${name}For${sidSystemName(system)}`;
}

/** The Sid prefix earlier versions used (`ArtifactsPikselDev`): not one to one, so only for migrating. */
export function legacySidPrefixFor(system: string): string {
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
  const sid = (name: StatementName) => statementSid(name, system);
  const bucketArn = `arn:aws:s3:::${bucket}`;
  const objects = `${bucketArn}/${prefix}/*`;
  const principalTag = `aws:PrincipalTag/${principalTagKey}`;
  // CreateMultipartUpload and UploadPart are authorised as s3:PutObject but take no conditional header.
  const creation = { 's3:ObjectCreationOperation': 'true' };
  return [
    {
      Sid: sid('TlsOnly'),
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: shared ? [objects] : [bucketArn, `${bucketArn}/*`],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
    {
      Sid: sid('ConditionalWritesOnly'),
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:PutObject',
      Resource: objects,
      Condition: { Null: { 's3:if-none-match': 'true', 's3:if-match': 'true' }, Bool: creation },
    },
    {
      Sid: sid('NoArtifactOverwrite'),
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:PutObject',
      Resource: ARTIFACT_EXTENSIONS.flatMap((ext) => [`${objects}.${ext}`, `${objects}.${ext}.*`]),
      Condition: { Null: { 's3:if-none-match': 'true' }, Bool: creation },
    },
    {
      Sid: sid('PrefixIsolation'),
      Effect: 'Deny',
      Principal: '*',
      Action: ['s3:GetObject', 's3:GetObjectVersion', 's3:PutObject', 's3:DeleteObject', 's3:DeleteObjectVersion'],
      NotResource: objects,
      Condition: { StringEquals: { [principalTag]: system } },
    },
    {
      Sid: sid('ListIsolation'),
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

/** The system's statements under this system's legacy Sids, for the migration. */
export function statementOwnership(options: BucketPolicyOptions): StatementOwnership {
  const ours = bucketPolicyStatements(options);
  const legacyPrefix = legacySidPrefixFor(options.system);
  return {
    sids: ours.map((s) => s.Sid ?? ''),
    legacy: ours.map((s, i) => ({ ...s, Sid: `${legacyPrefix}${STATEMENT_NAMES[i]}` })),
    marks: [JSON.stringify(options.system), `arn:aws:s3:::${options.bucket}/${options.prefix}/`],
  };
}

/**
 * Whether a statement is the system's: its Sid is one the system writes, or it carries one of the system's legacy
 * Sids and is recognisably the system's (a legacy Sid alone is shared by `a-b` and `a_b`).
 */
export function ownsStatement(ownership: StatementOwnership, s: PolicyStatementJson): boolean {
  if (typeof s.Sid !== 'string') return false;
  if (ownership.sids.includes(s.Sid)) return true;
  const legacy = ownership.legacy.find((l) => l.Sid === s.Sid);
  if (!legacy) return false;
  const text = JSON.stringify(s);
  return sameStatements([s], [legacy]) || ownership.marks.some((m) => text.includes(m));
}

/** This system's statements of a bucket policy text (legacy-named ones included). */
export function ownedStatements(text: string | undefined, ownership: StatementOwnership): PolicyStatementJson[] {
  return statementsOf(text).filter((s) => ownsStatement(ownership, s));
}

/** Statements of others, which a merge keeps exactly as they are. */
export function foreignStatements(text: string | undefined, ownership: StatementOwnership): PolicyStatementJson[] {
  return statementsOf(text).filter((s) => !ownsStatement(ownership, s));
}

/** The bucket policy to write: every statement of others as it was, then this system's statements. */
export function mergeBucketPolicy(
  existing: string | undefined,
  ours: PolicyStatementJson[],
  ownership: StatementOwnership,
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
  doc.Statement = [...foreignStatements(existing, ownership), ...ours];
  return JSON.stringify(doc);
}

export function sameStatements(a: PolicyStatementJson[], b: PolicyStatementJson[]): boolean {
  const doc = (s: PolicyStatementJson[]) =>
    normalizePolicyDocument(JSON.stringify({ Version: '2012-10-17', Statement: s }));
  return doc(a) === doc(b);
}
