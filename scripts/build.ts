import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { actionNames, ROOT } from './actions';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const ncc = require('@vercel/ncc') as (
  input: string,
  options: Record<string, unknown>,
) => Promise<{ code: string; assets?: Record<string, { source: Buffer | string }> }>;

/** Bundles one action into outDir/index.js (plus the assets ncc emits); deterministic for a given tree. */
export async function bundleAction(name: string, outDir: string): Promise<void> {
  const { code, assets } = await ncc(join(ROOT, 'actions', name, 'src', 'index.ts'), {
    cache: false,
    minify: true,
    sourceMap: false,
    license: 'licenses.txt',
    quiet: true,
    transpileOnly: true,
    target: 'es2022',
  });
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'index.js'), code);
  for (const [file, asset] of Object.entries(assets ?? {})) {
    const path = join(outDir, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, asset.source);
  }
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
