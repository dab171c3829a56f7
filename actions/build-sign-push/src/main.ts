import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AwsClients } from '../../../shared/src/aws/clients';
import { openAwsSession, readAwsInputs } from '../../../shared/src/aws/session';
import {
  attachToImage,
  parseAttachSpecs,
  prepareAttachments,
  renderAttachmentSummary,
} from '../../../shared/src/oci/attachments';
import { spawnRunner } from '../../../shared/src/oci/build';
import { openRegistry } from '../../../shared/src/oci/session';
import { loadPolicy, type Policy } from '../../../shared/src/policy';
import type { ActionContext } from '../../../shared/src/runtime/context';
import { gitContextFromEnv } from '../../../shared/src/runtime/github-context';
import * as signingStep from '../../../shared/src/signing/sign-step';
import { readPushInputs, readSigningInputs } from './inputs';
import { publishImage } from './publish';
import { renderPushSummary } from './summary';

/** Builds (or takes, or mirrors) the image, pushes it by digest under the policy's tags, then signs it. */
export async function run(ctx: ActionContext): Promise<void> {
  const inputs = readPushInputs(ctx);
  const policy = loadPolicy(inputs.policyPath, ctx.logger);
  // Files to attach are read before anything is pushed: a missing one fails the step with nothing written.
  const attachments = await prepareAttachments(
    parseAttachSpecs((ctx.inputs.optional('attach') ?? '').split('\n')),
    (p) => resolve(p),
  );
  const aws = inputs.registry ? undefined : openAwsSession(ctx, readAwsInputs(ctx, policy.region));
  const signingArgs = signingArgsFor(ctx, policy, aws);
  // Checked before the push, so a signing mistake never leaves an unsigned image behind.
  const prepared = signingStep.signingEnabled(policy, signingArgs.inputs)
    ? signingStep.prepareSigning(signingArgs)
    : undefined;
  const session = await openRegistry({ registryInput: inputs.registry, aws, env: ctx.env, logger: ctx.logger });
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
    const signing =
      result.dryRun || !prepared
        ? undefined
        : await signingStep.signAfterPush({
            ...signingArgs,
            prepared,
            client: session.client,
            repository: result.repository,
            digest: result.digest,
            reference: result.repositoryUri,
          });
    const attached = await attachToImage(session.client, result.repository, result.digest, attachments, {
      dryRun: result.dryRun,
      logger: ctx.logger,
    });
    await report(ctx, result, signing, attached);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** What signing needs: AWS (KMS, Signer, ECR) is opened only when it signs, even when the registry is not ECR. */
function signingArgsFor(ctx: ActionContext, policy: Policy, aws: AwsClients | undefined) {
  let signingAws = aws;
  const awsForSigning = () => (signingAws ??= openAwsSession(ctx, readAwsInputs(ctx, policy.region)));
  return {
    policy,
    inputs: readSigningInputs(ctx.inputs),
    aws: { kms: () => awsForSigning().kms(), signer: () => awsForSigning().signer(), ecr: () => awsForSigning().ecr() },
    logger: ctx.logger,
    getIdToken: (audience: string) => ctx.getIdToken(audience),
    env: ctx.env,
  };
}

/** The step's outputs and job summary. */
async function report(
  ctx: ActionContext,
  result: Awaited<ReturnType<typeof publishImage>>,
  signing: Awaited<ReturnType<typeof signingStep.signAfterPush>> | undefined,
  attached: Awaited<ReturnType<typeof attachToImage>>,
): Promise<void> {
  if (signing?.format) {
    ctx.setOutput('signature-format', signing.format);
    if (signing.signatureDigest) ctx.setOutput('signature-digest', signing.signatureDigest);
  }
  ctx.setOutput('digest', result.digest);
  ctx.setOutput('image-uri', result.imageUri);
  ctx.setOutput('tags', result.tags.map((t) => t.tag).join('\n'));
  ctx.setOutput('repository-uri', result.repositoryUri);
  if (attached.length) {
    ctx.setOutput('attachments', attached.map((a) => `${a.title}=${a.digest ?? ''}`).join('\n'));
  }
  await ctx.writeSummary(
    renderPushSummary(result) +
      (signing ? signingStep.renderSigningSummary(signing) : '') +
      renderAttachmentSummary(attached, `${result.repositoryUri}@${result.digest}`),
  );
}
