import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { digestOf } from '../../../shared/src/oci/digest';
import { readRemoteImage } from '../../../shared/src/oci/mirror';
import { pushImageGraph } from '../../../shared/src/oci/push';
import { RegistryClient } from '../../../shared/src/oci/registry';
import { ConfigurationError } from '../../../shared/src/runtime/errors';
import { MemoryLogger } from '../../utils/loggers';
import { generateImage } from '../../utils/images';
import { startRegistry, type LocalRegistry } from '../../utils/registry';

jest.setTimeout(60_000);

/**
 * A registry front that speaks the bearer-token flow as Docker Hub, ghcr.io and quay.io do: /token issues a
 * token for the scopes asked (pull to anyone, push only with the user's basic credentials), and /v2/ answers
 * 401 with a Bearer challenge unless the request carries a token covering its repository and action.
 */
async function startTokenRegistry(registry: LocalRegistry, user: { name: string; password: string }) {
  const tokens = new Map<string, Set<string>>();
  const issued: { scopes: string[]; user?: string }[] = [];
  const base = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base());
    if (url.pathname === '/token') {
      const basic = req.headers.authorization?.replace(/^Basic /, '');
      const who = basic ? Buffer.from(basic, 'base64').toString() : undefined;
      if (who && who !== `${user.name}:${user.password}`) {
        res.writeHead(401).end();
        return;
      }
      const granted = new Set<string>();
      for (const scope of url.searchParams.getAll('scope')) {
        const [, repo, actions] = scope.split(':');
        for (const action of actions.split(',')) if (action === 'pull' || who) granted.add(`${repo}:${action}`);
      }
      const token = randomBytes(12).toString('hex');
      tokens.set(token, granted);
      issued.push({ scopes: url.searchParams.getAll('scope'), user: who?.split(':')[0] });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token, expires_in: 300 }));
      return;
    }
    const m = /^\/v2\/(.+?)\/(blobs|manifests|tags)\//.exec(url.pathname);
    const repo = m?.[1];
    const action = req.method === 'GET' || req.method === 'HEAD' ? 'pull' : 'push';
    const token = req.headers.authorization?.replace(/^Bearer /, '') ?? '';
    if (repo && !tokens.get(token)?.has(`${repo}:${action}`)) {
      req.resume();
      res
        .writeHead(401, {
          'www-authenticate': `Bearer realm="${base()}/token",service="test-registry",scope="repository:${repo}:${action}"`,
          'content-type': 'application/json',
        })
        .end('{"errors":[{"code":"UNAUTHORIZED"}]}');
      return;
    }
    const target = new URL(registry.url);
    const headers = { ...req.headers };
    delete headers.authorization;
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { url: base(), issued, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('the bearer-token challenge flow against a token service on the wire', () => {
  let registry: LocalRegistry;
  let front: Awaited<ReturnType<typeof startTokenRegistry>>;
  const user = { name: 'robot', password: 'robot-secret' };

  beforeAll(async () => {
    registry = await startRegistry();
    front = await startTokenRegistry(registry, user);
  });
  afterAll(async () => {
    await front?.stop();
    await registry?.stop();
  });

  test('a push with credentials gets push tokens per scope; an anonymous client pulls the image back', async () => {
    const image = await generateImage({ layers: [{ 'a.txt': 'a' }, { 'b.txt': 'b' }] });
    const pusher = new RegistryClient({
      baseUrl: front.url,
      credentials: { username: user.name, password: user.password },
      logger: new MemoryLogger(),
    });
    const graph = {
      top: {
        bytes: image.manifest.bytes,
        digest: image.manifest.descriptor.digest,
        mediaType: image.manifest.descriptor.mediaType,
      },
      children: [],
      blobs: [image.config, ...image.layers].map((b) => ({ descriptor: b.descriptor, body: b.bytes })),
      platforms: ['linux/amd64'],
      source: 'test',
    };
    await pushImageGraph(pusher, 'library/app', graph, { logger: new MemoryLogger() });
    await pusher.putManifest('library/app', '1.0', graph.top);
    expect(front.issued.some((t) => t.user === 'robot' && t.scopes.includes('repository:library/app:pull,push'))).toBe(
      true,
    );
    // One token per scope, reused: far fewer token requests than registry requests.
    expect(front.issued.length).toBeLessThanOrEqual(3);

    const anonymous = new RegistryClient({ baseUrl: front.url, logger: new MemoryLogger() });
    const copied = await readRemoteImage(anonymous, `${new URL(front.url).host}/library/app:1.0`);
    expect(copied.top.digest).toBe(image.manifest.descriptor.digest);
    const layer = await anonymous.getBlob('library/app', image.layers[1].descriptor.digest);
    expect(digestOf(layer)).toBe(image.layers[1].descriptor.digest);
    expect(front.issued.at(-1)?.user).toBeUndefined();

    // Anonymous push is refused by the token service's grant: a clear error, not a retry loop.
    await expect(
      anonymous.pushBlob('library/app', { digest: digestOf('x'), size: 1 }, Buffer.from('x')),
    ).rejects.toThrow(ConfigurationError);
  });
});
