import { createHash, verify, X509Certificate, constants, type KeyObject } from 'node:crypto';
import { SignPayloadCommand, type SignerClient } from '@aws-sdk/client-signer';
import { attachReferrer, readImageManifest } from '../oci/referrers';
import type { Descriptor } from '../oci/types';
import { ConfigurationError, errorMessage } from '../runtime/errors';
import type { Logger } from '../runtime/logger';
import { readBlob } from './bundle-format';
import { notationPayload, SIGNATURE_MEDIA_TYPES } from './payloads';
import type { Signer } from './signers';
import type { SignatureCheck, SignatureSubject, TrustedKey } from './types';

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
  const arn = /^arn:aws[a-z-]*:signer:[a-z0-9-]+:(\d{12}):\/signing-profiles\/([A-Za-z0-9_]+)(?:\/[A-Za-z0-9]+)?$/.exec(
    profile,
  );
  if (arn) return { profileName: arn[2], profileOwner: arn[1] };
  if (/^[A-Za-z0-9_]{2,64}$/.test(profile)) return { profileName: profile };
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
    const name = err instanceof Error ? err.name : '';
    if (
      ['ResourceNotFoundException', 'AccessDeniedException', 'ValidationException', 'BadRequestException'].includes(
        name,
      )
    ) {
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
  signerProfiles: string[];
  rootCertificates: X509Certificate[];
}

/** Whether a chain (leaf first) leads to one of the roots; returns why not, or undefined when it does. */
function chainProblem(chain: X509Certificate[], roots: X509Certificate[]): string | undefined {
  for (let i = 0; i + 1 < chain.length; i++) {
    if (!chain[i].checkIssued(chain[i + 1]) || !chain[i].verify(chain[i + 1].publicKey)) {
      return `certificate ${i + 1} of the chain is not issued by certificate ${i + 2}`;
    }
  }
  const last = chain[chain.length - 1];
  const anchored = roots.some(
    (root) => root.fingerprint256 === last.fingerprint256 || (last.checkIssued(root) && last.verify(root.publicKey)),
  );
  return anchored ? undefined : 'the certificate chain does not lead to a configured root certificate';
}

function profileMatches(profileVersion: string | undefined, trusted: string[]): string | undefined {
  if (!profileVersion) return undefined;
  const lower = profileVersion.toLowerCase();
  // A bare profile name matches any version of that profile; an ARN matches itself and its versions.
  return trusted.find((p) =>
    p.startsWith('arn:')
      ? lower === p.toLowerCase() || lower.startsWith(`${p.toLowerCase()}/`)
      : lower.includes(`/signing-profiles/${p.toLowerCase()}/`),
  );
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
  const read = await readImageManifest(subject.client, subject.repository, referrer.digest);
  const layer = read?.manifest.layers.find((l) => l.mediaType === SIGNATURE_MEDIA_TYPES.jws);
  if (!read || !layer)
    return check({ reason: 'malformed', detail: 'the referrer holds no JWS envelope (COSE is not supported)' });
  const blob = await readBlob(subject.client, subject.repository, layer);
  if (!blob)
    return check({ reason: 'tampered-payload', detail: `the envelope does not match its digest ${layer.digest}` });
  let jws: JwsEnvelope;
  let header: Record<string, unknown>;
  let signedDigest: string | undefined;
  try {
    jws = JSON.parse(blob.toString('utf8')) as JwsEnvelope;
    header = JSON.parse(Buffer.from(jws.protected, 'base64url').toString('utf8')) as Record<string, unknown>;
    const payload = JSON.parse(Buffer.from(jws.payload, 'base64url').toString('utf8')) as {
      targetArtifact?: { digest?: string };
    };
    signedDigest = payload.targetArtifact?.digest;
  } catch (err) {
    return check({ reason: 'malformed', detail: `the JWS envelope cannot be read: ${errorMessage(err)}` });
  }
  const alg = String(header.alg);
  const input = Buffer.from(`${jws.protected}.${jws.payload}`, 'ascii');
  const signature = Buffer.from(jws.signature, 'base64url');
  const chain = (jws.header?.x5c ?? []).map((der) => new X509Certificate(Buffer.from(der, 'base64')));

  let signer: string | undefined;
  const byKey = trust.keys.find((k) => verifyJws(k.key, alg, input, signature));
  if (byKey) {
    signer = byKey.name;
  } else if (chain.length) {
    if (!verifyJws(chain[0].publicKey, alg, input, signature)) {
      return check({
        reason: 'tampered-payload',
        signedDigest,
        detail: 'the signature does not match the payload for the certificate it carries',
      });
    }
    const profileVersion =
      typeof header[SIGNER_PROFILE_VERSION] === 'string' ? (header[SIGNER_PROFILE_VERSION] as string) : undefined;
    const profile = profileMatches(profileVersion, trust.signerProfiles);
    if (!profile) {
      return check({
        reason: 'untrusted-identity',
        signer: profileVersion ?? chain[0].subject,
        signedDigest,
        detail: `signed by ${profileVersion ?? chain[0].subject.replace(/\n/g, ', ')}, which is no trusted signing profile`,
      });
    }
    if (!trust.rootCertificates.length) {
      return check({
        reason: 'untrusted-chain',
        signer: profileVersion,
        signedDigest,
        detail: 'no root certificate is configured for AWS Signer chains',
      });
    }
    const problem = chainProblem(chain, trust.rootCertificates);
    if (problem) return check({ reason: 'untrusted-chain', signer: profileVersion, signedDigest, detail: problem });
    const timeText = header['io.cncf.notary.authenticSigningTime'] ?? header['io.cncf.notary.signingTime'];
    const signingTime = typeof timeText === 'string' ? new Date(timeText) : undefined;
    if (!signingTime || Number.isNaN(signingTime.getTime())) {
      return check({
        reason: 'malformed',
        signer: profileVersion,
        signedDigest,
        detail: 'the envelope has no signing time',
      });
    }
    const outside = chain.find((c) => signingTime < new Date(c.validFrom) || signingTime > new Date(c.validTo));
    if (outside) {
      return check({
        reason: 'expired-certificate',
        signer: profileVersion,
        signedDigest,
        detail: `signed at ${signingTime.toISOString()}, outside the validity of '${outside.subject.replace(/\n/g, ', ')}' (${outside.validFrom} to ${outside.validTo})`,
      });
    }
    const expiry = header['io.cncf.notary.expiry'];
    if (typeof expiry === 'string' && new Date(expiry) < now) {
      return check({
        reason: 'expired-certificate',
        signer: profileVersion,
        signedDigest,
        detail: `the signature expired at ${expiry}`,
      });
    }
    signer = `${profileVersion} (profile ${profile})`;
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
