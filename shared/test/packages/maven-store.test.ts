import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { planMaven } from '../../src/packages/maven';
import { parseArtifactMetadata, parseSnapshotMetadata } from '../../src/packages/maven-metadata';
import type { PlanOptions } from '../../src/packages/types';
import { ConfigurationError } from '../../src/runtime/errors';
import { fakeStoreEachTest, fakeStorePublisher } from './fake-store';

/** Maven plans carried out by the store against a stateful S3 fake that enforces conditional writes. */

const BUCKET = 'store';
const PREFIX = 'piksel';
const each = fakeStoreEachTest('maven-store-');
const publisher = () => fakeStorePublisher(BUCKET, PREFIX);

function options(now = new Date('2026-11-24T05:00:00Z')): PlanOptions {
  return {
    storeUrl: 'https://cdn.example.com/piksel',
    now,
    readStored: async (key) => (await publisher().read(key))?.body,
  };
}

/** A jar built as `lib` at this version, with its pom inside; `content` changes the class bytes. */
function jar(version: string, content = version): string {
  const pom = `<project><modelVersion>4.0.0</modelVersion><groupId>com.acme</groupId><artifactId>lib</artifactId><version>${version}</version></project>`;
  const folder = join(each.dir, createHash('md5').update(`${version} ${content}`).digest('hex'));
  mkdirSync(folder);
  const path = join(folder, `lib-${version}.jar`);
  writeFileSync(
    path,
    zipSync({ 'com/acme/Lib.class': strToU8(content), 'META-INF/maven/com.acme/lib/pom.xml': strToU8(pom) }),
  );
  return path;
}

const stored = (key: string) => each.fake.current(BUCKET, `${PREFIX}/${key}`)?.body;

test('eight concurrent releases of different versions: all eight in maven-metadata.xml, checksums agreeing', async () => {
  const versions = ['1.0', '1.1', '1.2', '1.10', '2.0-rc1', '2.0', '2.1', '10.0'];
  const plans = await Promise.all(versions.map((v) => planMaven([jar(v)], options())));
  await Promise.all(plans.map((p) => publisher().publish(p)));
  const metadata = stored('maven/com/acme/lib/maven-metadata.xml')!;
  const parsed = parseArtifactMetadata(metadata, 'm');
  expect(parsed.versions).toEqual(versions);
  expect(parsed.latest).toBe('10.0');
  expect(parsed.release).toBe('10.0');
  for (const algorithm of ['md5', 'sha1', 'sha256', 'sha512']) {
    expect(stored(`maven/com/acme/lib/maven-metadata.xml.${algorithm}`)!.toString()).toBe(
      createHash(algorithm).update(metadata).digest('hex'),
    );
  }
  for (const v of versions) expect(stored(`maven/com/acme/lib/${v}/lib-${v}.jar.sha1`)).toBeDefined();
  expect(
    each.fake.requests.some((r) => r.key === `${PREFIX}/maven/com/acme/lib/maven-metadata.xml` && r.status === 412),
  ).toBe(true);
});

test('the same release again is unchanged; other content for it is refused with nothing written', async () => {
  const file = jar('1.0');
  await publisher().publish(await planMaven([file], options()));
  const again = await publisher().publish(await planMaven([file], options(new Date('2026-11-25T00:00:00Z'))));
  expect(again.unchanged).toBe(true);
  expect(again.indexes.map((i) => i.outcome)).toEqual(['unchanged']);

  const writes = each.fake.writes().length;
  const other = await planMaven([jar('1.0', 'rebuilt with other bytes')], options());
  const error = await publisher()
    .publish(other)
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigurationError);
  expect((error as Error).message).toMatch(/maven\/com\/acme\/lib\/1\.0\/lib-1\.0\.jar: stored sha256/);
  expect(each.fake.writes().length).toBe(writes);
});

test('snapshots: each upload takes the next build number from the stored metadata', async () => {
  for (const [i, second] of [0, 1, 2].entries()) {
    const plan = await planMaven(
      [jar('2.0-SNAPSHOT', `build ${i}`)],
      options(new Date(Date.UTC(2026, 10, 24, 5, 0, second))),
    );
    await publisher().publish(plan);
  }
  const metadata = parseSnapshotMetadata(stored('maven/com/acme/lib/2.0-SNAPSHOT/maven-metadata.xml')!, 'm');
  expect(metadata).toMatchObject({ timestamp: '20261124.050002', buildNumber: 3 });
  const jarEntry = metadata.snapshotVersions.find((e) => e.extension === 'jar')!;
  expect(jarEntry.value).toBe('2.0-20261124.050002-3');
  for (const build of ['20261124.050000-1', '20261124.050001-2', '20261124.050002-3']) {
    expect(stored(`maven/com/acme/lib/2.0-SNAPSHOT/lib-2.0-${build}.jar`)).toBeDefined();
  }
  expect(parseArtifactMetadata(stored('maven/com/acme/lib/maven-metadata.xml')!, 'm').versions).toEqual([
    '2.0-SNAPSHOT',
  ]);
});

test('two uploads of a snapshot planned from the same state: one wins, the other is told to re-run', async () => {
  await publisher().publish(await planMaven([jar('2.0-SNAPSHOT', 'first')], options()));
  const later = new Date('2026-11-24T06:00:00Z');
  const [a, b] = await Promise.all([
    planMaven([jar('2.0-SNAPSHOT', 'a')], options(later)),
    planMaven([jar('2.0-SNAPSHOT', 'b')], options(new Date(later.getTime() + 1000))),
  ]);
  const results = await Promise.allSettled([publisher().publish(a), publisher().publish(b)]);
  const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  expect(rejected).toHaveLength(1);
  expect(String(rejected[0].reason)).toMatch(/got build 2 .* Re-run the job to publish it as build 3/);
  // The metadata names build 2, and the file it names is there.
  const metadata = parseSnapshotMetadata(stored('maven/com/acme/lib/2.0-SNAPSHOT/maven-metadata.xml')!, 'm');
  expect(metadata.buildNumber).toBe(2);
  const value = metadata.snapshotVersions.find((e) => e.extension === 'jar')!.value;
  expect(stored(`maven/com/acme/lib/2.0-SNAPSHOT/lib-${value}.jar`)).toBeDefined();
});
