import { createHash } from 'node:crypto';
import { MemoryLogger } from '../../../test/utils/loggers';
import { PackagePublisher } from '../../src/packages/store';
import type { IndexWrite, PublishPlan } from '../../src/packages/types';
import { fakeS3Client, FakeS3 } from '../../../test/fakes/s3';

/**
 * Files derived from an index (maven-metadata.xml checksums, the PEP 503 pages) are written under the same rule as
 * everything else: the generated bucket policy denies a PUT with neither If-None-Match nor If-Match. They are
 * created with If-None-Match, replaced with If-Match on the ETag read, and read again when another run got there
 * first.
 */

const BUCKET = 'store';
const sha1 = (b: Buffer) => createHash('sha1').update(b).digest('hex');

let fake: FakeS3;

/** An index listing the versions it has seen, with a checksum file beside it. */
function checkedIndex(version: string): IndexWrite {
  return {
    key: 'zip/lib/i',
    contentType: 'text/plain',
    merge: (current) => {
      const lines = new Set((current?.toString() ?? '').split('\n').filter(Boolean));
      if (lines.has(version)) return undefined;
      return Buffer.from([...lines, version].sort().join('\n') + '\n');
    },
    derived: (content) => [{ key: 'zip/lib/i.sha1', body: Buffer.from(sha1(content)), contentType: 'text/plain' }],
  };
}

function publish(version: string) {
  const plan: PublishPlan = {
    type: 'zip',
    name: 'lib',
    version,
    artifacts: [],
    indexes: [checkedIndex(version)],
    indexKey: 'zip/lib/i',
  };
  const store = { s3: fakeS3Client(), bucket: BUCKET, prefix: 'piksel' };
  return new PackagePublisher(store, { logger: new MemoryLogger(), sleep: async () => undefined }).publish(plan);
}

const sideFileWrites = () =>
  fake.requests.filter((r) => r.command === 'PutObject' && r.key === 'piksel/zip/lib/i.sha1');

beforeEach(() => {
  fake = new FakeS3();
});
afterEach(() => fake.restore());

test('a side file is created with If-None-Match and replaced with If-Match on the ETag read', async () => {
  await publish('1.0');
  const first = fake.current(BUCKET, 'piksel/zip/lib/i.sha1')!;
  await publish('1.1');
  expect(sideFileWrites().map((r) => [r.ifNoneMatch, r.ifMatch, r.status])).toEqual([
    ['*', undefined, 200],
    [undefined, first.etag, 200],
  ]);
  // An unchanged index rewrites nothing.
  await publish('1.1');
  expect(sideFileWrites()).toHaveLength(2);
  const index = fake.current(BUCKET, 'piksel/zip/lib/i')!.body;
  expect(fake.current(BUCKET, 'piksel/zip/lib/i.sha1')!.body.toString()).toBe(sha1(index));
});

test('another run rewrites the side file between our read and our write: 412, read again, written', async () => {
  await publish('1.0');
  let raced = false;
  fake.beforeCommand = (command, key) => {
    if (command !== 'PutObject' || key !== 'piksel/zip/lib/i.sha1' || raced) return;
    raced = true;
    fake.seed(BUCKET, key, 'written by another run');
  };
  await publish('1.1');
  const writes = sideFileWrites().slice(1);
  expect(writes.map((r) => [r.ifMatch !== undefined, r.status])).toEqual([
    [true, 412],
    [true, 200],
  ]);
  expect(writes[1].ifMatch).toBe(fake.versions(BUCKET, 'piksel/zip/lib/i.sha1').at(-2)!.etag);
  const index = fake.current(BUCKET, 'piksel/zip/lib/i')!.body;
  expect(fake.current(BUCKET, 'piksel/zip/lib/i.sha1')!.body.toString()).toBe(sha1(index));
});

test('the side file disappears between our read and our If-Match write: created with If-None-Match', async () => {
  await publish('1.0');
  let removed = false;
  fake.beforeCommand = (command, key) => {
    if (command !== 'PutObject' || key !== 'piksel/zip/lib/i.sha1' || removed) return;
    removed = true;
    fake.objects.delete(`${BUCKET}/${key}`);
  };
  await publish('1.1');
  expect(
    sideFileWrites()
      .slice(1)
      .map((r) => [r.ifMatch !== undefined, r.ifNoneMatch, r.status]),
  ).toEqual([
    [true, undefined, 404],
    [false, '*', 200],
  ]);
});

const sideFileRequests = () =>
  fake.requests
    .filter((r) => r.key === 'piksel/zip/lib/i.sha1')
    .map((r) => [r.command, r.ifNoneMatch ?? r.ifMatch ?? '', r.status]);

test('the side file of an index this run created is created without a read first; later ones are read', async () => {
  await publish('1.0');
  expect(sideFileRequests()).toEqual([['PutObject', '*', 200]]);
  const first = fake.current(BUCKET, 'piksel/zip/lib/i.sha1')!;
  await publish('1.1');
  expect(sideFileRequests().slice(1)).toEqual([
    ['GetObject', '', 200],
    ['PutObject', first.etag, 200],
  ]);
});

test('a side file left behind by an index since removed: the create answers 412, it is read and replaced', async () => {
  fake.seed(BUCKET, 'piksel/zip/lib/i.sha1', 'left behind');
  const etag = fake.current(BUCKET, 'piksel/zip/lib/i.sha1')!.etag;
  await publish('1.0');
  expect(sideFileRequests()).toEqual([
    ['PutObject', '*', 412],
    ['GetObject', '', 200],
    ['PutObject', etag, 200],
  ]);
  const index = fake.current(BUCKET, 'piksel/zip/lib/i')!.body;
  expect(fake.current(BUCKET, 'piksel/zip/lib/i.sha1')!.body.toString()).toBe(sha1(index));
});
