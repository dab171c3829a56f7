import { fetchWithTimeouts } from '../runtime/http';
import { requestTimeouts } from '../runtime/timeouts';

/**
 * What @sigstore/sign sends its Fulcio, Rekor and timestamp requests through, in place of make-fetch-happen: the
 * bundles (scripts/build.ts) and the tests (jest.config.js) resolve `make-fetch-happen` to this module. Those
 * requests then go through the actions' one HTTP layer for such calls, fetch bounded by `fetchWithTimeouts`,
 * instead of a second client with its own disk cache, proxy agents and retries (about 350 KB that every start-up
 * parsed for nothing). Our own module because @sigstore/sign has no option for its HTTP client.
 *
 * make-fetch-happen's options that @sigstore/sign passes are honoured as follows:
 * - `timeout`: the answer must come within it, and its body may then pause for at most as long;
 * - `retry`: not here. @sigstore/sign asks for none (`retry: false`) and retries in its own loop, as often as
 *   `sigstoreRequestOptions` tells it. The one caller that asks for retries, its CI identity provider, is not used:
 *   the actions ask for the OIDC token themselves (runtime/oidc.ts), with their own bounded retries.
 */
export interface SigstoreFetchOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  timeout?: number;
  retry?: unknown;
}

/** A request of @sigstore/sign: at most `timeout` (else the actions' idle timeout) without a sign of life. */
export default function sigstoreFetch(url: string, options: SigstoreFetchOptions = {}): Promise<Response> {
  const idleMs = options.timeout || requestTimeouts().idleMs;
  const fetchTimed = fetchWithTimeouts(fetch, { connectMs: 0, idleMs, timedOutAttempts: 1 });
  return fetchTimed(url, { method: options.method ?? 'GET', headers: options.headers, body: options.body });
}
