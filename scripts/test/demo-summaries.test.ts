import { evaluateGate } from '../../shared/src/scan/gate';
import type { Finding } from '../../shared/src/scan/findings';
import { parseScannedImage } from '../../shared/src/scan/image';
import { gateSummary } from '../../shared/src/scan/report';
import { emptyTables, summaryPage } from '../demo/summaries';

const TABLE = '| a | b |\n| --- | --- |';

describe('a table with a header and no row is found (a cut summary, or a builder that wrote a header for nothing)', () => {
  test.each<[string, string, string[]]>([
    ['a table with rows', `${TABLE}\n| 1 | 2 |\n`, []],
    ['a header alone, then text', `${TABLE}\n\nnext paragraph\n`, ['| a | b |']],
    ['a header alone at the end', TABLE, ['| a | b |']],
    ['aligned delimiters', '| a | b |\n| :-- | --: |\n| 1 | 2 |', []],
    ['inside a code block, not a table', `\`\`\`\n${TABLE}\n\`\`\`\n`, []],
    ['the second of two tables', `${TABLE}\n| 1 | 2 |\n\n| x |\n| --- |\n</details>`, ['| x |']],
  ])('%s', (_, markdown, expected) => {
    expect(emptyTables(markdown)).toEqual(expected);
  });
});

test("scan-gate's findings below the threshold have their rows: the empty table was the demo's 20-line cut", () => {
  const finding = (id: string, severity: Finding['severity'], pkg: string): Finding => ({
    id,
    severity,
    package: pkg,
    installedVersion: '3.3.1-r0',
    fixedVersion: '3.3.2-r1',
    fixable: true,
    source: 'trivy',
  });
  // The demo's report and policy: the CRITICAL is allowlisted, a MEDIUM and a LOW are counted below the threshold.
  const findings = [
    finding('CVE-2023-45853', 'CRITICAL', 'zlib'),
    finding('CVE-2024-5535', 'MEDIUM', 'libssl3'),
    finding('CVE-2024-9143', 'LOW', 'libcrypto3'),
  ];
  const allow = [{ id: 'CVE-2023-45853', package: 'zlib', until: '2099-12-31', reason: 'minizip is not used' }];
  const result = evaluateGate(findings, { failOn: 'CRITICAL', fixableOnly: false, allow, today: '2026-12-07' });
  const image = parseScannedImage(`demo/web@sha256:${'ab'.repeat(32)}`);
  const summary = gateSummary(result, { image, sourceDetail: 'Trivy report app/trivy-report.json' });

  expect(summary).toContain('2 finding(s) below the threshold');
  expect(summary).toMatch(/\| CVE-2024-5535 \| MEDIUM \| libssl3 \|/);
  expect(summary).toMatch(/\| CVE-2024-9143 \| LOW \| libcrypto3 \|/);
  expect(emptyTables(summary)).toEqual([]);
  const details = summary.split('\n').findIndex((l) => l.includes('below the threshold'));
  expect(
    emptyTables(
      summary
        .split('\n')
        .slice(0, details + 4)
        .join('\n'),
    ),
  ).toHaveLength(1);
});

test('the page holds every step whole, in order, each under its name', () => {
  const page = summaryPage('Job summaries', [
    { step: 'provision-repo (plan)', markdown: `## plan\n\n${TABLE}\n| 1 | 2 |\n` },
    { step: 'scan-gate', markdown: '## gate\n' },
    { step: 'publish-package (zip)', markdown: '' },
  ]);
  expect(page.indexOf('**Step: provision-repo (plan)**')).toBeLessThan(page.indexOf('**Step: scan-gate**'));
  expect(page).toContain(`${TABLE}\n| 1 | 2 |`);
  expect(page).toContain('**Step: publish-package (zip)**\n\n_(no summary)_');
  expect(page.startsWith('# Job summaries\n')).toBe(true);
});
