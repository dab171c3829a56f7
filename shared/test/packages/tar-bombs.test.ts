import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readChartArchive } from '../../../actions/publish-package/src/chart/package';
import { detectPackageType } from '../../src/packages/detect';
import { readNpmTarball } from '../../src/packages/npm';
import { readDistribution } from '../../src/packages/python';
import { ConfigurationError } from '../../src/runtime/errors';
import { tarBomb } from './tar-bomb';

/**
 * Decompression bombs, generated here: tar entries are read streaming with a bound, and a breach is a
 * ConfigurationError naming the archive and the entry, refused at the entry's header before its content is read.
 */

const MiB = 1024 * 1024;
let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'tar-bombs-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function refusal(run: () => Promise<unknown>): Promise<ConfigurationError> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigurationError);
  return error as ConfigurationError;
}

test('an sdist whose PKG-INFO expands to 64 MiB is refused, naming the file and the entry', async () => {
  const bytes = await tarBomb([{ name: 'bomb-1.0/PKG-INFO', size: 64 * MiB }]);
  expect(bytes.length).toBeLessThan(MiB);
  const path = join(dir, 'bomb-1.0.tar.gz');
  writeFileSync(path, bytes);
  const error = await refusal(() => readDistribution(path));
  expect(error.message).toMatch(
    /^bomb-1\.0\.tar\.gz: the entry 'bomb-1\.0\/PKG-INFO' unpacks to 64 MiB, more than the 16 MiB allowed/,
  );
  expect(error.message).toContain('decompression bomb');
});

test('an npm tarball whose package.json expands to 32 MiB is refused, naming the file and the entry', async () => {
  const bytes = await tarBomb([{ name: 'package/package.json', size: 32 * MiB }]);
  const error = await refusal(() => readNpmTarball(bytes, 'lib-1.0.0.tgz'));
  expect(error.message).toMatch(/^lib-1\.0\.0\.tgz: the entry 'package\/package\.json' unpacks to 32 MiB/);
});

test('an npm tarball whose files expand beyond 512 MiB is refused at the entry that crosses it', async () => {
  const bytes = await tarBomb([
    { name: 'package/package.json', content: '{"name":"lib","version":"1.0.0"}' },
    { name: 'package/data.bin', size: 520 * MiB },
  ]);
  const error = await refusal(() => readNpmTarball(bytes, 'lib-1.0.0.tgz'));
  expect(error.message).toMatch(
    /the entry 'package\/data\.bin' brings the unpacked files to 520 MiB, more than the 512 MiB allowed/,
  );
});

test('a chart whose files expand beyond what Helm loads is refused, naming the entry', async () => {
  const bytes = await tarBomb([
    { name: 'web/Chart.yaml', content: 'apiVersion: v2\nname: web\nversion: 1.0.0\n' },
    { name: 'web/files/blob.bin', size: 101 * MiB },
  ]);
  const error = await refusal(() => readChartArchive(bytes, 'web-1.0.0.tgz'));
  expect(error.message).toMatch(/^web-1\.0\.0\.tgz: the entry 'web\/files\/blob\.bin'/);
});

test('within the bounds, the archive is read as before', async () => {
  const bytes = await tarBomb([
    { name: 'package/package.json', content: '{"name":"lib","version":"1.0.0"}' },
    { name: 'package/data.bin', size: 2 * MiB },
  ]);
  const read = await readNpmTarball(bytes, 'lib-1.0.0.tgz');
  expect(read).toMatchObject({ name: 'lib', version: '1.0.0', fileCount: 2 });
  expect(read.unpackedSize).toBe(2 * MiB + 32);
});

test('telling the type of a tarball stops at its marker: what follows is never unpacked', async () => {
  const whole = await tarBomb([
    { name: 'bomb-1.0/PKG-INFO', content: 'Metadata-Version: 2.1\nName: bomb\nVersion: 1.0\n' },
    { name: 'bomb-1.0/data.bin', size: 8 * MiB },
  ]);
  // Cut short: unpacking to the end would fail; the marker comes first.
  const path = join(dir, 'cut-1.0.tar.gz');
  writeFileSync(path, whole.subarray(0, Math.floor(whole.length / 2)));
  await expect(detectPackageType([path])).resolves.toBe('python');
});
