import { execFileSync } from 'node:child_process';
import { chartRepositoryName, type Policy } from '../../../../shared/src/policy';
import { ConfigurationError } from '../../../../shared/src/runtime/errors';
import type { Logger } from '../../../../shared/src/runtime/logger';
import type { SignStepResult } from '../../../../shared/src/signing/sign-step';
import { SummaryBuilder } from '../../../../shared/src/runtime/summary';
import { chartPushNamespace, chartUri } from './oci-format';
import { loadChart, type ChartPackage } from './package';
import { pushChart, type ChartRegistry, type PushChartResult } from './push';

export interface PrepareChartOptions {
  policy: Policy;
  /** The chart directory or packaged .tgz. */
  path: string;
  /** Cross-checks against Chart.yaml when given (the `name` and `version` inputs). */
  name?: string;
  version?: string;
}

/** A chart checked and packaged, and the repository the policy gives it: everything decided before any request. */
export interface PreparedChart {
  chart: ChartPackage;
  repository: string;
}

export interface PublishChartOptions {
  client: ChartRegistry;
  prepared: PreparedChart;
  created: Date;
  source?: string;
  dryRun?: boolean;
  /** Signs the chart's manifest digest in its repository, as images are signed. */
  sign?: (repository: string, digest: string) => Promise<SignStepResult>;
  logger: Logger;
}

export interface PublishChartResult {
  chart: ChartPackage;
  repository: string;
  push: PushChartResult;
  chartUri: string;
  signature?: SignStepResult;
}

/**
 * The time a chart's `created` annotation records: SOURCE_DATE_EPOCH when set (the reproducible-builds
 * convention), else the commit time of the checkout, else now. A re-run of the same commit writes the same time.
 */
export function reproducibleCreatedTime(env: NodeJS.ProcessEnv, cwd: string, now: () => Date = () => new Date()): Date {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch) {
    if (!/^\d+$/.test(epoch)) {
      throw new ConfigurationError(`SOURCE_DATE_EPOCH is '${epoch}'; it must be a number of seconds since 1970.`);
    }
    return new Date(Number(epoch) * 1000);
  }
  try {
    const seconds = execFileSync('git', ['log', '-1', '--format=%ct'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (/^\d+$/.test(seconds)) return new Date(Number(seconds) * 1000);
  } catch {
    // Not a git checkout (or no git): the clock is all there is.
  }
  return now();
}

/** Loads (or packages) the chart, checks it against the inputs, and names its repository by the policy. */
export async function prepareChart(options: PrepareChartOptions): Promise<PreparedChart> {
  const chart = await loadChart(options.path);
  const { name, version } = chart.metadata;
  if (options.name !== undefined && options.name !== name) {
    throw new ConfigurationError(`Input 'name' is '${options.name}' but the chart's Chart.yaml names it '${name}'.`);
  }
  if (options.version !== undefined && options.version !== version) {
    throw new ConfigurationError(
      `Input 'version' is '${options.version}' but the chart's Chart.yaml says version '${version}'.`,
    );
  }
  return { chart, repository: chartRepositoryName(options.policy, name) };
}

/** Pushes a prepared chart to its repository (a no-op when that version holds this chart) and signs it. */
export async function publishChart(options: PublishChartOptions): Promise<PublishChartResult> {
  const { chart, repository } = options.prepared;
  options.logger.info(
    `Chart ${chart.metadata.name} ${chart.metadata.version} (${chart.origin === 'directory' ? 'packaged here' : 'packaged archive'}, ${chart.files.length} files, ${chart.digest}) -> ${options.client.host}/${repository}`,
  );
  const push = await pushChart(options.client, repository, chart, {
    created: options.created,
    source: options.source,
    dryRun: options.dryRun,
    logger: options.logger,
  });
  const signature =
    push.status === 'planned' || !options.sign ? undefined : await options.sign(repository, push.digest);
  return { chart, repository, push, chartUri: chartUri(options.client.host, repository), signature };
}

function shellWord(text: string): string {
  return /^[A-Za-z0-9_./:@=+-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The commands that install and pull this chart version. */
export function helmCommands(result: Pick<PublishChartResult, 'chart' | 'chartUri'>): {
  install: string;
  pull: string;
} {
  const { name, version } = result.chart.metadata;
  const v = shellWord(version);
  return {
    install: `helm install ${shellWord(name)} ${result.chartUri} --version ${v}`,
    pull: `helm pull ${result.chartUri} --version ${v}`,
  };
}

/** The job summary of a chart publish (the signature's part is the sign step's own). */
export function chartSummary(result: PublishChartResult, host: string): string {
  const { chart, push } = result;
  const { name, version } = chart.metadata;
  const status = { pushed: 'pushed', unchanged: 'already published, unchanged', planned: 'dry run: nothing written' }[
    push.status
  ];
  const commands = helmCommands(result);
  return new SummaryBuilder()
    .heading(`Helm chart ${name} ${version}`)
    .table(
      ['', ''],
      [
        ['Chart', result.chartUri],
        ['Version (tag)', `${version} (${push.tag})`],
        ['Manifest digest', push.digest],
        [
          'Chart archive',
          `${chart.digest} (${chart.origin === 'directory' ? 'packaged from the directory' : 'as given'})`,
        ],
        ['Status', status],
      ],
    )
    .code(`${commands.install}\n${commands.pull}`, 'sh')
    .paragraph(
      `\`helm push\` equivalent: \`helm push ${name}-${version}.tgz ${chartPushNamespace(host, result.repository)}\`.`,
    )
    .toString();
}
