import type { Descriptor } from '../oci/types';

/** Media types and names of the signature formats this library writes and reads. */
export const SIGNATURE_MEDIA_TYPES = {
  simpleSigning: 'application/vnd.dev.cosign.simplesigning.v1+json',
  sigstoreBundle: 'application/vnd.dev.sigstore.bundle.v0.3+json',
  inToto: 'application/vnd.in-toto+json',
  notarySignature: 'application/vnd.cncf.notary.signature',
  notaryPayload: 'application/vnd.cncf.notary.payload.v1+json',
  jws: 'application/jose+json',
} as const;

export const COSIGN_ANNOTATIONS = {
  signature: 'dev.cosignproject.cosign/signature',
  certificate: 'dev.sigstore.cosign/certificate',
  chain: 'dev.sigstore.cosign/chain',
  bundle: 'dev.sigstore.cosign/bundle',
} as const;

/** The predicate type of a cosign 3 image signature (a DSSE in-toto statement in a sigstore bundle). */
export const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
/** The referrer annotation that names the predicate type of the statement a sigstore bundle signs. */
export const BUNDLE_PREDICATE_ANNOTATION = 'dev.sigstore.bundle.predicateType';
export const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
export const SIMPLE_SIGNING_TYPE = 'cosign container image signature';

export interface SimpleSigningPayload {
  critical: {
    identity: { 'docker-reference': string };
    image: { 'docker-manifest-digest': string };
    type: string;
  };
  optional: Record<string, unknown> | null;
}

/** The simple-signing payload cosign 2 signs: which repository, which manifest digest. */
export function simpleSigningPayload(
  dockerReference: string,
  digest: string,
  optional: Record<string, unknown> = {},
): Buffer {
  const payload: SimpleSigningPayload = {
    critical: {
      identity: { 'docker-reference': dockerReference },
      image: { 'docker-manifest-digest': digest },
      type: SIMPLE_SIGNING_TYPE,
    },
    optional,
  };
  return Buffer.from(JSON.stringify(payload));
}

/** Reads a simple-signing payload; undefined when it is not one. */
export function parseSimpleSigningPayload(bytes: Buffer): SimpleSigningPayload | undefined {
  try {
    const doc = JSON.parse(bytes.toString('utf8')) as SimpleSigningPayload;
    if (typeof doc?.critical?.image?.['docker-manifest-digest'] !== 'string') return undefined;
    if (doc.critical.type !== SIMPLE_SIGNING_TYPE) return undefined;
    return doc;
  } catch {
    return undefined;
  }
}

export interface InTotoStatement {
  _type: string;
  subject: { name?: string; digest: Record<string, string>; annotations?: Record<string, unknown> }[];
  predicateType: string;
  predicate: Record<string, unknown>;
}

/** The in-toto statement cosign 3 signs for an image: the manifest digest as subject, the sign predicate. */
export function imageSignatureStatement(repository: string, digest: string): Buffer {
  const statement: InTotoStatement = {
    _type: IN_TOTO_STATEMENT_V1,
    subject: [{ name: repository, digest: { sha256: digest.replace(/^sha256:/, '') } }],
    predicateType: COSIGN_SIGN_PREDICATE,
    predicate: {},
  };
  return Buffer.from(JSON.stringify(statement));
}

export function parseInTotoStatement(bytes: Buffer): InTotoStatement | undefined {
  try {
    const doc = JSON.parse(bytes.toString('utf8')) as InTotoStatement;
    if (!Array.isArray(doc?.subject) || typeof doc.predicateType !== 'string') return undefined;
    return doc;
  } catch {
    return undefined;
  }
}

/** The digests (`sha256:<hex>`) an in-toto statement names as its subjects. */
export function statementDigests(statement: InTotoStatement): string[] {
  return statement.subject.flatMap((s) => (s.digest?.sha256 ? [`sha256:${s.digest.sha256}`] : []));
}

/** DSSE pre-authentication encoding: what a DSSE signature covers. */
export function preAuthEncoding(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} `, 'utf8'),
    type,
    Buffer.from(` ${payload.length} `, 'utf8'),
    payload,
  ]);
}

/** The notation signature payload: the signed manifest's descriptor. */
export function notationPayload(target: Descriptor): Buffer {
  return Buffer.from(
    JSON.stringify({
      targetArtifact: {
        mediaType: target.mediaType,
        digest: target.digest,
        size: target.size,
        ...(target.annotations ? { annotations: target.annotations } : {}),
      },
    }),
  );
}
