import {
  DescribeImageScanFindingsCommand,
  ECRClient,
  GetRegistryScanningConfigurationCommand,
} from '@aws-sdk/client-ecr';
import { Inspector2Client, ListCoverageCommand, ListFindingsCommand } from '@aws-sdk/client-inspector2';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '../../../shared/src/runtime/errors';
import type { SignatureGate } from '../../../shared/src/scan/signature';
import { run, type ScanGateDependencies } from '../src/main';
import { testContext } from '../../../test/utils/action-context';
import { answers, FakeAws } from '../../../test/fakes';

const fixtures = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'scan');
const digest = 'sha256:6f1a3c8b2e4d5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8';
const imageUri = `123456789012.dkr.ecr.eu-central-1.amazonaws.com/piksel/ows@${digest}`;
/** The action makes its own clients from its AWS session: the fakes answer every client of the two classes. */
let aws: FakeAws;
const ecr = () => aws.ecr.service;
const inspector = () => aws.inspector.service;

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
  aws = new FakeAws();
  aws.ecr.service.serve(ECRClient);
  aws.inspector.service.serve(Inspector2Client);
});
afterEach(() => {
  aws.restore();
  rmSync(dir, { recursive: true, force: true });
});

/** A Trivy report of the gated image with no findings. */
function cleanReport(name = imageUri): string {
  const path = join(dir, 'clean.json');
  writeFileSync(path, JSON.stringify({ SchemaVersion: 2, ArtifactName: name, Results: [{ Target: 'x' }] }));
  return path;
}

function harness(values: Record<string, string>, policy?: string) {
  if (policy !== undefined) writeFileSync(join(dir, 'artifact-policy.yml'), policy);
  const ctx = testContext(
    {
      policy: join(dir, 'artifact-policy.yml'),
      'sarif-output': join(dir, 'out', 'scan-gate.sarif'),
      'findings-output': join(dir, 'out', 'findings.json'),
      ...values,
    },
    { AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE', AWS_SECRET_ACCESS_KEY: 'example-secret' },
  );
  let now = Date.parse('2026-11-24T06:00:00Z');
  const deps: ScanGateDependencies = {
    clock: () => now,
    sleep: async (ms) => {
      now += ms;
    },
  };
  return { ctx, outputs: ctx.outputs, logger: ctx.logger, deps, summary: () => ctx.summary.join('') };
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
  expect(ecr().inputs()).toHaveLength(0);

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

const STRICT_POLICY = POLICY.replace(
  '  required: false',
  '  required: true\n  trust: {publicKeys: [env://COSIGN_PUB]}',
).replace('  timeoutSeconds: 600', '  timeoutSeconds: 600\n  source: inspector');

describe('inputs only tighten the policy', () => {
  test.each([
    [
      { 'fail-on': 'critical' },
      POLICY,
      /'fail-on' is 'critical', which is looser than the policy's scan\.failOn \(HIGH\).*change scan\.failOn/,
    ],
    [{ 'fail-on': 'NONE' }, POLICY, /looser than the policy's scan\.failOn/],
    [{ 'fixable-only': 'true' }, POLICY, /looser than the policy's scan\.fixableOnly/],
    [{ timeout: '601' }, POLICY, /'timeout' is '601'.*scan\.timeoutSeconds \(600 s\)/],
    [{ 'require-signature': 'false', report: '' }, STRICT_POLICY, /looser than the policy's signing\.required/],
    [{ source: 'report' }, STRICT_POLICY, /'source' is 'report'.*scan\.source \(inspector\)/],
    [{ source: 'ecr' }, STRICT_POLICY, /'source' is 'ecr'.*scan\.source \(inspector\)/],
  ])('%j is refused, naming the policy field', async (values, policy, message) => {
    const h = harness({ image: imageUri, report: join(fixtures, 'trivy-debian.json'), ...values }, policy);
    const err = await run(h.ctx, h.deps).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toMatch(message);
    expect(h.outputs.get('passed')).toBe('false');
    expect(ecr().inputs()).toHaveLength(0);
  });

  test('a stricter threshold fails what the policy passes, and the summary lists every input that tightened it', async () => {
    const h = harness({
      image: imageUri,
      report: cleanReport(),
      'fail-on': 'low',
      timeout: '60',
      'require-signature': 'true',
    });
    await run(h.ctx, {
      ...h.deps,
      signatureGate: () => ({ check: async () => ({ status: 'verified', detail: '1 signature verified' }) }),
    });
    expect(h.outputs.get('passed')).toBe('true');
    expect(h.summary()).toContain('Inputs that made the policy stricter for this run:');
    expect(h.summary()).toContain('- fail-on LOW (policy scan.failOn HIGH)');
    expect(h.summary()).toContain('- timeout 60 s (policy scan.timeoutSeconds 600 s)');
    expect(h.summary()).toContain('- require-signature true (policy signing.required false)');

    const strict = harness({ image: imageUri, report: join(fixtures, 'trivy-debian.json'), 'fail-on': 'MEDIUM' });
    await expect(run(strict.ctx, strict.deps)).rejects.toThrow(/at or above MEDIUM/);
  });
});

test('auto on a BASIC registry: waits for the ECR scan of the digest and judges it', async () => {
  ecr().on(GetRegistryScanningConfigurationCommand, () => ({
    scanningConfiguration: { scanType: 'BASIC', rules: [] },
  }));
  ecr().on(
    DescribeImageScanFindingsCommand,
    answers([
      { imageScanStatus: { status: 'IN_PROGRESS' } },
      {
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
      },
    ]),
  );
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

/** An ENHANCED-scanning registry whose Amazon Inspector coverage lists the image as scanned. */
function enhancedRegistryCoveringImage(): void {
  ecr().on(GetRegistryScanningConfigurationCommand, () => ({
    scanningConfiguration: { scanType: 'ENHANCED', rules: [] },
  }));
  inspector().on(ListCoverageCommand, () => ({
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
  }));
}

test('auto on an ENHANCED registry reads Amazon Inspector', async () => {
  enhancedRegistryCoveringImage();
  inspector().on(ListFindingsCommand, () => ({
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
  }));
  const h = harness({ image: imageUri });
  await expect(run(h.ctx, h.deps)).rejects.toThrow(/1 finding at or above HIGH counts \(1 HIGH\)/);
  expect(h.outputs.get('high')).toBe('1');
  expect(h.summary()).toContain('| CVE-2023-4911 | HIGH | libc6 | 2.36-9+deb12u1 | 0:2.36-9+deb12u3 |');
});

test('a finding an Inspector suppression rule hides still counts, and the summary says it is suppressed', async () => {
  enhancedRegistryCoveringImage();
  // As Inspector filters: the suppressed finding is listed only to a request that asks for SUPPRESSED ones.
  inspector().on(ListFindingsCommand, (input) => {
    const statuses = (input.filterCriteria?.findingStatus ?? []).map((f) => f.value);
    return {
      findings: statuses.includes('SUPPRESSED')
        ? [
            {
              findingArn: 'arn:aws:inspector2:eu-central-1:123456789012:finding/0c2d',
              awsAccountId: '123456789012',
              type: 'PACKAGE_VULNERABILITY',
              description: 'expat integer overflow',
              title: 'CVE-2024-45491 - libexpat1',
              remediation: {},
              severity: 'CRITICAL',
              firstObservedAt: new Date(),
              lastObservedAt: new Date(),
              status: 'SUPPRESSED',
              resources: [],
              fixAvailable: 'YES',
              packageVulnerabilityDetails: {
                vulnerabilityId: 'CVE-2024-45491',
                source: 'DEBIAN_CVE',
                vulnerablePackages: [{ name: 'libexpat1', version: '2.5.0', fixedInVersion: '2.5.0-1+deb12u1' }],
              },
            },
          ]
        : [],
    };
  });
  const h = harness({ image: imageUri });
  await expect(run(h.ctx, h.deps)).rejects.toThrow(/1 finding at or above HIGH counts \(1 CRITICAL\)/);
  expect(h.summary()).toContain(
    "1 finding(s) are suppressed by Amazon Inspector suppression rules (CVE-2024-45491); they count all the same: only the policy's scan.allow accepts a finding.",
  );
  const doc = JSON.parse(readFileSync(join(dir, 'out', 'findings.json'), 'utf8')) as {
    findings: { suppressed?: boolean }[];
  };
  expect(doc.findings[0].suppressed).toBe(true);
});

test('a terminal scan status still gives a verdict first in the summary', async () => {
  ecr().on(DescribeImageScanFindingsCommand, () => ({
    imageScanStatus: { status: 'UNSUPPORTED_IMAGE', description: 'The operating system is not supported.' },
  }));
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
    const h = harness({ image: imageUri, report: cleanReport(), 'require-signature': 'true' });
    const outcome = await run(h.ctx, { ...h.deps, signatureGate: gate(status) }).then(
      () => 'passed',
      (e: Error) => e.message,
    );
    expect(h.outputs.get('passed')).toBe(String(passed));
    if (!passed) expect(outcome).toContain('The image has no trusted signature (unsigned)');
    expect(h.summary()).toContain(`required, ${status}`);
  });

  test('required without a verification available fails closed', async () => {
    const h = harness({ image: imageUri, report: cleanReport(), 'require-signature': 'true' });
    await expect(run(h.ctx, { ...h.deps, signatureGate: () => undefined })).rejects.toThrow(
      /no trusted signature \(error\)/,
    );
  });
});

describe('mistakes are refused before anything is contacted', () => {
  test.each([
    [{ image: 'piksel/ows:latest' }, /by digest, never by tag/],
    [{ image: imageUri, source: 'report' }, /needs the 'report' input/],
    [
      { image: imageUri, source: 'ecr', report: 'x.json' },
      /Remove 'report' to judge the ECR scan, or set 'source: report'/,
    ],
    [{ image: imageUri, 'fail-on': 'SEVERE' }, /'fail-on' is 'SEVERE'/],
    [{ image: imageUri, timeout: 'soon' }, /'timeout' is 'soon'/],
    [{ image: imageUri, report: 'does-not-exist.json' }, /cannot be read/],
  ])('%j', async (values, message) => {
    const h = harness(values);
    await expect(run(h.ctx, h.deps)).rejects.toThrow(message);
    expect(ecr().inputs()).toHaveLength(0);
    expect(inspector().inputs()).toHaveLength(0);
  });
});

describe('unknown severities fail closed, and passed is always set', () => {
  const trivyWith = (vulnerabilities: object[]) => {
    const path = join(dir, 'odd-severities.json');
    writeFileSync(
      path,
      JSON.stringify({
        SchemaVersion: 2,
        ArtifactName: imageUri,
        Results: [{ Target: 'debian', Vulnerabilities: vulnerabilities }],
      }),
    );
    return path;
  };
  const vuln = (id: string, over: object) => ({
    VulnerabilityID: id,
    PkgName: 'libfoo',
    InstalledVersion: '1',
    ...over,
  });

  test.each([
    ['CRIT with CVSS 9.8', vuln('CVE-2026-1', { Severity: 'CRIT', CVSS: { nvd: { V3Score: 9.8 } } }), /1 CRITICAL/],
    [
      'Crítico without a score',
      vuln('CVE-2026-2', { Severity: 'Crítico' }),
      /1 finding at or above HIGH counts \(1 HIGH\)/,
    ],
    ['no severity at all', vuln('CVE-2026-3', {}), /at or above HIGH/],
    ['a numeric severity', vuln('CVE-2026-4', { Severity: 9.1 }), /1 CRITICAL/],
  ])('%s fails a gate at HIGH, with passed false', async (_name, v, message) => {
    const h = harness({ image: imageUri, report: trivyWith([v]) });
    await expect(run(h.ctx, h.deps)).rejects.toThrow(message);
    expect(h.outputs.get('passed')).toBe('false');
  });

  test('a policy that counts unrated findings as UNDEFINED lets them pass a HIGH threshold', async () => {
    const h = harness(
      { image: imageUri, report: trivyWith([vuln('CVE-2026-2', { Severity: 'Crítico' })]) },
      POLICY.replace('  timeoutSeconds: 600', '  timeoutSeconds: 600\n  unrated: undefined'),
    );
    await run(h.ctx, h.deps);
    expect(h.outputs.get('passed')).toBe('true');
    expect(h.outputs.get('undefined')).toBe('1');
  });

  test('a step that fails before any verdict still sets passed false', async () => {
    const h = harness({ image: imageUri, report: join(dir, 'missing.json') });
    await expect(run(h.ctx, h.deps)).rejects.toThrow(/cannot be read/);
    expect(h.outputs.get('passed')).toBe('false');
    const bad = harness({ image: 'not-an-image' });
    await expect(run(bad.ctx, bad.deps)).rejects.toThrow(/no digest/);
    expect(bad.outputs.get('passed')).toBe('false');
  });
});

describe('the image must be on the policy registry: credentials never go elsewhere', () => {
  test('an image on another host, with no registry input, is refused before any request', async () => {
    const requests: string[] = [];
    const server = createServer((req, res) => {
      requests.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`);
      res.writeHead(401).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
      const h = harness({ image: `${host}/piksel/ows@${digest}`, report: cleanReport(), 'require-signature': 'true' });
      h.ctx.env = { ...h.ctx.env, REGISTRY_USERNAME: 'ci', REGISTRY_PASSWORD: 'secret' };
      const err = await run(h.ctx, h.deps).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConfigurationError);
      expect((err as Error).message).toContain(`is on ${host}, which is not an ECR registry`);
      expect(requests).toEqual([]);
      expect(h.outputs.get('passed')).toBe('false');
    } finally {
      server.close();
    }
  });

  test.each([
    [
      `987654321098.dkr.ecr.eu-central-1.amazonaws.com/piksel/ows@${digest}`,
      {},
      /not the ECR registry of account 123456789012/,
    ],
    [imageUri, { registry: 'http://127.0.0.1:5000' }, /but the registry is 127\.0\.0\.1:5000/],
  ])('%s is refused', async (image, extra, message) => {
    const h = harness(
      { image, report: cleanReport(), ...extra },
      POLICY.replace('  services: [ows, jupyter]', '  services: [ows, jupyter]\niam: { accountId: "123456789012" }'),
    );
    await expect(run(h.ctx, h.deps)).rejects.toThrow(message);
  });
});
