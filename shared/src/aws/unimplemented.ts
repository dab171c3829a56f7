import type { DeserializeMiddleware, Pluggable } from '@aws-sdk/types';

/**
 * An endpoint that does not implement an operation (an emulator such as moto answers HTTP 500 with an HTML page,
 * others 501 or UnknownOperationException) gives the same answer on every attempt: the SDK must not retry it.
 * This error carries no HTTP status, so the SDK's retry strategy sees a client error and gives up at once.
 */
export class OperationNotImplemented extends Error {
  constructor(
    readonly endpoint: string,
    readonly service: string,
    readonly operation: string,
    readonly answer: string,
  ) {
    super(`${endpoint} does not implement ${service} ${operation} (it answered ${answer})`);
    this.name = 'OperationNotImplemented';
  }
}

const UNKNOWN_OPERATION = ['UnknownOperationException', 'UnknownOperation', 'InvalidAction', 'NotImplemented'];

interface AnsweredError {
  name?: string;
  $response?: { statusCode?: number; headers?: Record<string, string | undefined> };
  $metadata?: { httpStatusCode?: number };
}

/** How the endpoint said it does not implement the operation, or undefined for any other error. */
export function notImplementedAnswer(err: unknown): string | undefined {
  const e = (err ?? {}) as AnsweredError;
  const status = e.$response?.statusCode ?? e.$metadata?.httpStatusCode;
  const type = e.$response?.headers?.['content-type'] ?? '';
  if (UNKNOWN_OPERATION.includes(e.name ?? '')) return `${e.name}${status ? ` (HTTP ${status})` : ''}`;
  if (status === 501) return 'HTTP 501 Not Implemented';
  // AWS answers its JSON and XML protocols in kind; an HTML error page comes from something else.
  if (status === 500 && /html/i.test(type)) return 'HTTP 500 with an HTML page';
  return undefined;
}

interface RequestLike {
  protocol?: string;
  hostname?: string;
  port?: number;
}

/** scheme://host[:port] of an SDK request, for error messages. */
export function endpointOf(request: unknown): string {
  const r = (request ?? {}) as RequestLike;
  if (!r.hostname) return 'the endpoint';
  return `${r.protocol ?? 'https:'}//${r.hostname}${r.port ? `:${r.port}` : ''}`;
}

const failFast: DeserializeMiddleware<object, object> = (next, context) => async (args) => {
  try {
    return await next(args);
  } catch (err) {
    const answer = notImplementedAnswer(err);
    if (answer === undefined) throw err;
    const service = (context.clientName ?? '').replace(/Client$/, '') || 'AWS';
    const operation = (context.commandName ?? '').replace(/Command$/, '') || 'operation';
    throw new OperationNotImplemented(endpointOf(args.request), service, operation, answer);
  }
};

/** Added to every AWS client: an operation the endpoint does not implement fails after one attempt. */
export const failFastOnUnimplementedOperations: Pluggable<object, object> = {
  applyToStack: (stack) => {
    // Outside the deserializer (priority high), so it sees what the deserializer threw; inside the retry step.
    stack.add(failFast, { step: 'deserialize', priority: 'high', name: 'failFastOnUnimplementedOperations' });
  },
};
