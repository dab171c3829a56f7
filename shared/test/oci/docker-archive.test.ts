import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readDockerArchive, within } from '../../src/oci/docker-archive';
import { ConfigurationError } from '../../src/runtime/errors';
import { tarOf } from '../../../test/utils/images';

/**
 * A docker archive names its files in manifest.json and its tar entries: every name must stay inside the directory
 * it is extracted to. `<root>-evil` starts with the same characters as `<root>` and is still outside.
 */

describe('within', () => {
  const root = resolve('/srv/archive');
  test.each<[string, string | undefined]>([
    ['manifest.json', join(root, 'manifest.json')],
    ['abc/layer.tar', join(root, 'abc', 'layer.tar')],
    ['./abc/../config.json', join(root, 'config.json')],
    ['..foo', join(root, '..foo')],
    ['../archive-evil/x', undefined],
    ['../archive', undefined],
    ['abc/../../archive-evil/x', undefined],
    ['../../etc/passwd', undefined],
    ['/etc/passwd', undefined],
    ['.', undefined],
    ['', undefined],
    ['a\0b', undefined],
  ])('%j -> %s', (name, expected) => {
    expect(within(root, name)).toBe(expected);
  });
});

describe('readDockerArchive keeps to its own directory', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'docker-archive-'));
    // A sibling of the extraction directory (<dir>/archive) whose name starts with it.
    mkdirSync(join(dir, 'work', 'archive-evil'), { recursive: true });
    writeFileSync(join(dir, 'work', 'archive-evil', 'config.json'), JSON.stringify({ rootfs: { diff_ids: [] } }));
    writeFileSync(join(dir, 'work', 'archive-evil', 'layer.tar'), 'not yours');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const manifest = (config: string, layers: string[]) =>
    JSON.stringify([{ Config: config, RepoTags: [], Layers: layers }]);

  test.each<[string, Record<string, string>, RegExp]>([
    [
      'a config in a sibling directory',
      { 'manifest.json': manifest('../archive-evil/config.json', []) },
      /names '\.\.\/archive-evil\/config\.json', which it does not contain/,
    ],
    [
      'a layer in a sibling directory',
      {
        'config.json': JSON.stringify({ rootfs: { diff_ids: [`sha256:${'0'.repeat(64)}`] } }),
        'manifest.json': manifest('config.json', ['../archive-evil/layer.tar']),
      },
      /names '\.\.\/archive-evil\/layer\.tar', which it does not contain/,
    ],
    ['an absolute config path', { 'manifest.json': manifest('/etc/passwd', []) }, /which it does not contain/],
  ])('%s is refused', async (_, files, message) => {
    const file = join(dir, 'image.tar');
    writeFileSync(file, await tarOf(files));
    const read = readDockerArchive(file, join(dir, 'work'));
    await expect(read).rejects.toThrow(ConfigurationError);
    await expect(readDockerArchive(file, join(dir, 'work'))).rejects.toThrow(message);
  });

  test('a tar entry that climbs out is not written', async () => {
    const file = join(dir, 'image.tar');
    writeFileSync(file, await tarOf({ '../archive-evil/planted': 'x', 'manifest.json': manifest('nope.json', []) }));
    await expect(readDockerArchive(file, join(dir, 'work'))).rejects.toThrow(/names 'nope\.json'/);
    expect(existsSync(join(dir, 'work', 'archive-evil', 'planted'))).toBe(false);
    expect(existsSync(join(dir, 'work', 'archive', '..', 'archive-evil', 'planted'))).toBe(false);
  });
});
