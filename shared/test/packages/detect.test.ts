import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectPackageType, fileKind } from '../../src/packages/detect';
import { ConfigurationError } from '../../src/runtime/errors';
import { npmTarball, tarball } from './npm-tarball';

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'detect-'));
  writeFileSync(join(dir, 'lib-1.0.jar'), 'PK');
  writeFileSync(join(dir, 'lib-1.0-sources.jar'), 'PK');
  writeFileSync(join(dir, 'pom.xml'), '<project/>');
  writeFileSync(join(dir, 'lib-1.0.pom'), '<project/>');
  writeFileSync(join(dir, 'lib-1.0-py3-none-any.whl'), 'PK');
  writeFileSync(join(dir, 'site.zip'), 'PK');
  writeFileSync(join(dir, 'notes.txt'), 'x');
  writeFileSync(join(dir, 'lib-1.0.0.tgz'), await npmTarball({ name: 'lib', version: '1.0.0' }));
  writeFileSync(
    join(dir, 'lib-1.0.tar.gz'),
    await tarball({ 'lib-1.0/PKG-INFO': 'Metadata-Version: 2.1\n', 'lib-1.0/setup.py': '' }),
  );
  writeFileSync(join(dir, 'chart-0.1.0.tgz'), await tarball({ 'chart/Chart.yaml': 'name: chart\n' }));
  writeFileSync(join(dir, 'other.tgz'), await tarball({ 'x/y.txt': '' }));
  writeFileSync(join(dir, 'broken.tgz'), 'not gzip');
  mkdirSync(join(dir, 'mychart'));
  writeFileSync(join(dir, 'mychart', 'Chart.yaml'), 'name: mychart\n');
  mkdirSync(join(dir, 'empty'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.each([
  ['lib-1.0.jar', 'maven'],
  ['pom.xml', 'maven'],
  ['lib-1.0.pom', 'maven'],
  ['lib-1.0-py3-none-any.whl', 'python'],
  ['lib-1.0.tar.gz', 'python'],
  ['lib-1.0.0.tgz', 'npm'],
  ['chart-0.1.0.tgz', 'helm'],
  ['mychart', 'helm'],
  ['site.zip', 'zip'],
  ['notes.txt', 'unknown'],
  ['other.tgz', 'unknown'],
  ['broken.tgz', 'unknown'],
  ['empty', 'unknown'],
])('fileKind(%s) = %s', async (file, kind) => {
  expect(await fileKind(join(dir, file))).toBe(kind);
});

test.each([
  [['lib-1.0.jar', 'lib-1.0-sources.jar', 'lib-1.0.pom'], 'maven'],
  [['lib-1.0-py3-none-any.whl', 'lib-1.0.tar.gz'], 'python'],
  [['lib-1.0.0.tgz'], 'npm'],
  [['site.zip'], 'zip'],
  [['mychart'], 'helm'],
])('detectPackageType(%j) = %s', async (files, type) => {
  expect(await detectPackageType(files.map((f) => join(dir, f)))).toBe(type);
});

test.each([
  [['lib-1.0.jar', 'site.zip'], /lib-1\.0\.jar: maven\n {2}site\.zip: zip\nSet the 'type' input/],
  [['notes.txt'], /notes\.txt: not recognised/],
  [['lib-1.0.0.tgz', 'lib-1.0-py3-none-any.whl'], /Set the 'type' input/],
  [[], /matched no files/],
])('ambiguous or unknown %j asks for type', async (files, message) => {
  const run = detectPackageType(files.map((f) => join(dir, f)));
  await expect(run).rejects.toThrow(ConfigurationError);
  await expect(detectPackageType(files.map((f) => join(dir, f)))).rejects.toThrow(message);
});
