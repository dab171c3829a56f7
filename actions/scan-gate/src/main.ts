import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ECRClient } from '@aws-sdk/client-ecr';
import { Inspector2Client } from '@aws-sdk/client-inspector2';
import type { AwsClients } from '../../../shared/src/aws/clients';
import { awsSessionOptions, openAwsSession } from '../../../shared/src/aws/session';
import { loadPolicy } from '../../../shared/src/policy';
import type { ActionContext } from '../../../shared/src/runtime/context';
import { isConfigurationError, PolicyViolation } from '../../../shared/src/runtime/errors';
import { SummaryBuilder } from '../../../shared/src/runtime/summary';
import { ecrBasicScan, registryScanType } from '../../../shared/src/scan/ecr';
import { dedupeFindings } from '../../../shared/src/scan/findings';
import { utcDate, type GateResult } from '../../../shared/src/scan/gate';
import { judgeScan } from '../../../shared/src/scan/verdict';
import { imageName } from '../../../shared/src/scan/image';
import { inspectorScan } from '../../../shared/src/scan/inspector';
import { readReport } from '../../../shared/src/scan/reports';
import { findingsDocument, gateSummary } from '../../../shared/src/scan/report';
import { toSarif } from '../../../shared/src/scan/sarif';
import { checkProvenance, type ProvenanceGate } from '../../../shared/src/scan/provenance';
import { checkSignature, type SignatureGate } from '../../../shared/src/scan/signature';
import type { ScanResult } from '../../../shared/src/scan/source';
import { Deadline, type WaitOptions } from '../../../shared/src/scan/wait';
import { policyPath, readSettings, type ScanGateSettings } from './settings';
import { registryProvenanceGate } from './provenance-gate';
import { registrySignatureGate, type SignatureGateContext } from './signature-gate';

/** What a test replaces: time, and the signature verification. */
export interface ScanGateDependencies {
  clock?: () => number;
  sleep?: (ms: number) => Promise<void>;
  signatureGate?: (context: SignatureGateContext) => SignatureGate | undefined;
  provenanceGate?: (context: SignatureGateContext) => ProvenanceGate | undefined;
  /** The AWS clients (fakes in tests); by default the action's AWS session. */
  aws?: () => AwsClients;
}

const COUNT_OUTPUTS = [
  ['critical', 'CRITICAL'],
  ['high', 'HIGH'],
  ['medium', 'MEDIUM'],
  ['low', 'LOW'],
  ['informational', 'INFORMATIONAL'],
  ['undefined', 'UNDEFINED'],
] as const;

/** Writes a whole file or nothing: a reader never sees half a report. */
function writeWhole(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, text);
  renameSync(partial, path);
}

async function scan(
  settings: ScanGateSettings,
  aws: () => AwsClients,
  wait: WaitOptions,
  ctx: ActionContext,
): Promise<ScanResult> {
  // Each source's AWS client is made only when that source is read.
  if (settings.source === 'report')
    return readReport(settings.report!, {
      digest: settings.image.digest,
      trustWithoutDigest: settings.trustReportsWithoutDigest,
    });
  let source = settings.source;
  if (source === 'auto') {
    const type = await registryScanType(aws().client(ECRClient), settings.image);
    source = type === 'ENHANCED' ? 'inspector' : 'ecr';
    ctx.logger.info(
      `The registry uses ${type} scanning: reading the ${source === 'ecr' ? 'ECR' : 'Amazon Inspector'} scan.`,
    );
  }
  if (source === 'inspector') {
    return inspectorScan(aws().client(Inspector2Client), settings.image, wait);
  }
  return ecrBasicScan(aws().client(ECRClient), settings.image, wait);
}

/** The scan; one that cannot be judged still gets a verdict first in the summary, then fails the step. */
async function scanOrExplain(
  settings: ScanGateSettings,
  aws: () => AwsClients,
  wait: WaitOptions,
  ctx: ActionContext,
): Promise<ScanResult> {
  try {
    return await scan(settings, aws, wait, ctx);
  } catch (err) {
    if (isConfigurationError(err)) {
      ctx.setOutput('passed', 'false');
      await ctx.writeSummary(
        new SummaryBuilder()
          .heading(`❌ Failed: scan gate of ${settings.image.repository}`)
          .paragraph(`The scan of \`${imageName(settings.image)}\` could not be judged.`)
          .paragraph(err.message)
          .toString(),
      );
    }
    throw err;
  }
}

/** Writes the findings and SARIF files, sets every output and writes the summary. */
async function publish(
  ctx: ActionContext,
  settings: ScanGateSettings,
  result: GateResult,
  sourceDetail: string,
): Promise<void> {
  const findingsFile = resolve(settings.findingsOutput);
  const sarifFile = resolve(settings.sarifOutput);
  const context = {
    image: settings.image,
    sourceDetail: sourceDetail,
    findingsFile: settings.findingsOutput,
    tightened: settings.tightened,
  };
  writeWhole(findingsFile, `${JSON.stringify(findingsDocument(result, context), null, 2)}\n`);
  writeWhole(
    sarifFile,
    `${JSON.stringify(toSarif(result, { image: settings.image, dockerfile: settings.dockerfile, sourceDetail: sourceDetail }), null, 2)}\n`,
  );

  for (const [output, severity] of COUNT_OUTPUTS) ctx.setOutput(output, String(result.counts[severity]));
  ctx.setOutput('passed', String(result.passed));
  ctx.setOutput('findings-file', findingsFile);
  ctx.setOutput('sarif-file', sarifFile);
  await ctx.writeSummary(gateSummary(result, context));
}

/** Waits for the scan of the digest (or reads the report), checks the signature, judges by policy, reports. */
export async function run(ctx: ActionContext, deps: ScanGateDependencies = {}): Promise<void> {
  let passedSet = false;
  const setOutput = ctx.setOutput.bind(ctx);
  const tracked: ActionContext = {
    inputs: ctx.inputs,
    logger: ctx.logger,
    env: ctx.env,
    writeSummary: (markdown) => ctx.writeSummary(markdown),
    getIdToken: (audience) => ctx.getIdToken(audience),
    setOutput: (name, value) => {
      if (name === 'passed') passedSet = true;
      setOutput(name, value);
    },
  };
  try {
    await judge(tracked, deps);
  } catch (err) {
    // Whatever ended the step, a later step reading `passed` never sees it empty.
    if (!passedSet) setOutput('passed', 'false');
    throw err;
  }
}

async function judge(ctx: ActionContext, deps: ScanGateDependencies): Promise<void> {
  const policy = loadPolicy(policyPath(ctx.inputs), ctx.logger);
  const settings = readSettings(ctx.inputs, policy);
  const clock = deps.clock ?? Date.now;
  let clients: AwsClients | undefined;
  const aws =
    deps.aws ??
    (() =>
      (clients ??= openAwsSession(
        ctx,
        awsSessionOptions(settings.aws, settings.image.region ?? policy.region, ctx.env),
      )));
  const wait: WaitOptions = {
    deadline: new Deadline(settings.timeoutSeconds * 1000, clock),
    logger: ctx.logger,
    sleep: deps.sleep,
  };
  ctx.logger.info(
    `Judging ${imageName(settings.image)}: source ${settings.source}, fail-on ${settings.failOn}${settings.fixableOnly ? ' (fixable only)' : ''}, signature ${settings.requireSignature ? 'required' : 'not required'}, provenance ${settings.requireProvenance ? 'required' : 'not required'}.`,
  );

  const scanned = await scanOrExplain(settings, aws, wait, ctx);
  const findings = dedupeFindings(scanned.findings);
  ctx.logger.info(`${findings.length} finding(s) from ${scanned.detail}.`);

  const gateFactory = deps.signatureGate ?? registrySignatureGate;
  const signature = await checkSignature(
    settings.requireSignature ? gateFactory({ ctx, policy, settings, aws }) : undefined,
    settings.image,
    settings.requireSignature,
    settings.timeoutSeconds * 1000,
  );
  const provenance = await checkProvenance(
    settings.requireProvenance
      ? (deps.provenanceGate ?? registryProvenanceGate)({ ctx, policy, settings, aws })
      : undefined,
    settings.image,
    settings.requireProvenance,
    settings.timeoutSeconds * 1000,
  );
  // The same verdict as provision-repo's deployable: one function judges both.
  const { gate: result } = judgeScan(
    { state: 'complete', findings, detail: scanned.detail },
    settings,
    utcDate(new Date(clock())),
    signature,
    provenance,
  ) as { gate: GateResult };

  await publish(ctx, settings, result, scanned.detail);
  logAllowlist(ctx, result);
  for (const reason of result.reasons) ctx.logger.info(reason);
  if (!result.passed) {
    throw new PolicyViolation(`${imageName(settings.image)} failed the scan gate:\n${result.reasons.join('\n')}`);
  }
}

/** Allowlist entries that expired, and those that matched nothing (candidates for removal). */
function logAllowlist(ctx: ActionContext, result: GateResult): void {
  for (const entry of result.allowlist.expired) {
    ctx.logger.warning(
      `Allowlist entry ${entry.entry.id} expired on ${entry.entry.until}; it no longer accepts anything.`,
    );
  }
  for (const entry of result.allowlist.unused) {
    ctx.logger.info(
      `Allowlist entry ${entry.id}${entry.package ? ` (${entry.package})` : ''} matched nothing; it can be removed.`,
    );
  }
}
