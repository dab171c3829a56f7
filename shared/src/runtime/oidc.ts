import { UnreachableEndpointError } from './errors';
import { fetchWithTimeouts, HttpStatusError, isRequestTimeout, isRetryableHttpError } from './http';
import { withRetry } from './retry';
import { requestTimeouts, type RequestTimeouts } from './timeouts';

export interface IdTokenRequestOptions {
  env?: NodeJS.ProcessEnv;
  fetchImpl?: typeof fetch;
  /** Injected in tests. */
  timeouts?: Partial<RequestTimeouts>;
  sleep?: (ms: number) => Promise<void>;
}

const ATTEMPTS = 3;

/**
 * A GitHub OIDC token for the audience, asked of the runner's token service as `@actions/core` asks it, but bounded
 * in time: a service that does not answer, or refuses, fails after a few attempts naming the service.
 * The caller has checked that ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are set.
 */
export async function requestIdToken(audience: string, options: IdTokenRequestOptions = {}): Promise<string> {
  const env = options.env ?? process.env;
  const timeouts = requestTimeouts(options.timeouts);
  const fetchTimed = fetchWithTimeouts(options.fetchImpl ?? fetch, timeouts);
  const url = new URL(env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '');
  url.searchParams.set('audience', audience);
  let timedOut = 0;
  let attempts = 0;
  try {
    return await withRetry(
      async (attempt) => {
        attempts = attempt;
        const res = await fetchTimed(url, {
          headers: { authorization: `Bearer ${env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? ''}`, accept: 'application/json' },
        });
        const text = await res.text();
        if (!res.ok) throw new HttpStatusError(res.status, `HTTP ${res.status}: ${text.slice(0, 200)}`);
        const value = (JSON.parse(text) as { value?: unknown }).value;
        if (typeof value !== 'string' || !value) throw new Error('the answer holds no token');
        return value;
      },
      {
        attempts: ATTEMPTS,
        baseDelayMs: 500,
        maxDelayMs: 4000,
        // A silent service costs an idle timeout per attempt: only so many of those.
        retryable: (err) =>
          isRequestTimeout(err) ? ++timedOut < timeouts.timedOutAttempts : isRetryableHttpError(err),
        sleep: options.sleep,
      },
    );
  } catch (err) {
    const status = (err as { status?: number }).status;
    if (status !== undefined || !(isRequestTimeout(err) || isFetchFailure(err))) throw err;
    throw new UnreachableEndpointError(
      url.origin,
      'the OIDC token request',
      `The GitHub OIDC token service ${url.origin} ${isRequestTimeout(err) ? 'did not answer in time' : 'could not be reached'} on ${attempts === 1 ? 'its one attempt' : `all ${attempts} attempts`}: ${connectionDetail(err)}.`,
      { cause: err },
    );
  }
}

/** fetch's own failure to connect or to read (a TypeError, perhaps of another realm, with the socket error as cause). */
function isFetchFailure(err: unknown): boolean {
  return (err as { name?: string } | undefined)?.name === 'TypeError';
}

function connectionDetail(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  const message = err instanceof Error ? err.message : String(err);
  return cause?.message ? `${message}: ${cause.message}` : message;
}
