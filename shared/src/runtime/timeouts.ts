/**
 * How long one request may wait. Every network call of the actions (AWS APIs, registries, the OIDC token URL)
 * is bounded by these, so an endpoint that accepts connections and never answers fails the job in under a minute
 * instead of holding the runner until GitHub's six-hour limit.
 */
export interface RequestTimeouts {
  /** Until the TCP (and TLS) connection is up. */
  connectMs: number;
  /** Between two signs of life of a request once connected: bytes sent or received. */
  idleMs: number;
  /**
   * Attempts of one request that may time out before it fails for good. A refused connection fails at once and is
   * retried as usual; a silent endpoint costs `idleMs` per attempt, so fewer of those are tried.
   */
  timedOutAttempts: number;
}

export const DEFAULT_REQUEST_TIMEOUTS: RequestTimeouts = { connectMs: 5_000, idleMs: 20_000, timedOutAttempts: 2 };

export function requestTimeouts(overrides: Partial<RequestTimeouts> = {}): RequestTimeouts {
  return { ...DEFAULT_REQUEST_TIMEOUTS, ...overrides };
}
