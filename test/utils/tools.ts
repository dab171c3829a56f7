/**
 * The value a tool check found (a path, `true`), or an error saying what to install: a test that needs a tool CI
 * installs (scripts/install-tools.sh) fails on a machine without it instead of skipping silently.
 */
export function requireTool<T>(what: string, found: T | undefined | false): T {
  if (found === undefined || found === false) {
    throw new Error(`This test needs ${what} on PATH; install it (scripts/install-tools.sh installs what CI has).`);
  }
  return found;
}
