import { DescribeImageSigningStatusCommand, type ECRClient } from '@aws-sdk/client-ecr';
import { ConfigurationError } from '../runtime/errors';
import type { Logger } from '../runtime/logger';
import { defaultSleep } from '../runtime/retry';

export interface EcrSigningWait {
  ecr: ECRClient;
  repository: string;
  digest: string;
  registryId?: string;
  timeoutMs?: number;
  pollMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  logger?: Logger;
}

/** Waits until ECR managed signing has signed the image (COMPLETE); FAILED and the timeout are errors. */
export async function waitForEcrManagedSignature(options: EcrSigningWait): Promise<{ signingProfileArn?: string }> {
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? 300_000;
  const pollMs = options.pollMs ?? 5_000;
  const deadline = now() + timeoutMs;
  for (;;) {
    const out = await options.ecr.send(
      new DescribeImageSigningStatusCommand({
        repositoryName: options.repository,
        imageId: { imageDigest: options.digest },
        ...(options.registryId ? { registryId: options.registryId } : {}),
      }),
    );
    const statuses = out.signingStatuses ?? [];
    const failed = statuses.find((s) => s.status === 'FAILED');
    if (failed) {
      throw new ConfigurationError(
        `ECR managed signing of ${options.repository}@${options.digest} FAILED (${failed.failureCode ?? 'no code'}: ${failed.failureReason ?? 'no reason given'}). Check the registry signing configuration and its AWS Signer profile.`,
      );
    }
    const complete = statuses.find((s) => s.status === 'COMPLETE');
    if (complete) return { signingProfileArn: complete.signingProfileArn };
    if (!statuses.length && now() >= deadline) {
      throw new ConfigurationError(
        `ECR reports no managed signing for ${options.repository}@${options.digest}; add a signing rule for this repository (PutSigningConfiguration) or choose another signature-format.`,
      );
    }
    if (now() >= deadline) {
      throw new Error(
        `ECR managed signing of ${options.repository}@${options.digest} did not complete within ${Math.round(timeoutMs / 1000)} s (status ${statuses.map((s) => s.status).join(', ') || 'none'}).`,
      );
    }
    options.logger?.debug(`ECR signing status: ${statuses.map((s) => s.status).join(', ') || 'none yet'}`);
    await sleep(pollMs);
  }
}
