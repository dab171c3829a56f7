import { mockClient } from 'aws-sdk-client-mock';

/**
 * The record of every call a fake answered, so that a test can assert what was read and that nothing was
 * written ("a second apply makes zero write calls"), and a switch to make the next calls throttle.
 */

export interface FakeCall {
  service: 'ecr' | 's3' | 'iam' | 'sts' | 'kms' | 'inspector2' | 'signer';
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

/** What most services answer to a burst (S3, IAM and STS have their own). */
const THROTTLING: ServiceErrorShape = { name: 'ThrottlingException', message: 'Rate exceeded', status: 400 };

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
   * throttling error), else the handler's answer (a copy unless `clone` is false, so callers cannot change the
   * fake's state), every call recorded with the error it got.
   */
  async answer<I, O>(
    service: FakeCall['service'],
    command: string,
    input: I,
    handler: (input: I) => O | Promise<O>,
    throttling: ServiceErrorShape = THROTTLING,
    clone = true,
  ): Promise<O> {
    if (this.takeThrottle()) {
      this.record({ service, command, input, error: throttling.name });
      fail(throttling.name, throttling.message, throttling.status);
    }
    try {
      const out = await handler(input);
      this.record({ service, command, input });
      return clone ? structuredClone(out) : out;
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

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any SDK v3 command class
export type CommandClass = new (...args: any[]) => { input: unknown };
export type CommandInput<C extends CommandClass> = NonNullable<InstanceType<C>['input']>;
/** An SDK v3 client, or its class (every client of that class, such as the ones an action creates itself). */
type Target = Parameters<typeof mockClient>[0];

/**
 * The one way a fake answers an SDK client: handlers registered by command, behind one dispatcher on the client's
 * send() (per-command stubs make sinon compare every call with each of them), each call answered through the
 * call log. A command without a handler fails, naming itself, instead of answering nothing.
 */
export class FakeService {
  private readonly handlers = new Map<string, { handler: (input: unknown) => unknown; clone: boolean }>();
  private readonly stubs: ReturnType<typeof mockClient>[] = [];

  constructor(
    target: Target,
    readonly service: FakeCall['service'],
    readonly log: CallLog,
    /** The service's answer to a burst. */
    private readonly throttling: ServiceErrorShape = THROTTLING,
  ) {
    this.serve(target);
  }

  /**
   * Answers another client too, or every client of a class (the ones the code under test makes itself), with the
   * same handlers and call log.
   */
  serve(target: Target): FakeService {
    const stub = mockClient(target);
    stub.send.callsFake((async (command: { constructor: { name: string }; input?: unknown }) => {
      const name = command.constructor.name.replace(/Command$/, '');
      const entry = this.handlers.get(name);
      if (!entry) throw new Error(`The fake ${this.service} does not answer ${name}.`);
      return this.log.answer(this.service, name, command.input ?? {}, entry.handler, this.throttling, entry.clone);
    }) as never);
    this.stubs.push(stub);
    return this;
  }

  /** Answers `command` with `handler`; `clone: false` for answers that hold streams. A property, to pass around. */
  readonly on = <C extends CommandClass>(
    command: C,
    handler: (input: CommandInput<C>) => unknown,
    options: { clone?: boolean } = {},
  ): FakeService => {
    const name = command.name.replace(/Command$/, '');
    this.handlers.set(name, { handler: handler as (input: unknown) => unknown, clone: options.clone ?? true });
    return this;
  };

  /** The inputs of the calls this service was sent (answered or refused), of one command or of all. */
  inputs<C extends CommandClass>(command?: C): CommandInput<C>[] {
    const name = command?.name.replace(/Command$/, '');
    return this.log.calls
      .filter((c) => c.service === this.service && (name === undefined || c.command === name))
      .map((c) => c.input as CommandInput<C>);
  }

  /** Gives the clients (or every client of the classes) their own send() back. */
  restore(): void {
    for (const stub of this.stubs.splice(0)) stub.restore();
  }
}

/**
 * A handler that answers a script: each call the next of `steps`, then `rest` for every later call (or a failure
 * naming the script's end when there is none). A step that is an Error is thrown, as the service's refusal.
 */
export function answers(steps: unknown[], rest?: unknown): () => unknown {
  let next = 0;
  return () => {
    const step = next < steps.length ? steps[next++] : rest;
    if (step === undefined) throw new Error(`The script of ${steps.length} answers has no answer for this call.`);
    if (step instanceof Error) throw step;
    return step;
  };
}
