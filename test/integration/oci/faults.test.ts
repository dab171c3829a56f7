import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { digestOf } from '../../../shared/src/oci/digest';
import { UnreachableEndpointError } from '../../../shared/src/runtime/errors';
import { readOciLayout } from '../../../shared/src/oci/layout';
import { pushImageGraph } from '../../../shared/src/oci/push';
import { MemoryLogger } from '../../utils/loggers';
import { startRecordingProxy } from '../../oracle/recording-proxy';
import { seededRandom, startFaultProxy, type FaultProxy } from '../../utils/fault-proxy';
import { generateImage, indexOf, writeOciLayout } from '../../utils/images';
import { authedClient, startRegistry, type LocalRegistry } from '../../utils/registry';
import { skopeoRaw } from '../build-sign-push/fixtures';

jest.setTimeout(120_000);

describe('a push through a proxy that fails 15% of requests completes with the identical digest', () => {
  let registry: LocalRegistry;
  let dir: string;
  let layout: string;
  let expectedDigest: string;

  beforeAll(async () => {
    registry = await startRegistry({ auth: true });
    dir = mkdtempSync(join(tmpdir(), 'oci-faults-'));
    const layers = (arch: string) => [
      { [`small-${arch}`]: randomBytes(20_000) },
      { [`large-${arch}`]: randomBytes(1_300_000) },
      { shared: Buffer.alloc(900_000, 7) },
      { [`medium-${arch}`]: randomBytes(600_000) },
    ];
    const amd = await generateImage({ layers: layers('amd64') });
    const arm = await generateImage({ layers: layers('arm64'), platform: { os: 'linux', architecture: 'arm64' } });
    const index = indexOf([amd, arm]);
    layout = join(dir, 'layout');
    writeOciLayout(layout, { images: [amd, arm], index });
    expectedDigest = index.descriptor.digest;
  });
  afterAll(async () => {
    await registry?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test.each([[11], [23], [47]])('seed %i', async (seed) => {
    const proxy: FaultProxy = await startFaultProxy({ target: registry.url, rate: 0.15, seed });
    const sleeps: number[] = [];
    const repository = `faults/seed-${seed}`;
    try {
      const client = authedClient(registry, {
        baseUrl: proxy.url,
        attempts: 10,
        sleep: async (ms) => void sleeps.push(ms),
        random: seededRandom(seed),
      });
      const graph = await readOciLayout(layout);
      const report = await pushImageGraph(client, repository, graph, { logger: new MemoryLogger() });
      await client.putManifest(repository, 'v1', graph.top);

      expect(report.digest).toBe(expectedDigest);
      expect(proxy.totalFaults()).toBeGreaterThanOrEqual(3);
      expect(client.stats.retries).toBeGreaterThan(0);
      if (proxy.faults['status-429-retry-after'] > 0) expect(sleeps).toContain(1000);
    } finally {
      await proxy.stop();
    }
    // Read back directly from the registry, not through the proxy.
    expect(digestOf(skopeoRaw(registry, `${repository}:v1`))).toBe(expectedDigest);
    const graph = await readOciLayout(layout);
    const direct = authedClient(registry);
    for (const blob of graph.blobs) {
      expect(digestOf(await direct.getBlob(repository, blob.descriptor.digest))).toBe(blob.descriptor.digest);
    }
    for (const child of graph.children) {
      expect((await direct.getManifest(repository, child.digest))?.bytes.equals(child.bytes)).toBe(true);
    }
  });

  test('faults on blob uploads only: each blob goes up again whole, in a new session, and ends on the digest', async () => {
    const proxy = await startFaultProxy({
      target: registry.url,
      rate: 0.4,
      seed: 5,
      kinds: ['status-500', 'status-503', 'reset-request'],
      eligible: (method, path) => method === 'PUT' && path.includes('/blobs/uploads/'),
    });
    const repository = 'faults/uploads';
    try {
      const client = authedClient(registry, { baseUrl: proxy.url, attempts: 10, sleep: async () => undefined });
      const graph = await readOciLayout(layout);
      const report = await pushImageGraph(client, repository, graph, { logger: new MemoryLogger() });
      expect(report.digest).toBe(expectedDigest);
      expect(proxy.totalFaults()).toBeGreaterThan(3);
      // The registry never saw a faulted PUT whole: each one costs one new session, and nothing else.
      expect(client.stats.restarts).toBe(proxy.totalFaults());
      const total = graph.blobs.reduce((n, b) => n + b.descriptor.size, 0);
      expect(client.stats.bytesUploaded).toBe(total);
    } finally {
      await proxy.stop();
    }
    expect(digestOf(skopeoRaw(registry, `${repository}@${expectedDigest}`))).toBe(expectedDigest);
  });

  test('every commit answer lost: each blob is found committed and sent once', async () => {
    const proxy = await startFaultProxy({
      target: registry.url,
      rate: 1,
      seed: 1,
      kinds: ['reset-response'],
      eligible: (method, path) => method === 'PUT' && path.includes('/blobs/uploads/'),
    });
    // In front of the fault proxy, to count every byte that leaves the client.
    const recorder = await startRecordingProxy(proxy.url);
    const repository = 'faults/lost-commits';
    try {
      const client = authedClient(registry, { baseUrl: recorder.url, sleep: async () => undefined });
      const graph = await readOciLayout(layout);
      const report = await pushImageGraph(client, repository, graph, { logger: new MemoryLogger() });
      expect(report.digest).toBe(expectedDigest);
      expect(proxy.faults['reset-response']).toBe(graph.blobs.length);
      const total = graph.blobs.reduce((n, b) => n + b.descriptor.size, 0);
      const sent = recorder.requests.filter((r) => r.path.includes('/blobs/uploads/')).reduce((n, r) => n + r.bytes, 0);
      expect(sent).toBe(total);
      expect(client.stats.restarts).toBe(0);
    } finally {
      await recorder.stop();
      await proxy.stop();
    }
  });

  test('a streamed copy (as the mirror makes) whose source drops mid-blob: the blob goes up again whole', async () => {
    const source = 'faults/copy-source';
    const direct = authedClient(registry);
    const graph = await readOciLayout(layout);
    await pushImageGraph(direct, source, graph, { logger: new MemoryLogger() });
    // Half of the blob downloads from the source are cut after the first bytes of their body.
    const proxy = await startFaultProxy({
      target: registry.url,
      rate: 0.5,
      seed: 9,
      kinds: ['reset-response'],
      eligible: blobDownloads,
    });
    try {
      // Basic credentials from the first request: no 401 challenge, so every cut answer is a blob's body.
      const from = authedClient(registry, {
        baseUrl: proxy.url,
        authScheme: 'basic',
        attempts: 10,
        sleep: async () => undefined,
      });
      const to = authedClient(registry, { attempts: 10, sleep: async () => undefined });
      for (const blob of graph.blobs) {
        const { digest } = blob.descriptor;
        expect(await to.pushBlob('faults/copy', blob.descriptor, () => from.blobStream(source, digest))).toBe(
          'uploaded',
        );
      }
      expect(proxy.faults['reset-response']).toBeGreaterThan(1);
      // Each cut download cost its upload one new session, and nothing else.
      expect(to.stats.restarts).toBe(proxy.faults['reset-response']);
    } finally {
      await proxy.stop();
    }
    for (const blob of graph.blobs) {
      const { digest } = blob.descriptor;
      expect(digestOf(await direct.getBlob('faults/copy', digest))).toBe(digest);
    }
  });

  test('a source that drops every download: the copy fails naming the source registry and the download', async () => {
    const graph = await readOciLayout(layout);
    await pushImageGraph(authedClient(registry), 'faults/copy-source', graph, { logger: new MemoryLogger() });
    const proxy = await startFaultProxy({
      target: registry.url,
      rate: 1,
      seed: 1,
      kinds: ['reset-response'],
      eligible: blobDownloads,
    });
    try {
      const from = authedClient(registry, { baseUrl: proxy.url, authScheme: 'basic', sleep: async () => undefined });
      const to = authedClient(registry, { attempts: 3, sleep: async () => undefined });
      const blob = graph.blobs.find((b) => b.descriptor.size > 100_000)!;
      const { digest } = blob.descriptor;
      const err = await to
        .pushBlob('faults/copy-fails', blob.descriptor, () => from.blobStream('faults/copy-source', digest))
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UnreachableEndpointError);
      const message = (err as Error).message;
      expect(message).toContain(`The registry ${proxy.host} `);
      expect(message).toContain(`on GET /v2/faults/copy-source/blobs/${digest} (repository faults/copy-source)`);
      expect(message).toContain('on all 3 attempts');
      expect(proxy.faults['reset-response']).toBe(3);
      expect(await authedClient(registry).headBlob('faults/copy-fails', digest)).toBe(false);
    } finally {
      await proxy.stop();
    }
  });
});

/** The blob downloads (GET), whose answers the proxy may cut. */
function blobDownloads(method: string, path: string): boolean {
  return method === 'GET' && path.includes('/blobs/sha256:');
}
