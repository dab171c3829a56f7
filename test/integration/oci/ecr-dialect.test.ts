import { randomBytes } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { digestOf } from '../../../shared/src/oci/digest';
import { readOciLayout } from '../../../shared/src/oci/layout';
import { pushImageGraph } from '../../../shared/src/oci/push';
import { startRecordingProxy, type RecordingProxy } from '../../oracle/recording-proxy';
import { ecrDialect } from '../../utils/ecr-dialect';
import { generateImage, writeOciLayout } from '../../utils/images';
import { MemoryLogger } from '../../utils/loggers';
import { authedClient, startRegistry, type LocalRegistry } from '../../utils/registry';
import { skopeoRaw } from '../build-sign-push/fixtures';

jest.setTimeout(120_000);

const MiB = 1024 * 1024;

/**
 * ECR answers the chunked uploads of the distribution spec in its own way (201 to a PATCH, a Range that stops
 * advancing after the first one). Pushes go through a proxy that answers so, in front of a real registry.
 */
describe('a push to a registry that answers uploads as ECR does', () => {
  let registry: LocalRegistry;
  let proxy: RecordingProxy;
  let dir: string;

  beforeAll(async () => {
    registry = await startRegistry({ auth: true });
    proxy = await startRecordingProxy(registry.url, ecrDialect());
    dir = mkdtempSync(join(tmpdir(), 'ecr-dialect-'));
  });
  afterAll(async () => {
    await proxy?.stop();
    await registry?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => void (proxy.requests.length = 0));

  const uploads = () => proxy.requests.filter((r) => r.path.includes('/blobs/uploads/'));

  test('an image with a 40 MiB layer goes up one PUT per blob, no PATCH, and reads back byte for byte', async () => {
    // Random bytes do not compress: the layer stays larger than any chunk a chunked upload would use.
    const image = await generateImage({ layers: [{ big: randomBytes(40 * MiB) }, { small: randomBytes(3000) }] });
    const layout = join(dir, 'layout');
    writeOciLayout(layout, { images: [image] });
    const client = authedClient(registry, { baseUrl: proxy.url, sleep: async () => undefined });
    const graph = await readOciLayout(layout);
    const report = await pushImageGraph(client, 'ecr/app', graph, { logger: new MemoryLogger() });
    await client.putManifest('ecr/app', 'v1', graph.top);

    expect(report.digest).toBe(image.manifest.descriptor.digest);
    expect(uploads().filter((r) => r.method === 'PATCH')).toEqual([]);
    const sizes = (list: number[]) => [...list].sort((a, b) => a - b);
    expect(
      sizes(
        uploads()
          .filter((r) => r.method === 'PUT')
          .map((r) => r.bytes),
      ),
    ).toEqual(sizes(graph.blobs.map((b) => b.descriptor.size)));
    expect(Math.max(...graph.blobs.map((b) => b.descriptor.size))).toBeGreaterThan(40 * MiB);
    // Read back from the registry itself, not through the proxy.
    expect(digestOf(skopeoRaw(registry, 'ecr/app:v1'))).toBe(image.manifest.descriptor.digest);
    const direct = authedClient(registry);
    for (const blob of graph.blobs) {
      expect(digestOf(await direct.getBlob('ecr/app', blob.descriptor.digest))).toBe(blob.descriptor.digest);
    }
  });

  test('a streamed blob (as a mirror copies one) goes up whole in one PUT', async () => {
    const bytes = randomBytes(24 * MiB + 5);
    const file = join(dir, 'streamed.bin');
    writeFileSync(file, bytes);
    const desc = { digest: digestOf(bytes), size: bytes.length };
    const client = authedClient(registry, { baseUrl: proxy.url, sleep: async () => undefined });
    expect(await client.pushBlob('ecr/mirror', desc, () => createReadStream(file, { highWaterMark: 100_000 }))).toBe(
      'uploaded',
    );
    expect(uploads().map((r) => `${r.method} ${r.bytes}`)).toEqual(['POST 0', `PUT ${bytes.length}`]);
    expect((await authedClient(registry).getBlob('ecr/mirror', desc.digest)).equals(bytes)).toBe(true);
  });

  test('the proxy answers a chunked upload as ECR does: 201 to each PATCH, a Range that stops advancing', async () => {
    const auth = `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}`;
    const start = await fetch(`${proxy.url}/v2/ecr/chunked/blobs/uploads/`, {
      method: 'POST',
      headers: { authorization: auth },
    });
    expect(start.status).toBe(202);
    let location = new URL(start.headers.get('location')!, proxy.url).toString();
    const answers: string[] = [];
    for (const [from, part] of [0, 1, 2].map((i) => [i * MiB, randomBytes(MiB)] as const)) {
      const res = await fetch(location, {
        method: 'PATCH',
        headers: {
          authorization: auth,
          'content-type': 'application/octet-stream',
          'content-range': `${from}-${from + MiB - 1}`,
        },
        body: part,
      });
      answers.push(`${res.status} ${res.headers.get('range')}`);
      location = new URL(res.headers.get('location')!, proxy.url).toString();
    }
    expect(answers).toEqual([`201 0-${MiB - 1}`, `201 0-${MiB - 1}`, `201 0-${MiB - 1}`]);
    const status = await fetch(location, { headers: { authorization: auth } });
    expect(`${status.status} ${status.headers.get('range')}`).toBe(`204 0-${MiB - 1}`);
  });
});
