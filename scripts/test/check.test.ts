import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { compareDirs, distLayoutProblems, runtimeProblems, staleGeneratedFiles } from '../check';
import { inputsTable, outputsTable, replaceBetweenMarkers } from '../docs';

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'check-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

function writeTree(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

describe('compareDirs (committed dist vs fresh build)', () => {
  test.each<[string, Record<string, string>, Record<string, string>, string[]]>([
    ['identical', { 'index.js': 'a', 'licenses.txt': 'l' }, { 'index.js': 'a', 'licenses.txt': 'l' }, []],
    ['a file differs', { 'index.js': 'a' }, { 'index.js': 'b' }, ['differs: index.js']],
    [
      'a file is missing from the commit',
      { 'index.js': 'a' },
      { 'index.js': 'a', 'sourcemap-register.js': 's' },
      ['missing: sourcemap-register.js'],
    ],
    [
      'an extra file was committed',
      { 'index.js': 'a', 'old.js': 'o' },
      { 'index.js': 'a' },
      ['not produced by the build: old.js'],
    ],
    ['nested files', { 'lib/x.js': '1' }, { 'lib/x.js': '2' }, ['differs: lib/x.js']],
  ])('%s', (_name, committed, fresh, expected) => {
    writeTree(join(tmp, 'committed'), committed);
    writeTree(join(tmp, 'fresh'), fresh);
    expect(compareDirs(join(tmp, 'committed'), join(tmp, 'fresh'))).toEqual(expected);
  });

  test('a missing committed dist reports every file as missing', () => {
    writeTree(join(tmp, 'fresh'), { 'index.js': 'a' });
    expect(compareDirs(join(tmp, 'nothing'), join(tmp, 'fresh'))).toEqual(['missing: index.js']);
  });
});

describe('distLayoutProblems (one bundle per action)', () => {
  const action = 'name: x\ndescription: x\nruns:\n  using: node24\n  main: dist/index.js\n';
  test.each<[string, Record<string, string>, string[]]>([
    ['one bundle and its licences', { 'index.js': 'a', 'licenses.txt': 'l' }, []],
    [
      'numbered chunks',
      { 'index.js': 'a', '606.index.js': 'c', 'licenses.txt': 'l' },
      ["actions/a/dist/606.index.js is not part of the one bundle an action ships: delete it and run 'npm run build'."],
    ],
    [
      'a source map register',
      { 'index.js': 'a', 'sourcemap-register.js': 's' },
      [
        "actions/a/dist/sourcemap-register.js is not part of the one bundle an action ships: delete it and run 'npm run build'.",
      ],
    ],
  ])('%s', (_name, dist, expected) => {
    writeTree(tmp, { 'actions/a/action.yml': action });
    writeTree(join(tmp, 'actions', 'a', 'dist'), dist);
    expect(distLayoutProblems(tmp)).toEqual(expected);
  });
});

describe('runtimeProblems', () => {
  const action = (using: string, main = 'dist/index.js') =>
    `name: x\ndescription: x\nruns:\n  using: ${using}\n  main: ${main}\n`;

  test('actions that agree on runs.using pass', () => {
    writeTree(tmp, { 'actions/a/action.yml': action('node24'), 'actions/b/action.yml': action('node24') });
    expect(runtimeProblems(tmp)).toEqual([]);
  });

  test('two different runs.using are reported with each action', () => {
    writeTree(tmp, { 'actions/a/action.yml': action('node24'), 'actions/b/action.yml': action('node20') });
    expect(runtimeProblems(tmp)).toEqual(['action.yml files disagree on runs: a=node24, b=node20']);
  });

  test('a main other than dist/index.js is reported', () => {
    writeTree(tmp, {
      'actions/a/action.yml': action('node24'),
      'actions/b/action.yml': action('node24', 'lib/main.js'),
    });
    expect(runtimeProblems(tmp)[0]).toContain('b=node24 with main lib/main.js');
  });
});

describe('docs generator', () => {
  test('fails on an input without a description', () => {
    const meta = {
      name: 'x',
      description: 'x',
      runs: { using: 'node24', main: 'dist/index.js' },
      inputs: { policy: { description: 'The policy file.' }, region: { required: false } },
    };
    expect(() => inputsTable('x', meta)).toThrow("actions/x/action.yml: input 'region' has no description.");
  });

  test('fails on an output without a description', () => {
    const meta = {
      name: 'x',
      description: 'x',
      runs: { using: 'node24', main: 'dist/index.js' },
      outputs: { digest: {} },
    };
    expect(() => outputsTable('x', meta)).toThrow("actions/x/action.yml: output 'digest' has no description.");
  });

  test('an inputs table escapes pipes and joins lines', () => {
    const meta = {
      name: 'x',
      description: 'x',
      runs: { using: 'node24', main: 'dist/index.js' },
      inputs: { tags: { description: 'a|b\nc', required: true, default: 'latest' } },
    };
    expect(inputsTable('x', meta).split('\n')[2]).toBe('| `tags` | yes | `latest` | a\\|b c |');
  });

  test('replaceBetweenMarkers replaces only between the markers', () => {
    const text = 'intro\n<!-- inputs:start -->\nold table\n<!-- inputs:end -->\noutro\n';
    expect(replaceBetweenMarkers(text, 'inputs', 'new table', 'README.md')).toBe(
      'intro\n<!-- inputs:start -->\nnew table\n<!-- inputs:end -->\noutro\n',
    );
    // Running it again changes nothing: the output is stable.
    const once = replaceBetweenMarkers(text, 'inputs', 'new table', 'README.md');
    expect(replaceBetweenMarkers(once, 'inputs', 'new table', 'README.md')).toBe(once);
  });

  test.each([
    ['no markers', 'text only'],
    ['only the start marker', '<!-- inputs:start -->\n'],
    ['markers in the wrong order', '<!-- inputs:end -->\n<!-- inputs:start -->\n'],
  ])('replaceBetweenMarkers fails with %s', (_name, text) => {
    expect(() => replaceBetweenMarkers(text, 'inputs', 'x', 'README.md')).toThrow(
      "README.md: the markers '<!-- inputs:start -->' and '<!-- inputs:end -->' are missing.",
    );
  });
});

test('every generated file of the repository is up to date', async () => {
  expect(await staleGeneratedFiles()).toEqual([]);
}, 120_000);
