import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../actions';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { lockfileMismatch } = require('../ensure-deps.cjs') as {
  lockfileMismatch: (lock: unknown, installed: unknown) => string | undefined;
};

const tree = (packages: Record<string, object>) => ({
  lockfileVersion: 3,
  packages: { '': { name: 'x' }, ...packages },
});
const a1 = { version: '1.0.0', integrity: 'sha512-a1' };

describe('the pre-script installs the locked dependencies when node_modules does not match package-lock.json', () => {
  test.each<[string, object | undefined, RegExp | undefined]>([
    ['the same packages', tree({ 'node_modules/a': a1 }), undefined],
    ['no node_modules (a fresh clone)', undefined, /node_modules is missing/],
    ['a package missing', tree({}), /node_modules\/a is not installed/],
    [
      'another version',
      tree({ 'node_modules/a': { version: '1.0.1' } }),
      /node_modules\/a is 1\.0\.1, .* says 1\.0\.0/,
    ],
    ['another integrity', tree({ 'node_modules/a': { ...a1, integrity: 'sha512-other' } }), /another integrity/],
    [
      'a package the lockfile does not list',
      tree({ 'node_modules/a': a1, 'node_modules/b': { version: '2.0.0' } }),
      /node_modules\/b is installed but not in package-lock.json/,
    ],
  ])('%s', (_, installed, expected) => {
    const lock = tree({ 'node_modules/a': a1, 'node_modules/a-darwin-arm64': { version: '1.0.0', optional: true } });
    const why = lockfileMismatch(lock, installed);
    if (expected) expect(why).toMatch(expected);
    else expect(why).toBeUndefined();
  });

  test('npm test and npm run demo run it first', () => {
    const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(scripts.pretest).toBe('node scripts/ensure-deps.cjs');
    expect(scripts.predemo).toBe('node scripts/ensure-deps.cjs');
  });

  test(".ci/run starts with the README's test command, nothing installed before it", () => {
    const commands = readFileSync(join(ROOT, '.ci', 'run'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.trim().startsWith('#'));
    const firstStep = commands.findIndex((l) => l.startsWith('step '));
    expect(commands[firstStep]).toMatch(/^step npm test( |$)/);
    expect(commands.slice(0, firstStep).join('\n')).not.toMatch(/npm (ci|install)|install-tools/);
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toMatch(/^npm test +#/m);
  });
});
