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

/** The message of anything thrown, without assuming it is an Error. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
