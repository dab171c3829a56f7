import { UnreachableEndpointError } from '../runtime/errors';
import { isRequestTimeout } from '../runtime/http';
import { proxyTunnelFailure } from '../runtime/proxy';

/** A registry answered with an error status; `code` is the distribution-spec error code when it sent one. */
export class RegistryError extends Error {
  constructor(
    readonly method: string,
    readonly url: string,
    readonly status: number,
    readonly code: string | undefined,
    detail: string,
    readonly retryAfter?: string,
  ) {
    super(`${method} ${url} answered ${status}${code ? ` ${code}` : ''}${detail ? `: ${detail}` : ''}`);
    this.name = 'RegistryError';
  }
}

/**
 * Every attempt of a request lost its connection, was refused or got no answer in time: names the registry, the
 * request and the repository.
 */
export class RegistryConnectionError extends UnreachableEndpointError {
  constructor(
    readonly host: string,
    operation: string,
    readonly repository: string | undefined,
    readonly attempts: number | undefined,
    cause: unknown,
  ) {
    const detail = connectionDetail(cause);
    super(
      host,
      operation,
      `The registry ${host} ${connectionFailure(cause)} on ${operation}${repository ? ` (repository ${repository})` : ''}` +
        `${attempts ? ` on ${attempts === 1 ? 'its one attempt' : `all ${attempts} attempts`}` : ''}: ${detail}. Check that ${host} is reachable from the runner.`,
      { cause },
    );
    this.name = 'RegistryConnectionError';
  }
}

function connectionFailure(cause: unknown): string {
  if (isRequestTimeout(cause)) return 'did not answer in time';
  const proxy = proxyTunnelFailure(cause);
  if (proxy) return `could not be reached through the proxy (it answered ${proxy.answer})`;
  for (let e: unknown = cause, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: string }).code === 'ECONNREFUSED') return 'refused the connection';
  }
  return 'dropped the connection';
}

/** The error and its causes, each with its code: the socket error under a wrapper says what happened. */
function connectionDetail(err: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: string }).code;
    const message = e instanceof Error ? e.message : String(e);
    parts.push(code && !message.includes(code) ? `${message} (${code})` : message);
  }
  return parts.join(': ') || 'no answer';
}

/** The repository a distribution API URL addresses (`/v2/<name>/manifests/...`), if it is one. */
export function repositoryOfUrl(url: string): string | undefined {
  try {
    return /^\/v2\/(.+?)\/(?:blobs|manifests|tags|referrers)\//.exec(new URL(url).pathname)?.[1];
  } catch {
    return undefined;
  }
}

/** An upload session the registry no longer knows: the blob goes up again in a new one. */
export class UploadRestartError extends Error {
  constructor(readonly reason: string) {
    super(`blob upload must start over: ${reason}`);
    this.name = 'UploadRestartError';
  }
}

const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'ENETUNREACH']);

/** A refused, dropped, reset or timed-out connection (node:http's errors, or an error caused by one). */
export function isNetworkError(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: string }).code;
    if (code && NETWORK_CODES.has(code)) return true;
    // A proxy that could not reach the registry (502, 503...): as a connection that failed.
    if (code === 'ERR_PROXY_TUNNEL') return true;
    const message = e instanceof Error ? e.message : '';
    if (/socket hang up|ECONNRESET/i.test(message)) return true;
  }
  return false;
}

/** Throttling, server errors and dropped connections are worth another attempt; anything else is not. */
export function isRetryableRegistryError(err: unknown): boolean {
  if (err instanceof RegistryError) return err.status === 429 || err.status >= 500;
  if (err instanceof UploadRestartError) return true;
  return isNetworkError(err);
}
