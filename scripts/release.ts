import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './actions';

/**
 * Cuts a release: checks the tree is clean and on main, rebuilds every dist and checks it equals the
 * committed one, checks CHANGELOG.md has the version, then tags vX.Y.Z and moves the major tag (v1).
 * It never pushes: it prints the push command, so a person confirms what leaves the machine.
 */
const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
const npm = (...args: string[]) => execFileSync('npm', args, { cwd: ROOT, stdio: 'inherit' });

export function releaseProblems(version: string, changelog: string, status: string, branch: string): string[] {
  const problems: string[] = [];
  if (!/^v\d+\.\d+\.\d+$/.test(version)) problems.push(`'${version}' is not a release tag such as v1.2.3.`);
  if (status) problems.push('The work tree has uncommitted changes; commit or stash them first.');
  if (branch !== 'main') problems.push(`Releases are cut from main, not from '${branch}'.`);
  const valid = /^v\d+\.\d+\.\d+$/.test(version);
  if (valid && !new RegExp(`^## \\[?${version.slice(1).replace(/\./g, '\\.')}\\]?`, 'm').test(changelog)) {
    problems.push(`CHANGELOG.md has no '## ${version.slice(1)}' section.`);
  }
  return problems;
}

if (require.main === module) {
  const version = process.argv[2] ?? '';
  const problems = releaseProblems(
    version,
    readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'),
    git('status', '--porcelain'),
    git('rev-parse', '--abbrev-ref', 'HEAD'),
  );
  if (problems.length) {
    for (const p of problems) console.error(p);
    process.exit(1);
  }
  npm('run', 'build');
  npm('run', 'check');
  if (git('status', '--porcelain')) {
    console.error('The fresh build differs from the committed dist: commit it, then release again.');
    process.exit(1);
  }
  const major = version.split('.')[0];
  git('tag', '-a', version, '-m', `artifacts ${version}`);
  git('tag', '-f', '-a', major, '-m', `artifacts ${version}`);
  console.log(
    `Tagged ${version} and moved ${major}. Publish with:\n  git push origin ${version} && git push -f origin ${major}`,
  );
}
