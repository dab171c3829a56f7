import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readAwsInputs, openAwsSession } from '../../../shared/src/aws/session';
import { spawnRunner } from '../../../shared/src/oci/build';
import { openRegistry } from '../../../shared/src/oci/session';
import { loadPolicy } from '../../../shared/src/policy';
import {
  prepareSigning,
  readSigningInputs,
  renderSigningSummary,
  signAfterPush,
} from '../../../shared/src/signing/sign-step';
import type { ActionContext } from '../../../shared/src/runtime/context';
import { gitContextFromEnv } from '../../../shared/src/runtime/github-context';
import { readPushInputs } from './inputs';
import { publishImage } from './publish';
import { renderPushSummary } from './summary';

/** Builds (or takes, or mirrors) the image, pushes it by digest under the policy's tags, then signs it. */
export async function run(ctx: ActionContext): Promise<void> {
  const inputs = readPushInputs(ctx);
  const policy = loadPolicy(inputs.policyPath);
  const aws = inputs.registry ? undefined : openAwsSession(ctx, readAwsInputs(ctx, policy.region));
  const session = await openRegistry({ registryInput: inputs.registry, aws, env: ctx.env, logger: ctx.logger });
  // Signing may need AWS (KMS, Signer, ECR) even when the registry is not ECR: open it only then.
  let signingAws = aws;
  const awsForSigning = () => (signingAws ??= openAwsSession(ctx, readAwsInputs(ctx, policy.region)));
  const signingArgs = {
    policy,
    inputs: readSigningInputs(ctx.inputs),
    aws: { kms: () => awsForSigning().kms(), signer: () => awsForSigning().signer(), ecr: () => awsForSigning().ecr() },
    logger: ctx.logger,
    getIdToken: (audience: string) => ctx.getIdToken(audience),
    env: ctx.env,
  };
  // Checked before the push, so a signing mistake never leaves an unsigned image behind.
  const prepared = prepareSigning(signingArgs);
  const workDir = mkdtempSync(join(ctx.env.RUNNER_TEMP || tmpdir(), 'build-sign-push-'));
  try {
    const result = await publishImage({
      inputs,
      policy,
      git: gitContextFromEnv(ctx.env),
      session,
      logger: ctx.logger,
      workDir,
      run: spawnRunner(ctx.logger, ctx.env),
    });

    const signing = result.dryRun
      ? undefined
      : await signAfterPush({
          ...signingArgs,
          prepared,
          client: session.client,
          repository: result.repository,
          digest: result.digest,
          reference: result.repositoryUri,
        });
    if (signing?.format) {
      ctx.setOutput('signature-format', signing.format);
      if (signing.signatureDigest) ctx.setOutput('signature-digest', signing.signatureDigest);
    }

    ctx.setOutput('digest', result.digest);
    ctx.setOutput('image-uri', result.imageUri);
    ctx.setOutput('tags', result.tags.map((t) => t.tag).join('\n'));
    ctx.setOutput('repository-uri', result.repositoryUri);
    await ctx.writeSummary(renderPushSummary(result) + (signing ? renderSigningSummary(signing) : ''));
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
