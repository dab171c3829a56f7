import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { actionNames, ROOT } from './actions';

/** The module bundled in place of make-fetch-happen; jest.config.js maps it the same way. */
export const SIGSTORE_FETCH = join(ROOT, 'shared', 'src', 'signing', 'sigstore-fetch.ts');

/** The files an action's dist holds: nothing else is written there. */
export const DIST_FILES = ['index.js', 'index.js.map', 'licenses.txt'] as const;

/**
 * Bundles one action into outDir/index.js, one CommonJS file with every module in it (a dependency's `import()`
 * included), its source map and outDir/licenses.txt; deterministic for a given tree. The map names the sources
 * relative to the action's own dist/ (wherever outDir is), which the action's checkout holds: with
 * NODE_OPTIONS=--enable-source-maps a stack points at the TypeScript line.
 */
export async function bundleAction(name: string, outDir: string): Promise<void> {
  const result = await build({
    ...BUNDLE_OPTIONS,
    entryPoints: [join(ROOT, 'actions', name, 'src', 'index.ts')],
    sourcemap: 'linked',
    sourcesContent: false,
    metafile: true,
    write: false,
    outfile: join(ROOT, 'actions', name, 'dist', 'index.js'),
    logLevel: 'error',
  });
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const file of result.outputFiles) writeFileSync(join(outDir, basename(file.path)), file.contents);
  writeFileSync(join(outDir, 'licenses.txt'), licenses(result.metafile));
}

/**
 * Declares @actions/core's own modules free of load-time side effects (they define functions and constants only),
 * which its package.json does not: what no action calls, its OIDC client and with it an HTTP client (undici, about
 * 440 KB), is then left out of the bundle instead of being parsed at every start-up. Our own code for the
 * declaration, since esbuild has no option that sets it per package.
 */
export const actionsCoreWithoutSideEffects: Plugin = {
  name: 'actions-core-without-side-effects',
  setup(b) {
    b.onResolve({ filter: /^\.\/.*\.js$/ }, async (args) => {
      if (!/node_modules\/@actions\/core\/lib$/.test(args.resolveDir) || args.pluginData === 'resolved') return;
      const resolved = await b.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'resolved',
      });
      return { ...resolved, sideEffects: false };
    });
  },
};

/** How every action is bundled: one CommonJS file for Node with every module in it. */
export const BUNDLE_OPTIONS = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // A dependency's `import('node:http')` becomes a require: a CommonJS bundle then never starts Node's ES module
  // loader for a built-in module (on Node 24 about 50 ms, at the AWS SDK's first request).
  supported: { 'dynamic-import': false },
  // The ES module build of a package where it has one (the AWS SDK's dist-es): what no code calls is dropped.
  mainFields: ['module', 'main'],
  // Whitespace and syntax minified, identifiers kept: function and class names in stack traces are the source's
  // without keepNames' renaming wrappers, which cost about 30 ms at every start-up (bench/README.md).
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  // @sigstore/sign's HTTP client goes through the actions' own (shared/src/signing/sigstore-fetch.ts says why).
  alias: { 'make-fetch-happen': SIGSTORE_FETCH },
  plugins: [actionsCoreWithoutSideEffects],
} satisfies BuildOptions;

/**
 * The licence of every package whose code is in the bundle (a module tree-shaken to nothing does not count): name,
 * licence, then its licence file.
 */
export function licenses(metafile: Metafile): string {
  const packageDirs = new Set<string>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (match && bytesInOutput > 0) packageDirs.add(match[1]);
    }
  }
  const entries = new Map<string, string>();
  for (const dir of packageDirs) {
    const pkg = JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8')) as {
      name: string;
      version: string;
      license?: string;
    };
    const file = readdirSync(join(ROOT, dir)).find((f) => /^(licen[cs]e|copying)/i.test(f));
    const text = file && existsSync(join(ROOT, dir, file)) ? readFileSync(join(ROOT, dir, file), 'utf8').trim() : '';
    entries.set(`${pkg.name}@${pkg.version}`, `${pkg.name}\n${pkg.license ?? '(no licence field)'}\n${text}\n`);
  }
  return [...entries.keys()]
    .sort()
    .map((key) => entries.get(key))
    .join('\n');
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const names = only.length ? only : actionNames();
  for (const name of names) {
    const started = Date.now();
    await bundleAction(name, join(ROOT, 'actions', name, 'dist'));
    console.log(`built actions/${name}/dist in ${Date.now() - started} ms`);
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
