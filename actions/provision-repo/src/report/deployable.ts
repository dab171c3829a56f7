import type { ImageProvenance, InventoryImage, SkippedCandidate } from './types';

/**
 * Which image may be deployed: among the images that carry a release tag of the service, the newest (by push
 * time) that is signed under the policy's trust, carries a trusted provenance from an allowed builder and ref when the
 * policy requires one, and passed the policy's scan gate. Newer release images passed
 * over are returned with the reason, so a team sees why the newest build is not the one that deploys.
 */

export interface DeployableResult {
  chosen?: InventoryImage;
  skipped: SkippedCandidate[];
  /** Release-tagged images considered. */
  candidates: number;
}

function pushedAtMs(image: InventoryImage): number {
  return image.pushedAt ? Date.parse(image.pushedAt) : 0;
}

/** Newest push first; at the same push time the higher release tag (numeric-aware), then the digest. */
export function compareCandidates(a: InventoryImage, b: InventoryImage): number {
  const byTime = pushedAtMs(b) - pushedAtMs(a);
  if (byTime !== 0) return byTime;
  const tag = (i: InventoryImage) => [...i.releaseTags].sort(naturalCompare).at(-1) ?? '';
  return naturalCompare(tag(b), tag(a)) || a.digest.localeCompare(b.digest);
}

function naturalCompare(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/**
 * Why an image may not be deployed, or undefined when it may. The scan part is scan-gate's own verdict (see
 * scan/verdict.ts): a scan that has not finished, never ran or gave no findings fails there too, at any threshold.
 */
export function ineligibility(image: InventoryImage): string | undefined {
  const reasons: string[] = [];
  const sig = image.signature;
  if (sig.status === 'unsigned') reasons.push('not signed');
  else if (sig.status === 'untrusted') reasons.push('signed, but by no key or identity the policy trusts');
  else if (sig.status === 'unknown') reasons.push(`signature not checked (${sig.detail})`);
  const provenance = image.provenance;
  if (provenance && provenance.status !== 'verified') reasons.push(provenanceReason(provenance));
  const scan = image.scan;
  if (scan.verdict === 'failed') reasons.push(`fails the scan policy (${scan.detail})`);
  else if (scan.verdict !== 'passed') {
    reasons.push(scan.verdict === 'pending' ? 'scan not finished' : `no usable scan (${scan.detail})`);
  }
  return reasons.length ? reasons.join('; ') : undefined;
}

/** Why a required provenance rules an image out, in the words the verdict of scan-gate uses. */
function provenanceReason(provenance: ImageProvenance): string {
  switch (provenance.status) {
    case 'missing':
      return 'no provenance';
    case 'untrusted':
      return `provenance signed by no key or identity the policy trusts (${provenance.detail})`;
    case 'builder-not-allowed':
      return `built by a workflow not in provenance.builders (${provenance.builder ?? provenance.detail})`;
    case 'ref-not-allowed':
      return `built from a ref not in provenance.sourceRefs (${provenance.sourceRef ?? provenance.detail})`;
    default:
      return `provenance not checked (${provenance.detail})`;
  }
}

export function chooseDeployable(images: readonly InventoryImage[]): DeployableResult {
  const candidates = images.filter((i) => i.releaseTags.length > 0).sort(compareCandidates);
  const skipped: SkippedCandidate[] = [];
  for (const image of candidates) {
    const reason = ineligibility(image);
    if (!reason) return { chosen: image, skipped, candidates: candidates.length };
    skipped.push({ digest: image.digest, tags: image.tags, reason });
  }
  return { skipped, candidates: candidates.length };
}
