import {
  DescribeImageScanFindingsCommand,
  GetRegistryScanningConfigurationCommand,
  ImageNotFoundException,
  LimitExceededException,
  ScanNotFoundException,
  StartImageScanCommand,
  type DescribeImageScanFindingsResponse,
  type ImageScanFinding,
} from '@aws-sdk/client-ecr';
import { answers, FakeAws } from '../../../test/fakes';
import { ConfigurationError } from '../../src/runtime/errors';
import { MemoryLogger } from '../../../test/utils/loggers';
import { ecrBasicScan, registryScanType } from '../../src/scan/ecr';
import { parseScannedImage } from '../../src/scan/image';
import { Deadline, ScanTimeoutError } from '../../src/scan/wait';

const digest = 'sha256:6f1a3c8b2e4d5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8';
const image = parseScannedImage(`123456789012.dkr.ecr.eu-central-1.amazonaws.com/piksel/ows@${digest}`);
let aws: FakeAws;

function waitOptions(timeoutMs = 900_000) {
  let now = 0;
  const logger = new MemoryLogger();
  return {
    logger,
    deadline: new Deadline(timeoutMs, () => now),
    sleep: async (ms: number) => {
      now += ms;
    },
  };
}

/** The shape DescribeImageScanFindings answers with, for basic scanning. */
function page(
  status: string,
  over: Partial<DescribeImageScanFindingsResponse> = {},
): DescribeImageScanFindingsResponse {
  return {
    registryId: '123456789012',
    repositoryName: 'piksel/ows',
    imageId: { imageDigest: digest, imageTag: 'ows-1.4.0' },
    imageScanStatus: {
      status: status as 'COMPLETE',
      description: status === 'COMPLETE' ? 'The scan was completed successfully.' : undefined,
    },
    ...over,
  };
}

const basicFinding = (
  name: string,
  severity: string,
  pkg: string,
  version: string,
  cvss?: string,
): ImageScanFinding => ({
  name,
  description: `${pkg}: a flaw. More text follows here.`,
  uri: `https://security-tracker.debian.org/tracker/${name}`,
  severity: severity as 'HIGH',
  attributes: [
    { key: 'package_version', value: version },
    { key: 'package_name', value: pkg },
    ...(cvss
      ? [
          { key: 'CVSS2_VECTOR', value: 'AV:N/AC:L/Au:N/C:P/I:P/A:P' },
          { key: 'CVSS2_SCORE', value: cvss },
        ]
      : []),
  ],
});

beforeEach(() => (aws = new FakeAws()));
const ecr = () => aws.ecr.client;
/** The fake ECR's service, where each test registers the scan answers it needs. */
const ecrService = () => aws.ecr.service;

test('waits through PENDING and IN_PROGRESS, then reads every page of a COMPLETE scan, by digest', async () => {
  ecrService().on(
    DescribeImageScanFindingsCommand,
    answers([
      page('PENDING'),
      page('IN_PROGRESS'),
      page('COMPLETE', {
        imageScanFindings: {
          imageScanCompletedAt: new Date('2026-11-24T05:00:00Z'),
          vulnerabilitySourceUpdatedAt: new Date('2026-11-23T23:00:00Z'),
          findingSeverityCounts: { HIGH: 1, UNDEFINED: 1, INFORMATIONAL: 1 },
          findings: [
            basicFinding('CVE-2024-45491', 'HIGH', 'expat', '2.5.0-1', '7.5'),
            basicFinding('CVE-2011-3374', 'UNDEFINED', 'apt', '2.6.1'),
          ],
        },
        nextToken: 'page-2',
      }),
      page('COMPLETE', {
        imageScanFindings: { findings: [basicFinding('CVE-2005-2541', 'INFORMATIONAL', 'tar', '1.34+dfsg-1.2')] },
      }),
    ]),
  );
  const options = waitOptions();
  const result = await ecrBasicScan(ecr(), image, options);

  const calls = ecrService().inputs(DescribeImageScanFindingsCommand);
  expect(calls).toHaveLength(4);
  for (const input of calls) {
    expect(input).toMatchObject({
      registryId: '123456789012',
      repositoryName: 'piksel/ows',
      imageId: { imageDigest: digest },
    });
    expect(input.imageId).not.toHaveProperty('imageTag');
  }
  expect(calls[3].nextToken).toBe('page-2');
  expect(result.detail).toBe('ECR basic scan completed 2026-11-24T05:00:00.000Z');
  expect(result.findings.map((f) => [f.id, f.severity, f.package, f.installedVersion, f.fixable, f.score])).toEqual([
    ['CVE-2024-45491', 'HIGH', 'expat', '2.5.0-1', null, 7.5],
    ['CVE-2011-3374', 'UNDEFINED', 'apt', '2.6.1', null, undefined],
    ['CVE-2005-2541', 'INFORMATIONAL', 'tar', '1.34+dfsg-1.2', null, undefined],
  ]);
  expect(result.findings[0]).toMatchObject({
    title: 'expat: a flaw.',
    link: 'https://security-tracker.debian.org/tracker/CVE-2024-45491',
  });
  const waits = options.logger.lines.filter((l) => l.message.startsWith('waiting for')).map((l) => l.message);
  expect(waits).toEqual([
    'waiting for the ECR scan of piksel/ows@sha256:6f1a3c8b2e4d… (PENDING, 0 s of 900 s)',
    'waiting for the ECR scan of piksel/ows@sha256:6f1a3c8b2e4d… (IN_PROGRESS, 5 s of 900 s)',
  ]);
});

test('no scan yet (a MANUAL registry): starts one scan by digest, then waits for it', async () => {
  ecrService().on(
    DescribeImageScanFindingsCommand,
    answers([
      new ScanNotFoundException({ message: 'Image scan does not exist for the image', $metadata: {} }),
      page('IN_PROGRESS'),
      page('COMPLETE', { imageScanFindings: { findings: [] } }),
    ]),
  );
  ecrService().on(StartImageScanCommand, () => ({ imageScanStatus: { status: 'IN_PROGRESS' } }));
  const options = waitOptions();
  const result = await ecrBasicScan(ecr(), image, options);
  expect(result.findings).toEqual([]);
  expect(ecrService().inputs(StartImageScanCommand)).toEqual([
    { registryId: '123456789012', repositoryName: 'piksel/ows', imageId: { imageDigest: digest } },
  ]);
  expect(options.logger.text()).toContain(
    'Starting an ECR basic scan of piksel/ows@sha256:6f1a3c8b2e4d…: it has no scan yet',
  );
});

test('SCAN_ELIGIBILITY_EXPIRED starts a new scan once; a second expiry ends the gate with its message', async () => {
  ecrService().on(DescribeImageScanFindingsCommand, () => page('SCAN_ELIGIBILITY_EXPIRED'));
  ecrService().on(StartImageScanCommand, () => ({}));
  await expect(ecrBasicScan(ecr(), image, waitOptions())).rejects.toThrow(/scan eligibility of .* has expired/);
  expect(ecrService().inputs(StartImageScanCommand)).toHaveLength(1);
});

test('a refused StartImageScan (one basic scan per 24 hours) says so', async () => {
  ecrService().on(DescribeImageScanFindingsCommand, () => {
    throw new ScanNotFoundException({ message: 'Image scan does not exist', $metadata: {} });
  });
  ecrService().on(StartImageScanCommand, () => {
    throw new LimitExceededException({
      message: 'The scan quota per image has been exceeded. Wait and try again.',
      $metadata: {},
    });
  });
  const err = await ecrBasicScan(ecr(), image, waitOptions()).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ConfigurationError);
  expect((err as Error).message).toMatch(/one scan per image every 24 hours/);
});

describe('each terminal status ends the wait with its own message', () => {
  test.each([
    [
      'FAILED',
      'UnsupportedImageError: The operating system is not supported',
      /scan of .* failed\. ECR says: "UnsupportedImageError/,
    ],
    ['UNSUPPORTED_IMAGE', undefined, /ECR cannot scan .*operating system or media type/],
    ['LIMIT_EXCEEDED', undefined, /scan limit was exceeded/],
    ['FINDINGS_UNAVAILABLE', undefined, /FINDINGS_UNAVAILABLE/],
    ['IMAGE_ARCHIVED', undefined, /archived in ECR/],
    ['ACTIVE', 'Continuous scan is selected for image.', /enhanced scanning.*'source: inspector'/],
  ])('%s', async (status, description, message) => {
    ecrService().on(DescribeImageScanFindingsCommand, () => ({
      ...page(status),
      imageScanStatus: { status: status as 'FAILED', description },
    }));
    const err = await ecrBasicScan(ecr(), image, waitOptions()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toMatch(message);
    expect(ecrService().inputs(DescribeImageScanFindingsCommand)).toHaveLength(1);
    expect(ecrService().inputs(StartImageScanCommand)).toHaveLength(0);
  });
});

test('a scan that never completes times out within the one deadline', async () => {
  ecrService().on(DescribeImageScanFindingsCommand, () => page('IN_PROGRESS'));
  const options = waitOptions(60_000);
  await expect(ecrBasicScan(ecr(), image, options)).rejects.toThrow(ScanTimeoutError);
  expect(options.deadline.elapsedMs()).toBe(60_000);
});

test('an unknown image says what to check', async () => {
  ecrService().on(DescribeImageScanFindingsCommand, () => {
    throw new ImageNotFoundException({
      message: "The image with imageId {imageDigest:'sha256:6f1a'} does not exist",
      $metadata: {},
    });
  });
  await expect(ecrBasicScan(ecr(), image, waitOptions())).rejects.toThrow(
    /ECR has no image .*Check the repository name, the digest and the region/,
  );
});

test('access denied names the IAM action', async () => {
  const denied = Object.assign(new Error('User: arn:aws:sts::123456789012:assumed-role/ci is not authorized'), {
    name: 'AccessDeniedException',
  });
  ecrService().on(DescribeImageScanFindingsCommand, () => {
    throw denied;
  });
  await expect(ecrBasicScan(ecr(), image, waitOptions())).rejects.toThrow(/Allow 'ecr:DescribeImageScanFindings'/);
});

test.each([
  [
    {
      scanType: 'ENHANCED' as const,
      rules: [
        {
          scanFrequency: 'CONTINUOUS_SCAN' as const,
          repositoryFilters: [{ filter: '*', filterType: 'WILDCARD' as const }],
        },
      ],
    },
    'ENHANCED',
  ],
  [{ scanType: 'BASIC' as const, rules: [] }, 'BASIC'],
  [undefined, 'BASIC'],
])('registry scanning configuration %j -> %s', async (scanningConfiguration, expected) => {
  ecrService().on(GetRegistryScanningConfigurationCommand, () => ({
    registryId: '123456789012',
    scanningConfiguration,
  }));
  await expect(registryScanType(ecr(), image)).resolves.toBe(expected);
});
