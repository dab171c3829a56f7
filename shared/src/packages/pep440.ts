import { compare, explain } from '@renovatebot/pep440';

/**
 * Python versions (PEP 440) and names (PEP 503), on top of @renovatebot/pep440's parser and ordering.
 * The normalised form is built here from the parsed parts: the library's own `clean` mangles local versions.
 */

export interface Pep440 {
  /** The normalised form: `1.0.0-RC.1` -> `1.0.0rc1`, `1.0-1` -> `1.0.post1`, `1.0+Local_1` -> `1.0+local.1`. */
  normalized: string;
  /** Pre-releases and development releases: pip picks them only with `--pre` or an explicit pin. */
  isPrerelease: boolean;
  hasLocal: boolean;
}

export function parsePep440(version: string): Pep440 | undefined {
  const v = explain(version.trim());
  if (!v) return undefined;
  let normalized = v.epoch ? `${v.epoch}!` : '';
  normalized += v.release.join('.');
  if (v.pre) normalized += `${v.pre[0]}${v.pre[1]}`;
  if (v.post !== null && v.post !== undefined) normalized += `.post${String(v.post)}`;
  if (v.dev !== null && v.dev !== undefined) normalized += `.dev${String(v.dev)}`;
  if (v.local) normalized += `+${v.local}`;
  return { normalized, isPrerelease: v.is_prerelease, hasLocal: Boolean(v.local) };
}

/** PEP 440 order (epoch, release, pre/post/dev, local); unparsable versions sort first, by text. */
export function comparePep440(a: string, b: string): number {
  const va = explain(a);
  const vb = explain(b);
  if (va && vb) return Math.sign(compare(a, b));
  if (!va && !vb) return a < b ? -1 : a > b ? 1 : 0;
  return va ? 1 : -1;
}

/** PEP 503: runs of '-', '_' and '.' become one '-', in lowercase. */
export function normalizeProjectName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

/** PEP 508's project name: letters and digits, with '.', '-' and '_' inside. */
export function isValidProjectName(name: string): boolean {
  return /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i.test(name);
}
