import type { Logger } from '../runtime/logger';
import { errorMessage } from '../runtime/errors';
import { withRetry } from '../runtime/retry';

/** Runs one AWS call with throttling-aware retries (on top of the SDK's adaptive mode). */
export type AwsCall = <T>(what: string, operation: () => Promise<T>) => Promise<T>;

const THROTTLING = [
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'SlowDown',
  'ServerException',
  'ServiceUnavailable',
  'InternalError',
];

export function isRetryableAwsError(err: unknown): boolean {
  const e = err as { name?: string; code?: string; $metadata?: { httpStatusCode?: number } };
  const status = e.$metadata?.httpStatusCode ?? 0;
  return status === 429 || status >= 500 || THROTTLING.includes(e.name ?? '') || e.code === 'ECONNRESET';
}

export function errorName(err: unknown): string {
  return (err as { name?: string }).name ?? '';
}

export interface AwsCallOptions {
  logger: Logger;
  attempts?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Counts retries, for the summary and the benchmark. */
  onRetry?: () => void;
}

export function awsCaller(options: AwsCallOptions): AwsCall {
  return (what, operation) =>
    withRetry(() => operation(), {
      attempts: options.attempts ?? 6,
      baseDelayMs: 400,
      maxDelayMs: 20000,
      retryable: isRetryableAwsError,
      sleep: options.sleep,
      onRetry: (err, attempt, delay) => {
        options.onRetry?.();
        options.logger.info(`${what}: ${errorMessage(err)}; attempt ${attempt + 1} in ${delay} ms.`);
      },
    });
}
