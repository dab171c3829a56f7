/**
 * A mistake the user can fix (an input, the policy file, an artifact). Its message says what to change.
 * Anything else that is thrown is an internal error.
 */
export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

/**
 * An artifact that breaks the policy (a scan gate that fails, an unsigned image): the action did its job
 * and the verdict is the failure. Still the user's to fix, so it is a ConfigurationError.
 */
export class PolicyViolation extends ConfigurationError {
  constructor(message: string) {
    super(message);
    this.name = 'PolicyViolation';
  }
}

export function isConfigurationError(err: unknown): err is ConfigurationError {
  return (
    err instanceof ConfigurationError ||
    (err instanceof Error && (err.name === 'ConfigurationError' || err.name === 'PolicyViolation'))
  );
}

export function isPolicyViolation(err: unknown): err is PolicyViolation {
  return err instanceof PolicyViolation || (err instanceof Error && err.name === 'PolicyViolation');
}

/**
 * An endpoint that refused the connection or did not answer in time, after the bounded retries. Not the user's
 * mistake for certain (the endpoint may be down) and not an internal error either: its message names the endpoint
 * and the request, which is what the user needs to look at.
 */
export class UnreachableEndpointError extends Error {
  constructor(
    readonly endpoint: string,
    readonly operation: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'UnreachableEndpointError';
  }
}

/** The UnreachableEndpointError an error is or was caused by, if any. */
export function unreachableEndpointOf(err: unknown): UnreachableEndpointError | undefined {
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof UnreachableEndpointError) return e;
  }
  return undefined;
}

/** The message of anything thrown, without assuming it is an Error. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
