import { ConfigurationError } from './errors';
import { URL_INPUTS, refuseUrlCredentials } from './url-credentials';

/** Where action inputs come from: the runner's environment in production, a map in tests. */
export type InputSource = (name: string) => string;

/** Reads inputs as the runner passes them: `INPUT_<NAME>` with spaces as underscores, upper-cased. */
export const envInputSource: InputSource = (name) =>
  (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();

export function mapInputSource(values: Record<string, string | undefined>): InputSource {
  return (name) => (values[name] ?? '').trim();
}

export class Inputs {
  /** `mask` registers a value that must never be printed (core.setSecret on the runner). */
  constructor(
    private readonly source: InputSource = envInputSource,
    private readonly mask: (secret: string) => void = () => undefined,
  ) {}

  /** The raw value; a URL input with credentials in it is masked and refused before anything can print it. */
  private read(name: string): string {
    const v = this.source(name);
    if (URL_INPUTS.includes(name)) refuseUrlCredentials(`Input '${name}'`, v, this.mask, name);
    return v;
  }

  /** The value, or a ConfigurationError naming the missing input. */
  required(name: string): string {
    const v = this.read(name);
    if (!v)
      throw new ConfigurationError(
        `Input '${name}' is required but was not set. Add 'with: ${name}: ...' to the step.`,
      );
    return v;
  }

  /** The value, or undefined when unset or empty (never ''). */
  optional(name: string): string | undefined {
    const v = this.read(name);
    return v === '' ? undefined : v;
  }

  /** true/false (also yes/no, on/off, 1/0); the default when unset. */
  boolean(name: string, defaultValue: boolean): boolean;
  boolean(name: string, defaultValue?: undefined): boolean | undefined;
  boolean(name: string, defaultValue?: boolean): boolean | undefined {
    const v = this.optional(name);
    if (v === undefined) return defaultValue;
    return parseBoolean(name, v);
  }

  /** A list separated by newlines or commas; blank entries dropped. */
  list(name: string): string[] {
    return parseList(this.optional(name) ?? '');
  }

  /** One of the allowed values (case-sensitive), or the default when unset. */
  choice<T extends string>(name: string, allowed: readonly T[], defaultValue: T): T;
  choice<T extends string>(name: string, allowed: readonly T[]): T | undefined;
  choice<T extends string>(name: string, allowed: readonly T[], defaultValue?: T): T | undefined {
    const v = this.optional(name);
    if (v === undefined) return defaultValue;
    if (!(allowed as readonly string[]).includes(v)) {
      throw new ConfigurationError(`Input '${name}' is '${v}'; allowed values are: ${allowed.join(', ')}.`);
    }
    return v as T;
  }

  /** A positive integer (such as a timeout in seconds), or the default. */
  integer(name: string, defaultValue?: number, min = 0, max = Number.MAX_SAFE_INTEGER): number | undefined {
    const v = this.optional(name);
    if (v === undefined) return defaultValue;
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
      throw new ConfigurationError(`Input '${name}' is '${v}'; it must be a whole number from ${min} to ${max}.`);
    }
    return Number(v);
  }
}

export function parseBoolean(name: string, value: string): boolean {
  const v = value.trim().toLowerCase();
  if (['true', 'yes', 'on', '1'].includes(v)) return true;
  if (['false', 'no', 'off', '0'].includes(v)) return false;
  throw new ConfigurationError(`Input '${name}' is '${value}'; it must be true or false.`);
}

export function parseList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
