import { ConfigurationError } from '../runtime/errors';
import { comparePep440, parsePep440 } from './pep440';

/**
 * The simple repository API that pip reads, in both forms: PEP 691 JSON (the stored source of truth, merged
 * under optimistic concurrency) and the PEP 503 HTML pages rendered from it. A project's JSON lists every
 * file ever published for it; a merge only adds files, and refuses a file name that is listed with another
 * hash.
 */

export const SIMPLE_JSON = 'application/vnd.pypi.simple.v1+json';
export const SIMPLE_HTML = 'text/html';
const API_VERSION = '1.1';

export interface SimpleFile {
  filename: string;
  /** Relative to the project's page, as pip resolves it: `../../files/<project>/<filename>`. */
  url: string;
  /** Empty only for a link adopted from a page that gave no hash. */
  hashes: { sha256?: string };
  'requires-python'?: string;
  /** PEP 658/714: the wheel's METADATA is served at `<url>.metadata` with this hash. */
  'core-metadata'?: { sha256: string };
  'dist-info-metadata'?: { sha256: string };
  size?: number;
  'upload-time'?: string;
  yanked?: boolean | string;
}

export interface SimpleProject {
  meta: { 'api-version': string };
  name: string;
  versions: string[];
  files: SimpleFile[];
}

export interface SimpleRoot {
  meta: { 'api-version': string };
  projects: { name: string }[];
}

function parseJson(content: Buffer, key: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(content.toString('utf8'));
  } catch (err) {
    throw new Error(`The stored ${key} is not valid JSON (${(err as Error).message}); repair or remove it.`, {
      cause: err,
    });
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`The stored ${key} is not a JSON object; repair or remove it.`);
  }
  return value as Record<string, unknown>;
}

export function parseSimpleProject(content: Buffer, key: string): SimpleProject {
  const value = parseJson(content, key);
  if (!Array.isArray(value.files) || typeof value.name !== 'string') {
    throw new Error(`The stored ${key} has no 'name' and 'files'; repair or remove it.`);
  }
  return {
    meta: { 'api-version': API_VERSION },
    name: value.name,
    versions: Array.isArray(value.versions) ? (value.versions as string[]) : [],
    files: value.files as SimpleFile[],
  };
}

export function parseSimpleRoot(content: Buffer, key: string): SimpleRoot {
  const value = parseJson(content, key);
  if (!Array.isArray(value.projects)) throw new Error(`The stored ${key} has no 'projects'; repair or remove it.`);
  return { meta: { 'api-version': API_VERSION }, projects: value.projects as { name: string }[] };
}

/** The version in a wheel's or sdist's file name, normalised; undefined when it does not parse. */
export function versionOfFilename(filename: string): string | undefined {
  const wheel = /^[^-]+-([^-]+)-.+\.whl$/.exec(filename)?.[1];
  const sdist = /^.+-([^-]+)\.(?:tar\.gz|zip|tar\.bz2|tgz)$/.exec(filename)?.[1];
  const version = wheel ?? sdist;
  return version ? parsePep440(version)?.normalized : undefined;
}

/** Throws when a file of this release is listed with other content: published files are immutable. */
export function assertNoConflict(current: SimpleProject | undefined, files: SimpleFile[]): void {
  for (const file of files) {
    const listed = current?.files.find((f) => f.filename === file.filename);
    if (listed && listed.hashes?.sha256 !== file.hashes.sha256) {
      throw new ConfigurationError(
        `${file.filename} is already published with other content (sha256 ${listed.hashes?.sha256 || 'unknown'}, this file ${file.hashes.sha256}). Published files are immutable: publish a new version (or a build tag for a wheel).`,
      );
    }
  }
}

/** Adds this release's files (and version) to the project's index; undefined when all are already listed. */
export function mergeSimpleProject(
  stored: SimpleProject | undefined,
  add: { name: string; version: string; files: SimpleFile[]; adopt?: SimpleFile[] },
): SimpleProject | undefined {
  // Without JSON yet, the files of an existing HTML page are its starting point.
  const current: SimpleProject | undefined =
    stored ??
    (add.adopt?.length
      ? { meta: { 'api-version': API_VERSION }, name: add.name, versions: [], files: add.adopt }
      : undefined);
  assertNoConflict(current, add.files);
  const listed = new Set(current?.files.map((f) => f.filename));
  const added = add.files.filter((f) => !listed.has(f.filename));
  const versions = stored
    ? stored.versions
    : (add.adopt ?? []).map((f) => versionOfFilename(f.filename)).filter((v): v is string => v !== undefined);
  if (stored && added.length === 0 && versions.includes(add.version)) return undefined;
  return {
    meta: { 'api-version': API_VERSION },
    name: add.name,
    versions: [...new Set([...versions, add.version])].sort(comparePep440),
    files: [...(current?.files ?? []), ...added],
  };
}

/** Adds a project to the root index; undefined when it is listed. */
export function mergeSimpleRoot(
  current: SimpleRoot | undefined,
  name: string,
  adopt: string[] = [],
): SimpleRoot | undefined {
  const projects = current?.projects ?? [];
  if (current && projects.some((p) => p.name === name)) return undefined;
  const names = new Set([...projects.map((p) => p.name), ...(current ? [] : adopt), name]);
  return {
    meta: { 'api-version': API_VERSION },
    projects: [...names].sort().map((n) => ({ name: n })),
  };
}

function unescapeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (entity: string, code: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (code[0] !== '#') return named[code.toLowerCase()] ?? entity;
    const n = code[1].toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return Number.isFinite(n) ? String.fromCodePoint(n) : entity;
  });
}

function anchors(html: string): { attributes: Record<string, string>; text: string }[] {
  const found: { attributes: Record<string, string>; text: string }[] = [];
  for (const match of html.matchAll(/<a\s([^>]*)>([^<]*)<\/a>/gi)) {
    const attributes: Record<string, string> = {};
    for (const a of match[1].matchAll(/([a-z][a-z0-9-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)) {
      attributes[a[1].toLowerCase()] = unescapeHtml(a[2] ?? a[3] ?? a[4] ?? '');
    }
    found.push({ attributes, text: unescapeHtml(match[2].trim()) });
  }
  return found;
}

/**
 * The files of a PEP 503 project page written before the JSON existed (by another tool): adopted into the
 * first JSON, so that no file listed there is dropped. Links without a sha256 fragment are kept without one.
 */
export function filesFromProjectPage(html: string): SimpleFile[] {
  return anchors(html).flatMap(({ attributes, text }) => {
    const href = attributes.href;
    if (!href) return [];
    const [url, fragment = ''] = href.split('#', 2);
    const filename = text || decodeURIComponent(url.split('/').pop() ?? '');
    if (!filename) return [];
    const sha256 = /(?:^|&)sha256=([0-9a-f]{64})/i.exec(fragment)?.[1]?.toLowerCase();
    const metadata = attributes['data-core-metadata'] ?? attributes['data-dist-info-metadata'];
    const metadataHash = metadata ? /^sha256=([0-9a-f]{64})$/i.exec(metadata)?.[1] : undefined;
    const file: SimpleFile = { filename, url, hashes: sha256 ? { sha256 } : {} };
    if (attributes['data-requires-python']) file['requires-python'] = attributes['data-requires-python'];
    if (metadataHash) file['core-metadata'] = file['dist-info-metadata'] = { sha256: metadataHash.toLowerCase() };
    if (attributes['data-yanked'] !== undefined) file.yanked = attributes['data-yanked'] || true;
    return [file];
  });
}

/** The project names of a PEP 503 root page written before the JSON existed. */
export function projectsFromRootPage(html: string): string[] {
  return anchors(html)
    .map(({ text }) => text)
    .filter((name) => name.length > 0);
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function page(title: string, links: string[]): Buffer {
  return Buffer.from(
    `<!DOCTYPE html>
<html>
  <head>
    <meta name="pypi:repository-version" content="${API_VERSION}">
    <title>${escapeHtml(title)}</title>
  </head>
  <body>
    <h1>${escapeHtml(title)}</h1>
${links.map((l) => `    ${l}<br>\n`).join('')}  </body>
</html>
`,
    'utf8',
  );
}

/** PEP 503 project page: one anchor per file, with its hash, Requires-Python and metadata hash. */
export function renderProjectPage(project: SimpleProject): Buffer {
  const links = project.files.map((f) => {
    const hash = f.hashes?.sha256 ? `#sha256=${f.hashes.sha256}` : '';
    const attributes = [`href="${escapeHtml(`${f.url}${hash}`)}"`];
    if (f['requires-python']) attributes.push(`data-requires-python="${escapeHtml(f['requires-python'])}"`);
    const metadata = f['core-metadata'] ?? f['dist-info-metadata'];
    if (metadata) {
      attributes.push(`data-dist-info-metadata="sha256=${escapeHtml(metadata.sha256)}"`);
      attributes.push(`data-core-metadata="sha256=${escapeHtml(metadata.sha256)}"`);
    }
    if (f.yanked) attributes.push(`data-yanked="${escapeHtml(typeof f.yanked === 'string' ? f.yanked : '')}"`);
    return `<a ${attributes.join(' ')}>${escapeHtml(f.filename)}</a>`;
  });
  return page(`Links for ${project.name}`, links);
}

export function renderRootPage(root: SimpleRoot): Buffer {
  return page(
    'Simple index',
    root.projects.map((p) => `<a href="${escapeHtml(encodeURIComponent(p.name))}/">${escapeHtml(p.name)}</a>`),
  );
}

export function renderJson(value: SimpleProject | SimpleRoot): Buffer {
  return Buffer.from(JSON.stringify(value, null, 2) + '\n', 'utf8');
}
