import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { planMaven } from '../../src/packages/maven';
import {
  mergeArtifactMetadata,
  mergeSnapshotMetadata,
  parseArtifactMetadata,
  parseSnapshotMetadata,
  renderArtifactMetadata,
  renderSnapshotMetadata,
  type SnapshotMetadata,
} from '../../src/packages/maven-metadata';
import type { PlanOptions } from '../../src/packages/types';
import { ConfigurationError } from '../../src/runtime/errors';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'maven-plan-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const NOW = new Date('2026-11-24T05:06:07Z');
const OPTIONS: PlanOptions = { storeUrl: 'https://artifacts.example.com/piksel', now: NOW };

function pomXml(fields: Record<string, string>, parent?: Record<string, string>): string {
  const tags = (f: Record<string, string>) =>
    Object.entries(f)
      .map(([k, v]) => `<${k}>${v}</${k}>`)
      .join('');
  return `<?xml version="1.0"?><project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>${
    parent ? `<parent>${tags(parent)}</parent>` : ''
  }${tags(fields)}</project>`;
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** A jar (zip) with class-like content and, optionally, Maven's embedded pom. */
function jar(name: string, embedded?: { groupId: string; artifactId: string; pom: string }): string {
  const entries: Record<string, Uint8Array> = { 'com/acme/A.class': strToU8(`class of ${name}`) };
  if (embedded) entries[`META-INF/maven/${embedded.groupId}/${embedded.artifactId}/pom.xml`] = strToU8(embedded.pom);
  return file(name, zipSync(entries));
}

const keys = (plan: { artifacts: { key: string }[] }) => plan.artifacts.map((a) => a.key);

test('a release: pom, jar and sources with four checksum files each, and the artifact metadata', async () => {
  const pom = pomXml({ groupId: 'com.acme.platform', artifactId: 'lib', version: '1.2.0' });
  const plan = await planMaven(
    [file('pom.xml', pom), jar('lib-1.2.0.jar'), jar('lib-1.2.0-sources.jar'), jar('lib-1.2.0-javadoc.jar')],
    OPTIONS,
  );
  const base = 'maven/com/acme/platform/lib/1.2.0/lib-1.2.0';
  const files = [`${base}.pom`, `${base}.jar`, `${base}-javadoc.jar`, `${base}-sources.jar`];
  expect(keys(plan)).toEqual(files.flatMap((f) => [f, ...['md5', 'sha1', 'sha256', 'sha512'].map((a) => `${f}.${a}`)]));
  expect(plan).toMatchObject({ type: 'maven', name: 'com.acme.platform:lib', version: '1.2.0', indexKey: 'maven/' });
  const pomArtifact = plan.artifacts[0];
  expect(pomArtifact.body).toEqual(Buffer.from(pom));
  expect(plan.artifacts[2].body.toString()).toBe(createHash('sha1').update(pom).digest('hex'));
  expect(plan.indexes.map((i) => i.key)).toEqual(['maven/com/acme/platform/lib/maven-metadata.xml']);

  const metadata = plan.indexes[0].merge(undefined)!;
  expect(parseArtifactMetadata(metadata, 'm')).toEqual({
    groupId: 'com.acme.platform',
    artifactId: 'lib',
    versions: ['1.2.0'],
    latest: '1.2.0',
    release: '1.2.0',
    lastUpdated: '20261124050607',
  });
  const derived = plan.indexes[0].derived!(metadata);
  expect(derived.map((d) => d.key)).toEqual(
    ['md5', 'sha1', 'sha256', 'sha512'].map((a) => `maven/com/acme/platform/lib/maven-metadata.xml.${a}`),
  );
  expect(derived[3].body.toString()).toBe(createHash('sha512').update(metadata).digest('hex'));
  // Publishing the same version again leaves the metadata as it is.
  expect(plan.indexes[0].merge(metadata)).toBeUndefined();
});

test('coordinates from the pom inside the jar, groupId and version inherited from the parent', async () => {
  const pom = pomXml({ artifactId: 'child' }, { groupId: 'org.example', artifactId: 'parent', version: '3.1' });
  const plan = await planMaven([jar('child-3.1.jar', { groupId: 'org.example', artifactId: 'child', pom })], OPTIONS);
  expect(plan.name).toBe('org.example:child');
  expect(plan.version).toBe('3.1');
  expect(plan.artifacts[0]).toMatchObject({ key: 'maven/org/example/child/3.1/child-3.1.pom', body: Buffer.from(pom) });
});

test('a shaded jar: its own pom is the one named like the jar', async () => {
  const own = pomXml({ groupId: 'com.acme', artifactId: 'app', version: '1.0' });
  const other = pomXml({ groupId: 'org.dep', artifactId: 'dep', version: '9' });
  const entries = {
    'META-INF/maven/com.acme/app/pom.xml': strToU8(own),
    'META-INF/maven/org.dep/dep/pom.xml': strToU8(other),
  };
  const plan = await planMaven([file('app-1.0.jar', zipSync(entries))], OPTIONS);
  expect(plan.name).toBe('com.acme:app');
});

test.each([
  ['1.0', '1.0', '1.0', '1.0'],
  ['1.0', '1.1', '1.1', '1.1'],
  ['2.0', '1.1', '2.0', '2.0'],
  ['2.0', '2.1-SNAPSHOT', '2.1-SNAPSHOT', '2.0'],
  ['1.0-SNAPSHOT', '1.0-rc1', '1.0-SNAPSHOT', '1.0-rc1'],
])('metadata with %s, adding %s: latest %s, release %s', (existing, added, latest, release) => {
  const current = mergeArtifactMetadata(undefined, { groupId: 'g', artifactId: 'a', version: existing, now: NOW })!;
  const merged = mergeArtifactMetadata(parseArtifactMetadata(renderArtifactMetadata(current), 'm'), {
    groupId: 'g',
    artifactId: 'a',
    version: added,
    now: NOW,
  });
  if (existing === added) {
    expect(merged).toBeUndefined();
    return;
  }
  expect(merged).toMatchObject({ latest, release: release === '-' ? undefined : release });
  expect(merged!.versions).toHaveLength(2);
});

test('versions are listed in Maven order, whatever order they were published in', () => {
  let xml: Buffer | undefined;
  for (const version of ['1.10', '1.9', '1.0', '1.0-rc1', '1.2-SNAPSHOT', '1.2']) {
    const current = xml ? parseArtifactMetadata(xml, 'm') : undefined;
    xml = renderArtifactMetadata(mergeArtifactMetadata(current, { groupId: 'g', artifactId: 'a', version, now: NOW })!);
  }
  const parsed = parseArtifactMetadata(xml!, 'm');
  expect(parsed.versions).toEqual(['1.0-rc1', '1.0', '1.2-SNAPSHOT', '1.2', '1.9', '1.10']);
  expect(parsed.latest).toBe('1.10');
  expect(parsed.release).toBe('1.10');
});

describe('snapshots', () => {
  const pom = pomXml({ groupId: 'com.acme', artifactId: 'lib', version: '2.0-SNAPSHOT' });

  test('first build: timestamped names, build 1, the version metadata before the artifact metadata', async () => {
    const plan = await planMaven(
      [file('pom.xml', pom), jar('lib-2.0-SNAPSHOT.jar'), jar('lib-2.0-SNAPSHOT-sources.jar')],
      {
        ...OPTIONS,
        readStored: () => Promise.resolve(undefined),
      },
    );
    const d = 'maven/com/acme/lib/2.0-SNAPSHOT';
    expect(keys(plan).filter((k) => !/\.(md5|sha\d+)$/.test(k))).toEqual([
      `${d}/lib-2.0-20261124.050607-1.pom`,
      `${d}/lib-2.0-20261124.050607-1.jar`,
      `${d}/lib-2.0-20261124.050607-1-sources.jar`,
    ]);
    expect(plan.indexes.map((i) => i.key)).toEqual([
      `${d}/maven-metadata.xml`,
      'maven/com/acme/lib/maven-metadata.xml',
    ]);
    const metadata = parseSnapshotMetadata(plan.indexes[0].merge(undefined)!, 'm');
    expect(metadata).toEqual({
      groupId: 'com.acme',
      artifactId: 'lib',
      version: '2.0-SNAPSHOT',
      timestamp: '20261124.050607',
      buildNumber: 1,
      lastUpdated: '20261124050607',
      snapshotVersions: [
        { classifier: undefined, extension: 'jar', value: '2.0-20261124.050607-1', updated: '20261124050607' },
        { classifier: undefined, extension: 'pom', value: '2.0-20261124.050607-1', updated: '20261124050607' },
        { classifier: 'sources', extension: 'jar', value: '2.0-20261124.050607-1', updated: '20261124050607' },
      ],
    });
    const artifactLevel = parseArtifactMetadata(plan.indexes[1].merge(undefined)!, 'm');
    expect(artifactLevel).toMatchObject({ versions: ['2.0-SNAPSHOT'], latest: '2.0-SNAPSHOT', release: undefined });
  });

  test('the next build number comes from the stored metadata; other classifiers are kept', async () => {
    const stored: SnapshotMetadata = {
      groupId: 'com.acme',
      artifactId: 'lib',
      version: '2.0-SNAPSHOT',
      timestamp: '20261120.101010',
      buildNumber: 6,
      lastUpdated: '20261120101010',
      snapshotVersions: [
        { extension: 'jar', value: '2.0-20261120.101010-6', updated: '20261120101010' },
        { classifier: 'javadoc', extension: 'jar', value: '2.0-20261120.101010-6', updated: '20261120101010' },
      ],
    };
    const storedXml = renderSnapshotMetadata(stored);
    const read: string[] = [];
    const plan = await planMaven([file('pom.xml', pom), jar('lib-2.0-SNAPSHOT.jar')], {
      ...OPTIONS,
      readStored: (key) => {
        read.push(key);
        return Promise.resolve(storedXml);
      },
    });
    expect(read).toEqual(['maven/com/acme/lib/2.0-SNAPSHOT/maven-metadata.xml']);
    expect(keys(plan)).toContain('maven/com/acme/lib/2.0-SNAPSHOT/lib-2.0-20261124.050607-7.jar');
    const merged = parseSnapshotMetadata(plan.indexes[0].merge(storedXml)!, 'm');
    expect(merged.buildNumber).toBe(7);
    expect(merged.snapshotVersions.map((e) => `${e.classifier ?? ''}.${e.extension}=${e.value}`)).toEqual([
      '.jar=2.0-20261124.050607-7',
      '.pom=2.0-20261124.050607-7',
      'javadoc.jar=2.0-20261120.101010-6',
    ]);
    expect(() => plan.indexes[0].validate!(storedXml)).not.toThrow();
  });

  test('a build number taken by a concurrent publish is refused before anything is written', async () => {
    const plan = await planMaven([file('pom.xml', pom), jar('lib-2.0-SNAPSHOT.jar')], {
      ...OPTIONS,
      readStored: () => Promise.resolve(undefined),
    });
    const raced = renderSnapshotMetadata({
      groupId: 'com.acme',
      artifactId: 'lib',
      version: '2.0-SNAPSHOT',
      timestamp: '20261124.050607',
      buildNumber: 1,
      lastUpdated: '20261124050607',
      snapshotVersions: [],
    });
    expect(() => plan.indexes[0].validate!(raced)).toThrow(/got build 1 .* Re-run the job to publish it as build 2/);
    expect(() => mergeSnapshotMetadata(parseSnapshotMetadata(raced, 'm'), parseSnapshotMetadata(raced, 'm'))).toThrow();
  });
});

describe('refused with a ConfigurationError that says what to change', () => {
  const good = pomXml({ groupId: 'com.acme', artifactId: 'lib', version: '1.0' });
  test.each<[string, () => string[], RegExp]>([
    ['no coordinates at all', () => [jar('lib-1.0.jar')], /No Maven coordinates.*Add the pom/],
    ['a pom without a version', () => [file('pom.xml', pomXml({ groupId: 'g', artifactId: 'a' }))], /has no version/],
    ['a pom without groupId or parent', () => [file('pom.xml', pomXml({ artifactId: 'a', version: '1' }))], /has no groupId/],
    ['not XML', () => [file('pom.xml', '<project><groupId>')], /pom\.xml/],
    ['not a pom', () => [file('pom.xml', '<settings/>')], /no <project> element/],
    ['an unresolved property', () => [file('pom.xml', pomXml({ groupId: 'g', artifactId: 'a', version: '${revision}' }))], /unresolved property/],
    ['traversal in groupId', () => [file('pom.xml', pomXml({ groupId: 'com..acme', artifactId: 'a', version: '1' }))], /groupId 'com\.\.acme'/],
    ['a slash in groupId', () => [file('pom.xml', pomXml({ groupId: 'com/../../x', artifactId: 'a', version: '1' }))], /groupId/],
    ['a dot-dot artifactId', () => [file('pom.xml', pomXml({ groupId: 'g', artifactId: '..', version: '1' }))], /artifactId '\.\.'/],
    ['an encoded separator in the version', () => [file('pom.xml', pomXml({ groupId: 'g', artifactId: 'a', version: '1%2f..' }))], /Version '1%2f\.\.'/],
    ['a version with a plus', () => [file('pom.xml', pomXml({ groupId: 'g', artifactId: 'a', version: '1.0+build.5', packaging: 'pom' }))], /Version '1\.0\+build\.5' .* is not allowed/],
    ['a version with a slash', () => [file('pom.xml', pomXml({ groupId: 'g', artifactId: 'a', version: '1.0/../2' }))], /Version/],
    ['a timestamped snapshot version', () => [file('pom.xml', pomXml({ groupId: 'g', artifactId: 'a', version: '1.0-20261124.050607-3' }))], /publish it as '1\.0-SNAPSHOT'/],
    ['two poms', () => [file('pom.xml', good), file('lib-1.0.pom', good)], /one pom/],
    ['a file of another kind', () => [file('pom.xml', good), file('lib-1.0.tar.gz', 'x')], /lib-1\.0\.tar\.gz is not a Maven artifact/],
    ['jar packaging without a jar', () => [file('pom.xml', good)], /packaging 'jar' but 'path' has no jar/],
    ['a jar that is not a zip', () => [file('pom.xml', good), file('lib-1.0.jar', 'not a zip')], /not a valid jar/],
    ['pom and jar of different versions', () => [
      file('pom.xml', good),
      jar('lib-1.0.jar', { groupId: 'com.acme', artifactId: 'lib', pom: pomXml({ groupId: 'com.acme', artifactId: 'lib', version: '0.9' }) }),
    ], /built as com\.acme:lib:0\.9 .* says com\.acme:lib:1\.0/],
    ['a jar of another artifact', () => [
      file('pom.xml', good),
      jar('other-2.jar', { groupId: 'org.x', artifactId: 'other', pom: pomXml({ groupId: 'org.x', artifactId: 'other', version: '2' }) }),
    ], /built as org\.x:other:2/],
    ['two jars for one slot', () => [file('pom.xml', good), jar('lib-1.0.jar'), jar('lib.jar')], /would both be lib-1\.0\.jar/],
    ['jars with several poms and none named like them', () => [
      file('bundle.jar', zipSync({
        'META-INF/maven/a/x/pom.xml': strToU8(pomXml({ groupId: 'a', artifactId: 'x', version: '1' })),
        'META-INF/maven/b/y/pom.xml': strToU8(pomXml({ groupId: 'b', artifactId: 'y', version: '1' })),
      })),
    ], /Cannot tell which pom/],
  ])('%s', async (_, files, message) => {
    const error = await planMaven(files(), OPTIONS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(message);
  }); // prettier-ignore

  test('inputs that contradict the pom', async () => {
    const files = [file('pom.xml', good), jar('lib-1.0.jar')];
    await expect(planMaven(files, { ...OPTIONS, version: '2.0' })).rejects.toThrow(/Input 'version' is '2\.0'/);
    await expect(planMaven(files, { ...OPTIONS, name: 'com.acme:other' })).rejects.toThrow(/Input 'name'/);
    await expect(planMaven(files, { ...OPTIONS, name: 'com.acme:lib', version: '1.0' })).resolves.toBeDefined();
  });
});

test('a malformed stored metadata file is an internal error naming the key, not a silent overwrite', async () => {
  const plan = await planMaven([file('pom.xml', pomXml({ groupId: 'g', artifactId: 'a', version: '1', packaging: 'pom' }))], OPTIONS);
  expect(() => plan.indexes[0].merge(Buffer.from('<html>not metadata</html>'))).toThrow(/maven-metadata\.xml has no <metadata>/);
}); // prettier-ignore
