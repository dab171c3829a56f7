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

/** Rejects after `ms`: a registry that never answers must not hold the gate open. */
export function deadline(ms: number): { promise: Promise<never>; cancel: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${Math.round(ms / 1000)} s (the gate's timeout)`)), ms);
    timer.unref?.();
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/**
 * Runs the check when it is required, within `timeoutMs`; any failure of the check itself (an error, the deadline)
 * fails closed, with its reason.
 */
export async function checkSignature(
  gate: SignatureGate | undefined,
  image: ScannedImage,
  required: boolean,
  timeoutMs = 900_000,
): Promise<SignatureRequirement> {
  if (!required) return SIGNATURE_NOT_REQUIRED;
  if (!gate) {
    return { required, status: 'error', detail: 'No signature verification is available for this registry.' };
  }
  const limit = deadline(timeoutMs);
  try {
    return { required, ...(await Promise.race([gate.check(image), limit.promise])) };
  } catch (err) {
    return { required, status: 'error', detail: `The signature could not be checked: ${(err as Error).message}` };
  } finally {
    limit.cancel();
  }
}
