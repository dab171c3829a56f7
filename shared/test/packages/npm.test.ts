import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ConfigurationError } from '../../src/runtime/errors';
import {
  mergePackument,
  nextDistTags,
  npmPackumentKey,
  npmTarballKey,
  parseDistTag,
  parseNpmName,
  parseNpmVersion,
  planNpm,
  readNpmTarball,
  type Packument,
  type PackumentEntry,
} from '../../src/packages/npm';
import { npmTarball, tarball } from './npm-tarball';

describe('npm names', () => {
  test.each([
    ['lib', undefined, 'lib'],
    ['left-pad', undefined, 'left-pad'],
    ['lib.js', undefined, 'lib.js'],
    ['@acme/widgets', 'acme', 'widgets'],
    ['@acme-corp/my_lib.x', 'acme-corp', 'my_lib.x'],
    ['~tilde', undefined, '~tilde'],
  ])('%s is valid', (name, scope, bare) => {
    expect(parseNpmName(name)).toEqual({ scope, bare });
  });

  test.each([
    ['', /has no 'name'/],
    ['Lib', /not valid/],
    ['.hidden', /not valid/],
    ['_private', /not valid/],
    ['a b', /not valid/],
    ['@acme', /scoped name is '@scope\/name'/],
    ['@acme/', /scoped name/],
    ['@/lib', /scoped name/],
    ['@ACME/lib', /scoped name/],
    ['@acme/../lib', /scoped name/],
    ['@acme/lib/extra', /scoped name/],
    ['../../etc', /not valid/],
    ['lib%2f..', /not valid/],
    ['node_modules', /reserved/],
    ['favicon.ico', /reserved/],
    ['x'.repeat(215), /longer than 214/],
  ])('%j is refused', (name, message) => {
    expect(() => parseNpmName(name)).toThrow(ConfigurationError);
    expect(() => parseNpmName(name)).toThrow(message);
  });
});

describe('npm versions', () => {
  test.each(['1.0.0', '0.0.1', '2.0.0-beta.1', '10.20.30-rc.1.x'])('%s is valid', (v) => {
    expect(parseNpmVersion(v, 'lib')).toBe(v);
  });

  test.each([
    [undefined, /has no 'version'/],
    [1, /has no 'version'/],
    ['1.0', /not a semantic version/],
    ['v1.0.0', /Write it as '1\.0\.0'/],
    ['1.0.0+build.5', /build metadata/],
    ['1.0.0/../..', /not a semantic version/],
    ['latest', /not a semantic version/],
  ])('%j is refused', (v, message) => {
    expect(() => parseNpmVersion(v, 'lib')).toThrow(message);
  });
});

describe('dist-tags', () => {
  test.each([
    [{}, '1.0.0', undefined, { latest: '1.0.0' }],
    [{ latest: '1.0.0' }, '1.1.0', undefined, { latest: '1.1.0' }],
    [{ latest: '2.0.0' }, '1.5.0', undefined, { latest: '2.0.0' }],
    [{ latest: '1.0.0' }, '2.0.0-beta.1', undefined, { latest: '1.0.0' }],
    [{}, '2.0.0-beta.1', undefined, { latest: '2.0.0-beta.1' }],
    [{ latest: '1.0.0' }, '2.0.0-beta.1', 'next', { latest: '1.0.0', next: '2.0.0-beta.1' }],
    [{ latest: '2.0.0' }, '1.5.0', 'latest', { latest: '1.5.0' }],
    [{ latest: 'garbage' }, '1.0.0', undefined, { latest: '1.0.0' }],
  ])('%j + %s (tag %s) -> %j', (current, version, tag, expected) => {
    expect(nextDistTags(current, version, tag)).toEqual(expected);
  });

  test.each(['next', 'beta', 'canary-2'])('dist-tag %s is accepted', (t) => {
    expect(parseDistTag(t)).toBe(t);
  });
  test.each(['1.0.0', '^1', 'a/b', '', '-x'])('dist-tag %j is refused', (t) => {
    if (t === '') expect(parseDistTag(undefined)).toBeUndefined();
    else expect(() => parseDistTag(t)).toThrow(/dist-tag is a word/);
  });
});

const at = (iso: string) => new Date(iso);
function entry(version: string, overrides: Partial<PackumentEntry> = {}): PackumentEntry {
  return {
    name: '@acme/lib',
    version,
    manifest: { name: '@acme/lib', version, description: `v${version}`, readme: 'long', dependencies: { a: '^1' } },
    dist: {
      shasum: 'a'.repeat(40),
      integrity: `sha512-${version}`,
      tarball: `https://x/npm/@acme/lib/-/lib-${version}.tgz`,
    },
    now: at('2026-01-01T00:00:00.000Z'),
    ...overrides,
  };
}

describe('mergePackument', () => {
  test('creates a packument from the first version', () => {
    const p = mergePackument(undefined, entry('1.0.0'))!;
    expect(p).toEqual({
      _id: '@acme/lib',
      name: '@acme/lib',
      description: 'v1.0.0',
      'dist-tags': { latest: '1.0.0' },
      versions: {
        '1.0.0': {
          _id: '@acme/lib@1.0.0',
          name: '@acme/lib',
          version: '1.0.0',
          description: 'v1.0.0',
          dependencies: { a: '^1' },
          dist: entry('1.0.0').dist,
        },
      },
      time: {
        created: '2026-01-01T00:00:00.000Z',
        modified: '2026-01-01T00:00:00.000Z',
        '1.0.0': '2026-01-01T00:00:00.000Z',
      },
    });
  });

  test('keeps existing versions and times, sorts versions, moves latest forward only', () => {
    let p: Packument = mergePackument(undefined, entry('2.0.0'))!;
    p = mergePackument(p, entry('1.5.0', { now: at('2026-02-01T00:00:00.000Z') }))!;
    expect(Object.keys(p.versions)).toEqual(['1.5.0', '2.0.0']);
    expect(p['dist-tags']).toEqual({ latest: '2.0.0' });
    expect(p.time).toMatchObject({
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-02-01T00:00:00.000Z',
      '2.0.0': '2026-01-01T00:00:00.000Z',
      '1.5.0': '2026-02-01T00:00:00.000Z',
    });
    expect(p.description).toBe('v2.0.0');
  });

  test('an identical version is "unchanged"; a dist-tag move is not', () => {
    const p = mergePackument(undefined, entry('1.0.0'))!;
    expect(mergePackument(p, entry('1.0.0'))).toBeUndefined();
    expect(mergePackument(p, entry('1.0.0', { distTag: 'stable' }))!['dist-tags']).toEqual({
      latest: '1.0.0',
      stable: '1.0.0',
    });
  });

  test('the same version with other content is refused', () => {
    const p = mergePackument(undefined, entry('1.0.0'))!;
    const other = entry('1.0.0', { dist: { ...entry('1.0.0').dist, integrity: 'sha512-other' } });
    expect(() => mergePackument(p, other)).toThrow(
      /@acme\/lib@1.0.0 is already published with other content.*immutable/,
    );
  });
});

describe('keys', () => {
  test.each([
    ['lib', '1.0.0', 'npm/lib', 'npm/lib/-/lib-1.0.0.tgz'],
    ['@acme/lib', '2.0.0-rc.1', 'npm/@acme/lib', 'npm/@acme/lib/-/lib-2.0.0-rc.1.tgz'],
  ])('%s@%s', (name, version, packument, tgz) => {
    expect(npmPackumentKey(name)).toBe(packument);
    expect(npmTarballKey(name, version)).toBe(tgz);
  });
});

describe('reading tarballs (malformed corpus)', () => {
  test.each<[string, () => Promise<Buffer>, RegExp]>([
    ['not gzip', async () => Buffer.from('hello'), /not a gzip-compressed tarball/],
    [
      'gzip but not tar',
      async () => gzipSync(Buffer.from('x'.repeat(1000))),
      /not a valid tar archive|has no package\/package.json/,
    ],
    ['no package.json', () => tarball({ 'package/index.js': '1' }), /has no package\/package.json/],
    ['package.json elsewhere', () => tarball({ 'lib/package.json': '{}' }), /has no package\/package.json/],
    ['invalid JSON', () => tarball({ 'package/package.json': '{nope' }), /not valid JSON/],
    ['JSON array', () => tarball({ 'package/package.json': '[]' }), /not a JSON object/],
    ['no name', () => npmTarball({ version: '1.0.0' }), /has no 'name'/],
    ['bad scope', () => npmTarball({ name: '@Acme/lib', version: '1.0.0' }), /scoped name/],
    ['traversal in name', () => npmTarball({ name: '../lib', version: '1.0.0' }), /not valid/],
    ['invalid semver', () => npmTarball({ name: 'lib', version: '1.0' }), /not a semantic version/],
    ['traversal in version', () => npmTarball({ name: 'lib', version: '1.0.0-../../x' }), /not a semantic version/],
  ])('%s', async (_, make, message) => {
    const bytes = await make();
    await expect(readNpmTarball(bytes, 'lib.tgz')).rejects.toThrow(ConfigurationError);
    await expect(readNpmTarball(bytes, 'lib.tgz')).rejects.toThrow(message);
  });

  test('reads the manifest and counts files', async () => {
    const bytes = await npmTarball({ name: '@acme/lib', version: '1.2.3' }, { 'index.js': 'module.exports = 1;\n' });
    const t = await readNpmTarball(bytes, 'lib.tgz');
    expect(t).toMatchObject({ name: '@acme/lib', version: '1.2.3', fileCount: 2 });
  });
});

describe('planNpm', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'npm-plan-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('one tarball, one packument with sha1 shasum, sha512 integrity and an absolute tarball URL', async () => {
    const bytes = await npmTarball({ name: '@acme/lib', version: '1.2.3', description: 'd' });
    const file = join(dir, 'acme-lib-1.2.3.tgz');
    writeFileSync(file, bytes);
    const plan = await planNpm([file], { storeUrl: 'https://cdn.example.com/piksel', now: at('2026-03-01T00:00:00Z') });
    expect(plan).toMatchObject({ type: 'npm', name: '@acme/lib', version: '1.2.3', indexKey: 'npm/' });
    expect(plan.artifacts).toHaveLength(1);
    expect(plan.artifacts[0]).toMatchObject({
      key: 'npm/@acme/lib/-/lib-1.2.3.tgz',
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    const packument = JSON.parse(plan.indexes[0].merge(undefined)!.toString()) as Packument;
    expect(plan.indexes[0].key).toBe('npm/@acme/lib');
    expect(packument.versions['1.2.3'].dist).toEqual({
      shasum: createHash('sha1').update(bytes).digest('hex'),
      integrity: `sha512-${createHash('sha512').update(bytes).digest('base64')}`,
      tarball: 'https://cdn.example.com/piksel/npm/@acme/lib/-/lib-1.2.3.tgz',
      fileCount: 1,
      unpackedSize: expect.any(Number),
    });
  });

  test.each<[string, string[], Record<string, string>, RegExp]>([
    ['two files', ['a.tgz', 'b.tgz'], {}, /one 'npm pack' tarball/],
    ['not a tarball', ['a.zip'], {}, /one 'npm pack' tarball/],
    ['name input disagrees', ['a.tgz'], { name: 'other' }, /Input 'name' is 'other'/],
    ['version input disagrees', ['a.tgz'], { version: '9.9.9' }, /Input 'version' is '9.9.9'/],
    ['dist-tag is a version', ['a.tgz'], { distTag: '1.0.0' }, /dist-tag is a word/],
  ])('refuses: %s', async (_, names, opts, message) => {
    for (const n of names) writeFileSync(join(dir, n), await npmTarball({ name: 'lib', version: '1.0.0' }));
    await expect(
      planNpm(
        names.map((n) => join(dir, n)),
        { storeUrl: 'https://x', ...opts },
      ),
    ).rejects.toThrow(message);
  });
});
