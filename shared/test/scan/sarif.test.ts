import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateGate } from '../../src/scan/gate';
import { parseScannedImage } from '../../src/scan/image';
import { readReport } from '../../src/scan/reports';
import { toSarif } from '../../src/scan/sarif';

const fixtures = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'scan');

/**
 * The SARIF 2.1.0 JSON schema (OASIS, final "rtm.5" revision), as shipped in the npm package
 * @microsoft/jest-sarif@1.0.0-beta.0 (lib/schemas/sarif-2.1.0-rtm.5.json, MIT), copied (only re-indented by prettier) into
 * test/fixtures/scan/sarif-schema-2.1.0.json. It is written for draft-04 (`id`), which ajv's draft-07
 * validator reads once `$schema` is dropped and `id` becomes `$id`; the schema uses no draft-04-only keyword.
 * Its `language` pattern is not valid with the `u` flag, hence `unicodeRegExp: false`.
 */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(join(fixtures, 'sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
  const { $schema: _draft, id, ...rest } = schema;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile({ ...rest, $id: id as string });
}

const image = parseScannedImage(`123456789012.dkr.ecr.eu-central-1.amazonaws.com/piksel/ows@sha256:${'6f'.repeat(32)}`);

/** The digest each fixture report names. */
const REPORT_DIGESTS: Record<string, string> = {
  'trivy-debian.json': 'sha256:6f1a3c8b2e4d5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8',
  'trivy-sarif.json': 'sha256:6f1a3c8b2e4d5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8',
  'grype-alpine.json': 'sha256:2b7e3f5a9c1d8e4f6a0b2c4d6e8f0a1b3c5d7e9f1a3b5c7d9e1f3a5b7c9d1e3f',
};

function gateOf(report: string) {
  const scan = readReport(join(fixtures, report), { digest: REPORT_DIGESTS[report], trustWithoutDigest: false });
  return evaluateGate(scan.findings, {
    failOn: 'HIGH',
    fixableOnly: false,
    allow: [{ id: 'CVE-2024-2511', reason: 'TLS 1.3 session tickets are off', until: '2027-01-31' }],
    today: '2026-11-24',
  });
}

describe('SARIF output', () => {
  const validate = sarifValidator();

  test.each(['trivy-debian.json', 'grype-alpine.json', 'trivy-sarif.json'])(
    'from %s validates against SARIF 2.1.0',
    (report) => {
      const sarif = toSarif(gateOf(report), { image, toolVersion: '1.0.0' });
      const valid = validate(sarif);
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    },
  );

  test('the validator rejects what upload-sarif would reject (so the test above can fail)', () => {
    const sarif = toSarif(gateOf('trivy-debian.json'), { image }) as { runs: { results: { level: string }[] }[] };
    sarif.runs[0].results[0].level = 'fatal';
    expect(validate(sarif)).toBe(false);
  });

  test('rules carry security-severity, results a location, a stable fingerprint and suppressions for allowlisted findings', () => {
    const result = gateOf('trivy-debian.json');
    const sarif = toSarif(result, { image, dockerfile: './services/ows/Dockerfile' }) as {
      runs: {
        tool: { driver: { rules: { id: string; properties: Record<string, unknown> }[] } };
        automationDetails: { id: string };
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
          partialFingerprints: Record<string, string>;
          suppressions?: { kind: string; justification: string }[];
        }[];
      }[];
    };
    const run = sarif.runs[0];
    const critical = run.tool.driver.rules.find((r) => r.id === 'CVE-2024-45491')!;
    expect(critical.properties).toMatchObject({
      'security-severity': '9.8',
      tags: ['vulnerability', 'security', 'CRITICAL'],
    });
    const undefinedRule = run.tool.driver.rules.find((r) => r.id === 'CVE-2011-3374')!;
    expect(undefinedRule.properties['security-severity']).toBe('0.0');
    expect(run.automationDetails.id).toBe('scan-gate/piksel/ows/');
    for (const r of run.results) {
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(r.locations[0].physicalLocation.artifactLocation.uri).toBe('services/ows/Dockerfile');
      expect(r.partialFingerprints['containerImageVulnerability/v1']).toMatch(/^[a-f0-9]{64}$/);
    }
    const allowed = run.results.find((r) => r.ruleId === 'CVE-2024-2511')!;
    expect(allowed.suppressions).toEqual([
      { kind: 'external', justification: 'TLS 1.3 session tickets are off (until 2027-01-31)' },
    ]);
    expect(run.results.find((r) => r.ruleId === 'CVE-2024-45491')!.level).toBe('error');
    // The fingerprint depends on the finding, not on the build: the same finding in the next digest is the same alert.
    const next = toSarif(result, { image: { ...image, digest: `sha256:${'00'.repeat(32)}` } }) as typeof sarif;
    expect(next.runs[0].results.map((r) => r.partialFingerprints)).toEqual(
      run.results.map((r) => r.partialFingerprints),
    );
  });

  test('without a Dockerfile, results point at the image repository as a placeholder', () => {
    const sarif = toSarif(gateOf('grype-alpine.json'), { image }) as {
      runs: {
        results: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }[];
      }[];
    };
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'piksel/ows' });
  });
});
