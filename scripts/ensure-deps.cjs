// Lets `npm test` and `npm run demo` be the only command a fresh clone needs (run as their pre-scripts):
// installs the locked dependencies when node_modules is missing or differs from package-lock.json, and the
// Debian tools the tests and the demo start when they are missing. Plain Node with no dependency of its own,
// since it runs before any is installed.
const { existsSync, readFileSync } = require('node:fs');
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');

/**
 * Why the installed tree (npm's own record of it, node_modules/.package-lock.json) differs from the lockfile,
 * or undefined when it matches. Optional packages may be absent: npm skips those built for other platforms.
 */
function lockfileMismatch(lock, installed) {
  if (!installed) return 'node_modules is missing or was not installed by npm';
  const have = installed.packages ?? {};
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    if (path === '' || entry.extraneous) continue;
    const got = have[path];
    if (!got) {
      if (entry.optional || entry.devOptional) continue;
      return `${path} is not installed`;
    }
    if (got.version !== entry.version) return `${path} is ${got.version}, package-lock.json says ${entry.version}`;
    if (got.integrity && entry.integrity && got.integrity !== entry.integrity) return `${path} has another integrity`;
  }
  const extra = Object.keys(have).find((path) => !(path in (lock.packages ?? {})));
  return extra ? `${extra} is installed but not in package-lock.json` : undefined;
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

/** Runs a command in the repository root, its output shown; exits with its status when it fails. */
function run(command, args) {
  const r = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`${[command, ...args].join(' ')} failed${r.error ? `: ${r.error.message}` : ` (${r.status})`}`);
    process.exit(r.status || 1);
  }
}

/** npm itself: the one running this pre-script when there is one, else the npm on PATH. */
function npm(args) {
  const cli = process.env.npm_execpath;
  if (cli && cli.endsWith('.js')) run(process.env.npm_node_execpath || process.execPath, [cli, ...args]);
  else run('npm', args);
}

function main() {
  const lock = readJson(join(ROOT, 'package-lock.json'));
  const why = lockfileMismatch(lock, readJson(join(ROOT, 'node_modules', '.package-lock.json')));
  if (why) {
    console.log(`Installing the locked dependencies (npm ci): ${why}.`);
    npm(['ci', '--no-audit', '--no-fund']);
  }
  run('bash', [join(ROOT, 'scripts', 'install-tools.sh')]);
}

module.exports = { lockfileMismatch };

if (require.main === module) main();
