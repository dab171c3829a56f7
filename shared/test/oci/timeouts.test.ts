import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Socket } from 'node:net';
import { digestOf } from '../../src/oci/digest';
import type { ImageGraph } from '../../src/oci/image';
import { pushImageGraph } from '../../src/oci/push';
import { RegistryClient } from '../../src/oci/registry';
import { MEDIA_TYPES } from '../../src/oci/types';
import { UnreachableEndpointError } from '../../src/runtime/errors';
import { MemoryLogger } from '../../../test/utils/loggers';
import { refusingUrl, startSilentServer, type SilentServer } from '../../../test/utils/unanswering';
import { startStallingUploads, type ScriptedStall } from './scripted-server';

/**
 * Every registry request is bounded in time: a registry that accepts connections and never answers, one that
 * refuses them, and one that stops halfway through an answer each make a push or a pull fail within jest's timeout,
 * naming the registry and the request. Short timeouts are injected so that this takes seconds.
 */

const TIMEOUTS = { connectMs: 1000, idleMs: 300 };

function client(baseUrl: string): RegistryClient {
  return new RegistryClient({
    baseUrl,
    logger: new MemoryLogger(),
    attempts: 3,
    timeouts: TIMEOUTS,
    sleep: async () => undefined,
  });
}

function tinyImage(): ImageGraph {
  const config = Buffer.from('{}');
  const layer = Buffer.from('layer bytes');
  const descriptor = (bytes: Buffer, mediaType: string) => ({ mediaType, digest: digestOf(bytes), size: bytes.length });
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      config: descriptor(config, 'application/vnd.oci.image.config.v1+json'),
      layers: [descriptor(layer, 'application/vnd.oci.image.layer.v1.tar')],
    }),
  );
  return {
    top: { bytes: manifest, digest: digestOf(manifest), mediaType: MEDIA_TYPES.ociManifest },
    children: [],
    blobs: [
      { descriptor: descriptor(config, 'application/vnd.oci.image.config.v1+json'), body: config },
      { descriptor: descriptor(layer, 'application/vnd.oci.image.layer.v1.tar'), body: layer },
    ],
    platforms: ['linux/amd64'],
    source: 'test',
  };
}

let silent: SilentServer;
beforeEach(async () => (silent = await startSilentServer()));
afterEach(() => silent.close());

test.each<[string, () => Promise<string>, RegExp]>([
  ['never answers', async () => silent.url, /did not answer in time/],
  ['refuses connections', refusingUrl, /refused the connection/],
])('build-sign-push: a push to a registry that %s fails naming the registry and the request', async (_n, url, how) => {
  const base = await url();
  const err = await pushImageGraph(client(base), 'shop/api', tinyImage(), { logger: new MemoryLogger() }).catch(
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UnreachableEndpointError);
  const message = (err as Error).message;
  expect(message).toContain(new URL(base).host);
  expect(message).toMatch(how);
  expect(message).toContain('HEAD /v2/shop/api/manifests/sha256:');
  expect(message).toContain('repository shop/api');
});

test('a silent registry is tried at most twice per request', async () => {
  const c = new RegistryClient({
    baseUrl: silent.url,
    logger: new MemoryLogger(),
    attempts: 6,
    timeouts: TIMEOUTS,
    sleep: async () => undefined,
  });
  const err = await c.headManifest('shop/api', 'v1').catch((e: unknown) => e);
  expect((err as Error).message).toContain('on all 2 attempts');
  expect(silent.connections()).toBe(2);
});

describe('a registry that stops reading an upload halfway and never answers', () => {
  let server: ScriptedStall;
  let dir: string;
  beforeEach(async () => {
    server = await startStallingUploads();
    dir = mkdtempSync(join(tmpdir(), 'stall-'));
  });
  afterEach(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a stalled PUT of a blob is tried twice, then fails naming the registry and the request', async () => {
    // Larger than the socket buffers on both sides, so the writes themselves stall.
    const bytes = randomBytes(12 * 1024 * 1024);
    const file = join(dir, 'layer');
    writeFileSync(file, bytes);
    const c = new RegistryClient({
      baseUrl: server.url,
      logger: new MemoryLogger(),
      attempts: 6,
      timeouts: TIMEOUTS,
      sleep: async () => undefined,
    });
    const err = await c
      .pushBlob('shop/api', { digest: digestOf(bytes), size: bytes.length }, { file })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnreachableEndpointError);
    const message = (err as Error).message;
    expect(message).toContain(`The registry ${new URL(server.url).host} did not answer in time`);
    expect(message).toMatch(/PUT \/v2\/shop\/api\/blobs\/uploads\//);
    expect(message).toContain('on all 2 attempts');
    expect(server.stalled()).toBe(2);
  });
});

describe('a registry that stops halfway through an answer', () => {
  let server: Server;
  const sockets = new Set<Socket>();
  let requests = 0;
  beforeEach(async () => {
    requests = 0;
    server = createServer((_req, res) => {
      requests++;
      res.writeHead(200, { 'content-type': MEDIA_TYPES.ociManifest, 'content-length': '1000' });
      res.write('{"schemaVersion":');
    });
    server.on('connection', (s: Socket) => {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterEach(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  test('the stalled transfer is retried, then fails naming the registry', async () => {
    const { port } = server.address() as { port: number };
    const err = await client(`http://127.0.0.1:${port}`)
      .getManifest('shop/api', 'v1')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnreachableEndpointError);
    expect((err as Error).message).toContain(`127.0.0.1:${port}`);
    expect((err as Error).message).toMatch(/did not answer in time.*no more of the answer/);
    expect(requests).toBe(2);
  });
});
