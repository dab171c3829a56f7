import { chartConfigJson, isStrictSemver, parseChartYaml, sanitizeChartString } from '../../src/chart/chart-file';
import { ConfigurationError } from '../../../../shared/src/runtime/errors';

const minimal = 'apiVersion: v2\nname: webapp\nversion: 1.2.3\n';

describe('parseChartYaml', () => {
  test.each([
    ['v2 minimal', minimal],
    ['v1 minimal', 'apiVersion: v1\nname: legacy\nversion: 0.1.0\n'],
    ['pre-release and build', 'apiVersion: v2\nname: a\nversion: 1.0.0-rc.1+build.7\n'],
    ['library chart', 'apiVersion: v2\nname: lib\nversion: 1.0.0\ntype: library\n'],
    [
      'dependency with alias',
      'apiVersion: v2\nname: a\nversion: 1.0.0\ndependencies:\n  - {name: redis, version: "~1.2", repository: "oci://r/x", alias: cache_1}\n',
    ],
    ['kubeVersion range', 'apiVersion: v2\nname: a\nversion: 1.0.0\nkubeVersion: ">=1.25.0-0"\n'],
  ])('accepts %s', (_label, text) => {
    expect(() => parseChartYaml(text)).not.toThrow();
  });

  test.each([
    ['no apiVersion', 'name: a\nversion: 1.0.0\n', /apiVersion: is required/],
    ['apiVersion v3', 'apiVersion: v3\nname: a\nversion: 1.0.0\n', /apiVersion: "v3" is not v1 or v2/],
    ['no name', 'apiVersion: v2\nversion: 1.0.0\n', /name: is required/],
    ['name with a slash', 'apiVersion: v2\nname: a/b\nversion: 1.0.0\n', /name: "a\/b" is not a chart name/],
    ['name ..', 'apiVersion: v2\nname: ".."\nversion: 1.0.0\n', /is not a chart name/],
    ['no version', 'apiVersion: v2\nname: a\n', /version: is required/],
    ['version with v', 'apiVersion: v2\nname: a\nversion: v1.0.0\n', /"v1.0.0" is not a SemVer 2 version/],
    ['version without patch', 'apiVersion: v2\nname: a\nversion: "1.2"\n', /"1.2" is not a SemVer 2/],
    [
      'version as a number',
      'apiVersion: v2\nname: a\nversion: 1.2\n',
      /version: must be a string, found a number 1.2; quote it/,
    ],
    [
      'appVersion as a number',
      'apiVersion: v2\nname: a\nversion: 1.0.0\nappVersion: 1.10\n',
      /appVersion: must be a string.*quote it/,
    ],
    [
      'unknown type',
      'apiVersion: v2\nname: a\nversion: 1.0.0\ntype: plugin\n',
      /type: "plugin" is not application or library/,
    ],
    [
      'type in v1',
      'apiVersion: v1\nname: a\nversion: 1.0.0\ntype: application\n',
      /type: is valid only with apiVersion v2/,
    ],
    [
      'dependencies in v1',
      'apiVersion: v1\nname: a\nversion: 1.0.0\ndependencies: [{name: b, repository: x}]\n',
      /requirements.yaml/,
    ],
    [
      'dependency without name',
      'apiVersion: v2\nname: a\nversion: 1.0.0\ndependencies: [{repository: x}]\n',
      /dependencies\[0\].name: is required/,
    ],
    [
      'dependency bad range',
      'apiVersion: v2\nname: a\nversion: 1.0.0\ndependencies: [{name: b, version: "not a range!", repository: x}]\n',
      /dependencies\[0\].version/,
    ],
    [
      'dependency bad alias',
      'apiVersion: v2\nname: a\nversion: 1.0.0\ndependencies: [{name: b, alias: "b.c", repository: x}]\n',
      /alias: "b.c" may hold only/,
    ],
    [
      'duplicate dependency',
      'apiVersion: v2\nname: a\nversion: 1.0.0\ndependencies: [{name: b, repository: x}, {name: c, alias: b, repository: y}]\n',
      /more than one dependency with name or alias "b"/,
    ],
    [
      'maintainer without name',
      'apiVersion: v2\nname: a\nversion: 1.0.0\nmaintainers: [{email: x@example.com}]\n',
      /maintainers\[0\].name: is required/,
    ],
    [
      'annotation not a string',
      'apiVersion: v2\nname: a\nversion: 1.0.0\nannotations: {x: 1}\n',
      /annotations.x: must be a string/,
    ],
    ['not a mapping', '- a\n- b\n', /document: must be a mapping/],
    ['broken YAML', 'apiVersion: v2\nname: [a\n', /not valid YAML/],
    ['tag too long', `apiVersion: v2\nname: a\nversion: 1.0.0+${'a'.repeat(130)}\n`, /longer than 128/],
  ])('refuses %s', (_label, text, message) => {
    let error: unknown;
    try {
      parseChartYaml(text, 'charts/a/Chart.yaml');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/^charts\/a\/Chart.yaml: /);
    expect((error as Error).message).toMatch(message);
  });

  test('strict SemVer 2 only', () => {
    expect(isStrictSemver('1.2.3')).toBe(true);
    expect(isStrictSemver('1.2.3+build.1')).toBe(true);
    expect(isStrictSemver('=1.2.3')).toBe(false);
    expect(isStrictSemver('01.2.3')).toBe(false);
  });

  test('sanitises strings as Helm does', () => {
    expect(sanitizeChartString('a\tb\nc\u0007d')).toBe('a b cd');
    const meta = parseChartYaml('apiVersion: v2\nname: a\nversion: 1.0.0\ndescription: "line one\\nline two"\n');
    expect(meta.description).toBe('line one line two');
  });
});

describe('chartConfigJson', () => {
  test('writes the fields in chart.Metadata order, leaving empty ones out', () => {
    const meta = parseChartYaml(
      [
        'type: application',
        'version: 1.2.3',
        'name: webapp',
        'apiVersion: v2',
        'appVersion: "4.5"',
        'description: Web & <worker>',
        'deprecated: false',
        'keywords: []',
        'annotations: {zeta: "1", alpha: "2"}',
        'maintainers: [{email: p@example.com, name: Platform}]',
        'dependencies: [{repository: "", name: redis, version: "1.0.0"}]',
        'unknownField: dropped',
      ].join('\n'),
    );
    expect(chartConfigJson(meta).toString()).toBe(
      '{"name":"webapp","version":"1.2.3","description":"Web \\u0026 \\u003cworker\\u003e",' +
        '"maintainers":[{"name":"Platform","email":"p@example.com"}],"apiVersion":"v2","appVersion":"4.5",' +
        '"annotations":{"alpha":"2","zeta":"1"},"dependencies":[{"name":"redis","version":"1.0.0","repository":""}],' +
        '"type":"application"}',
    );
  });

  test('minimal chart', () => {
    expect(chartConfigJson(parseChartYaml(minimal)).toString()).toBe(
      '{"name":"webapp","version":"1.2.3","apiVersion":"v2"}',
    );
  });
});
