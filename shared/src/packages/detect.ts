import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { extract } from 'tar-stream';
import { ConfigurationError } from '../runtime/errors';
import type { PackageType } from './types';

/** What one file (or directory) looks like, before the set of them is judged together. */
export type FileKind = PackageType | 'unknown';

/** The markers inside a gzip tarball that tell npm pack output, a Python sdist and a Helm chart apart. */
async function tarballKind(path: string): Promise<FileKind> {
  let kind: FileKind = 'unknown';
  const reader = extract();
  reader.on('entry', (header, stream, next) => {
    const parts = header.name.replace(/^\.\//, '').split('/');
    if (kind === 'unknown' && parts.length === 2) {
      if (parts[0] === 'package' && parts[1] === 'package.json') kind = 'npm';
      else if (parts[1] === 'PKG-INFO') kind = 'python';
      else if (parts[1] === 'Chart.yaml') kind = 'helm';
    }
    // Known: the rest of the archive (however far it expands) is not read.
    if (kind !== 'unknown') {
      reader.destroy();
      return;
    }
    stream.on('end', next);
    stream.resume();
  });
  try {
    await pipeline(createReadStream(path), createGunzip(), reader);
  } catch {
    return kind;
  }
  return kind;
}

export async function fileKind(path: string): Promise<FileKind> {
  const info = await stat(path);
  if (info.isDirectory()) {
    const chart = await stat(join(path, 'Chart.yaml')).catch(() => undefined);
    return chart?.isFile() ? 'helm' : 'unknown';
  }
  const name = basename(path).toLowerCase();
  if (name === 'pom.xml' || name.endsWith('.pom') || name.endsWith('.jar') || name.endsWith('.war')) return 'maven';
  if (name.endsWith('.whl')) return 'python';
  if (name.endsWith('.zip')) return 'zip';
  if (name.endsWith('.tgz') || name.endsWith('.tar.gz')) return tarballKind(path);
  return 'unknown';
}

/**
 * The package type of a set of files, when they agree: jars and poms are maven, an `npm pack` tarball is npm,
 * wheels and sdists are python, zips are zip, a chart directory is helm. Anything else asks for `type`.
 */
export async function detectPackageType(files: string[]): Promise<PackageType> {
  if (files.length === 0) throw new ConfigurationError("'path' matched no files; nothing to publish.");
  const kinds = await Promise.all(files.map(async (f) => ({ file: basename(f), kind: await fileKind(f) })));
  const found = [...new Set(kinds.map((k) => k.kind))];
  if (found.length === 1 && found[0] !== 'unknown') return found[0];
  const listing = kinds.map((k) => `  ${k.file}: ${k.kind === 'unknown' ? 'not recognised' : k.kind}`).join('\n');
  throw new ConfigurationError(
    `Cannot tell the package type from the files:\n${listing}\nSet the 'type' input (maven, npm, python or zip), or narrow 'path' to one package's files.`,
  );
}
