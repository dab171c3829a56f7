import {
  GetLifecyclePolicyPreviewCommand,
  paginateGetLifecyclePolicyPreview,
  StartLifecyclePolicyPreviewCommand,
  type ECRClient,
  type GetLifecyclePolicyPreviewResponse,
} from '@aws-sdk/client-ecr';
import type { AwsCall } from '../provision/aws-calls';
import { errorMessage } from '../../../../shared/src/runtime/errors';
import type { LifecyclePreview } from './types';
import { awsErrorName, isAccessDenied } from '../../../../shared/src/aws/errors';

export interface PreviewOptions {
  call: AwsCall;
  sleep: (ms: number) => Promise<void>;
  /** The longest wait for ECR to finish the preview. */
  timeoutMs: number;
  pollMs: number;
}

/**
 * What the repository's lifecycle policy would expire now, from ECR's own evaluation: StartLifecyclePolicyPreview
 * (a dry run: it expires nothing), then GetLifecyclePolicyPreview polled until COMPLETE, every page read. A
 * missing policy, a refused call, a failed or slow preview is reported, never thrown: the inventory goes on.
 */
export async function previewLifecycle(
  ecr: ECRClient,
  repository: string,
  options: PreviewOptions,
): Promise<LifecyclePreview> {
  const notStarted = await startPreview(ecr, repository, options);
  if (notStarted) return notStarted;
  const get: PreviewPage = () =>
    options.call(`GetLifecyclePolicyPreview ${repository}`, () =>
      ecr.send(new GetLifecyclePolicyPreviewCommand({ repositoryName: repository, maxResults: 100 })),
    );
  const first = await waitForPreview(get, options);
  if ('expiring' in first) return first;
  const expiring = await expiringImages(ecr, repository, first, options);
  return {
    status: 'complete',
    detail: `The lifecycle policy would expire ${expiring.length} image(s) now.`,
    expiring,
  };
}

type PreviewPage = () => Promise<GetLifecyclePolicyPreviewResponse>;

/** Starts the dry run; the outcome when there is nothing to preview or it may not run, else undefined. */
async function startPreview(
  ecr: ECRClient,
  repository: string,
  options: PreviewOptions,
): Promise<LifecyclePreview | undefined> {
  try {
    await options.call(`StartLifecyclePolicyPreview ${repository}`, () =>
      ecr.send(new StartLifecyclePolicyPreviewCommand({ repositoryName: repository })),
    );
  } catch (err) {
    const name = awsErrorName(err);
    if (name === 'LifecyclePolicyNotFoundException') {
      return { status: 'no-policy', detail: 'The repository has no lifecycle policy: nothing expires.', expiring: [] };
    }
    if (isAccessDenied(err)) {
      return {
        status: 'not-permitted',
        detail: `The role may not preview the lifecycle policy (${name}); allow ecr:StartLifecyclePolicyPreview and ecr:GetLifecyclePolicyPreview to see what it expires.`,
        expiring: [],
      };
    }
    // Another preview of this repository is running: read it when it completes.
    if (name !== 'LifecyclePolicyPreviewInProgressException') {
      return { status: 'failed', detail: `The lifecycle preview could not start: ${errorMessage(err)}`, expiring: [] };
    }
  }
  return undefined;
}

/** Polls until ECR completes the preview: its first page, or the outcome when it fails, is refused or is slow. */
async function waitForPreview(
  get: PreviewPage,
  options: PreviewOptions,
): Promise<GetLifecyclePolicyPreviewResponse | LifecyclePreview> {
  let waited = 0;
  for (;;) {
    let first: GetLifecyclePolicyPreviewResponse;
    try {
      first = await get();
    } catch (err) {
      if (isAccessDenied(err)) {
        return {
          status: 'not-permitted',
          detail: `The role may not read the lifecycle preview (${awsErrorName(err)}); allow ecr:GetLifecyclePolicyPreview.`,
          expiring: [],
        };
      }
      return {
        status: 'failed',
        detail: `The lifecycle preview could not be read: ${errorMessage(err)}`,
        expiring: [],
      };
    }
    if (first.status === 'COMPLETE') return first;
    if (first.status === 'FAILED' || first.status === 'EXPIRED') {
      return { status: 'failed', detail: `ECR reports the lifecycle preview as ${first.status}.`, expiring: [] };
    }
    if (waited >= options.timeoutMs) {
      return {
        status: 'timed-out',
        detail: `ECR had not finished the lifecycle preview after ${Math.round(waited / 1000)} s; run the report again later.`,
        expiring: [],
      };
    }
    await options.sleep(options.pollMs);
    waited += options.pollMs;
  }
}

/** Every image the completed preview expires: its first page came with the status, the paginator reads the rest. */
async function expiringImages(
  ecr: ECRClient,
  repository: string,
  first: GetLifecyclePolicyPreviewResponse,
  options: PreviewOptions,
): Promise<LifecyclePreview['expiring']> {
  const pages = [first];
  if (first.nextToken) {
    await options.call(`GetLifecyclePolicyPreview ${repository}`, async () => {
      const rest = paginateGetLifecyclePolicyPreview(
        { client: ecr, startingToken: first.nextToken },
        { repositoryName: repository, maxResults: 100 },
      );
      for await (const page of rest) pages.push(page);
    });
  }
  return pages.flatMap((page) =>
    (page.previewResults ?? []).flatMap((r) =>
      r.imageDigest
        ? [
            {
              digest: r.imageDigest,
              tags: r.imageTags ?? [],
              pushedAt: r.imagePushedAt?.toISOString(),
              rulePriority: r.appliedRulePriority,
            },
          ]
        : [],
    ),
  );
}
