import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { SourceMap, type SourceMapPayload } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build, type Metafile } from 'esbuild';
import { runnerNode } from '../action-runner';
import { actionNames, ROOT } from '../actions';
import { BUNDLE_OPTIONS, licenses } from '../build';

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
