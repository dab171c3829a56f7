import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { actionNames, ROOT } from './actions';

/** The module bundled in place of make-fetch-happen; jest.config.js maps it the same way. */
export const SIGSTORE_FETCH = join(ROOT, 'shared', 'src', 'signing', 'sigstore-fetch.ts');

/** yaml's ES module build, bundled in place of its CommonJS one (BUNDLE_OPTIONS says why). */
export const YAML_ES_MODULES = join(ROOT, 'node_modules', 'yaml', 'browser', 'index.js');

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

/** An AWS SDK client's operation schemas module in its ES module build (dist-es/schemas/schemas_0.js). */
const SDK_SCHEMAS =
  /[\\/]@aws-sdk[\\/][^\\/]+[\\/]dist-es[\\/](?:submodules[\\/][^\\/]+[\\/])?schemas[\\/]schemas_\d+\.js$/;

/**
 * An AWS SDK schemas module's source with each computed key that names one of the module's string constants
 * (`{ [_hH]: _IM_ }`) written as that string (`{ "httpHeader": _IM_ }`): the same objects, in keys esbuild can see
 * are free of side effects. A key naming anything else is left as it is.
 */
export function literalSchemaKeys(source: string): string {
  const strings = new Map<string, string>();
  for (const [, name, value] of source.matchAll(/^const (_\w+) = ("[^"\\\n]*");$/gm)) strings.set(name, value);
  return source.replace(/\[(_\w+)\]:/g, (key, name: string) => (strings.has(name) ? `${strings.get(name)}:` : key));
}

/**
 * Lets esbuild drop the schemas of the AWS operations no action calls. A client's schemas are one module of
 * constants whose object keys are computed (`[_hH]:`), which esbuild cannot prove free of side effects, so it kept
 * every operation's schema (S3's 103 KB, Inspector's 90 KB) and V8 built them all at start-up: with literal keys
 * provision-repo and publish-package start about 28 ms sooner (bench/README.md). Our own code, since esbuild has no
 * option that treats a computed key naming a string constant as pure (evanw/esbuild#4373). An open pull request makes
 * the SDK's generator write literal keys itself (aws/aws-sdk-js-v3#7607, smithy-lang/smithy-typescript#1889); once
 * the SDK ships it, this plugin changes nothing and can go.
 */
export const sdkSchemasWithLiteralKeys: Plugin = {
  name: 'sdk-schemas-with-literal-keys',
  setup(b) {
    b.onLoad({ filter: SDK_SCHEMAS }, (args) => ({
      contents: literalSchemaKeys(readFileSync(args.path, 'utf8')),
      loader: 'js',
    }));
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
  alias: {
    // @sigstore/sign's HTTP client goes through the actions' own (shared/src/signing/sigstore-fetch.ts says why).
    'make-fetch-happen': SIGSTORE_FETCH,
    // yaml's ES module build, which its package exports for every platform but Node (as browser/, plain ES2020 that
    // runs the same on Node; a warning goes to console.warn, not process.emitWarning): bundled as hoisted modules
    // rather than CommonJS wrappers V8 parses twice, what no action calls dropped (bench/README.md).
    yaml: YAML_ES_MODULES,
  },
  plugins: [actionsCoreWithoutSideEffects, sdkSchemasWithLiteralKeys],
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
