import { createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../actions/build-sign-push/src/main';
import { cosignSignatureTag, referrersTag } from '../../../shared/src/oci/referrers';
import { RegistryClient } from '../../../shared/src/oci/registry';
import { MEDIA_TYPES, type ImageIndex, type ImageManifest } from '../../../shared/src/oci/types';
import { silentLogger } from '../../utils/loggers';
import { verifyImageSignatures } from '../../../shared/src/signing/verify';
import { generateImage, writeOciLayout } from '../../utils/images';
import { startRegistry, type LocalRegistry } from '../../utils/registry';
import { githubEnv, SHOP_POLICY_HEAD } from '../build-sign-push/fixtures';
import { testContext } from '../../utils/action-context';
import { opensslVerifies } from './support';
import { cosignEncrypted } from '../../utils/cosign-key';

jest.setTimeout(60_000);

describe('build-sign-push signs after the push', () => {
  let registry: LocalRegistry;
  let client: RegistryClient;
  let dir: string;
  const pair = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const publicPem = createPublicKey(pair.privateKey).export({ format: 'pem', type: 'spki' }).toString();

  beforeAll(async () => {
    registry = await startRegistry();
    client = new RegistryClient({ baseUrl: registry.url, logger: silentLogger });
    dir = mkdtempSync(join(tmpdir(), 'bsp-sign-'));
  });
  afterAll(async () => {
    await registry?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  function writePolicy(signing: string[]): string {
    const path = join(dir, `policy-${randomBytes(4).toString('hex')}.yml`);
    writeFileSync(
      path,
      [
        ...SHOP_POLICY_HEAD,
        '  services: [api]',
        'tags:',
        '  release: "{service}-{version}"',
        'signing:',
        ...signing.map((l) => `  ${l}`),
        '',
      ].join('\n'),
    );
    return path;
  }

  async function layout(name: string): Promise<{ path: string; digest: string }> {
    const image = await generateImage({ layers: [{ 'app/main.js': `console.log('${name}')` }] });
    const path = join(dir, name);
    writeOciLayout(path, { images: [image], refName: 'v1' });
    return { path, digest: image.manifest.descriptor.digest };
  }

  test('a policy key signs a sigstore bundle; outputs, summary, and a re-run adds nothing', async () => {
    const policy = writePolicy(['method: key', 'key: env://SIGNING_KEY']);
    const image = await layout('bundle');
    const env = {
      ...githubEnv('refs/tags/v1.0.0'),
      SIGNING_KEY: pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    };
    const inputs = { service: 'api', policy, registry: registry.url, source: `oci:${image.path}:v1` };
    const ctx = testContext(inputs, env);
    await run(ctx);

    expect(ctx.outputs.get('digest')).toBe(image.digest);
    expect(ctx.outputs.get('signature-format')).toBe('sigstore-bundle');
    const signatureDigest = ctx.outputs.get('signature-digest');
    const stored = await client.getManifest('shop/api', referrersTag(image.digest), MEDIA_TYPES.ociIndex);
    const index = JSON.parse(stored!.bytes.toString('utf8')) as ImageIndex;
    // The signature, then the image's provenance, signed with the same key.
    expect(index.manifests.map((d) => d.digest)).toEqual([signatureDigest, ctx.outputs.get('provenance-digest')]);
    const summary = ctx.summary.join('\n');
    expect(summary).toContain('### Signature');
    expect(summary).toContain(
      `cosign verify --key cosign.pub --insecure-ignore-tlog=true ${registry.host}/shop/api@${image.digest}`,
    );
    expect(summary).toContain(publicPem.trim());
    expect(summary).not.toContain('PRIVATE KEY');

    const trust = {
      publicKeys: [{ name: 'ci', key: createPublicKey(pair.privateKey) }],
      kmsKeys: [],
      keyless: [],
      signerProfiles: [],
      rootCertificates: [],
    };
    const checked = await verifyImageSignatures({ client, repository: 'shop/api', digest: image.digest, trust });
    expect(checked.verified).toHaveLength(1);

    const again = testContext(inputs, env);
    await run(again);
    expect(again.outputs.get('signature-digest')).toBe(signatureDigest);
    expect(again.summary.join('\n')).toContain('already signed by this key or identity; nothing added');
    const after = await client.getManifest('shop/api', referrersTag(image.digest), MEDIA_TYPES.ociIndex);
    expect(after!.bytes.equals(stored!.bytes)).toBe(true);
  });

  test('an encrypted cosign key with its password input signs cosign-legacy; the password is masked', async () => {
    const policy = writePolicy(['method: none']);
    const image = await layout('legacy');
    const keyFile = join(dir, 'cosign.key');
    writeFileSync(
      keyFile,
      cosignEncrypted(pair.privateKey.export({ format: 'der', type: 'pkcs8' }), 'hunter2-but-longer', { wrap: false }),
    );
    const ctx = testContext(
      {
        service: 'api',
        policy,
        registry: registry.url,
        source: `oci:${image.path}:v1`,
        sign: 'true',
        'signing-key': `file://${keyFile}`,
        'signing-key-password': 'hunter2-but-longer',
        'signature-format': 'cosign-legacy',
      },
      githubEnv('refs/tags/v1.0.1'),
    );
    await run(ctx);
    expect(ctx.outputs.get('signature-format')).toBe('cosign-legacy');
    expect(ctx.logger.secrets.has('hunter2-but-longer')).toBe(true);
    const sig = await client.getManifest('shop/api', cosignSignatureTag(image.digest), MEDIA_TYPES.ociManifest);
    expect(ctx.outputs.get('signature-digest')).toBe(sig!.digest);
    const layer = (JSON.parse(sig!.bytes.toString('utf8')) as ImageManifest).layers[0];
    const payload = await client.getBlob('shop/api', layer.digest);
    const signature = Buffer.from(layer.annotations!['dev.cosignproject.cosign/signature'], 'base64');
    expect(opensslVerifies(publicPem, signature, payload)).toBe(true);
    expect(JSON.parse(payload.toString('utf8')).critical.image['docker-manifest-digest']).toBe(image.digest);
  });

  test('sign: false pushes without a signature', async () => {
    const policy = writePolicy(['method: key', 'key: env://SIGNING_KEY']);
    const image = await layout('unsigned');
    const ctx = testContext(
      { service: 'api', policy, registry: registry.url, source: `oci:${image.path}:v1`, sign: 'false' },
      githubEnv('refs/tags/v1.0.2'),
    );
    await run(ctx);
    expect(ctx.outputs.get('digest')).toBe(image.digest);
    expect(ctx.outputs.has('signature-digest')).toBe(false);
    expect(await client.getManifest('shop/api', referrersTag(image.digest), MEDIA_TYPES.ociIndex)).toBeUndefined();
  });

  test.each([
    [{ sign: 'true' }, /set the signing-key input or signing.key in the policy/],
    [{ sign: 'true', 'signing-key': 'env://NOT_SET' }, /NOT_SET is empty or unset/],
    [
      { sign: 'true', 'signing-key': 'keyless', 'signature-format': 'notation' },
      /Keyless signatures are sigstore signatures/,
    ],
    [{ 'signature-format': 'gpg', sign: 'true' }, /not one of sigstore-bundle/],
  ])('%j is a configuration error before anything is pushed', async (extra, message) => {
    const policy = writePolicy(['method: none']);
    const suffix = randomBytes(3).toString('hex');
    const image = await layout(`refused-${suffix}`);
    const ctx = testContext(
      { service: 'api', policy, registry: registry.url, source: `oci:${image.path}:v1`, ...extra },
      githubEnv(`refs/tags/v1.0.3-${suffix}`),
    );
    await expect(run(ctx)).rejects.toThrow(message);
    expect(await client.getManifest('shop/api', image.digest, MEDIA_TYPES.ociManifest)).toBeUndefined();
  });
});
