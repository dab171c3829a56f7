import type { AwsClients } from '../../../shared/src/aws/clients';
import { awsSessionOptions, openAwsSession } from '../../../shared/src/aws/session';
import { chartSummary, helmCommands, prepareChart, publishChart, reproducibleCreatedTime } from './chart/publish';
import { openRegistry } from '../../../shared/src/oci/session';
import { loadPolicy } from '../../../shared/src/policy';
import type { ActionContext } from '../../../shared/src/runtime/context';
import { ConfigurationError } from '../../../shared/src/runtime/errors';
import { gitContextFromEnv } from '../../../shared/src/runtime/github-context';
import {
  prepareSigning,
  renderSigningSummary,
  signAfterPush,
  signingClients,
} from '../../../shared/src/signing/sign-step';
import type { PublishInputs } from './inputs';

/**
 * `type: helm`: the chart goes to the policy's chart repository in the registry (ECR, or the `registry` input),
 * in Helm's OCI format, and is signed as images are. Not to S3: Helm installs charts from OCI registries.
 */
export async function publishHelmChart(ctx: ActionContext, inputs: PublishInputs, files: string[]): Promise<void> {
  if (files.length !== 1) {
    throw new ConfigurationError(
      `type helm publishes one chart per step, but 'path' matched ${files.length} entries; point it at one chart directory or .tgz.`,
    );
  }
  const policy = loadPolicy(inputs.policy, ctx.logger);
  // The chart is checked (and packaged) before the registry is contacted: a mistake costs no request.
  const prepared = await prepareChart({ policy, path: files[0], name: inputs.name, version: inputs.version });
  const registryInput = inputs.registry;
  let aws: AwsClients | undefined;
  // Signing may need AWS (KMS, Signer, ECR) even when the registry is not ECR: opened on first use only.
  const awsSession = () => (aws ??= openAwsSession(ctx, awsSessionOptions(inputs.aws ?? {}, policy.region, ctx.env)));
  const signingArgs = {
    policy,
    inputs: {},
    aws: signingClients(awsSession),
    logger: ctx.logger,
    getIdToken: (audience: string) => ctx.getIdToken(audience),
    env: ctx.env,
  };
  // The signing set-up (key, format) is checked before the push too, so a chart is never left unsigned by a mistake.
  const signing = prepareSigning(signingArgs);
  const session = await openRegistry({
    registryInput,
    aws: registryInput ? undefined : awsSession(),
    env: ctx.env,
    logger: ctx.logger,
  });
  const git = gitContextFromEnv(ctx.env);
  const result = await publishChart({
    client: session.client,
    prepared,
    created: reproducibleCreatedTime(ctx.env, ctx.env.GITHUB_WORKSPACE || process.cwd()),
    source: git.serverUrl && git.repository ? `${git.serverUrl}/${git.repository}` : undefined,
    dryRun: inputs.dryRun,
    logger: ctx.logger,
    sign: (repository, digest) =>
      signAfterPush({
        ...signingArgs,
        prepared: signing,
        client: session.client,
        repository,
        digest,
        reference: `${session.host}/${repository}`,
      }),
  });

  const { name, version } = result.chart.metadata;
  const commands = helmCommands(result);
  ctx.logger.info(`Install with: ${commands.install}`);
  ctx.setOutput('name', name);
  ctx.setOutput('version', version);
  ctx.setOutput('digest', result.push.digest);
  ctx.setOutput('chart-uri', result.chartUri);
  ctx.setOutput('index-url', result.chartUri);
  ctx.setOutput('urls', `${result.chartUri}:${result.push.tag}`);
  await ctx.writeSummary(
    chartSummary(result, session.host) + (result.signature ? renderSigningSummary(result.signature) : ''),
  );
}
