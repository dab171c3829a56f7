import { Agent as HttpAgent, request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Socket } from 'node:net';
import { ConfigurationError } from '../runtime/errors';
import { isRequestTimeout, RequestTimeoutError } from '../runtime/http';
import type { Logger } from '../runtime/logger';
import { proxyAgentOptions, proxyRefusal, proxyTunnelFailure } from '../runtime/proxy';
import { parseRetryAfter, withRetry } from '../runtime/retry';
import { requestTimeouts, type RequestTimeouts } from '../runtime/timeouts';
import { RegistryAuthenticator, type CredentialSource } from './auth';
import {
  isNetworkError,
  isRetryableRegistryError,
  RegistryConnectionError,
  RegistryError,
  repositoryOfUrl,
} from './errors';

/**
 * The registry's wire: `node:http`/`node:https` requests on keep-alive connections, bodies written from Node
 * buffers and streams as they are (no WHATWG stream in between), every request bounded by a connect and an idle
 * timeout, authentication, and the one retry policy of registry requests.
 */

/**
 * A request body: bytes at hand, or bytes of a known length that `write` hands to the sink chunk by chunk (afresh
 * on every attempt). The sink's promise settles when the socket is done with the chunk, so its buffer can be reused.
 */
export type RequestBody = Buffer | { length: number; write: (sink: BodySink) => Promise<void> };
export type BodySink = (chunk: Buffer) => Promise<void>;

export interface RegistryResponse {
  status: number;
  header(name: string): string | undefined;
  /** The answer's bytes; read it, or `drain` it so that the connection serves the next request. */
  body: IncomingMessage;
}

export interface RequestOptions {
  scopes: string[];
  headers?: Record<string, string>;
  body?: RequestBody;
  /** Statuses that are an answer rather than an error. */
  expect: number[];
}

export interface TransportOptions {
  baseUrl: string;
  credentials?: CredentialSource;
  /** The registry's scheme when it is known before its first challenge: credentials go with every request. */
  authScheme?: 'basic';
  /** What a 403 should tell the user to grant, for a request (the IAM action of a cloud registry). */
  deniedHint?: (method: string, url: string) => string | undefined;
  /** What to check when the registry refuses the credentials (default: the REGISTRY_* variables). */
  refusedHint?: string;
  logger: Logger;
  /** Attempts per request, including the first. */
  attempts?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Connect and idle timeouts of every request, the token service's included (defaults in runtime/timeouts.ts). */
  timeouts?: Partial<RequestTimeouts>;
}

/** What a client did, for the job summary and the benchmark. */
export interface TransferStats {
  requests: number;
  retries: number;
  /** Blob uploads sent again in a new session after a fault. */
  restarts: number;
  blobsUploaded: number;
  blobsMounted: number;
  blobsSkipped: number;
  bytesUploaded: number;
}

const MAX_REDIRECTS = 5;
const REDIRECTS = [301, 302, 303, 307, 308];

export class RegistryTransport {
  readonly baseUrl: string;
  /** host[:port] as it appears in image references. */
  readonly host: string;
  readonly stats: TransferStats = {
    requests: 0,
    retries: 0,
    restarts: 0,
    blobsUploaded: 0,
    blobsMounted: 0,
    blobsSkipped: 0,
    bytesUploaded: 0,
  };
  readonly logger: Logger;
  private readonly timeouts: RequestTimeouts;
  private readonly auth: RegistryAuthenticator;
  // One pool per client, so that connections are reused across its requests and never shared with others; idle
  // pooled connections never keep the process alive. Behind a proxy (runtime/proxy.ts), both go through it.
  private readonly agents = {
    http: new HttpAgent({ keepAlive: true, scheduling: 'lifo', ...proxyAgentOptions() }),
    https: new HttpsAgent({ keepAlive: true, scheduling: 'lifo', ...proxyAgentOptions() }),
  };

  constructor(private readonly options: TransportOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.host = new URL(this.baseUrl).host;
    this.logger = options.logger;
    this.timeouts = requestTimeouts(options.timeouts);
    this.auth = new RegistryAuthenticator(this.host, options.credentials, options.logger, (url, headers) =>
      this.tokenRequest(url, headers),
    );
    if (options.authScheme === 'basic' && options.credentials) this.auth.learn('Basic');
  }

  /** One request with retries whose answer is in its status and headers (the body is discarded). */
  call(method: string, url: string, opts: RequestOptions, retryAlso?: (err: unknown) => boolean) {
    return this.retrying(async () => {
      const res = await this.send(method, url, opts);
      await drain(res);
      return res;
    }, retryAlso);
  }

  /**
   * Runs an operation until it succeeds, an error is not worth another attempt, or the attempts are spent. The
   * only retry loop of registry requests: operations inside it send single requests.
   */
  retrying<T>(operation: (attempt: number) => Promise<T>, retryAlso?: (err: unknown) => boolean): Promise<T> {
    let attempts = 0;
    let timedOut = 0;
    return withRetry(
      (attempt) => {
        attempts = attempt;
        return operation(attempt);
      },
      {
        attempts: this.options.attempts ?? 6,
        baseDelayMs: 500,
        maxDelayMs: 20_000,
        retryable: (err) => {
          // A silent registry costs the idle timeout per attempt: only a few of those are tried.
          if (isRequestTimeout(err) && ++timedOut >= this.timeouts.timedOutAttempts) return false;
          return isRetryableRegistryError(err) || Boolean(retryAlso?.(err));
        },
        retryAfterMs: (err) => (err instanceof RegistryError ? parseRetryAfter(err.retryAfter) : undefined),
        onRetry: (err, attempt, delay) => {
          this.stats.retries++;
          this.logger.debug(`${this.host}: attempt ${attempt} failed (${String(err)}); retrying in ${delay} ms.`);
        },
        sleep: this.options.sleep,
        random: this.options.random,
      },
    ).catch((err: unknown) => {
      // The retries are spent: a dropped connection must still say which registry and request it was.
      if (err instanceof RegistryConnectionError) {
        throw new RegistryConnectionError(err.host, err.operation, err.repository, attempts, err.cause);
      }
      if (isNetworkError(err))
        throw new RegistryConnectionError(this.host, 'reading an answer', undefined, attempts, err);
      throw err;
    });
  }

  /** One request: authenticated, re-authenticated after a 401, its status checked against `expect`. */
  async send(method: string, url: string, opts: RequestOptions): Promise<RegistryResponse> {
    let res = await this.authenticated(method, url, opts);
    // The first 401 teaches the scheme (or says a token expired); the second fetches fresh credentials.
    for (let reauth = 0; res.status === 401; reauth++) {
      await drain(res);
      if (reauth === 2) {
        const repo = repositoryOfUrl(url);
        throw new ConfigurationError(
          `The registry ${this.host} refused the credentials for ${method} ${new URL(url).pathname}${repo ? ` (repository ${repo})` : ''}. ${this.options.refusedHint ?? 'Check REGISTRY_USERNAME and REGISTRY_PASSWORD.'}`,
        );
      }
      if (this.auth.knowsScheme) await this.auth.refresh();
      this.auth.learn(res.header('www-authenticate') ?? null);
      res = await this.authenticated(method, url, opts);
    }
    if (opts.expect.includes(res.status)) return res;
    throw await this.errorOf(method, url, res);
  }

  private async authenticated(method: string, url: string, opts: RequestOptions): Promise<RegistryResponse> {
    const headers: Record<string, string> = { ...opts.headers };
    try {
      const authorization = await this.auth.header(opts.scopes);
      if (authorization) headers.authorization = authorization;
      return await this.following(method, url, headers, opts.body);
    } catch (err) {
      // A body streamed from another registry that dropped it names that registry already (RegistryClient.blobStream).
      if (err instanceof RegistryConnectionError || !isNetworkError(err)) throw err;
      const operation = `${method} ${new URL(url).pathname}`;
      throw new RegistryConnectionError(this.host, operation, repositoryOfUrl(url), undefined, err);
    }
  }

  /** Follows redirects (blob downloads go to storage); credentials never leave the registry's origin. */
  private async following(
    method: string,
    url: string,
    headers: Record<string, string>,
    body: RequestBody | undefined,
  ): Promise<RegistryResponse> {
    let target = url;
    for (let hops = 0; ; hops++) {
      const res = await this.exchange(method, target, headers, body);
      const location = res.header('location');
      if (!REDIRECTS.includes(res.status) || !location || hops === MAX_REDIRECTS) return res;
      await drain(res);
      const next = new URL(location, target);
      if (next.origin !== new URL(target).origin) delete headers.authorization;
      target = next.toString();
      if (res.status === 303) method = 'GET';
    }
  }

  /** One HTTP exchange, bounded by the connect timeout and, once connected, the idle timeout. */
  private exchange(
    method: string,
    url: string,
    headers: Record<string, string>,
    body?: RequestBody,
  ): Promise<RegistryResponse> {
    const target = new URL(url);
    const https = target.protocol === 'https:';
    const outgoing: OutgoingHttpHeaders = { ...headers, 'content-length': body ? body.length : 0 };
    if (!body && (method === 'GET' || method === 'HEAD')) delete outgoing['content-length'];
    this.stats.requests++;
    return new Promise((resolve, reject) => {
      const request = https ? httpsRequest : httpRequest;
      const req = request(target, {
        method,
        headers: outgoing,
        agent: https ? this.agents.https : this.agents.http,
        timeout: this.timeouts.idleMs,
      });
      let answer: IncomingMessage | undefined;
      req.on('socket', (socket: Socket) => this.boundConnect(req, socket, url));
      req.on('timeout', () => {
        const what = answer ? 'more of the answer' : 'answer';
        const err = new RequestTimeoutError(url, this.timeouts.idleMs, what);
        // Both ends: a body the server stopped reading after it answered must not hold its buffers for ever.
        answer?.destroy(err);
        req.destroy(err);
      });
      req.on('error', (err) => reject(this.viaProxy(err, url)));
      req.on('response', (res: IncomingMessage) => {
        answer = res;
        resolve({ status: res.statusCode ?? 0, header: (name) => headerOf(res, name), body: res });
      });
      writeBody(req, body).catch((err: unknown) => {
        // An answer before the whole body (a refusal) ends the upload; the answer says why.
        if (!answer) req.destroy(err instanceof Error ? err : new Error(String(err)));
      });
    });
  }

  /**
   * A proxy that did not open the tunnel: its refusal (407, 403) is the user's to fix; its silence counts as a
   * request that timed out, and its other answers (502...) as a connection that failed, each retried as such.
   */
  private viaProxy(err: Error, url: string): Error {
    const failure = proxyTunnelFailure(err);
    if (!failure) return err;
    const refusal = proxyRefusal(err, new URL(url).host);
    if (refusal) return refusal;
    return failure.status ? err : new RequestTimeoutError(url, this.timeouts.idleMs, 'answer');
  }

  private boundConnect(req: ReturnType<typeof httpRequest>, socket: Socket, url: string): void {
    if (!socket.connecting) return;
    const ms = this.timeouts.connectMs;
    const timer = setTimeout(() => req.destroy(new RequestTimeoutError(url, ms, 'answer')), ms);
    timer.unref();
    const clear = () => clearTimeout(timer);
    socket.once('connect', clear);
    socket.once('close', clear);
  }

  /** The token service's answer (small, read whole), bounded like every other request. */
  private async tokenRequest(url: URL, headers: Record<string, string>): Promise<{ status: number; text: string }> {
    const res = await this.following('GET', url.toString(), headers, undefined);
    return { status: res.status, text: (await readAll(res)).toString('utf8') };
  }

  private async errorOf(method: string, url: string, res: RegistryResponse): Promise<Error> {
    const text = (await readAll(res).catch(() => Buffer.alloc(0))).toString('utf8');
    const { code, message } = registryErrorBody(text);
    if (res.status === 403) {
      // A HEAD answer has no body: the status alone must say what to fix.
      const repo = repositoryOfUrl(url);
      const action = this.options.deniedHint?.(method, url);
      return new ConfigurationError(
        `The registry ${this.host} denied ${method} ${new URL(url).pathname} (403 ${code ?? 'DENIED'}${message ? `: ${message}` : ''}). ` +
          `Check the credentials or permissions for ${repo ? `the repository ${repo}` : 'this repository'} on ${this.host}` +
          `${action ? `: the role needs ${action} on it` : " (see the action's README for the IAM actions it needs)"}.`,
      );
    }
    const retryAfter = res.header('retry-after');
    return new RegistryError(method, url, res.status, code, message ?? text.slice(0, 200), retryAfter);
  }
}

async function writeBody(req: ReturnType<typeof httpRequest>, body: RequestBody | undefined): Promise<void> {
  if (!body) {
    req.end();
    return;
  }
  if (Buffer.isBuffer(body)) {
    req.end(body);
    return;
  }
  await body.write(
    (chunk) => new Promise<void>((resolve, reject) => req.write(chunk, (err) => (err ? reject(err) : resolve()))),
  );
  req.end();
}

function headerOf(res: IncomingMessage, name: string): string | undefined {
  const value = res.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** An answer's bytes, whole. */
export async function readAll(res: RegistryResponse): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of res.body) parts.push(part as Buffer);
  return parts.length === 1 ? parts[0] : Buffer.concat(parts);
}

/** Reads and discards an answer's body, so that its connection can serve the next request. */
export async function drain(res: RegistryResponse): Promise<void> {
  try {
    for await (const _ of res.body) void _;
  } catch {
    // The body of an answer we do not need may be cut off; nothing depends on it.
  }
}

export function registryErrorBody(text: string): { code?: string; message?: string } {
  try {
    const body = JSON.parse(text) as { errors?: { code?: string; message?: string }[] };
    const first = body.errors?.[0];
    return { code: first?.code, message: first?.message };
  } catch {
    return {};
  }
}
