import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '../../src/runtime/errors';
import { dedupeFindings } from '../../src/scan/findings';
import { detectReportFormat, readReport } from '../../src/scan/reports';

const OWS = {
  digest: `sha256:6f1a3c8b2e4d5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8`,
  trustWithoutDigest: false,
};
const JUPYTER = {
  digest: `sha256:2b7e3f5a9c1d8e4f6a0b2c4d6e8f0a1b3c5d7e9f1a3b5c7d9e1f3a5b7c9d1e3f`,
  trustWithoutDigest: false,
};
const TRUSTING = { ...OWS, trustWithoutDigest: true };
const fixture = (name: string) => join(__dirname, '..', '..', '..', 'test', 'fixtures', 'scan', name);

test('a Trivy JSON report: every vulnerability of every target, severities mapped, fix from FixedVersion', () => {
  const result = readReport(fixture('trivy-debian.json'), OWS);
  expect(result.source).toBe('trivy');
  expect(result.detail).toMatch(
    /^Trivy 0\.57\.1 report .*trivy-debian\.json, which names the digest \(ArtifactName\)$/,
  );
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
  const result = readReport(fixture('grype-alpine.json'), JUPYTER);
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
  const result = readReport(fixture('trivy-sarif.json'), OWS);
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
    expect(readReport(path, TRUSTING).findings.map((x) => [x.id, x.severity])).toEqual([
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
    expect(() => readReport(path, TRUSTING)).toThrow(ConfigurationError);
    expect(() => readReport(path, TRUSTING)).toThrow(message);
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

describe('a report is judged only when it describes the gated digest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scan-binding-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const other = `sha256:${'b'.repeat(64)}`;
  const trivyOf = (fields: object) =>
    JSON.stringify({ SchemaVersion: 2, Trivy: { Version: '0.57.1' }, Results: [{ Target: 'x' }], ...fields });
  const grypeOf = (target: object) =>
    JSON.stringify({ matches: [], source: { type: 'image', target }, descriptor: { name: 'grype' } });
  const sarifOf = (properties: object) =>
    JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'Trivy' } }, results: [], properties }] });
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  test.each([
    ['busybox.json', trivyOf({ ArtifactName: 'docker.io/library/busybox' }), /names no image digest/],
    [
      'busybox-digest.json',
      trivyOf({ ArtifactName: 'busybox', Metadata: { RepoDigests: [`busybox@${other}`] } }),
      /describes another image: it names sha256:b{64} \(Metadata\.RepoDigests\)/,
    ],
    ['grype-other.json', grypeOf({ manifestDigest: other, userInput: 'alpine:3.20' }), /describes another image/],
    ['sarif-other.json', sarifOf({ imageName: 'alpine', repoDigests: [`alpine@${other}`] }), /describes another image/],
    ['sarif-none.json', sarifOf({ imageName: 'piksel/ows' }), /names no image digest.*trustReportsWithoutDigest/],
    [
      'config-only.json',
      trivyOf({ ArtifactName: 'app.tar', Metadata: { ImageID: `sha256:${'c'.repeat(64)}` } }),
      /names no image digest \(only the config digest in Metadata\.ImageID\)/,
    ],
    ['empty-list.json', '[]', /is an empty list/],
    [
      'odd-vulnerabilities.json',
      trivyOf({ ArtifactName: `x@${OWS.digest}`, Results: [{ Target: 'x', Vulnerabilities: { CVE: 1 } }] }),
      /Vulnerabilities is not a list/,
    ],
    ['matches-null.json', '{"matches": null}', /matches field that is not a list/],
    ['grype-no-source.json', '{"matches": []}', /has no source/],
    ['schema-only.json', '{"SchemaVersion": 2}', /has no ArtifactName/],
    ['sarif-no-runs.json', '{"version": "2.1.0", "runs": []}', /has no runs/],
  ])('%s is refused', (name, text, message) => {
    const path = write(name, text);
    expect(() => readReport(path, OWS)).toThrow(ConfigurationError);
    expect(() => readReport(path, OWS)).toThrow(message);
  });

  test.each([
    ['trivy RepoDigests', trivyOf({ ArtifactName: 'app:ci', Metadata: { RepoDigests: [`x/ows@${OWS.digest}`] } })],
    ['grype manifestDigest', grypeOf({ manifestDigest: OWS.digest, userInput: 'x/ows:1' })],
    ['grype repoDigests of an index', grypeOf({ manifestDigest: other, repoDigests: [`x/ows@${OWS.digest}`] })],
    ['sarif repoDigests', sarifOf({ repoDigests: [`x/ows@${OWS.digest}`] })],
  ])('a report naming the digest in %s is read', (name, text) => {
    expect(readReport(write(`${name}.json`, text), OWS).detail).toContain('which names the digest');
  });

  test('a report naming no digest is judged when the policy trusts such reports, never one of another digest', () => {
    const none = write('trusted-none.json', trivyOf({ ArtifactName: 'app:ci' }));
    expect(readReport(none, TRUSTING).detail).toContain('trusted: scan.trustReportsWithoutDigest');
    const another = write('trusted-other.json', grypeOf({ manifestDigest: other }));
    expect(() => readReport(another, TRUSTING)).toThrow(/describes another image/);
    expect(() => readReport(write('trusted-empty.json', '[]'), TRUSTING)).toThrow(/empty list/);
  });
});
