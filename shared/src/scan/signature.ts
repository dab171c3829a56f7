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
function deadline(ms: number): { promise: Promise<never>; cancel: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${Math.round(ms / 1000)} s (the gate's timeout)`)), ms);
    timer.unref?.();
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/**
 * Runs one of the gate's required checks (signature, provenance) within `timeoutMs`; any failure of the check itself
 * (an error, the deadline) fails closed as status `error`, naming `what` could not be checked and why.
 */
export async function checkWithin<T extends { status: string; detail: string }>(
  check: () => Promise<T>,
  what: string,
  timeoutMs: number,
): Promise<T | { status: 'error'; detail: string }> {
  const limit = deadline(timeoutMs);
  try {
    return await Promise.race([check(), limit.promise]);
  } catch (err) {
    return { status: 'error', detail: `${what} could not be checked: ${(err as Error).message}` };
  } finally {
    limit.cancel();
  }
}

/** The signature requirement: checked (within `timeoutMs`, failing closed) only when it is required. */
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
  return { required, ...(await checkWithin(() => gate.check(image), 'The signature', timeoutMs)) };
}
