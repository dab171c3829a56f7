import { existsSync } from 'node:fs';
import { S3Client } from '@aws-sdk/client-s3';
import { awsSessionOptions, openAwsSession } from '../../../shared/src/aws/session';
import { detectPackageType } from '../../../shared/src/packages/detect';
import { PackagePublisher, publishPlan } from '../../../shared/src/packages/store';
import { artifactUrls, indexUrl, publishSummary } from '../../../shared/src/packages/summary';
import { claimOwner } from '../../../shared/src/packages/version-claim';
import { loadPolicy, type Policy } from '../../../shared/src/policy';
import type { ActionContext } from '../../../shared/src/runtime/context';
import { resolvePaths } from './files';
import { plannerFor } from './formats';
import { publishHelmChart } from './helm';
import { readPublishInputs } from './inputs';
import { resolveStoreTarget } from './target';

/** Reads the inputs, plans the publish from the files, carries it out (unless dry-run), reports. */
export async function run(ctx: ActionContext): Promise<void> {
  const inputs = readPublishInputs(ctx);
  const files = await resolvePaths(inputs.paths, process.cwd());
  const type = inputs.type ?? (await detectPackageType(files));
  // Helm charts go to the policy's chart repository in the registry, not to the package store.
  if (type === 'helm') return publishHelmChart(ctx, inputs, files);
  // The policy may be absent when bucket and prefix are given; it is required otherwise.
  const policy: Policy | undefined =
    existsSync(inputs.policy) || !inputs.bucket || inputs.prefix === undefined
      ? loadPolicy(inputs.policy, ctx.logger)
      : undefined;
  const aws = inputs.dryRun ? undefined : awsSessionOptions(inputs.aws ?? {}, policy?.region, ctx.env);
  const target = resolveStoreTarget(inputs, policy, aws?.region ?? policy?.region ?? ctx.env.AWS_REGION);

  const store = inputs.dryRun
    ? undefined
    : { s3: openAwsSession(ctx, aws!).client(S3Client), bucket: target.bucket, prefix: target.prefix };
  const plan = await plannerFor(type)(files, {
    storeUrl: target.storeUrl,
    name: inputs.name,
    version: inputs.version,
    distTag: inputs.distTag,
    // A Maven snapshot's file names carry the next build number, read from the stored metadata.
    readStored: store
      ? async (key) => (await new PackagePublisher(store, { logger: ctx.logger }).read(key))?.body
      : undefined,
  });
  ctx.logger.info(`${plan.type} ${plan.name} ${plan.version} -> s3://${target.bucket}/${target.prefix}/`);

  let result;
  if (inputs.dryRun) {
    for (const a of plan.artifacts)
      ctx.logger.info(`would write ${target.prefix}/${a.key} (${a.size} bytes, sha256 ${a.sha256})`);
    for (const i of plan.indexes) ctx.logger.info(`would merge ${target.prefix}/${i.key}`);
    ctx.logger.info('dry-run: nothing was written.');
  } else {
    result = await publishPlan(plan, store!, { logger: ctx.logger, owner: claimOwner(ctx.env) });
    ctx.logger.info(
      result.unchanged
        ? `${plan.name} ${plan.version} was already published, unchanged.`
        : `Published ${plan.name} ${plan.version}.`,
    );
  }

  ctx.setOutput('name', plan.name);
  ctx.setOutput('version', plan.version);
  ctx.setOutput('urls', artifactUrls(plan, target.storeUrl).join('\n'));
  ctx.setOutput('index-url', indexUrl(plan, target.storeUrl));
  await ctx.writeSummary(publishSummary(plan, target.storeUrl, result));
}
