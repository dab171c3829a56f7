import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { GetObjectCommand, type GetObjectCommandOutput } from '@aws-sdk/client-s3';
import { awsErrorKind, awsErrorName, awsErrorStatus, isCredentialRefusal } from '../../../shared/src/aws/errors';
import { ConfigurationError, errorMessage } from '../../../shared/src/runtime/errors';
import type { Logger } from '../../../shared/src/runtime/logger';
import { clientUrls, contentTypeFor, isPackument, keyForPath, rewritePackument } from './paths';
import { credentialsProblem, type EndpointSession } from './session';

export interface StoreServerOptions {
  bucket: string;
  prefix: string;
  session: Pick<EndpointSession, 'current' | 'renew' | 'identity'>;
  logger: Logger;
}

/** What the endpoint has served, for the post step's report. */
export interface ServedCounts {
  requests: number;
  bytes: number;
  byStatus: Record<string, number>;
}

/** The endpoint's one-line answer to a request it cannot serve. */
function refuse(res: ServerResponse, status: number, reason: string, headers: Record<string, string> = {}): void {
  const body = `${reason}\n`;
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

interface S3Failure {
  status: number;
  code: string;
}

/** S3's answer to a failed request, or undefined when S3 did not answer (the SDK's retries are spent by then). */
function s3Failure(err: unknown): S3Failure | undefined {
  const status = awsErrorStatus(err);
  return status ? { status, code: awsErrorName(err) || String(status) } : undefined;
}

/** A request's date header, or undefined when it is absent or not a date (S3 would refuse the request). */
function httpDate(value: string | undefined): Date | undefined {
  const date = value ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/**
 * GetObject, sent once more with new credentials when S3 says the ones it was signed with expired or were rotated:
 * not a retry (the SDK's adaptive retries are the only ones), the next credentials.
 */
async function getObject(options: StoreServerOptions, key: string, req: IncomingMessage, packument: boolean) {
  const input = {
    Bucket: options.bucket,
    Key: key,
    Range: req.headers.range,
    // A packument is rewritten for this endpoint: its stored ETag does not describe what is served.
    IfNoneMatch: packument ? undefined : req.headers['if-none-match'],
    IfModifiedSince: httpDate(req.headers['if-modified-since']),
  };
  const { s3, generation } = options.session.current();
  try {
    return await s3.send(new GetObjectCommand(input));
  } catch (err) {
    if (!isCredentialRefusal(err)) throw err;
    options.session.renew(generation);
  }
  return options.session.current().s3.send(new GetObjectCommand(input));
}

function responseHeaders(object: GetObjectCommandOutput, type: string): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': type, 'accept-ranges': 'bytes' };
  if (object.ContentLength !== undefined) headers['content-length'] = String(object.ContentLength);
  if (object.ETag) headers.etag = object.ETag;
  if (object.LastModified) headers['last-modified'] = object.LastModified.toUTCString();
  if (object.ContentRange) headers['content-range'] = object.ContentRange;
  return headers;
}

async function serveObject(options: StoreServerOptions, req: IncomingMessage, res: ServerResponse): Promise<number> {
  const lookup = keyForPath(options.prefix, req.url ?? '/');
  if ('status' in lookup) {
    refuse(res, lookup.status, lookup.reason);
    return lookup.status;
  }
  const packument = isPackument(lookup.relative);
  const object = await getObject(options, lookup.key, req, packument);
  const body = object.Body as Readable;
  const type = contentTypeFor(lookup.relative, object.ContentType);
  const status = object.ContentRange ? 206 : 200;
  if (req.method === 'HEAD') {
    body.destroy();
    const headers = responseHeaders(object, type);
    if (packument) delete headers['content-length'];
    res.writeHead(status, headers).end();
  } else if (packument && status === 200) {
    const host = req.headers.host ?? `127.0.0.1:${(req.socket.address() as AddressInfo).port}`;
    const rewritten = rewritePackument(
      Buffer.from(await object.Body!.transformToByteArray()),
      clientUrls(`http://${host}`).npm,
    );
    const headers: Record<string, string> = {
      ...responseHeaders(object, type),
      'content-length': String(rewritten.length),
    };
    delete headers.etag;
    res.writeHead(200, headers).end(rewritten);
  } else {
    res.writeHead(status, responseHeaders(object, type));
    await pipeline(body, res);
  }
  return status;
}

/** S3's refusal as the clients and the user should see it: the status passed through, one line naming the key. */
async function answerFailure(options: StoreServerOptions, req: IncomingMessage, res: ServerResponse, err: unknown) {
  const failure = s3Failure(err);
  const lookup = keyForPath(options.prefix, req.url ?? '/');
  const objectKey = 'key' in lookup ? lookup.key : '';
  const key = `s3://${options.bucket}/${objectKey}`;
  if (!failure) {
    const problem = credentialsProblem(err);
    const status = problem instanceof ConfigurationError ? 503 : 502;
    refuse(res, status, `${key}: ${errorMessage(problem)}`);
    return status;
  }
  if (failure.status === 304 || failure.status === 412) {
    res.writeHead(failure.status).end();
    return failure.status;
  }
  const kind = awsErrorKind(err);
  if (kind === 'not-found') {
    refuse(res, 404, `${key} is not in the package store (${failure.code}).`);
    return 404;
  }
  if (kind === 'access-denied' || kind === 'credentials') {
    const who = await options.session.identity();
    const why =
      kind === 'credentials'
        ? `its credentials were refused (${failure.code}) and could not be renewed`
        : `it lacks s3:GetObject on arn:aws:s3:::${options.bucket}/${objectKey} (${failure.code})`;
    refuse(res, 403, `${key}: S3 refused ${who}: ${why}.`);
    return 403;
  }
  refuse(res, failure.status >= 500 ? 502 : failure.status, `${key}: S3 answered ${failure.status} ${failure.code}.`);
  return failure.status;
}

/**
 * The endpoint: read-only GET and HEAD of the system's prefix, each signed with the job's credentials by the SDK,
 * bodies streamed. It adds no authorisation of its own (what IAM lets the role read is what it serves) and never
 * writes to the store.
 */
export function createStoreServer(options: StoreServerOptions, counts?: ServedCounts): Server {
  return createServer((req, res) => {
    const started = Date.now();
    const done = (status: number) => {
      if (counts) {
        counts.requests++;
        counts.byStatus[status] = (counts.byStatus[status] ?? 0) + 1;
        counts.bytes += Number(res.getHeader('content-length') ?? 0);
      }
      options.logger.debug(`${req.method} ${req.url} ${status} ${Date.now() - started} ms`);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      refuse(res, 405, `${req.method} is not served: the package store endpoint is read-only (GET, HEAD).`, {
        allow: 'GET, HEAD',
      });
      return done(405);
    }
    serveObject(options, req, res).then(done, (err: unknown) => {
      if (res.headersSent) {
        res.destroy(err instanceof Error ? err : undefined);
        return done(res.statusCode);
      }
      return answerFailure(options, req, res, err).then(done, () => res.destroy());
    });
  });
}
