/**
 * A provisioning run of 50 repositories against the stateful ECR/S3/IAM fakes: the AWS calls each phase makes
 * (reads, writes) and its wall time, with a simulated round trip per call so that concurrency shows. Phases:
 * plan of an empty account, apply, re-apply (must write nothing), plan and apply after drift in 5 repositories,
 * and the first apply again at concurrency 1 for comparison. Results go to bench/results/.
 *
 *   node -r ./scripts/register.cjs bench/provision.ts [--repositories 50] [--latency-ms 20] [--concurrency 8]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parsePolicy } from '../shared/src/policy';
import { awsCaller, provision } from '../actions/provision-repo/src/provision';
import type { AwsCall } from '../actions/provision-repo/src/provision';
import { silentLogger } from '../test/utils/loggers';
import { FakeAws } from '../test/fakes';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const repositories = arg('repositories', 50);
const latencyMs = arg('latency-ms', 20);
const concurrency = arg('concurrency', 8);

const services = Array.from({ length: repositories }, (_, i) => `service-${String(i + 1).padStart(2, '0')}`);
const policy = parsePolicy(
  `
version: 1
system: bench
region: eu-central-1
resourceTags: {Project: bench, Environment: shared, Purpose: container-registry, ManagedBy: artifacts, Owner: platform}
registry:
  layout: per-service
  services: [${services.join(', ')}]
  mutableTags: ["*-latest"]
  lifecycle: {keepTagged: 20, expireUntaggedDays: 7}
  pullAccounts: ["111111111111"]
  scanning: {filters: ["bench/*"]}
  pullThroughCache: [{upstream: ecr-public}, {upstream: quay}]
  templateRoleArn: arn:aws:iam::123456789012:role/ecr-creation-template
packages: {bucket: bench-artifacts}
iam: {accountId: "123456789012", createPolicies: true}
`,
  'bench-policy.yml',
);

interface Row {
  phase: string;
  concurrency: number;
  changes: number;
  reads: number;
  writes: number;
  ms: number;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Every AWS call costs a round trip, as it would against a regional endpoint. */
function slowCaller(): AwsCall {
  const inner = awsCaller({ logger: silentLogger });
  return (what, op) =>
    inner(what, async () => {
      await sleep(latencyMs);
      return op();
    });
}

async function phase(aws: FakeAws, name: string, mode: 'plan' | 'apply', c: number): Promise<Row> {
  aws.calls.reset();
  const started = performance.now();
  const result = await provision(policy, aws.clients(), {
    mode,
    prune: false,
    concurrency: c,
    services: [],
    region: 'eu-central-1',
    logger: silentLogger,
    call: slowCaller(),
  });
  const ms = Math.round(performance.now() - started);
  return {
    phase: name,
    concurrency: c,
    changes: result.plan.changes,
    reads: aws.calls.reads().length,
    writes: aws.calls.writes().length,
    ms,
  };
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const aws = new FakeAws('123456789012', 'eu-central-1');
  rows.push(await phase(aws, 'plan (empty account)', 'plan', concurrency));
  rows.push(await phase(aws, 'apply', 'apply', concurrency));
  rows.push(await phase(aws, 're-apply (no change)', 'apply', concurrency));
  for (const name of services.slice(0, 5)) {
    const repo = aws.ecr.repositories.get(`bench/${name}`);
    if (repo) delete repo.tags.Owner;
  }
  rows.push(await phase(aws, 'plan after drift in 5', 'plan', concurrency));
  rows.push(await phase(aws, 'apply the drift fix', 'apply', concurrency));
  rows.push(await phase(new FakeAws('123456789012', 'eu-central-1'), 'apply (sequential)', 'apply', 1));

  const header = ['phase', 'concurrency', 'changes', 'read calls', 'write calls', 'wall ms'];
  const lines = rows.map((r) => [r.phase, r.concurrency, r.changes, r.reads, r.writes, r.ms].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(`provision-repo, ${repositories} repositories, ${latencyMs} ms simulated per AWS call`);
  console.log(fmt(header));
  for (const l of lines) console.log(fmt(l));

  const dir = resolve(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `provision-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify({ repositories, latencyMs, rows }, null, 2)}\n`);
  console.log(`results: ${file}`);
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
