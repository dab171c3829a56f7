import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { KMSClient } from '@aws-sdk/client-kms';
import type { AwsClients } from '../../../shared/src/aws/clients';
import { awsSessionOptions, openAwsSession, type AwsSessionOptions } from '../../../shared/src/aws/session';
import {
  attachToImage,
  parseAttachSpecs,
  prepareAttachments,
  renderAttachmentSummary,
} from '../../../shared/src/oci/attachments';
import { spawnRunner } from '../../../shared/src/oci/build';
import { openRegistry, type RegistrySession } from '../../../shared/src/oci/session';
import { loadPolicy, type BuildCacheType, type Policy } from '../../../shared/src/policy';
import type { ActionContext } from '../../../shared/src/runtime/context';
import { gitContextFromEnv } from '../../../shared/src/runtime/github-context';
import type { AttestProvenanceResult } from '../../../shared/src/provenance/attest';
import * as signingStep from '../../../shared/src/signing/sign-step';
import type { SignatureTrust } from '../../../shared/src/signing/types';
import { buildCacheFor } from './build-cache';
import { payloadRepository } from './image-metadata';
import { readPushInputs, readSigningInputs } from './inputs';
import { planProvenance, provenanceAfterPush, renderProvenanceSummary, type ProvenancePlan } from './provenance';
import { publishImage, type PublishResult } from './publish';
import { provenanceReuseCheck, rerunTrust, signatureReuseCheck, type ReuseCheck } from './rerun';
import { renderPushSummary } from './summary';

/**
 * Builds (or takes, or mirrors) the image, pushes it by digest under the policy's tags, then signs it and attests its
 * provenance. A re-run whose immutable tags already hold a verified image adopts it instead of building (rerun.ts).
 */
export async function run(ctx: ActionContext): Promise<void> {
  const startedOn = new Date();
  const inputs = readPushInputs(ctx);
  const policy = loadPolicy(inputs.policyPath, ctx.logger);
  // Files to attach are read before anything is pushed: a missing one fails the step with nothing written.
  const attachments = await prepareAttachments(parseAttachSpecs(inputs.attach), (p) => resolve(p));
  const awsOptions = () => awsSessionOptions(inputs.aws, policy.region, ctx.env);
  const aws = inputs.registry ? undefined : openAwsSession(ctx, awsOptions());
  const signingArgs = signingArgsFor(ctx, policy, aws, awsOptions);
  // Checked before the push, so a signing mistake never leaves an unsigned image behind.
  const prepared = signingStep.signingEnabled(policy, signingArgs.inputs)
    ? signingStep.prepareSigning(signingArgs)
    : undefined;
  const provenancePlan = planProvenance(policy, prepared);
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
      env: ctx.env,
      ...(await buildDependencies(ctx, {
        policy,
        session,
        workDir,
        prepared,
        provenancePlan,
        dryRun: inputs.dryRun,
        kms: () => signingArgs.aws.kms(),
      })),
    });
    const signing = result.dryRun || !prepared ? undefined : await signPushed(signingArgs, prepared, session, result);
    const provenance = result.dryRun
      ? undefined
      : await attestPushed(
          ctx,
          { plan: provenancePlan, policy, startedOn, source: inputs.source.kind, reused: result.reused },
          session,
          result,
        );
    const attached = await attachToImage(session.client, result.repository, result.digest, attachments, {
      dryRun: result.dryRun,
      logger: ctx.logger,
    });
    await report(ctx, result, { signing, provenance }, attached);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

interface BuildDependencyArgs {
  policy: Policy;
  session: Awaited<ReturnType<typeof openRegistry>>;
  workDir: string;
  prepared: signingStep.PreparedSigning | undefined;
  provenancePlan: ProvenancePlan;
  dryRun: boolean;
  kms: () => KMSClient;
}

/** A check made when it first runs: the trust is read only when an image is found under the run's tags. */
function lazyCheck(name: string, make: () => Promise<ReuseCheck>): ReuseCheck {
  let made: Promise<ReuseCheck> | undefined;
  return { name, check: async (image) => (await (made ??= make())).check(image) };
}

/**
 * The re-run check's steps: the signature, then the provenance when the run writes one (verified under the policy's
 * builders and sourceRefs when provenance is required), both under the policy's trust and the run's own key.
 */
function reuseChecksFor(ctx: ActionContext, deps: BuildDependencyArgs): ReuseCheck[] {
  const { policy, session } = deps;
  let trust: Promise<SignatureTrust> | undefined;
  const common = async () => ({
    client: session.client,
    trust: await (trust ??= rerunTrust(policy, deps.prepared, ctx.env, ctx.logger)),
    kms: deps.kms,
    logger: ctx.logger,
  });
  const checks = [lazyCheck('signature', async () => signatureReuseCheck(await common()))];
  if (deps.provenancePlan.signer) {
    const { required } = policy.provenance;
    const rules = policy.provenance;
    checks.push(lazyCheck('provenance', async () => provenanceReuseCheck({ ...(await common()), rules, required })));
  }
  return checks;
}

/** The re-run check's steps, the layer cache, the event's repository. */
async function buildDependencies(ctx: ActionContext, deps: BuildDependencyArgs) {
  const { policy, session } = deps;
  return {
    reuseChecks: reuseChecksFor(ctx, deps),
    reuseRequiresVerified: policy.provenance.required,
    cacheFor: (type: BuildCacheType, repository: string) =>
      buildCacheFor(type, {
        policy,
        repository,
        session,
        insecure: session.client.baseUrl.startsWith('http://'),
        dir: join(deps.workDir, 'cache-login'),
        env: ctx.env,
        logger: ctx.logger,
        dryRun: deps.dryRun,
      }),
    payload: payloadRepository(ctx.env),
  };
}

/** The signature of the pushed (or, on a re-run, adopted) image. */
function signPushed(
  signingArgs: ReturnType<typeof signingArgsFor>,
  prepared: signingStep.PreparedSigning,
  session: RegistrySession,
  result: PublishResult,
) {
  return signingStep.signAfterPush({
    ...signingArgs,
    prepared,
    client: session.client,
    repository: result.repository,
    digest: result.digest,
    reference: result.repositoryUri,
  });
}

/** The provenance of the pushed (or, on a re-run, adopted) image, as planned before the push. */
function attestPushed(
  ctx: ActionContext,
  step: { plan: ProvenancePlan; policy: Policy; startedOn: Date; source: string; reused: PublishResult['reused'] },
  session: RegistrySession,
  result: PublishResult,
) {
  return provenanceAfterPush({
    ...step,
    client: session.client,
    repository: result.repository,
    digest: result.digest,
    reference: result.repositoryUri,
    inputs: ctx.inputs,
    env: ctx.env,
    builder: result.builder,
    dependencies: result.dependencies ?? [],
    logger: ctx.logger,
  });
}

/** What signing needs: AWS (KMS, Signer, ECR) is opened only when it signs, even when the registry is not ECR. */
function signingArgsFor(
  ctx: ActionContext,
  policy: Policy,
  aws: AwsClients | undefined,
  awsOptions: () => AwsSessionOptions,
) {
  let signingAws = aws;
  const awsForSigning = () => (signingAws ??= openAwsSession(ctx, awsOptions()));
  return {
    policy,
    inputs: readSigningInputs(ctx.inputs),
    aws: signingStep.signingClients(awsForSigning),
    logger: ctx.logger,
    getIdToken: (audience: string) => ctx.getIdToken(audience),
    env: ctx.env,
  };
}

/** The step's outputs and job summary. */
async function report(
  ctx: ActionContext,
  result: Awaited<ReturnType<typeof publishImage>>,
  { signing, provenance }: { signing?: signingStep.SignStepResult; provenance?: AttestProvenanceResult | string },
  attached: Awaited<ReturnType<typeof attachToImage>>,
): Promise<void> {
  if (typeof provenance === 'object') ctx.setOutput('provenance-digest', provenance.digest);
  if (signing?.format) {
    ctx.setOutput('signature-format', signing.format);
    if (signing.signatureDigest) ctx.setOutput('signature-digest', signing.signatureDigest);
  }
  ctx.setOutput('digest', result.digest);
  ctx.setOutput('adopted', result.reused ? 'true' : 'false');
  ctx.setOutput('image-uri', result.imageUri);
  ctx.setOutput('tags', result.tags.map((t) => t.tag).join('\n'));
  ctx.setOutput('repository-uri', result.repositoryUri);
  if (attached.length) {
    ctx.setOutput('attachments', attached.map((a) => `${a.title}=${a.digest ?? ''}`).join('\n'));
  }
  await ctx.writeSummary(
    renderPushSummary(result) +
      (signing ? signingStep.renderSigningSummary(signing) : '') +
      (provenance ? renderProvenanceSummary(provenance, result.imageUri, !!result.reused) : '') +
      renderAttachmentSummary(attached, `${result.repositoryUri}@${result.digest}`),
  );
}
