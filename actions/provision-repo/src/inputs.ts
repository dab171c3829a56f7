import { AWS_INPUT, readAwsInputs, type AwsInputs } from '../../../shared/src/aws/session';
import type { ReportInputs } from './report/run-report';
import type { ActionContext } from '../../../shared/src/runtime/context';
import { ConfigurationError } from '../../../shared/src/runtime/errors';

/** The names of provision-repo's inputs, as action.yml declares them. */
export const INPUT = {
  policy: 'policy',
  ...AWS_INPUT,
  mode: 'mode',
  failOnDrift: 'fail-on-drift',
  prune: 'prune',
  services: 'services',
  githubToken: 'github-token',
  repositoryPattern: 'repository-pattern',
  adoptRepositories: 'adopt-repositories',
  concurrency: 'concurrency',
  iamOutput: 'iam-output',
  service: 'service',
  environment: 'environment',
  registry: 'registry',
  reportFile: 'report-file',
  dryRun: 'dry-run',
} as const;

export const DEFAULT_REPORT_FILE = 'artifact-inventory.json';

export interface ProvisionInputs {
  policyPath: string;
  mode: 'plan' | 'apply' | 'report';
  failOnDrift: boolean;
  prune: boolean;
  services: string[];
  /** List the organisation's repositories matching the pattern and provision each as a service. */
  organisation?: { token: string; pattern: string; org: string; apiUrl?: string };
  concurrency: number;
  iamOutput: string;
  /** Existing repositories not managed by artifacts that this run may take over. */
  adoptRepositories: string[];
  aws: AwsInputs;
  report: ReportInputs;
}

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

/** The action's inputs, checked once. mode defaults to plan on pull requests and apply otherwise; dry-run means plan. */
export function readProvisionInputs(ctx: ActionContext): ProvisionInputs {
  const { inputs, env } = ctx;
  const chosen = inputs.choice(INPUT.mode, ['plan', 'apply', 'report'] as const);
  const dryRun = inputs.boolean(INPUT.dryRun, false);
  // A report is read-only already: dry-run does not turn it into a plan.
  const mode =
    chosen === 'report'
      ? chosen
      : dryRun
        ? 'plan'
        : (chosen ?? (PULL_REQUEST_EVENTS.includes(env.GITHUB_EVENT_NAME ?? '') ? 'plan' : 'apply'));
  const token = inputs.optional(INPUT.githubToken);
  const pattern = inputs.optional(INPUT.repositoryPattern);
  if (token) ctx.logger.setSecret(token);
  let organisation: ProvisionInputs['organisation'];
  if (pattern && !token) {
    throw new ConfigurationError(
      "Input 'repository-pattern' needs 'github-token' to list the organisation's repositories; add 'github-token: ${{ secrets.ORG_READ_TOKEN }}' (a token with metadata: read on the organisation's repositories).",
    );
  }
  if (pattern && token) {
    const org = env.GITHUB_REPOSITORY?.split('/')[0];
    if (!org)
      throw new ConfigurationError(
        'GITHUB_REPOSITORY is not set, so the organisation to list is unknown; run this in a GitHub workflow.',
      );
    organisation = { token, pattern, org, apiUrl: env.GITHUB_API_URL };
  }
  return {
    policyPath: inputs.optional(INPUT.policy) ?? '.github/artifact-policy.yml',
    mode,
    failOnDrift: inputs.boolean(INPUT.failOnDrift, false),
    prune: inputs.boolean(INPUT.prune, false),
    services: inputs.list(INPUT.services),
    organisation,
    concurrency: inputs.integer(INPUT.concurrency, 4, 1, 64) ?? 4,
    iamOutput: inputs.optional(INPUT.iamOutput) ?? 'artifact-iam',
    adoptRepositories: inputs.list(INPUT.adoptRepositories),
    aws: readAwsInputs(inputs),
    report: {
      service: inputs.optional(INPUT.service),
      environment: inputs.optional(INPUT.environment),
      registry: inputs.optional(INPUT.registry),
      reportFile: inputs.optional(INPUT.reportFile) ?? DEFAULT_REPORT_FILE,
    },
  };
}
