import { minimatch } from 'minimatch';
import { ConfigurationError } from '../../../../shared/src/runtime/errors';

/**
 * `.helmignore`, with Helm's own semantics (pkg/ignore), which are not gitignore's: rules are tried in order and
 * the first that decides wins; a pattern without `/` matches the base name, one with `/` the whole path
 * (a leading `/` anchors it at the chart root), a trailing `/` matches directories only, `**` is refused.
 * A negated rule (`!pattern`) ignores every path it does NOT match, exactly as `helm package` does.
 */

export const HELMIGNORE = '.helmignore';

/** What Helm always ignores after the file's rules: dotfiles in templates/. */
const DEFAULT_RULES = ['templates/.?*'];

interface IgnoreRule {
  raw: string;
  pattern: string;
  negate: boolean;
  mustDir: boolean;
  /** Which part of the path the pattern is matched against. */
  scope: 'basename' | 'path';
}

/** Go's filepath.Match: `*` and `?` never cross `/`, dots are not special, no braces, no globstar. */
function globMatch(pattern: string, name: string): boolean {
  return minimatch(name, pattern, {
    dot: true,
    noglobstar: true,
    nobrace: true,
    noext: true,
    nocomment: true,
    nonegate: true,
    optimizationLevel: 0,
  });
}

function parseRule(line: string, lineNumber: number, file: string): IgnoreRule | undefined {
  const raw = line.trim();
  if (raw === '' || raw.startsWith('#')) return undefined;
  if (raw.includes('**')) {
    throw new ConfigurationError(
      `${file}:${lineNumber}: "${raw}": Helm does not support '**' in .helmignore; use a pattern per directory level, such as "dir/*/file".`,
    );
  }
  let pattern = raw;
  const negate = pattern.startsWith('!');
  if (negate) pattern = pattern.slice(1);
  const mustDir = pattern.endsWith('/');
  if (mustDir) pattern = pattern.replace(/\/+$/, '');
  let scope: IgnoreRule['scope'] = 'basename';
  if (pattern.startsWith('/')) {
    pattern = pattern.replace(/^\/+/, '');
    scope = 'path';
  } else if (pattern.includes('/')) {
    scope = 'path';
  }
  return { raw, pattern, negate, mustDir, scope };
}

/** The rules of a chart: those of its `.helmignore` (when it has one), then Helm's defaults. */
export class HelmIgnoreRules {
  private constructor(private readonly rules: IgnoreRule[]) {}

  static parse(text: string | undefined, file = HELMIGNORE): HelmIgnoreRules {
    const rules: IgnoreRule[] = [];
    (text ?? '').split(/\r?\n/).forEach((line, i) => {
      const rule = parseRule(line, i + 1, file);
      if (rule) rules.push(rule);
    });
    for (const d of DEFAULT_RULES) rules.push(parseRule(d, 0, 'defaults')!);
    return new HelmIgnoreRules(rules);
  }

  /** Whether a path relative to the chart root (with `/` separators) is left out of the package. */
  ignores(path: string, isDirectory: boolean): boolean {
    if (path === '' || path === '.' || path === './') return false;
    for (const rule of this.rules) {
      const subject = rule.scope === 'basename' ? path.slice(path.lastIndexOf('/') + 1) : path;
      if (rule.negate) {
        if (rule.mustDir && !isDirectory) return true;
        if (!globMatch(rule.pattern, subject)) return true;
        continue;
      }
      if (rule.mustDir && !isDirectory) continue;
      if (globMatch(rule.pattern, subject)) return true;
    }
    return false;
  }
}
