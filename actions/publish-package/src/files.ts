import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { Minimatch } from 'minimatch';
import { ConfigurationError } from '../../../shared/src/runtime/errors';

/** The folder a glob starts from: its segments before the first one with a wildcard. */
function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const part of parts) {
    if (new Minimatch(part).hasMagic()) break;
    fixed.push(part);
  }
  return fixed.join('/') || '.';
}

async function walk(dir: string, out: string[]): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name === '.git') continue;
      out.push(path);
      await walk(path, out);
    } else if (entry.isFile()) out.push(path);
  }
}

/**
 * The files (and chart directories) that `path` names: each line a path or a glob, relative to `cwd`.
 * A pattern that matches nothing is a mistake worth reporting, not an empty publish.
 */
export async function resolvePaths(patterns: string[], cwd: string): Promise<string[]> {
  if (patterns.length === 0) throw new ConfigurationError("Input 'path' is empty; name the files to publish.");
  const found = new Set<string>();
  for (const raw of patterns) {
    const pattern = raw.replace(/\\/g, '/');
    const matcher = new Minimatch(pattern, { dot: false });
    if (!matcher.hasMagic()) {
      const path = resolve(cwd, pattern);
      const info = await stat(path).catch(() => undefined);
      if (!info) throw new ConfigurationError(`Input 'path': '${raw}' does not exist (relative to ${cwd}).`);
      found.add(path);
      continue;
    }
    const base = resolve(cwd, globBase(pattern));
    const candidates: string[] = [];
    if (await stat(base).catch(() => undefined)) await walk(base, candidates);
    const absolute = isAbsolute(pattern)
      ? new Minimatch(pattern)
      : new Minimatch(resolve(cwd, pattern).split(sep).join('/'));
    const matched = candidates.filter((c) => absolute.match(c.split(sep).join('/')));
    // A directory is only kept when the glob names it on purpose (a chart folder); files otherwise.
    const files: string[] = [];
    for (const m of matched) if ((await stat(m)).isFile() || pattern.endsWith('/')) files.push(m);
    if (files.length === 0) {
      throw new ConfigurationError(`Input 'path': '${raw}' matched no files under ${relative(cwd, base) || '.'}.`);
    }
    for (const f of files) found.add(f);
  }
  return [...found].sort();
}
