import {
  ListCoverageCommand,
  ListFindingsCommand,
  type CoveredResource,
  type Finding as InspectorFinding,
} from '@aws-sdk/client-inspector2';
import { answers, FakeAws } from '../../../test/fakes';
import { ConfigurationError } from '../../src/runtime/errors';
import { MemoryLogger } from '../../../test/utils/loggers';
import { parseScannedImage } from '../../src/scan/image';
import { inspectorScan } from '../../src/scan/inspector';
import { Deadline, ScanTimeoutError } from '../../src/scan/wait';

const digest = 'sha256:2b7e3f5a9c1d8e4f6a0b2c4d6e8f0a1b3c5d7e9f1a3b5c7d9e1f3a5b7c9d1e3f';
const image = parseScannedImage(`123456789012.dkr.ecr.eu-central-1.amazonaws.com/piksel/jupyter@${digest}`);
let aws: FakeAws;

function waitOptions(timeoutMs = 900_000) {
  let now = 0;
  return {
    logger: new MemoryLogger(),
    deadline: new Deadline(timeoutMs, () => now),
    sleep: async (ms: number) => {
      now += ms;
    },
  };
}

/** A covered ECR image as ListCoverage returns it. */
function covered(
  imageDigest: string,
  statusCode: 'ACTIVE' | 'INACTIVE',
  reason: string,
  lastScannedAt?: Date,
): CoveredResource {
  return {
    resourceType: 'AWS_ECR_CONTAINER_IMAGE',
    resourceId: `arn:aws:ecr:eu-central-1:123456789012:repository/piksel/jupyter/${imageDigest}`,
    accountId: '123456789012',
    scanType: 'PACKAGE',
    scanStatus: { statusCode, reason: reason as 'SUCCESSFUL' },
    resourceMetadata: {
      ecrRepository: { name: 'piksel/jupyter', scanFrequency: 'SCAN_ON_PUSH' },
      ecrImage: { tags: ['jupyter-1.0.0'] },
    },
    lastScannedAt,
  };
}

/** An enhanced finding as ListFindings returns it (PACKAGE_VULNERABILITY on an ECR image). */
function inspectorFinding(
  id: string,
  severity: string,
  fixAvailable: 'YES' | 'NO' | 'PARTIAL',
  packages: { name: string; version: string; release?: string; fixedInVersion?: string }[],
): InspectorFinding {
  return {
    findingArn: `arn:aws:inspector2:eu-central-1:123456789012:finding/${id.toLowerCase()}`,
    awsAccountId: '123456789012',
    type: 'PACKAGE_VULNERABILITY',
    description: `${id} description`,
    title: `${id} - ${packages.map((p) => p.name).join(', ')}`,
    remediation: { recommendation: { text: 'None Provided' } },
    severity: severity as 'HIGH',
    firstObservedAt: new Date('2026-11-24T05:01:00Z'),
    lastObservedAt: new Date('2026-11-24T05:01:00Z'),
    status: 'ACTIVE',
    inspectorScore: severity === 'CRITICAL' ? 9.8 : undefined,
    resources: [
      {
        type: 'AWS_ECR_CONTAINER_IMAGE',
        id: `arn:aws:ecr:eu-central-1:123456789012:repository/piksel/jupyter/${digest}`,
        region: 'eu-central-1',
        details: {
          awsEcrContainerImage: {
            repositoryName: 'piksel/jupyter',
            imageHash: digest,
            registry: '123456789012',
            pushedAt: new Date('2026-11-24T05:00:00Z'),
            architecture: 'amd64',
          },
        },
      },
    ],
    packageVulnerabilityDetails: {
      vulnerabilityId: id,
      source: 'NVD',
      sourceUrl: `https://nvd.nist.gov/vuln/detail/${id}`,
      vendorSeverity: severity,
      cvss: [
        {
          baseScore: 7.5,
          scoringVector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H',
          version: '3.1',
          source: 'NVD',
        },
      ],
      referenceUrls: [`https://nvd.nist.gov/vuln/detail/${id}`],
      vulnerablePackages: packages.map((p) => ({ ...p, packageManager: 'OS', arch: 'X86_64', epoch: 0 })),
    },
    fixAvailable,
    exploitAvailable: 'NO',
  };
}

beforeEach(() => (aws = new FakeAws()));
const inspector = () => aws.inspector.client;
const inspectorService = () => aws.inspector.service;

test('waits until Inspector covers and scans the digest, then reads every ACTIVE finding of it', async () => {
  const other = 'sha256:' + '11'.repeat(32);
  inspectorService().on(
    ListCoverageCommand,
    answers([
      { coveredResources: [] },
      { coveredResources: [covered(digest, 'ACTIVE', 'PENDING_INITIAL_SCAN')] },
      // The digest's coverage is on the second page, behind another image of the repository.
      { coveredResources: [covered(other, 'ACTIVE', 'SUCCESSFUL', new Date())], nextToken: 'c2' },
      { coveredResources: [covered(digest, 'ACTIVE', 'SUCCESSFUL', new Date('2026-11-24T05:02:00Z'))] },
    ]),
  );
  inspectorService().on(
    ListFindingsCommand,
    answers([
      {
        findings: [
          inspectorFinding('CVE-2024-5535', 'CRITICAL', 'YES', [
            { name: 'openssl', version: '3.0.11', release: '1~deb12u2', fixedInVersion: '0:3.0.13-1~deb12u1' },
          ]),
          inspectorFinding('CVE-2023-45853', 'UNTRIAGED', 'NO', [
            { name: 'zlib1g', version: '1.2.13.dfsg', release: '1', fixedInVersion: 'NotAvailable' },
          ]),
        ],
        nextToken: 'f2',
      },
      {
        findings: [
          inspectorFinding('CVE-2024-6345', 'HIGH', 'PARTIAL', [
            { name: 'setuptools', version: '65.5.1', fixedInVersion: '70.0.0' },
            { name: 'setuptools', version: '58.1.0', fixedInVersion: 'NotAvailable' },
          ]),
        ],
      },
    ]),
  );
  const options = waitOptions();
  const result = await inspectorScan(inspector(), image, options);

  const coverageInputs = inspectorService().inputs(ListCoverageCommand);
  expect(coverageInputs[0].filterCriteria).toEqual({
    resourceType: [{ comparison: 'EQUALS', value: 'AWS_ECR_CONTAINER_IMAGE' }],
    ecrRepositoryName: [{ comparison: 'EQUALS', value: 'piksel/jupyter' }],
    accountId: [{ comparison: 'EQUALS', value: '123456789012' }],
  });
  expect(coverageInputs[3].nextToken).toBe('c2');
  const findingInputs = inspectorService().inputs(ListFindingsCommand);
  expect(findingInputs[0].filterCriteria).toEqual({
    ecrImageHash: [{ comparison: 'EQUALS', value: digest }],
    ecrImageRepositoryName: [{ comparison: 'EQUALS', value: 'piksel/jupyter' }],
    findingStatus: [
      { comparison: 'EQUALS', value: 'ACTIVE' },
      { comparison: 'EQUALS', value: 'SUPPRESSED' },
    ],
    awsAccountId: [{ comparison: 'EQUALS', value: '123456789012' }],
  });
  expect(findingInputs[1].nextToken).toBe('f2');

  expect(result.detail).toBe('Amazon Inspector enhanced scan of 2026-11-24T05:02:00.000Z');
  expect(
    result.findings.map((f) => [f.id, f.severity, f.package, f.installedVersion, f.fixedVersion, f.fixable]),
  ).toEqual([
    ['CVE-2024-5535', 'CRITICAL', 'openssl', '3.0.11-1~deb12u2', '0:3.0.13-1~deb12u1', true],
    // UNTRIAGED with a CVSS score of 7.5: the score's band decides.
    ['CVE-2023-45853', 'HIGH', 'zlib1g', '1.2.13.dfsg-1', undefined, false],
    ['CVE-2024-6345', 'HIGH', 'setuptools', '65.5.1', '70.0.0', true],
    ['CVE-2024-6345', 'HIGH', 'setuptools', '58.1.0', undefined, false],
  ]);
  expect(result.findings[0]).toMatchObject({
    score: 9.8,
    link: 'https://nvd.nist.gov/vuln/detail/CVE-2024-5535',
    sourceSeverity: 'CRITICAL',
  });
  expect(result.findings[1].score).toBe(7.5);
  expect(options.logger.lines.filter((l) => l.message.startsWith('waiting for')).map((l) => l.message)).toEqual([
    'waiting for the Amazon Inspector scan of piksel/jupyter@sha256:2b7e3f5a9c1d… (not in Inspector coverage yet, 0 s of 900 s)',
    'waiting for the Amazon Inspector scan of piksel/jupyter@sha256:2b7e3f5a9c1d… (PENDING_INITIAL_SCAN, 5 s of 900 s)',
  ]);
});

describe('coverage that will not come ends the gate with its own message', () => {
  test.each([
    ['UNSUPPORTED_OS', /does not support the operating system/],
    ['SCAN_FREQUENCY_MANUAL', /MANUAL.*registry\.scanning\.frequency/],
    ['SCAN_ELIGIBILITY_EXPIRED', /scan eligibility .* has expired/],
    ['ACCESS_DENIED_TO_ENCRYPTION_KEY', /KMS key policy/],
    ['UNSUPPORTED_MEDIA_TYPE', /media type is not supported/],
  ])('INACTIVE %s', async (reason, message) => {
    inspectorService().on(ListCoverageCommand, () => ({ coveredResources: [covered(digest, 'INACTIVE', reason)] }));
    const err = await inspectorScan(inspector(), image, waitOptions()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toMatch(message);
    expect(inspectorService().inputs(ListFindingsCommand)).toHaveLength(0);
  });
});

test('an image Inspector never picks up times out, saying so', async () => {
  inspectorService().on(ListCoverageCommand, () => ({ coveredResources: [] }));
  await expect(inspectorScan(inspector(), image, waitOptions(30_000))).rejects.toThrow(
    /Timed out after 30 s waiting for the Amazon Inspector scan of piksel\/jupyter@.*\(still not in Inspector coverage yet\)/,
  );
  await expect(inspectorScan(inspector(), image, waitOptions(30_000))).rejects.toBeInstanceOf(ScanTimeoutError);
});
