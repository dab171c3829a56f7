import type { ScannedImage } from './image';

/**
 * verified: a signature verified under the policy's trust; unsigned: no signature was found; untrusted: a
 * signature exists but none verified; error: the check itself could not run; skipped: not required.
 */
export type SignatureStatus = 'verified' | 'unsigned' | 'untrusted' | 'error' | 'skipped';

export interface SignatureCheck {
  status: SignatureStatus;
  /** What was found or why it failed, in a sentence the summary prints. */
  detail: string;
  /** Who signed, for each verified signature (key reference, certificate identity, signing profile). */
  signers?: string[];
}

/** The gate's view of signature verification, so the gate is tested without a registry. */
export interface SignatureGate {
  check(image: ScannedImage): Promise<SignatureCheck>;
}

/** The signature part of a verdict: required or not, and what the check found. */
export interface SignatureRequirement extends SignatureCheck {
  required: boolean;
}

export const SIGNATURE_NOT_REQUIRED: SignatureRequirement = {
  required: false,
  status: 'skipped',
  detail: "Not checked: neither 'require-signature' nor the policy's signing.required asks for it.",
};

/** Runs the check when it is required; any failure of the check itself fails closed, with its reason. */
export async function checkSignature(
  gate: SignatureGate | undefined,
  image: ScannedImage,
  required: boolean,
): Promise<SignatureRequirement> {
  if (!required) return SIGNATURE_NOT_REQUIRED;
  if (!gate) {
    return { required, status: 'error', detail: 'No signature verification is available for this registry.' };
  }
  try {
    return { required, ...(await gate.check(image)) };
  } catch (err) {
    return { required, status: 'error', detail: `The signature could not be checked: ${(err as Error).message}` };
  }
}
