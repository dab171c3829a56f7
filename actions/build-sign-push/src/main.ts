import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ActionContext } from '../../../shared/src/runtime/context';
import { readPushInputs } from './inputs';

/** Builds (or takes, or mirrors) the image, pushes it by digest under the policy's tags, then signs it. */
export async function run(ctx: ActionContext): Promise<void> {
  const inputs = readPushInputs(ctx);
  // Loaded once the inputs are known to be good: these modules are most of the action's start-up time.
  const [
    { loadPolicy },
    { openRegistry },
    { spawnRunner },
    { gitContextFromEnv },
    { publishImage },
    { renderPushSummary },
  ] = await Promise.all([
    import('../../../shared/src/policy'),
    import('../../../shared/src/oci/session'),
    import('../../../shared/src/oci/build'),
    import('../../../shared/src/runtime/github-context'),
    import('./publish'),
    import('./summary'),
  ]);
  const policy = loadPolicy(inputs.policyPath);
  const { attachToImage, parseAttachSpecs, prepareAttachments, renderAttachmentSummary } =
    await import('../../../shared/src/oci/attachments');
  // Files to attach are read before anything is pushed: a missing one fails the step with nothing written.
  const attachments = await prepareAttachments(
    parseAttachSpecs((ctx.inputs.optional('attach') ?? '').split('\n')),
    (p) => resolve(p),
  );
  const { openAwsSession, readAwsInputs } = await import('../../../shared/src/aws/session');
  let aws;
  if (!inputs.registry) {
    aws = openAwsSession(ctx, readAwsInputs(ctx, policy.region));
  }
  // Signing may need AWS (KMS, Signer, ECR) even when the registry is not ECR: opened only then.
  let signingAws = aws;
  const awsForSigning = () => (signingAws ??= openAwsSession(ctx, readAwsInputs(ctx, policy.region)));
  const { readSigningInputs, signingEnabled } = await import('../../../shared/src/signing/request');
  const signingInputs = readSigningInputs(ctx.inputs);
  // The signing code (sigstore, KMS, Signer) is loaded only by a run that signs.
  const signingStep = signingEnabled(policy, signingInputs)
    ? await import('../../../shared/src/signing/sign-step')
    : undefined;
  const signingArgs = {
    policy,
    inputs: signingInputs,
    aws: { kms: () => awsForSigning().kms(), signer: () => awsForSigning().signer(), ecr: () => awsForSigning().ecr() },
    logger: ctx.logger,
    getIdToken: (audience: string) => ctx.getIdToken(audience),
    env: ctx.env,
  };
  // Checked before the push, so a signing mistake never leaves an unsigned image behind.
  const prepared = signingStep?.prepareSigning(signingArgs);
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
      result.dryRun || !signingStep || !prepared
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
        (signing && signingStep ? signingStep.renderSigningSummary(signing) : '') +
        renderAttachmentSummary(attached, `${result.repositoryUri}@${result.digest}`),
    );
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
