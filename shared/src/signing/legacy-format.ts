import { createHash } from 'node:crypto';
import { bundleFromJSON, type TransparencyLogEntry } from '@sigstore/bundle';
import { HashAlgorithm } from '@sigstore/protobuf-specs';
import { toSignedEntity, Verifier } from '@sigstore/verify';
import { digestOf } from '../oci/digest';
import { cosignSignatureTag, readImageManifest } from '../oci/referrers';
import { MEDIA_TYPES, type Descriptor, type ImageManifest } from '../oci/types';
import { errorMessage } from '../runtime/errors';
import { classifyKeylessFailure, identityMatches, readBlob, type BundleTrust } from './bundle-format';
import { COSIGN_ANNOTATIONS, parseSimpleSigningPayload, SIGNATURE_MEDIA_TYPES, simpleSigningPayload } from './payloads';
import { verifySha256Signature } from './signature-check';
import { DEFAULT_REKOR_URL, sigstoreRequestOptions, type Signer } from './signers';
import type { SignatureCheck, SignatureSubject } from './types';

/** The image config cosign 2 gives a `.sig` manifest: its layers' digests as the rootfs. */
function signatureConfig(layers: Descriptor[]): Buffer {
  return Buffer.from(
    JSON.stringify({
      architecture: '',
      config: {},
      created: '0001-01-01T00:00:00Z',
      history: [{ created: '0001-01-01T00:00:00Z' }],
      os: '',
      rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) },
    }),
  );
}

/** Attempts at the `.sig` read-modify-write; a concurrent signer can replace the manifest between read and write. */
const SIG_TAG_ATTEMPTS = 4;

/**
 * Signs as cosign 2 does: the simple-signing payload as a layer of the manifest at `sha256-<hex>.sig`, its
 * signature in the `dev.cosignproject.cosign/signature` annotation. Existing signatures there are kept.
 */
export async function signWithLegacy(
  subject: SignatureSubject,
  signer: Signer,
  options: { rekorUrl?: string } = {},
): Promise<{ descriptor: Descriptor }> {
  const { client, repository, descriptor } = subject;
  const payload = simpleSigningPayload(subject.dockerReference, descriptor.digest);
  const { signature, certificateChain } = await signer.sign(payload);
  const annotations: Record<string, string> = { [COSIGN_ANNOTATIONS.signature]: signature.toString('base64') };
  if (certificateChain?.length) {
    // Keyless, as cosign 2 stores it: the Fulcio certificate, its chain, and the Rekor entry that dates the signature.
    annotations[COSIGN_ANNOTATIONS.certificate] = certificateChain[0];
    if (certificateChain.length > 1) annotations[COSIGN_ANNOTATIONS.chain] = certificateChain.slice(1).join('');
    const entry = await logInRekor(payload, signature, certificateChain[0], options.rekorUrl);
    annotations[COSIGN_ANNOTATIONS.bundle] = JSON.stringify(rekorBundleAnnotation(entry));
  }
  const layer: Descriptor = {
    mediaType: SIGNATURE_MEDIA_TYPES.simpleSigning,
    digest: digestOf(payload),
    size: payload.length,
    annotations,
  };
  await client.pushBlob(repository, { digest: layer.digest, size: layer.size }, payload);
  const tag = cosignSignatureTag(descriptor.digest);
  for (let attempt = 1; attempt <= SIG_TAG_ATTEMPTS; attempt++) {
    const existing = await readImageManifest(client, repository, tag);
    const layers = [...(existing?.manifest.layers ?? []), layer];
    const config = signatureConfig(layers);
    await client.pushBlob(repository, { digest: digestOf(config), size: config.length }, config);
    const manifest: ImageManifest = {
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      config: { mediaType: MEDIA_TYPES.ociConfig, digest: digestOf(config), size: config.length },
      layers,
      ...(existing?.manifest.annotations ? { annotations: existing.manifest.annotations } : {}),
    };
    const bytes = Buffer.from(JSON.stringify(manifest));
    const put = await client.putManifest(repository, tag, { bytes, mediaType: MEDIA_TYPES.ociManifest });
    const after = await readImageManifest(client, repository, tag);
    const sigOf = (l: Descriptor) => l.annotations?.[COSIGN_ANNOTATIONS.signature];
    if (after?.manifest.layers.some((l) => l.digest === layer.digest && sigOf(l) === sigOf(layer))) {
      return { descriptor: { mediaType: MEDIA_TYPES.ociManifest, digest: put.digest, size: bytes.length } };
    }
  }
  throw new Error(`The signature manifest at tag '${tag}' kept changing while a signature was being added; try again.`);
}

/** The Rekor entry of a keyless message signature, which dates it within the certificate's short validity. */
async function logInRekor(payload: Buffer, signature: Buffer, certificate: string, rekorUrl: string | undefined) {
  // Loaded by the first keyless signature, not at start-up: the actions that only verify never need it.
  const { RekorWitness } = await import('@sigstore/sign');
  const witness = new RekorWitness({
    ...sigstoreRequestOptions(),
    rekorBaseURL: rekorUrl ?? DEFAULT_REKOR_URL,
    fetchOnConflict: true,
  });
  const { tlogEntries } = await witness.testify(
    {
      $case: 'messageSignature',
      messageSignature: {
        messageDigest: { algorithm: HashAlgorithm.SHA2_256, digest: createHash('sha256').update(payload).digest() },
        signature,
      },
    },
    certificate,
  );
  const entry = tlogEntries?.[0];
  if (!entry) throw new Error('Rekor returned no log entry for the keyless signature.');
  return entry;
}

/** The `dev.sigstore.cosign/bundle` annotation: the Rekor entry with its signed entry timestamp. */
interface RekorBundleAnnotation {
  SignedEntryTimestamp: string;
  Payload: { body: string; integratedTime: number; logIndex: number; logID: string };
}

function rekorBundleAnnotation(entry: TransparencyLogEntry): RekorBundleAnnotation {
  if (!entry.inclusionPromise) throw new Error('The Rekor entry has no signed entry timestamp.');
  return {
    SignedEntryTimestamp: entry.inclusionPromise.signedEntryTimestamp.toString('base64'),
    Payload: {
      body: entry.canonicalizedBody.toString('base64'),
      integratedTime: Number(entry.integratedTime),
      logIndex: Number(entry.logIndex),
      logID: entry.logId.keyId.toString('hex'),
    },
  };
}

/** A keyless cosign-legacy signature as a sigstore bundle (message signature), so @sigstore/verify checks it. */
function legacyKeylessBundle(payload: Buffer, signature: Buffer, certificatePem: string, rekor: RekorBundleAnnotation) {
  const der = Buffer.from(certificatePem.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');
  const body = JSON.parse(Buffer.from(rekor.Payload.body, 'base64').toString('utf8')) as {
    kind?: string;
    apiVersion?: string;
  };
  return bundleFromJSON({
    mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
    verificationMaterial: {
      x509CertificateChain: { certificates: [{ rawBytes: der.toString('base64') }] },
      tlogEntries: [
        {
          logIndex: String(rekor.Payload.logIndex),
          logId: { keyId: Buffer.from(rekor.Payload.logID, 'hex').toString('base64') },
          kindVersion: { kind: body.kind ?? 'hashedrekord', version: body.apiVersion ?? '0.0.1' },
          integratedTime: String(rekor.Payload.integratedTime),
          inclusionPromise: { signedEntryTimestamp: rekor.SignedEntryTimestamp },
          canonicalizedBody: rekor.Payload.body,
        },
      ],
      timestampVerificationData: { rfc3161Timestamps: [] },
    },
    messageSignature: {
      messageDigest: { algorithm: 'SHA2_256', digest: createHash('sha256').update(payload).digest('base64') },
      signature: signature.toString('base64'),
    },
  });
}

type CheckOf = (rest: Omit<SignatureCheck, 'format' | 'location'>) => SignatureCheck;

/** One simple-signing layer: its signature annotation over its payload, by a trusted key or identity. */
async function verifyLegacyLayer(
  subject: { client: SignatureSubject['client']; repository: string; digest: string },
  trust: BundleTrust,
  layer: Descriptor,
  check: CheckOf,
): Promise<SignatureCheck> {
  const sigText = layer.annotations?.[COSIGN_ANNOTATIONS.signature];
  if (!sigText) {
    return check({ reason: 'malformed', detail: 'the layer has no dev.cosignproject.cosign/signature annotation' });
  }
  const payload = await readBlob(subject.client, subject.repository, layer);
  if (!payload) {
    return check({ reason: 'tampered-payload', detail: `the payload does not match its digest ${layer.digest}` });
  }
  const parsed = parseSimpleSigningPayload(payload);
  if (!parsed) {
    return check({ reason: 'malformed', detail: 'the payload is not a cosign simple-signing payload' });
  }
  const signedDigest = parsed.critical.image['docker-manifest-digest'];
  const signature = Buffer.from(sigText, 'base64');
  const certificate = layer.annotations?.[COSIGN_ANNOTATIONS.certificate];
  let signerName: string | undefined;
  if (certificate) {
    const rekor = layer.annotations?.[COSIGN_ANNOTATIONS.bundle];
    const keyless = await verifyLegacyKeyless(payload, signature, certificate, rekor, trust);
    if ('reason' in keyless) {
      return check({ ...keyless, signedDigest });
    }
    signerName = keyless.signer;
  } else {
    signerName = trust.keys.find((k) => verifySha256Signature(k.key, payload, signature))?.name;
  }
  const signer = signerName ? { name: signerName } : undefined;
  if (!signer) {
    return check({
      reason: 'wrong-key',
      signedDigest,
      detail: 'the signature does not verify with any trusted key (signed by another key, or the payload was altered)',
    });
  }
  if (signedDigest !== subject.digest) {
    return check({
      reason: 'digest-mismatch',
      signer: signer.name,
      signedDigest,
      detail: `the payload names ${signedDigest}, not ${subject.digest}`,
    });
  }
  return check({ signer: signer.name, signedDigest, detail: `signed by ${signer.name}` });
}

/** Verifies every simple-signing layer of an image's `.sig` manifest. */
export async function verifyLegacySignatures(
  subject: { client: SignatureSubject['client']; repository: string; digest: string },
  trust: BundleTrust,
): Promise<SignatureCheck[]> {
  const tag = cosignSignatureTag(subject.digest);
  const read = await readImageManifest(subject.client, subject.repository, tag);
  if (!read) return [];
  const checks: SignatureCheck[] = [];
  for (const [i, layer] of read.manifest.layers.entries()) {
    if (layer.mediaType !== SIGNATURE_MEDIA_TYPES.simpleSigning) continue;
    const location = `${tag} layer ${i + 1} (${layer.digest})`;
    const check: CheckOf = (rest) => ({
      format: 'cosign-legacy',
      location,
      manifestDigest: read.stored.digest,
      ...rest,
    });
    checks.push(await verifyLegacyLayer(subject, trust, layer, check));
  }
  return checks;
}

async function verifyLegacyKeyless(
  payload: Buffer,
  signature: Buffer,
  certificate: string,
  rekorText: string | undefined,
  trust: BundleTrust,
): Promise<{ signer: string } | Pick<SignatureCheck, 'reason' | 'detail' | 'signer'>> {
  if (!trust.keyless.length || !trust.keylessMaterial) {
    return { reason: 'untrusted-identity', detail: 'keyless signature, and no keyless identity is trusted' };
  }
  if (!rekorText) {
    return { reason: 'malformed', detail: 'keyless signature without its Rekor entry (dev.sigstore.cosign/bundle)' };
  }
  let bundle;
  try {
    bundle = legacyKeylessBundle(payload, signature, certificate, JSON.parse(rekorText) as RekorBundleAnnotation);
    const verified = new Verifier(await trust.keylessMaterial(), {
      tlogThreshold: 1,
      ctlogThreshold: 1,
      timestampThreshold: 1,
    }).verify(toSignedEntity(bundle, payload));
    const name = identityMatches(verified.identity, trust.keyless);
    if (!name) {
      return {
        reason: 'untrusted-identity',
        signer: `${verified.identity?.subjectAlternativeName} (issuer ${verified.identity?.extensions?.issuer})`,
        detail: 'the certificate identity matches no trusted issuer and subject pattern',
      };
    }
    return { signer: name };
  } catch (err) {
    if (!bundle) return { reason: 'malformed', detail: `the keyless signature cannot be read: ${errorMessage(err)}` };
    return classifyKeylessFailure(bundle, err);
  }
}
