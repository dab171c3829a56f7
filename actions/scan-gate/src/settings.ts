import { DEFAULT_POLICY_PATH, SEVERITIES, type AllowEntry, type Policy } from '../../../shared/src/policy';
import { ConfigurationError } from '../../../shared/src/runtime/errors';
import type { Inputs } from '../../../shared/src/runtime/inputs';
import type { FailOn } from '../../../shared/src/scan/findings';
import { parseScannedImage, type ScannedImage } from '../../../shared/src/scan/image';

export const SCAN_SOURCES = ['auto', 'ecr', 'inspector', 'report'] as const;
export type ScanSourceChoice = (typeof SCAN_SOURCES)[number];

/** Everything the gate needs, from the inputs with the policy's scan and signing sections as defaults. */
export interface ScanGateSettings {
  image: ScannedImage;
  /** auto is resolved later, from the registry's scanning configuration. */
  source: ScanSourceChoice;
  report?: string;
  failOn: FailOn;
  fixableOnly: boolean;
  timeoutSeconds: number;
  requireSignature: boolean;
  allow: AllowEntry[];
  registry?: string;
  sarifOutput: string;
  findingsOutput: string;
  dockerfile?: string;
}

export function policyPath(inputs: Inputs): string {
  return inputs.optional('policy') ?? DEFAULT_POLICY_PATH;
}

function readFailOn(inputs: Inputs, policyDefault: FailOn): FailOn {
  const raw = inputs.optional('fail-on');
  if (raw === undefined) return policyDefault;
  const value = raw.toUpperCase();
  const allowed: readonly string[] = [...SEVERITIES, 'NONE'];
  if (!allowed.includes(value)) {
    throw new ConfigurationError(`Input 'fail-on' is '${raw}'; allowed values are: ${allowed.join(', ')}.`);
  }
  return value as FailOn;
}

/** Reads and checks every input; a wrong combination is refused before anything is contacted. */
export function readSettings(inputs: Inputs, policy: Policy): ScanGateSettings {
  const image = parseScannedImage(inputs.required('image'));
  const report = inputs.optional('report');
  let source = inputs.choice('source', SCAN_SOURCES) ?? policy.scan.source;
  // A report given with source auto is what the pipeline wants judged.
  if (source === 'auto' && report) source = 'report';
  if (source === 'report' && !report) {
    throw new ConfigurationError(
      "Source 'report' needs the 'report' input: the path of a Trivy JSON, Grype JSON or SARIF file written by an earlier step.",
    );
  }
  if (report && source !== 'report') {
    throw new ConfigurationError(
      `Input 'report' is set but the source is '${source}'. Set 'source: report' (or 'auto') to judge the report, or remove 'report' to judge the ${source === 'ecr' ? 'ECR' : 'Inspector'} scan.`,
    );
  }
  return {
    image,
    source,
    report,
    failOn: readFailOn(inputs, policy.scan.failOn),
    fixableOnly: inputs.boolean('fixable-only', policy.scan.fixableOnly),
    timeoutSeconds: inputs.integer('timeout', policy.scan.timeoutSeconds, 1, 21600) ?? policy.scan.timeoutSeconds,
    requireSignature: inputs.boolean('require-signature', policy.signing.required),
    allow: policy.scan.allow,
    registry: inputs.optional('registry'),
    sarifOutput: inputs.optional('sarif-output') ?? 'scan-gate.sarif',
    findingsOutput: inputs.optional('findings-output') ?? 'scan-gate-findings.json',
    dockerfile: inputs.optional('dockerfile'),
  };
}
