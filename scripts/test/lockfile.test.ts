import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lockfileProblems } from '../check';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { missingOptionalEntries } = require('../complete-lockfile.cjs') as {
  missingOptionalEntries: (lock: unknown) => Map<string, string>;
};

const lock = (packages: Record<string, object>) => ({ lockfileVersion: 3, packages: { '': {}, ...packages } });

describe('lockfile completeness (npm ci refuses a lockfile without every optional dependency)', () => {
  test.each<[string, Record<string, object>, string[]]>([
    [
      'all present',
      { 'node_modules/a': { optionalDependencies: { 'a-linux': '1.0.0' } }, 'node_modules/a-linux': {} },
      [],
    ],
    [
      'one missing',
      {
        'node_modules/a': { optionalDependencies: { 'a-linux': '1.0.0', 'a-darwin': '1.0.0' } },
        'node_modules/a-linux': {},
      },
      ['node_modules/a-darwin'],
    ],
    [
      'nested placement counts',
      { 'node_modules/a': { optionalDependencies: { b: '^2.0.0' } }, 'node_modules/a/node_modules/b': {} },
      [],
    ],
  ])('%s', (_name, packages, expected) => {
    expect([...missingOptionalEntries(lock(packages)).keys()]).toEqual(expected);
  });

  test('the check names the missing entries and the command that adds them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lock-'));
    try {
      writeFileSync(
        join(dir, 'package-lock.json'),
        JSON.stringify(lock({ 'node_modules/a': { optionalDependencies: { 'a-darwin': '1.0.0' } } })),
      );
      expect(lockfileProblems(dir)).toEqual([
        "package-lock.json lacks 1 optional dependencies (node_modules/a-darwin...): run 'node scripts/complete-lockfile.cjs' and commit it.",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("the repository's lockfile is complete", () => {
    expect(lockfileProblems()).toEqual([]);
  });
});
