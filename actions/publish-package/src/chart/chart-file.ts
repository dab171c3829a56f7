import parseVersion from 'semver/functions/parse';
import validRange from 'semver/ranges/valid';
import { parse as parseYaml } from 'yaml';
import { ConfigurationError, errorMessage } from '../../../../shared/src/runtime/errors';

/**
 * Chart.yaml, read and checked as Helm does (pkg/chart Metadata.Validate and `helm lint`'s Chart.yaml rules),
 * and turned into the JSON that Helm stores as a chart's OCI config: Go's encoding of chart.Metadata.
 */

export interface ChartMaintainer {
  name?: string;
  email?: string;
  url?: string;
}

export interface ChartDependency {
  name: string;
  version?: string;
  repository: string;
  condition?: string;
  tags?: string[];
  enabled?: boolean;
  'import-values'?: unknown[];
  'export-values'?: unknown[];
  alias?: string;
}

/** The fields of chart.Metadata, in the order Go writes them. */
export interface ChartMetadata {
  name: string;
  home?: string;
  sources?: string[];
  version: string;
  description?: string;
  keywords?: string[];
  maintainers?: ChartMaintainer[];
  icon?: string;
  apiVersion: 'v1' | 'v2';
  condition?: string;
  tags?: string;
  appVersion?: string;
  deprecated?: boolean;
  annotations?: Record<string, string>;
  kubeVersion?: string;
  dependencies?: ChartDependency[];
  type?: 'application' | 'library';
}

const METADATA_FIELDS = [
  'name',
  'home',
  'sources',
  'version',
  'description',
  'keywords',
  'maintainers',
  'icon',
  'apiVersion',
  'condition',
  'tags',
  'appVersion',
  'deprecated',
  'annotations',
  'kubeVersion',
  'dependencies',
  'type',
] as const satisfies readonly (keyof ChartMetadata)[];

const DEPENDENCY_FIELDS = [
  'name',
  'version',
  'repository',
  'condition',
  'tags',
  'enabled',
  'import-values',
  'export-values',
  'alias',
] as const satisfies readonly (keyof ChartDependency)[];

/** Helm's rule for dependency aliases (pkg/chart dependency.go). */
const ALIAS = /^[a-zA-Z0-9-_]+$/;

/** The longest tag a registry takes; a chart's version becomes its tag. */
const MAX_TAG_LENGTH = 128;

/**
 * Helm's sanitizeString: whitespace becomes a space and unprintable characters go, so that the stored
 * metadata is what `helm show chart` prints.
 */
export function sanitizeChartString(value: string): string {
  return value.replace(/[\t\n\v\f\r\u0085\u00a0\p{Z}]/gu, ' ').replace(/\p{C}/gu, '');
}

function fail(file: string, field: string, what: string): never {
  throw new ConfigurationError(`${file}: ${field}: ${what}`);
}

function optionalString(raw: Record<string, unknown>, key: string, file: string, prefix = ''): string | undefined {
  const value = raw[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    fail(
      file,
      `${prefix}${key}`,
      `must be a string, found ${typeOf(value)} ${JSON.stringify(value)}; quote it: ${key}: "${String(value)}"`,
    );
  }
  return value;
}

function optionalStringList(
  raw: Record<string, unknown>,
  key: string,
  file: string,
  prefix = '',
): string[] | undefined {
  const value = raw[key];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    fail(file, `${prefix}${key}`, 'must be a list of strings');
  }
  return value as string[];
}

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'a mapping' : `a ${typeof value}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A strict SemVer 2 version as Helm's lint wants it: no leading `v`, no missing minor or patch. */
export function isStrictSemver(version: string): boolean {
  const parsed = parseVersion(version);
  // node-semver forgives a leading 'v' or '=' and drops build metadata from `version`: compare the full text.
  return parsed !== null && `${parsed.version}${parsed.build.length ? `+${parsed.build.join('.')}` : ''}` === version;
}

function parseDependency(raw: unknown, index: number, file: string): ChartDependency {
  const at = `dependencies[${index}].`;
  if (!isRecord(raw)) fail(file, `dependencies[${index}]`, 'must be a mapping with name, version and repository');
  const name = optionalString(raw, 'name', file, at);
  if (!name) fail(file, `${at}name`, 'is required');
  const version = optionalString(raw, 'version', file, at);
  if (version !== undefined && validRange(version) === null) {
    fail(file, `${at}version`, `"${version}" is not a version or a version range such as "1.2.3" or "~1.2"`);
  }
  const alias = optionalString(raw, 'alias', file, at);
  if (alias !== undefined && alias !== '' && !ALIAS.test(alias)) {
    fail(file, `${at}alias`, `"${alias}" may hold only letters, digits, '-' and '_'`);
  }
  const enabled = raw.enabled;
  if (enabled !== undefined && enabled !== null && typeof enabled !== 'boolean') {
    fail(file, `${at}enabled`, 'must be true or false');
  }
  for (const key of ['import-values', 'export-values'] as const) {
    if (raw[key] !== undefined && raw[key] !== null && !Array.isArray(raw[key])) {
      fail(file, `${at}${key}`, 'must be a list');
    }
  }
  const dependency: ChartDependency = {
    name: sanitizeChartString(name),
    repository: sanitizeChartString(optionalString(raw, 'repository', file, at) ?? ''),
  };
  if (version) dependency.version = sanitizeChartString(version);
  const condition = optionalString(raw, 'condition', file, at);
  if (condition) dependency.condition = sanitizeChartString(condition);
  const tags = optionalStringList(raw, 'tags', file, at);
  if (tags?.length) dependency.tags = tags.map(sanitizeChartString);
  if (enabled === true) dependency.enabled = true;
  for (const key of ['import-values', 'export-values'] as const) {
    const list = raw[key] as unknown[] | undefined;
    if (list?.length) dependency[key] = list;
  }
  if (alias) dependency.alias = alias;
  return dependency;
}

function parseMaintainer(raw: unknown, index: number, file: string): ChartMaintainer {
  const at = `maintainers[${index}].`;
  if (!isRecord(raw)) fail(file, `maintainers[${index}]`, 'must be a mapping with name (and email, url)');
  const name = optionalString(raw, 'name', file, at);
  if (!name) fail(file, `${at}name`, 'is required for every maintainer');
  const maintainer: ChartMaintainer = { name: sanitizeChartString(name) };
  const email = optionalString(raw, 'email', file, at);
  if (email) maintainer.email = sanitizeChartString(email);
  const url = optionalString(raw, 'url', file, at);
  if (url) maintainer.url = sanitizeChartString(url);
  return maintainer;
}

/** The fields that identify a chart: apiVersion v1 or v2, a name that is one path segment, a SemVer 2 version. */
function chartIdentity(
  raw: Record<string, unknown>,
  file: string,
): { apiVersion: 'v1' | 'v2'; name: string; version: string } {
  const apiVersion = optionalString(raw, 'apiVersion', file);
  if (!apiVersion) fail(file, 'apiVersion', 'is required; set it to v2 (Helm 3) or v1');
  if (apiVersion !== 'v1' && apiVersion !== 'v2') fail(file, 'apiVersion', `"${apiVersion}" is not v1 or v2`);

  const name = optionalString(raw, 'name', file);
  if (!name) fail(file, 'name', 'is required');
  if (name === '.' || name === '..' || /[/\\]/.test(name) || name.trim() !== name) {
    fail(file, 'name', `"${name}" is not a chart name: use letters, digits and '-', such as "my-service"`);
  }

  const version = optionalString(raw, 'version', file);
  if (!version) fail(file, 'version', 'is required: a SemVer 2 version such as 1.2.3');
  if (!isStrictSemver(version)) {
    fail(file, 'version', `"${version}" is not a SemVer 2 version such as 1.2.3, 1.2.3-rc.1 or 1.2.3+build.5`);
  }
  if (version.length > MAX_TAG_LENGTH) {
    fail(file, 'version', `"${version}" is longer than ${MAX_TAG_LENGTH} characters, the longest registry tag`);
  }
  return { apiVersion, name, version };
}

/** Dependencies (apiVersion v2 only), each name or alias once. */
function chartDependencies(rawDependencies: unknown, apiVersion: string, file: string): ChartDependency[] | undefined {
  let dependencies: ChartDependency[] | undefined;
  if (rawDependencies !== undefined && rawDependencies !== null) {
    if (!Array.isArray(rawDependencies)) fail(file, 'dependencies', 'must be a list');
    if (rawDependencies.length && apiVersion !== 'v2') {
      fail(file, 'dependencies', 'are valid only with apiVersion v2; a v1 chart lists them in requirements.yaml');
    }
    dependencies = rawDependencies.map((d, i) => parseDependency(d, i, file));
    const seen = new Set<string>();
    for (const d of dependencies) {
      const key = d.alias || d.name;
      if (seen.has(key)) fail(file, 'dependencies', `more than one dependency with name or alias "${key}"`);
      seen.add(key);
    }
  }
  return dependencies;
}

function chartMaintainers(rawMaintainers: unknown, file: string): ChartMaintainer[] | undefined {
  let maintainers: ChartMaintainer[] | undefined;
  if (rawMaintainers !== undefined && rawMaintainers !== null) {
    if (!Array.isArray(rawMaintainers)) fail(file, 'maintainers', 'must be a list');
    maintainers = rawMaintainers.map((m, i) => parseMaintainer(m, i, file));
  }
  return maintainers;
}

/** Annotations: a mapping of strings. */
function chartAnnotations(rawAnnotations: unknown, file: string): Record<string, string> | undefined {
  let annotations: Record<string, string> | undefined;
  if (rawAnnotations !== undefined && rawAnnotations !== null) {
    if (!isRecord(rawAnnotations)) fail(file, 'annotations', 'must be a mapping of strings');
    annotations = {};
    for (const [key, value] of Object.entries(rawAnnotations)) {
      if (typeof value !== 'string') fail(file, `annotations.${key}`, 'must be a string; quote it');
      annotations[key] = value;
    }
  }
  return annotations;
}

/**
 * Parses and validates a Chart.yaml: apiVersion v1 or v2, a name that is a single path segment, a strict SemVer 2
 * version, type application or library (v2 only), dependencies (v2 only) with unique names or aliases.
 * `file` names the file in messages.
 */
export function parseChartYaml(text: string, file = 'Chart.yaml'): ChartMetadata {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (err) {
    throw new ConfigurationError(`${file}: not valid YAML: ${errorMessage(err)}`);
  }
  if (!isRecord(raw)) fail(file, 'document', 'must be a mapping with apiVersion, name and version');

  const { apiVersion, name, version } = chartIdentity(raw, file);

  const type = optionalString(raw, 'type', file);
  if (type) {
    if (apiVersion !== 'v2') fail(file, 'type', 'is valid only with apiVersion v2');
    if (type !== 'application' && type !== 'library') fail(file, 'type', `"${type}" is not application or library`);
  }

  const dependencies = chartDependencies(raw.dependencies, apiVersion, file);
  const maintainers = chartMaintainers(raw.maintainers, file);
  const annotations = chartAnnotations(raw.annotations, file);

  const deprecated = raw.deprecated;
  if (deprecated !== undefined && deprecated !== null && typeof deprecated !== 'boolean') {
    fail(file, 'deprecated', 'must be true or false');
  }

  const kubeVersion = optionalString(raw, 'kubeVersion', file);
  if (kubeVersion && validRange(kubeVersion, { includePrerelease: true }) === null) {
    fail(file, 'kubeVersion', `"${kubeVersion}" is not a version constraint such as ">=1.25.0-0"`);
  }

  const textField = (key: string): string | undefined => {
    const value = optionalString(raw, key, file);
    return value ? sanitizeChartString(value) : undefined;
  };
  const list = (key: string): string[] | undefined => {
    const value = optionalStringList(raw, key, file);
    return value?.length ? value.map(sanitizeChartString) : undefined;
  };

  const metadata: ChartMetadata = {
    name: sanitizeChartString(name),
    home: textField('home'),
    sources: list('sources'),
    version,
    description: textField('description'),
    keywords: list('keywords'),
    maintainers: maintainers?.length ? maintainers : undefined,
    icon: textField('icon'),
    apiVersion,
    condition: textField('condition'),
    tags: textField('tags'),
    appVersion: textField('appVersion'),
    deprecated: deprecated === true ? true : undefined,
    annotations: annotations && Object.keys(annotations).length ? annotations : undefined,
    kubeVersion: kubeVersion ? sanitizeChartString(kubeVersion) : undefined,
    dependencies: dependencies?.length ? dependencies : undefined,
    type: type ? (type as ChartMetadata['type']) : undefined,
  };
  return metadata;
}

/** JSON as Go's encoding/json writes it: `<`, `>`, `&`, U+2028 and U+2029 escaped, map keys sorted. */
export function marshalLikeGo(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function sortedRecord(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((k) => [k, record[k]]),
  );
}

/** Orders an object's keys as a Go struct declares them, dropping empty (omitempty) fields. */
function inFieldOrder<T extends object>(value: T, fields: readonly (keyof T)[], always: (keyof T)[] = []): Partial<T> {
  const out: Partial<T> = {};
  for (const field of fields) {
    const v = value[field];
    if (always.includes(field) || (v !== undefined && v !== '' && v !== false)) out[field] = v;
  }
  return out;
}

/**
 * The chart's OCI config blob: chart.Metadata as Helm marshals it (struct field order, empty fields left out,
 * annotation keys sorted), so a chart pushed here and by `helm push` has the same config.
 */
export function chartConfigJson(metadata: ChartMetadata): Buffer {
  const ordered = inFieldOrder(metadata, METADATA_FIELDS) as Record<string, unknown>;
  if (metadata.maintainers) {
    ordered.maintainers = metadata.maintainers.map((m) => inFieldOrder(m, ['name', 'email', 'url']));
  }
  if (metadata.annotations) ordered.annotations = sortedRecord(metadata.annotations);
  if (metadata.dependencies) {
    // Go writes name and repository even when empty: they have no omitempty.
    ordered.dependencies = metadata.dependencies.map((d) => inFieldOrder(d, DEPENDENCY_FIELDS, ['name', 'repository']));
  }
  return Buffer.from(marshalLikeGo(ordered), 'utf8');
}
