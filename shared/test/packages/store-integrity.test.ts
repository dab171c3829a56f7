import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { strToU8, zipSync } from 'fflate';
import { planMaven } from '../../src/packages/maven';
import { planPython } from '../../src/packages/python';
import { PackagePublisher, type StoreOptions } from '../../src/packages/store';
import type { ArtifactWrite, IndexWrite, PlanOptions, PublishPlan } from '../../src/packages/types';
import { CLAIM_TTL_MS, claimOwner, nextClaim, type ClaimDocument } from '../../src/packages/version-claim';
import { planZip } from '../../src/packages/zip';
import { ConfigurationError } from '../../src/runtime/errors';
import { MemoryLogger } from '../../../test/utils/loggers';
import { fakeS3Client, FakeS3 } from '../../../test/fakes/s3';

/**
 * What a store with other writers can hold: forged objects (metadata that lies about their content), another
 * run's half-published version, another artifact's Maven metadata, keys beyond S3's limit. Against the S3 fake
 * that computes SHA-256 checksums and enforces conditional writes, as S3 does.
 */

const BUCKET = 'store';
const PREFIX = 'piksel';
const NOW = new Date('2026-11-24T05:00:00Z');
const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

let fake: FakeS3;
let dir: string;

beforeEach(() => {
  fake = new FakeS3();
  dir = mkdtempSync(join(tmpdir(), 'store-integrity-'));
});
afterEach(() => {
  fake.restore();
  rmSync(dir, { recursive: true, force: true });
});

function publisher(options: Partial<StoreOptions> = {}, prefix = PREFIX): PackagePublisher {
  return new PackagePublisher(
    { s3: fakeS3Client(), bucket: BUCKET, prefix },
    { logger: new MemoryLogger(), sleep: async () => undefined, now: () => NOW, ...options },
  );
}

const planOptions: PlanOptions = {
  storeUrl: 'https://cdn.example.com/piksel',
  now: NOW,
  readStored: async (key) => (await publisher().read(key))?.body,
};

function file(name: string, content: string | Buffer): string {
  const folder = mkdtempSync(join(dir, 'f-'));
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

function artifact(key: string, content: string | Buffer): ArtifactWrite {
  const body = Buffer.from(content);
  return { key, body, size: body.length, contentType: 'application/octet-stream', sha256: sha256(body) };
}

/** Another writer puts an object the way an S3 client does: with a SHA-256 checksum S3 computes, and any metadata. */
async function forge(key: string, body: Buffer | string, metadata: Record<string, string>): Promise<void> {
  await fakeS3Client().send(
    new PutObjectCommand({
      Bucket: BUCKET,
      Key: key,
      Body: Buffer.from(body),
      Metadata: metadata,
      ChecksumAlgorithm: 'SHA256',
    }),
  );
}

const gets = (key: string) => fake.requests.filter((r) => r.command === 'GetObject' && r.key === key).length;

describe('stored content is judged by what S3 computed, never by metadata', () => {
  test.each([
    ['with an S3 checksum (judged by it, nothing read back)', true],
    ['without one (read back and hashed)', false],
  ])('a forged object whose sha256 metadata is the real file is a conflict, %s', async (_, checksum) => {
    const real = 'the real jar';
    const key = `${PREFIX}/zip/lib/1.1.0/lib-1.1.0.jar`;
    if (checksum) await forge(key, 'other bytes', { sha256: sha256(real) });
    else fake.seed(BUCKET, key, 'other bytes', { sha256: sha256(real) });
    const plan = await planZip([file('lib-1.1.0.jar', real)], { ...planOptions, name: 'lib', version: '1.1.0' });
    const before = fake.writes().length;
    await expect(publisher().publish(plan)).rejects.toThrow(
      new RegExp(`lib-1\\.1\\.0\\.jar: stored sha256 ${sha256('other bytes')}, this file ${sha256(real)}`),
    );
    expect(fake.writes()).toHaveLength(before);
    expect(gets(key)).toBe(checksum ? 0 : 1);
  });

  test('an object this store wrote is recognised by its S3 checksum on a re-run, without reading it back', async () => {
    const plan = await planZip([file('a.zip', 'A')], { ...planOptions, name: 'bundle', version: '1.0.0' });
    await publisher().publish(plan);
    const again = await publisher().publish(plan);
    expect(again.unchanged).toBe(true);
    expect(fake.requests.filter((r) => r.command === 'GetObject' && r.key.endsWith('a.zip'))).toHaveLength(0);
    expect(fake.current(BUCKET, `${PREFIX}/zip/bundle/1.0.0/a.zip`)!.checksumSHA256).toBe(
      createHash('sha256').update('A').digest('base64'),
    );
  });

  test('a multipart object: its composite checksum matches this file in this part size, or it is read back', async () => {
    const big = Buffer.alloc(11 * 1024 * 1024, 7);
    const path = file('big.bin', big);
    const options = { multipartThreshold: 6 * 1024 * 1024, partSize: 5 * 1024 * 1024 };
    const plan = await planZip([path], { ...planOptions, name: 'big', version: '1' });
    await publisher(options).publish(plan);
    const key = `${PREFIX}/zip/big/1/big.bin`;
    expect(fake.current(BUCKET, key)!.checksumSHA256).toMatch(/-3$/);
    expect((await publisher(options).publish(plan)).unchanged).toBe(true);
    expect(gets(key)).toBe(0);
    // Another part size: the composite cannot be compared, so the content is read back (and is the same).
    expect((await publisher({ ...options, partSize: 6 * 1024 * 1024 }).publish(plan)).unchanged).toBe(true);
    expect(gets(key)).toBe(1);
  });

  test('the S3 fake refuses a body that does not match the checksum sent, as S3 does', async () => {
    const wrong = createHash('sha256').update('other').digest('base64');
    await expect(
      fakeS3Client().send(
        new PutObjectCommand({ Bucket: BUCKET, Key: 'k', Body: Buffer.from('x'), ChecksumSHA256: wrong }),
      ),
    ).rejects.toThrow(/did not match/);
  });
});

// ---------------------------------------------------------------------------------------------------------------

function wheel(name: string, version: string, tag: string, content: string): string {
  return file(
    `${name}-${version}-${tag}.whl`,
    Buffer.from(
      zipSync({
        [`${name}/__init__.py`]: strToU8(content),
        [`${name}-${version}.dist-info/METADATA`]: strToU8(
          `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\n`,
        ),
      }),
    ),
  );
}

function mavenJar(groupId: string, artifactId: string, version: string, content: string): string {
  const pom = `<project><modelVersion>4.0.0</modelVersion><groupId>${groupId}</groupId><artifactId>${artifactId}</artifactId><version>${version}</version></project>`;
  return file(
    `${artifactId}-${version}.jar`,
    Buffer.from(
      zipSync({
        'x/Lib.class': strToU8(content),
        [`META-INF/maven/${groupId}/${artifactId}/pom.xml`]: strToU8(pom),
      }),
    ),
  );
}

/** The keys under the prefix, without the claims. */
const storedKeys = () => fake.keys(BUCKET).filter((k) => !k.startsWith(`${PREFIX}/.claims/`));

describe('a version is claimed before any of its files is written', () => {
  const racers: [string, () => Promise<[PublishPlan, PublishPlan]>][] = [
    [
      'zip bundle 1.0.0 with different files',
      async () => [
        await planZip([file('a.zip', 'A')], { ...planOptions, name: 'bundle', version: '1.0.0' }),
        await planZip([file('b.zip', 'B')], { ...planOptions, name: 'bundle', version: '1.0.0' }),
      ],
    ],
    [
      'maven com.acme:lib:1.0 with different jars',
      async () => [
        await planMaven([mavenJar('com.acme', 'lib', '1.0', 'one')], planOptions),
        await planMaven([mavenJar('com.acme', 'lib', '1.0', 'two')], planOptions),
      ],
    ],
    [
      'python greet 1.0 with different builds of one wheel',
      async () => [
        await planPython([wheel('greet', '1.0', 'py3-none-any', 'one')], planOptions),
        await planPython([wheel('greet', '1.0', 'py3-none-any', 'two')], planOptions),
      ],
    ],
  ];

  test.each(racers)('two racing publishes of %s: one wins, the loser writes nothing', async (_, plans) => {
    const [first, second] = await plans();
    const results = await Promise.allSettled([publisher().publish(first), publisher().publish(second)]);
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toBeInstanceOf(ConfigurationError);
    expect(String(lost[0].reason)).toMatch(/being published by another run with different files|already published/);
    const winner = results[0].status === 'fulfilled' ? first : second;
    const loser = winner === first ? second : first;
    const loserOnly = loser.artifacts
      .filter((a) => !winner.artifacts.some((w) => w.key === a.key))
      .map((a) => `${PREFIX}/${a.key}`);
    for (const key of loserOnly) expect(fake.current(BUCKET, key)).toBeUndefined();
    for (const a of winner.artifacts) expect(fake.current(BUCKET, `${PREFIX}/${a.key}`)!.body.length).toBe(a.size);
    // The files and the claim were written with a condition, as the bucket policy requires; the claim under the prefix.
    const claimKey = `${PREFIX}/${winner.claim!.key}`;
    const conditional = new Set([
      claimKey,
      ...[...first.artifacts, ...second.artifacts].map((a) => `${PREFIX}/${a.key}`),
    ]);
    const writes = fake.writes().filter((w) => conditional.has(w.key));
    expect(writes.some((w) => w.key === claimKey)).toBe(true);
    for (const w of writes) expect(w.ifNoneMatch ?? w.ifMatch).toBeDefined();
  });

  test('a snapshot build claimed by another run: the refusal says to re-run for the next build', async () => {
    const plan = await planMaven([mavenJar('com.acme', 'lib', '1.0-SNAPSHOT', 'mine')], planOptions);
    const theirs = await planMaven([mavenJar('com.acme', 'lib', '1.0-SNAPSHOT', 'theirs')], planOptions);
    expect(plan.claim!.key).toBe('.claims/maven/com.acme/lib/1.0-20261124.050000-1');
    fake.seed(BUCKET, `${PREFIX}/${plan.claim!.key}`, JSON.stringify(claimOf(theirs, NOW)));
    await expect(publisher().publish(plan)).rejects.toThrow(
      /Re-run the job: 1\.0-SNAPSHOT is then published as the next build \(nothing of 1\.0-SNAPSHOT was written/,
    );
    expect(storedKeys()).toEqual([]);
  });

  test('python wheels of one release from two jobs are both published (a claim adds files)', async () => {
    const linux = await planPython([wheel('greet', '1.0', 'cp312-cp312-manylinux_2_17_x86_64', 'l')], planOptions);
    const mac = await planPython([wheel('greet', '1.0', 'cp312-cp312-macosx_11_0_arm64', 'm')], planOptions);
    const results = await Promise.allSettled([publisher().publish(linux), publisher().publish(mac)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    expect(storedKeys().filter((k) => k.endsWith('.whl'))).toHaveLength(2);
  });

  test('a re-run with identical files proceeds; a live claim with other files refuses, naming when it lapses', async () => {
    const a = await planZip([file('a.zip', 'A')], { ...planOptions, name: 'bundle', version: '2.0.0' });
    const claimKey = `${PREFIX}/.claims/zip/bundle/2.0.0`;
    // A run claimed the version and stopped before writing a file.
    const crashed = await planZip([file('a.zip', 'crashed')], { ...planOptions, name: 'bundle', version: '2.0.0' });
    fake.seed(BUCKET, claimKey, JSON.stringify(claimOf(crashed, new Date(NOW.getTime() - 60_000))));
    await expect(publisher().publish(a)).rejects.toThrow(
      /bundle 2\.0\.0 is being published by another run \(acme\/app run 7\) with different files:[\s\S]*lapses at 2026-11-24T05:29:00\.000Z/,
    );
    expect(storedKeys()).toEqual([]);
    // Past the claim's time it is taken over (If-Match on the claim), and a re-run of the same files proceeds.
    const later = () => new Date(NOW.getTime() + CLAIM_TTL_MS);
    await publisher({ now: later }).publish(a);
    expect(fake.writes().find((w) => w.key === claimKey)!.ifMatch).toBeDefined();
    const again = await publisher({ now: later }).publish(a);
    expect(again.unchanged).toBe(true);
  });
});

function claimOf(plan: PublishPlan, at: Date): ClaimDocument {
  return {
    type: plan.type,
    name: plan.name,
    version: plan.version,
    files: Object.fromEntries(
      plan.artifacts.map((x) => [
        `${PREFIX}/${x.key}`,
        { sha256: x.sha256, claimedAt: at.toISOString(), owner: 'acme/app run 7' },
      ]),
    ),
  };
}

describe('nextClaim', () => {
  const at = (minutesAgo: number) => new Date(NOW.getTime() - minutesAgo * 60_000).toISOString();
  const doc = (files: Record<string, [string, number]>): ClaimDocument => ({
    type: 'zip',
    name: 'n',
    version: '1',
    files: Object.fromEntries(Object.entries(files).map(([k, [sha, ago]]) => [k, { sha256: sha, claimedAt: at(ago) }])),
  });
  const ours = doc({ a: ['1', 0], b: ['2', 0] });
  test.each<[string, ClaimDocument | undefined, boolean, 'write' | 'none' | 'refuse']>([
    ['no claim yet', undefined, false, 'write'],
    ['the same files', doc({ a: ['1', 5], b: ['2', 5] }), false, 'none'],
    ['other content, live', doc({ a: ['1', 5], b: ['X', 5] }), false, 'refuse'],
    ['fewer files, live', doc({ a: ['1', 5] }), false, 'refuse'],
    ['more files, live', doc({ a: ['1', 5], b: ['2', 5], c: ['3', 5] }), false, 'refuse'],
    ['other content, lapsed', doc({ a: ['1', 31], b: ['X', 31] }), false, 'write'],
    ['additive: other files of the version', doc({ c: ['3', 5] }), true, 'write'],
    ['additive: the same files', doc({ a: ['1', 5], b: ['2', 5], c: ['3', 5] }), true, 'none'],
    ['additive: one of ours with other content, live', doc({ a: ['X', 5] }), true, 'refuse'],
    ['additive: one of ours with other content, lapsed', doc({ a: ['X', 40] }), true, 'write'],
  ])('%s', (_, current, additive, expected) => {
    const run = () => nextClaim(current, ours, { now: NOW, additive, claimKey: 'p/.claims/zip/n/1' });
    if (expected === 'refuse') {
      expect(run).toThrow(ConfigurationError);
      return;
    }
    const next = run();
    if (expected === 'none') expect(next).toBeUndefined();
    else expect(Object.keys(next!.files)).toEqual(expect.arrayContaining(Object.keys(ours.files)));
  });
});

describe('a claim of a run that stopped', () => {
  const entry = (sha256: string, job: string, attempt: number) => ({
    sha256,
    claimedAt: new Date(NOW.getTime() - 60_000).toISOString(),
    job,
    attempt,
  });
  const claim = (files: Record<string, ReturnType<typeof entry>>): ClaimDocument => ({
    type: 'zip',
    name: 'n',
    version: '1',
    files,
  });
  const ours = claim({ a: { ...entry('new', 'acme/app/7/publish', 2), claimedAt: NOW.toISOString() } });
  const options = { now: NOW, additive: false, claimKey: 'p/.claims/zip/n/1' };

  test('is taken over at once by a later attempt of the same job (GitHub runs attempts one after the other)', () => {
    expect(nextClaim(claim({ a: entry('old', 'acme/app/7/publish', 1) }), ours, options)).toBe(ours);
  });

  test.each([
    ['another job of the same run and attempt (a matrix leg runs beside this one)', 'acme/app/7/publish', 2],
    ['the same job of another run', 'acme/app/8/publish', 1],
  ])('is not taken over by %s', (_, job, attempt) => {
    expect(() => nextClaim(claim({ a: entry('old', job, attempt) }), ours, options)).toThrow(/lapses at/);
  });

  test('the runner environment names the job and the attempt', () => {
    expect(
      claimOwner({ GITHUB_REPOSITORY: 'acme/app', GITHUB_RUN_ID: '7', GITHUB_RUN_ATTEMPT: '2', GITHUB_JOB: 'publish' }),
    ).toEqual({ owner: 'acme/app run 7 attempt 2 job publish', job: 'acme/app/7/publish', attempt: 2 });
    expect(claimOwner({})).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('Maven metadata of another artifact is never merged', () => {
  test.each([
    ['com.acme:lib:1.0-SNAPSHOT', 'com.acme.lib:1.0-SNAPSHOT:2.0'],
    ['com.acme.lib:1.0-SNAPSHOT:2.0', 'com.acme:lib:1.0-SNAPSHOT'],
    ['com.acme:lib:2.0', 'com.acme.lib:2.0:3.0'],
    ['com.acme.lib:2.0:3.0', 'com.acme:lib:2.0'],
  ])('%s published, then %s: refused before any write', async (first, second) => {
    const plan = async (gav: string) => {
      const [g, a, v] = gav.split(':');
      return planMaven([mavenJar(g, a, v, gav)], planOptions);
    };
    await publisher().publish(await plan(first));
    const before = new Map(fake.keys(BUCKET).map((k) => [k, fake.current(BUCKET, k)!.etag]));
    const writes = fake.writes().length;
    const attempt = publisher().publish(await plan(second));
    await expect(attempt).rejects.toThrow(ConfigurationError);
    await expect(attempt).rejects.toThrow(/folders overlap in the Maven layout/);
    expect(fake.writes()).toHaveLength(writes);
    expect(new Map(fake.keys(BUCKET).map((k) => [k, fake.current(BUCKET, k)!.etag]))).toEqual(before);
  });
});

// ---------------------------------------------------------------------------------------------------------------

/** An index whose derived checksum file has a longer key than the index itself, as maven-metadata.xml.sha512 does. */
function indexWithSha512(key: string): IndexWrite {
  return {
    key,
    contentType: 'text/plain',
    merge: (current) => (current ? undefined : Buffer.from('1\n')),
    derived: (content) => [{ key: `${key}.sha512`, body: Buffer.from(sha256(content)), contentType: 'text/plain' }],
  };
}

describe('every key is checked as UTF-8 bytes of the full key before the first write', () => {
  test.each([
    // 1,000 characters but 1,500 bytes with the key: a non-ASCII prefix.
    [
      'a non-ASCII prefix',
      ['é'.repeat(200), 'é'.repeat(200), 'é'.repeat(200)].join('/'),
      'zip/x/1/a.zip',
      'zip/x/index',
    ],
    // The index fits, its checksum file (7 bytes longer) does not.
    [
      'a derived checksum file',
      // 1,009 bytes: the index key is 1,021, its .sha512 file 1,028.
      [...Array(4).fill('p'.repeat(200)), 'p'.repeat(205)].join('/'),
      'zip/x/1/a',
      'zip/x/index',
    ],
  ])('%s beyond 1,024 bytes is refused with nothing written', async (_, prefix, artifactKey, indexKey) => {
    const plan: PublishPlan = {
      type: 'zip',
      name: 'x',
      version: '1',
      artifacts: [artifact(artifactKey, 'A')],
      indexes: [indexWithSha512(indexKey)],
      indexKey,
    };
    await expect(publisher({}, prefix).publish(plan)).rejects.toThrow(/bytes in UTF-8 .*S3 allows at most 1024/);
    expect(fake.writes()).toHaveLength(0);
  });
});
