import { mkdtempSync, readFileSync, existsSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { actionNames, ROOT } from './actions';
import { bundleAction, DIST_FILES } from './build';
import { generatedFiles } from './docs';
import { readBenchResults, readmeBenchTable, renderBenchTable, RESULTS_FILE } from '../bench/table';

/** Files of a directory, relative, sorted. */
function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

/** The differences between a committed dist and a fresh one, as readable lines; empty when equal. */
export function compareDirs(committed: string, fresh: string): string[] {
  const a = listFiles(committed);
  const b = listFiles(fresh);
  const problems: string[] = [];
  for (const f of b) if (!a.includes(f)) problems.push(`missing: ${f}`);
  for (const f of a) if (!b.includes(f)) problems.push(`not produced by the build: ${f}`);
  for (const f of a.filter((x) => b.includes(x))) {
    if (!readFileSync(join(committed, f)).equals(readFileSync(join(fresh, f)))) problems.push(`differs: ${f}`);
  }
  return problems;
}

/** Each action's dist is one bundle: files other than index.js and licenses.txt (chunks, maps) are reported. */
export function distLayoutProblems(root = ROOT): string[] {
  return actionNames(root).flatMap((name) =>
    listFiles(join(root, 'actions', name, 'dist'))
      .filter((f) => !(DIST_FILES as readonly string[]).includes(f))
      .map(
        (f) =>
          `actions/${name}/dist/${f} is not part of the one bundle an action ships: delete it and run 'npm run build'.`,
      ),
  );
}

/** Every action.yml must use the same runtime. */
export function runtimeProblems(root = ROOT): string[] {
  const usings = new Map<string, string>();
  for (const name of actionNames(root)) {
    const meta = parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8')) as {
      runs?: { using?: string; main?: string };
    };
    usings.set(name, meta.runs?.using ?? '(none)');
    if (meta.runs?.main !== 'dist/index.js') usings.set(name, `${meta.runs?.using} with main ${meta.runs?.main}`);
  }
  const distinct = new Set(usings.values());
  if (distinct.size <= 1) return [];
  return [`action.yml files disagree on runs: ${[...usings].map(([n, u]) => `${n}=${u}`).join(', ')}`];
}

/** Generated files (README tables, alias action.yml, docs/policy.md) that differ from what the generator writes. */
export async function staleGeneratedFiles(root = ROOT): Promise<string[]> {
  const stale: string[] = [];
  for (const [path, content] of await generatedFiles(root)) {
    const full = join(root, path);
    if (!existsSync(full) || readFileSync(full, 'utf8') !== content) stale.push(path);
  }
  return stale;
}

/** Optional dependencies the lockfile lacks: `npm ci` refuses such a lockfile. */
export function lockfileProblems(root = ROOT): string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { missingOptionalEntries } = require('./complete-lockfile.cjs') as {
    missingOptionalEntries: (lock: unknown) => Map<string, string>;
  };
  const missing = missingOptionalEntries(JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')));
  return missing.size
    ? [
        `package-lock.json lacks ${missing.size} optional dependencies (${[...missing.keys()].slice(0, 3).join(', ')}...): run 'node scripts/complete-lockfile.cjs' and commit it.`,
      ]
    : [];
}

/** The README's benchmark table must be the one the last results file renders: written by the bench, not by hand. */
export function benchTableProblems(root = ROOT): string[] {
  if (!existsSync(join(root, RESULTS_FILE))) return [`${RESULTS_FILE} is missing: run 'npm run bench' and commit it.`];
  const table = readmeBenchTable(readFileSync(join(root, 'README.md'), 'utf8'));
  if (table === undefined) return [`README.md lacks the markers '<!-- bench:start -->' and '<!-- bench:end -->'.`];
  if (table === renderBenchTable(readBenchResults(root))) return [];
  return [
    `README.md's benchmark table differs from ${RESULTS_FILE}: run 'npm run bench' (or 'npm run bench -- --table-only' to rewrite it from that file) and commit both.`,
  ];
}

async function main(): Promise<void> {
  const problems: string[] = [
    ...runtimeProblems(),
    ...distLayoutProblems(),
    ...lockfileProblems(),
    ...benchTableProblems(),
  ];
  for (const f of await staleGeneratedFiles())
    problems.push(`${f} is stale: run 'npm run docs' and commit the result.`);
  // The one place the dist is rebuilt and compared: the committed bundle was built on another machine at another
  // time, so equal bytes also show that the build is reproducible.
  if (!process.argv.includes('--skip-dist')) {
    for (const name of actionNames()) {
      const fresh = mkdtempSync(join(tmpdir(), `dist-${name}-`));
      try {
        await bundleAction(name, fresh);
        for (const p of compareDirs(join(ROOT, 'actions', name, 'dist'), fresh)) {
          problems.push(`actions/${name}/dist ${p}: run 'npm run build' and commit the result.`);
        }
      } finally {
        rmSync(fresh, { recursive: true, force: true });
      }
    }
  }
  if (problems.length) {
    for (const p of problems) console.error(p);
    process.exit(1);
  }
  console.log(
    `check: ${actionNames().length} actions; dist, runtimes, generated docs and the benchmark table are up to date.`,
  );
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
