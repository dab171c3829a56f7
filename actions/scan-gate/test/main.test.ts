import {
  DescribeImageScanFindingsCommand,
  ECRClient,
  GetRegistryScanningConfigurationCommand,
} from '@aws-sdk/client-ecr';
import { Inspector2Client, ListCoverageCommand, ListFindingsCommand } from '@aws-sdk/client-inspector2';
import { mockClient } from 'aws-sdk-client-mock';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionContext } from '../../../shared/src/runtime/context';
import { ConfigurationError } from '../../../shared/src/runtime/errors';
import { Inputs, mapInputSource } from '../../../shared/src/runtime/inputs';
import { MemoryLogger } from '../../../shared/src/runtime/logger';
import type { SignatureGate } from '../../../shared/src/scan/signature';
import { run, type ScanGateDependencies } from '../src/main';

const fixtures = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'scan');
const digest = 'sha256:6f1a3c8b2e4d5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8';
const imageUri = `123456789012.dkr.ecr.eu-central-1.amazonaws.com/piksel/ows@${digest}`;
const ecrMock = mockClient(ECRClient);
const inspectorMock = mockClient(Inspector2Client);

const POLICY = `version: 1
system: piksel
region: eu-central-1
resourceTags: { Project: piksel, Environment: shared, Purpose: container-registry, ManagedBy: artifacts, Owner: DevOps-Team }
registry:
  layout: per-service
  services: [ows, jupyter]
signing:
  required: false
scan:
  failOn: HIGH
  timeoutSeconds: 600
  allow:
    - id: CVE-2024-2511
      package: libssl3
      until: 2027-06-30
      reason: TLS 1.3 session resumption is disabled
    - id: CVE-2011-3374
      until: 2026-01-31
      reason: apt-key is not used at run time
    - id: CVE-2019-0000
      reason: fixed long ago
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'scan-gate-'));
  writeFileSync(join(dir, 'artifact-policy.yml'), POLICY);
  ecrMock.reset();
  inspectorMock.reset();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function harness(values: Record<string, string>) {
  const outputs = new Map<string, string>();
  let summary = '';
  const logger = new MemoryLogger();
  const ctx: ActionContext = {
    inputs: new Inputs(
      mapInputSource({
        policy: join(dir, 'artifact-policy.yml'),
        'sarif-output': join(dir, 'out', 'scan-gate.sarif'),
        'findings-output': join(dir, 'out', 'findings.json'),
        ...values,
      }),
    ),
    logger,
    setOutput: (name, value) => outputs.set(name, value),
    writeSummary: async (markdown) => {
      summary += markdown;
    },
    getIdToken: async () => {
      throw new Error('no OIDC in tests');
    },
    env: { AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE', AWS_SECRET_ACCESS_KEY: 'example-secret' },
  };
  let now = Date.parse('2026-11-24T06:00:00Z');
  const deps: ScanGateDependencies = {
    clock: () => now,
    sleep: async (ms) => {
      now += ms;
    },
  };
  return { ctx, outputs, logger, deps, summary: () => summary };
}

test('a Trivy report with source auto: judged by policy, allowlist applied, outputs, summary, SARIF and findings file', async () => {
  const h = harness({ image: imageUri, report: join(fixtures, 'trivy-debian.json') });
  const err = await run(h.ctx, h.deps).catch((e: unknown) => e);

  // CRITICAL libexpat1 and HIGH setuptools count at fail-on HIGH from the policy.
  expect(err).toBeInstanceOf(ConfigurationError);
  expect((err as Error).message).toContain('2 findings at or above HIGH count (1 CRITICAL, 1 HIGH).');
  expect(Object.fromEntries(h.outputs)).toEqual({
    critical: '1',
    high: '1',
    medium: '0',
    low: '0', // CVE-2024-2511 is allowlisted
    informational: '0',
    undefined: '1', // CVE-2011-3374: its allowlist entry has expired
    passed: 'false',
    'findings-file': join(dir, 'out', 'findings.json'),
    'sarif-file': join(dir, 'out', 'scan-gate.sarif'),
  });
  expect(ecrMock.calls()).toHaveLength(0);

  const summary = h.summary();
  expect(summary.indexOf('❌ Failed')).toBe(summary.indexOf('##') + 3);
  expect(summary).toContain('| CRITICAL | 1 | 1 | ❌ fails |');
  expect(summary).toContain('| LOW | 1 | 0 | reported |');
  expect(summary).toContain(
    '| [CVE-2024-45491](https://avd.aquasec.com/nvd/cve-2024-45491) | CRITICAL | libexpat1 | 2.5.0-1 | 2.5.0-1+deb12u1 |',
  );
  expect(summary).toContain('accepted 1 finding(s): `CVE-2024-2511` in libssl3 (until 2027-06-30)');
  expect(summary).toContain(
    '**expired**, no longer accepts anything (1 finding(s) count again): `CVE-2011-3374` (until 2026-01-31)',
  );
  expect(summary).toContain('matched nothing, can be removed: `CVE-2019-0000`');
  expect(summary).toContain('not required, skipped');

  const doc = JSON.parse(readFileSync(join(dir, 'out', 'findings.json'), 'utf8')) as {
    passed: boolean;
    findings: { id: string; status: string; decisive: boolean }[];
  };
  expect(doc.passed).toBe(false);
  expect(doc.findings.map((f) => [f.id, f.status, f.decisive])).toEqual([
    ['CVE-2024-45491', 'counted', true],
    ['CVE-2024-6345', 'counted', true],
    ['CVE-2024-2511', 'allowed', false],
    ['CVE-2011-3374', 'counted', false],
  ]);
  const sarif = JSON.parse(readFileSync(join(dir, 'out', 'scan-gate.sarif'), 'utf8')) as {
    version: string;
    runs: { results: unknown[] }[];
  };
  expect(sarif.version).toBe('2.1.0');
  expect(sarif.runs[0].results).toHaveLength(4);
  expect(h.logger.text()).toContain('Allowlist entry CVE-2011-3374 expired on 2026-01-31');
});

test('inputs override the policy: fail-on critical (any case) with fixable-only passes the same report', async () => {
  const h = harness({
    image: imageUri,
    report: join(fixtures, 'grype-alpine.json'),
    'fail-on': 'critical',
    'fixable-only': 'true',
  });
  await expect(run(h.ctx, h.deps)).rejects.toThrow(/1 finding at or above CRITICAL counts/);
  const h2 = harness({ image: imageUri, report: join(fixtures, 'grype-alpine.json'), 'fail-on': 'NONE' });
  await run(h2.ctx, h2.deps);
  expect(h2.outputs.get('passed')).toBe('true');
  expect(h2.outputs.get('critical')).toBe('1');
  expect(h2.summary()).toMatch(/^## ✅ Passed/);
});

test('auto on a BASIC registry: waits for the ECR scan of the digest and judges it', async () => {
  ecrMock
    .on(GetRegistryScanningConfigurationCommand)
    .resolves({ scanningConfiguration: { scanType: 'BASIC', rules: [] } });
  ecrMock
    .on(DescribeImageScanFindingsCommand)
    .resolvesOnce({ imageScanStatus: { status: 'IN_PROGRESS' } })
    .resolvesOnce({
      imageScanStatus: { status: 'COMPLETE' },
      imageScanFindings: {
        imageScanCompletedAt: new Date('2026-11-24T06:00:10Z'),
        findings: [
          {
            name: 'CVE-2023-4911',
            severity: 'MEDIUM',
            uri: 'https://security-tracker.debian.org/tracker/CVE-2023-4911',
            attributes: [
              { key: 'package_name', value: 'glibc' },
              { key: 'package_version', value: '2.36-9+deb12u1' },
            ],
          },
        ],
      },
    });
  const h = harness({ image: imageUri });
  await run(h.ctx, h.deps);
  expect(h.outputs.get('passed')).toBe('true');
  expect(h.outputs.get('medium')).toBe('1');
  expect(h.logger.text()).toContain('The registry uses BASIC scanning: reading the ECR scan.');
  expect(h.logger.text()).toContain(
    'waiting for the ECR scan of piksel/ows@sha256:6f1a3c8b2e4d… (IN_PROGRESS, 0 s of 600 s)',
  );
  expect(h.summary()).toContain('findings from ECR basic scan completed 2026-11-24T06:00:10.000Z');
});

test('auto on an ENHANCED registry reads Amazon Inspector', async () => {
  ecrMock
    .on(GetRegistryScanningConfigurationCommand)
    .resolves({ scanningConfiguration: { scanType: 'ENHANCED', rules: [] } });
  inspectorMock.on(ListCoverageCommand).resolves({
    coveredResources: [
      {
        resourceType: 'AWS_ECR_CONTAINER_IMAGE',
        resourceId: `arn:aws:ecr:eu-central-1:123456789012:repository/piksel/ows/${digest}`,
        accountId: '123456789012',
        scanType: 'PACKAGE',
        scanStatus: { statusCode: 'ACTIVE', reason: 'SUCCESSFUL' },
        lastScannedAt: new Date('2026-11-24T05:59:00Z'),
      },
    ],
  });
  inspectorMock.on(ListFindingsCommand).resolves({
    findings: [
      {
        findingArn: 'arn:aws:inspector2:eu-central-1:123456789012:finding/0a1b',
        awsAccountId: '123456789012',
        type: 'PACKAGE_VULNERABILITY',
        description: 'glibc buffer overflow',
        title: 'CVE-2023-4911 - glibc',
        remediation: {},
        severity: 'HIGH',
        firstObservedAt: new Date(),
        lastObservedAt: new Date(),
        status: 'ACTIVE',
        resources: [],
        fixAvailable: 'YES',
        packageVulnerabilityDetails: {
          vulnerabilityId: 'CVE-2023-4911',
          source: 'DEBIAN_CVE',
          vulnerablePackages: [
            { name: 'libc6', version: '2.36', release: '9+deb12u1', fixedInVersion: '0:2.36-9+deb12u3' },
          ],
        },
      },
    ],
  });
  const h = harness({ image: imageUri });
  await expect(run(h.ctx, h.deps)).rejects.toThrow(/1 finding at or above HIGH counts \(1 HIGH\)/);
  expect(h.outputs.get('high')).toBe('1');
  expect(h.summary()).toContain('| CVE-2023-4911 | HIGH | libc6 | 2.36-9+deb12u1 | 0:2.36-9+deb12u3 |');
});

test('a terminal scan status still gives a verdict first in the summary', async () => {
  ecrMock.on(DescribeImageScanFindingsCommand).resolves({
    imageScanStatus: { status: 'UNSUPPORTED_IMAGE', description: 'The operating system is not supported.' },
  });
  const h = harness({ image: imageUri, source: 'ecr' });
  await expect(run(h.ctx, h.deps)).rejects.toThrow(ConfigurationError);
  expect(h.outputs.get('passed')).toBe('false');
  expect(h.summary()).toMatch(/^## ❌ Failed: scan gate of piksel\/ows/);
  expect(h.summary()).toContain('ECR cannot scan');
});

describe('the signature requirement', () => {
  const gate =
    (status: 'verified' | 'unsigned'): ScanGateDependencies['signatureGate'] =>
    () =>
      ({
        check: async () =>
          status === 'verified'
            ? { status, detail: '1 sigstore bundle verified', signers: ['awskms:///alias/piksel-signing'] }
            : { status, detail: 'No signature was found (referrers and cosign tag).' },
      }) satisfies SignatureGate;

  test.each([
    ['verified', true],
    ['unsigned', false],
  ] as const)('%s -> passed %s', async (status, passed) => {
    const h = harness({
      image: imageUri,
      report: join(fixtures, 'grype-alpine.json'),
      'fail-on': 'NONE',
      'require-signature': 'true',
    });
    const outcome = await run(h.ctx, { ...h.deps, signatureGate: gate(status) }).then(
      () => 'passed',
      (e: Error) => e.message,
    );
    expect(h.outputs.get('passed')).toBe(String(passed));
    if (!passed) expect(outcome).toContain('The image has no trusted signature (unsigned)');
    expect(h.summary()).toContain(`required, ${status}`);
  });

  test('required without a verification available fails closed', async () => {
    const h = harness({
      image: imageUri,
      report: join(fixtures, 'grype-alpine.json'),
      'fail-on': 'NONE',
      'require-signature': 'true',
    });
    await expect(run(h.ctx, { ...h.deps, signatureGate: () => undefined })).rejects.toThrow(
      /no trusted signature \(error\)/,
    );
  });
});

describe('mistakes are refused before anything is contacted', () => {
  test.each([
    [{ image: 'piksel/ows:latest' }, /by digest, never by tag/],
    [{ image: imageUri, source: 'report' }, /needs the 'report' input/],
    [{ image: imageUri, source: 'ecr', report: 'x.json' }, /Set 'source: report'/],
    [{ image: imageUri, 'fail-on': 'SEVERE' }, /'fail-on' is 'SEVERE'/],
    [{ image: imageUri, timeout: 'soon' }, /'timeout' is 'soon'/],
    [{ image: imageUri, report: 'does-not-exist.json' }, /cannot be read/],
  ])('%j', async (values, message) => {
    const h = harness(values);
    await expect(run(h.ctx, h.deps)).rejects.toThrow(message);
    expect(ecrMock.calls()).toHaveLength(0);
    expect(inspectorMock.calls()).toHaveLength(0);
  });
});
