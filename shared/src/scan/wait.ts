import { ConfigurationError } from '../runtime/errors';
import type { Logger } from '../runtime/logger';
import { defaultSleep } from '../runtime/retry';

/** The one time budget of a gate: every wait (ECR, Inspector coverage) spends from it. */
export class Deadline {
  private readonly started: number;
  constructor(
    readonly timeoutMs: number,
    readonly clock: () => number = Date.now,
  ) {
    this.started = clock();
  }
  elapsedMs(): number {
    return this.clock() - this.started;
  }
  remainingMs(): number {
    return Math.max(0, this.timeoutMs - this.elapsedMs());
  }
  expired(): boolean {
    return this.remainingMs() <= 0;
  }
}

export interface WaitOptions {
  deadline: Deadline;
  logger: Logger;
  sleep?: (ms: number) => Promise<void>;
  /** First pause between two polls; doubles up to maxDelayMs. */
  initialDelayMs?: number;
  maxDelayMs?: number;
}

/** One look at the thing waited for: finished with a value, or still in some state worth printing. */
export type Poll<T> = { done: true; value: T } | { done: false; state: string };

/** A scan that did not finish within the gate's timeout: the user can raise `timeout` or look at the scanner. */
export class ScanTimeoutError extends ConfigurationError {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;

/**
 * Polls until done, with exponential backoff, within the shared deadline. Every pause says what it waits
 * for: "waiting for the ECR scan of repo@sha256:… (IN_PROGRESS, 40 s of 900 s)".
 */
export async function pollUntil<T>(what: string, poll: () => Promise<Poll<T>>, options: WaitOptions): Promise<T> {
  const sleep = options.sleep ?? defaultSleep;
  const maxDelay = options.maxDelayMs ?? 30_000;
  let delay = options.initialDelayMs ?? 5_000;
  const { deadline, logger } = options;
  for (;;) {
    const result = await poll();
    if (result.done) return result.value;
    const remaining = deadline.remainingMs();
    if (remaining <= 0) {
      throw new ScanTimeoutError(
        `Timed out after ${seconds(deadline.timeoutMs)} waiting for ${what} (still ${result.state}). ` +
          `Raise the 'timeout' input or the policy's scan.timeoutSeconds, or check the scanner.`,
      );
    }
    logger.info(
      `waiting for ${what} (${result.state}, ${seconds(deadline.elapsedMs())} of ${seconds(deadline.timeoutMs)})`,
    );
    const pause = Math.min(delay, remaining);
    await sleep(pause);
    delay = Math.min(maxDelay, delay * 2);
  }
}
