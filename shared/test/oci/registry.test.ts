import { ecrClientOptions } from '../../src/oci/ecr';
import { isRetryableRegistryError, RegistryError, UploadRestartError } from '../../src/oci/errors';
import { digestOf } from '../../src/oci/digest';
import { manifestMediaType, nextPageLink, RegistryClient, type RegistryClientOptions } from '../../src/oci/registry';
import { MEDIA_TYPES } from '../../src/oci/types';
import { ConfigurationError } from '../../src/runtime/errors';
import { MemoryLogger } from '../../../test/utils/loggers';
import { startScriptedServer, type ScriptedAnswer, type ScriptedRequest, type ScriptedServer } from './scripted-server';

const servers: ScriptedServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

/** A scripted registry on 127.0.0.1: each request goes to the handler, and is recorded. */
async function scripted(handler: (req: ScriptedRequest, base: string) => ScriptedAnswer) {
  const server = await startScriptedServer(handler);
  servers.push(server);
  return server;
}

const sleeps: number[] = [];
const client = (server: ScriptedServer, extra: Partial<RegistryClientOptions> = {}) =>
  new RegistryClient({
    baseUrl: server.url,
    logger: new MemoryLogger(),
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
    ...extra,
  });

beforeEach(() => (sleeps.length = 0));

const ok = (status = 200, headers: Record<string, string> = {}): ScriptedAnswer => ({ status, headers });

describe('RegistryClient over a scripted wire', () => {
  test('the bearer challenge flow: 401, a token for the scope, the request again with it', async () => {
    const server = await scripted(({ url, headers }, base) => {
      if (url.pathname === '/token') return { status: 200, body: { token: 'T' } };
      if (headers.authorization !== 'Bearer T') {
        return ok(401, { 'www-authenticate': `Bearer realm="${base}/token",service="reg.example"` });
      }
      return ok();
    });
    const c = client(server);
    expect(await c.headBlob('library/redis', digestOf('x'))).toBe(true);
    expect(await c.headBlob('library/redis', digestOf('y'))).toBe(true);
    expect(server.requests.map((r) => `${r.method} ${r.url.pathname.split('/')[1]}`)).toEqual([
      'HEAD v2',
      'GET token',
      'HEAD v2',
      'HEAD v2',
    ]);
    expect(server.requests[1].url.searchParams.get('scope')).toBe('repository:library/redis:pull');
  });

  test.each([
    ['https://123456789012.dkr.ecr.eu-central-1.amazonaws.com', true],
    ['https://123456789012.dkr-ecr.eu-central-1.on.aws', true],
    ['https://123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com', true],
    ['https://123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn', true],
    ['https://public.ecr.aws', false],
    ['https://reg.example', false],
  ])('%s is a private ECR registry: %s', (baseUrl, ecr) => {
    expect(ecrClientOptions(baseUrl).authScheme === 'basic').toBe(ecr);
    expect(ecrClientOptions(baseUrl).deniedHint !== undefined).toBe(ecr);
    expect(ecrClientOptions(baseUrl).refusedHint?.includes('ecr:GetAuthorizationToken') ?? false).toBe(ecr);
  });

  test.each([
    ['basic' as const, 1],
    [undefined, 2],
  ])('auth scheme %s known up front: credentials from the first request (%i requests)', async (scheme, count) => {
    const basic = `Basic ${Buffer.from('AWS:token').toString('base64')}`;
    const server = await scripted(({ headers }) =>
      headers.authorization === basic ? ok() : ok(401, { 'www-authenticate': 'Basic realm="r"' }),
    );
    const c = client(server, { authScheme: scheme, credentials: { username: 'AWS', password: 'token' } });
    expect(await c.headBlob('shop/api', digestOf('x'))).toBe(true);
    expect(server.requests).toHaveLength(count);
    expect(server.requests.at(-1)?.headers.authorization).toBe(basic);
  });

  test.each([
    [
      {},
      /refused the credentials for HEAD \/v2\/shop\/api\/blobs\/.* Check REGISTRY_USERNAME and REGISTRY_PASSWORD\.$/,
    ],
    [ecrClientOptions('https://123456789012.dkr.ecr.eu-central-1.amazonaws.com'), /may call ecr:GetAuthorizationToken/],
  ])('credentials refused again and again: a ConfigurationError says what to check', async (options, message) => {
    const server = await scripted(() => ok(401, { 'www-authenticate': 'Basic realm="r"' }));
    const c = client(server, { ...options, credentials: { username: 'AWS', password: 'expired' } });
    const err = await c.headBlob('shop/api', digestOf('x')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toMatch(message);
  });

  test('429 with Retry-After waits as asked; 503 backs off; then the answer', async () => {
    let n = 0;
    const server = await scripted(() => {
      n++;
      if (n === 1) return ok(429, { 'retry-after': '3' });
      if (n === 2) return ok(503);
      return ok(404);
    });
    expect(await client(server).headBlob('a', digestOf('x'))).toBe(false);
    expect(sleeps[0]).toBe(3000);
    expect(sleeps).toHaveLength(2);
  });

  test('a 400 is not retried; a 403 is a ConfigurationError that speaks of permissions', async () => {
    const bad = await scripted(() => ({ status: 400, body: { errors: [{ code: 'NAME_INVALID', message: 'bad' }] } }));
    await expect(client(bad).headBlob('a', digestOf('x'))).rejects.toThrow(RegistryError);
    expect(bad.requests).toHaveLength(1);
    const denied = await scripted(() => ({ status: 403, body: { errors: [{ code: 'DENIED', message: 'no push' }] } }));
    await expect(client(denied).headBlob('a', digestOf('x'))).rejects.toThrow(ConfigurationError);
  });

  test('a blob goes up in one PUT, and any 2xx the registry answers the PUT with is success', async () => {
    for (const status of [201, 200, 202, 204]) {
      const server = await scripted(({ method }) => {
        if (method === 'HEAD') return ok(404);
        if (method === 'POST') return ok(202, { location: '/v2/a/blobs/uploads/s1' });
        return ok(status);
      });
      const bytes = Buffer.alloc(20 * 1024 * 1024, 7);
      expect(await client(server).pushBlob('a', { digest: digestOf(bytes), size: bytes.length }, bytes)).toBe(
        'uploaded',
      );
      expect(server.requests.map((r) => `${r.method} ${r.bytes}`)).toEqual(['HEAD 0', 'POST 0', `PUT ${bytes.length}`]);
      expect(server.requests[2].url.searchParams.get('digest')).toBe(digestOf(bytes));
    }
  });

  test('a registry that forgets every upload session: a new session each attempt, then an error naming the blob', async () => {
    let sessions = 0;
    const server = await scripted(({ method }) => {
      if (method === 'HEAD') return ok(404);
      if (method === 'POST') return ok(202, { location: `/v2/a/blobs/uploads/s${++sessions}` });
      return { status: 404, body: { errors: [{ code: 'BLOB_UPLOAD_UNKNOWN', message: 'unknown upload' }] } };
    });
    const bytes = Buffer.from('layer bytes');
    const c = client(server, { attempts: 3 });
    const err = await c.pushBlob('a', { digest: digestOf(bytes), size: bytes.length }, bytes).catch((e: unknown) => e);
    expect((err as Error).message).toBe(
      `${server.host} lost the upload session of ${digestOf(bytes)} on every attempt (the last: PUT the upload answered 404 BLOB_UPLOAD_UNKNOWN).`,
    );
    expect(sessions).toBe(3);
    expect(c.stats.restarts).toBe(2);
    // Each new attempt first asks whether the lost answer had committed the blob.
    expect(server.requests.map((r) => r.method)).toEqual([
      'HEAD',
      'POST',
      'PUT',
      'HEAD',
      'POST',
      'PUT',
      'HEAD',
      'POST',
      'PUT',
    ]);
  });

  test('tags are read across Link pages', async () => {
    const server = await scripted(({ url }) => {
      const last = url.searchParams.get('last');
      if (!last)
        return {
          status: 200,
          body: { tags: ['a', 'b'] },
          headers: { link: '</v2/r/tags/list?last=b&n=2>; rel="next"' },
        };
      if (last === 'b')
        return {
          status: 200,
          body: { tags: ['c', 'd'] },
          headers: { link: '</v2/r/tags/list?last=d&n=2>; rel="next"' },
        };
      return { status: 200, body: { tags: ['e'] } };
    });
    expect(await client(server).listTags('r')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  test('a manifest asked by digest whose bytes hash otherwise is refused', async () => {
    const server = await scripted(() => ({
      status: 200,
      body: '{"schemaVersion":2}',
      headers: { 'content-type': MEDIA_TYPES.ociManifest },
    }));
    await expect(client(server).getManifest('r', digestOf('something else'))).rejects.toThrow(/arrived with digest/);
  });

  test('putManifest returns the OCI-Subject header and refuses a digest the registry computed otherwise', async () => {
    const bytes = Buffer.from('{"schemaVersion":2}');
    const good = await scripted(() => ok(201, { 'docker-content-digest': digestOf(bytes), 'oci-subject': 'sha256:s' }));
    expect(await client(good).putManifest('r', 'v1', { bytes, mediaType: MEDIA_TYPES.ociManifest })).toEqual({
      digest: digestOf(bytes),
      subjectHeader: 'sha256:s',
    });
    expect(good.requests[0].headers['content-type']).toBe(MEDIA_TYPES.ociManifest);
    expect(good.requests[0].bytes).toBe(bytes.length);
    const other = await scripted(() => ok(201, { 'docker-content-digest': digestOf('x') }));
    await expect(client(other).putManifest('r', 'v1', { bytes, mediaType: MEDIA_TYPES.ociManifest })).rejects.toThrow(
      /stored the manifest as/,
    );
  });

  test('a manifest PUT answered DIGEST_INVALID is retried (the bytes were checked); other 400s are not', async () => {
    const bytes = Buffer.from('{"schemaVersion":2}');
    const digestInvalid = (): ScriptedAnswer => ({
      status: 400,
      body: { errors: [{ code: 'DIGEST_INVALID', message: 'provided digest did not match' }] },
    });
    let n = 0;
    const racing = await scripted(() =>
      ++n < 3 ? digestInvalid() : ok(201, { 'docker-content-digest': digestOf(bytes) }),
    );
    expect(
      await client(racing).putManifest('r', digestOf(bytes), { bytes, mediaType: MEDIA_TYPES.ociManifest }),
    ).toEqual({ digest: digestOf(bytes), subjectHeader: undefined });
    expect(racing.requests).toHaveLength(3);
    const always = await scripted(digestInvalid);
    await expect(
      client(always, { attempts: 3 }).putManifest('r', 'v1', { bytes, mediaType: MEDIA_TYPES.ociManifest }),
    ).rejects.toThrow(/DIGEST_INVALID/);
    expect(always.requests).toHaveLength(3);
    const unknown = await scripted(() => ({
      status: 400,
      body: { errors: [{ code: 'MANIFEST_BLOB_UNKNOWN', message: 'blob unknown' }] },
    }));
    await expect(client(unknown).putManifest('r', 'v1', { bytes, mediaType: MEDIA_TYPES.ociManifest })).rejects.toThrow(
      /MANIFEST_BLOB_UNKNOWN/,
    );
    expect(unknown.requests).toHaveLength(1);
  });

  test('every manifest read sends the Accept of OCI and Docker types', async () => {
    const server = await scripted(() => ok(404));
    await client(server).headManifest('r', 'v1');
    expect(server.requests[0].headers.accept).toContain(MEDIA_TYPES.ociManifest);
    expect(server.requests[0].headers.accept).toContain(MEDIA_TYPES.dockerManifestList);
  });

  test('referrersApi is undefined where the registry has no such API', async () => {
    const server = await scripted(() => ({ status: 404, body: '404 page not found' }));
    expect(await client(server).referrersApi('r', digestOf('x'))).toBeUndefined();
  });

  test('a blob download redirected to storage follows it, without the registry credentials', async () => {
    const bytes = Buffer.from('layer bytes');
    const basic = `Basic ${Buffer.from('u:p').toString('base64')}`;
    const storage = await scripted(() => ({ status: 200, body: bytes.toString() }));
    const server = await scripted(({ headers }) =>
      headers.authorization === basic
        ? ok(307, { location: `${storage.url}/bucket/blob?signature=s` })
        : ok(401, { 'www-authenticate': 'Basic realm="r"' }),
    );
    const c = client(server, { credentials: { username: 'u', password: 'p' } });
    expect((await c.getBlob('r', digestOf(bytes))).equals(bytes)).toBe(true);
    expect(storage.requests).toHaveLength(1);
    expect(storage.requests[0].headers.authorization).toBeUndefined();
  });
});

describe('pure parts', () => {
  test.each([
    ['</v2/r/tags/list?last=b&n=2>; rel="next"', '/v2/r/tags/list?last=b&n=2'],
    ['<https://x/v2/r/tags/list?n=1>; rel=next', 'https://x/v2/r/tags/list?n=1'],
    [null, undefined],
    ['<a>; rel="prev"', undefined],
  ])('next page of %j', (link, next) => expect(nextPageLink(link)).toBe(next));

  test.each([
    [MEDIA_TYPES.ociIndex, '{}', MEDIA_TYPES.ociIndex],
    ['application/json', `{"mediaType":"${MEDIA_TYPES.dockerManifest}"}`, MEDIA_TYPES.dockerManifest],
    [null, '{"manifests":[]}', MEDIA_TYPES.ociIndex],
    [null, '{"config":{}}', MEDIA_TYPES.ociManifest],
  ])('media type from %j and %s', (header, body, type) =>
    expect(manifestMediaType(header, Buffer.from(body))).toBe(type),
  );

  test.each([
    [new RegistryError('GET', 'u', 429, undefined, ''), true],
    [new RegistryError('GET', 'u', 502, undefined, ''), true],
    [new RegistryError('GET', 'u', 404, undefined, ''), false],
    [new UploadRestartError('lost'), true],
    [Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }), true],
    [Object.assign(new Error('wrapped'), { cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }) }), true],
    [Object.assign(new Error('aborted'), { code: 'ECONNRESET' }), true],
    [new Error('socket hang up'), true],
    [new ConfigurationError('no'), false],
  ])('retryable(%s) = %s', (err, retryable) => expect(isRetryableRegistryError(err)).toBe(retryable));
});
