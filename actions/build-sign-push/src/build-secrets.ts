import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { BuildSecretMount } from '../../../shared/src/oci/build';
import { ConfigurationError } from '../../../shared/src/runtime/errors';

/** A build secret: its value (input `secrets`) or the file holding it (input `secret-files`). */
export type BuildSecret = { id: string; value: string } | { id: string; path: string };

const SECRET_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** The shortest line of a secret file that is masked on its own: shorter ones ("{", "}") would blank the logs. */
const MIN_MASKED_LINE = 8;

/**
 * `id=value` lines (`secrets`) or `id=path` lines (`secret-files`). Every value is handed to `mask` the moment it
 * is read, and no message ever repeats a line: a malformed line is named by its number only.
 */
export function parseSecretLines(
  text: string | undefined,
  input: 'secrets' | 'secret-files',
  mask: (value: string) => void,
): BuildSecret[] {
  const out: BuildSecret[] = [];
  for (const [i, raw] of (text ?? '').split('\n').entries()) {
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) continue;
    const eq = line.indexOf('=');
    const value = eq < 0 ? line : line.slice(eq + 1);
    if (input === 'secrets' && value) mask(value);
    const id = eq < 0 ? '' : line.slice(0, eq).trim();
    if (!SECRET_ID.test(id) || !value) {
      throw new ConfigurationError(
        `Line ${i + 1} of '${input}' is not ${input === 'secrets' ? 'id=value' : 'id=path'} (the line is not repeated here, as it may hold a secret): write one per line, the id of letters, digits, '.', '_' or '-'.`,
      );
    }
    if (out.some((s) => s.id === id)) {
      throw new ConfigurationError(
        `The build secret id '${id}' is given twice in 'secrets'/'secret-files'; ids must be unique.`,
      );
    }
    out.push(input === 'secrets' ? { id, value } : { id, path: value.trim() });
  }
  return out;
}

/** Masks what a secret file holds: its whole text and each line long enough to mask on its own. */
export function maskSecretFile(path: string, mask: (value: string) => void): void {
  const text = readFileSync(path, 'utf8');
  if (text.trim()) mask(text.trim());
  for (const line of text.split('\n')) if (line.trim().length >= MIN_MASKED_LINE) mask(line.trim());
}

/** Both secret inputs together, each id once (a value given twice is a mistake, not an override). */
export function combineSecrets(values: BuildSecret[], files: BuildSecret[]): BuildSecret[] {
  const ids = new Set(values.map((s) => s.id));
  const twice = files.find((f) => ids.has(f.id));
  if (twice) {
    throw new ConfigurationError(
      `The build secret id '${twice.id}' is in both 'secrets' and 'secret-files'; give it once.`,
    );
  }
  return [...values, ...files];
}

/**
 * The secret mounts of a build: values written to files readable by the owner only (0600, in a 0700 directory)
 * that `cleanup` removes; secret files used where they are, after a check that they exist.
 */
export function secretMounts(
  secrets: BuildSecret[],
  dir: string,
  cwd: string,
): { mounts: BuildSecretMount[]; cleanup: () => void } {
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  const mounts: BuildSecretMount[] = [];
  if (secrets.some((s) => 'value' in s)) mkdirSync(dir, { recursive: true, mode: 0o700 });
  for (const [i, secret] of secrets.entries()) {
    if ('value' in secret) {
      const src = join(dir, `secret-${i}`);
      writeFileSync(src, secret.value, { mode: 0o600 });
      mounts.push({ id: secret.id, src });
      continue;
    }
    const src = isAbsolute(secret.path) ? secret.path : resolve(cwd, secret.path);
    if (!existsSync(src)) {
      cleanup();
      throw new ConfigurationError(
        `The secret file of '${secret.id}' (${secret.path}) does not exist; fix its path in 'secret-files' (relative to the workspace).`,
      );
    }
    mounts.push({ id: secret.id, src });
  }
  return { mounts, cleanup };
}
