import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readAwsInputs, openAwsSession } from '../../../shared/src/aws/session';
import { spawnRunner } from '../../../shared/src/oci/build';
import { openRegistry } from '../../../shared/src/oci/session';
import { loadPolicy } from '../../../shared/src/policy';
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

    // ---- signing: the image is pushed and tagged; sign result.digest in result.repository with session.client ----

    ctx.setOutput('digest', result.digest);
    ctx.setOutput('image-uri', result.imageUri);
    ctx.setOutput('tags', result.tags.map((t) => t.tag).join('\n'));
    ctx.setOutput('repository-uri', result.repositoryUri);
    await ctx.writeSummary(renderPushSummary(result));
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
