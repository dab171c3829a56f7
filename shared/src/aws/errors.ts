import { unreachableEndpointOf } from '../runtime/errors';
import { unansweredKind } from './unanswered';

/**
 * What an AWS SDK error means to the code that called: the one classification of AWS errors. Retrying
 * throttling, server and network errors is the SDK's job (its adaptive retry); callers use the other kinds to
 * tell an absent resource, a lost conditional write or a refusal from a failure.
 */
export type AwsErrorKind =
  | 'throttling'
  | 'server'
  | 'network'
  | 'unanswered'
  | 'not-found'
  | 'precondition'
  | 'conflict'
  | 'access-denied'
  | 'credentials'
  | 'other';

interface SdkError {
  name?: string;
  code?: string;
  $fault?: string;
  $metadata?: { httpStatusCode?: number };
  $retryable?: { throttling?: boolean };
}

// The throttling error codes of the AWS SDK's own classifier (@smithy/service-error-classification).
const THROTTLING = [
  'BandwidthLimitExceeded',
  'EC2ThrottledException',
  'LimitExceededException',
  'PriorRequestNotComplete',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ThrottledException',
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'TransactionInProgressException',
];
const SERVER = ['InternalError', 'InternalFailure', 'InternalServerException', 'ServiceUnavailable', 'RequestTimeout'];
const NETWORK = ['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED'];
const NOT_FOUND = ['NoSuchKey', 'NoSuchBucket', 'NotFound', 'NoSuchEntity'];
// The signing credentials themselves were refused: expired, rotated, unknown, or signed with the wrong secret.
const CREDENTIALS = [
  'ExpiredToken',
  'ExpiredTokenException',
  'RequestExpired',
  'TokenRefreshRequired',
  'InvalidAccessKeyId',
  'InvalidToken',
  'SignatureDoesNotMatch',
  'InvalidClientTokenId',
  'UnrecognizedClientException',
];
const ACCESS_DENIED = ['AccessDenied', 'AccessDeniedException', 'UnauthorizedException', 'UnauthorizedOperation'];

/** The error's name as the SDK set it (the service's error code), or '' for anything else. */
export function awsErrorName(err: unknown): string {
  return (err as SdkError | undefined)?.name ?? '';
}

/** The HTTP status of the service's answer, or 0 when there was none. */
export function awsErrorStatus(err: unknown): number {
  return (err as SdkError | undefined)?.$metadata?.httpStatusCode ?? 0;
}

/** The outcome of a request the service answered, by status and error code. */
function answeredKind(name: string, status: number): AwsErrorKind | undefined {
  if (status === 412 || name === 'PreconditionFailed') return 'precondition';
  if (status === 409 || name === 'ConditionalRequestConflict') return 'conflict';
  if (status === 404 || NOT_FOUND.includes(name) || name.endsWith('NotFoundException')) return 'not-found';
  if (status === 429 || THROTTLING.includes(name)) return 'throttling';
  if (CREDENTIALS.includes(name)) return 'credentials';
  if (status === 403 || ACCESS_DENIED.includes(name)) return 'access-denied';
  if (status >= 500 || SERVER.includes(name)) return 'server';
  return undefined;
}

export function awsErrorKind(err: unknown): AwsErrorKind {
  if (err === null || typeof err !== 'object') return 'other';
  if (unreachableEndpointOf(err) || unansweredKind(err)) return 'unanswered';
  const e = err as SdkError;
  if (e.$retryable?.throttling) return 'throttling';
  const answered = answeredKind(awsErrorName(err), awsErrorStatus(err));
  if (answered) return answered;
  if (e.code && NETWORK.includes(e.code)) return 'network';
  // An error from another JavaScript realm reaches the SDK as a wrapper that keeps only its text.
  if (/^AWS SDK error wrapper for .*(socket hang up|ECONNRESET|EPIPE)/.test(String((err as Error).message))) {
    return 'network';
  }
  return 'other';
}

/** Throttling, a server error or a dropped connection: what the SDK retries (and only the SDK). */
export function isTransientAwsError(err: unknown): boolean {
  return ['throttling', 'server', 'network'].includes(awsErrorKind(err));
}

export const isNotFound = (err: unknown): boolean => awsErrorKind(err) === 'not-found';
export const isAccessDenied = (err: unknown): boolean => awsErrorKind(err) === 'access-denied';
/** The request's credentials were refused (expired, rotated or unknown): new credentials, not a retry, may help. */
export const isCredentialRefusal = (err: unknown): boolean => awsErrorKind(err) === 'credentials';
/** A refusal because the session's credentials expired (rather than being unknown or wrong). */
export const isExpiredCredentials = (err: unknown): boolean =>
  isCredentialRefusal(err) && /Expired|TokenRefreshRequired/.test(awsErrorName(err));
/** The key exists (If-None-Match) or changed since it was read (If-Match). */
export const isPreconditionFailed = (err: unknown): boolean => awsErrorKind(err) === 'precondition';
/** Two conditional writes raced on the same key; S3 asks the loser to try again. */
export const isConditionalConflict = (err: unknown): boolean => awsErrorKind(err) === 'conflict';
