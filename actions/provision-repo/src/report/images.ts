import {
  BatchGetImageCommand,
  paginateDescribeImages,
  paginateDescribeImageScanFindings,
  type ECRClient,
  type ImageDetail,
} from '@aws-sdk/client-ecr';
import { MANIFEST_ACCEPT, MEDIA_TYPES, type ImageIndex, type Platform } from '../../../../shared/src/oci/types';
import type { AwsCall } from '../provision/aws-calls';
import { findingsOfPage } from '../../../../shared/src/scan/ecr';
import type { Finding } from '../../../../shared/src/scan/findings';
import { SIGNATURE_MEDIA_TYPES } from '../../../../shared/src/signing/payloads';

/** Reading a repository's images from ECR: every page of DescribeImages, manifests and scan findings. */

const INDEX_TYPES: string[] = [MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerManifestList];
/** Configs of what a repository is for: container images and Helm charts. */
const PRIMARY_CONFIGS = [
  MEDIA_TYPES.ociConfig,
  MEDIA_TYPES.dockerConfig,
  'application/vnd.cncf.helm.config.v1+json',
] as string[];
/** The referrers tag schema (sha256-<hex>) and cosign's .sig/.att/.sbom tags. */
const ATTACHMENT_TAG = /^sha256-[0-9a-f]{64}(\.[a-z]+)?$/;
const SIGNATURE_TYPES: string[] = Object.values(SIGNATURE_MEDIA_TYPES);
const BATCH_GET_LIMIT = 100;

/** Every image of a repository, all pages. */
export async function describeAllImages(ecr: ECRClient, repository: string, call: AwsCall): Promise<ImageDetail[]> {
  return call(`DescribeImages ${repository}`, async () => {
    const out: ImageDetail[] = [];
    const pages = paginateDescribeImages({ client: ecr }, { repositoryName: repository, maxResults: 1000 });
    for await (const page of pages) out.push(...(page.imageDetails ?? []));
    return out;
  });
}

/**
 * Whether a stored manifest is a signature, attestation or other referrer rather than an image: it is tagged only
 * with the referrers tag schema or cosign's tags, or it is untagged with an artifact type that is no image config.
 */
export function isAttachment(detail: ImageDetail): boolean {
  const tags = detail.imageTags ?? [];
  if (tags.length > 0) return tags.every((t) => ATTACHMENT_TAG.test(t));
  const artifact = detail.artifactMediaType;
  if (!artifact) return false;
  if (SIGNATURE_TYPES.includes(artifact)) return true;
  return !INDEX_TYPES.includes(detail.imageManifestMediaType ?? '') && !PRIMARY_CONFIGS.includes(artifact);
}

export function platformName(p: Platform): string {
  return `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`;
}

/** The platforms an index lists (attestation manifests, marked unknown/unknown, left out). */
export function indexPlatforms(index: ImageIndex): string[] {
  return (index.manifests ?? [])
    .map((m) => m.platform)
    .filter((p): p is Platform => Boolean(p) && !(p?.os === 'unknown' && p?.architecture === 'unknown'))
    .map(platformName);
}

export function isIndexType(mediaType: string | undefined): boolean {
  return INDEX_TYPES.includes(mediaType ?? '');
}

/** Manifest bodies by digest through ECR's API (BatchGetImage, 100 digests a call). */
export async function batchGetManifests(
  ecr: ECRClient,
  repository: string,
  digests: string[],
  call: AwsCall,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < digests.length; i += BATCH_GET_LIMIT) {
    const batch = digests.slice(i, i + BATCH_GET_LIMIT);
    const answer = await call(`BatchGetImage ${repository}`, () =>
      ecr.send(
        new BatchGetImageCommand({
          repositoryName: repository,
          imageIds: batch.map((imageDigest) => ({ imageDigest })),
          acceptedMediaTypes: MANIFEST_ACCEPT.split(',').map((t) => t.trim()),
        }),
      ),
    );
    for (const image of answer.images ?? []) {
      if (image.imageId?.imageDigest && image.imageManifest) out.set(image.imageId.imageDigest, image.imageManifest);
    }
  }
  return out;
}

/** Every finding of an image's scan (all pages of DescribeImageScanFindings), basic and enhanced alike. */
export async function imageFindings(
  ecr: ECRClient,
  repository: string,
  digest: string,
  call: AwsCall,
): Promise<Finding[]> {
  return call(`DescribeImageScanFindings ${repository}`, async () => {
    const findings: Finding[] = [];
    const pages = paginateDescribeImageScanFindings(
      { client: ecr },
      { repositoryName: repository, imageId: { imageDigest: digest }, maxResults: 1000 },
    );
    for await (const page of pages) findings.push(...findingsOfPage(page));
    return findings;
  });
}
