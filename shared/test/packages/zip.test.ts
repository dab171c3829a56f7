import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '../../src/runtime/errors';
import {
  mergeZipIndex,
  parseZipName,
  parseZipVersion,
  planZip,
  sortZipVersions,
  type ZipIndex,
  type ZipVersionEntry,
} from '../../src/packages/zip';

const v = (
  version: string,
  published = '2026-01-01T00:00:00.000Z',
  files = [{ name: 'a.zip', size: 1, sha256: 'ab' }],
) => ({ version, published, files }) as ZipVersionEntry;

describe('zip coordinates', () => {
  test.each(['reports', 'my_app.web-1', 'A1'])('name %s is valid', (n) => expect(parseZipName(n)).toBe(n));
  test.each([
    [undefined, /'name' is required for type zip/],
    ['..', /'\.\.' would leave its folder/],
    ['a/b', /slash/],
    ['a%2fb', /percent-encoded/],
    ['-x', /a zip name is/],
    ['a b', /a zip name is/],
  ])('name %j is refused', (n, message) => {
    expect(() => parseZipName(n)).toThrow(ConfigurationError);
    expect(() => parseZipName(n)).toThrow(message);
  });
  test.each(['1.0.0', '2026.11.24', 'r42', '1.0.0-rc.1'])('version %s is valid', (x) =>
    expect(parseZipVersion(x)).toBe(x),
  );
  test.each([
    [undefined, /'version' is required for type zip/],
    ['..', /would leave its folder/],
    ['1.0/../..', /slash/],
    ['1.0\\x', /backslash/],
    ['1.0+build', /no '\+' or '\/'/],
    ['%2e%2e', /percent-encoded/],
  ])('version %j is refused', (x, message) => {
    expect(() => parseZipVersion(x)).toThrow(message);
  });
});

describe('sortZipVersions', () => {
  test.each([
    [
      [v('1.10.0'), v('1.2.0'), v('1.9.0-rc.1'), v('1.9.0')],
      ['1.2.0', '1.9.0-rc.1', '1.9.0', '1.10.0'],
    ],
    [
      [v('b', '2026-03-01T00:00:00Z'), v('1.0.0', '2026-01-01T00:00:00Z'), v('a', '2026-02-01T00:00:00Z')],
      ['1.0.0', 'a', 'b'],
    ],
  ])('%#', (input, order) => {
    expect(sortZipVersions(input).map((x) => x.version)).toEqual(order);
  });
});

describe('mergeZipIndex', () => {
  test('adds a version and names the latest', () => {
    const first = mergeZipIndex(undefined, 'r', v('1.0.0'))!;
    const second = mergeZipIndex(first, 'r', v('0.9.0'))!;
    expect(second).toEqual({ name: 'r', latest: '1.0.0', versions: [v('0.9.0'), v('1.0.0')] });
  });
  test('the same version with the same files is unchanged', () => {
    const index: ZipIndex = { name: 'r', versions: [v('1.0.0')] };
    expect(mergeZipIndex(index, 'r', v('1.0.0', '2027-01-01T00:00:00Z'))).toBeUndefined();
  });
  test('the same version with other files is refused', () => {
    const index: ZipIndex = { name: 'r', versions: [v('1.0.0')] };
    expect(() => mergeZipIndex(index, 'r', v('1.0.0', undefined, [{ name: 'b.zip', size: 1, sha256: 'cd' }]))).toThrow(
      /zip r 1\.0\.0 is already published with the files a\.zip; this run has b\.zip\. Versions are immutable/,
    );
  });
});

describe('planZip', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'zip-plan-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('each file with a sha256sum file beside it, and an index entry with sizes and hashes', async () => {
    writeFileSync(join(dir, 'site.zip'), 'zip bytes');
    writeFileSync(join(dir, 'notes.txt'), 'n');
    const plan = await planZip([join(dir, 'site.zip'), join(dir, 'notes.txt')], {
      storeUrl: 'https://x/p',
      name: 'site',
      version: '1.2.0',
      now: new Date('2026-05-01T00:00:00Z'),
    });
    const hash = createHash('sha256').update('zip bytes').digest('hex');
    expect(plan.artifacts.map((a) => [a.key, a.contentType])).toEqual([
      ['zip/site/1.2.0/site.zip', 'application/zip'],
      ['zip/site/1.2.0/site.zip.sha256', 'text/plain'],
      ['zip/site/1.2.0/notes.txt', 'text/plain'],
      ['zip/site/1.2.0/notes.txt.sha256', 'text/plain'],
    ]);
    expect((plan.artifacts[1].body as Buffer).toString()).toBe(`${hash}  site.zip\n`);
    expect(plan.indexKey).toBe('zip/site/index.json');
    expect(JSON.parse(plan.indexes[0].merge(undefined)!.toString())).toEqual({
      name: 'site',
      latest: '1.2.0',
      versions: [
        {
          version: '1.2.0',
          published: '2026-05-01T00:00:00.000Z',
          files: [
            { name: 'site.zip', size: 9, sha256: hash },
            { name: 'notes.txt', size: 1, sha256: createHash('sha256').update('n').digest('hex') },
          ],
        },
      ],
    });
  });

  test.each<[string, string[], Record<string, string>, RegExp]>([
    ['no name', ['a.zip'], { version: '1' }, /'name' is required/],
    ['no version', ['a.zip'], { name: 'a' }, /'version' is required/],
    ['no files', [], { name: 'a', version: '1' }, /matched no files/],
    ['a .sha256 file', ['a.zip.sha256'], { name: 'a', version: '1' }, /not \*\.sha256/],
    ['a file name with a space', ['my file.zip'], { name: 'a', version: '1' }, /file names are/],
  ])('refuses: %s', async (_, names, opts, message) => {
    for (const n of names) writeFileSync(join(dir, n), 'x');
    await expect(
      planZip(
        names.map((n) => join(dir, n)),
        { storeUrl: 'https://x', ...opts },
      ),
    ).rejects.toThrow(message);
  });

  test('refuses two files with the same name', async () => {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'x'));
    writeFileSync(join(dir, 'a.zip'), '1');
    writeFileSync(join(dir, 'x', 'a.zip'), '2');
    await expect(
      planZip([join(dir, 'a.zip'), join(dir, 'x', 'a.zip')], { storeUrl: 'https://x', name: 'a', version: '1' }),
    ).rejects.toThrow(/Two files named 'a.zip'/);
  });
});
