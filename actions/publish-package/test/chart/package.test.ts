import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, rmSync, utimesSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { extract, pack } from 'tar-stream';
import { Readable } from 'node:stream';
import { CHART_ENTRY_MTIME, loadChart, packageChartDirectory, readChartArchive } from '../../src/chart/package';
import { ConfigurationError } from '../../../../shared/src/runtime/errors';

const FIXTURE = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'charts', 'webapp');

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'chart-package-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

function copyFixture(name: string): string {
  const dir = join(work, name);
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

/** Gives every file of a tree another mtime and mode, as a different checkout would. */
function touchAll(dir: string, when: Date, mode: number): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) touchAll(full, when, mode);
    else {
      chmodSync(full, mode);
      utimesSync(full, when, when);
    }
  }
}

interface TarEntry {
  name: string;
  mode?: number;
  uid?: number;
  gid?: number;
  mtime?: Date;
  type?: string | null;
  data: Buffer;
}

async function tarEntries(gz: Buffer): Promise<TarEntry[]> {
  const entries: TarEntry[] = [];
  const reader = extract();
  reader.on('entry', (header, stream, next) => {
    const parts: Buffer[] = [];
    stream.on('data', (c: unknown) => parts.push(c as Buffer));
    stream.on('end', () => {
      entries.push({ ...header, data: Buffer.concat(parts) });
      next();
    });
  });
  await new Promise<void>((resolve, reject) => {
    reader.on('finish', () => resolve());
    reader.on('error', reject);
    Readable.from([gunzipSync(gz)]).pipe(reader);
  });
  return entries;
}

async function tgz(entries: { name: string; data: string }[]): Promise<Buffer> {
  const p = pack();
  const chunks: Buffer[] = [];
  p.on('data', (c: unknown) => chunks.push(c as Buffer));
  const done = new Promise<void>((resolve) => p.on('end', () => resolve()));
  for (const e of entries) p.entry({ name: e.name }, e.data);
  p.finalize();
  await done;
  return gzipSync(Buffer.concat(chunks));
}

describe('packageChartDirectory', () => {
  test('the same chart in two checkouts (other mtimes and modes) gives identical bytes and digest', async () => {
    const a = copyFixture('a');
    const b = copyFixture('b');
    touchAll(a, new Date('2021-03-04T05:06:07Z'), 0o644);
    touchAll(b, new Date('2025-11-12T13:14:15Z'), 0o755);
    const first = await packageChartDirectory(a);
    const second = await packageChartDirectory(b);
    expect(second.bytes.equals(first.bytes)).toBe(true);
    expect(second.digest).toBe(first.digest);
    expect(first.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  test('a changed file changes the digest', async () => {
    const a = copyFixture('a');
    const before = await packageChartDirectory(a);
    writeFileSync(join(a, 'values.yaml'), 'replicaCount: 3\n');
    const after = await packageChartDirectory(a);
    expect(after.digest).not.toBe(before.digest);
  });

  test('a change to an ignored file does not change the digest', async () => {
    const a = copyFixture('a');
    const before = await packageChartDirectory(a);
    writeFileSync(join(a, 'secrets.txt'), 'still not shipped\n');
    writeFileSync(join(a, 'ci', 'lint-values.yaml'), 'lint: false\n');
    expect((await packageChartDirectory(a)).digest).toBe(before.digest);
  });

  test('honours .helmignore and Helm defaults; sorted entries under <chart name>/ with fixed headers', async () => {
    const chart = await packageChartDirectory(copyFixture('a'));
    expect(chart.files).toEqual([
      'webapp/.helmignore',
      'webapp/Chart.yaml',
      'webapp/charts/redis/Chart.yaml',
      'webapp/charts/redis/templates/service.yaml',
      'webapp/templates/NOTES.txt',
      'webapp/templates/deployment.yaml',
      'webapp/values.yaml',
    ]);
    const entries = await tarEntries(chart.bytes);
    expect(entries.map((e) => e.name)).toEqual(chart.files);
    for (const e of entries) {
      expect(e).toMatchObject({ mode: 0o644, uid: 0, gid: 0, type: 'file' });
      expect(e.mtime?.getTime()).toBe(CHART_ENTRY_MTIME.getTime());
    }
    // gzip header: no FNAME flag, zero MTIME
    expect(chart.bytes.subarray(0, 3).toString('hex')).toBe('1f8b08');
    expect(chart.bytes[3]).toBe(0);
    expect(chart.bytes.readUInt32LE(4)).toBe(0);
  });

  test('GNU tar reads the archive the same way', async () => {
    const chart = await packageChartDirectory(copyFixture('a'));
    const file = join(work, 'webapp.tgz');
    writeFileSync(file, chart.bytes);
    const listing = execFileSync('tar', ['-tzf', file], { encoding: 'utf8' }).trim().split('\n');
    expect(listing).toEqual(chart.files);
    const out = join(work, 'out');
    execFileSync('mkdir', ['-p', out]);
    execFileSync('tar', ['-xzf', file, '-C', out]);
    expect(statSync(join(out, 'webapp', 'Chart.yaml')).isFile()).toBe(true);
  });

  test('a dependency missing from charts/ is refused as helm package does', async () => {
    const a = copyFixture('a');
    rmSync(join(a, 'charts'), { recursive: true });
    await expect(packageChartDirectory(a)).rejects.toThrow(
      /dependencies redis are listed in Chart.yaml but missing from charts\//,
    );
  });

  test('a directory without Chart.yaml is refused', async () => {
    await expect(packageChartDirectory(work)).rejects.toThrow(ConfigurationError);
    await expect(packageChartDirectory(work)).rejects.toThrow(/has no Chart.yaml/);
  });

  test('a .helmignore that ignores Chart.yaml is refused', async () => {
    const a = copyFixture('a');
    writeFileSync(join(a, '.helmignore'), 'Chart.yaml\n');
    await expect(packageChartDirectory(a)).rejects.toThrow(/ignores Chart.yaml/);
  });
});

describe('readChartArchive', () => {
  test('a packaged chart reads back with its metadata and keeps its own bytes', async () => {
    const made = await packageChartDirectory(copyFixture('a'));
    const read = await readChartArchive(made.bytes, 'webapp-1.2.3+build.1.tgz');
    expect(read.metadata).toEqual(made.metadata);
    expect(read.digest).toBe(made.digest);
    expect(read.origin).toBe('archive');
    const file = join(work, 'webapp.tgz');
    writeFileSync(file, made.bytes);
    expect((await loadChart(file)).digest).toBe(made.digest);
  });

  test.each([
    ['no Chart.yaml', [{ name: 'webapp/values.yaml', data: 'a: 1\n' }], /has no webapp\/Chart.yaml/],
    [
      'two top directories',
      [
        { name: 'webapp/Chart.yaml', data: 'apiVersion: v2\nname: webapp\nversion: 1.0.0\n' },
        { name: 'other/x', data: '' },
      ],
      /under one directory/,
    ],
    [
      'directory not named after the chart',
      [{ name: 'renamed/Chart.yaml', data: 'apiVersion: v2\nname: webapp\nversion: 1.0.0\n' }],
      /names the chart 'webapp' but the archive's directory is 'renamed'/,
    ],
    [
      'invalid version inside',
      [{ name: 'webapp/Chart.yaml', data: 'apiVersion: v2\nname: webapp\nversion: latest\n' }],
      /version: "latest" is not a SemVer 2 version/,
    ],
    ['path escaping the chart', [{ name: 'webapp/../../etc/x', data: '' }], /unsafe path|under one directory/],
  ])('refuses an archive with %s', async (_label, entries, message) => {
    const bytes = await tgz(entries);
    await expect(readChartArchive(bytes, 'chart.tgz')).rejects.toThrow(ConfigurationError);
    await expect(readChartArchive(bytes, 'chart.tgz')).rejects.toThrow(message);
  });

  test('refuses bytes that are not gzip', async () => {
    await expect(readChartArchive(Buffer.from('not a chart'), 'chart.tgz')).rejects.toThrow(/not a gzip archive/);
  });

  test('a missing path is a configuration error', async () => {
    await expect(loadChart(join(work, 'nope'))).rejects.toThrow(/does not exist/);
  });
});
