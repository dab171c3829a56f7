import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { artifactDirectory, mavenFileName } from '../../../shared/src/packages/maven';
import { npmPackumentKey, npmTarballKey } from '../../../shared/src/packages/npm';
import { distributionKey, simpleProjectDir } from '../../../shared/src/packages/python';
import { gateAccessKey, startGatedS3, type GatedS3 } from '../../utils/s3-policy-gate';

/**
 * The consumer role on the wire: SDK-signed GetObject, HeadObject and ListObjectsV2 (the requests setup-package-store's
 * endpoint makes) through the S3 policy gate, which evaluates them against the consumer documents and the bucket
 * policy provision-repo writes, for two systems sharing one bucket.
 */

const BUCKET = 'consumer-store';
const KEYS = [
  simpleProjectDir('greet'),
  distributionKey('greet', 'greet-1.0.0-py3-none-any.whl'),
  npmPackumentKey('@acme/lib'),
  npmTarballKey('@acme/lib', '1.0.0'),
  `${artifactDirectory('com.acme', 'lib')}/1.0.0/${mavenFileName('lib', '1.0.0', 'pom')}`,
];

let s3: GatedS3;
const client = (system: string, role: string) => s3.clientFor(system, role);
const outcome = (err: unknown) => ({
  name: (err as Error).name,
  status: (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode,
});

beforeAll(async () => {
  s3 = await startGatedS3(BUCKET, ['piksel', 'shop']);
  const ci = client('piksel', 'ci-push');
  for (const key of KEYS)
    await ci.send(new PutObjectCommand({ Bucket: BUCKET, Key: `piksel/${key}`, Body: key, IfNoneMatch: '*' }));
});
afterAll(async () => {
  await s3.stop();
});

test.each(KEYS)("the system's consumer reads %s: GET, HEAD, and a listing of it", async (key) => {
  const consumer = client('piksel', 'consumer');
  const read = await consumer.send(new GetObjectCommand({ Bucket: BUCKET, Key: `piksel/${key}` }));
  expect(await read.Body!.transformToString()).toBe(key);
  const head = await consumer.send(new HeadObjectCommand({ Bucket: BUCKET, Key: `piksel/${key}` }));
  expect(head.ContentLength).toBe(Buffer.byteLength(key));
  const listed = await consumer.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: `piksel/${key}` }));
  expect(listed.Contents?.map((o) => o.Key)).toContain(`piksel/${key}`);
});

test("a neighbour's consumer is refused every read of the system's prefix, by the bucket policy too", async () => {
  const shop = client('shop', 'consumer');
  const key = `piksel/${KEYS[3]}`;
  const attempts = [
    () => shop.send(new GetObjectCommand({ Bucket: BUCKET, Key: key })),
    () => shop.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key })),
    () => shop.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'piksel/' })),
  ];
  for (const attempt of attempts) {
    // A HEAD answer carries no body, so no error code: the gate's decisions below say why each was refused.
    expect(outcome(await attempt().catch((e: unknown) => e)).status).toBe(403);
  }
  const byShop = s3.decisions().filter((d) => d.caller === gateAccessKey('shop', 'consumer'));
  expect(byShop.map((d) => [d.action, d.result, d.deniedBy])).toEqual([
    ['s3:GetObject', 'ExplicitlyDenied', ['ArtifactsPrefixIsolationForshop']],
    ['s3:GetObject', 'ExplicitlyDenied', ['ArtifactsPrefixIsolationForshop']],
    ['s3:ListBucket', 'ExplicitlyDenied', ['ArtifactsListIsolationForshop']],
  ]);
});

test('the consumer never writes, not even in its own prefix', async () => {
  const consumer = client('piksel', 'consumer');
  const err = await consumer
    .send(new PutObjectCommand({ Bucket: BUCKET, Key: 'piksel/zip/y/1.0/y.zip', Body: 'y', IfNoneMatch: '*' }))
    .catch((e: unknown) => e);
  expect(outcome(err)).toEqual({ name: 'AccessDenied', status: 403 });
});
