import type { DeserializeMiddleware, Pluggable } from '@aws-sdk/types';
import { errorMessage, UnreachableEndpointError } from '../runtime/errors';
import { proxyRefusal, proxyTunnelFailure } from '../runtime/proxy';
import type { RequestTimeouts } from '../runtime/timeouts';
import { endpointOf } from './unimplemented';

const REFUSED_CODES = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'];

/**
 * How an attempt went unanswered: timed out (no connection, or silence for the idle timeout) or refused (no one
 * listens, no such host). A reset or a broken pipe is neither: the endpoint answered once and may again.
 */
export function unansweredKind(err: unknown): 'timeout' | 'refused' | undefined {
  const e = (err ?? {}) as { name?: string; code?: string };
  if (e.code && REFUSED_CODES.includes(e.code)) return 'refused';
  // The SDK's HTTP handler names its connect and idle timeouts TimeoutError (and a reset, which has a code).
  if (e.name === 'TimeoutError' && (!e.code || e.code === 'ETIMEDOUT')) return 'timeout';
  return undefined;
}

/**
 * A proxy that did not open the tunnel to the endpoint, final at once (the SDK does not retry it): its refusal (407,
 * 403) as the user's to fix, any other answer or its silence as the endpoint unreachable through it.
 */
function throughProxyFailure(err: unknown, endpoint: string, operation: string): Error | undefined {
  const failure = proxyTunnelFailure(err);
  if (!failure) return undefined;
  const refusal = proxyRefusal(err, endpoint);
  if (refusal) return refusal;
  const how = failure.answer ? `it answered ${failure.answer}` : 'it did not answer in time';
  return new UnreachableEndpointError(
    endpoint,
    operation,
    `The endpoint ${endpoint} could not be reached through the proxy for ${operation} (${how}). Check that the proxy reaches ${endpoint}, or add its host to no_proxy if the runner reaches it directly.`,
  );
}

/**
 * Added to every AWS client, inside the SDK's retry loop: an attempt that times out or is refused is retried by the
 * SDK, but at most `timedOutAttempts` attempts of one call may time out; then (or on the last attempt) the call
 * fails with an UnreachableEndpointError naming the endpoint and the operation, which no layer retries.
 */
export function boundUnansweredAttempts(maxAttempts: number, timeouts: RequestTimeouts): Pluggable<object, object> {
  const seen = new WeakMap<object, { attempts: number; timeouts: number }>();
  const middleware: DeserializeMiddleware<object, object> = (next, context) => async (args) => {
    const count = seen.get(context) ?? { attempts: 0, timeouts: 0 };
    seen.set(context, count);
    count.attempts++;
    try {
      return await next(args);
    } catch (err) {
      const endpoint = endpointOf(args.request);
      const service = (context.clientName ?? '').replace(/Client$/, '') || 'AWS';
      const operation = `${service} ${(context.commandName ?? '').replace(/Command$/, '') || 'request'}`;
      const proxyFailure = throughProxyFailure(err, endpoint, operation);
      if (proxyFailure) throw proxyFailure;
      const kind = unansweredKind(err);
      if (!kind) throw err;
      if (kind === 'timeout') count.timeouts++;
      if (count.attempts < maxAttempts && count.timeouts < timeouts.timedOutAttempts) throw err;
      const code = (err as { code?: string }).code;
      const what =
        kind === 'timeout'
          ? `did not answer ${operation}`
          : `${code === 'ECONNREFUSED' ? 'refused the connection' : 'could not be reached'} for ${operation}`;
      // No `cause`: the SDK would retry an error caused by a timeout, and this one is final.
      throw new UnreachableEndpointError(
        endpoint,
        operation,
        `The ${service} endpoint ${endpoint} ${what} on ${count.attempts} attempt${count.attempts === 1 ? '' : 's'} (${errorMessage(err).replace(/\.$/, '')}). ` +
          `Check that ${endpoint} is the right endpoint (AWS_ENDPOINT_URL*, the region) and that the runner can reach it.`,
      );
    }
  };
  return {
    applyToStack: (stack) => {
      stack.add(middleware, { step: 'deserialize', priority: 'high', name: 'boundUnansweredAttempts' });
    },
  };
}
