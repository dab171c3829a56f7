import { releaseProblems } from '../release';

const changelog = '# Changelog\n\n## [1.2.0] - 2026-11-24\n\n- things\n';

test.each([
  ['v1.2.0', changelog, '', 'main', []],
  ['1.2.0', changelog, '', 'main', ["'1.2.0' is not a release tag such as v1.2.3."]],
  ['v1.3.0', changelog, '', 'main', ["CHANGELOG.md has no '## 1.3.0' section."]],
  ['v1.2.0', changelog, ' M README.md', 'main', ['The work tree has uncommitted changes; commit or stash them first.']],
  ['v1.2.0', changelog, '', 'feature/x', ["Releases are cut from main, not from 'feature/x'."]],
])('release %s (status %j, branch %s)', (version, log, status, branch, expected) => {
  expect(releaseProblems(version, log, status, branch)).toEqual(expected);
});
