import { createHash, verify, X509Certificate, constants, type KeyObject } from 'node:crypto';
import { SignPayloadCommand, type SignerClient } from '@aws-sdk/client-signer';
import { attachReferrer, readImageManifest } from '../oci/referrers';
import type { Descriptor } from '../oci/types';
import { SIGNER_PROFILE_ARN, conforms, signerProfileName } from '../policy/formats';
import { ConfigurationError, errorMessage } from '../runtime/errors';
import type { Logger } from '../runtime/logger';
import { readBlob } from './bundle-format';
import { notationPayload, SIGNATURE_MEDIA_TYPES } from './payloads';
import type { Signer } from './signers';
import { chainProblem } from './notation-chain';
import type { SignatureCheck, SignatureSubject, TrustedKey } from './types';
import { awsErrorName, isAccessDenied, isNotFound } from '../aws/errors';

export const NOTATION_THUMBPRINTS = 'io.cncf.notary.x509chain.thumbprint#S256';
export const SIGNER_PROFILE_VERSION = 'com.amazonaws.signer.signingProfileVersion';

/** A JWS in flattened JSON serialization, the notation `application/jose+json` envelope. */
export interface JwsEnvelope {
  payload: string;
  protected: string;
  header?: { x5c?: string[]; 'io.cncf.notary.signingAgent'?: string };
  signature: string;
}

const SIGNING_AGENT = 'artifacts';

/** A signer's ECDSA signature as JWS wants it: raw r||s, each half the curve size. */
function derToJose(der: Buffer, size: number): Buffer {
  // DER: 30 len 02 rlen r 02 slen s
  let offset = 2;
  if (der[1] & 0x80) offset += der[1] & 0x7f;
  const read = (): Buffer => {
    const len = der[offset + 1];
    const value = der.subarray(offset + 2, offset + 2 + len);
    offset += 2 + len;
    const trimmed = value[0] === 0 ? value.subarray(1) : value;
    return Buffer.concat([Buffer.alloc(size - trimmed.length), trimmed]);
  };
  return Buffer.concat([read(), read()]);
}

function certificatesOf(pems: string[] | undefined): string[] {
  return (pems ?? []).map((pem) => new X509Certificate(pem).raw.toString('base64'));
}

function thumbprints(x5c: string[]): string {
  return JSON.stringify(x5c.map((der) => createHash('sha256').update(Buffer.from(der, 'base64')).digest('hex')));
}

/** Builds a notation JWS envelope with a local or KMS key (ECDSA P-256: ES256), scheme notary.x509. */
export async function notationEnvelopeWithKey(
  signer: Signer,
  target: Descriptor,
  options: { certificateChain?: string[]; now?: () => Date } = {},
): Promise<Buffer> {
  const key = await signer.publicKey();
  if (!key || key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new ConfigurationError(
      'Notation signatures with a key need an ECDSA P-256 key; sign RSA keys as sigstore-bundle or cosign-legacy, or use an AWS Signer profile (signing-profile).',
    );
  }
  const header = {
    alg: 'ES256',
    crit: ['io.cncf.notary.signingScheme'],
    cty: SIGNATURE_MEDIA_TYPES.notaryPayload,
    'io.cncf.notary.signingScheme': 'notary.x509',
    'io.cncf.notary.signingTime': (options.now?.() ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
  const protectedPart = Buffer.from(JSON.stringify(header)).toString('base64url');
  const payloadPart = notationPayload(target).toString('base64url');
  const { signature } = await signer.sign(Buffer.from(`${protectedPart}.${payloadPart}`, 'ascii'));
  const x5c = certificatesOf(options.certificateChain);
  const envelope: JwsEnvelope = {
    payload: payloadPart,
    protected: protectedPart,
    header: { ...(x5c.length ? { x5c } : {}), 'io.cncf.notary.signingAgent': SIGNING_AGENT },
    signature: derToJose(signature, 32).toString('base64url'),
  };
  return Buffer.from(JSON.stringify(envelope));
}

/** Splits a signing profile name or ARN into SignPayload's profile name and owner. */
export function signingProfileParts(profile: string): { profileName: string; profileOwner?: string } {
  const arn = SIGNER_PROFILE_ARN.exec(profile);
  if (arn) return { profileName: arn[2], profileOwner: arn[1] };
  if (conforms(signerProfileName, profile)) return { profileName: profile };
  throw new ConfigurationError(
    `Signing profile '${profile}' is neither an AWS Signer profile name nor arn:aws:signer:<region>:<account>:/signing-profiles/<name>.`,
  );
}

/** Asks AWS Signer for a notation envelope over the image (what the notation AWS Signer plugin does). */
export async function notationEnvelopeWithSigner(
  signerClient: SignerClient,
  profile: string,
  target: Descriptor,
): Promise<Buffer> {
  const parts = signingProfileParts(profile);
  let out;
  try {
    out = await signerClient.send(
      new SignPayloadCommand({
        ...parts,
        payload: notationPayload(target),
        payloadFormat: SIGNATURE_MEDIA_TYPES.notaryPayload,
      }),
    );
  } catch (err) {
    const name = awsErrorName(err);
    if (isNotFound(err) || isAccessDenied(err) || ['ValidationException', 'BadRequestException'].includes(name)) {
      throw new ConfigurationError(
        `AWS Signer SignPayload with profile '${profile}' failed (${name}: ${errorMessage(err)}). Check the profile exists for platform Notation-OCI-SHA384-ECDSA, is active, and the role may call signer:SignPayload on it.`,
      );
    }
    throw err;
  }
  if (!out.signature) throw new Error('AWS Signer returned no signature envelope.');
  return Buffer.from(out.signature);
}

/** Stores a notation envelope as a referrer of the image. */
export async function attachNotationSignature(
  subject: SignatureSubject,
  envelope: Buffer,
  logger?: Logger,
): Promise<{ descriptor: Descriptor }> {
  const jws = JSON.parse(envelope.toString('utf8')) as JwsEnvelope;
  const attached = await attachReferrer(
    subject.client,
    subject.repository,
    subject.descriptor,
    {
      artifactType: SIGNATURE_MEDIA_TYPES.notarySignature,
      layers: [{ mediaType: SIGNATURE_MEDIA_TYPES.jws, bytes: envelope }],
      annotations: { [NOTATION_THUMBPRINTS]: thumbprints(jws.header?.x5c ?? []) },
    },
    logger,
  );
  return { descriptor: attached.descriptor };
}

const JWS_ALGORITHMS: Record<string, { hash: string; size?: number; pss?: boolean }> = {
  ES256: { hash: 'sha256', size: 32 },
  ES384: { hash: 'sha384', size: 48 },
  ES512: { hash: 'sha512', size: 66 },
  PS256: { hash: 'sha256', pss: true },
  PS384: { hash: 'sha384', pss: true },
  PS512: { hash: 'sha512', pss: true },
};

function verifyJws(key: KeyObject, alg: string, input: Buffer, signature: Buffer): boolean {
  const spec = JWS_ALGORITHMS[alg];
  if (!spec) return false;
  try {
    if (spec.size) return verify(spec.hash, input, { key, dsaEncoding: 'ieee-p1363' }, signature);
    return verify(
      spec.hash,
      input,
      { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST },
      signature,
    );
  } catch {
    return false;
  }
}

export interface NotationTrust {
  keys: TrustedKey[];
  /** Full signing profile (or profile version) ARNs. */
  signerProfiles: string[];
  rootCertificates: X509Certificate[];
}

const SIGNING_SCHEME = 'io.cncf.notary.signingScheme';
const EXPIRY = 'io.cncf.notary.expiry';
const AUTHENTIC_SIGNING_TIME = 'io.cncf.notary.authenticSigningTime';
/** Critical headers a verifier of the notary.x509 schemes knows; AWS Signer's own are known on the profile path. */
const NOTARY_CRITICAL = [SIGNING_SCHEME, 'io.cncf.notary.signingTime', AUTHENTIC_SIGNING_TIME, EXPIRY];
const SIGNER_CRITICAL = [
  SIGNER_PROFILE_VERSION,
  'com.amazonaws.signer.signingJob',
  'com.amazonaws.signer.signingProfileAlias',
];

type Rejection = Pick<SignatureCheck, 'reason' | 'detail'>;

/**
 * The protected header's rules, the same on every path: each `crit` entry is present and understood (an unknown
 * critical header fails, as the JWS specification requires), the scheme is a notary one, and a signature past its
 * `io.cncf.notary.expiry` no longer counts.
 */
export function headerProblem(header: Record<string, unknown>, known: string[], now: Date): Rejection | undefined {
  const crit = header.crit;
  if (!Array.isArray(crit) || !crit.every((c) => typeof c === 'string') || !crit.includes(SIGNING_SCHEME)) {
    return { reason: 'malformed', detail: `the protected header's crit does not list ${SIGNING_SCHEME}` };
  }
  const unknown = (crit as string[]).find((c) => !known.includes(c) || !(c in header));
  if (unknown) {
    return { reason: 'malformed', detail: `the critical header '${unknown}' is missing or not understood` };
  }
  const expiry = header[EXPIRY];
  if (expiry !== undefined) {
    const at = typeof expiry === 'string' ? new Date(expiry) : new Date(NaN);
    if (!crit.includes(EXPIRY) || Number.isNaN(at.getTime())) {
      return { reason: 'malformed', detail: `${EXPIRY} must be a critical RFC 3339 time` };
    }
    if (at < now) return { reason: 'expired-certificate', detail: `the signature expired at ${String(expiry)}` };
  }
  return undefined;
}

/**
 * Which trusted profile an AWS Signer signing profile version ARN belongs to, as AWS Signer's notation plugin
 * matches: a profile ARN matches its versions, a profile version ARN only itself. Names never match.
 */
export function profileMatches(profileVersion: string | undefined, trusted: string[]): string | undefined {
  if (!profileVersion) return undefined;
  const lower = profileVersion.toLowerCase();
  const profile = lower.slice(0, lower.lastIndexOf('/'));
  return trusted.find((p) => p.startsWith('arn:') && (lower === p.toLowerCase() || profile === p.toLowerCase()));
}

interface ParsedEnvelope {
  jws: JwsEnvelope;
  header: Record<string, unknown>;
  signedDigest?: string;
}

/** The referrer's JWS envelope, parsed, with its certificate chain; or why it cannot be read. */
async function readEnvelope(
  subject: { client: SignatureSubject['client']; repository: string },
  referrer: Descriptor,
): Promise<(ParsedEnvelope & { chain: X509Certificate[] }) | Rejection> {
  const read = await readImageManifest(subject.client, subject.repository, referrer.digest);
  const layer = read?.manifest.layers.find((l) => l.mediaType === SIGNATURE_MEDIA_TYPES.jws);
  if (!read || !layer)
    return { reason: 'malformed', detail: 'the referrer holds no JWS envelope (COSE is not supported)' };
  const blob = await readBlob(subject.client, subject.repository, layer);
  if (!blob) return { reason: 'tampered-payload', detail: `the envelope does not match its digest ${layer.digest}` };
  try {
    const parsed = parseEnvelope(blob);
    const chain = (parsed.jws.header?.x5c ?? []).map((der) => new X509Certificate(Buffer.from(der, 'base64')));
    return { ...parsed, chain };
  } catch (err) {
    return { reason: 'malformed', detail: `the JWS envelope cannot be read: ${errorMessage(err)}` };
  }
}

function parseEnvelope(blob: Buffer): ParsedEnvelope {
  const jws = JSON.parse(blob.toString('utf8')) as JwsEnvelope;
  const header = JSON.parse(Buffer.from(jws.protected, 'base64url').toString('utf8')) as Record<string, unknown>;
  const payload = JSON.parse(Buffer.from(jws.payload, 'base64url').toString('utf8')) as {
    targetArtifact?: { digest?: string };
  };
  return { jws, header, signedDigest: payload.targetArtifact?.digest };
}

/**
 * The AWS Signer path: the certificate chain leads to a configured root under notation's certificate rules, and
 * the identity is the signing profile version the chain's owner signed as a critical attribute (AWS Signer sets
 * it; the signer cannot choose it), matched against full profile ARNs only.
 */
function signerProfileCheck(
  header: Record<string, unknown>,
  chain: X509Certificate[],
  trust: NotationTrust,
  now: Date,
): Rejection & { signer?: string } {
  const problem = headerProblem(header, [...NOTARY_CRITICAL, ...SIGNER_CRITICAL], now);
  if (problem) return problem;
  const crit = header.crit as string[];
  const version = header[SIGNER_PROFILE_VERSION];
  const profileVersion = typeof version === 'string' && crit.includes(SIGNER_PROFILE_VERSION) ? version : undefined;
  if (header[SIGNING_SCHEME] !== 'notary.x509.signingAuthority' || !profileVersion) {
    return {
      reason: 'untrusted-identity',
      signer: chain[0].subject.replace(/\n/g, ', '),
      detail: `a certificate signature without AWS Signer's critical ${SIGNER_PROFILE_VERSION} under the notary.x509.signingAuthority scheme names no signing profile`,
    };
  }
  const profile = profileMatches(profileVersion, trust.signerProfiles);
  if (!profile) {
    return {
      reason: 'untrusted-identity',
      signer: profileVersion,
      detail: `signed by ${profileVersion}, which is no trusted signing profile`,
    };
  }
  if (!trust.rootCertificates.length) {
    return {
      reason: 'untrusted-chain',
      signer: profileVersion,
      detail: 'no root certificate is configured for AWS Signer chains',
    };
  }
  const chainIssue = chainProblem(chain, trust.rootCertificates);
  if (chainIssue) return { reason: 'untrusted-chain', signer: profileVersion, detail: chainIssue };
  const timeText = header[AUTHENTIC_SIGNING_TIME];
  const signingTime = typeof timeText === 'string' ? new Date(timeText) : undefined;
  if (!signingTime || Number.isNaN(signingTime.getTime())) {
    return { reason: 'malformed', signer: profileVersion, detail: `the envelope has no ${AUTHENTIC_SIGNING_TIME}` };
  }
  const outside = chain.find((c) => signingTime < new Date(c.validFrom) || signingTime > new Date(c.validTo));
  if (outside) {
    return {
      reason: 'expired-certificate',
      signer: profileVersion,
      detail: `signed at ${signingTime.toISOString()}, outside the validity of '${outside.subject.replace(/\n/g, ', ')}' (${outside.validFrom} to ${outside.validTo})`,
    };
  }
  return { signer: `${profileVersion} (profile ${profile})`, detail: '' };
}

/** Verifies one notation signature referrer of an image. */
export async function verifyNotationReferrer(
  subject: { client: SignatureSubject['client']; repository: string; digest: string },
  referrer: Descriptor,
  trust: NotationTrust,
  now: Date = new Date(),
): Promise<SignatureCheck> {
  const check = (rest: Omit<SignatureCheck, 'format' | 'location'>): SignatureCheck => ({
    format: 'notation',
    location: `referrer ${referrer.digest}`,
    manifestDigest: referrer.digest,
    ...rest,
  });
  const envelope = await readEnvelope(subject, referrer);
  if (!('jws' in envelope)) return check(envelope);
  const { jws, header, signedDigest, chain } = envelope;
  const alg = String(header.alg);
  const input = Buffer.from(`${jws.protected}.${jws.payload}`, 'ascii');
  const signature = Buffer.from(jws.signature, 'base64url');

  let signer: string | undefined;
  const byKey = trust.keys.find((k) => verifyJws(k.key, alg, input, signature));
  if (byKey) {
    const problem = headerProblem(header, NOTARY_CRITICAL, now);
    if (problem) return check({ ...problem, signer: byKey.name, signedDigest });
    signer = byKey.name;
  } else if (chain.length) {
    if (!verifyJws(chain[0].publicKey, alg, input, signature)) {
      return check({
        reason: 'tampered-payload',
        signedDigest,
        detail: 'the signature does not match the payload for the certificate it carries',
      });
    }
    const outcome = signerProfileCheck(header, chain, trust, now);
    if (outcome.reason) return check({ ...outcome, signedDigest });
    signer = outcome.signer;
  } else {
    return check({ reason: 'wrong-key', signedDigest, detail: 'the signature does not verify with any trusted key' });
  }
  if (signedDigest !== subject.digest) {
    return check({
      reason: 'digest-mismatch',
      signer,
      signedDigest,
      detail: `the payload names ${signedDigest}, not ${subject.digest}`,
    });
  }
  return check({ signer, signedDigest, detail: `signed by ${signer}` });
}
