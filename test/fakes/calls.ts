/**
 * The record of every call a fake answered, so that a test can assert what was read and that nothing was
 * written ("a second apply makes zero write calls"), and a switch to make the next calls throttle.
 */

export interface FakeCall {
  service: 'ecr' | 's3' | 'iam' | 'sts' | 'kms';
  command: string;
  input: unknown;
  /** The error name the fake answered with, when it refused the call. */
  error?: string;
}

const READ_VERBS = /^(Describe|Get|List|Head|BatchGet|BatchCheck)/;

/** Calls that change no stored image or setting: a lifecycle preview is a dry run of the repository's rules. */
const DRY_RUNS = new Set(['StartLifecyclePolicyPreview']);

export function isWriteCommand(command: string): boolean {
  return !READ_VERBS.test(command) && !DRY_RUNS.has(command);
}

export class CallLog {
  readonly calls: FakeCall[] = [];
  private throttled = 0;
  /** Runs after each answered call: a test's other writer, changing state between two calls. */
  onCall?: (call: FakeCall) => void;

  record(call: FakeCall): void {
    this.calls.push(call);
    if (!call.error) this.onCall?.(call);
  }

  /** The next `count` calls (any service) answer ThrottlingException, as AWS does under a burst. */
  throttleNext(count: number): void {
    this.throttled += count;
  }

  takeThrottle(): boolean {
    if (this.throttled <= 0) return false;
    this.throttled--;
    return true;
  }

  writes(): FakeCall[] {
    return this.calls.filter((c) => !c.error && isWriteCommand(c.command));
  }

  reads(): FakeCall[] {
    return this.calls.filter((c) => !isWriteCommand(c.command));
  }

  count(command: string): number {
    return this.calls.filter((c) => c.command === command).length;
  }

  reset(): void {
    this.calls.length = 0;
  }

  /**
   * Answers one call as a fake service does: throttled when the test asked for it (with the service's own
   * throttling error), else the handler's answer (a copy, so callers cannot change the fake's state), every
   * call recorded with the error it got.
   */
  async answer<I, O>(
    service: FakeCall['service'],
    command: string,
    input: I,
    handler: (input: I) => O,
    throttling: ServiceErrorShape = { name: 'ThrottlingException', message: 'Rate exceeded', status: 400 },
  ): Promise<O> {
    if (this.takeThrottle()) {
      this.record({ service, command, input, error: throttling.name });
      fail(throttling.name, throttling.message, throttling.status);
    }
    try {
      const out = handler(input);
      this.record({ service, command, input });
      return structuredClone(out);
    } catch (err) {
      this.record({ service, command, input, error: (err as Error).name });
      throw err;
    }
  }

  /** Calls by command name, for tables. */
  histogram(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const c of this.calls) out[c.command] = (out[c.command] ?? 0) + 1;
    return out;
  }
}

/** An AWS-style service error: what the SDK throws (name, fault, HTTP status). */
export interface ServiceErrorShape {
  name: string;
  message: string;
  status: number;
}

export class FakeServiceError extends Error {
  readonly $fault: 'client' | 'server';
  readonly $metadata: { httpStatusCode: number };
  constructor(name: string, message: string, status = 400) {
    super(message);
    this.name = name;
    this.$fault = status >= 500 ? 'server' : 'client';
    this.$metadata = { httpStatusCode: status };
  }
}

export function fail(name: string, message: string, status = 400): never {
  throw new FakeServiceError(name, message, status);
}
