import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryLogger } from '../../../test/utils/loggers';
import { ConfigurationError } from '../../src/runtime/errors';
import { planNpm, type Packument } from '../../src/packages/npm';
import { fileArtifact, PackagePublisher, type StoreOptions } from '../../src/packages/store';
import type { ArtifactWrite, IndexWrite, PublishPlan } from '../../src/packages/types';
import { planZip, type ZipIndex } from '../../src/packages/zip';
import { fakeS3Client, FakeS3 } from '../../../test/fakes/s3';
import { npmTarball } from './npm-tarball';

const BUCKET = 'store';
const PREFIX = 'piksel';
const noSleep = async () => undefined;
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let fake: FakeS3;
let dir: string;
let logger: MemoryLogger;

function publisher(options: Partial<StoreOptions> = {}, f: FakeS3 = fake): PackagePublisher {
  const s3 = fakeS3Client();
  if (f !== fake) throw new Error('one fake per test');
  // The fake mocks every S3Client, so any client works.
  return new PackagePublisher({ s3, bucket: BUCKET, prefix: PREFIX }, { logger, sleep: noSleep, ...options });
}

function artifact(key: string, content: string | Buffer): ArtifactWrite {
  const body = Buffer.from(content);
  return { key, body, size: body.length, contentType: 'application/octet-stream', sha256: sha256(body) };
}

/** An index that lists the versions it has seen, one per line. */
function listIndex(key: string, version: string, derived = false): IndexWrite {
  return {
    key,
    contentType: 'text/plain',
    merge: (current) => {
      const lines = new Set((current?.toString() ?? '').split('\n').filter(Boolean));
      if (lines.has(version)) return undefined;
      lines.add(version);
      return Buffer.from([...lines].sort().join('\n') + '\n');
    },
    derived: derived
      ? (content) => [
          {
            key: `${key}.sha1`,
            body: Buffer.from(createHash('sha1').update(content).digest('hex')),
            contentType: 'text/plain',
          },
        ]
      : undefined,
  };
}

function plan(version: string, artifacts: ArtifactWrite[], indexes: IndexWrite[] = []): PublishPlan {
  return { type: 'zip', name: 'lib', version, artifacts, indexes, indexKey: 'zip/lib/index.json' };
}

beforeEach(() => {
  fake = new FakeS3();
  dir = mkdtempSync(join(tmpdir(), 'store-test-'));
  logger = new MemoryLogger();
});
afterEach(() => {
  fake.restore();
  rmSync(dir, { recursive: true, force: true });
});

describe('artifacts are immutable', () => {
  test('a new version: artifacts with If-None-Match and sha256 metadata, then the index', async () => {
    const result = await publisher().publish(
      plan('1.0', [artifact('zip/lib/1.0/a.zip', 'A')], [listIndex('zip/lib/index', '1.0')]),
    );
    expect(result.unchanged).toBe(false);
    expect(result.artifacts).toEqual([
      { key: 'zip/lib/1.0/a.zip', storeKey: 'piksel/zip/lib/1.0/a.zip', size: 1, outcome: 'created' },
    ]);
    expect(result.indexes).toEqual([
      { key: 'zip/lib/index', storeKey: 'piksel/zip/lib/index', outcome: 'updated', attempts: 1 },
    ]);
    expect(fake.writes().map((w) => [w.key, w.ifNoneMatch, w.ifMatch])).toEqual([
      ['piksel/zip/lib/1.0/a.zip', '*', undefined],
      ['piksel/zip/lib/index', '*', undefined],
    ]);
    const stored = fake.current(BUCKET, 'piksel/zip/lib/1.0/a.zip')!;
    expect(stored.metadata.sha256).toBe(sha256(Buffer.from('A')));
    expect(stored.cacheControl).toContain('immutable');
    expect(fake.current(BUCKET, 'piksel/zip/lib/index')!.body.toString()).toBe('1.0\n');
  });

  test('publishing the identical version again succeeds and says it is unchanged, writing nothing', async () => {
    const p = plan('1.0', [artifact('zip/lib/1.0/a.zip', 'A')], [listIndex('zip/lib/index', '1.0')]);
    await publisher().publish(p);
    const before = fake.writes().length;
    const again = await publisher().publish(p);
    expect(again.unchanged).toBe(true);
    expect(again.artifacts[0].outcome).toBe('unchanged');
    expect(again.indexes[0].outcome).toBe('unchanged');
    expect(fake.writes()).toHaveLength(before);
    expect(logger.text()).toContain('piksel/zip/lib/1.0/a.zip: already published, unchanged');
  });

  test('different content for a published version fails, naming the version and key, with nothing written', async () => {
    await publisher().publish(plan('1.0', [artifact('zip/lib/1.0/b.zip', 'B')]));
    const before = fake.writes().length;
    const attempt = publisher().publish(
      plan(
        '1.0',
        [artifact('zip/lib/1.0/a.zip', 'new file'), artifact('zip/lib/1.0/b.zip', 'B changed')],
        [listIndex('zip/lib/index', '1.0')],
      ),
    );
    await expect(attempt).rejects.toThrow(ConfigurationError);
    await expect(
      publisher().publish(
        plan('1.0', [artifact('zip/lib/1.0/a.zip', 'new file'), artifact('zip/lib/1.0/b.zip', 'B changed')]),
      ),
    ).rejects.toThrow(
      /zip lib 1\.0 is already published with different content:\n {2}piksel\/zip\/lib\/1\.0\/b\.zip: stored sha256 [0-9a-f]{64}, this file [0-9a-f]{64}\nVersions are immutable: publish a new version/,
    );
    expect(fake.writes()).toHaveLength(before);
    expect(fake.keys(BUCKET)).toEqual(['piksel/zip/lib/1.0/b.zip']);
  });

  test('on a store that ignores If-None-Match, the HEAD before writing still catches the conflict', async () => {
    fake.restore();
    fake = new FakeS3({ enforceConditions: false });
    // Written by another tool: no sha256 metadata, so the content is read and hashed.
    fake.seed(BUCKET, 'piksel/zip/lib/1.0/a.zip', 'A');
    const same = await publisher().publish(plan('1.0', [artifact('zip/lib/1.0/a.zip', 'A')]));
    expect(same.unchanged).toBe(true);
    await expect(publisher().publish(plan('1.0', [artifact('zip/lib/1.0/a.zip', 'X')]))).rejects.toThrow(/immutable/);
    expect(fake.versions(BUCKET, 'piksel/zip/lib/1.0/a.zip')).toHaveLength(1);
    expect(fake.requests.some((r) => r.command === 'GetObject' && r.key === 'piksel/zip/lib/1.0/a.zip')).toBe(true);
  });

  test.each([
    ['identical', 'A', 'unchanged'],
    ['different', 'Z', 'conflict'],
  ])(
    'a concurrent run writes the key between check and write (%s): the 412 is judged by content',
    async (_, theirs, expected) => {
      fake.beforeCommand = (command, key) => {
        if (command === 'PutObject' && key === 'piksel/zip/lib/1.0/a.zip' && !fake.current(BUCKET, key)) {
          fake.seed(BUCKET, key, theirs, { sha256: sha256(Buffer.from(theirs)) });
        }
      };
      const run = publisher().publish(
        plan('1.0', [artifact('zip/lib/1.0/a.zip', 'A')], [listIndex('zip/lib/index', '1.0')]),
      );
      if (expected === 'unchanged') {
        expect((await run).artifacts[0].outcome).toBe('unchanged');
        expect(fake.current(BUCKET, 'piksel/zip/lib/index')).toBeDefined();
      } else {
        await expect(run).rejects.toThrow(/1\.0 is already published with different content/);
        expect(fake.current(BUCKET, 'piksel/zip/lib/index')).toBeUndefined();
      }
      expect(fake.requests.find((r) => r.command === 'PutObject' && r.key === 'piksel/zip/lib/1.0/a.zip')!.status).toBe(
        412,
      );
    },
  );

  test('a version of many files is checked with one listing; a file already there is still caught', async () => {
    fake.restore();
    fake = new FakeS3({ enforceConditions: false });
    fake.seed(BUCKET, 'piksel/zip/lib/1.0/f3', 'old', { sha256: sha256(Buffer.from('old')) });
    const files = [1, 2, 3, 4, 5, 6].map((i) => artifact(`zip/lib/1.0/f${i}`, `new ${i}`));
    await expect(publisher().publish(plan('1.0', files))).rejects.toThrow(/piksel\/zip\/lib\/1\.0\/f3: stored sha256/);
    expect(fake.requests.filter((r) => r.command === 'ListObjectsV2').map((r) => r.key)).toEqual([
      'piksel/zip/lib/1.0/',
    ]);
    expect(fake.requests.filter((r) => r.command === 'HeadObject').map((r) => r.key)).toEqual([
      'piksel/zip/lib/1.0/f3',
    ]);
    expect(fake.writes()).toHaveLength(0);
  });

  test('a folder holding many files is not listed to the end: each planned key is checked instead', async () => {
    for (let i = 0; i < 3100; i++) fake.seed(BUCKET, `piksel/zip/lib/1.0/old-${String(i).padStart(4, '0')}`, 'x');
    const files = [1, 2, 3, 4, 5].map((i) => artifact(`zip/lib/1.0/f${i}`, `new ${i}`));
    const result = await publisher().publish(plan('1.0', files));
    expect(result.artifacts.every((a) => a.outcome === 'created')).toBe(true);
    expect(fake.requests.filter((r) => r.command === 'ListObjectsV2')).toHaveLength(3);
    expect(fake.requests.filter((r) => r.command === 'HeadObject')).toHaveLength(5);
  });

  test('without permission to list, every key is checked on its own', async () => {
    fake.failNext(
      'ListObjectsV2',
      Object.assign(new Error('Access Denied'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } }),
    );
    const files = [1, 2, 3, 4, 5].map((i) => artifact(`zip/lib/1.0/f${i}`, `new ${i}`));
    const result = await publisher().publish(plan('1.0', files));
    expect(result.artifacts.every((a) => a.outcome === 'created')).toBe(true);
    expect(fake.requests.filter((r) => r.command === 'HeadObject')).toHaveLength(5);
  });

  test('an index that refuses the plan (validate) stops it before any artifact is written', async () => {
    const index: IndexWrite = {
      ...listIndex('zip/lib/index', '1.0'),
      validate: (current) => {
        if (current) throw new ConfigurationError('1.0 is listed with other files');
      },
    };
    fake.seed(BUCKET, 'piksel/zip/lib/index', '1.0\n');
    await expect(publisher().publish(plan('1.0', [artifact('zip/lib/1.0/a.zip', 'A')], [index]))).rejects.toThrow(
      /other files/,
    );
    expect(fake.writes()).toHaveLength(0);
  });

  test('a key outside the prefix is refused before anything is read or written', async () => {
    await expect(publisher().publish(plan('1.0', [artifact('zip/../../other/x', 'A')]))).rejects.toThrow(
      /segment '\.\.'/,
    );
    expect(fake.requests).toHaveLength(0);
  });
});

describe('indexes under optimistic concurrency', () => {
  test('a 412 on the index re-reads and merges: the competing version is kept', async () => {
    let competed = false;
    fake.beforeCommand = (command, key) => {
      if (command === 'PutObject' && key === 'piksel/zip/lib/index' && !competed) {
        competed = true;
        fake.seed(BUCKET, key, '0.9\n');
      }
    };
    const result = await publisher().publish(
      plan('1.0', [artifact('zip/lib/1.0/a.zip', 'A')], [listIndex('zip/lib/index', '1.0')]),
    );
    expect(result.indexes[0].attempts).toBe(2);
    expect(fake.current(BUCKET, 'piksel/zip/lib/index')!.body.toString()).toBe('0.9\n1.0\n');
    const indexPuts = fake.requests.filter((r) => r.command === 'PutObject' && r.key === 'piksel/zip/lib/index');
    expect(indexPuts.map((r) => [r.status, r.ifNoneMatch, r.ifMatch])).toEqual([
      [412, '*', undefined],
      [200, undefined, fake.versions(BUCKET, 'piksel/zip/lib/index')[0].etag],
    ]);
  });

  test('the index is written only after every artifact, in plan order, derived checksums last', async () => {
    await publisher().publish(
      plan(
        '1.0',
        [artifact('zip/lib/1.0/a', 'A'), artifact('zip/lib/1.0/b', 'B')],
        [listIndex('zip/lib/i1', '1.0', true), listIndex('zip/lib/i2', '1.0')],
      ),
    );
    const order = fake.writes().map((w) => w.key);
    expect(order.slice(2)).toEqual(['piksel/zip/lib/i1', 'piksel/zip/lib/i1.sha1', 'piksel/zip/lib/i2']);
    expect(new Set(order.slice(0, 2))).toEqual(new Set(['piksel/zip/lib/1.0/a', 'piksel/zip/lib/1.0/b']));
  });

  test('an unchanged index writes only checksum files that are missing', async () => {
    const p = plan('1.0', [artifact('zip/lib/1.0/a', 'A')], [listIndex('zip/lib/i', '1.0', true)]);
    await publisher().publish(p);
    const writes = fake.writes().length;
    await publisher().publish(p);
    expect(fake.writes()).toHaveLength(writes);
    // An earlier run stopped after the index: the next identical publish repairs the checksum.
    fake.objects.delete(`${BUCKET}/piksel/zip/lib/i.sha1`);
    await publisher().publish(p);
    expect(
      fake
        .writes()
        .slice(writes)
        .map((w) => w.key),
    ).toEqual(['piksel/zip/lib/i.sha1']);
  });

  test('a throttled request is not retried around the SDK (its own retry is the only one): the failure names the key', async () => {
    fake.failNext('PutObject', FakeS3.throttled(), 'piksel/zip/lib/1.0/a');
    await expect(
      publisher().publish(plan('1.0', [artifact('zip/lib/1.0/a', 'A')], [listIndex('zip/lib/i', '1.0')])),
    ).rejects.toThrow(/PUT piksel\/zip\/lib\/1\.0\/a in s3:\/\/store failed: SlowDown, HTTP 503/);
    expect(fake.requests.filter((r) => r.command === 'PutObject')).toHaveLength(1);
    expect(fake.current(BUCKET, 'piksel/zip/lib/i')).toBeUndefined();
  });

  test('eight concurrent publishes of different versions: all eight in the index and its checksum agrees', async () => {
    const versions = ['1.0', '1.1', '1.2', '1.3', '2.0', '2.1', '3.0', '3.1'];
    await Promise.all(
      versions.map((v) =>
        publisher({ random: Math.random }).publish(
          plan(v, [artifact(`zip/lib/${v}/a`, v)], [listIndex('zip/lib/i', v, true)]),
        ),
      ),
    );
    const index = fake.current(BUCKET, 'piksel/zip/lib/i')!.body;
    expect(index.toString()).toBe(versions.join('\n') + '\n');
    expect(fake.current(BUCKET, 'piksel/zip/lib/i.sha1')!.body.toString()).toBe(
      createHash('sha1').update(index).digest('hex'),
    );
    expect(fake.requests.some((r) => r.key === 'piksel/zip/lib/i' && r.status === 412)).toBe(true);
  });

  test('eight concurrent npm publishes end with all eight versions in the packument', async () => {
    const versions = ['1.0.0', '1.0.1', '1.1.0', '1.2.0', '2.0.0', '2.0.1-rc.1', '2.1.0', '3.0.0'];
    const plans = await Promise.all(
      versions.map(async (v) => {
        const file = join(dir, `lib-${v}.tgz`);
        writeFileSync(file, await npmTarball({ name: '@acme/lib', version: v }));
        return planNpm([file], { storeUrl: 'https://cdn.example.com/piksel' });
      }),
    );
    await Promise.all(plans.map((p) => publisher({ random: Math.random }).publish(p)));
    const packument = JSON.parse(fake.current(BUCKET, 'piksel/npm/@acme/lib')!.body.toString()) as Packument;
    expect(Object.keys(packument.versions)).toEqual(versions);
    expect(packument['dist-tags'].latest).toBe('3.0.0');
    for (const v of versions) expect(fake.current(BUCKET, `piksel/npm/@acme/lib/-/lib-${v}.tgz`)).toBeDefined();
  });

  test('eight concurrent zip publishes end with all eight versions in index.json', async () => {
    const versions = ['1.0.0', '1.1.0', '1.2.0', '1.10.0', '2.0.0', '2.0.1', '2.2.0', '10.0.0'];
    writeFileSync(join(dir, 'bundle.zip'), 'same file name, different versions');
    const plans = await Promise.all(
      versions.map((v) =>
        planZip([join(dir, 'bundle.zip')], { storeUrl: 'https://x/piksel', name: 'bundle', version: v }),
      ),
    );
    await Promise.all(plans.map((p) => publisher({ random: Math.random }).publish(p)));
    const index = JSON.parse(fake.current(BUCKET, 'piksel/zip/bundle/index.json')!.body.toString()) as ZipIndex;
    expect(index.versions.map((v) => v.version)).toEqual(versions);
    expect(index.latest).toBe('10.0.0');
  });
});

describe('large files', () => {
  test('a part that is throttled once is sent again: the upload completes', async () => {
    const big = Buffer.alloc(12 * 1024 * 1024, 5);
    const file = join(dir, 'big.bin');
    writeFileSync(file, big);
    const { artifact: a } = await fileArtifact(file, 'zip/lib/1.0/big.bin', 'application/octet-stream');
    fake.failNext('UploadPart', FakeS3.throttled());
    const result = await publisher({ multipartThreshold: 6 * 1024 * 1024, partSize: 5 * 1024 * 1024 }).publish(
      plan('1.0', [a]),
    );
    expect(result.artifacts[0].outcome).toBe('created');
    expect(fake.current(BUCKET, 'piksel/zip/lib/1.0/big.bin')!.body.equals(big)).toBe(true);
    // Three parts, one of them sent twice: one retry layer, not the SDK's attempts multiplied by ours.
    expect(fake.requests.filter((r) => r.command === 'UploadPart')).toHaveLength(4);
  });

  test('parts larger than the memory for bodies are streamed from the file, throttled ones sent again', async () => {
    const big = Buffer.from(Array.from({ length: 12 * 1024 * 1024 }, (_, i) => (i * 7) % 251));
    const file = join(dir, 'big.bin');
    writeFileSync(file, big);
    const { artifact: a } = await fileArtifact(file, 'zip/lib/1.0/big.bin', 'application/octet-stream');
    fake.failNext('UploadPart', FakeS3.throttled());
    const options = { multipartThreshold: 6 * 1024 * 1024, partSize: 5 * 1024 * 1024, bodyMemory: 2 * 1024 * 1024 };
    await publisher(options).publish(plan('1.0', [a]));
    expect(fake.current(BUCKET, 'piksel/zip/lib/1.0/big.bin')!.body.equals(big)).toBe(true);
    expect(fake.requests.filter((r) => r.command === 'UploadPart')).toHaveLength(4);
  });

  test('a file cut short after planning is a ConfigurationError naming it, and it is not stored', async () => {
    const file = join(dir, 'shrinks.bin');
    writeFileSync(file, Buffer.alloc(3 * 1024 * 1024, 1));
    const { artifact: a } = await fileArtifact(file, 'zip/lib/1.0/shrinks.bin', 'application/octet-stream');
    writeFileSync(file, Buffer.alloc(1024 * 1024, 1));
    const attempt = publisher().publish(plan('1.0', [a]));
    await expect(attempt).rejects.toThrow(ConfigurationError);
    await expect(attempt).rejects.toThrow(`${file} changed while it was being published`);
    expect(fake.current(BUCKET, 'piksel/zip/lib/1.0/shrinks.bin')).toBeUndefined();
  });

  test('a part that still fails after its retries aborts the upload: no parts are left behind', async () => {
    const big = Buffer.alloc(12 * 1024 * 1024, 3);
    const file = join(dir, 'big.bin');
    writeFileSync(file, big);
    const { artifact: a } = await fileArtifact(file, 'zip/lib/1.0/big.bin', 'application/octet-stream');
    // Three parts, three attempts each: every attempt is throttled.
    for (let i = 0; i < 9; i++) fake.failNext('UploadPart', FakeS3.throttled());
    await expect(
      publisher({ multipartThreshold: 6 * 1024 * 1024, partSize: 5 * 1024 * 1024 }).publish(plan('1.0', [a])),
    ).rejects.toThrow(/multipart upload of piksel\/zip\/lib\/1\.0\/big\.bin in s3:\/\/store failed: SlowDown/);
    expect(fake.current(BUCKET, 'piksel/zip/lib/1.0/big.bin')).toBeUndefined();
    expect(fake.requests.filter((r) => r.command === 'CreateMultipartUpload')).toHaveLength(1);
    expect(fake.requests.filter((r) => r.command === 'AbortMultipartUpload')).toHaveLength(1);
    expect(fake.openUploads()).toBe(0);
  });

  test('go by multipart upload, four parts in flight, If-None-Match checked on completion', async () => {
    const big = Buffer.alloc(21 * 1024 * 1024, 7);
    const file = join(dir, 'big.bin');
    writeFileSync(file, big);
    const { artifact: a } = await fileArtifact(file, 'zip/lib/1.0/big.bin', 'application/octet-stream');
    expect(a.body).toEqual({ path: file });
    // The first four parts are held until all four are in flight: with fewer at once this never resolves.
    let arrived = 0;
    let maxInFlight = 0;
    let inFlight = 0;
    let releaseFirstFour: () => void = () => undefined;
    const firstFour = new Promise<void>((r) => (releaseFirstFour = r));
    fake.beforeCommand = async (command) => {
      if (command !== 'UploadPart') return;
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      if (++arrived <= 4) {
        if (arrived === 4) releaseFirstFour();
        await firstFour;
      }
      inFlight--;
    };
    const options = { multipartThreshold: 6 * 1024 * 1024, partSize: 5 * 1024 * 1024 };
    await publisher(options).publish(plan('1.0', [a]));
    const stored = fake.current(BUCKET, 'piksel/zip/lib/1.0/big.bin')!;
    expect(sha256(stored.body)).toBe(sha256(big));
    expect(stored.metadata.sha256).toBe(sha256(big));
    expect(stored.etag).toMatch(/-5"$/);
    expect(maxInFlight).toBe(4);
    expect(fake.requests.find((r) => r.command === 'CompleteMultipartUpload')!.ifNoneMatch).toBe('*');

    // Another run completes the same key between our check and our completion: 412, judged by content.
    const other = Buffer.alloc(21 * 1024 * 1024, 8);
    writeFileSync(file, other);
    const { artifact: b } = await fileArtifact(file, 'zip/lib/1.1/big.bin', 'application/octet-stream');
    fake.beforeCommand = (command, key) => {
      if (command === 'CompleteMultipartUpload' && !fake.current(BUCKET, 'piksel/zip/lib/1.1/big.bin')) {
        fake.seed(BUCKET, 'piksel/zip/lib/1.1/big.bin', Buffer.from('someone else'));
      }
      void key;
    };
    await expect(publisher(options).publish(plan('1.1', [b]))).rejects.toThrow(
      /1\.1 is already published with different content/,
    );
    expect(fake.versions(BUCKET, 'piksel/zip/lib/1.1/big.bin')).toHaveLength(1);
    expect(fake.openUploads()).toBe(0);
  });
});
