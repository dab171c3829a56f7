import { RegistryConnectionError, repositoryOfUrl } from '../../src/oci/errors';
import { ecrActionFor, RegistryClient } from '../../src/oci/registry';
import { ConfigurationError } from '../../src/runtime/errors';
import { MemoryLogger } from '../../../test/utils/loggers';

/** What failed must be named: the registry, the request and the repository, whatever the wire gave. */

const ECR = 'https://123456789012.dkr.ecr.eu-central-1.amazonaws.com';
const digest = `sha256:${'c'.repeat(64)}`;

function client(baseUrl: string, fetchImpl: typeof fetch, attempts = 3) {
  let requests = 0;
  const counted = (async (input: string | URL | Request, init?: RequestInit) => {
    requests++;
    return fetchImpl(input, init);
  }) as typeof fetch;
  const c = new RegistryClient({
    baseUrl,
    logger: new MemoryLogger(),
    fetchImpl: counted,
    attempts,
    sleep: async () => undefined,
    random: () => 0.5,
  });
  return { c, requests: () => requests };
}

/** Node's fetch as it fails on a dropped connection. */
const dropped = (async () => {
  throw new TypeError('fetch failed', {
    cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }),
  });
}) as typeof fetch;

test('every attempt drops the connection: the last error names the registry, request and repository, cause kept', async () => {
  const { c, requests } = client('http://127.0.0.1:5999', dropped);
  const error = await c.headManifest('shop/api', 'v1').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RegistryConnectionError);
  const message = (error as Error).message;
  expect(message).toContain('127.0.0.1:5999');
  expect(message).toContain('HEAD /v2/shop/api/manifests/v1');
  expect(message).toContain('repository shop/api');
  expect(message).toContain('all 3 attempts');
  expect(message).toMatch(/other side closed \(UND_ERR_SOCKET\)/);
  expect(((error as Error).cause as Error).message).toBe('fetch failed');
  expect(requests()).toBe(3);
});

test('a body cut off on every attempt is named by registry too', async () => {
  const cut = (async () =>
    new Response(
      new ReadableStream({
        pull: (controller) => controller.error(new TypeError('terminated')),
      }),
      { status: 200, headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' } },
    )) as typeof fetch;
  const { c } = client('http://127.0.0.1:5999', cut);
  await expect(c.getManifest('shop/api', 'v1')).rejects.toThrow(/127\.0\.0\.1:5999.*all 3 attempts/);
});

test.each([
  ['HEAD manifest', (c: RegistryClient) => c.headManifest('shop/api', 'v1'), 'ecr:BatchGetImage'],
  ['HEAD blob', (c: RegistryClient) => c.headBlob('shop/api', digest), 'ecr:BatchCheckLayerAvailability'],
])('a 403 without a body on %s names the repository, the registry and the IAM action', async (_n, call, action) => {
  const denied = (async () => new Response(null, { status: 403 })) as typeof fetch;
  const { c, requests } = client(ECR, denied);
  const error = await call(c).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigurationError);
  const message = (error as Error).message;
  expect(message).toContain('the repository shop/api on 123456789012.dkr.ecr.eu-central-1.amazonaws.com');
  expect(message).toContain(`the role needs ${action}`);
  expect(message).toMatch(/credentials or permissions/);
  expect(requests()).toBe(1);
});

test('a 403 on another registry points at the credentials, with no IAM action', async () => {
  const { c } = client(
    'https://registry.example.com',
    (async () => new Response(null, { status: 403 })) as typeof fetch,
  );
  const error = (await c.headManifest('team/app', 'v1').catch((e: unknown) => e)) as Error;
  expect(error.message).toMatch(/credentials or permissions for the repository team\/app on registry\.example\.com/);
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
