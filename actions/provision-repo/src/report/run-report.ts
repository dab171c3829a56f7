import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ECRClient } from '@aws-sdk/client-ecr';
import { Inspector2Client } from '@aws-sdk/client-inspector2';
import { KMSClient } from '@aws-sdk/client-kms';
import { S3Client } from '@aws-sdk/client-s3';
import type { AwsClients } from '../../../../shared/src/aws/clients';
import { openAwsSession, type AwsSessionOptions } from '../../../../shared/src/aws/session';
import { openRegistry } from '../../../../shared/src/oci/session';
import type { Policy, SigningPolicy } from '../../../../shared/src/policy/schema';
import { awsCaller, type AwsCall } from '../provision/aws-calls';
import type { ActionContext } from '../../../../shared/src/runtime/context';
import { errorMessage } from '../../../../shared/src/runtime/errors';
import { trustFromPolicy } from '../../../../shared/src/signing/verify';
import { buildInventory, type InventoryClients, type InventoryRegistry } from './inventory';
import { cachingKms, registryVerifier } from './signatures';
import { inventorySummary } from './summary';
import type { InventoryReport } from './types';

/** mode report of provision-repo: the inventory, its JSON file, the outputs and the job summary. */

/** What to report on, and where the report goes (provision-repo's inputs). */
export interface ReportInputs {
  service?: string;
  environment?: string;
  /** A registry base URL when the images are not read from the account's ECR endpoint. */
  registry?: string;
  reportFile: string;
}

const PROBE_TIMEOUT_MS = 15_000;

/** The trust verification uses: signing.trust, plus the KMS key the policy signs with (as scan-gate does). */
export function inventoryTrust(signing: SigningPolicy): Pick<SigningPolicy, 'trust'> {
  const own = signing.method === 'kms' && signing.key?.startsWith('awskms://') ? [signing.key] : [];
  return { trust: { ...signing.trust, kmsKeys: [...new Set([...signing.trust.kmsKeys, ...own])] } };
}

export interface ReportDependencies {
  clients: InventoryClients;
  /** The AWS session, for the ECR registry token and KMS trusted keys; absent in tests without AWS. */
  aws?: AwsClients;
  call: AwsCall;
  sleep?: (ms: number) => Promise<void>;
  now?: () => Date;
  lifecyclePreview?: { timeoutMs?: number; pollMs?: number };
}

/** The clients of a report run: the given ones (tests), else the action's AWS session. */
export function reportDependencies(
  ctx: ActionContext,
  awsInputs: AwsSessionOptions,
  given: { clients?: InventoryClients; sleep?: (ms: number) => Promise<void> },
): ReportDependencies {
  const call = awsCaller({ logger: ctx.logger });
  if (given.clients) return { clients: given.clients, call, sleep: given.sleep };
  const aws = openAwsSession(ctx, awsInputs);
  const clients = {
    ecr: aws.client(ECRClient),
    s3: aws.client(S3Client),
    inspector: () => aws.client(Inspector2Client),
  };
  return { clients, aws, call, sleep: given.sleep };
}

export async function runInventoryReport(
  ctx: ActionContext,
  policy: Policy,
  inputs: ReportInputs,
  deps: ReportDependencies,
): Promise<InventoryReport> {
  // Read before anything else: a trust key that cannot be read is the user's mistake, reported as such.
  const trust = trustFromPolicy(inventoryTrust(policy.signing), { env: ctx.env, logger: ctx.logger });
  const aws = deps.aws;
  const kms = aws ? cachingKms(() => aws.client(KMSClient)) : undefined;
  const openInventoryRegistry = async (): Promise<InventoryRegistry> => {
    const session = await openRegistry({
      registryInput: inputs.registry,
      aws,
      env: ctx.env,
      logger: ctx.logger,
      client: deps.sleep ? { sleep: deps.sleep } : undefined,
    });
    // One request first: an unreachable registry makes every signature "unknown" at once, not after retries per image.
    try {
      const answer = await fetch(`${session.client.baseUrl}/v2/`, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
      await answer.body?.cancel();
    } catch (err) {
      throw new Error(`${session.host} does not answer (${errorMessage(err)})`, { cause: err });
    }
    return {
      client: session.client,
      host: session.host,
      verifier: registryVerifier(session.client, trust, {
        kms,
        logger: ctx.logger,
        ...(policy.provenance.required ? { provenance: policy.provenance } : {}),
      }),
    };
  };
  const report = await buildInventory(policy, deps.clients, {
    scope: { service: inputs.service, environment: inputs.environment },
    logger: ctx.logger,
    call: deps.call,
    openRegistry: inputs.registry || aws ? openInventoryRegistry : undefined,
    sleep: deps.sleep,
    now: deps.now,
    lifecyclePreview: deps.lifecyclePreview,
  });

  const file = resolve(ctx.env.GITHUB_WORKSPACE ?? '.', inputs.reportFile);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  ctx.setOutput('report', file);
  ctx.setOutput('deployable', report.deployable?.reference ?? '');
  if (report.deployable) {
    if (report.deployable.reference) ctx.logger.info(report.deployable.message);
    else ctx.logger.warning(report.deployable.message);
  }
  await ctx.writeSummary(inventorySummary(report, inputs.reportFile));
  return report;
}
