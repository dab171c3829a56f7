import { evaluateGate } from '../../src/scan/gate';
import type { Finding } from '../../src/scan/findings';
import { parseScannedImage } from '../../src/scan/image';
import { findingsDocument, gateSummary, SUMMARY_FINDING_ROWS } from '../../src/scan/report';

const image = parseScannedImage(`piksel/ows@sha256:${'ab'.repeat(32)}`);
const finding = (i: number): Finding => ({
  id: `CVE-2026-${1000 + i}`,
  severity: 'CRITICAL',
  package: `lib${i}`,
  installedVersion: '1.0',
  fixedVersion: '1.1',
  fixable: true,
  link: `https://nvd.nist.gov/vuln/detail/CVE-2026-${1000 + i}`,
  source: 'inspector',
});
const options = { failOn: 'HIGH' as const, fixableOnly: false, allow: [], today: '2026-11-24' };

test('the summary starts with the verdict and caps the decisive findings, pointing at the findings file', () => {
  const result = evaluateGate(
    Array.from({ length: SUMMARY_FINDING_ROWS + 7 }, (_, i) => finding(i)),
    options,
  );
  const summary = gateSummary(result, {
    image,
    sourceDetail: 'Amazon Inspector enhanced scan',
    findingsFile: 'f.json',
  });
  expect(summary.split('\n')[0]).toBe('## ❌ Failed: scan gate of piksel/ows');
  expect(summary.split('\n').filter((l) => l.startsWith('| [CVE-2026-'))).toHaveLength(SUMMARY_FINDING_ROWS);
  expect(summary).toContain('…and 7 more in the findings file.');
  expect(summary).toContain('| CRITICAL | 57 | 57 | ❌ fails |');
  expect(summary).toContain('| MEDIUM | 0 | 0 | reported |');
  expect(summary).toContain('| HIGH | 0 | 0 | fails if any |');
});

test('a pass lists the counted findings below the threshold in a collapsed block', () => {
  const low = { ...finding(1), severity: 'LOW' as const };
  const summary = gateSummary(evaluateGate([low], options), { image, sourceDetail: 'a report' });
  expect(summary.split('\n')[0]).toBe('## ✅ Passed: scan gate of piksel/ows');
  expect(summary).toContain('<details><summary>1 finding(s) below the threshold</summary>');
  expect(summary).not.toContain('Findings that failed the gate');
  expect(summary).toContain('ℹ️ not required, skipped');
});

test('a value with a pipe cannot break a table', () => {
  const odd = { ...finding(1), package: 'a|b' };
  const summary = gateSummary(evaluateGate([odd], options), { image, sourceDetail: 'a report' });
  expect(summary).toContain('| a\\|b |');
});

test('the findings document carries the verdict, the counts and every finding with its status', () => {
  const doc = findingsDocument(evaluateGate([finding(1)], options), { image, sourceDetail: 'a report' }) as Record<
    string,
    unknown
  >;
  expect(doc).toMatchObject({
    image: `piksel/ows@sha256:${'ab'.repeat(32)}`,
    digest: `sha256:${'ab'.repeat(32)}`,
    passed: false,
    failOn: 'HIGH',
    counts: { CRITICAL: 1, HIGH: 0 },
    findings: [{ id: 'CVE-2026-1001', status: 'counted', decisive: true }],
  });
});
