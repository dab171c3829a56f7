import { X509Certificate } from 'node:crypto';
import { bundleFromJSON, bundleToJSON, type Bundle } from '@sigstore/bundle';
import type { Signer as SigstoreSigner, Witness } from '@sigstore/sign';
import { toSignedEntity, Verifier, type TrustMaterial } from '@sigstore/verify';
import { digestOf } from '../oci/digest';
import { attachReferrer, readImageManifest } from '../oci/referrers';
import type { Descriptor } from '../oci/types';
import { errorMessage } from '../runtime/errors';
import type { Logger } from '../runtime/logger';
import { keyFingerprint, publicKeyPem } from './keys';
import {
  BUNDLE_PREDICATE_ANNOTATION,
  COSIGN_SIGN_PREDICATE,
  imageSignatureStatement,
  type InTotoStatement,
  parseInTotoStatement,
  SIGNATURE_MEDIA_TYPES,
  statementDigests,
} from './payloads';
import { DEFAULT_REKOR_URL, sigstoreRequestOptions, type Signer } from './signers';
import { keyTrustMaterial } from './sigstore-trust';
import type { KeylessIdentity, RejectionReason, SignatureCheck, SignatureSubject, TrustedKey } from './types';

/** Adapts a Signer to what @sigstore/sign's bundle builders call. */
export function toSigstoreSigner(signer: Signer): SigstoreSigner {
  return {
    sign: async (data) => {
      const out = await signer.sign(data);
      if (out.certificateChain?.length) {
        return { signature: out.signature, key: { $case: 'x509Certificate', certificate: out.certificateChain[0] } };
      }
      const key = await signer.publicKey();
      if (!key) throw new Error('A signer without a certificate must have a public key.');
      return {
        signature: out.signature,
        key: { $case: 'publicKey', publicKey: publicKeyPem(key), hint: keyFingerprint(key).replace(/^sha256:/, '') },
      };
    },
  };
}

export interface BundleSignOptions {
  /** Rekor for keyless signatures (certificates are short-lived, so the log entry dates the signature). */
  rekorUrl?: string;
  /** Upload key-based signatures to Rekor too (off: private keys sign for private infrastructure). */
  transparencyLog?: boolean;
  logger?: Logger;
  now?: () => Date;
}

/**
 * Signs an image as cosign 3 does: a DSSE envelope over an in-toto statement (predicate
 * https://sigstore.dev/cosign/sign/v1, the manifest digest as subject) in a sigstore bundle v0.3, attached as an
 * OCI referrer of the image.
 */
export async function signWithBundle(
  subject: SignatureSubject,
  signer: Signer,
  options: BundleSignOptions = {},
): Promise<{ descriptor: Descriptor; bundle: Bundle }> {
  const statement = imageSignatureStatement(subject.dockerReference, subject.descriptor.digest);
  return attachSignedStatement(subject, signer, statement, COSIGN_SIGN_PREDICATE, options);
}

/**
 * Signs an in-toto statement about an image (a signature, or an attestation such as SLSA provenance) as a DSSE
 * envelope in a sigstore bundle v0.3 and attaches it as an OCI referrer of the image, annotated with its predicate
 * type as cosign and `gh attestation` write it. Keyless bundles (or any, with transparencyLog) are logged in Rekor.
 */
export async function attachSignedStatement(
  subject: SignatureSubject,
  signer: Signer,
  statement: Buffer,
  predicateType: string,
  options: BundleSignOptions = {},
): Promise<{ descriptor: Descriptor; bundle: Bundle; via: 'referrers-api' | 'tag-schema' }> {
  // Loaded by the first signature, not at start-up: the actions that only verify never need it.
  const { DSSEBundleBuilder, RekorWitness } = await import('@sigstore/sign');
  const witnesses: Witness[] = [];
  if (signer.kind === 'keyless' || options.transparencyLog) {
    // intoto entries are logged as proposed, so any Rekor (the public one, a private one, a test double) can be checked.
    witnesses.push(
      new RekorWitness({
        ...sigstoreRequestOptions(),
        rekorBaseURL: options.rekorUrl ?? DEFAULT_REKOR_URL,
        fetchOnConflict: true,
        entryType: 'intoto',
      }),
    );
  }
  const builder = new DSSEBundleBuilder({ signer: toSigstoreSigner(signer), witnesses });
  const bundle = await builder.create({ data: statement, type: SIGNATURE_MEDIA_TYPES.inToto });
  const bytes = Buffer.from(JSON.stringify(bundleToJSON(bundle)));
  const created = (options.now?.() ?? new Date()).toISOString();
  const attached = await attachReferrer(
    subject.client,
    subject.repository,
    subject.descriptor,
    {
      artifactType: SIGNATURE_MEDIA_TYPES.sigstoreBundle,
      layers: [
        {
          mediaType: SIGNATURE_MEDIA_TYPES.sigstoreBundle,
          bytes,
          annotations: {
            'org.opencontainers.image.title': `${subject.descriptor.digest.replace(':', '-')}.sigstore.json`,
          },
        },
      ],
      annotations: {
        'dev.sigstore.bundle.content': 'dsse-envelope',
        [BUNDLE_PREDICATE_ANNOTATION]: predicateType,
        'org.opencontainers.image.created': created,
      },
    },
    options.logger,
  );
  return { descriptor: attached.descriptor, bundle, via: attached.via };
}

export interface BundleTrust {
  keys: TrustedKey[];
  keyless: KeylessIdentity[];
  /** Loaded only when a bundle carries a certificate. */
  keylessMaterial?: () => Promise<TrustMaterial>;
}

/** The trusted identity a certificate matches, as `subject (issuer ...)`, or undefined. */
export function identityMatches(
  identity: CertificateIdentity | undefined,
  trusted: KeylessIdentity[],
): string | undefined {
  const san = identity?.subjectAlternativeName;
  const issuer = identity?.extensions?.issuer;
  if (!san) return undefined;
  const repository = fulcioExtension(identity, FULCIO_SOURCE_REPOSITORY_URI);
  const ref = fulcioExtension(identity, FULCIO_SOURCE_REPOSITORY_REF);
  const whole = (pattern: RegExp | undefined, value: string | undefined) =>
    pattern === undefined || (value !== undefined && new RegExp(`^(?:${pattern.source})$`).test(value));
  const hit = trusted.find(
    (t) => t.issuer === issuer && whole(t.subject, san) && whole(t.repository, repository) && whole(t.ref, ref),
  );
  if (!hit) return undefined;
  const source = hit.repository || hit.ref ? ` from ${repository ?? '?'}@${ref ?? '?'}` : '';
  return `${san}${source} (issuer ${issuer})`;
}

/** What @sigstore/verify reports of a verified certificate: its identity, issuer and every extension. */
export interface CertificateIdentity {
  subjectAlternativeName?: string;
  extensions?: { issuer?: string };
  oids?: { oid?: { id: number[] }; value: Buffer }[];
}

/** Fulcio's certificate extensions for the repository a workflow ran for, and its ref (DER UTF8String values). */
export const FULCIO_SOURCE_REPOSITORY_URI = '1.3.6.1.4.1.57264.1.12';
export const FULCIO_SOURCE_REPOSITORY_REF = '1.3.6.1.4.1.57264.1.14';

/** The text of one of Fulcio's v2 extensions, whose value is a DER UTF8String. */
export function fulcioExtension(identity: CertificateIdentity | undefined, oid: string): string | undefined {
  const found = identity?.oids?.find((o) => o.oid?.id.join('.') === oid);
  const der = found?.value;
  // A UTF8String (tag 12) in DER's short or long length form; anything else is not Fulcio's encoding.
  if (!der || der.length < 2 || der[0] !== 0x0c) return undefined;
  const lengthBytes = der[1] < 0x80 ? 0 : der[1] & 0x7f;
  const length = lengthBytes === 0 ? der[1] : der.subarray(2, 2 + lengthBytes).reduce((n, b) => n * 256 + b, 0);
  const start = 2 + lengthBytes;
  return start + length === der.length ? der.subarray(start).toString('utf8') : undefined;
}

type CheckOf = (rest: Omit<SignatureCheck, 'format' | 'location'>) => SignatureCheck;
type SignedEntity = ReturnType<typeof toSignedEntity>;
/** Who signed, by the trusted name, or why the signature is refused. */
type SignerOrFailure =
  | { signerName: string; identity?: CertificateIdentity; failure?: undefined }
  | { signerName?: string; identity?: undefined; failure: SignatureCheck };

/** Verifies one bundle referrer of an image: a signature (the cosign sign predicate) over this very digest. */
export async function verifyBundleReferrer(
  subject: { client: SignatureSubject['client']; repository: string; digest: string },
  referrer: Descriptor,
  trust: BundleTrust,
): Promise<SignatureCheck> {
  return (await verifyBundleStatement(subject, referrer, trust, COSIGN_SIGN_PREDICATE)).check;
}

/** A verified bundle referrer: the check, and the statement and certificate identity when it verified. */
export interface VerifiedStatement {
  check: SignatureCheck;
  statement?: InTotoStatement;
  /** The certificate identity of a keyless bundle that verified. */
  identity?: CertificateIdentity;
  /** The predicate type the bundle's statement claims (read before verification: a hint, never trust). */
  predicateType?: string;
}

/**
 * Verifies one bundle referrer of an image: a DSSE in-toto statement by a trusted key or identity, over this very
 * digest, of the predicate type expected (an image signature, or an attestation such as SLSA provenance).
 */
export async function verifyBundleStatement(
  subject: { client: SignatureSubject['client']; repository: string; digest: string },
  referrer: Descriptor,
  trust: BundleTrust,
  predicateType: string,
): Promise<VerifiedStatement> {
  const location = `referrer ${referrer.digest}`;
  const check: CheckOf = (rest) => ({
    format: 'sigstore-bundle',
    location,
    manifestDigest: referrer.digest,
    ...rest,
  });
  const read = await readSignedStatement(subject, referrer, check);
  if (!('bundle' in read)) return { check: read };
  const { bundle, statement } = read;
  const claimed = { predicateType: statement.predicateType };
  const digests = statementDigests(statement);
  const signedDigest = digests[0];
  const entity = toSignedEntity(bundle);
  const signed =
    bundle.verificationMaterial.content.$case === 'publicKey'
      ? verifyWithTrustedKeys(
          bundle.verificationMaterial.content.publicKey.hint,
          entity,
          trust.keys,
          check,
          signedDigest,
        )
      : await verifyKeyless(bundle, entity, trust, check, signedDigest);
  if (signed.failure) return { check: signed.failure, ...claimed };
  const signerName = signed.signerName;
  const wrong = wrongSubjectOrPredicate(statement, digests, subject.digest, predicateType);
  if (wrong) return { check: check({ ...wrong, signer: signerName, signedDigest }), ...claimed };
  return {
    check: check({ signer: signerName, signedDigest, detail: `signed by ${signerName}` }),
    statement,
    ...claimed,
    ...(signed.identity ? { identity: signed.identity } : {}),
  };
}

/** Why a verified statement is not the one wanted: about another digest, or of another predicate type. */
function wrongSubjectOrPredicate(
  statement: InTotoStatement,
  digests: string[],
  digest: string,
  predicateType: string,
): { reason: RejectionReason; detail: string } | undefined {
  if (!digests.includes(digest)) {
    return { reason: 'digest-mismatch', detail: `the signature is over ${digests.join(', ')}, not ${digest}` };
  }
  if (statement.predicateType !== predicateType) {
    const what = predicateType === COSIGN_SIGN_PREDICATE ? 'an image signature' : predicateType;
    return { reason: 'malformed', detail: `the bundle is an attestation (${statement.predicateType}), not ${what}` };
  }
  return undefined;
}

/** The referrer's sigstore bundle and the in-toto statement it signs, or why they cannot be read. */
async function readSignedStatement(
  subject: { client: SignatureSubject['client']; repository: string },
  referrer: Descriptor,
  check: CheckOf,
): Promise<{ bundle: Bundle; statement: InTotoStatement } | SignatureCheck> {
  const read = await readImageManifest(subject.client, subject.repository, referrer.digest);
  const layer = read?.manifest.layers.find((l) => l.mediaType.startsWith('application/vnd.dev.sigstore.bundle'));
  if (!read || !layer) return check({ reason: 'malformed', detail: 'the referrer holds no sigstore bundle layer' });
  const blob = await readBlob(subject.client, subject.repository, layer);
  if (!blob)
    return check({ reason: 'tampered-payload', detail: `the bundle blob does not match its digest ${layer.digest}` });
  let bundle: Bundle;
  try {
    bundle = bundleFromJSON(JSON.parse(blob.toString('utf8')));
  } catch (err) {
    return check({ reason: 'malformed', detail: `the bundle is not a valid sigstore bundle: ${errorMessage(err)}` });
  }
  if (bundle.content.$case !== 'dsseEnvelope') {
    return check({ reason: 'malformed', detail: 'the bundle holds a message signature, not a signed image statement' });
  }
  const envelope = bundle.content.dsseEnvelope;
  const statement =
    envelope.payloadType === SIGNATURE_MEDIA_TYPES.inToto ? parseInTotoStatement(envelope.payload) : undefined;
  if (!statement) return check({ reason: 'malformed', detail: 'the signed payload is not an in-toto statement' });
  return { bundle, statement };
}

/** A key-signed bundle: the first trusted key it verifies with names the signer. */
function verifyWithTrustedKeys(
  hint: string | undefined,
  entity: SignedEntity,
  keys: TrustedKey[],
  check: CheckOf,
  signedDigest: string | undefined,
): SignerOrFailure {
  for (const trusted of keys) {
    try {
      new Verifier(keyTrustMaterial(trusted.key), {
        tlogThreshold: 0,
        ctlogThreshold: 0,
        timestampThreshold: 0,
      }).verify(entity);
      return { signerName: trusted.name };
    } catch {
      // The next trusted key may be the one.
    }
  }
  const claimed = keys.find((k) => hint && keyFingerprint(k.key).endsWith(hint));
  return {
    failure: claimed
      ? check({
          reason: 'tampered-payload',
          signer: claimed.name,
          signedDigest,
          detail: `the bundle names trusted key ${claimed.name} but its signature does not match the payload (altered after signing)`,
        })
      : check({ reason: 'wrong-key', signedDigest, detail: 'the signature does not verify with any trusted key' }),
  };
}

/** A keyless bundle: its certificate chains to the trust material and its identity is a trusted one. */
async function verifyKeyless(
  bundle: Bundle,
  entity: SignedEntity,
  trust: BundleTrust,
  check: CheckOf,
  signedDigest: string | undefined,
): Promise<SignerOrFailure> {
  if (!trust.keyless.length || !trust.keylessMaterial) {
    return {
      failure: check({
        reason: 'untrusted-identity',
        signedDigest,
        detail: 'keyless signature, and no keyless identity is trusted',
      }),
    };
  }
  try {
    const verified = new Verifier(await trust.keylessMaterial(), {
      tlogThreshold: 1,
      ctlogThreshold: 1,
      timestampThreshold: 1,
    }).verify(entity);
    const signerName = identityMatches(verified.identity, trust.keyless);
    if (signerName) return { signerName, identity: verified.identity };
    return {
      failure: check({
        reason: 'untrusted-identity',
        signedDigest,
        signer: `${verified.identity?.subjectAlternativeName} (issuer ${verified.identity?.extensions?.issuer})`,
        detail: 'the certificate identity matches no trusted issuer and subject pattern',
      }),
    };
  } catch (err) {
    const { reason, detail } = classifyKeylessFailure(bundle, err);
    return { failure: check({ reason, signedDigest, detail }) };
  }
}

/** A blob whose bytes match its digest, or undefined when the registry serves something else. */
export async function readBlob(
  client: SignatureSubject['client'],
  repository: string,
  descriptor: Descriptor,
): Promise<Buffer | undefined> {
  let bytes: Buffer;
  try {
    bytes = await client.getBlob(repository, descriptor.digest);
  } catch (err) {
    if (/digest|mismatch/i.test(errorMessage(err))) return undefined;
    throw err;
  }
  return digestOf(bytes) === descriptor.digest ? bytes : undefined;
}

/** When the signature was logged outside its certificate's validity, names the certificate and the time. */
function expiredAtLogTime(bundle: Bundle): string | undefined {
  const content = bundle.verificationMaterial.content;
  const der =
    content.$case === 'x509CertificateChain'
      ? content.x509CertificateChain.certificates[0]?.rawBytes
      : content.$case === 'certificate'
        ? content.certificate.rawBytes
        : undefined;
  if (!der) return undefined;
  const certificate = new X509Certificate(der);
  for (const entry of bundle.verificationMaterial.tlogEntries) {
    const at = new Date(Number(entry.integratedTime) * 1000);
    if (at < new Date(certificate.validFrom) || at > new Date(certificate.validTo)) {
      return `logged at ${at.toISOString()}, outside the certificate's validity (${certificate.validFrom} to ${certificate.validTo})`;
    }
  }
  return undefined;
}

/** Why @sigstore/verify refused a keyless signature, in the terms verification reports. */
export function classifyKeylessFailure(bundle: Bundle, err: unknown): { reason: RejectionReason; detail: string } {
  const message = errorMessage(err);
  const expired = expiredAtLogTime(bundle);
  if (expired) return { reason: 'expired-certificate', detail: `the certificate had expired: ${expired}` };
  const reason: RejectionReason = /signature verification failed|digest/i.test(message)
    ? 'tampered-payload'
    : 'untrusted-chain';
  return { reason, detail: `keyless verification failed: ${message}` };
}
