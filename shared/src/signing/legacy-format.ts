import { digestOf } from '../oci/digest';
import { cosignSignatureTag, readImageManifest } from '../oci/referrers';
import { MEDIA_TYPES, type Descriptor, type ImageManifest } from '../oci/types';
import { ConfigurationError } from '../runtime/errors';
import { readBlob } from './bundle-format';
import { COSIGN_ANNOTATIONS, parseSimpleSigningPayload, SIGNATURE_MEDIA_TYPES, simpleSigningPayload } from './payloads';
import { verifySha256Signature } from './signature-check';
import type { Signer } from './signers';
import type { SignatureCheck, SignatureSubject, TrustedKey } from './types';

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
export async function signWithLegacy(subject: SignatureSubject, signer: Signer): Promise<{ descriptor: Descriptor }> {
  if (signer.kind === 'keyless') {
    throw new ConfigurationError(
      'Keyless signatures are written as sigstore bundles; set signature-format to sigstore-bundle (or sign with a key for cosign-legacy).',
    );
  }
  const { client, repository, descriptor } = subject;
  const payload = simpleSigningPayload(subject.dockerReference, descriptor.digest);
  const { signature } = await signer.sign(payload);
  const layer: Descriptor = {
    mediaType: SIGNATURE_MEDIA_TYPES.simpleSigning,
    digest: digestOf(payload),
    size: payload.length,
    annotations: { [COSIGN_ANNOTATIONS.signature]: signature.toString('base64') },
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

/** Verifies every simple-signing layer of an image's `.sig` manifest. */
export async function verifyLegacySignatures(
  subject: { client: SignatureSubject['client']; repository: string; digest: string },
  keys: TrustedKey[],
): Promise<SignatureCheck[]> {
  const tag = cosignSignatureTag(subject.digest);
  const read = await readImageManifest(subject.client, subject.repository, tag);
  if (!read) return [];
  const checks: SignatureCheck[] = [];
  for (const [i, layer] of read.manifest.layers.entries()) {
    if (layer.mediaType !== SIGNATURE_MEDIA_TYPES.simpleSigning) continue;
    const location = `${tag} layer ${i + 1} (${layer.digest})`;
    const check = (rest: Omit<SignatureCheck, 'format' | 'location'>): SignatureCheck => ({
      format: 'cosign-legacy',
      location,
      manifestDigest: read.stored.digest,
      ...rest,
    });
    const sigText = layer.annotations?.[COSIGN_ANNOTATIONS.signature];
    if (!sigText) {
      checks.push(
        check({ reason: 'malformed', detail: 'the layer has no dev.cosignproject.cosign/signature annotation' }),
      );
      continue;
    }
    const payload = await readBlob(subject.client, subject.repository, layer);
    if (!payload) {
      checks.push(
        check({ reason: 'tampered-payload', detail: `the payload does not match its digest ${layer.digest}` }),
      );
      continue;
    }
    const parsed = parseSimpleSigningPayload(payload);
    if (!parsed) {
      checks.push(check({ reason: 'malformed', detail: 'the payload is not a cosign simple-signing payload' }));
      continue;
    }
    const signedDigest = parsed.critical.image['docker-manifest-digest'];
    if (layer.annotations?.[COSIGN_ANNOTATIONS.certificate]) {
      checks.push(
        check({
          reason: 'untrusted-identity',
          signedDigest,
          detail:
            'keyless cosign-legacy signatures are not trusted here; trust keyless identities through sigstore bundles',
        }),
      );
      continue;
    }
    const signature = Buffer.from(sigText, 'base64');
    const signer = keys.find((k) => verifySha256Signature(k.key, payload, signature));
    if (!signer) {
      checks.push(
        check({
          reason: 'wrong-key',
          signedDigest,
          detail:
            'the signature does not verify with any trusted key (signed by another key, or the payload was altered)',
        }),
      );
      continue;
    }
    if (signedDigest !== subject.digest) {
      checks.push(
        check({
          reason: 'digest-mismatch',
          signer: signer.name,
          signedDigest,
          detail: `the payload names ${signedDigest}, not ${subject.digest}`,
        }),
      );
      continue;
    }
    checks.push(check({ signer: signer.name, signedDigest, detail: `signed by ${signer.name}` }));
  }
  return checks;
}
