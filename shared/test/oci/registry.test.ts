import { isRetryableRegistryError, RegistryError, UploadRestartError } from '../../src/oci/errors';
import { digestOf } from '../../src/oci/digest';
import { manifestMediaType, nextPageLink, RegistryClient } from '../../src/oci/registry';
import { MEDIA_TYPES } from '../../src/oci/types';
import { ConfigurationError } from '../../src/runtime/errors';
import { MemoryLogger } from '../../../test/utils/loggers';

type Handler = (req: { method: string; url: URL; headers: Record<string, string> }) => Response;

/** A scripted registry: each request goes to the handler, and is recorded. */
function scripted(handler: Handler) {
  const requests: { method: string; url: URL; headers: Record<string, string> }[] = [];
  const fetchImpl = (async (input: string | URL | Request, init?: RequestInit) => {
    const req = {
      method: init?.method ?? 'GET',
      url: new URL(String(input)),
      headers: (init?.headers ?? {}) as Record<string, string>,
    };
    requests.push(req);
    return handler(req);
  }) as typeof fetch;
  return { requests, fetchImpl };
}

const sleeps: number[] = [];
const client = (fetchImpl: typeof fetch, extra: Partial<ConstructorParameters<typeof RegistryClient>[0]> = {}) =>
  new RegistryClient({
    baseUrl: 'https://reg.example',
    logger: new MemoryLogger(),
    fetchImpl,
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
    ...extra,
  });

beforeEach(() => (sleeps.length = 0));

describe('RegistryClient over a scripted wire', () => {
  test('the bearer challenge flow: 401, a token for the scope, the request again with it', async () => {
    const { requests, fetchImpl } = scripted(({ url, headers }) => {
      if (url.host === 'auth.example') return Response.json({ token: 'T' });
      if (headers.authorization !== 'Bearer T') {
        return new Response('', {
          status: 401,
          headers: { 'www-authenticate': 'Bearer realm="https://auth.example/token",service="reg.example"' },
        });
      }
      return new Response(null, { status: 200 });
    });
    const c = client(fetchImpl);
    expect(await c.headBlob('library/redis', digestOf('x'))).toBe(true);
    expect(await c.headBlob('library/redis', digestOf('y'))).toBe(true);
    expect(requests.map((r) => `${r.method} ${r.url.host}`)).toEqual([
      'HEAD reg.example',
      'GET auth.example',
      'HEAD reg.example',
      'HEAD reg.example',
    ]);
    expect(requests[1].url.searchParams.get('scope')).toBe('repository:library/redis:pull');
  });

  test.each([
    ['123456789012.dkr.ecr.eu-central-1.amazonaws.com', 1],
    ['123456789012.dkr-ecr.eu-central-1.on.aws', 1],
    ['123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com', 1],
    ['123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn', 1],
    ['public.ecr.aws', 2],
    ['reg.example', 2],
  ])('%s: Basic credentials from the first request only on private ECR (%i requests)', async (host, count) => {
    const basic = `Basic ${Buffer.from('AWS:token').toString('base64')}`;
    const { requests, fetchImpl } = scripted(({ headers }) =>
      headers.authorization === basic
        ? new Response(null, { status: 200 })
        : new Response('', { status: 401, headers: { 'www-authenticate': `Basic realm="https://${host}/"` } }),
    );
    const c = client(fetchImpl, { baseUrl: `https://${host}`, credentials: { username: 'AWS', password: 'token' } });
    expect(await c.headBlob('shop/api', digestOf('x'))).toBe(true);
    expect(requests).toHaveLength(count);
    expect(requests.at(-1)?.headers.authorization).toBe(basic);
  });

  test('429 with Retry-After waits as asked; 503 backs off; then the answer', async () => {
    let n = 0;
    const { fetchImpl } = scripted(() => {
      n++;
      if (n === 1) return new Response('', { status: 429, headers: { 'retry-after': '3' } });
      if (n === 2) return new Response('', { status: 503 });
      return new Response(null, { status: 404 });
    });
    expect(await client(fetchImpl).headBlob('a', digestOf('x'))).toBe(false);
    expect(sleeps[0]).toBe(3000);
    expect(sleeps).toHaveLength(2);
  });

  test('a 400 is not retried; a 403 is a ConfigurationError that speaks of permissions', async () => {
    const bad = scripted(() => Response.json({ errors: [{ code: 'NAME_INVALID', message: 'bad' }] }, { status: 400 }));
    await expect(client(bad.fetchImpl).headBlob('a', digestOf('x'))).rejects.toThrow(RegistryError);
    expect(bad.requests).toHaveLength(1);
    const denied = scripted(() => Response.json({ errors: [{ code: 'DENIED', message: 'no push' }] }, { status: 403 }));
    await expect(client(denied.fetchImpl).headBlob('a', digestOf('x'))).rejects.toThrow(ConfigurationError);
  });

  test('tags are read across Link pages', async () => {
    const { fetchImpl } = scripted(({ url }) => {
      const last = url.searchParams.get('last');
      if (!last)
        return Response.json({ tags: ['a', 'b'] }, { headers: { link: '</v2/r/tags/list?last=b&n=2>; rel="next"' } });
      if (last === 'b')
        return Response.json({ tags: ['c', 'd'] }, { headers: { link: '</v2/r/tags/list?last=d&n=2>; rel="next"' } });
      return Response.json({ tags: ['e'] });
    });
    expect(await client(fetchImpl).listTags('r')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  test('a manifest asked by digest whose bytes hash otherwise is refused', async () => {
    const { fetchImpl } = scripted(
      () => new Response('{"schemaVersion":2}', { headers: { 'content-type': MEDIA_TYPES.ociManifest } }),
    );
    await expect(client(fetchImpl).getManifest('r', digestOf('something else'))).rejects.toThrow(/arrived with digest/);
  });

  test('putManifest returns the OCI-Subject header and refuses a digest the registry computed otherwise', async () => {
    const bytes = Buffer.from('{"schemaVersion":2}');
    const ok = scripted(
      () =>
        new Response(null, {
          status: 201,
          headers: { 'docker-content-digest': digestOf(bytes), 'oci-subject': 'sha256:s' },
        }),
    );
    expect(await client(ok.fetchImpl).putManifest('r', 'v1', { bytes, mediaType: MEDIA_TYPES.ociManifest })).toEqual({
      digest: digestOf(bytes),
      subjectHeader: 'sha256:s',
    });
    expect(ok.requests[0].headers['content-type']).toBe(MEDIA_TYPES.ociManifest);
    const other = scripted(
      () => new Response(null, { status: 201, headers: { 'docker-content-digest': digestOf('x') } }),
    );
    await expect(
      client(other.fetchImpl).putManifest('r', 'v1', { bytes, mediaType: MEDIA_TYPES.ociManifest }),
    ).rejects.toThrow(/stored the manifest as/);
  });

  test('a manifest PUT answered DIGEST_INVALID is retried (the bytes were checked); other 400s are not', async () => {
    const bytes = Buffer.from('{"schemaVersion":2}');
    const digestInvalid = () =>
      Response.json(
        { errors: [{ code: 'DIGEST_INVALID', message: 'provided digest did not match' }] },
        { status: 400 },
      );
    let n = 0;
    const racing = scripted(() =>
      ++n < 3
        ? digestInvalid()
        : new Response(null, { status: 201, headers: { 'docker-content-digest': digestOf(bytes) } }),
    );
    expect(
      await client(racing.fetchImpl).putManifest('r', digestOf(bytes), { bytes, mediaType: MEDIA_TYPES.ociManifest }),
    ).toEqual({ digest: digestOf(bytes), subjectHeader: undefined });
    expect(racing.requests).toHaveLength(3);
    const always = scripted(digestInvalid);
    await expect(
      client(always.fetchImpl, { attempts: 3 }).putManifest('r', 'v1', { bytes, mediaType: MEDIA_TYPES.ociManifest }),
    ).rejects.toThrow(/DIGEST_INVALID/);
    expect(always.requests).toHaveLength(3);
    const unknown = scripted(() =>
      Response.json({ errors: [{ code: 'MANIFEST_BLOB_UNKNOWN', message: 'blob unknown' }] }, { status: 400 }),
    );
    await expect(
      client(unknown.fetchImpl).putManifest('r', 'v1', { bytes, mediaType: MEDIA_TYPES.ociManifest }),
    ).rejects.toThrow(/MANIFEST_BLOB_UNKNOWN/);
    expect(unknown.requests).toHaveLength(1);
  });

  test('every manifest read sends the Accept of OCI and Docker types', async () => {
    const { requests, fetchImpl } = scripted(() => new Response(null, { status: 404 }));
    await client(fetchImpl).headManifest('r', 'v1');
    expect(requests[0].headers.accept).toContain(MEDIA_TYPES.ociManifest);
    expect(requests[0].headers.accept).toContain(MEDIA_TYPES.dockerManifestList);
  });

  test('referrersApi is undefined where the registry has no such API', async () => {
    const { fetchImpl } = scripted(() => new Response('404 page not found', { status: 404 }));
    expect(await client(fetchImpl).referrersApi('r', digestOf('x'))).toBeUndefined();
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
    [
      Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('x'), { code: 'ECONNRESET' }) }),
      true,
    ],
    [new Error('socket hang up'), true],
    [new ConfigurationError('no'), false],
  ])('retryable(%s) = %s', (err, retryable) => expect(isRetryableRegistryError(err)).toBe(retryable));
});
