import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleFromJSON } from '@sigstore/bundle';
import { toSignedEntity, Verifier } from '@sigstore/verify';
import { flattenedVerify } from 'jose';
import { digestOf } from '../../../shared/src/oci/digest';
import { cosignSignatureTag, referrersTag } from '../../../shared/src/oci/referrers';
import { RegistryClient } from '../../../shared/src/oci/registry';
import { MEDIA_TYPES, type Descriptor, type ImageManifest } from '../../../shared/src/oci/types';
import { MemoryLogger, silentLogger } from '../../utils/loggers';
import { signAfterPush, type SignStepArgs } from '../../../shared/src/signing/sign-step';
import type { SignatureTrust } from '../../../shared/src/signing/types';
import { verifyImageSignatures } from '../../../shared/src/signing/verify';
import { startRegistry, type LocalRegistry } from '../../utils/registry';
import { openssl, opensslVerifies, pushTestImage, scratch, storedManifest, signingPolicy } from './support';

let registry: LocalRegistry;
let client: RegistryClient;
const files = scratch();

const ecKey = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const otherKey = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const rsaKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = (k: KeyObject, type: 'pkcs8' | 'sec1' | 'pkcs1') => k.export({ format: 'pem', type }).toString();
const pub = (k: KeyObject) => createPublicKey(k).export({ format: 'pem', type: 'spki' }).toString();

const noAws = {
  kms: () => {
    throw new Error('no KMS in this test');
  },
  signer: () => {
    throw new Error('no AWS Signer in this test');
  },
  ecr: () => {
    throw new Error('no ECR in this test');
  },
} as unknown as SignStepArgs['aws'];

function trustKeys(...keys: [string, KeyObject][]): SignatureTrust {
  return {
    publicKeys: keys.map(([name, k]) => ({ name, key: createPublicKey(k) })),
    kmsKeys: [],
    keyless: [],
    signerProfiles: [],
    rootCertificates: [],
  };
}

async function sign(repository: string, image: Descriptor, format: string, key: string, env: NodeJS.ProcessEnv = {}) {
  return signAfterPush({
    policy: signingPolicy({ method: 'key', key }),
    inputs: { signatureFormat: format },
    client,
    repository,
    digest: image.digest,
    reference: `${registry.host}/${repository}`,
    aws: noAws,
    logger: new MemoryLogger(),
    env,
  });
}

const manifestAt = (repository: string, ref: string, accept?: string) =>
  storedManifest(client, repository, ref, accept);

beforeAll(async () => {
  registry = await startRegistry();
  client = new RegistryClient({ baseUrl: registry.url, logger: silentLogger });
  files.file('ec-sec1.pem', pem(ecKey.privateKey, 'sec1'));
  files.file('ec-pkcs8.pem', pem(ecKey.privateKey, 'pkcs8'));
  files.file('rsa-pkcs1.pem', pem(rsaKey.privateKey, 'pkcs1'));
});

afterAll(async () => {
  await registry?.stop();
  files.remove();
});

describe('cosign-legacy with a PEM key', () => {
  test('the .sig payload verifies with openssl, names the digest, and a re-run adds nothing', async () => {
    const image = await pushTestImage(client, 'legacy/app', 'v1');
    const first = await sign('legacy/app', image, 'cosign-legacy', `file://${join(files.dir, 'ec-sec1.pem')}`);
    expect(first).toMatchObject({ skipped: false, format: 'cosign-legacy' });
    expect(first.howToVerify).toBe(
      `cosign verify --key cosign.pub --insecure-ignore-tlog=true --new-bundle-format=false ${registry.host}/legacy/app@${image.digest}`,
    );

    const sig = await manifestAt('legacy/app', cosignSignatureTag(image.digest));
    expect(sig.layers).toHaveLength(1);
    const layer = sig.layers[0];
    expect(layer.mediaType).toBe('application/vnd.dev.cosign.simplesigning.v1+json');
    const payload = await client.getBlob('legacy/app', layer.digest);
    const signature = Buffer.from(layer.annotations!['dev.cosignproject.cosign/signature'], 'base64');
    expect(opensslVerifies(pub(ecKey.privateKey), signature, payload)).toBe(true);
    expect(opensslVerifies(pub(otherKey.privateKey), signature, payload)).toBe(false);
    const doc = JSON.parse(payload.toString('utf8'));
    expect(doc.critical).toEqual({
      identity: { 'docker-reference': `${registry.host}/legacy/app` },
      image: { 'docker-manifest-digest': image.digest },
      type: 'cosign container image signature',
    });

    const again = await sign('legacy/app', image, 'cosign-legacy', `file://${join(files.dir, 'ec-pkcs8.pem')}`);
    expect(again.skipped).toBe(true);
    expect(again.signatureDigest).toBe(first.signatureDigest);
    expect((await manifestAt('legacy/app', cosignSignatureTag(image.digest))).layers).toHaveLength(1);

    // A second key appends its layer; the first signature stays.
    await sign('legacy/app', image, 'cosign-legacy', `file://${join(files.dir, 'rsa-pkcs1.pem')}`);
    const both = await manifestAt('legacy/app', cosignSignatureTag(image.digest));
    expect(both.layers).toHaveLength(2);
    expect(both.layers[0]).toEqual(layer);
    const rsaPayload = await client.getBlob('legacy/app', both.layers[1].digest);
    const rsaSig = Buffer.from(both.layers[1].annotations!['dev.cosignproject.cosign/signature'], 'base64');
    expect(opensslVerifies(pub(rsaKey.privateKey), rsaSig, rsaPayload)).toBe(true);

    const result = await verifyImageSignatures({
      client,
      repository: 'legacy/app',
      digest: image.digest,
      trust: trustKeys(['ec', ecKey.privateKey], ['rsa', rsaKey.privateKey]),
    });
    expect(result.verified.map((c) => c.signer).sort()).toEqual(['ec', 'rsa']);
    expect(result.rejected).toEqual([]);
  });

  test('wrong key, a tampered payload and a signature moved to another image are each rejected', async () => {
    const image = await pushTestImage(client, 'legacy/tamper', 'v1');
    await sign('legacy/tamper', image, 'cosign-legacy', `file://${join(files.dir, 'ec-sec1.pem')}`);

    const wrong = await verifyImageSignatures({
      client,
      repository: 'legacy/tamper',
      digest: image.digest,
      trust: trustKeys(['other', otherKey.privateKey]),
    });
    expect(wrong.verified).toEqual([]);
    expect(wrong.rejected.map((c) => c.reason)).toEqual(['wrong-key']);

    // The tag is re-pushed to another image, and the old signature manifest is copied to the new digest.
    const other = await pushTestImage(client, 'legacy/tamper', 'v1');
    const trust = trustKeys(['ec', ecKey.privateKey]);
    expect(await verifyImageSignatures({ client, repository: 'legacy/tamper', digest: other.digest, trust })).toEqual({
      verified: [],
      rejected: [],
    });
    const sigStored = await client.getManifest(
      'legacy/tamper',
      cosignSignatureTag(image.digest),
      MEDIA_TYPES.ociManifest,
    );
    await client.putManifest('legacy/tamper', cosignSignatureTag(other.digest), {
      bytes: sigStored!.bytes,
      mediaType: MEDIA_TYPES.ociManifest,
    });
    const moved = await verifyImageSignatures({ client, repository: 'legacy/tamper', digest: other.digest, trust });
    expect(moved.verified).toEqual([]);
    expect(moved.rejected).toMatchObject([{ reason: 'digest-mismatch', signedDigest: image.digest, signer: 'ec' }]);

    // An edited payload (pointing at the other image) under the original signature.
    const sig = JSON.parse(sigStored!.bytes.toString('utf8')) as ImageManifest;
    const original = JSON.parse((await client.getBlob('legacy/tamper', sig.layers[0].digest)).toString('utf8'));
    original.critical.image['docker-manifest-digest'] = other.digest;
    const edited = Buffer.from(JSON.stringify(original));
    await client.pushBlob('legacy/tamper', { digest: digestOf(edited), size: edited.length }, edited);
    const forged: ImageManifest = {
      ...sig,
      layers: [{ ...sig.layers[0], digest: digestOf(edited), size: edited.length }],
    };
    await client.putManifest('legacy/tamper', cosignSignatureTag(other.digest), {
      bytes: Buffer.from(JSON.stringify(forged)),
      mediaType: MEDIA_TYPES.ociManifest,
    });
    const forgedResult = await verifyImageSignatures({
      client,
      repository: 'legacy/tamper',
      digest: other.digest,
      trust,
    });
    expect(forgedResult.verified).toEqual([]);
    expect(forgedResult.rejected.map((c) => c.reason)).toEqual(['wrong-key']);

    // The payload altered in the registry's storage: what is served no longer matches its digest.
    const hex = sig.layers[0].digest.slice('sha256:'.length);
    const stored = join(registry.dataDir, 'docker/registry/v2/blobs/sha256', hex.slice(0, 2), hex, 'data');
    writeFileSync(stored, JSON.stringify({ ...original, optional: { altered: true } }));
    const altered = await verifyImageSignatures({ client, repository: 'legacy/tamper', digest: image.digest, trust });
    expect(altered.verified).toEqual([]);
    expect(altered.rejected.map((c) => c.reason)).toEqual(['tampered-payload']);
  });
});

describe('sigstore-bundle with a PEM key', () => {
  test('is a cosign 3 bundle referrer in the tag fallback index, verified by @sigstore/verify, and signed once', async () => {
    const image = await pushTestImage(client, 'bundle/app', 'v1');
    const env = { SIGNING_KEY: pem(ecKey.privateKey, 'pkcs8') };
    const first = await sign('bundle/app', image, 'sigstore-bundle', 'env://SIGNING_KEY', env);
    expect(first.skipped).toBe(false);

    const index = await manifestAt('bundle/app', referrersTag(image.digest), MEDIA_TYPES.ociIndex);
    expect(index.manifests).toHaveLength(1);
    expect(index.manifests[0]).toMatchObject({
      digest: first.signatureDigest,
      artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      annotations: {
        'dev.sigstore.bundle.content': 'dsse-envelope',
        'dev.sigstore.bundle.predicateType': 'https://sigstore.dev/cosign/sign/v1',
      },
    });
    const referrer = await manifestAt('bundle/app', first.signatureDigest!);
    expect(referrer.subject).toEqual(image);
    expect(referrer.config.mediaType).toBe('application/vnd.oci.empty.v1+json');
    const json = JSON.parse((await client.getBlob('bundle/app', referrer.layers[0].digest)).toString('utf8'));
    expect(json.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');

    // Verified with @sigstore/verify directly, trusting only the public key.
    const bundle = bundleFromJSON(json);
    const material = {
      certificateAuthorities: [],
      timestampAuthorities: [],
      tlogs: [],
      ctlogs: [],
      publicKey: () => ({ publicKey: createPublicKey(ecKey.privateKey), validFor: () => true }),
    };
    const verifier = new Verifier(material, { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 });
    expect(() => verifier.verify(toSignedEntity(bundle))).not.toThrow();
    const wrongVerifier = new Verifier(
      { ...material, publicKey: () => ({ publicKey: createPublicKey(otherKey.privateKey), validFor: () => true }) },
      { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 },
    );
    expect(() => wrongVerifier.verify(toSignedEntity(bundle))).toThrow(/signature/);
    const statement = JSON.parse(Buffer.from(json.dsseEnvelope.payload, 'base64').toString('utf8'));
    expect(statement.subject[0].digest.sha256).toBe(image.digest.slice('sha256:'.length));
    expect(statement.predicateType).toBe('https://sigstore.dev/cosign/sign/v1');

    const again = await sign('bundle/app', image, 'sigstore-bundle', 'env://SIGNING_KEY', env);
    expect(again).toMatchObject({ skipped: true, signatureDigest: first.signatureDigest });
    expect((await manifestAt('bundle/app', referrersTag(image.digest), MEDIA_TYPES.ociIndex)).manifests).toHaveLength(
      1,
    );

    // Another artifact attached later keeps the signature in the index.
    await sign('bundle/app', image, 'sigstore-bundle', `file://${join(files.dir, 'rsa-pkcs1.pem')}`);
    const grown = await manifestAt('bundle/app', referrersTag(image.digest), MEDIA_TYPES.ociIndex);
    expect(grown.manifests.map((d) => d.digest)).toContain(first.signatureDigest);
    expect(grown.manifests).toHaveLength(2);
  });

  test('a bundle whose statement was altered, a wrong key and a bundle moved to another image are rejected', async () => {
    const image = await pushTestImage(client, 'bundle/tamper', 'v1');
    const signed = await sign('bundle/tamper', image, 'sigstore-bundle', `file://${join(files.dir, 'ec-sec1.pem')}`);
    const trust = trustKeys(['ec', ecKey.privateKey]);
    expect(
      (await verifyImageSignatures({ client, repository: 'bundle/tamper', digest: image.digest, trust })).verified,
    ).toHaveLength(1);
    const wrong = await verifyImageSignatures({
      client,
      repository: 'bundle/tamper',
      digest: image.digest,
      trust: trustKeys(['other', otherKey.privateKey]),
    });
    expect(wrong.rejected.map((c) => c.reason)).toEqual(['wrong-key']);

    const other = await pushTestImage(client, 'bundle/tamper', 'v1');
    const referrer = await manifestAt('bundle/tamper', signed.signatureDigest!);
    const json = JSON.parse((await client.getBlob('bundle/tamper', referrer.layers[0].digest)).toString('utf8'));

    // The original bundle, listed under the other image: a valid signature over another digest.
    const movedRef: ImageManifest = { ...referrer, subject: other };
    const movedBytes = Buffer.from(JSON.stringify(movedRef));
    await client.putManifest('bundle/tamper', digestOf(movedBytes), {
      bytes: movedBytes,
      mediaType: MEDIA_TYPES.ociManifest,
    });
    const fallback = { schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: [] as Descriptor[] };
    fallback.manifests.push({
      mediaType: MEDIA_TYPES.ociManifest,
      digest: digestOf(movedBytes),
      size: movedBytes.length,
      artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    });

    // The statement rewritten to name the other image, the signature kept.
    const statement = JSON.parse(Buffer.from(json.dsseEnvelope.payload, 'base64').toString('utf8'));
    statement.subject[0].digest.sha256 = other.digest.slice('sha256:'.length);
    const forged = {
      ...json,
      dsseEnvelope: { ...json.dsseEnvelope, payload: Buffer.from(JSON.stringify(statement)).toString('base64') },
    };
    const forgedBytes = Buffer.from(JSON.stringify(forged));
    await client.pushBlob('bundle/tamper', { digest: digestOf(forgedBytes), size: forgedBytes.length }, forgedBytes);
    const forgedRef: ImageManifest = {
      ...referrer,
      subject: other,
      layers: [{ ...referrer.layers[0], digest: digestOf(forgedBytes), size: forgedBytes.length }],
    };
    const forgedRefBytes = Buffer.from(JSON.stringify(forgedRef));
    await client.putManifest('bundle/tamper', digestOf(forgedRefBytes), {
      bytes: forgedRefBytes,
      mediaType: MEDIA_TYPES.ociManifest,
    });
    fallback.manifests.push({
      mediaType: MEDIA_TYPES.ociManifest,
      digest: digestOf(forgedRefBytes),
      size: forgedRefBytes.length,
      artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    });
    await client.putManifest('bundle/tamper', referrersTag(other.digest), {
      bytes: Buffer.from(JSON.stringify(fallback)),
      mediaType: MEDIA_TYPES.ociIndex,
    });

    const result = await verifyImageSignatures({ client, repository: 'bundle/tamper', digest: other.digest, trust });
    expect(result.verified).toEqual([]);
    expect(result.rejected.map((c) => c.reason)).toEqual(['digest-mismatch', 'tampered-payload']);
  });
});

describe('notation with a PEM key and its certificate', () => {
  test('the JWS envelope verifies with jose and names the digest', async () => {
    const s = scratch();
    try {
      s.file('key.pem', pem(ecKey.privateKey, 'pkcs8'));
      openssl(
        [
          'req',
          '-new',
          '-x509',
          '-key',
          'key.pem',
          '-subj',
          '/CN=piksel signing',
          '-days',
          '365',
          '-out',
          'cert.pem',
          '-addext',
          'keyUsage=digitalSignature',
          '-addext',
          'extendedKeyUsage=codeSigning',
        ],
        s.dir,
      );
      const { readFileSync } = await import('node:fs');
      const keyWithCert = `${pem(ecKey.privateKey, 'pkcs8')}${readFileSync(join(s.dir, 'cert.pem'), 'utf8')}`;
      const keyFile = s.file('key-and-cert.pem', keyWithCert);

      const image = await pushTestImage(client, 'notation/app', 'v1');
      const first = await sign('notation/app', image, 'notation', `file://${keyFile}`);
      expect(first.skipped).toBe(false);
      expect(first.howToVerify).toContain(`notation verify ${registry.host}/notation/app@${image.digest}`);
      const index = await manifestAt('notation/app', referrersTag(image.digest), MEDIA_TYPES.ociIndex);
      expect(index.manifests).toMatchObject([
        { artifactType: 'application/vnd.cncf.notary.signature', digest: first.signatureDigest },
      ]);
      const referrer = await manifestAt('notation/app', first.signatureDigest!);
      expect(referrer.layers[0].mediaType).toBe('application/jose+json');
      expect(referrer.annotations?.['io.cncf.notary.x509chain.thumbprint#S256']).toMatch(/^\["[0-9a-f]{64}"\]$/);
      const jws = JSON.parse((await client.getBlob('notation/app', referrer.layers[0].digest)).toString('utf8'));

      // notation marks its signing scheme critical: the verifier must understand it.
      const crit = { crit: { 'io.cncf.notary.signingScheme': true } };
      const verified = await flattenedVerify(jws, createPublicKey(ecKey.privateKey), crit);
      expect(verified.protectedHeader).toMatchObject({
        alg: 'ES256',
        cty: 'application/vnd.cncf.notary.payload.v1+json',
        'io.cncf.notary.signingScheme': 'notary.x509',
      });
      expect(JSON.parse(Buffer.from(verified.payload).toString('utf8'))).toEqual({ targetArtifact: image });
      await expect(flattenedVerify(jws, createPublicKey(otherKey.privateKey), crit)).rejects.toThrow(
        /signature verification failed/,
      );
      expect(jws.header.x5c).toHaveLength(1);

      const again = await sign('notation/app', image, 'notation', `file://${keyFile}`);
      expect(again).toMatchObject({ skipped: true, signatureDigest: first.signatureDigest });

      const ok = await verifyImageSignatures({
        client,
        repository: 'notation/app',
        digest: image.digest,
        trust: trustKeys(['ec', ecKey.privateKey]),
      });
      expect(ok.verified).toMatchObject([{ format: 'notation', signer: 'ec', signedDigest: image.digest }]);
      const wrong = await verifyImageSignatures({
        client,
        repository: 'notation/app',
        digest: image.digest,
        trust: trustKeys(['other', otherKey.privateKey]),
      });
      // The envelope carries its certificate: it verifies with it, but nothing trusts that signer.
      expect(wrong.rejected.map((c) => c.reason)).toEqual(['untrusted-identity']);
    } finally {
      s.remove();
    }
  });
});

describe('keys are masked', () => {
  test('the PEM of a key from the environment is registered as a secret', async () => {
    const image = await pushTestImage(client, 'masked/app', 'v1');
    const logger = new MemoryLogger();
    const key = pem(ecKey.privateKey, 'pkcs8');
    await signAfterPush({
      policy: signingPolicy({ method: 'key', key: 'env://K' }),
      inputs: {},
      client,
      repository: 'masked/app',
      digest: image.digest,
      reference: `${registry.host}/masked/app`,
      aws: noAws,
      logger,
      env: { K: key },
    });
    expect(logger.secrets.has(key.trim()) || logger.secrets.has(key)).toBe(true);
    const bodyLine = key.split('\n')[1];
    expect(logger.secrets.has(bodyLine)).toBe(true);
  });
});
