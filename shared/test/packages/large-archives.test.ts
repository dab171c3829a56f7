import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { embeddedPoms } from '../../src/packages/maven';
import { readDistribution } from '../../src/packages/python';
import { readZipEntries } from '../../src/packages/zip-entries';
import { writeSparseZip } from '../../../test/utils/sparse-zip';

/**
 * Jars and wheels past 2 GiB (fat wars, CUDA wheels): their metadata is read from the zip directory, never by
 * loading the archive (Node cannot even read a file of that size into one buffer). The archives are sparse files:
 * 2.5 GiB long, almost nothing on disk.
 */

const BIG = 2.5 * 1024 * 1024 * 1024;
let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'large-archives-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const POM = `<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>com.acme</groupId><artifactId>huge</artifactId><version>3.0</version></project>`;

test('a 2.5 GiB wheel: project and version from its METADATA', async () => {
  const path = join(dir, 'torchlike-2.1.0-cp312-cp312-manylinux_2_28_x86_64.whl');
  writeSparseZip(path, [
    { name: 'torchlike/lib/libkernels.so', holeBytes: BIG },
    {
      name: 'torchlike-2.1.0.dist-info/METADATA',
      data: Buffer.from('Metadata-Version: 2.1\nName: torchlike\nVersion: 2.1.0\n'),
    },
    { name: 'torchlike-2.1.0.dist-info/WHEEL', data: Buffer.from('Wheel-Version: 1.0\n') },
  ]);
  expect(statSync(path).size).toBeGreaterThan(BIG);
  const dist = await readDistribution(path);
  expect(dist).toMatchObject({ kind: 'wheel', project: 'torchlike', version: '2.1.0' });
});

test('a 2.5 GiB war: its coordinates from the pom Maven put inside', async () => {
  const path = join(dir, 'huge-3.0.war');
  writeSparseZip(path, [
    { name: 'WEB-INF/lib/everything.jar', holeBytes: BIG },
    { name: 'META-INF/maven/com.acme/huge/pom.xml', data: Buffer.from(POM) },
  ]);
  const poms = await embeddedPoms(path, 'huge-3.0.war');
  expect(poms.map((p) => p.coordinates)).toEqual([
    expect.objectContaining({ groupId: 'com.acme', artifactId: 'huge', version: '3.0' }),
  ]);
});

test('only the wanted entries are read, and none above the size limit', async () => {
  const path = join(dir, 'mixed.zip');
  writeSparseZip(path, [
    { name: 'a/wanted.txt', data: Buffer.from('small') },
    { name: 'a/too-big.txt', data: Buffer.alloc(2048, 1) },
    { name: 'b/other.txt', data: Buffer.from('not asked for') },
  ]);
  const found = await readZipEntries(path, (name) => name.startsWith('a/'), 1024);
  expect([...found]).toEqual([['a/wanted.txt', Buffer.from('small')]]);
});

test('a truncated archive is an error, not an empty answer', async () => {
  const path = join(dir, 'cut.whl');
  writeSparseZip(path, [{ name: 'x/METADATA', data: Buffer.from('Name: x') }]);
  const { truncateSync } = await import('node:fs');
  truncateSync(path, statSync(path).size - 10);
  await expect(readZipEntries(path, () => true, 1024)).rejects.toThrow(/end of central directory/i);
});
