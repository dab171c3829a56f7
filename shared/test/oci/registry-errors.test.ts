import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { ecrActionFor, ecrClientOptions } from '../../src/oci/ecr';
import { RegistryConnectionError, repositoryOfUrl } from '../../src/oci/errors';
import { RegistryClient } from '../../src/oci/registry';
import { ConfigurationError } from '../../src/runtime/errors';
import { MemoryLogger } from '../../../test/utils/loggers';

/** What failed must be named: the registry, the request and the repository, whatever the wire gave. */

const ECR = 'https://123456789012.dkr.ecr.eu-central-1.amazonaws.com';
const digest = `sha256:${'c'.repeat(64)}`;

/** A local server whose every request is handled by `handle` (which may drop the connection); requests counted. */
async function serve(handle: (req: IncomingMessage, res: ServerResponse) => void) {
  let requests = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    requests++;
    req.resume();
    req.on('end', () => handle(req, res));
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  return { url, host: new URL(url).host, requests: () => requests, close };
}

let closeServer: (() => Promise<void>) | undefined;
afterEach(async () => {
  await closeServer?.();
  closeServer = undefined;
});

async function client(handle: Parameters<typeof serve>[0], options: { ecr?: boolean; attempts?: number } = {}) {
  const server = await serve(handle);
  closeServer = server.close;
  const c = new RegistryClient({
    baseUrl: server.url,
    ...(options.ecr ? ecrClientOptions(ECR) : {}),
    logger: new MemoryLogger(),
    attempts: options.attempts ?? 3,
    sleep: async () => undefined,
    random: () => 0.5,
  });
  return { c, server };
}

test('every attempt drops the connection: the last error names the registry, request and repository, cause kept', async () => {
  const { c, server } = await client((req) => req.socket.destroy());
  const error = await c.headManifest('shop/api', 'v1').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RegistryConnectionError);
  const message = (error as Error).message;
  expect(message).toContain(server.host);
  expect(message).toContain('HEAD /v2/shop/api/manifests/v1');
  expect(message).toContain('repository shop/api');
  expect(message).toContain('all 3 attempts');
  expect(message).toMatch(/socket hang up \(ECONNRESET\)/);
  expect(((error as Error).cause as Error).message).toBe('socket hang up');
  expect(server.requests()).toBe(3);
});

test('a body cut off on every attempt is named by registry too', async () => {
  const { c, server } = await client((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json', 'content-length': '100' });
    res.write('{"schemaVersion":', () => res.socket?.destroy());
  });
  await expect(c.getManifest('shop/api', 'v1')).rejects.toThrow(
    new RegExp(`${server.host.replace(/\./g, '\\.')}.*all 3 attempts`),
  );
});

test.each([
  ['HEAD manifest', (c: RegistryClient) => c.headManifest('shop/api', 'v1'), 'ecr:BatchGetImage'],
  ['HEAD blob', (c: RegistryClient) => c.headBlob('shop/api', digest), 'ecr:BatchCheckLayerAvailability'],
])(
  'ECR: a 403 without a body on %s names the repository, the registry and the IAM action',
  async (_n, call, action) => {
    const { c, server } = await client((_req, res) => res.writeHead(403).end(), { ecr: true });
    const error = await call(c).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    const message = (error as Error).message;
    expect(message).toContain(`the repository shop/api on ${server.host}`);
    expect(message).toContain(`the role needs ${action}`);
    expect(message).toMatch(/credentials or permissions/);
    expect(server.requests()).toBe(1);
  },
);

test('a 403 on another registry points at the credentials, with no IAM action', async () => {
  const { c, server } = await client((_req, res) => res.writeHead(403).end());
  const error = (await c.headManifest('team/app', 'v1').catch((e: unknown) => e)) as Error;
  expect(error.message).toContain(`credentials or permissions for the repository team/app on ${server.host}`);
  expect(error.message).not.toMatch(/ecr:/);
});

test.each([
  ['HEAD', '/v2/a/manifests/v1', 'ecr:BatchGetImage'],
  ['GET', '/v2/a/manifests/v1', 'ecr:BatchGetImage'],
  ['PUT', '/v2/a/manifests/v1', 'ecr:PutImage'],
  ['DELETE', `/v2/a/manifests/${digest}`, 'ecr:BatchDeleteImage'],
  ['HEAD', `/v2/a/blobs/${digest}`, 'ecr:BatchCheckLayerAvailability'],
  ['GET', `/v2/a/blobs/${digest}`, 'ecr:GetDownloadUrlForLayer'],
  ['POST', '/v2/a/blobs/uploads/', 'ecr:InitiateLayerUpload'],
  ['PATCH', '/v2/a/blobs/uploads/u1', 'ecr:UploadLayerPart'],
  ['PUT', '/v2/a/blobs/uploads/u1', 'ecr:CompleteLayerUpload'],
  ['GET', '/v2/a/tags/list', 'ecr:ListImages'],
])('ecrActionFor %s %s', (method, path, action) => {
  expect(ecrActionFor(method, `${ECR}${path}`)).toBe(action);
});

test.each([
  ['/v2/shop/api/manifests/v1', 'shop/api'],
  ['/v2/a/b/c/blobs/uploads/x', 'a/b/c'],
  ['/v2/', undefined],
])('repositoryOfUrl %s', (path, repo) => {
  expect(repositoryOfUrl(`https://r.example${path}`)).toBe(repo);
});
