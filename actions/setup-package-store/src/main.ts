import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { awsSessionOptions } from '../../../shared/src/aws/session';
import type { ActionContext } from '../../../shared/src/runtime/context';
import { configureClients, describeConfiguration } from './configure';
import { startEndpointProcess } from './endpoint';
import { readSetupInputs } from './inputs';
import { clientUrls } from './paths';
import { readStoreSource } from './target';

/** What the action keeps between its main and post steps, and the variables it exports: core's, in a real run. */
export interface RunnerState {
  saveState(name: string, value: string): void;
  getState(name: string): string;
  exportVariable(name: string, value: string): void;
}

/** The names of the state the post step reads. */
export const STATE = { post: 'is-post', pid: 'endpoint-pid', log: 'endpoint-log' } as const;

/**
 * Starts the endpoint for the rest of the job, sets the URL outputs, and (unless `configure: false`) writes the
 * clients' configuration. `entry` is the bundle the endpoint process runs: the one this step runs.
 */
export async function run(ctx: ActionContext, runner: RunnerState, entry = process.argv[1]): Promise<void> {
  // First: the post step must know it is the post step even when this one fails.
  runner.saveState(STATE.post, 'true');
  const inputs = readSetupInputs(ctx);
  const source = readStoreSource(inputs, ctx.logger);
  const aws = awsSessionOptions(inputs.aws, source.region, ctx.env);
  // The endpoint inherits the job's environment: its credentials are masked before anything can print them.
  for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
    if (ctx.env[name]) ctx.logger.setSecret(ctx.env[name]!);
  }
  const logFile = join(ctx.env.RUNNER_TEMP || tmpdir(), `setup-package-store-${process.pid}.log`);
  const started = await startEndpointProcess(
    { ...source, region: aws.region, roleToAssume: aws.roleToAssume, audience: aws.audience, port: inputs.port },
    { entry, logFile, env: ctx.env },
  );
  runner.saveState(STATE.pid, String(started.pid));
  runner.saveState(STATE.log, logFile);

  const endpoint = `http://127.0.0.1:${started.port}`;
  const urls = clientUrls(endpoint);
  ctx.setOutput('endpoint', endpoint);
  ctx.setOutput('pip-index-url', urls.pip);
  ctx.setOutput('npm-registry-url', urls.npm);
  ctx.setOutput('maven-repository-url', urls.maven);
  ctx.logger.info(
    `s3://${source.bucket}/${source.prefix}/ is served read-only at ${endpoint}, signed as ${started.identity}.`,
  );
  if (inputs.configure) {
    const written = configureClients({
      home: ctx.env.HOME || homedir(),
      env: ctx.env,
      system: source.system,
      npmScopes: source.npmScopes,
      urls,
      logger: ctx.logger,
      exportVariable: (name, value) => runner.exportVariable(name, value),
    });
    ctx.logger.info(`Configured: ${written.join(', ')} and PIP_INDEX_URL.`);
  }
  await ctx.writeSummary(
    `### Package store of ${source.system}\n\n\`s3://${source.bucket}/${source.prefix}/\` at ${endpoint} for the rest of the job.\n\n` +
      '```\n' +
      describeConfiguration(urls, source.system, source.npmScopes) +
      '\n```\n',
  );
}
