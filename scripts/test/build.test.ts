import type { Metafile } from 'esbuild';
import { licenses } from '../build';

const metafile = (inputs: string[]): Metafile => ({
  inputs: Object.fromEntries(inputs.map((path) => [path, { bytes: 1, imports: [] }])),
  outputs: {},
});

describe('licenses (licenses.txt of a bundle)', () => {
  test('each bundled package once, nested copies by their own name and version, sorted', () => {
    const text = licenses(
      metafile([
        'shared/src/policy/schema.ts',
        'node_modules/yaml/dist/index.js',
        'node_modules/yaml/dist/parse/parser.js',
        'node_modules/@actions/core/lib/core.js',
        'node_modules/@actions/core/node_modules/@actions/http-client/lib/index.js',
      ]),
    );
    const heads = ['@actions/core\nMIT\nThe MIT License', '@actions/http-client\nMIT\n', 'yaml\nISC\n'];
    const at = heads.map((head) => text.indexOf(head));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    expect(text.split('yaml\nISC\n')).toHaveLength(2);
    expect(text).not.toContain('schema.ts');
  });
});
