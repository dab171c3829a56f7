import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PackagePublisher } from '../../src/packages/store';
import type { PublishPlan } from '../../src/packages/types';
import { MemoryLogger } from '../../../test/utils/loggers';
import { fakeS3Client, FakeS3 } from '../../../test/fakes/s3';

/** For each test: a FakeS3 answering every S3 client and a scratch directory, both removed after the test. */
export function fakeStoreEachTest(tmpPrefix: string): { readonly fake: FakeS3; readonly dir: string } {
  const state = {} as { fake: FakeS3; dir: string };
  beforeEach(() => {
    state.fake = new FakeS3();
    state.dir = mkdtempSync(join(tmpdir(), tmpPrefix));
  });
  afterEach(() => {
    state.fake.restore();
    rmSync(state.dir, { recursive: true, force: true });
  });
  return state;
}

/** A publisher of `bucket`/`prefix` through the fake S3 that never sleeps between retries. */
export function fakeStorePublisher(bucket: string, prefix: string): PackagePublisher {
  return new PackagePublisher(
    { s3: fakeS3Client(), bucket, prefix },
    { logger: new MemoryLogger(), sleep: async () => undefined, random: Math.random },
  );
}

/** The plan of a zip package `lib` 1.0 with one small artifact and no index pages. */
export function zipPlan(): PublishPlan {
  const body = Buffer.from('zip bytes');
  const sha256 = createHash('sha256').update(body).digest('hex');
  return {
    type: 'zip',
    name: 'lib',
    version: '1.0',
    artifacts: [{ key: 'zip/lib/1.0/lib.zip', body, size: body.length, contentType: 'application/zip', sha256 }],
    indexes: [],
    indexKey: 'zip/lib/index.json',
  };
}
