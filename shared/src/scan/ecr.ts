import {
  DescribeImageScanFindingsCommand,
  GetRegistryScanningConfigurationCommand,
  paginateDescribeImageScanFindings,
  StartImageScanCommand,
  type DescribeImageScanFindingsResponse,
  type ECRClient,
  type ImageScanFinding,
} from '@aws-sdk/client-ecr';
import { ConfigurationError } from '../runtime/errors';
import { severityOf, type Finding } from './findings';
import { imageName, shortImage, type ScannedImage } from './image';
import { awsErrorName } from '../aws/errors';
import { accessDenied, fromPackageVulnerability, type ScanResult } from './source';
import { pollUntil, type Poll, type WaitOptions } from './wait';

/** BASIC (ECR's own scanner) or ENHANCED (Amazon Inspector), from the registry's scanning configuration. */
export async function registryScanType(ecr: ECRClient, image: ScannedImage): Promise<'BASIC' | 'ENHANCED'> {
  try {
    const out = await ecr.send(new GetRegistryScanningConfigurationCommand({}));
    return out.scanningConfiguration?.scanType === 'ENHANCED' ? 'ENHANCED' : 'BASIC';
  } catch (err) {
    throw accessDenied(err, 'ecr:GetRegistryScanningConfiguration', `the registry of ${imageName(image)}`) ?? err;
  }
}

/** Why a scan status ends the wait without findings: one message per status, each saying what to do. */
export function terminalStatusMessage(status: string, description: string | undefined, image: ScannedImage): string {
  const said = description ? ` ECR says: "${description}".` : '';
  const name = imageName(image);
  switch (status) {
    case 'FAILED':
      return `The ECR scan of ${name} failed.${said} Push the image again or start a scan by hand (aws ecr start-image-scan); if it keeps failing, scan a report with Trivy or Grype and pass it as 'report'.`;
    case 'UNSUPPORTED_IMAGE':
      return `ECR cannot scan ${name}: its operating system or media type is not supported by ECR scanning.${said} Use a supported base image, or scan with Trivy or Grype before the push and pass the report as 'report' with 'source: report'.`;
    case 'LIMIT_EXCEEDED':
      return `ECR did not scan ${name} because a scan limit was exceeded (basic scanning allows one scan per image every 24 hours).${said} Wait and run the gate again, or pass a Trivy/Grype report as 'report'.`;
    case 'SCAN_ELIGIBILITY_EXPIRED':
      return `The scan eligibility of ${name} has expired, so it is no longer rescanned.${said} Push the image again, or raise the scan duration of enhanced scanning in Amazon Inspector.`;
    case 'FINDINGS_UNAVAILABLE':
      return `ECR has no findings for ${name} (FINDINGS_UNAVAILABLE): the scan ran but its results are gone, usually because the image is older than the findings' retention or scanning was switched between basic and enhanced.${said} Push the image again or start a scan (aws ecr start-image-scan).`;
    case 'IMAGE_ARCHIVED':
      return `${name} is archived in ECR and cannot be scanned. Restore it (aws ecr update-image-storage-class --target-storage-class STANDARD) and run the gate again.`;
    case 'ACTIVE':
      return `The registry of ${name} uses enhanced scanning (Amazon Inspector), whose findings ECR basic scanning cannot give. Set 'source: inspector' or 'source: auto'.`;
    default:
      return `ECR reports the scan of ${name} as '${status}', which the gate does not know.${said}`;
  }
}

/** Starts a basic scan; each refusal becomes a message that says what to do. */
async function startScan(ecr: ECRClient, image: ScannedImage, why: string, options: WaitOptions): Promise<void> {
  options.logger.info(`Starting an ECR basic scan of ${shortImage(image)}: ${why}.`);
  try {
    await ecr.send(
      new StartImageScanCommand({
        registryId: image.registryId,
        repositoryName: image.repository,
        imageId: { imageDigest: image.digest },
      }),
    );
  } catch (err) {
    const name = awsErrorName(err);
    const message = (err as Error).message;
    if (name === 'LimitExceededException') {
      throw new ConfigurationError(
        `ECR refused to scan ${imageName(image)} again: basic scanning allows one scan per image every 24 hours (${message}). Run the gate again later, or pass a Trivy/Grype report as 'report'.`,
      );
    }
    if (name === 'UnsupportedImageTypeException') {
      throw new ConfigurationError(
        `ECR cannot scan ${imageName(image)}: ${message}. Use a supported base image, or pass a Trivy/Grype report as 'report'.`,
      );
    }
    if (name === 'ValidationException') {
      throw new ConfigurationError(
        `ECR refused to start a scan of ${imageName(image)}: ${message}. With enhanced scanning, set 'source: inspector'; with basic scanning, check the registry scanning configuration (provision-repo sets it from the policy).`,
      );
    }
    throw accessDenied(err, 'ecr:StartImageScan', imageName(image)) ?? err;
  }
}

/** Maps an ECR basic finding; its attributes carry the package (package_name, package_version) and CVSS. */
/** The findings of one DescribeImageScanFindings page: basic findings and, under enhanced scanning, Inspector's. */
export function findingsOfPage(page: DescribeImageScanFindingsResponse): Finding[] {
  const findings = (page.imageScanFindings?.findings ?? []).map(fromEcrBasicFinding);
  for (const f of page.imageScanFindings?.enhancedFindings ?? []) {
    findings.push(
      ...fromPackageVulnerability(
        {
          ...f,
          remediationUrl: f.remediation?.recommendation?.url,
          packageVulnerabilityDetails: f.packageVulnerabilityDetails && {
            ...f.packageVulnerabilityDetails,
            cvss: f.packageVulnerabilityDetails.cvss?.map((c) => ({ baseScore: c.baseScore })),
          },
        },
        'ecr',
      ),
    );
  }
  return findings;
}

export function fromEcrBasicFinding(f: ImageScanFinding): Finding {
  const attr = (key: string) => f.attributes?.find((a) => a.key === key)?.value;
  const score = Number(attr('CVSS3_SCORE') ?? attr('CVSS2_SCORE'));
  const known = Number.isFinite(score) && score > 0 ? score : undefined;
  return {
    id: f.name ?? 'unknown',
    ...severityOf(f.severity, known),
    sourceSeverity: f.severity,
    package: attr('package_name'),
    installedVersion: attr('package_version'),
    // Basic scanning does not say whether a fix exists.
    fixable: null,
    title: f.description ? firstSentence(f.description) : undefined,
    link: f.uri,
    score: known,
    source: 'ecr',
  };
}

function firstSentence(text: string): string {
  const line = text.split(/\r?\n/)[0];
  const end = line.search(/\.\s/);
  const sentence = end > 0 ? line.slice(0, end + 1) : line;
  return sentence.length > 200 ? `${sentence.slice(0, 197)}...` : sentence;
}

/**
 * ECR basic scanning, as a state machine over ImageScanStatus: PENDING and IN_PROGRESS wait; COMPLETE is read
 * (every page); a missing scan or an expired eligibility starts one scan; every other status ends the gate with
 * its own message. (The SDK's image-scan-complete waiter is not used: under enhanced scanning the status is
 * ACTIVE, so it never finishes.)
 */
export async function ecrBasicScan(ecr: ECRClient, image: ScannedImage, options: WaitOptions): Promise<ScanResult> {
  const what = `the ECR scan of ${shortImage(image)}`;
  const input = {
    registryId: image.registryId,
    repositoryName: image.repository,
    imageId: { imageDigest: image.digest },
    maxResults: 1000,
  };
  const describe: DescribeFindings = () => ecr.send(new DescribeImageScanFindingsCommand(input));
  const first = await pollUntil(what, basicScanStatus(ecr, image, options, describe), options);

  // The first page came with the completed status; the paginator reads the rest.
  const findings: Finding[] = findingsOfPage(first);
  let pages = 1;
  if (first.nextToken) {
    for await (const page of paginateDescribeImageScanFindings(
      { client: ecr, startingToken: first.nextToken },
      input,
    )) {
      pages++;
      findings.push(...findingsOfPage(page));
    }
  }
  const completed = first.imageScanFindings?.imageScanCompletedAt;
  options.logger.info(`Read ${findings.length} ECR findings of ${shortImage(image)} in ${pages} page(s).`);
  return {
    source: 'ecr',
    findings,
    detail: `ECR basic scan${completed ? ` completed ${completed.toISOString()}` : ''}`,
  };
}

type DescribeFindings = () => Promise<DescribeImageScanFindingsResponse>;

/** One look at the scan's status: wait, read the complete scan, start the one scan it may need, or end the gate. */
function basicScanStatus(
  ecr: ECRClient,
  image: ScannedImage,
  options: WaitOptions,
  describe: DescribeFindings,
): () => Promise<Poll<DescribeImageScanFindingsResponse>> {
  let scanStarted = false;
  return async () => {
    let page: DescribeImageScanFindingsResponse;
    try {
      page = await describe();
    } catch (err) {
      const name = awsErrorName(err);
      if (name === 'ScanNotFoundException') {
        if (!scanStarted) {
          await startScan(ecr, image, 'it has no scan yet (the repository does not scan on push)', options);
          scanStarted = true;
          return { done: false, state: 'scan started' };
        }
        return { done: false, state: 'no scan yet' };
      }
      if (name === 'ImageNotFoundException' || name === 'RepositoryNotFoundException') {
        throw new ConfigurationError(
          `ECR has no image ${imageName(image)}: ${(err as Error).message}. Check the repository name, the digest and the region ('aws-region').`,
        );
      }
      throw accessDenied(err, 'ecr:DescribeImageScanFindings', imageName(image)) ?? err;
    }
    const status = page.imageScanStatus?.status ?? 'PENDING';
    switch (status) {
      case 'PENDING':
      case 'IN_PROGRESS':
        return { done: false, state: status };
      case 'COMPLETE':
        return { done: true, value: page };
      case 'SCAN_ELIGIBILITY_EXPIRED':
        if (!scanStarted) {
          await startScan(ecr, image, 'its scan eligibility has expired', options);
          scanStarted = true;
          return { done: false, state: 'scan started' };
        }
        throw new ConfigurationError(terminalStatusMessage(status, page.imageScanStatus?.description, image));
      default:
        throw new ConfigurationError(terminalStatusMessage(status, page.imageScanStatus?.description, image));
    }
  };
}
