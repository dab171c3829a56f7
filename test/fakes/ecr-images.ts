import { createHash } from 'node:crypto';
import {
  BatchGetImageCommand,
  type BatchGetImageCommandInput,
  DescribeImageScanFindingsCommand,
  DescribeImagesCommand,
  GetLifecyclePolicyPreviewCommand,
  ListImagesCommand,
  StartLifecyclePolicyPreviewCommand,
  type ImageScanFinding,
} from '@aws-sdk/client-ecr';
import { fail } from './calls';
import type { FakeEcr, FakeRepository } from './ecr';

/**
 * The image side of the fake ECR: images with tags, sizes, push and pull times, manifests, scan results, and
 * lifecycle policy previews evaluated the way ECR documents its rules. Served by FakeEcr's service, sharing its
 * repositories and call log.
 */

export interface FakeImage {
  digest: string;
  tags: string[];
  pushedAt: Date;
  lastPulledAt?: Date;
  sizeInBytes: number;
  manifestMediaType: string;
  /** The manifest's exact bytes (BatchGetImage answers them); a placeholder when the test does not care. */
  manifest?: string;
  artifactMediaType?: string;
  scan?: FakeScan;
}

export interface FakeScan {
  /** COMPLETE, ACTIVE (enhanced), IN_PROGRESS, FAILED, UNSUPPORTED_IMAGE, ... */
  status: string;
  findings: ImageScanFinding[];
}

interface PreviewState {
  /** GetLifecyclePolicyPreview answers IN_PROGRESS this many more times. */
  pollsLeft: number;
  results: { digest: string; tags: string[]; pushedAt: Date; rulePriority: number }[];
}

interface Selection {
  tagStatus: 'tagged' | 'untagged' | 'any';
  tagPrefixList?: string[];
  tagPatternList?: string[];
  countType: 'imageCountMoreThan' | 'sinceImagePushed';
  countNumber: number;
}

const DAY = 24 * 60 * 60 * 1000;
const SEVERITY_ORDER = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL', 'UNDEFINED'];

function wildcard(pattern: string): RegExp {
  return new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
}

function selects(selection: Selection, image: FakeImage): boolean {
  if (selection.tagStatus === 'untagged') return image.tags.length === 0;
  if (selection.tagStatus === 'any') return true;
  if (image.tags.length === 0) return false;
  // ECR: with several entries, an image is selected only when every entry matches one of its tags.
  if (selection.tagPrefixList) return selection.tagPrefixList.every((p) => image.tags.some((t) => t.startsWith(p)));
  return (selection.tagPatternList ?? []).every((p) => image.tags.some((t) => wildcard(p).test(t)));
}

/** The images a lifecycle policy expires now: each rule in priority order over the images no earlier rule took. */
export function lifecycleExpirations(
  policyText: string,
  images: FakeImage[],
  now: Date,
): { image: FakeImage; rulePriority: number }[] {
  const rules = (JSON.parse(policyText) as { rules: { rulePriority: number; selection: Selection }[] }).rules.sort(
    (a, b) => a.rulePriority - b.rulePriority,
  );
  const taken = new Set<FakeImage>();
  const out: { image: FakeImage; rulePriority: number }[] = [];
  for (const rule of rules) {
    const selected = images
      .filter((i) => !taken.has(i) && selects(rule.selection, i))
      .sort((a, b) => b.pushedAt.getTime() - a.pushedAt.getTime());
    // A selected image is kept from later rules even when this rule does not expire it.
    for (const image of selected) taken.add(image);
    const expired =
      rule.selection.countType === 'imageCountMoreThan'
        ? selected.slice(rule.selection.countNumber)
        : selected.filter((i) => now.getTime() - i.pushedAt.getTime() > rule.selection.countNumber * DAY);
    for (const image of expired) out.push({ image, rulePriority: rule.rulePriority });
  }
  return out;
}

/** A digest for a test image that has no real manifest. */
export function fakeDigest(seed: string): string {
  return `sha256:${createHash('sha256').update(seed).digest('hex')}`;
}

export class FakeEcrImages {
  /** Images per repository name. */
  readonly images = new Map<string, FakeImage[]>();
  readonly previews = new Map<string, PreviewState>();
  /** Page size of DescribeImages/ListImages/GetLifecyclePolicyPreview/DescribeImageScanFindings. */
  pageSize = 1000;
  /** How many GetLifecyclePolicyPreview calls answer IN_PROGRESS before COMPLETE. */
  previewPolls = 1;
  /** A preview that never completes (for the bounded wait). */
  previewStuck = false;
  now: () => Date = () => new Date();

  constructor(private readonly ecr: FakeEcr) {
    this.serveImages();
    this.servePreviews();
  }

  /** Images: listed, described, their manifests and scan findings. */
  private serveImages(): void {
    const { on } = this.ecr.service;
    on(DescribeImagesCommand, (i) => {
      const repo = this.repo(i.repositoryName);
      let all = this.of(repo.name);
      if (i.imageIds?.length) {
        all = i.imageIds.map((id) => this.find(repo.name, id));
      } else if (i.filter?.tagStatus === 'TAGGED') all = all.filter((x) => x.tags.length > 0);
      else if (i.filter?.tagStatus === 'UNTAGGED') all = all.filter((x) => x.tags.length === 0);
      const { page, nextToken } = this.page(all, i.nextToken, i.maxResults);
      return { imageDetails: page.map((img) => this.detail(repo, img)), nextToken };
    });
    on(ListImagesCommand, (i) => {
      const repo = this.repo(i.repositoryName);
      const ids = this.of(repo.name).flatMap((img) =>
        img.tags.length
          ? img.tags.map((imageTag) => ({ imageDigest: img.digest, imageTag }))
          : [{ imageDigest: img.digest }],
      );
      const { page, nextToken } = this.page(ids, i.nextToken, i.maxResults);
      return { imageIds: page, nextToken };
    });
    on(BatchGetImageCommand, (i) => this.batchGet(i));
    on(DescribeImageScanFindingsCommand, (i) => {
      const repo = this.repo(i.repositoryName);
      const img = this.find(repo.name, i.imageId ?? {});
      if (!img.scan) fail('ScanNotFoundException', `Image scan does not exist for the image ${img.digest}`);
      const { page, nextToken } = this.page(img.scan.findings, i.nextToken, i.maxResults);
      return {
        registryId: this.ecr.accountId,
        repositoryName: repo.name,
        imageId: { imageDigest: img.digest },
        imageScanStatus: { status: img.scan.status },
        imageScanFindings: {
          imageScanCompletedAt: img.pushedAt,
          findingSeverityCounts: this.counts(img.scan),
          findings: page,
        },
        nextToken,
      };
    });
  }

  /** Lifecycle policy previews: started, then polled until COMPLETE (or never, when stuck). */
  private servePreviews(): void {
    const { on } = this.ecr.service;
    on(StartLifecyclePolicyPreviewCommand, (i) => {
      const repo = this.repo(i.repositoryName);
      const text = i.lifecyclePolicyText ?? repo.lifecyclePolicy;
      if (!text)
        fail('LifecyclePolicyNotFoundException', `Lifecycle policy does not exist for the repository ${repo.name}`);
      const current = this.previews.get(repo.name);
      if (current && (current.pollsLeft > 0 || this.previewStuck))
        fail('LifecyclePolicyPreviewInProgressException', `A preview is already in progress for ${repo.name}`);
      const results = lifecycleExpirations(text, this.of(repo.name), this.now()).map(({ image, rulePriority }) => ({
        digest: image.digest,
        tags: image.tags,
        pushedAt: image.pushedAt,
        rulePriority,
      }));
      this.previews.set(repo.name, { pollsLeft: this.previewPolls, results });
      return { repositoryName: repo.name, lifecyclePolicyText: text, status: 'IN_PROGRESS' };
    });
    on(GetLifecyclePolicyPreviewCommand, (i) => {
      const repo = this.repo(i.repositoryName);
      const preview = this.previews.get(repo.name);
      if (!preview)
        fail('LifecyclePolicyPreviewNotFoundException', `There is no lifecycle policy preview for ${repo.name}`);
      if (this.previewStuck || preview.pollsLeft > 0) {
        preview.pollsLeft = Math.max(0, preview.pollsLeft - 1);
        return { repositoryName: repo.name, status: 'IN_PROGRESS', previewResults: [] };
      }
      const { page, nextToken } = this.page(preview.results, i.nextToken, i.maxResults);
      return {
        repositoryName: repo.name,
        lifecyclePolicyText: repo.lifecyclePolicy,
        status: 'COMPLETE',
        previewResults: page.map((r) => ({
          imageDigest: r.digest,
          imageTags: r.tags,
          imagePushedAt: r.pushedAt,
          action: { type: 'EXPIRE' },
          appliedRulePriority: r.rulePriority,
        })),
        summary: { expiringImageTotalCount: preview.results.length },
        nextToken,
      };
    });
  }

  /** Adds images to a repository (which must exist), as pushes would. */
  add(repository: string, ...images: FakeImage[]): void {
    const repo = this.repo(repository);
    const list = this.of(repo.name);
    for (const image of images) {
      for (const other of list) other.tags = other.tags.filter((t) => !image.tags.includes(t));
      list.push(image);
    }
    this.images.set(repo.name, list);
    repo.imageCount = list.length;
  }

  /** BatchGetImage: the manifests found, a failure for each image that is not there. */
  private batchGet(i: BatchGetImageCommandInput) {
    const repo = this.repo(i.repositoryName);
    if ((i.imageIds?.length ?? 0) > 100) fail('InvalidParameterException', 'at most 100 imageIds per call');
    const images = [];
    const failures = [];
    for (const id of i.imageIds ?? []) {
      const img = this.of(repo.name).find(
        (x) => (id.imageDigest && x.digest === id.imageDigest) || (id.imageTag && x.tags.includes(id.imageTag)),
      );
      if (!img) {
        failures.push({ imageId: id, failureCode: 'ImageNotFound', failureReason: 'Requested image not found' });
        continue;
      }
      images.push({
        registryId: this.ecr.accountId,
        repositoryName: repo.name,
        imageId: { imageDigest: img.digest, imageTag: id.imageTag },
        imageManifest: img.manifest ?? JSON.stringify({ schemaVersion: 2, mediaType: img.manifestMediaType }),
        imageManifestMediaType: img.manifestMediaType,
      });
    }
    return { images, failures };
  }

  private of(repository: string): FakeImage[] {
    return this.images.get(repository) ?? [];
  }

  private repo(name: string | undefined): FakeRepository {
    const repo = this.ecr.repositories.get(name ?? '');
    if (!repo)
      fail(
        'RepositoryNotFoundException',
        `The repository with name '${name}' does not exist in the registry with id '${this.ecr.accountId}'`,
      );
    return repo;
  }

  private find(repository: string, id: { imageDigest?: string; imageTag?: string }): FakeImage {
    const img = this.of(repository).find(
      (x) => (id.imageDigest && x.digest === id.imageDigest) || (id.imageTag && x.tags.includes(id.imageTag)),
    );
    if (!img) fail('ImageNotFoundException', `The image with imageId ${JSON.stringify(id)} does not exist`);
    return img;
  }

  private page<T>(all: T[], token: string | undefined, max: number | undefined) {
    const start = token ? Number(token) : 0;
    if (!Number.isInteger(start) || start < 0 || start > all.length)
      fail('InvalidParameterException', 'nextToken is not valid');
    const size = Math.min(max ?? 100, this.pageSize);
    return {
      page: all.slice(start, start + size),
      nextToken: start + size < all.length ? String(start + size) : undefined,
    };
  }

  private counts(scan: FakeScan): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const f of scan.findings) {
      const s = SEVERITY_ORDER.includes(f.severity ?? '') ? (f.severity as string) : 'UNDEFINED';
      counts[s] = (counts[s] ?? 0) + 1;
    }
    return counts;
  }

  private detail(repo: FakeRepository, img: FakeImage) {
    return {
      registryId: this.ecr.accountId,
      repositoryName: repo.name,
      imageDigest: img.digest,
      imageTags: img.tags.length ? [...img.tags] : undefined,
      imageSizeInBytes: img.sizeInBytes,
      imagePushedAt: img.pushedAt,
      lastRecordedPullTime: img.lastPulledAt,
      imageManifestMediaType: img.manifestMediaType,
      artifactMediaType: img.artifactMediaType,
      imageScanStatus: img.scan ? { status: img.scan.status } : undefined,
      imageScanFindingsSummary:
        img.scan && (img.scan.status === 'COMPLETE' || img.scan.status === 'ACTIVE')
          ? { imageScanCompletedAt: img.pushedAt, findingSeverityCounts: this.counts(img.scan) }
          : undefined,
    };
  }
}
