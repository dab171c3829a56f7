import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { PackagePublisher } from '../../../shared/src/packages/store';
import { planZip } from '../../../shared/src/packages/zip';
import { ConfigurationError } from '../../../shared/src/runtime/errors';
import { MemoryLogger } from '../../utils/loggers';
import { startS3, type LocalS3 } from '../../utils/s3';

/**
 * Against s3rver, which computes no additional checksums: a stored object is judged by its content, read back
 * and hashed, never by the `x-amz-meta-sha256` its writer set.
 */

let s3: LocalS3;
let client: S3Client;
let dir: string;
const sha256 = (b: string) => createHash('sha256').update(b).digest('hex');

beforeAll(async () => {
  s3 = await startS3();
  client = new S3Client({
    endpoint: s3.endpoint,
    forcePathStyle: true,
    region: 'eu-central-1',
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  dir = mkdtempSync(join(tmpdir(), 'forged-objects-'));
});
afterAll(async () => {
  await s3?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('a forged jar whose sha256 metadata is the real jar is a conflict, and the forged bytes stay as they were', async () => {
  const real = 'the real jar';
  const key = 'piksel/zip/lib/1.1.0/lib-1.1.0.jar';
  await client.send(
    new PutObjectCommand({ Bucket: s3.bucket, Key: key, Body: 'other bytes', Metadata: { sha256: sha256(real) } }),
  );
  const path = join(dir, 'lib-1.1.0.jar');
  writeFileSync(path, real);
  const plan = await planZip([path], { storeUrl: 'http://cdn/piksel', name: 'lib', version: '1.1.0' });
  const logger = new MemoryLogger();
  const publish = new PackagePublisher({ s3: client, bucket: s3.bucket, prefix: 'piksel' }, { logger }).publish(plan);
  await expect(publish).rejects.toThrow(ConfigurationError);
  await expect(publish).rejects.toThrow(
    new RegExp(`lib-1\\.1\\.0\\.jar: stored sha256 ${sha256('other bytes')}, this file ${sha256(real)}`),
  );
  expect(logger.text()).not.toContain('already published, unchanged');
  const stored = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }));
  expect(await stored.Body!.transformToString()).toBe('other bytes');
});

test('the genuine file published before is recognised by its content on a re-run', async () => {
  const path = join(dir, 'app.zip');
  writeFileSync(path, 'genuine');
  const plan = await planZip([path], { storeUrl: 'http://cdn/piksel', name: 'app', version: '2.0.0' });
  const publisher = new PackagePublisher(
    { s3: client, bucket: s3.bucket, prefix: 'piksel' },
    { logger: new MemoryLogger() },
  );
  expect((await publisher.publish(plan)).unchanged).toBe(false);
  expect((await publisher.publish(plan)).unchanged).toBe(true);
});
