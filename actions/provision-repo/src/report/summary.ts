import { SEVERITIES } from '../../../../shared/src/policy/schema';
import { SummaryBuilder, formatBytes } from '../../../../shared/src/runtime/summary';
import { formatUsd } from './cost';
import type { DeployableChoice, InventoryImage, InventoryReport, RepositoryInventory } from './types';

/** Rows per table in the job summary; the report file has every row. */
export const SUMMARY_ROWS = 50;
/** Image rows across all repositories, so that a large system stays within GitHub's 1 MiB summary limit. */
const SUMMARY_IMAGE_ROWS = 1500;
const PROBLEM_ROWS = 30;

const SIGNATURE_MARK: Record<InventoryImage['signature']['status'], string> = {
  verified: '✅ signed',
  unsigned: '❌ unsigned',
  untrusted: '❌ untrusted',
  unknown: '❔ unknown',
};

function day(iso: string | undefined): string {
  return iso ? iso.slice(0, 10) : '';
}

function scanCell(image: InventoryImage): string {
  const counts = image.scan.counts ?? {};
  const found = SEVERITIES.filter((s) => counts[s]).map((s) => `${counts[s]} ${s[0]}${s.slice(1).toLowerCase()}`);
  const mark = { passed: '✅', failed: '❌', pending: '⏳', none: '—', unavailable: '⚠️' }[image.scan.verdict];
  return `${mark} ${image.scan.verdict}${found.length ? ` (${found.join(', ')})` : ''}`;
}

/** A mermaid pie of storage by repository (and the package store), which GitHub renders in a job summary. */
export function storageChart(report: InventoryReport): string | undefined {
  const slices = report.repositories
    .filter((r) => r.storageBytes > 0)
    .map((r) => ({ label: r.name, bytes: r.storageBytes }));
  if (report.packages.storageBytes > 0) slices.push({ label: 'packages (S3)', bytes: report.packages.storageBytes });
  if (slices.length === 0) return undefined;
  const lines = slices
    .sort((a, b) => b.bytes - a.bytes)
    .map((s) => `    "${s.label.replace(/"/g, "'")}" : ${(s.bytes / 1024 ** 2).toFixed(2)}`);
  return ['```mermaid', 'pie showData', '    title Storage by repository (MiB)', ...lines, '```', ''].join('\n');
}

function repositoryTable(summary: SummaryBuilder, repo: RepositoryInventory, rows: number): void {
  const where = [repo.service, repo.environment].filter(Boolean).join(', ');
  summary.heading(`${repo.name}${where ? ` (${where})` : ''}`, 3);
  if (!repo.exists) {
    summary.paragraph('Does not exist yet.');
    return;
  }
  summary.paragraph(
    `${repo.images.length} image(s), ${repo.attachments.count} signature(s)/attachment(s); ${formatBytes(repo.storageBytes)}, about ${formatUsd(repo.monthlyCostUsd)} a month. Lifecycle: ${repo.lifecycle.detail}`,
  );
  summary.table(
    ['Tags', 'Digest', 'Platforms', 'Pushed', 'Last pulled', 'Size', 'Signature', 'Scan', 'Expires'],
    repo.images
      .slice(0, rows)
      .map((i) => [
        i.tags.join(', ') || '(untagged)',
        `\`${i.digest.slice(7, 19)}\``,
        i.platforms.join(', ') || i.mediaType.replace(/^application\//, ''),
        day(i.pushedAt),
        day(i.lastPulledAt) || 'never',
        formatBytes(i.sizeBytes),
        SIGNATURE_MARK[i.signature.status],
        scanCell(i),
        i.expiresByRule !== undefined ? `⚠️ next run (rule ${i.expiresByRule})` : '',
      ]),
  );
  if (repo.images.length > rows) {
    summary.paragraph(`… and ${repo.images.length - rows} older image(s): see the report file.`);
  }
}

/** The image that deploys, and the newer release images passed over with the reason. */
function deployableSection(summary: SummaryBuilder, d: DeployableChoice): void {
  summary.heading('Deployable', 3);
  summary.paragraph(d.reference ? `✅ ${d.message}` : `⚠️ ${d.message}`);
  summary.table(
    ['Passed over', 'Digest', 'Why'],
    d.skipped.map((s) => [s.tags.join(', '), `\`${s.digest.slice(7, 19)}\``, s.reason]),
  );
}

/** One row per package (the first of them), with its versions shortened when there are many. */
function packagesSection(summary: SummaryBuilder, report: InventoryReport): void {
  summary.heading('Packages', 3);
  if (!report.packages.listed) summary.paragraph(report.packages.detail);
  else if (report.packages.packages.length === 0) summary.paragraph(`No packages: ${report.packages.detail}.`);
  summary.table(
    ['Format', 'Name', 'Versions', 'Latest', 'Size'],
    report.packages.packages.slice(0, SUMMARY_ROWS * 2).map((p) => [
      p.format,
      p.name,
      p.versions.length <= 5
        ? p.versions.map((v) => v.version).join(', ')
        : `${p.versions.length} (… ${p.versions
            .slice(-3)
            .map((v) => v.version)
            .join(', ')})`,
      p.latest,
      formatBytes(p.sizeBytes),
    ]),
  );
  if (report.packages.packages.length > SUMMARY_ROWS * 2) {
    summary.paragraph(`… and ${report.packages.packages.length - SUMMARY_ROWS * 2} more packages in the report file.`);
  }
}

/** The job summary: problems first, what deploys, the chart, one table per repository, then the packages. */
export function inventorySummary(report: InventoryReport, reportFile?: string): string {
  const summary = new SummaryBuilder();
  const scope = [report.scope.service, report.scope.environment].filter(Boolean).join(' / ');
  summary.heading(`Inventory of ${report.system}${scope ? ` (${scope})` : ''}`);
  summary.paragraph(
    `${report.totals.images} image(s) in ${report.repositories.length} repositories (${formatBytes(report.totals.imageBytes)}), ${report.totals.packages} package(s) (${formatBytes(report.totals.packageBytes)}): about **${formatUsd(report.totals.monthlyCostUsd)} a month** at $${report.pricing.ecrGbMonth}/GB-month (ECR) and $${report.pricing.s3GbMonth}/GB-month (S3).${reportFile ? ` Full report: \`${reportFile}\`.` : ''}`,
  );

  summary.heading(report.problems.length ? `Problems (${report.problems.length})` : 'Problems', 3);
  if (report.problems.length === 0) summary.paragraph('None.');
  summary.list(report.problems.slice(0, PROBLEM_ROWS).map((p) => `**${p.kind}**: ${p.message}`));
  if (report.problems.length > PROBLEM_ROWS) {
    summary.paragraph(`… and ${report.problems.length - PROBLEM_ROWS} more in the report file.`);
  }

  if (report.deployable) deployableSection(summary, report.deployable);

  const chart = storageChart(report);
  if (chart) {
    summary.heading('Storage', 3);
    summary.raw(chart);
  }
  summary.table(
    ['Repository', 'Images', 'Storage', 'Per month'],
    [
      ...report.repositories.map((r) => [
        r.name,
        r.exists ? r.images.length : 'missing',
        formatBytes(r.storageBytes),
        formatUsd(r.monthlyCostUsd),
      ]),
      [
        `packages (s3://${report.packages.bucket ?? '-'}/${report.packages.prefix}/)`,
        report.packages.packages.length,
        formatBytes(report.packages.storageBytes),
        formatUsd(report.packages.monthlyCostUsd),
      ],
    ],
  );

  summary.heading('Repositories', 3);
  const rows = Math.max(
    5,
    Math.min(SUMMARY_ROWS, Math.floor(SUMMARY_IMAGE_ROWS / Math.max(1, report.repositories.length))),
  );
  for (const repo of report.repositories) repositoryTable(summary, repo, rows);

  packagesSection(summary, report);
  return summary.toString();
}
