import {
  SummaryBuilder,
  escapeCell,
  escapeHtml,
  escapeMarkdown,
  formatBytes,
  formatDuration,
} from '../../src/runtime/summary';

describe('SummaryBuilder', () => {
  test('builds headings, paragraphs, lists and tables in order', () => {
    const markdown = new SummaryBuilder()
      .heading('Pushed images')
      .paragraph('2 tags')
      .table(
        ['tag', 'digest'],
        [
          ['odc-v1.5.0', 'sha256:abc'],
          ['odc-latest', undefined],
        ],
      )
      .list(['signed', 'scanned'])
      .toString();
    expect(markdown).toBe(
      [
        '## Pushed images\n',
        '2 tags\n',
        '| tag | digest |\n| --- | --- |\n| odc-v1.5.0 | sha256:abc |\n| odc-latest |  |\n',
        '- signed\n- scanned\n',
      ].join('\n'),
    );
  });

  test.each([1, 2, 3, 4] as const)('heading level %i', (level) => {
    expect(new SummaryBuilder().heading('x', level).toString()).toBe(`${'#'.repeat(level)} x\n`);
  });

  test('an empty table or list writes nothing', () => {
    expect(new SummaryBuilder().table(['a'], []).list([]).toString()).toBe('');
  });

  test('a cell cannot break the table', () => {
    const md = new SummaryBuilder().table(['finding'], [['a|b\nc\\d']]).toString();
    expect(md.split('\n')[2]).toBe('| a\\|b<br>c\\\\d |');
  });

  test('code cannot close its fence early', () => {
    const md = new SummaryBuilder().code('before\n```\nafter', 'json').toString();
    expect(md.startsWith('```json\n')).toBe(true);
    expect(md.match(/^```/gm)).toHaveLength(2);
  });

  test('details escape their summary line', () => {
    expect(new SummaryBuilder().details('<b>3</b> findings', 'body').toString()).toBe(
      '<details><summary>&lt;b&gt;3&lt;/b&gt; findings</summary>\n\nbody\n</details>\n',
    );
  });

  test('headings escape markdown', () => {
    expect(new SummaryBuilder().heading('repo_name *x*').toString()).toBe('## repo\\_name \\*x\\*\n');
  });
});

test.each([
  ['a|b', 'a\\|b'],
  ['line1\r\nline2', 'line1<br>line2'],
  ['back\\slash', 'back\\\\slash'],
])('escapeCell(%j) = %j', (text, expected) => {
  expect(escapeCell(text)).toBe(expected);
});

test.each([
  ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
  ['"a" & b', '&quot;a&quot; &amp; b'],
])('escapeHtml(%j) = %j', (text, expected) => {
  expect(escapeHtml(text)).toBe(expected);
});

test('escapeMarkdown escapes what would format', () => {
  expect(escapeMarkdown('`a` [b] <c>')).toBe('\\`a\\` \\[b\\] \\<c\\>');
});

test.each([
  [0, '0 B'],
  [1023, '1023 B'],
  [1024, '1.0 KiB'],
  [1536, '1.5 KiB'],
  [5 * 1024 * 1024, '5.0 MiB'],
  [3.25 * 1024 ** 3, '3.3 GiB'],
  [2 * 1024 ** 5, '2048.0 TiB'],
])('formatBytes(%i) = %s', (bytes, expected) => {
  expect(formatBytes(bytes)).toBe(expected);
});

test.each([
  [0, '0 ms'],
  [999.4, '999 ms'],
  [1000, '1.0 s'],
  [1234, '1.2 s'],
  [90000, '90.0 s'],
])('formatDuration(%d) = %s', (ms, expected) => {
  expect(formatDuration(ms)).toBe(expected);
});
