/** Library code logs through this interface, never through @actions/core, so it runs anywhere. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** Registers a value that must never be printed (core.setSecret on the runner). */
  setSecret(value: string): void;
}

/** Replaces every registered secret in a text by `***`, as the runner does. */
export function maskSecrets(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const s of secrets) if (s) out = out.split(s).join('***');
  return out;
}

export class ConsoleLogger implements Logger {
  private readonly secrets = new Set<string>();
  constructor(private readonly verbose = false) {}
  debug(message: string): void {
    if (this.verbose) console.debug(this.mask(message));
  }
  info(message: string): void {
    console.log(this.mask(message));
  }
  warning(message: string): void {
    console.warn(`warning: ${this.mask(message)}`);
  }
  error(message: string): void {
    console.error(`error: ${this.mask(message)}`);
  }
  setSecret(value: string): void {
    if (value) this.secrets.add(value);
  }
  private mask(text: string): string {
    return maskSecrets(text, this.secrets);
  }
}
