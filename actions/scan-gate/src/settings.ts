import { AWS_INPUT, readAwsInputs, type AwsInputs } from '../../../shared/src/aws/session';
import { DEFAULT_POLICY_PATH, SEVERITIES, type AllowEntry, type Policy } from '../../../shared/src/policy';
import { ConfigurationError } from '../../../shared/src/runtime/errors';
import type { Inputs } from '../../../shared/src/runtime/inputs';
import { severityRank, type FailOn } from '../../../shared/src/scan/findings';
import { parseScannedImage, type ScannedImage } from '../../../shared/src/scan/image';

/** The names of scan-gate's inputs, as action.yml declares them. */
export const INPUT = {
  image: 'image',
  policy: 'policy',
  ...AWS_INPUT,
  registry: 'registry',
  source: 'source',
  report: 'report',
  failOn: 'fail-on',
  fixableOnly: 'fixable-only',
  timeout: 'timeout',
  requireSignature: 'require-signature',
  sarifOutput: 'sarif-output',
  findingsOutput: 'findings-output',
  dockerfile: 'dockerfile',
} as const;

export const SCAN_SOURCES = ['auto', 'ecr', 'inspector', 'report'] as const;
export type ScanSourceChoice = (typeof SCAN_SOURCES)[number];

/** Everything the gate needs: the policy's scan and signing sections, which the inputs may only tighten. */
export interface ScanGateSettings {
  image: ScannedImage;
  /** auto is resolved later, from the registry's scanning configuration. */
  source: ScanSourceChoice;
  report?: string;
  failOn: FailOn;
  fixableOnly: boolean;
  timeoutSeconds: number;
  requireSignature: boolean;
  /** The policy's provenance.required: a trusted provenance from an allowed builder and ref. */
  requireProvenance: boolean;
  allow: AllowEntry[];
  /** The policy's scan.unrated: how a finding with no severity and no score counts. */
  unrated: Policy['scan']['unrated'];
  /** The policy's scan.trustReportsWithoutDigest. */
  trustReportsWithoutDigest: boolean;
  registry?: string;
  /** aws-region, role-to-assume, audience. */
  aws: AwsInputs;
  sarifOutput: string;
  findingsOutput: string;
  dockerfile?: string;
  /** Each input that made the policy stricter, as the summary lists it: "fail-on HIGH (policy CRITICAL)". */
  tightened: string[];
}

export function policyPath(inputs: Inputs): string {
  return inputs.optional(INPUT.policy) ?? DEFAULT_POLICY_PATH;
}

/** How much a threshold fails: UNDEFINED the most, CRITICAL less, NONE nothing. */
function thresholdRank(failOn: FailOn): number {
  return failOn === 'NONE' ? -1 : severityRank(failOn);
}

/** Refuses an input that would loosen the policy: loosening is a change to the policy file, where review sees it. */
function looser(input: string, value: string, field: string, policyValue: string, stricter: string): never {
  throw new ConfigurationError(
    `Input '${input}' is '${value}', which is looser than the policy's ${field} (${policyValue}); inputs may only make the gate stricter (${stricter}). To loosen it, change ${field} in the policy file.`,
  );
}

function readFailOn(inputs: Inputs, policyValue: FailOn, tightened: string[]): FailOn {
  const raw = inputs.optional(INPUT.failOn);
  if (raw === undefined) return policyValue;
  const value = raw.toUpperCase();
  const allowed: readonly string[] = [...SEVERITIES, 'NONE'];
  if (!allowed.includes(value)) {
    throw new ConfigurationError(`Input 'fail-on' is '${raw}'; allowed values are: ${allowed.join(', ')}.`);
  }
  const failOn = value as FailOn;
  if (thresholdRank(failOn) < thresholdRank(policyValue)) {
    looser('fail-on', raw, 'scan.failOn', policyValue, 'a lower severity, or the same');
  }
  if (failOn !== policyValue) tightened.push(`fail-on ${failOn} (policy scan.failOn ${policyValue})`);
  return failOn;
}

function readFixableOnly(inputs: Inputs, policyValue: boolean, tightened: string[]): boolean {
  const value = inputs.boolean(INPUT.fixableOnly, policyValue);
  if (value && !policyValue) looser('fixable-only', 'true', 'scan.fixableOnly', 'false', "only 'false'");
  if (value !== policyValue) tightened.push('fixable-only false (policy scan.fixableOnly true)');
  return value;
}

function readTimeout(inputs: Inputs, policyValue: number, tightened: string[]): number {
  const value = inputs.integer(INPUT.timeout, policyValue, 1, 21600) ?? policyValue;
  if (value > policyValue) {
    looser('timeout', String(value), 'scan.timeoutSeconds', `${policyValue} s`, `at most ${policyValue} seconds`);
  }
  if (value !== policyValue) tightened.push(`timeout ${value} s (policy scan.timeoutSeconds ${policyValue} s)`);
  return value;
}

function readRequireSignature(inputs: Inputs, policyValue: boolean, tightened: string[]): boolean {
  const value = inputs.boolean(INPUT.requireSignature, policyValue);
  if (!value && policyValue) looser('require-signature', 'false', 'signing.required', 'true', "only 'true'");
  if (value !== policyValue) tightened.push('require-signature true (policy signing.required false)');
  return value;
}

function readSource(inputs: Inputs, policy: Policy, report: string | undefined): ScanSourceChoice {
  const input = inputs.choice(INPUT.source, SCAN_SOURCES);
  const policySource = policy.scan.source;
  // The policy names its source: the step may restate it, never swap it (a report for Inspector's findings).
  if (input !== undefined && policySource !== 'auto' && input !== policySource) {
    looser('source', input, 'scan.source', policySource, `only '${policySource}'`);
  }
  let source = input ?? policySource;
  // A report given with source auto is what the pipeline wants judged.
  if (source === 'auto' && report) source = 'report';
  if (source === 'report' && !report) {
    throw new ConfigurationError(
      "Source 'report' needs the 'report' input: the path of a Trivy JSON, Grype JSON or SARIF file written by an earlier step.",
    );
  }
  if (report && source !== 'report') {
    throw new ConfigurationError(
      `Input 'report' is set but the source is '${source}'${policySource === source ? " (the policy's scan.source)" : ''}. Remove 'report' to judge the ${source === 'ecr' ? 'ECR' : 'Inspector'} scan${policySource === 'auto' ? ", or set 'source: report'" : ''}.`,
    );
  }
  return source;
}

const ECR_HOST = /^(\d{12})\.dkr(?:-fips)?\.ecr\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?$/;

function hostOf(url: string): string {
  try {
    return new URL(url.includes('://') ? url : `https://${url}`).host;
  } catch {
    throw new ConfigurationError(
      `Input 'registry' is '${url}', which is not a URL such as https://registry.example.com.`,
    );
  }
}

/**
 * The image must be on the policy's registry: the `registry` input's host, or else an ECR host (of the policy's
 * account when it names one). Registry credentials are never sent to a host the image merely names.
 */
export function checkImageRegistry(image: ScannedImage, registry: string | undefined, policy: Policy): void {
  if (!image.registry) return;
  if (registry) {
    const host = hostOf(registry);
    if (image.registry !== host) {
      throw new ConfigurationError(
        `Input 'image' is on ${image.registry}, but the registry is ${host} (input 'registry'). Pass the image on ${host}, or set 'registry' to the image's registry.`,
      );
    }
    return;
  }
  const ecr = ECR_HOST.exec(image.registry);
  const account = policy.iam.accountId;
  if (!ecr || (account && ecr[1] !== account)) {
    throw new ConfigurationError(
      `Input 'image' is on ${image.registry}, which is not ${account ? `the ECR registry of account ${account} (policy iam.accountId)` : 'an ECR registry'}; scan-gate sends the registry's credentials only to the policy's registry. Pass the image pushed to ECR, or set the 'registry' input to the registry's URL.`,
    );
  }
}

/** Reads and checks every input; a wrong combination or a loosening of the policy is refused before anything is contacted. */
export function readSettings(inputs: Inputs, policy: Policy): ScanGateSettings {
  const image = parseScannedImage(inputs.required(INPUT.image));
  const registry = inputs.optional(INPUT.registry);
  checkImageRegistry(image, registry, policy);
  const report = inputs.optional(INPUT.report);
  const tightened: string[] = [];
  return {
    image,
    source: readSource(inputs, policy, report),
    report,
    failOn: readFailOn(inputs, policy.scan.failOn, tightened),
    fixableOnly: readFixableOnly(inputs, policy.scan.fixableOnly, tightened),
    timeoutSeconds: readTimeout(inputs, policy.scan.timeoutSeconds, tightened),
    requireSignature: readRequireSignature(inputs, policy.signing.required, tightened),
    requireProvenance: policy.provenance.required,
    allow: policy.scan.allow,
    trustReportsWithoutDigest: policy.scan.trustReportsWithoutDigest,
    unrated: policy.scan.unrated,
    registry,
    aws: readAwsInputs(inputs),
    sarifOutput: inputs.optional(INPUT.sarifOutput) ?? 'scan-gate.sarif',
    findingsOutput: inputs.optional(INPUT.findingsOutput) ?? 'scan-gate-findings.json',
    dockerfile: inputs.optional(INPUT.dockerfile),
    tightened,
  };
}
