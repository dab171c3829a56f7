// Completes package-lock.json with an entry for every optional dependency that npm left out because the
// registry it used does not serve other platforms' binaries (such as @swc/core-darwin-arm64). Without
// those entries `npm ci` refuses the lockfile as out of sync. Run after every `npm install`;
// `npm run check` fails when an entry is missing.
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

function missingOptionalEntries(lock) {
  const missing = new Map();
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
      const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
      const hoisted = `node_modules/${name}`;
      if (!lock.packages[nested] && !lock.packages[hoisted]) missing.set(hoisted, range.replace(/^[\^~=]/, ''));
    }
  }
  return missing;
}

function completeLockfile(file) {
  const lock = JSON.parse(readFileSync(file, 'utf8'));
  const missing = missingOptionalEntries(lock);
  for (const [path, version] of missing) lock.packages[path] = { version, optional: true };
  // npm orders entries with localeCompare('en'); keep its order so the diff shows only the additions.
  const sorted = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => a.localeCompare(b, 'en')));
  lock.packages = sorted;
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  return missing.size;
}

module.exports = { missingOptionalEntries, completeLockfile };

if (require.main === module) {
  const file = join(__dirname, '..', 'package-lock.json');
  console.log(`package-lock.json: ${completeLockfile(file)} optional entries added`);
}
