import { HelmIgnoreRules } from '../../src/chart/helmignore';
import { ConfigurationError } from '../../../../shared/src/runtime/errors';

describe('HelmIgnoreRules', () => {
  const rules = HelmIgnoreRules.parse(
    ['# comment', '', '*.swp', '.git/', '/secrets.txt', 'docs/*.md', 'build/', 'tmp?.txt', '[ab].bak'].join('\n'),
  );

  test.each([
    // [path, isDirectory, ignored]
    ['values.yaml', false, false],
    ['templates/deployment.yaml', false, false],
    ['a.swp', false, true],
    ['templates/deep/x.swp', false, true], // no slash in the pattern: matches the base name at any depth
    ['.git', true, true],
    ['.git', false, false], // a trailing slash matches directories only
    ['secrets.txt', false, true],
    ['templates/secrets.txt', false, false], // a leading slash anchors at the chart root
    ['docs/readme.md', false, true],
    ['docs/sub/readme.md', false, false], // '*' does not cross '/'
    ['other/docs/readme.md', false, false], // a pattern with a slash matches the whole path
    ['build', true, true],
    ['tmp1.txt', false, true],
    ['tmp12.txt', false, false],
    ['a.bak', false, true],
    ['c.bak', false, false],
    ['templates/.hidden', false, true], // Helm's default: dotfiles in templates/
    ['templates/_helpers.tpl', false, false],
    ['.helmignore', false, false],
    ['', true, false],
    ['.', true, false],
  ])('%s (directory: %s) ignored: %s', (path, isDirectory, ignored) => {
    expect(rules.ignores(path, isDirectory)).toBe(ignored);
  });

  test('without a .helmignore only the default applies', () => {
    const none = HelmIgnoreRules.parse(undefined);
    expect(none.ignores('templates/.swp', false)).toBe(true);
    expect(none.ignores('.swp', false)).toBe(false);
  });

  test('the first matching rule decides, and a negation ignores what it does not match (as helm package does)', () => {
    const negated = HelmIgnoreRules.parse('*.txt\n!keep.txt\n');
    expect(negated.ignores('keep.txt', false)).toBe(true); // '*.txt' matched first
    expect(negated.ignores('values.yaml', false)).toBe(true); // does not match '!keep.txt'
  });

  test("'**' is refused with the line that has it", () => {
    expect(() => HelmIgnoreRules.parse('ok\n**/*.tmp\n', 'chart/.helmignore')).toThrow(ConfigurationError);
    expect(() => HelmIgnoreRules.parse('ok\n**/*.tmp\n', 'chart/.helmignore')).toThrow(
      /chart\/.helmignore:2: "\*\*\/\*.tmp"/,
    );
  });
});
