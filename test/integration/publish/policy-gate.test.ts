import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { run } from '../../../actions/publish-package/src/main';
import {
  accessKeyOf,
  gateAccessKey,
  s3Authorizations,
  startGatedS3,
  type GatedS3,
  type S3Authorization,
} from '../../utils/s3-policy-gate';
import { testContext, withEnv } from '../../utils/action-context';

/**
 * The policy gate itself: how it maps S3 requests to IAM authorizations (a table), and what it enforces on the
 * wire for two systems sharing one bucket, each with the bucket policy statements and role documents
 * provision-repo generates. s3rver ignores conditional headers: the gate's evaluation of the bucket policy is what
 * refuses a PUT without them.
 */

const B = 'arn:aws:s3:::b';
const put = (key: string, context: Record<string, string>): S3Authorization => ({
  action: 's3:PutObject',
  resource: `${B}/${key}`,
  context,
});
const on = (action: string, resource: string, context: Record<string, string> = {}): S3Authorization => ({
  action,
  resource,
  context,
});

describe('s3Authorizations', () => {
  test.each<[string, string, string, Record<string, string>, S3Authorization[]]>([
    [
      'PUT, created',
      'PUT',
      '/b/p/a.jar?x-id=PutObject',
      { 'if-none-match': '*' },
      [put('p/a.jar', { 's3:if-none-match': '*', 's3:ObjectCreationOperation': 'true' })],
    ],
    [
      'PUT, replaced',
      'PUT',
      '/b/p/m.xml',
      { 'if-match': '"e1"' },
      [put('p/m.xml', { 's3:if-match': '"e1"', 's3:ObjectCreationOperation': 'true' })],
    ],
    [
      'PUT, unconditional',
      'PUT',
      '/b/p/m.xml.sha1',
      {},
      [put('p/m.xml.sha1', { 's3:ObjectCreationOperation': 'true' })],
    ],
    [
      'PUT, a trailing-slash key',
      'PUT',
      '/b/p/python/simple/x/',
      {},
      [put('p/python/simple/x/', { 's3:ObjectCreationOperation': 'true' })],
    ],
    [
      'PUT, an encoded key',
      'PUT',
      '/b/p/npm/%40acme/lib',
      {},
      [put('p/npm/@acme/lib', { 's3:ObjectCreationOperation': 'true' })],
    ],
    [
      'CreateMultipartUpload',
      'POST',
      '/b/p/big.zip?uploads',
      {},
      [put('p/big.zip', { 's3:ObjectCreationOperation': 'false' })],
    ],
    [
      'UploadPart',
      'PUT',
      '/b/p/big.zip?partNumber=1&uploadId=u',
      {},
      [put('p/big.zip', { 's3:ObjectCreationOperation': 'false' })],
    ],
    [
      'CompleteMultipartUpload',
      'POST',
      '/b/p/big.zip?uploadId=u',
      { 'if-none-match': '*' },
      [put('p/big.zip', { 's3:if-none-match': '*', 's3:ObjectCreationOperation': 'true' })],
    ],
    [
      'AbortMultipartUpload',
      'DELETE',
      '/b/p/big.zip?uploadId=u',
      {},
      [on('s3:AbortMultipartUpload', `${B}/p/big.zip`)],
    ],
    ['ListParts', 'GET', '/b/p/big.zip?uploadId=u', {}, [on('s3:ListMultipartUploadParts', `${B}/p/big.zip`)]],
    [
      'CopyObject',
      'PUT',
      '/b/p/c.jar',
      { 'x-amz-copy-source': '/b/q/a%20b.jar', 'if-none-match': '*' },
      [
        put('p/c.jar', { 's3:if-none-match': '*', 's3:ObjectCreationOperation': 'true' }),
        on('s3:GetObject', `${B}/q/a b.jar`),
      ],
    ],
    ['GetObject', 'GET', '/b/p/python/simple/x/', {}, [on('s3:GetObject', `${B}/p/python/simple/x/`)]],
    ['HeadObject', 'HEAD', '/b/p/a.jar', {}, [on('s3:GetObject', `${B}/p/a.jar`)]],
    ['GetObject, a version', 'GET', '/b/p/a.jar?versionId=v', {}, [on('s3:GetObjectVersion', `${B}/p/a.jar`)]],
    ['DeleteObject', 'DELETE', '/b/p/a.jar', {}, [on('s3:DeleteObject', `${B}/p/a.jar`)]],
    [
      'ListObjectsV2',
      'GET',
      '/b?list-type=2&prefix=p%2Fmaven%2F',
      {},
      [on('s3:ListBucket', B, { 's3:prefix': 'p/maven/' })],
    ],
    ['ListObjectsV2, no prefix', 'GET', '/b/?list-type=2', {}, [on('s3:ListBucket', B)]],
    ['HeadBucket', 'HEAD', '/b', {}, [on('s3:ListBucket', B)]],
    [
      'ListObjectVersions',
      'GET',
      '/b?versions&prefix=p%2F',
      {},
      [on('s3:ListBucketVersions', B, { 's3:prefix': 'p/' })],
    ],
    ['ListBuckets', 'GET', '/', {}, [on('s3:ListAllMyBuckets', '*')]],
  ])('%s', (_name, method, url, headers, expected) => {
    expect(s3Authorizations(method, url, headers)).toEqual(expected);
  });

  test.each([
    ['GET', '/b?policy'],
    ['POST', '/b?delete'],
    ['PUT', '/b'],
  ])('%s %s is not mapped: the gate refuses it instead of letting it through', (method, url) => {
    expect(() => s3Authorizations(method, url, {})).toThrow(`${method} ${url}`);
  });
});

test.each([
  [
    { authorization: 'AWS4-HMAC-SHA256 Credential=piksel-ci-push/20261207/eu-central-1/s3/aws4_request, Sig…' },
    '/b/k',
    'piksel-ci-push',
  ],
  [{}, '/b/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=shop-pull%2F20261207%2Feu-central-1', 'shop-pull'],
  [{}, '/b/k', undefined],
])('accessKeyOf %#', (headers, url, expected) => {
  expect(accessKeyOf(headers, url)).toBe(expected);
});

describe('on the wire, two systems in one bucket', () => {
  const BUCKET = 'shared-store';
  let s3: GatedS3;
  let work: string;

  const client = (system: string, role: string) => s3.clientFor(system, role);
  /** s3rver itself, behind the gate's back: what was really stored. */
  const stored = async (prefix: string): Promise<string[]> => {
    const direct = new S3Client({
      endpoint: s3.upstream,
      region: 'eu-central-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    const page = await direct.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix }));
    return (page.Contents ?? []).map((o) => o.Key!);
  };
  const denial = (err: unknown) => ({
    name: (err as Error).name,
    status: (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode,
  });

  beforeAll(async () => {
    s3 = await startGatedS3(BUCKET, ['piksel', 'shop']);
    work = mkdtempSync(join(tmpdir(), 'policy-gate-'));
  });
  afterAll(async () => {
    await s3.stop();
    rmSync(work, { recursive: true, force: true });
  });

  test('an index side file PUT without a conditional header is denied and never stored; with one it is', async () => {
    const ci = client('piksel', 'ci-push');
    const Key = 'piksel/python/simple/greet/index.html';
    const err = await ci.send(new PutObjectCommand({ Bucket: BUCKET, Key, Body: 'v1' })).catch((e: unknown) => e);
    expect(denial(err)).toEqual({ name: 'AccessDenied', status: 403 });
    expect((err as Error).message).toContain('ArtifactsConditionalWritesOnlyForpiksel');
    expect(await stored('piksel/python/')).toEqual([]);

    const created = await ci.send(new PutObjectCommand({ Bucket: BUCKET, Key, Body: 'v1', IfNoneMatch: '*' }));
    await ci.send(new PutObjectCommand({ Bucket: BUCKET, Key, Body: 'v2', IfMatch: created.ETag }));
    const read = await ci.send(new GetObjectCommand({ Bucket: BUCKET, Key }));
    expect(await read.Body!.transformToString()).toBe('v2');
  });

  test("a neighbour system's CI role is denied in the first system's prefix, and allowed in its own", async () => {
    const shop = client('shop', 'ci-push');
    const attempts = [
      () =>
        shop.send(
          new PutObjectCommand({ Bucket: BUCKET, Key: 'piksel/maven/a/b/1.0/b-1.0.jar', Body: 'x', IfNoneMatch: '*' }),
        ),
      () => shop.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'piksel/python/simple/greet/index.html' })),
      () => shop.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'piksel/' })),
    ];
    for (const attempt of attempts) {
      expect(denial(await attempt().catch((e: unknown) => e))).toEqual({ name: 'AccessDenied', status: 403 });
    }
    const byShop = s3.decisions().filter((d) => d.caller === gateAccessKey('shop', 'ci-push'));
    expect(byShop.map((d) => [d.action, d.result, d.deniedBy])).toEqual([
      ['s3:PutObject', 'ExplicitlyDenied', ['ArtifactsPrefixIsolationForshop']],
      ['s3:GetObject', 'ExplicitlyDenied', ['ArtifactsPrefixIsolationForshop']],
      ['s3:ListBucket', 'ExplicitlyDenied', ['ArtifactsListIsolationForshop']],
    ]);
    expect(await stored('piksel/maven/')).toEqual([]);

    await shop.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'shop/zip/x/1.0/x.zip', Body: 'x', IfNoneMatch: '*' }));
    expect(await stored('shop/')).toEqual(['shop/zip/x/1.0/x.zip']);
  });

  test('an access key the gate does not know is denied', async () => {
    const stranger = new S3Client({
      endpoint: s3.endpoint,
      region: 'eu-central-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'stranger', secretAccessKey: 'stranger' },
    });
    const err = await stranger
      .send(new GetObjectCommand({ Bucket: BUCKET, Key: 'piksel/python/simple/greet/index.html' }))
      .catch((e: unknown) => e);
    expect(denial(err)).toEqual({ name: 'AccessDenied', status: 403 });
  });

  test('a read role cannot write, even its own prefix', async () => {
    const reader = client('piksel', 'developer-read');
    const err = await reader
      .send(new PutObjectCommand({ Bucket: BUCKET, Key: 'piksel/zip/y/1.0/y.zip', Body: 'y', IfNoneMatch: '*' }))
      .catch((e: unknown) => e);
    expect(denial(err)).toEqual({ name: 'AccessDenied', status: 403 });
    expect((err as Error).message).toContain('because no policy allows it');
  });

  test("publish-package with the neighbour's credentials into the first system's prefix fails and writes nothing", async () => {
    mkdirSync(join(work, 'dist'), { recursive: true });
    const file = join(work, 'dist', 'site.zip');
    writeFileSync(file, 'not really a zip, but the store is refused before the content matters');
    const restore = withEnv(s3.envFor('shop', 'ci-push'));
    try {
      const ctx = testContext({
        path: file,
        type: 'zip',
        name: 'site',
        version: '1.0.0',
        policy: join(work, 'no-policy.yml'),
        bucket: BUCKET,
        prefix: 'piksel',
        'base-url': `${s3.endpoint}/${BUCKET}`,
      });
      // HEAD answers carry no body: the SDK sees a bare 403, as from S3.
      await expect(run(ctx)).rejects.toThrow(/HTTP 403/);
    } finally {
      restore();
    }
    expect(await stored('piksel/zip/')).toEqual([]);
  });

  test("unsigned reads (mvn, npm, pip) are evaluated as the first system's developer-read role", async () => {
    const own = await fetch(`${s3.endpoint}/${BUCKET}/piksel/python/simple/greet/index.html`);
    expect([own.status, await own.text()]).toEqual([200, 'v2']);
    const neighbours = await fetch(`${s3.endpoint}/${BUCKET}/shop/zip/x/1.0/x.zip`);
    expect(neighbours.status).toBe(403);
    expect(await neighbours.text()).toMatch(/<Code>AccessDenied<\/Code>.*role\/artifacts-piksel-developer-read/s);
  });
});
