import { ConfigurationError } from '../runtime/errors';
import { comparePep440 } from './pep440';

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
  hashes: { sha256: string };
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

/** Throws when a file of this release is listed with other content: published files are immutable. */
export function assertNoConflict(current: SimpleProject | undefined, files: SimpleFile[]): void {
  for (const file of files) {
    const listed = current?.files.find((f) => f.filename === file.filename);
    if (listed && listed.hashes?.sha256 !== file.hashes.sha256) {
      throw new ConfigurationError(
        `${file.filename} is already published with other content (sha256 ${listed.hashes?.sha256 ?? 'unknown'}, this file ${file.hashes.sha256}). Published files are immutable: publish a new version (or a build tag for a wheel).`,
      );
    }
  }
}

/** Adds this release's files (and version) to the project's index; undefined when all are already listed. */
export function mergeSimpleProject(
  current: SimpleProject | undefined,
  add: { name: string; version: string; files: SimpleFile[] },
): SimpleProject | undefined {
  assertNoConflict(current, add.files);
  const listed = new Set(current?.files.map((f) => f.filename));
  const added = add.files.filter((f) => !listed.has(f.filename));
  const versions = current?.versions ?? [];
  if (current && added.length === 0 && versions.includes(add.version)) return undefined;
  return {
    meta: { 'api-version': API_VERSION },
    name: add.name,
    versions: [...new Set([...versions, add.version])].sort(comparePep440),
    files: [...(current?.files ?? []), ...added],
  };
}

/** Adds a project to the root index; undefined when it is listed. */
export function mergeSimpleRoot(current: SimpleRoot | undefined, name: string): SimpleRoot | undefined {
  const projects = current?.projects ?? [];
  if (projects.some((p) => p.name === name)) return undefined;
  return {
    meta: { 'api-version': API_VERSION },
    projects: [...projects, { name }].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
  };
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
    const attributes = [`href="${escapeHtml(`${f.url}#sha256=${f.hashes.sha256}`)}"`];
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
