import { existsSync, readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { join, resolve } from 'node:path';
import type { Metafile } from 'esbuild';
import { actionNames } from '../actions';
import { licenses } from '../build';

/** A bundle's metafile: each input with its bytes in the output (a module tree-shaken to nothing has 0). */
const metafile = (inputs: string[], shaken: string[] = []): Metafile => ({
  inputs: Object.fromEntries([...inputs, ...shaken].map((path) => [path, { bytes: 1, imports: [] }])),
  outputs: {
    'index.js': {
      bytes: 1,
      imports: [],
      exports: [],
      inputs: Object.fromEntries([
        ...inputs.map((path) => [path, { bytesInOutput: 1 }]),
        ...shaken.map((path) => [path, { bytesInOutput: 0 }]),
      ]),
    },
  },
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

  test('a package whose modules were all tree-shaken away is not listed', () => {
    const text = licenses(metafile(['node_modules/yaml/dist/index.js'], ['node_modules/semver/index.js']));
    expect(text).toContain('yaml\nISC\n');
    expect(text).not.toContain('semver');
  });
});

describe('the committed bundles and their source maps', () => {
  const root = resolve(__dirname, '..', '..');
  test.each(actionNames())('%s: a position in dist/index.js maps to the TypeScript source it came from', (name) => {
    const dist = join(root, 'actions', name, 'dist');
    const code = readFileSync(join(dist, 'index.js'), 'utf8');
    const map = JSON.parse(readFileSync(join(dist, 'index.js.map'), 'utf8')) as SourceMapPayload;
    expect(code.endsWith('//# sourceMappingURL=index.js.map\n')).toBe(true);
    // Every source of this repository's own the map names is a file of the checkout, relative to dist/.
    const own = map.sources.filter((source) => !source.includes('node_modules/'));
    expect(own.length).toBeGreaterThan(10);
    expect(own.filter((source) => !existsSync(resolve(dist, source)))).toEqual([]);
    // @actions/core's OIDC client, which no action calls, is not bundled, nor the HTTP client it would bring.
    expect(map.sources.filter((source) => /\/(undici|@actions\/http-client)\//.test(source))).toEqual([]);
    // Nor a second HTTP client for sigstore: its requests go through shared/src/signing/sigstore-fetch.ts.
    expect(map.sources.filter((source) => /\/(make-fetch-happen|minipass-fetch|cacache)\//.test(source))).toEqual([]);
    // No import() is left for Node to run: on Node 24 the first one in a CommonJS script costs about 50 ms more
    // than a require of the same built-in module.
    expect(code.match(/[^\w$.]import\(/g)).toBeNull();
    // A text only runAction writes: where it stands in the bundle maps back to shared/src/runtime/run.ts.
    const at = code.indexOf('This is an internal error of the action');
    expect(at).toBeGreaterThan(0);
    const line = code.slice(0, at).split('\n').length - 1;
    const column = at - (code.lastIndexOf('\n', at) + 1);
    const entry = new SourceMap(map).findEntry(line, column) as { originalSource?: string };
    expect(resolve(dist, entry.originalSource ?? '')).toBe(join(root, 'shared', 'src', 'runtime', 'run.ts'));
  });
});
