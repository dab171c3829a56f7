import { awsSessionOptions, openAwsSession } from '../../../shared/src/aws/session';
import { reportDependencies, runInventoryReport } from './report/run-report';
import { loadPolicy } from '../../../shared/src/policy';
import {
  awsCaller,
  iamSummary,
  listOrgRepositories,
  planJson,
  planSummary,
  provision,
  provisionClients,
  writeIamDocuments,
  type AwsCall,
  type ProvisionClients,
} from './provision';
import type { ActionContext } from '../../../shared/src/runtime/context';
import { PolicyViolation } from '../../../shared/src/runtime/errors';
import { readProvisionInputs } from './inputs';

export interface ProvisionDependencies {
  /** AWS clients (the tests' fakes); otherwise from the action's AWS inputs. */
  clients?: ProvisionClients;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

/** Reads the policy, plans (and applies) it, writes the IAM documents, and reports the plan. */
export async function run(ctx: ActionContext, deps: ProvisionDependencies = {}): Promise<void> {
  const inputs = readProvisionInputs(ctx);
  const policy = loadPolicy(inputs.policyPath, ctx.logger);
  const aws = awsSessionOptions(inputs.aws, policy.region, ctx.env);
  if (inputs.mode === 'report') {
    await runInventoryReport(ctx, policy, inputs.report, reportDependencies(ctx, aws, deps));
    return;
  }
  const clients = deps.clients ?? provisionClients(openAwsSession(ctx, aws));
  const call: AwsCall = awsCaller({ logger: ctx.logger });

  const services = [...inputs.services];
  if (inputs.organisation) {
    const found = await listOrgRepositories({
      ...inputs.organisation,
      logger: ctx.logger,
      fetch: deps.fetch,
      sleep: deps.sleep,
    });
    ctx.logger.info(`${found.length} repositories of ${inputs.organisation.org} match ${inputs.organisation.pattern}.`);
    services.push(...found);
  }

  // The workflow's owner: its repositories (the system's, with repository-pattern) may assume the consumer role.
  const owner = ctx.env.GITHUB_REPOSITORY_OWNER ?? ctx.env.GITHUB_REPOSITORY?.split('/')[0];
  const result = await provision(policy, clients, {
    mode: inputs.mode,
    prune: inputs.prune,
    concurrency: inputs.concurrency,
    services,
    region: aws.region,
    logger: ctx.logger,
    call,
    adopt: inputs.adoptRepositories,
    github: owner ? { owner, repositoryPattern: inputs.organisation?.pattern } : undefined,
  });

  const iamFiles = writeIamDocuments(result.desired, ctx.env.GITHUB_WORKSPACE ?? '.', inputs.iamOutput);

  ctx.setOutput('plan', planJson(result.plan));
  ctx.setOutput('changes', String(result.plan.changes));
  ctx.setOutput('repositories', JSON.stringify(result.desired.repositories.map((r) => ({ name: r.name, uri: r.uri }))));
  ctx.setOutput('bucket', result.desired.bucket?.name ?? '');
  await ctx.writeSummary(
    planSummary(result.plan, { mode: inputs.mode, applied: result.applied, iamFiles }) +
      '\n' +
      iamSummary(result.desired),
  );

  const verb = inputs.mode === 'plan' ? 'would change' : 'changed';
  ctx.logger.info(
    `${result.plan.changes} resource(s) ${verb}; ${result.desired.repositories.length} repositories managed.`,
  );
  if (inputs.failOnDrift && result.plan.changes > 0) {
    throw new PolicyViolation(
      `AWS differs from the policy in ${result.plan.changes} resource(s) (see the plan in the job summary). Run provision-repo with mode apply, or change the policy to match.`,
    );
  }
}
