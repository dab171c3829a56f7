import {
  paginateListCoverage,
  paginateListFindings,
  type CoverageFilterCriteria,
  type CoveredResource,
  type FilterCriteria,
  type Finding as InspectorFinding,
  type Inspector2Client,
} from '@aws-sdk/client-inspector2';
import { ConfigurationError } from '../runtime/errors';
import type { Finding } from './findings';
import { imageName, shortImage, type ScannedImage } from './image';
import { accessDenied, fromPackageVulnerability, type ScanResult } from './source';
import { pollUntil, type Poll, type WaitOptions } from './wait';

/** Coverage reasons that mean "not yet": Inspector will get to the image on its own. */
const STILL_COMING = new Set(['PENDING_INITIAL_SCAN', 'SCAN_IN_PROGRESS', 'INTERNAL_ERROR', 'NO_INVENTORY']);

/** Why Inspector will not scan an image: one message per reason, each saying what to do. */
export function inactiveCoverageMessage(reason: string, image: ScannedImage): string {
  const name = imageName(image);
  switch (reason) {
    case 'UNSUPPORTED_OS':
      return `Amazon Inspector does not support the operating system or architecture of ${name}. Use a supported base image, or pass a Trivy/Grype report as 'report'.`;
    case 'UNSUPPORTED_MEDIA_TYPE':
      return `Amazon Inspector cannot scan ${name}: its manifest media type is not supported. Push it as an OCI or Docker v2 image manifest.`;
    case 'SCAN_FREQUENCY_MANUAL':
      return `Amazon Inspector does not scan ${name}: the registry's enhanced scanning rule for this repository is MANUAL. Set registry.scanning.frequency to SCAN_ON_PUSH or CONTINUOUS_SCAN in the policy and run provision-repo.`;
    case 'SCAN_ELIGIBILITY_EXPIRED':
      return `The scan eligibility of ${name} has expired in Amazon Inspector. Push the image again, or raise the ECR re-scan duration in the Inspector settings.`;
    case 'ACCESS_DENIED':
      return `Amazon Inspector may not read ${name}: a repository policy denies it. Allow the Inspector service to pull from the repository.`;
    case 'ACCESS_DENIED_TO_ENCRYPTION_KEY':
      return `Amazon Inspector may not decrypt ${name}: the KMS key policy of the repository's key does not allow Inspector. Update the key policy.`;
    case 'IMAGE_SIZE_EXCEEDED':
      return `${name} is too large for Amazon Inspector to scan. Make the image smaller or pass a Trivy/Grype report as 'report'.`;
    case 'IMAGE_ARCHIVED':
      return `${name} is archived in ECR and is no longer scanned by Amazon Inspector. Restore it and run the gate again.`;
    case 'EXCLUDED_BY_TAG':
      return `Amazon Inspector skips ${name} because a tag excludes it from scanning. Remove the exclusion tag.`;
    case 'PENDING_DISABLE':
      return `Amazon Inspector is being disabled for the registry of ${name}. Enable Inspector ECR scanning again, or set 'source: ecr' with basic scanning.`;
    default:
      return `Amazon Inspector does not scan ${name} (${reason}). Check the image's coverage in the Inspector console.`;
  }
}

/**
 * Inspector's resource id of an ECR image is "arn:aws:ecr:<region>:<account>:repository/<repository>/sha256:...";
 * the listing is already narrowed to the repository, so the digest in the id decides.
 */
function coversImage(resource: CoveredResource, image: ScannedImage): boolean {
  return (resource.resourceId ?? '').includes(image.digest);
}

/** Inspector's findings, mapped (Recommendation.Url is capitalised in Inspector's API, unlike ECR's). */
export function fromInspectorFinding(f: InspectorFinding): Finding[] {
  const findings = fromPackageVulnerability(
    {
      title: f.title,
      severity: f.severity,
      fixAvailable: f.fixAvailable,
      score: f.inspectorScore,
      remediationUrl: f.remediation?.recommendation?.Url,
      packageVulnerabilityDetails: f.packageVulnerabilityDetails,
    },
    'inspector',
  );
  // A suppression rule lives in Inspector, outside the policy file: the finding still counts unless scan.allow says.
  return f.status === 'SUPPRESSED' ? findings.map((x) => ({ ...x, suppressed: true })) : findings;
}

/**
 * Enhanced scanning: waits until Amazon Inspector covers the digest and has scanned it (ListCoverage), then
 * reads every ACTIVE and SUPPRESSED finding of that digest in that repository (ListFindings, all pages).
 */
export async function inspectorScan(
  inspector: Inspector2Client,
  image: ScannedImage,
  options: WaitOptions,
): Promise<ScanResult> {
  const what = `the Amazon Inspector scan of ${shortImage(image)}`;
  const coverage = await pollUntil(
    what,
    async (): Promise<Poll<CoveredResource>> => {
      const resource = await findCoverage(inspector, image);
      if (!resource) return { done: false, state: 'not in Inspector coverage yet' };
      const code = resource.scanStatus?.statusCode;
      const reason = resource.scanStatus?.reason ?? '';
      if (code === 'INACTIVE') {
        if (STILL_COMING.has(reason)) return { done: false, state: reason };
        throw new ConfigurationError(inactiveCoverageMessage(reason, image));
      }
      if (reason === 'SUCCESSFUL' || (resource.lastScannedAt && !STILL_COMING.has(reason))) {
        return { done: true, value: resource };
      }
      return { done: false, state: reason || 'PENDING_INITIAL_SCAN' };
    },
    options,
  );

  const findings: Finding[] = [];
  let pages = 0;
  const filterCriteria: FilterCriteria = {
    ecrImageHash: [{ comparison: 'EQUALS', value: image.digest }],
    ecrImageRepositoryName: [{ comparison: 'EQUALS', value: image.repository }],
    findingStatus: [
      { comparison: 'EQUALS', value: 'ACTIVE' },
      { comparison: 'EQUALS', value: 'SUPPRESSED' },
    ],
    ...(image.registryId ? { awsAccountId: [{ comparison: 'EQUALS', value: image.registryId }] } : {}),
  };
  try {
    for await (const page of paginateListFindings({ client: inspector }, { maxResults: 100, filterCriteria })) {
      pages++;
      for (const f of page.findings ?? []) findings.push(...fromInspectorFinding(f));
    }
  } catch (err) {
    throw accessDenied(err, 'inspector2:ListFindings', imageName(image)) ?? err;
  }
  options.logger.info(`Read ${findings.length} Amazon Inspector findings of ${shortImage(image)} in ${pages} page(s).`);
  const at = coverage.lastScannedAt;
  return {
    source: 'inspector',
    findings,
    detail: `Amazon Inspector enhanced scan${at ? ` of ${at.toISOString()}` : ''}`,
  };
}

async function findCoverage(inspector: Inspector2Client, image: ScannedImage): Promise<CoveredResource | undefined> {
  const filterCriteria: CoverageFilterCriteria = {
    resourceType: [{ comparison: 'EQUALS', value: 'AWS_ECR_CONTAINER_IMAGE' }],
    ecrRepositoryName: [{ comparison: 'EQUALS', value: image.repository }],
    ...(image.registryId ? { accountId: [{ comparison: 'EQUALS', value: image.registryId }] } : {}),
  };
  try {
    for await (const page of paginateListCoverage({ client: inspector }, { maxResults: 200, filterCriteria })) {
      const hit = page.coveredResources?.find((r) => coversImage(r, image));
      if (hit) return hit;
    }
  } catch (err) {
    throw accessDenied(err, 'inspector2:ListCoverage', imageName(image)) ?? err;
  }
  return undefined;
}
