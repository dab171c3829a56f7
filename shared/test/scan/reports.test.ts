import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '../../src/runtime/errors';
import { dedupeFindings } from '../../src/scan/findings';
import { detectReportFormat, readReport } from '../../src/scan/reports';

const fixture = (name: string) => join(__dirname, '..', '..', '..', 'test', 'fixtures', 'scan', name);

test('a Trivy JSON report: every vulnerability of every target, severities mapped, fix from FixedVersion', () => {
  const result = readReport(fixture('trivy-debian.json'));
  expect(result.source).toBe('trivy');
  expect(result.detail).toMatch(/^Trivy 0\.57\.1 report .*trivy-debian\.json$/);
  const findings = dedupeFindings(result.findings);
  expect(findings.map((f) => [f.id, f.severity, f.package, f.fixable])).toEqual([
    ['CVE-2024-45491', 'CRITICAL', 'libexpat1', true],
    ['CVE-2024-2511', 'LOW', 'libssl3', false],
    ['CVE-2011-3374', 'UNDEFINED', 'apt', false],
    ['CVE-2024-6345', 'HIGH', 'setuptools', true],
  ]);
  expect(findings[0]).toMatchObject({
    installedVersion: '2.5.0-1',
    fixedVersion: '2.5.0-1+deb12u1',
    link: 'https://avd.aquasec.com/nvd/cve-2024-45491',
    title: 'libexpat: Integer Overflow or Wraparound',
    score: 9.8,
    sourceSeverity: 'CRITICAL',
  });
  // The same finding listed twice by Trivy is one finding.
  expect(result.findings).toHaveLength(5);
});

test('a Grype JSON report: Negligible is informational, Unknown undefined, fix.state decides fixable', () => {
  const result = readReport(fixture('grype-alpine.json'));
  expect(result.source).toBe('grype');
  expect(result.detail).toMatch(/^Grype 0\.82\.2 report/);
  expect(
    result.findings.map((f) => [f.id, f.severity, f.package, f.installedVersion, f.fixedVersion, f.fixable]),
  ).toEqual([
    ['CVE-2024-5535', 'CRITICAL', 'libssl3', '3.1.4-r5', '3.1.6-r0', true],
    ['GHSA-9wx4-h78v-vm56', 'MEDIUM', 'requests', '2.31.0', '2.32.0', true],
    ['CVE-2023-42366', 'INFORMATIONAL', 'busybox', '1.36.1-r15', undefined, false],
    ['CVE-2024-0001', 'UNDEFINED', 'musl', '1.2.4_git20230717-r4', undefined, null],
  ]);
  // The CVSS score of a related (NVD) record is used when the distro record has none.
  expect(result.findings[0].score).toBe(9.1);
  expect(result.findings[0].link).toBe('https://security.alpinelinux.org/vuln/CVE-2024-5535');
});

test('a SARIF log: security-severity decides, else the severity tag, package and versions from the message', () => {
  const result = readReport(fixture('trivy-sarif.json'));
  expect(result.source).toBe('sarif');
  expect(result.detail).toContain('(Trivy)');
  expect(
    result.findings.map((f) => [f.id, f.severity, f.package, f.installedVersion, f.fixedVersion, f.fixable]),
  ).toEqual([
    ['CVE-2024-45491', 'CRITICAL', 'libexpat1', '2.5.0-1', '2.5.0-1+deb12u1', true],
    ['CVE-2024-2511', 'LOW', 'libssl3', '3.0.14-1~deb12u1', undefined, null],
    ['CVE-2011-3374', 'UNDEFINED', 'apt', '2.6.1', undefined, null],
    ['DS002', 'HIGH', undefined, undefined, undefined, null],
  ]);
  expect(result.findings[0]).toMatchObject({ score: 9.8, link: 'https://avd.aquasec.com/nvd/cve-2024-45491' });
});

test('SARIF without security-severity or tags falls back on the level', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scan-report-'));
  try {
    const path = join(dir, 'plain.sarif');
    writeFileSync(
      path,
      JSON.stringify({
        version: '2.1.0',
        runs: [
          {
            tool: {
              driver: {
                name: 'scanner',
                rules: [{ id: 'GHSA-xxxx-yyyy-zzzz', defaultConfiguration: { level: 'error' } }],
              },
            },
            results: [
              { ruleId: 'GHSA-xxxx-yyyy-zzzz', message: { text: 'bad' } },
              { ruleId: 'R2', level: 'note', message: { text: 'CVE-2023-1234 in something' } },
              { ruleId: 'R3', level: 'none', message: { text: 'info' } },
            ],
          },
        ],
      }),
    );
    expect(readReport(path).findings.map((x) => [x.id, x.severity])).toEqual([
      ['GHSA-xxxx-yyyy-zzzz', 'HIGH'],
      ['CVE-2023-1234', 'LOW'],
      ['R3', 'INFORMATIONAL'],
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('what is not a report is refused with what to do', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scan-report-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  test.each([
    ['missing.json', undefined, /cannot be read \(ENOENT\)/],
    ['broken.json', '{"Results": [', /is not JSON/],
    ['other.json', '{"bomFormat": "CycloneDX"}', /is not a Trivy JSON report/],
    ['old.sarif', '{"version": "2.0.0", "runs": []}', /only SARIF 2.1.0/],
  ])('%s', (name, content, message) => {
    const path = join(dir, name);
    if (content !== undefined) writeFileSync(path, content);
    expect(() => readReport(path)).toThrow(ConfigurationError);
    expect(() => readReport(path)).toThrow(message);
  });
});

test.each([
  [[{ Target: 'x', Vulnerabilities: [] }], 'trivy'],
  [{ SchemaVersion: 2, Results: null }, 'trivy'],
  [{ matches: [] }, 'grype'],
  [{ version: '2.1.0', runs: [] }, 'sarif'],
  [{ something: 1 }, undefined],
  [[1, 2], undefined],
])('detectReportFormat %j -> %s', (doc, format) => {
  expect(detectReportFormat(doc)).toBe(format);
});
