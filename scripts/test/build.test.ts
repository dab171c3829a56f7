import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { SourceMap, type SourceMapPayload } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { runInNewContext } from 'node:vm';
import { build, type Metafile } from 'esbuild';
import { runnerNode } from '../action-runner';
import { actionNames, ROOT } from '../actions';
import { BUNDLE_OPTIONS, licenses, literalSchemaKeys, sdkSchemasWithLiteralKeys } from '../build';

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

describe('literalSchemaKeys (an AWS SDK schemas module with literal keys)', () => {
  test.each([
    [
      'a key naming a string constant',
      'const _h = "httpHeader";\nvar A = [0, { [_h]: 1 }];',
      'var A = [0, { "httpHeader": 1 }];',
    ],
    [
      'every key of an object',
      'const _h = "h";\nconst _q = "q";\nvar A = { [_h]: 1, [_q]: 2 };',
      'var A = { "h": 1, "q": 2 };',
    ],
    ['a key naming no string constant is left', 'const _h = "h";\nvar A = { [_x]: 1 };', 'var A = { [_x]: 1 };'],
    ['a constant with an escape is left', 'const _h = "a\\"b";\nvar A = { [_h]: 1 };', 'var A = { [_h]: 1 };'],
    ['a constant that is not a string is left', 'const _n = 64 | 0;\nvar A = { [_n]: 1 };', 'var A = { [_n]: 1 };'],
    ['an array of constants is not a key', 'const _h = "h";\nvar A = [_h, [_h], 1];', 'var A = [_h, [_h], 1];'],
  ])('%s', (_name, source, tail) => {
    const out = literalSchemaKeys(source);
    expect(out.slice(out.indexOf('var A'))).toBe(tail);
    // The constants themselves are kept: the schemas name their shapes with them.
    expect(out.slice(0, out.indexOf('var A'))).toBe(source.slice(0, source.indexOf('var A')));
  });

  /** Each operation schemas module of the SDK clients the actions use. */
  const sdk = join(ROOT, 'node_modules', '@aws-sdk');
  const schemaModules = readdirSync(sdk)
    .filter((name) => name.startsWith('client-'))
    .map((name) => join(sdk, name, 'dist-es', 'schemas', 'schemas_0.js'))
    .filter((file) => existsSync(file));

  /** A module's exports as plain data: a function as its source text, a Map as its entries, an instance as its fields. */
  const asData = (value: unknown, seen = new Set<unknown>()): unknown => {
    if (typeof value === 'function') return `function ${String(value)}`;
    if (value === null || typeof value !== 'object') return value;
    if (seen.has(value)) return '(seen)';
    seen.add(value);
    if (value instanceof Map) return [...value].map(([k, v]) => [asData(k, seen), asData(v, seen)]);
    if (Array.isArray(value)) return value.map((v) => asData(v, seen));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asData(v, seen)]));
  };

  /** The module bundled on its own (every export kept), run, and its exports returned. */
  const exportsOf = async (file: string, plugins: typeof BUNDLE_OPTIONS.plugins): Promise<unknown> => {
    const result = await build({
      ...BUNDLE_OPTIONS,
      minifyWhitespace: false,
      entryPoints: [file],
      plugins,
      write: false,
      logLevel: 'error',
    });
    const module = { exports: {} };
    runInNewContext(result.outputFiles[0].text, { module, exports: module.exports, require });
    return module.exports;
  };

  test('the clients the actions use all have a schemas module', () => {
    expect(schemaModules.map((file) => file.split('/').at(-4))).toEqual(
      expect.arrayContaining([
        'client-ecr',
        'client-iam',
        'client-inspector2',
        'client-kms',
        'client-s3',
        'client-sts',
      ]),
    );
  });

  test.each(schemaModules.map((file) => [file.split('/').at(-4), file]))(
    '%s: the same exports with literal keys as with computed ones, and no computed key left',
    async (_name, file) => {
      const source = readFileSync(file, 'utf8');
      expect(literalSchemaKeys(source)).not.toMatch(/\[_\w+\]:/);
      const computed = await exportsOf(
        file,
        [...BUNDLE_OPTIONS.plugins].filter((p) => p !== sdkSchemasWithLiteralKeys),
      );
      const literal = await exportsOf(file, BUNDLE_OPTIONS.plugins);
      expect(Object.keys(literal as object).length).toBeGreaterThan(50);
      expect(asData(literal)).toEqual(asData(computed));
    },
    60_000,
  );
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
    // Nor the schemas of AWS operations no action calls (sdkSchemasWithLiteralKeys): S3's and Inspector's, for two.
    expect(code).not.toMatch(/GetBucketAnalyticsConfiguration|CreateCisScanConfiguration/);
    // yaml is its ES module build (YAML_ES_MODULES), not the CommonJS one.
    expect(map.sources.filter((source) => source.includes('/yaml/browser/dist/')).length).toBeGreaterThan(10);
    expect(map.sources.filter((source) => /\/yaml\/dist\//.test(source))).toEqual([]);
    // A text only runAction writes: where it stands in the bundle maps back to shared/src/runtime/run.ts.
    const at = code.indexOf('This is an internal error of the action');
    expect(at).toBeGreaterThan(0);
    const line = code.slice(0, at).split('\n').length - 1;
    const column = at - (code.lastIndexOf('\n', at) + 1);
    const entry = new SourceMap(map).findEntry(line, column) as { originalSource?: string };
    expect(resolve(dist, entry.originalSource ?? '')).toBe(join(root, 'shared', 'src', 'runtime', 'run.ts'));
  });
});

describe('bundled as the actions are', () => {
  test("@sigstore/sign's requests go through the actions' bounded fetch, not make-fetch-happen", async () => {
    const seen: { url?: string; headers: IncomingHttpHeaders }[] = [];
    const server = createServer((req, res) => {
      seen.push({ url: req.url, headers: req.headers });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"value":"the-oidc-token"}');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const dir = mkdtempSync(join(tmpdir(), 'bundle-sigstore-'));
    try {
      // @sigstore/sign's own GitHub token provider: a request through the module it imports as make-fetch-happen.
      const entry = `const { CIContextProvider } = require('@sigstore/sign');
        new CIContextProvider('sigstore').getToken().then((t) => console.log(t), (e) => console.log('failed: ' + e));`;
      const result = await build({
        ...BUNDLE_OPTIONS,
        stdin: { contents: entry, resolveDir: ROOT, loader: 'js' },
        metafile: true,
        write: false,
        logLevel: 'error',
      });
      expect(Object.keys(result.metafile.inputs).filter((f) => /make-fetch-happen|minipass/.test(f))).toEqual([]);
      writeFileSync(join(dir, 'index.js'), result.outputFiles[0].contents);
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token?v=1`;
      const env = { PATH: process.env.PATH, ACTIONS_ID_TOKEN_REQUEST_URL: url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'rt' };
      const { stdout } = await promisify(execFile)(runnerNode(), [join(dir, 'index.js')], { env });
      expect(stdout.trim()).toBe('the-oidc-token');
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatchObject({ url: '/token?v=1&audience=sigstore', headers: { authorization: 'Bearer rt' } });
    } finally {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
