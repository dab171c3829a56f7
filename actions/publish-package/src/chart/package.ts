import type { Dirent } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { gzipSync } from 'fflate';
import { pack } from 'tar-stream';
import { digestOf } from '../../../../shared/src/oci/digest';
import { ConfigurationError, errorMessage, isConfigurationError } from '../../../../shared/src/runtime/errors';
import { readTarFiles } from '../../../../shared/src/packages/tar-reader';
import { parseChartYaml, type ChartMetadata } from './chart-file';
import { HELMIGNORE, HelmIgnoreRules } from './helmignore';

/**
 * Packages a chart directory the way `helm package` lays it out (every file under `<chart name>/`), but
 * reproducibly: entries sorted, one fixed mtime, uid/gid 0, mode 0644, a gzip header without name or time,
 * compressed by a pinned library rather than the runtime's zlib. The same chart therefore always has the same digest.
 */

/** 1980-01-01T00:00:00Z: the reproducible-builds convention (tar tools warn about times near 0). */
export const CHART_ENTRY_MTIME = new Date(Date.UTC(1980, 0, 1));

/** Helm refuses to load archives that expand beyond this (loader.MaxDecompressedChartSize). */
export const MAX_CHART_BYTES = 100 * 1024 * 1024;

export interface ChartPackage {
  metadata: ChartMetadata;
  /** The gzip tarball, as pushed as the chart layer. */
  bytes: Buffer;
  digest: string;
  /** Entry names in the archive, in order. */
  files: string[];
  /** How it was made: packaged here from a directory, or taken as the given archive. */
  origin: 'directory' | 'archive';
}

interface ChartFile {
  /** Path relative to the chart root, `/`-separated. */
  path: string;
  data: Buffer;
}

async function walkChart(root: string, rules: HelmIgnoreRules): Promise<ChartFile[]> {
  const files: ChartFile[] = [];
  const visited = new Set<string>([await realpath(root)]);
  let total = 0;
  const walk = async (dir: string, prefix: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      throw new ConfigurationError(`Cannot read chart directory ${dir}: ${errorMessage(err)}`);
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = join(dir, entry.name);
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      // Helm follows symbolic links when it loads a chart directory: so does this, once per target.
      const info = await stat(full).catch(() => undefined);
      if (!info)
        throw new ConfigurationError(
          `${rel} in the chart is a broken symbolic link; remove it or add it to ${HELMIGNORE}.`,
        );
      if (info.isDirectory()) {
        if (rules.ignores(rel, true)) continue;
        const real = await realpath(full);
        if (visited.has(real)) continue;
        visited.add(real);
        await walk(full, rel);
      } else if (info.isFile()) {
        if (rules.ignores(rel, false)) continue;
        total += info.size;
        if (total > MAX_CHART_BYTES) {
          throw new ConfigurationError(
            `The chart's files exceed ${MAX_CHART_BYTES / 1024 / 1024} MiB, more than Helm loads; leave large files out with ${HELMIGNORE}.`,
          );
        }
        files.push({ path: rel, data: await readFile(full) });
      } else if (!rules.ignores(rel, false)) {
        throw new ConfigurationError(
          `${rel} in the chart is not a regular file (a socket, device or pipe); remove it or add it to ${HELMIGNORE}.`,
        );
      }
    }
  };
  await walk(root, '');
  return files;
}

/** Writes the entries into a tar stream with fixed metadata, then gzips it without name or time. */
async function deterministicTarGz(entries: { name: string; data: Buffer }[]): Promise<Buffer> {
  const tar = pack();
  const chunks: Buffer[] = [];
  const collected = new Promise<void>((resolve, reject) => {
    tar.on('data', (c: unknown) => chunks.push(c as Buffer));
    tar.on('end', () => resolve());
    tar.on('error', reject);
  });
  for (const entry of entries) {
    await new Promise<void>((resolve, reject) =>
      tar.entry(
        {
          name: entry.name,
          size: entry.data.length,
          mode: 0o644,
          mtime: CHART_ENTRY_MTIME,
          uid: 0,
          gid: 0,
          uname: '',
          gname: '',
          type: 'file',
        },
        entry.data,
        (err) => (err ? reject(err) : resolve()),
      ),
    );
  }
  tar.finalize();
  await collected;
  // fflate writes a zero mtime, no file name and a fixed OS byte, whatever the platform.
  return Buffer.from(gzipSync(Buffer.concat(chunks), { level: 9, mtime: 0 }));
}

/**
 * Reads the entries of a gzip tarball (regular files only), refusing unsafe paths. Streamed with a bound: the files
 * together may expand to what Helm loads, and a breach is refused naming the entry before it is read.
 */
async function readTarGz(bytes: Buffer, label: string): Promise<ChartFile[]> {
  let read: Awaited<ReturnType<typeof readTarFiles>>;
  try {
    const bounds = { label, maxEntryBytes: MAX_CHART_BYTES, maxTotalBytes: MAX_CHART_BYTES };
    read = await readTarFiles(Readable.from([bytes]).pipe(createGunzip()), () => true, bounds);
  } catch (err) {
    if (isConfigurationError(err)) throw err;
    if (String((err as { code?: unknown }).code ?? '').startsWith('Z_')) {
      throw new ConfigurationError(`${label} is not a gzip archive: ${errorMessage(err)}`);
    }
    throw new ConfigurationError(`${label} is not a valid tar.gz archive: ${errorMessage(err)}`);
  }
  const files = [...read.contents].map(([path, data]) => ({ path, data }));
  for (const f of files) {
    if (f.path.startsWith('/') || f.path.split('/').includes('..') || f.path.includes('\\')) {
      throw new ConfigurationError(`${label} holds an unsafe path '${f.path}'; repackage the chart.`);
    }
  }
  return files;
}

/** The name a subchart declares: in charts/<dir>/Chart.yaml or inside charts/<file>.tgz. */
async function subchartNames(files: ChartFile[], label: string): Promise<Set<string>> {
  const names = new Set<string>();
  for (const f of files) {
    const parts = f.path.split('/');
    if (parts[0] !== 'charts') continue;
    if (parts.length === 3 && parts[2] === 'Chart.yaml') {
      names.add(parseChartYaml(f.data.toString('utf8'), `${label}/${f.path}`).name);
    } else if (parts.length === 2 && /\.tgz$/.test(parts[1])) {
      const inner = await readTarGz(f.data, `${label}/${f.path}`);
      const chartYaml = inner.find((e) => e.path.split('/').length === 2 && e.path.endsWith('/Chart.yaml'));
      if (chartYaml) names.add(parseChartYaml(chartYaml.data.toString('utf8'), `${label}/${f.path}`).name);
    }
  }
  return names;
}

/** As `helm package` does: every dependency of Chart.yaml must be vendored into charts/. */
async function checkDependencies(metadata: ChartMetadata, files: ChartFile[], label: string): Promise<void> {
  if (!metadata.dependencies?.length) return;
  const present = await subchartNames(files, label);
  const missing = metadata.dependencies.filter((d) => !present.has(d.name)).map((d) => d.name);
  if (missing.length) {
    throw new ConfigurationError(
      `${label}: dependencies ${missing.join(', ')} are listed in Chart.yaml but missing from charts/. ` +
        "Run 'helm dependency build' (or vendor the subcharts into charts/) before publishing.",
    );
  }
}

/** Packages a chart directory reproducibly, honouring its .helmignore. */
export async function packageChartDirectory(dir: string): Promise<ChartPackage> {
  const chartYamlPath = join(dir, 'Chart.yaml');
  const chartYaml = await readFile(chartYamlPath, 'utf8').catch(() => undefined);
  if (chartYaml === undefined) {
    throw new ConfigurationError(
      `${dir} has no Chart.yaml; point 'path' at a chart directory or a packaged chart .tgz.`,
    );
  }
  const metadata = parseChartYaml(chartYaml, chartYamlPath);
  const ignoreText = await readFile(join(dir, HELMIGNORE), 'utf8').catch(() => undefined);
  const rules = HelmIgnoreRules.parse(ignoreText, join(dir, HELMIGNORE));
  const files = await walkChart(dir, rules);
  if (!files.some((f) => f.path === 'Chart.yaml')) {
    throw new ConfigurationError(`${join(dir, HELMIGNORE)} ignores Chart.yaml; a chart cannot be packaged without it.`);
  }
  await checkDependencies(metadata, files, dir);
  const entries = files
    .map((f) => ({ name: `${metadata.name}/${f.path}`, data: f.data }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const bytes = await deterministicTarGz(entries);
  return { metadata, bytes, digest: digestOf(bytes), files: entries.map((e) => e.name), origin: 'directory' };
}

/** Reads and validates a packaged chart: one top directory named after the chart, holding Chart.yaml. */
export async function readChartArchive(bytes: Buffer, label: string): Promise<ChartPackage> {
  const files = await readTarGz(bytes, label);
  const tops = [...new Set(files.map((f) => f.path.split('/')[0]))];
  if (tops.length !== 1 || files.some((f) => !f.path.includes('/'))) {
    throw new ConfigurationError(
      `${label} is not a packaged chart: its files must all be under one directory named after the chart (found ${tops.slice(0, 5).join(', ') || 'nothing'}).`,
    );
  }
  const top = tops[0];
  const chartYaml = files.find((f) => f.path === `${top}/Chart.yaml`);
  if (!chartYaml) throw new ConfigurationError(`${label} has no ${top}/Chart.yaml; it is not a packaged chart.`);
  const metadata = parseChartYaml(chartYaml.data.toString('utf8'), `${label}:${top}/Chart.yaml`);
  if (metadata.name !== top) {
    throw new ConfigurationError(
      `${label}: Chart.yaml names the chart '${metadata.name}' but the archive's directory is '${top}'; repackage it with 'helm package'.`,
    );
  }
  const inner = files.map((f) => ({ path: f.path.slice(top.length + 1), data: f.data }));
  await checkDependencies(metadata, inner, label);
  return { metadata, bytes, digest: digestOf(bytes), files: files.map((f) => f.path), origin: 'archive' };
}

/** A chart from `path`: a directory is packaged here, a .tgz is validated and taken as it is. */
export async function loadChart(path: string): Promise<ChartPackage> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new ConfigurationError(`Chart path '${path}' does not exist.`);
  if (info.isDirectory()) return packageChartDirectory(path);
  return readChartArchive(await readFile(path), path);
}
