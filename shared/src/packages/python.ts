import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { createGunzip } from 'node:zlib';
import { readTarFiles } from './tar-reader';
import { readZipEntries } from './zip-entries';
import { ConfigurationError, errorMessage, isConfigurationError } from '../runtime/errors';
import { assertSafeRelativeKey, assertSafeSegment } from './paths';
import { isValidProjectName, normalizeProjectName, parsePep440 } from './pep440';
import {
  filesFromProjectPage,
  mergeSimpleProject,
  mergeSimpleRoot,
  parseSimpleProject,
  parseSimpleRoot,
  projectsFromRootPage,
  renderJson,
  renderProjectPage,
  renderRootPage,
  SIMPLE_HTML,
  SIMPLE_JSON,
  type SimpleFile,
} from './python-index';
import { fileArtifact } from './store';
import type { ArtifactWrite, IndexWrite, PlanOptions, PublishPlan } from './types';

/**
 * Python: wheels and sdists under `python/files/<project>/`, and the simple repository API under
 * `python/simple/` for `pip install --index-url <store>/python/simple/`: the root page and one page per
 * project (PEP 503 HTML at the trailing-slash key and at index.html, PEP 691 JSON at index.json). Name and
 * version come from the wheel's METADATA or the sdist's PKG-INFO and must agree with the file name.
 */

const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._+!-]*$/;
const WHEEL_NAME = /^([^-]+)-([^-]+)(?:-(\d[^-]*))?-([^-]+)-([^-]+)-([^-]+)\.whl$/;
const MAX_METADATA_BYTES = 16 * 1024 * 1024;

export type DistributionKind = 'wheel' | 'sdist';

export interface CoreMetadata {
  name: string;
  version: string;
  requiresPython?: string;
  metadataVersion?: string;
  summary?: string;
}

export interface Distribution {
  path: string;
  filename: string;
  kind: DistributionKind;
  metadata: CoreMetadata;
  /** The raw METADATA of a wheel, served beside it for PEP 658. */
  metadataFile?: Buffer;
  project: string;
  version: string;
  isPrerelease: boolean;
}

/** Parses the email-header block of METADATA / PKG-INFO (the description after the blank line is ignored). */
export function parseCoreMetadata(text: string, source: string): CoreMetadata {
  const headers = new Map<string, string>();
  let last: string | undefined;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line === '') break;
    if (/^[ \t]/.test(line) && last) {
      headers.set(last, `${headers.get(last)}\n${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) {
      throw new ConfigurationError(
        `${source} is not in the core metadata format: '${line.slice(0, 80)}' is not a header.`,
      );
    }
    last = line.slice(0, colon).trim().toLowerCase();
    // Multiple-use fields (Classifier, Requires-Dist) are not needed here; the first of each is kept.
    if (!headers.has(last)) headers.set(last, line.slice(colon + 1).trim());
  }
  const name = headers.get('name');
  const version = headers.get('version');
  const missing = [!name && 'Name', !version && 'Version'].filter(Boolean);
  if (missing.length > 0) {
    throw new ConfigurationError(`${source} has no ${missing.join(' or ')} header; rebuild the distribution.`);
  }
  return {
    name: name!,
    version: version!,
    requiresPython: headers.get('requires-python') || undefined,
    metadataVersion: headers.get('metadata-version'),
    summary: headers.get('summary'),
  };
}

function checkName(name: string, source: string): string {
  if (!isValidProjectName(name)) {
    throw new ConfigurationError(
      `Project name '${name}' in ${source} is not valid: use letters, digits, '.', '-' and '_', starting and ending with a letter or digit.`,
    );
  }
  return normalizeProjectName(name);
}

function checkVersion(version: string, source: string): { normalized: string; isPrerelease: boolean } {
  const parsed = parsePep440(version);
  if (!parsed) {
    throw new ConfigurationError(
      `Version '${version}' in ${source} is not a PEP 440 version (such as 1.4.0, 2.0rc1, 1.0.post1 or 1.0.dev3).`,
    );
  }
  if (parsed.hasLocal) {
    throw new ConfigurationError(
      `Version '${version}' in ${source} has a local part ('+...'); local versions are for builds that are not published. Publish '${parsed.normalized.split('+')[0]}' or a .postN/.devN release.`,
    );
  }
  return parsed;
}

async function readWheelMetadata(path: string, filename: string): Promise<{ metadata: Buffer; distInfo: string }> {
  let entries: Map<string, Buffer>;
  try {
    entries = await readZipEntries(path, (name) => /^[^/]+\.dist-info\/METADATA$/.test(name), MAX_METADATA_BYTES);
  } catch (err) {
    throw new ConfigurationError(`${filename} is not a valid wheel (zip) file: ${errorMessage(err)}.`);
  }
  const found = [...entries.keys()];
  if (found.length !== 1) {
    throw new ConfigurationError(
      found.length === 0
        ? `${filename} has no <name>-<version>.dist-info/METADATA; build the wheel with 'python -m build' or 'pip wheel'.`
        : `${filename} has several .dist-info folders (${found.map((f) => f.split('/')[0]).join(', ')}); a wheel has one.`,
    );
  }
  return { metadata: entries.get(found[0])!, distInfo: found[0].split('/')[0] };
}

/**
 * PKG-INFO at the top folder of an sdist (`<name>-<version>/PKG-INFO`), from a .tar.gz (streamed) or a .zip (its
 * directory): the archive is never held in memory whole.
 */
async function readSdistMetadata(path: string, filename: string): Promise<Buffer> {
  if (filename.endsWith('.zip')) {
    let entries: Map<string, Buffer>;
    try {
      entries = await readZipEntries(path, (name) => /^[^/]+\/PKG-INFO$/.test(name), MAX_METADATA_BYTES);
    } catch (err) {
      throw new ConfigurationError(`${filename} is not a valid zip file: ${errorMessage(err)}.`);
    }
    const first = [...entries.values()][0];
    if (!first)
      throw new ConfigurationError(
        `${filename} has no <name>-<version>/PKG-INFO; build it with 'python -m build --sdist'.`,
      );
    return Buffer.from(first);
  }
  let pkgInfo: Buffer | undefined;
  try {
    const isPkgInfo = (name: string) => {
      const parts = name.split('/');
      return parts.length === 2 && parts[1] === 'PKG-INFO';
    };
    const file = createReadStream(path);
    const gunzip = createGunzip();
    file.on('error', (err) => gunzip.destroy(err));
    const bounds = { label: filename, maxEntryBytes: MAX_METADATA_BYTES };
    pkgInfo = [...(await readTarFiles(file.pipe(gunzip), isPkgInfo, bounds)).contents.values()][0];
  } catch (err) {
    if (isConfigurationError(err)) throw err;
    const zlib = String((err as { code?: unknown }).code ?? '').startsWith('Z_');
    throw new ConfigurationError(
      zlib
        ? `${filename} is not a gzip-compressed tarball (${errorMessage(err)}).`
        : `${filename} is not a valid tar archive (${errorMessage(err)}).`,
    );
  }
  if (!pkgInfo) {
    throw new ConfigurationError(
      `${filename} has no <name>-<version>/PKG-INFO; build it with 'python -m build --sdist'.`,
    );
  }
  return pkgInfo;
}

function mismatch(
  filename: string,
  what: string,
  inName: string,
  inMetadata: string,
  source: string,
): ConfigurationError {
  return new ConfigurationError(
    `${filename} names ${what} '${inName}' but its ${source} says '${inMetadata}'; rebuild the distribution (the file name must match its metadata).`,
  );
}

/** Reads one wheel or sdist and checks that its file name agrees with its metadata. */
export async function readDistribution(path: string): Promise<Distribution> {
  const filename = basename(path);
  assertSafeSegment(filename, `file name '${filename}'`);
  if (!FILE_NAME.test(filename)) {
    throw new ConfigurationError(
      `File name '${filename}' is not allowed: use letters, digits, '.', '-', '_', '+' and '!'.`,
    );
  }
  return filename.endsWith('.whl') ? readWheel(path, filename) : readSdist(path, filename);
}

/** A wheel: its name's project and version agree with its METADATA and its .dist-info folder. */
async function readWheel(path: string, filename: string): Promise<Distribution> {
  const parts = WHEEL_NAME.exec(filename);
  if (!parts) {
    throw new ConfigurationError(
      `${filename} is not a wheel file name: '{name}-{version}[-{build}]-{python}-{abi}-{platform}.whl'.`,
    );
  }
  const { metadata: raw, distInfo } = await readWheelMetadata(path, filename);
  const metadata = parseCoreMetadata(raw.toString('utf8'), `${filename}!/${distInfo}/METADATA`);
  const project = checkName(metadata.name, `${filename}'s METADATA`);
  const version = checkVersion(metadata.version, `${filename}'s METADATA`);
  if (normalizeProjectName(parts[1]) !== project)
    throw mismatch(filename, 'project', parts[1], metadata.name, 'METADATA');
  if (parsePep440(parts[2])?.normalized !== version.normalized) {
    throw mismatch(filename, 'version', parts[2], metadata.version, 'METADATA');
  }
  const [distName, ...distVersion] = distInfo.replace(/\.dist-info$/, '').split('-');
  if (
    normalizeProjectName(distName) !== project ||
    parsePep440(distVersion.join('-'))?.normalized !== version.normalized
  ) {
    throw mismatch(filename, 'the folder', distInfo, `${metadata.name} ${metadata.version}`, 'METADATA');
  }
  return {
    path,
    filename,
    kind: 'wheel',
    metadata,
    metadataFile: raw,
    project,
    version: version.normalized,
    isPrerelease: version.isPrerelease,
  };
}

/** An sdist: its name's project and version agree with its PKG-INFO. */
async function readSdist(path: string, filename: string): Promise<Distribution> {
  const stem = /^(.+)\.(tar\.gz|zip)$/.exec(filename)?.[1];
  if (!stem) {
    throw new ConfigurationError(
      `${filename} is not a Python distribution: publish wheels (*.whl) and sdists (*.tar.gz), as 'python -m build' writes them.`,
    );
  }
  const metadata = parseCoreMetadata(
    (await readSdistMetadata(path, filename)).toString('utf8'),
    `${filename}!/PKG-INFO`,
  );
  const project = checkName(metadata.name, `${filename}'s PKG-INFO`);
  const version = checkVersion(metadata.version, `${filename}'s PKG-INFO`);
  // The project part of an sdist's name may itself hold '-' (older tools), so split at the last one.
  const dash = stem.lastIndexOf('-');
  const [namePart, versionPart] = dash > 0 ? [stem.slice(0, dash), stem.slice(dash + 1)] : [stem, ''];
  if (normalizeProjectName(namePart) !== project)
    throw mismatch(filename, 'project', namePart, metadata.name, 'PKG-INFO');
  if (parsePep440(versionPart)?.normalized !== version.normalized) {
    throw mismatch(filename, 'version', versionPart, metadata.version, 'PKG-INFO');
  }
  return {
    path,
    filename,
    kind: 'sdist',
    metadata,
    project,
    version: version.normalized,
    isPrerelease: version.isPrerelease,
  };
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The simple repository's root, the URL pip is pointed at (`--index-url <store>/python/simple/`). */
export const SIMPLE_ROOT = 'python/simple/';

/** A project's folder in the simple repository: its PEP 503 page at the trailing-slash key, `index.json` in it. */
export function simpleProjectDir(project: string): string {
  return assertSafeRelativeKey(`${SIMPLE_ROOT}${project}/`);
}

/** Where a distribution (wheel or sdist) of a project is stored; its page links it as `../../files/...`. */
export function distributionKey(project: string, filename: string): string {
  return assertSafeRelativeKey(`python/files/${project}/${filename}`);
}

/** What an HTML page holds when its JSON is absent (read at the trailing-slash key, else index.html). */
async function legacyPage<T>(
  options: PlanOptions,
  jsonKey: string,
  dirKey: string,
  parse: (html: string) => T[],
): Promise<T[]> {
  if (!options.readStored || (await options.readStored(jsonKey))) return [];
  const html = (await options.readStored(dirKey)) ?? (await options.readStored(`${dirKey}index.html`));
  return html ? parse(html.toString('utf8')) : [];
}

/** The plan for one release of one project: its wheels and sdist, and the simple index entries. */
export async function planPython(files: string[], options: PlanOptions): Promise<PublishPlan> {
  const distributions = await readRelease(files, options);
  const first = distributions[0];
  const { project, version } = first;
  const now = (options.now ?? new Date()).toISOString();
  const { artifacts, entries } = await releaseFiles(distributions, project, now);

  const projectDir = simpleProjectDir(project);
  const projectKey = `${projectDir}index.json`;
  const rootKey = `${SIMPLE_ROOT}index.json`;
  // A store whose pages another tool wrote has HTML and no JSON yet: its links are adopted, not dropped.
  const adoptedFiles = await legacyPage(options, projectKey, projectDir, filesFromProjectPage);
  const adoptedProjects = await legacyPage(options, rootKey, SIMPLE_ROOT, projectsFromRootPage);
  const add = { name: project, version, files: entries, adopt: adoptedFiles };
  return {
    type: 'python',
    name: first.metadata.name,
    version,
    artifacts,
    indexes: [projectIndexWrite(projectKey, projectDir, add), rootIndexWrite(rootKey, project, adoptedProjects)],
    indexKey: SIMPLE_ROOT,
    // Wheels of one release come from several jobs: each claims its own files of the version.
    claim: { key: assertSafeRelativeKey(`.claims/python/${project}/${version}`), additive: true },
  };
}

/** The distributions of one release: one project and version, each file name once, agreeing with the inputs. */
async function readRelease(files: string[], options: PlanOptions): Promise<Distribution[]> {
  if (files.length === 0) throw new ConfigurationError("'path' matched no files; nothing to publish.");
  const distributions: Distribution[] = [];
  for (const file of files) distributions.push(await readDistribution(file));
  const first = distributions[0];
  for (const d of distributions) {
    if (d.project !== first.project || d.version !== first.version) {
      throw new ConfigurationError(
        `One step publishes one release: ${first.filename} is ${first.project} ${first.version} but ${d.filename} is ${d.project} ${d.version}. Publish them in separate steps.`,
      );
    }
  }
  const names = new Set(distributions.map((d) => d.filename));
  if (names.size !== distributions.length) throw new ConfigurationError("'path' lists the same file name twice.");
  const { project, version } = first;
  if (options.name && normalizeProjectName(options.name) !== project) {
    throw new ConfigurationError(
      `Input 'name' is '${options.name}' but the distribution's metadata says '${first.metadata.name}'; remove the input or fix it.`,
    );
  }
  if (options.version && parsePep440(options.version)?.normalized !== version) {
    throw new ConfigurationError(
      `Input 'version' is '${options.version}' but the distribution's metadata says '${first.metadata.version}'; remove the input or fix it.`,
    );
  }
  return distributions;
}

/** Each distribution's stored file (and a wheel's METADATA beside it), and its entry in the project's page. */
async function releaseFiles(
  distributions: Distribution[],
  project: string,
  now: string,
): Promise<{ artifacts: ArtifactWrite[]; entries: SimpleFile[] }> {
  const artifacts: ArtifactWrite[] = [];
  const entries: SimpleFile[] = [];
  for (const d of distributions) {
    const key = distributionKey(project, d.filename);
    const contentType =
      d.kind === 'wheel' ? 'application/zip' : d.filename.endsWith('.zip') ? 'application/zip' : 'application/gzip';
    const { artifact } = await fileArtifact(d.path, key, contentType);
    artifacts.push(artifact);
    const entry: SimpleFile = {
      filename: d.filename,
      url: `../../files/${encodeURIComponent(project)}/${encodeURIComponent(d.filename)}`,
      hashes: { sha256: artifact.sha256 },
      ...(d.metadata.requiresPython ? { 'requires-python': d.metadata.requiresPython } : {}),
      size: artifact.size,
      'upload-time': now,
      yanked: false,
    };
    if (d.metadataFile) {
      // PEP 658: pip reads the wheel's METADATA alone, to resolve without downloading the wheel.
      const metadataHash = sha256(d.metadataFile);
      artifacts.push({
        key: `${key}.metadata`,
        body: d.metadataFile,
        size: d.metadataFile.length,
        contentType: 'text/plain; charset=utf-8',
        sha256: metadataHash,
      });
      entry['core-metadata'] = { sha256: metadataHash };
      entry['dist-info-metadata'] = { sha256: metadataHash };
    }
    entries.push(entry);
  }
  return { artifacts, entries };
}

/** The project's JSON page with this release's files merged in, and its HTML pages derived from it. */
function projectIndexWrite(
  projectKey: string,
  projectDir: string,
  add: Parameters<typeof mergeSimpleProject>[1],
): IndexWrite {
  const parseProject = (current: Buffer | undefined) => (current ? parseSimpleProject(current, projectKey) : undefined);
  return {
    key: projectKey,
    contentType: SIMPLE_JSON,
    validate: (current) => void mergeSimpleProject(parseProject(current), add),
    merge: (current) => {
      const merged = mergeSimpleProject(parseProject(current), add);
      return merged ? renderJson(merged) : undefined;
    },
    derived: (content) => {
      const html = renderProjectPage(parseSimpleProject(content, projectKey));
      return [
        { key: projectDir, body: html, contentType: SIMPLE_HTML },
        { key: `${projectDir}index.html`, body: html, contentType: SIMPLE_HTML },
      ];
    },
  };
}

/** The root JSON page listing the project, and its HTML pages derived from it. */
function rootIndexWrite(rootKey: string, project: string, adoptedProjects: string[]): IndexWrite {
  return {
    key: rootKey,
    contentType: SIMPLE_JSON,
    validate: (current) => void (current && parseSimpleRoot(current, rootKey)),
    merge: (current) => {
      const merged = mergeSimpleRoot(current ? parseSimpleRoot(current, rootKey) : undefined, project, adoptedProjects);
      return merged ? renderJson(merged) : undefined;
    },
    derived: (content) => {
      const html = renderRootPage(parseSimpleRoot(content, rootKey));
      return [
        { key: SIMPLE_ROOT, body: html, contentType: SIMPLE_HTML },
        { key: `${SIMPLE_ROOT}index.html`, body: html, contentType: SIMPLE_HTML },
      ];
    },
  };
}
