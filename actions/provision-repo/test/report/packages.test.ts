import { indexKeys, packageFromIndex, pythonFileVersion, type StoredObject } from '../../src/report/packages';

/** Reading the package store back: which keys are indexes, and what each index says, sized from the listing. */

const objects = (entries: Record<string, number>): StoredObject[] =>
  Object.entries(entries).map(([key, size]) => ({ key, size }));

function read(format: Parameters<typeof packageFromIndex>[0], key: string, index: unknown, store: StoredObject[]) {
  const sizes = new Map(store.map((o) => [o.key, o.size]));
  const body = Buffer.from(typeof index === 'string' ? index : JSON.stringify(index));
  return packageFromIndex(format, key, body, sizes, [...sizes.keys()].sort());
}

test('index keys: packuments, zip and simple JSON indexes, and only artifact-level maven-metadata.xml', () => {
  const store = objects({
    'npm/lib': 1,
    'npm/lib/-/lib-1.0.0.tgz': 1,
    'npm/@acme/lib': 1,
    'npm/@acme/lib/-/lib-1.0.0.tgz': 1,
    'zip/site/index.json': 1,
    'zip/site/1.0/site.zip': 1,
    'python/simple/index.json': 1,
    'python/simple/greet-tools/index.json': 1,
    'python/simple/greet-tools/': 1,
    'maven/com/acme/greet/maven-metadata.xml': 1,
    'maven/com/acme/greet/maven-metadata.xml.sha1': 1,
    'maven/com/acme/greet/1.0-SNAPSHOT/maven-metadata.xml': 1,
  });
  expect(indexKeys(store)).toEqual([
    { format: 'npm', key: 'npm/lib' },
    { format: 'npm', key: 'npm/@acme/lib' },
    { format: 'zip', key: 'zip/site/index.json' },
    { format: 'python', key: 'python/simple/greet-tools/index.json' },
    { format: 'maven', key: 'maven/com/acme/greet/maven-metadata.xml' },
  ]);
});

test.each([
  ['greet_tools-0.3.0-py3-none-any.whl', '0.3.0'],
  ['greet_tools-1.0.0rc1-1-cp312-cp312-manylinux_2_17_x86_64.whl', '1.0.0rc1'],
  ['greet-tools-2.1.tar.gz', '2.1'],
  ['greet_tools-2.1.zip', '2.1'],
  ['README.txt', undefined],
])('the version of %s is %s', (file, version) => {
  expect(pythonFileVersion(file)).toBe(version);
});

test('npm: versions from the packument, sizes of their tarballs, publication times and latest', () => {
  const store = objects({
    'npm/@acme/lib': 900,
    'npm/@acme/lib/-/lib-1.0.0.tgz': 1200,
    'npm/@acme/lib/-/lib-1.1.0.tgz': 1300,
  });
  const pkg = read(
    'npm',
    'npm/@acme/lib',
    {
      name: '@acme/lib',
      'dist-tags': { latest: '1.1.0' },
      versions: { '1.0.0': {}, '1.1.0': {}, '2.0.0': {} },
      time: { '1.0.0': '2026-01-01T00:00:00.000Z' },
    },
    store,
  );
  expect(pkg).toMatchObject({ format: 'npm', name: '@acme/lib', latest: '1.1.0', sizeBytes: 2500 });
  expect(pkg.versions).toEqual([
    { version: '1.0.0', sizeBytes: 1200, files: 1, published: '2026-01-01T00:00:00.000Z' },
    { version: '1.1.0', sizeBytes: 1300, files: 1, published: undefined },
    // Listed in the packument but its tarball is gone: shown with nothing stored.
    { version: '2.0.0', sizeBytes: 0, files: 0, published: undefined },
  ]);
});

test('zip: the files under each version directory, checksums included; the index sizes when nothing is listed', () => {
  const store = objects({
    'zip/site/index.json': 300,
    'zip/site/1.0/site.zip': 3000,
    'zip/site/1.0/site.zip.sha256': 75,
  });
  const pkg = read(
    'zip',
    'zip/site/index.json',
    {
      name: 'site',
      latest: '1.1',
      versions: [
        { version: '1.0', published: '2026-01-01', files: [{ name: 'site.zip', size: 3000, sha256: 'x' }] },
        { version: '1.1', published: '2026-02-01', files: [{ name: 'site.zip', size: 4000, sha256: 'y' }] },
      ],
    },
    store,
  );
  expect(pkg.versions.map((v) => [v.version, v.sizeBytes, v.files])).toEqual([
    ['1.0', 3075, 1],
    ['1.1', 4000, 1],
  ]);
});

test('python: files grouped by the version in their names, with their PEP 658 metadata files', () => {
  const store = objects({
    'python/files/greet-tools/greet_tools-0.3.0-py3-none-any.whl': 5000,
    'python/files/greet-tools/greet_tools-0.3.0-py3-none-any.whl.metadata': 200,
    'python/files/greet-tools/greet_tools-0.3.0.tar.gz': 7000,
    'python/files/greet-tools/greet_tools-0.4.0-py3-none-any.whl': 5100,
  });
  const file = (filename: string, time: string) => ({
    filename,
    url: `../../files/greet-tools/${filename}`,
    hashes: { sha256: 'x' },
    'upload-time': time,
  });
  const pkg = read(
    'python',
    'python/simple/greet-tools/index.json',
    {
      name: 'greet-tools',
      versions: ['0.3.0', '0.4.0'],
      files: [
        file('greet_tools-0.3.0-py3-none-any.whl', '2026-01-01T00:00:00Z'),
        file('greet_tools-0.3.0.tar.gz', '2026-01-02T00:00:00Z'),
        file('greet_tools-0.4.0-py3-none-any.whl', '2026-02-01T00:00:00Z'),
      ],
    },
    store,
  );
  expect(pkg.latest).toBe('0.4.0');
  expect(pkg.versions).toEqual([
    { version: '0.3.0', sizeBytes: 12200, files: 2, published: '2026-01-02T00:00:00Z' },
    { version: '0.4.0', sizeBytes: 5100, files: 1, published: '2026-02-01T00:00:00Z' },
  ]);
});

test('maven: versions in Maven order, each sized by what its directory holds', () => {
  const store = objects({
    'maven/com/acme/greet/1.10/greet-1.10.jar': 2000,
    'maven/com/acme/greet/1.10/greet-1.10.pom': 500,
    'maven/com/acme/greet/1.9/greet-1.9.jar': 1000,
    'maven/com/acme/greet/1.9/greet-1.9.jar.sha1': 40,
    'maven/com/acme/greet/1.9-extra/other.jar': 99999,
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<metadata><groupId>com.acme</groupId><artifactId>greet</artifactId>
<versioning><latest>1.10</latest><release>1.10</release><versions><version>1.10</version><version>1.9</version></versions></versioning></metadata>`;
  const pkg = read('maven', 'maven/com/acme/greet/maven-metadata.xml', xml, store);
  expect(pkg).toMatchObject({ name: 'com.acme:greet', latest: '1.10' });
  expect(pkg.versions.map((v) => [v.version, v.sizeBytes, v.files])).toEqual([
    ['1.9', 1040, 2],
    ['1.10', 2500, 2],
  ]);
});

test('an index that is not what publish-package writes is an error naming the key', () => {
  expect(() => read('zip', 'zip/x/index.json', '{"name":"x"}', [])).toThrow(/zip\/x\/index\.json has no 'versions'/);
});
