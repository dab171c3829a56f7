import type { RequestTimeouts } from './timeouts';

/** A request that got no answer in time; `code` is ETIMEDOUT so that it is classified as a network error. */
export class RequestTimeoutError extends Error {
  readonly code = 'ETIMEDOUT';
  constructor(
    readonly url: string,
    readonly waitedMs: number,
    what: 'answer' | 'more of the answer',
  ) {
    super(`no ${what} from ${new URL(url).origin} within ${waitedMs / 1000} s`);
    this.name = 'RequestTimeoutError';
  }
}

/** Whether an error is, or was caused by, a request that timed out. */
export function isRequestTimeout(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof RequestTimeoutError) return true;
  }
  return false;
}

/**
 * The slowest upload a request body is given time for before its answer is due: fetch does not report how much
 * of a body it has sent, so the wait for the answer grows with the body (a 16 MiB chunk gets 64 s more).
 */
const SLOWEST_UPLOAD_BYTES_PER_SECOND = 256 * 1024;
const NULL_BODY_STATUSES = [101, 204, 205, 304];

function bodyLength(body: unknown): number {
  if (body instanceof Uint8Array) return body.byteLength;
  if (typeof body === 'string') return Buffer.byteLength(body);
  return 0;
}

/**
 * `fetch` bounded in time: the answer's status and headers must arrive within the connect and idle timeouts
 * (plus time to send the body), and its body may then pause for at most the idle timeout between two chunks.
 * A timeout aborts the request with a RequestTimeoutError. The timers never keep the process alive.
 */
export function fetchWithTimeouts(fetchImpl: typeof fetch, timeouts: RequestTimeouts): typeof fetch {
  return async (input, init = {}) => {
    const url = input instanceof Request ? input.url : String(input);
    const controller = new AbortController();
    const answerMs =
      timeouts.connectMs +
      timeouts.idleMs +
      Math.ceil((bodyLength(init.body) / SLOWEST_UPLOAD_BYTES_PER_SECOND) * 1000);
    const timer = setTimeout(() => controller.abort(new RequestTimeoutError(url, answerMs, 'answer')), answerMs);
    timer.unref();
    let res: Response;
    try {
      res = await fetchImpl(input, {
        ...init,
        signal: init.signal ? AbortSignal.any([init.signal, controller.signal]) : controller.signal,
      });
    } catch (err) {
      throw controller.signal.aborted ? controller.signal.reason : err;
    } finally {
      clearTimeout(timer);
    }
    if (!res.body || NULL_BODY_STATUSES.includes(res.status)) return res;
    const idleMs = timeouts.idleMs;
    const reader = res.body.getReader();
    // The idle timer runs only while a read waits on the network, never while the reader is busy elsewhere.
    const watched = new ReadableStream<Uint8Array>(
      {
        pull: async (out) => {
          const idle = setTimeout(
            () => controller.abort(new RequestTimeoutError(url, idleMs, 'more of the answer')),
            idleMs,
          );
          idle.unref();
          try {
            const { done, value } = await reader.read();
            if (done) out.close();
            else out.enqueue(value);
          } catch (err) {
            throw controller.signal.aborted ? controller.signal.reason : err;
          } finally {
            clearTimeout(idle);
          }
        },
        cancel: (reason) => reader.cancel(reason),
      },
      { highWaterMark: 0 },
    );
    return new Response(watched, { status: res.status, statusText: res.statusText, headers: res.headers });
  };
}

/** An HTTP answer that is an error; `status` is what the retry classifier reads. */
export class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpStatusError';
  }
}

/** Too many requests, or the server's failure: another attempt may be answered. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/** Connections that broke before an answer came: fetch's own failure (a TypeError), or a reset socket. */
const DROPPED = ['ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'UND_ERR_SOCKET'];

/**
 * The one classifier for HTTP requests the actions make without the AWS SDK (the OIDC token, the GitHub API): an answer 429 or 5xx, or a connection dropped or refused, is worth another
 * attempt. A request that timed out is not: a silent endpoint costs a whole idle timeout per attempt.
 */
export function isRetryableHttpError(err: unknown): boolean {
  if (isRequestTimeout(err)) return false;
  const e = (err ?? {}) as { status?: unknown; code?: string; name?: string; cause?: { code?: string } };
  if (typeof e.status === 'number') return isRetryableStatus(e.status);
  return e.name === 'TypeError' || DROPPED.includes(e.code ?? '') || DROPPED.includes(e.cause?.code ?? '');
}
