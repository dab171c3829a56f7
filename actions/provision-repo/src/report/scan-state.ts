import type { ECRClient, ImageDetail } from '@aws-sdk/client-ecr';
import type { Inspector2Client } from '@aws-sdk/client-inspector2';
import type { Policy, Severity } from '../../../../shared/src/policy/schema';
import { SEVERITIES } from '../../../../shared/src/policy/schema';
import type { AwsCall } from '../provision/aws-calls';
import { isConfigurationError } from '../../../../shared/src/runtime/errors';
import type { Logger } from '../../../../shared/src/runtime/logger';
import { atOrAbove } from '../../../../shared/src/scan/findings';
import type { ScannedImage } from '../../../../shared/src/scan/image';
import { inspectorScan } from '../../../../shared/src/scan/inspector';
import type { ScanState } from '../../../../shared/src/scan/verdict';
import { Deadline, ScanTimeoutError } from '../../../../shared/src/scan/wait';
import { imageFindings } from './images';

/**
 * One look at an image's scan, from the source scan-gate would read under the same policy: ECR basic scanning's
 * status and findings, or Amazon Inspector's coverage and findings under enhanced scanning (auto follows the
 * registry's scanning configuration). What scan-gate would wait for is pending here.
 */

export interface ScanReaders {
  ecr: ECRClient;
  /** Amazon Inspector, for enhanced scanning; without it such images are unavailable. */
  inspector?: () => Inspector2Client;
  call: AwsCall;
  logger: Logger;
  /** The registry's scanning type (BASIC or ENHANCED), read once per inventory. */
  scanType: () => Promise<'BASIC' | 'ENHANCED'>;
}

/** ECR's summary counts; Inspector's UNTRIAGED is counted as UNDEFINED, as the gate counts it. */
export function summaryCounts(detail: ImageDetail): Partial<Record<Severity, number>> | undefined {
  // ECR's type lists the basic severities; under enhanced scanning the summary also has Inspector's UNTRIAGED.
  const raw = detail.imageScanFindingsSummary?.findingSeverityCounts as Record<string, number> | undefined;
  if (!raw) return undefined;
  const out: Partial<Record<Severity, number>> = {};
  for (const s of SEVERITIES) if (raw[s]) out[s] = raw[s];
  if (raw.UNTRIAGED) out.UNDEFINED = (out.UNDEFINED ?? 0) + raw.UNTRIAGED;
  return out;
}

/**
 * Whether ECR's summary alone proves the gate passes, saving a DescribeImageScanFindings call per image: ECR counts
 * every finding under its severity enum, so when nothing rated reaches failOn and nothing is UNDEFINED (which a
 * score may raise), the gate's reading of the findings passes too; the allowlist and fixableOnly only remove.
 */
function summaryPasses(counts: Partial<Record<Severity, number>> | undefined, policy: Policy): boolean {
  if (!counts || (counts.UNDEFINED ?? 0) > 0) return false;
  return !SEVERITIES.some((s) => (counts[s] ?? 0) > 0 && atOrAbove(s, policy.scan.failOn));
}

async function ecrState(readers: ScanReaders, policy: Policy, repository: string, detail: ImageDetail) {
  const status = detail.imageScanStatus?.status ?? 'NONE';
  if (status === 'PENDING' || status === 'IN_PROGRESS') {
    return { state: 'pending', detail: `scan ${status.toLowerCase().replace('_', ' ')}` } as const;
  }
  if (status === 'NONE') return { state: 'none', detail: 'never scanned' } as const;
  if (status !== 'COMPLETE') {
    const why = status === 'ACTIVE' ? ' (enhanced scanning, but the policy reads ECR basic scanning)' : '';
    return { state: 'unavailable', detail: `scan ${status}${why}` } as const;
  }
  if (summaryPasses(summaryCounts(detail), policy)) {
    return { state: 'complete', findings: [], detail: 'ECR basic scan summary' } as const;
  }
  const findings = await imageFindings(readers.ecr, repository, detail.imageDigest as string, readers.call);
  return { state: 'complete', findings, detail: 'ECR basic scan' } as const;
}

async function inspectorState(readers: ScanReaders, image: ScannedImage): Promise<ScanState> {
  if (!readers.inspector) return { state: 'unavailable', detail: 'no Amazon Inspector client to read the scan' };
  try {
    const read = await inspectorScan(readers.inspector(), image, {
      // One look, no wait: what the gate would still wait for is pending.
      deadline: new Deadline(0),
      logger: readers.logger,
      sleep: async () => undefined,
    });
    return { state: 'complete', findings: read.findings, detail: read.detail };
  } catch (err) {
    if (err instanceof ScanTimeoutError) return { state: 'pending', detail: 'Amazon Inspector has not scanned it yet' };
    if (isConfigurationError(err)) return { state: 'unavailable', detail: err.message };
    throw err;
  }
}

/** The image's scan state from the policy's source. */
export async function readScanState(
  readers: ScanReaders,
  policy: Policy,
  repository: string,
  detail: ImageDetail,
): Promise<ScanState> {
  let source = policy.scan.source;
  if (source === 'report') {
    return { state: 'unavailable', detail: "the policy's scan.source is report, which only scan-gate is given" };
  }
  if (source === 'auto') source = (await readers.scanType()) === 'ENHANCED' ? 'inspector' : 'ecr';
  if (source === 'inspector') {
    return inspectorState(readers, { repository, digest: detail.imageDigest as string, registryId: detail.registryId });
  }
  return ecrState(readers, policy, repository, detail);
}
