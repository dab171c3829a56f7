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

export function isConfigurationError(err: unknown): err is ConfigurationError {
  return err instanceof ConfigurationError || (err instanceof Error && err.name === 'ConfigurationError');
}

/** The message of anything thrown, without assuming it is an Error. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
