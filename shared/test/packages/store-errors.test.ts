import { S3ServiceException } from '@aws-sdk/client-s3';
import { MemoryLogger } from '../../../test/utils/loggers';
import { PackagePublisher, StoreRequestError } from '../../src/packages/store';
import { fakeS3Client, FakeS3 } from '../../../test/fakes/s3';
import { zipPlan } from './fake-store';

/** A store request that fails for good says which bucket and key, whatever the SDK made of the answer. */

const BUCKET = 'artifacts-store';
let fake: FakeS3;
beforeEach(() => (fake = new FakeS3()));
afterEach(() => fake.restore());

const publisher = () =>
  new PackagePublisher(
    { s3: fakeS3Client(), bucket: BUCKET, prefix: 'shop' },
    { logger: new MemoryLogger(), sleep: async () => undefined },
  );

/** A 503 to a HEAD: no body, so the SDK can only say 'UnknownError'. */
const unknown503 = () =>
  new S3ServiceException({
    name: 'UnknownError',
    $fault: 'server',
    $metadata: { httpStatusCode: 503 },
    message: 'UnknownError',
  });

test('a HEAD answered 503 on every attempt: the failure names s3://bucket, the key and the status, cause kept', async () => {
  for (let i = 0; i < 4; i++) fake.failNext('HeadObject', unknown503());
  const error = await publisher()
    .publish(zipPlan())
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(StoreRequestError);
  const message = (error as Error).message;
  expect(message).toContain(`s3://${BUCKET}`);
  expect(message).toContain('shop/zip/lib/1.0/lib.zip');
  expect(message).toContain('HTTP 503');
  expect((error as Error).cause).toBeInstanceOf(S3ServiceException);
  expect(fake.keys(BUCKET)).toEqual([]);
});

test('an absent key is still an absent key, not a failure', async () => {
  const result = await publisher().publish(zipPlan());
  expect(result.artifacts.map((a) => a.outcome)).toEqual(['created']);
});

test('a PUT throttled on every attempt names the key it could not write', async () => {
  for (let i = 0; i < 4; i++) fake.failNext('PutObject', FakeS3.throttled(), 'shop/zip/lib/1.0/lib.zip');
  await expect(publisher().publish(zipPlan())).rejects.toThrow(
    /PUT shop\/zip\/lib\/1\.0\/lib\.zip in s3:\/\/artifacts-store failed: SlowDown, HTTP 503/,
  );
});
