import { randomBytes } from 'node:crypto';
import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { digestOf } from '../../../shared/src/oci/digest';
import { RegistryClient } from '../../../shared/src/oci/registry';
import { MEDIA_TYPES } from '../../../shared/src/oci/types';
import { ConfigurationError } from '../../../shared/src/runtime/errors';
import { MemoryLogger } from '../../utils/loggers';
import { readOciLayout } from '../../../shared/src/oci/layout';
import { pushImageGraph } from '../../../shared/src/oci/push';
import { startRecordingProxy, type RecordingProxy } from '../../oracle/recording-proxy';
import { generateImage, writeOciLayout } from '../../utils/images';
import { authedClient, startRegistry, type LocalRegistry } from '../../utils/registry';

const noSleep = async () => undefined;

describe('RegistryClient against docker-registry with htpasswd auth', () => {
  let registry: LocalRegistry;
  let dir: string;
  let client: RegistryClient;
  let logger: MemoryLogger;

  beforeAll(async () => {
    registry = await startRegistry({ auth: true });
    dir = mkdtempSync(join(tmpdir(), 'oci-client-'));
  });
  afterAll(async () => {
    await registry?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    logger = new MemoryLogger();
    client = authedClient(registry, { logger, sleep: noSleep });
  });

  test('a small blob goes up in one request, is found by HEAD and comes back byte for byte', async () => {
    const bytes = randomBytes(4096);
    const desc = { digest: digestOf(bytes), size: bytes.length };
    expect(await client.headBlob('app/small', desc.digest)).toBe(false);
    expect(await client.pushBlob('app/small', desc, bytes)).toBe('uploaded');
    expect(await client.headBlob('app/small', desc.digest)).toBe(true);
    expect(await client.pushBlob('app/small', desc, bytes)).toBe('exists');
    expect((await client.getBlob('app/small', desc.digest)).equals(bytes)).toBe(true);
    expect(client.stats).toMatchObject({ blobsUploaded: 1, blobsSkipped: 1, bytesUploaded: 4096 });
    expect(logger.secrets.has(registry.password!)).toBe(true);
  });

  test('a blob goes up in one PUT from a stream or from a file, and downloads to a file', async () => {
    const bytes = randomBytes(3 * 1024 * 1024 + 17);
    const file = join(dir, 'big.bin');
    writeFileSync(file, bytes);
    const desc = { digest: digestOf(bytes), size: bytes.length };
    expect(await client.pushBlob('app/big', desc, () => createReadStream(file, { highWaterMark: 100_000 }))).toBe(
      'uploaded',
    );
    expect(client.stats.requests).toBe(4); // HEAD (refused, then with credentials), POST, one PUT: no PATCH
    // A file body is read into reused buffers and written as it is read.
    expect(await client.pushBlob('app/big-file', desc, { file })).toBe('uploaded');
    // A file longer than its descriptor says is refused.
    await expect(
      client.pushBlob('app/short', { digest: digestOf(bytes.subarray(0, 1000)), size: 1000 }, { file }),
    ).rejects.toThrow(/corrupt/);
    const out = join(dir, 'big.out');
    expect(await client.downloadBlob('app/big', desc.digest, out)).toBe(bytes.length);
    expect(readFileSync(out).equals(bytes)).toBe(true);
  });

  test('content that does not match its digest is refused and never committed', async () => {
    const bytes = randomBytes(2 * 1024 * 1024);
    const claimed = { digest: digestOf(Buffer.from('something else')), size: bytes.length };
    await expect(client.pushBlob('app/bad', claimed, bytes)).rejects.toThrow(ConfigurationError);
    await expect(client.pushBlob('app/bad', claimed, () => bytesStream(bytes))).rejects.toThrow(/corrupt/);
    expect(await client.headBlob('app/bad', claimed.digest)).toBe(false);
  });

  test.each([
    ['a byte more than its descriptor says', 1, /holds more than its 2097151 bytes: the image source is corrupt/],
    ['a byte less than its descriptor says', -1, /holds 2097152 of its 2097153 bytes: the image source is corrupt/],
  ])('a stream with %s is refused as corrupt, and nothing is committed', async (_n, cut, message) => {
    const bytes = randomBytes(2 * 1024 * 1024);
    const desc = { digest: digestOf(bytes), size: bytes.length - cut };
    await expect(client.pushBlob('app/uneven', desc, () => bytesStream(bytes))).rejects.toThrow(message);
    expect(await client.headBlob('app/uneven', desc.digest)).toBe(false);
  });

  test('a file of the right size with other bytes: the registry refuses the digest, reported as a corrupt source', async () => {
    // Files are not hashed by the client: the registry checks the digest when it commits the blob.
    const bytes = randomBytes(3 * 1024 * 1024);
    const file = join(dir, 'changed.bin');
    writeFileSync(file, bytes);
    const claimed = { digest: digestOf(randomBytes(16)), size: bytes.length };
    const err = await client.pushBlob('app/changed', claimed, { file }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toMatch(/another digest.*corrupt.*nothing was written/);
    expect(await client.headBlob('app/changed', claimed.digest)).toBe(false);
  });

  test('a blob present in a sibling repository is mounted, not uploaded', async () => {
    const bytes = randomBytes(10_000);
    const desc = { digest: digestOf(bytes), size: bytes.length };
    await client.pushBlob('team/api', desc, bytes);
    const before = client.stats.bytesUploaded;
    expect(await client.pushBlob('team/worker', desc, bytes, { mountFrom: ['team/api', 'team/other'] })).toBe(
      'mounted',
    );
    expect(client.stats.bytesUploaded).toBe(before);
    expect(await client.headBlob('team/worker', desc.digest)).toBe(true);

    // A sibling without the blob: the registry opens a plain upload in answer to the same POST.
    const other = randomBytes(5_000);
    const otherDesc = { digest: digestOf(other), size: other.length };
    const requests = client.stats.requests;
    expect(await client.pushBlob('team/worker', otherDesc, other, { mountFrom: ['team/api'] })).toBe('uploaded');
    expect(client.stats.requests - requests).toBe(3); // HEAD, POST (mount, answered with an upload), PUT
    expect(await client.headBlob('team/worker', otherDesc.digest)).toBe(true);
  });

  test('manifests: put by digest and tag, head, get with Accept, list tags, delete', async () => {
    const image = await generateImage({ layers: [{ 'etc/hello': 'hi' }] });
    for (const b of [image.config, ...image.layers]) await client.pushBlob('app/web', b.descriptor, b.bytes);
    const put = await client.putManifest('app/web', image.manifest.descriptor.digest, {
      bytes: image.manifest.bytes,
      mediaType: MEDIA_TYPES.ociManifest,
    });
    expect(put.digest).toBe(image.manifest.descriptor.digest);
    const tags = Array.from({ length: 5 }, (_, i) => `v${i}`);
    for (const tag of tags) {
      await client.putManifest('app/web', tag, { bytes: image.manifest.bytes, mediaType: MEDIA_TYPES.ociManifest });
    }
    expect(await client.headManifest('app/web', 'v3')).toEqual({
      digest: put.digest,
      mediaType: MEDIA_TYPES.ociManifest,
      size: image.manifest.bytes.length,
    });
    const got = await client.getManifest('app/web', put.digest);
    expect(got?.bytes.equals(image.manifest.bytes)).toBe(true);
    expect(got?.mediaType).toBe(MEDIA_TYPES.ociManifest);
    expect(await client.getManifest('app/web', 'missing')).toBeUndefined();
    expect(await client.headManifest('app/web', 'missing')).toBeUndefined();

    expect((await client.listTags('app/web')).sort()).toEqual(tags);
    expect(await client.listTags('app/never-pushed')).toEqual([]);

    expect(await client.referrersApi('app/web', put.digest)).toBeUndefined();
    expect(await client.deleteManifest('app/web', put.digest)).toBe(true);
    expect(await client.headManifest('app/web', put.digest)).toBeUndefined();
  });

  test('wrong credentials are a ConfigurationError naming the registry', async () => {
    const wrong = new RegistryClient({
      baseUrl: registry.url,
      credentials: { username: registry.username!, password: 'not-the-password' },
      logger,
      sleep: noSleep,
    });
    await expect(wrong.headBlob('app/small', digestOf('x'))).rejects.toThrow(
      new RegExp(`${registry.host} refused the credentials`),
    );
  });

  test('credentials from a function are fetched again when the registry refuses them (an expired ECR token)', async () => {
    let calls = 0;
    const rotating = new RegistryClient({
      baseUrl: registry.url,
      // The first answer is an expired token (a wrong password), the second a fresh one.
      credentials: async () => ({
        username: registry.username!,
        password: ++calls === 1 ? 'expired-token' : registry.password!,
      }),
      logger,
    });
    expect(await rotating.headBlob('app/small', digestOf('nothing'))).toBe(false);
    expect(calls).toBe(2);
  });
});

function bytesStream(bytes: Buffer): NodeJS.ReadableStream {
  return Readable.from([bytes]);
}

describe('pushing an image again', () => {
  let registry: LocalRegistry;
  let proxy: RecordingProxy;
  beforeAll(async () => {
    registry = await startRegistry({ auth: true });
    proxy = await startRecordingProxy(registry.url);
  });
  afterAll(async () => {
    await proxy?.stop();
    await registry?.stop();
  });

  test('an unchanged re-push sends no blob byte and asks one question', async () => {
    const image = await generateImage({ layers: [{ a: randomBytes(300_000) }, { b: randomBytes(2_500_000) }] });
    const dir = mkdtempSync(join(tmpdir(), 'repush-'));
    try {
      writeOciLayout(join(dir, 'layout'), { images: [image] });
      const client = authedClient(registry, { baseUrl: proxy.url });
      const graph = await readOciLayout(join(dir, 'layout'));
      await pushImageGraph(client, 'app/repush', graph, { logger: new MemoryLogger() });
      const sent = proxy.requests.reduce((n, r) => n + r.bytes, 0);
      expect(sent).toBeGreaterThan(2_800_000);
      proxy.requests.length = 0;

      const again = await pushImageGraph(client, 'app/repush', await readOciLayout(join(dir, 'layout')), {
        logger: new MemoryLogger(),
      });
      expect(again.manifests).toBe(0);
      expect(proxy.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
        `HEAD /v2/app/repush/manifests/${image.manifest.descriptor.digest}`,
      ]);
      expect(proxy.requests.reduce((n, r) => n + r.bytes, 0)).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
