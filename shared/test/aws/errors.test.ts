import { S3ServiceException } from '@aws-sdk/client-s3';
import {
  awsErrorKind,
  isCredentialRefusal,
  isExpiredCredentials,
  isTransientAwsError,
  type AwsErrorKind,
} from '../../src/aws/errors';
import { UnreachableEndpointError } from '../../src/runtime/errors';
import { HttpStatusError, isRetryableHttpError, RequestTimeoutError } from '../../src/runtime/http';

/** The one classification of AWS errors and the one classifier of plain HTTP requests. */

function sdkError(name: string, status?: number, extra: object = {}): Error {
  return Object.assign(new Error(name), {
    name,
    ...(status ? { $metadata: { httpStatusCode: status } } : {}),
    ...extra,
  });
}

describe('awsErrorKind', () => {
  test.each<[string, AwsErrorKind, unknown]>([
    ['S3 SlowDown', 'throttling', sdkError('SlowDown', 503)],
    ['ECR ThrottlingException', 'throttling', sdkError('ThrottlingException', 400)],
    ['STS Throttling', 'throttling', sdkError('Throttling', 400)],
    ['any 429', 'throttling', sdkError('TooManyRequests', 429)],
    ['a throttling flag set by the SDK', 'throttling', sdkError('Whatever', 400, { $retryable: { throttling: true } })],
    [
      'a 503 without a body',
      'server',
      new S3ServiceException({
        name: 'UnknownError',
        $fault: 'server',
        $metadata: { httpStatusCode: 503 },
        message: 'UnknownError',
      }),
    ],
    ['S3 InternalError', 'server', sdkError('InternalError', 500)],
    ['a reset connection', 'network', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })],
    ['a broken pipe', 'network', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })],
    ['a reset the SDK wrapped', 'network', new Error('AWS SDK error wrapper for TimeoutError: socket hang up')],
    ['a refused connection', 'unanswered', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })],
    ['the SDK timeout', 'unanswered', sdkError('TimeoutError')],
    [
      'an endpoint that never answered',
      'unanswered',
      new UnreachableEndpointError('http://127.0.0.1:9', 'S3 GetObject', 'x'),
    ],
    ['S3 NoSuchKey', 'not-found', sdkError('NoSuchKey', 404)],
    ['a HEAD 404 without a body', 'not-found', sdkError('NotFound', 404)],
    ['ECR RepositoryNotFoundException', 'not-found', sdkError('RepositoryNotFoundException', 400)],
    ['KMS NotFoundException', 'not-found', sdkError('NotFoundException', 400)],
    ['If-None-Match on an existing key', 'precondition', sdkError('PreconditionFailed', 412)],
    ['two conditional writes raced', 'conflict', sdkError('ConditionalRequestConflict', 409)],
    ['S3 AccessDenied', 'access-denied', sdkError('AccessDenied', 403)],
    ['ECR AccessDeniedException', 'access-denied', sdkError('AccessDeniedException', 400)],
    ['S3 ExpiredToken', 'credentials', sdkError('ExpiredToken', 400)],
    ['S3 InvalidAccessKeyId (a 403)', 'credentials', sdkError('InvalidAccessKeyId', 403)],
    ['S3 SignatureDoesNotMatch (a 403)', 'credentials', sdkError('SignatureDoesNotMatch', 403)],
    ['STS ExpiredTokenException', 'credentials', sdkError('ExpiredTokenException', 400)],
    ['STS InvalidClientTokenId', 'credentials', sdkError('InvalidClientTokenId', 403)],
    ['a validation error', 'other', sdkError('ValidationException', 400)],
    ['not an error at all', 'other', 'boom'],
    ['undefined', 'other', undefined],
  ])('%s is %s', (_name, kind, err) => {
    expect(awsErrorKind(err)).toBe(kind);
  });

  test.each<[AwsErrorKind, boolean]>([
    ['throttling', true],
    ['server', true],
    ['network', true],
    ['unanswered', false],
    ['not-found', false],
    ['precondition', false],
    ['access-denied', false],
    ['credentials', false],
  ])('%s is transient (the SDK retries it): %s', (kind, transient) => {
    const examples: Record<string, unknown> = {
      throttling: sdkError('SlowDown', 503),
      server: sdkError('InternalError', 500),
      network: Object.assign(new Error('reset'), { code: 'ECONNRESET' }),
      unanswered: sdkError('TimeoutError'),
      'not-found': sdkError('NoSuchKey', 404),
      precondition: sdkError('PreconditionFailed', 412),
      'access-denied': sdkError('AccessDenied', 403),
      credentials: sdkError('ExpiredToken', 400),
    };
    expect(awsErrorKind(examples[kind])).toBe(kind);
    expect(isTransientAwsError(examples[kind])).toBe(transient);
  });
});

test.each<[string, boolean, boolean]>([
  ['ExpiredToken', true, true],
  ['ExpiredTokenException', true, true],
  ['TokenRefreshRequired', true, true],
  ['InvalidAccessKeyId', true, false],
  ['SignatureDoesNotMatch', true, false],
  ['AccessDenied', false, false],
])('%s: credentials refused %s, expired %s', (name, refused, expired) => {
  const err = sdkError(name, name === 'ExpiredToken' ? 400 : 403);
  expect(isCredentialRefusal(err)).toBe(refused);
  expect(isExpiredCredentials(err)).toBe(expired);
});

describe('isRetryableHttpError', () => {
  const fetchFailure = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
  test.each<[string, boolean, unknown]>([
    ['429', true, new HttpStatusError(429, 'too many')],
    ['500', true, new HttpStatusError(500, 'oops')],
    ['503', true, new HttpStatusError(503, 'later')],
    ['400', false, new HttpStatusError(400, 'bad')],
    ['401', false, new HttpStatusError(401, 'who')],
    ['404', false, new HttpStatusError(404, 'none')],
    ["fetch's own failure", true, fetchFailure],
    ['a reset socket', true, Object.assign(new Error('reset'), { code: 'ECONNRESET' })],
    ['a request that timed out', false, new RequestTimeoutError('http://127.0.0.1:9/x', 1000, 'answer')],
    ['a parse error', false, new SyntaxError('Unexpected token')],
  ])('%s: retryable %s', (_name, retryable, err) => {
    expect(isRetryableHttpError(err)).toBe(retryable);
  });
});
