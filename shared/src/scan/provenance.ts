import type { ProvenanceCheck, ProvenanceStatus } from '../provenance/verify';
import type { ScannedImage } from './image';
import { checkWithin } from './signature';

/** The gate's view of provenance verification, so the gate is tested without a registry. */
export interface ProvenanceGate {
  check(image: ScannedImage): Promise<ProvenanceCheck>;
}

/** The provenance part of a verdict: required or not, and what the check found (error: the check could not run). */
export interface ProvenanceRequirement {
  required: boolean;
  status: ProvenanceStatus | 'error' | 'skipped';
  detail: string;
  builder?: string;
  sourceRef?: string;
  digest?: string;
}

export const PROVENANCE_NOT_REQUIRED: ProvenanceRequirement = {
  required: false,
  status: 'skipped',
  detail: "Not checked: the policy's provenance.required is false.",
};

/** What a failed provenance means, for the verdict's reasons. */
export const PROVENANCE_FAILURES: Record<Exclude<ProvenanceRequirement['status'], 'verified' | 'skipped'>, string> = {
  missing: 'The image has no provenance',
  untrusted: 'The image has no provenance signed by a trusted key or identity',
  'builder-not-allowed': 'The image was built by a workflow the policy does not allow',
  'ref-not-allowed': 'The image was built from a ref the policy does not allow',
  error: 'The provenance could not be checked',
};

/** Why a required provenance fails the verdict, or undefined when it passes (or is not required). */
export function provenanceFailure(provenance: ProvenanceRequirement): string | undefined {
  if (!provenance.required || provenance.status === 'verified' || provenance.status === 'skipped') return undefined;
  return `${PROVENANCE_FAILURES[provenance.status]} (provenance ${provenance.status}): ${provenance.detail}`;
}

/** The provenance requirement: checked (within `timeoutMs`, failing closed) only when it is required. */
export async function checkProvenance(
  gate: ProvenanceGate | undefined,
  image: ScannedImage,
  required: boolean,
  timeoutMs = 900_000,
): Promise<ProvenanceRequirement> {
  if (!required) return PROVENANCE_NOT_REQUIRED;
  if (!gate) return { required, status: 'error', detail: 'No provenance verification is available for this registry.' };
  return { required, ...(await checkWithin(() => gate.check(image), 'The provenance', timeoutMs)) };
}
