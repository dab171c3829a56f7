import { request as httpRequest, createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** The faults injected by default: error statuses and connection resets. */
export const FAULT_KINDS = [
  'status-500',
  'status-502',
  'status-503',
  'status-429',
  'status-429-retry-after',
  'reset-request',
  'reset-response',
] as const;
/**
 * Every fault the proxy can inject: the defaults, S3's `SlowDown` (503 with its XML error), a stalled answer
 * (nothing for `stallMs`, then the connection drops), and a one-off 401 as when a token expires mid-push.
 */
export const ALL_FAULT_KINDS = [...FAULT_KINDS, 's3-slowdown', 'stall', 'unauthorized'] as const;
export type FaultKind = (typeof ALL_FAULT_KINDS)[number];

/** What the proxy saw and did: requests forwarded, faults by kind. */
export interface FaultReport {
  requests: number;
  faults: Record<FaultKind, number>;
  totalFaults: number;
}

export interface FaultProxyOptions {
  /** The server behind the proxy: http://127.0.0.1:<port> */
  target: string;
  /** The share of requests that get a fault, 0..1. */
  rate: number;
  seed: number;
  kinds?: readonly FaultKind[];
  /** Which requests may get a fault (all by default). */
  eligible?: (method: string, path: string) => boolean;
  /** How error bodies look: the registry's JSON errors (default) or S3's XML errors. */
  flavor?: 'registry' | 's3';
  /** How long a stalled answer hangs before the connection drops; bounded so that no client waits forever. */
  stallMs?: number;
}

export interface FaultProxy {
  url: string;
  host: string;
  /** Faults injected, by kind. */
  faults: Record<FaultKind, number>;
  requests: number;
  totalFaults(): number;
  /** Changes the fault rate from the next request on. */
  setRate(rate: number): void;
  /** Changes which faults are drawn from the next request on. */
  setKinds(kinds: readonly FaultKind[]): void;
  /** The next eligible request (after `afterRequests` more) is answered 401, once, as when a token expires. */
  expireTokenOnce(afterRequests?: number): void;
  report(): FaultReport;
  stop(): Promise<void>;
}

/** mulberry32: a small seeded PRNG, so a run's faults can be reproduced. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An injected error's body: the registry's JSON errors or S3's XML errors. */
function errorBody(s3: boolean, status: number, code: string): { type: string; body: string } {
  return s3
    ? {
        type: 'application/xml',
        body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>injected ${status}</Message><RequestId>fault</RequestId></Error>`,
      }
    : { type: 'application/json', body: JSON.stringify({ errors: [{ code, message: `injected ${status}` }] }) };
}

/** Passes a request to the server behind; with `cutAnswer`, drops the connection early in the answer. */
function forward(target: URL, req: IncomingMessage, res: ServerResponse, cutAnswer: boolean): void {
  const upstream = httpRequest(
    { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      if (!cutAnswer) {
        answer.pipe(res);
        return;
      }
      // Send the head and half of the body's first chunk, then close the connection after them (a FIN, not a reset
      // that could discard them before the client reads them): the client always sees an answer cut short.
      const cut = () => {
        req.socket.end();
        answer.destroy();
      };
      let body = false;
      answer.once('data', (chunk: Buffer) => {
        body = true;
        answer.pause();
        if (chunk.length > 1) res.write(chunk.subarray(0, Math.floor(chunk.length / 2)), cut);
        else cut();
      });
      // An answer without a body is lost whole: the client never hears it.
      answer.on('end', () => body || req.socket.destroy());
      if (req.method === 'HEAD') req.socket.destroy();
    },
  );
  upstream.on('error', () => req.socket.destroy());
  req.pipe(upstream);
}

/** Answers an error without forwarding, once the request's body has arrived. */
function answerError(
  s3: boolean,
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  code: string,
  extra = {},
): void {
  const { type, body } = errorBody(s3, status, code);
  req.resume();
  req.on('end', () => {
    res.writeHead(status, { 'content-type': type, ...extra });
    res.end(body);
  });
}

/** Basic for the htpasswd registry: the client must send its credentials again (or fetch a new token). */
const UNAUTHORIZED = { 'www-authenticate': 'Basic realm="test-registry"' };

/** What a fault needs besides the request: the flavor, the target, how to stall and where its timers go. */
interface FaultContext {
  s3: boolean;
  target: URL;
  stallMs: number;
  timers: Set<NodeJS.Timeout>;
}

/** Does to one request what `kind` says. */
function injectFault(kind: FaultKind, ctx: FaultContext, req: IncomingMessage, res: ServerResponse): void {
  const { s3 } = ctx;
  if (kind === 'stall') {
    // Hang, then drop the connection: the client's request times out or fails, never completes.
    req.resume();
    const timer = setTimeout(() => {
      ctx.timers.delete(timer);
      req.socket.destroy();
    }, ctx.stallMs);
    ctx.timers.add(timer);
    return;
  }
  if (kind === 's3-slowdown') return answerError(s3, req, res, 503, 'SlowDown');
  if (kind === 'unauthorized') return answerError(s3, req, res, 401, 'UNAUTHORIZED', UNAUTHORIZED);
  if (kind === 'reset-request') {
    // Take a little of the body, then hang up before the server hears of the request.
    req.once('data', () => req.socket.destroy());
    req.once('end', () => req.socket.destroy());
    if (!req.headers['content-length'] || req.headers['content-length'] === '0') req.socket.destroy();
    return;
  }
  if (kind === 'reset-response') return forward(ctx.target, req, res, true);
  const status = Number(kind.split('-')[1]);
  const code = status === 429 ? (s3 ? 'TooManyRequests' : 'TOOMANYREQUESTS') : s3 ? 'InternalError' : 'UNAVAILABLE';
  answerError(s3, req, res, status, code, kind === 'status-429-retry-after' ? { 'retry-after': '1' } : {});
}

/**
 * An HTTP proxy on 127.0.0.1 in front of a registry or an S3 server that, at a seeded rate, answers
 * 500/502/503/429 (with and without Retry-After) or S3's SlowDown without forwarding, stalls and then hangs up, cuts the connection while the request body arrives (the server
 * never sees it), or forwards the request and then cuts the connection in the middle of the answer (the
 * server did the work, the client does not know). It forwards the Host header, so the registry's upload
 * Locations point back through the proxy.
 */
export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const random = seededRandom(options.seed);
  let kinds = options.kinds ?? FAULT_KINDS;
  const faults = Object.fromEntries(ALL_FAULT_KINDS.map((k) => [k, 0])) as Record<FaultKind, number>;
  const sockets = new Set<Socket>();
  const state = { requests: 0, rate: options.rate, unauthorizedIn: -1 };
  const ctx: FaultContext = {
    s3: options.flavor === 's3',
    target: new URL(options.target),
    stallMs: options.stallMs ?? 1500,
    timers: new Set(),
  };

  const server = createServer((req, res) => {
    state.requests++;
    const eligible = options.eligible?.(req.method ?? 'GET', req.url ?? '/') ?? true;
    if (eligible && state.unauthorizedIn >= 0 && state.unauthorizedIn-- === 0) {
      faults.unauthorized++;
      answerError(ctx.s3, req, res, 401, 'UNAUTHORIZED', UNAUTHORIZED);
      return;
    }
    if (!eligible || random() >= state.rate) {
      forward(ctx.target, req, res, false);
      return;
    }
    const kind = kinds[Math.floor(random() * kinds.length)];
    faults[kind]++;
    injectFault(kind, ctx, req, res);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    faults,
    get requests() {
      return state.requests;
    },
    totalFaults: () => Object.values(faults).reduce((a, b) => a + b, 0),
    setRate: (rate) => void (state.rate = rate),
    setKinds: (next) => void (kinds = next),
    expireTokenOnce: (afterRequests = 0) => void (state.unauthorizedIn = afterRequests),
    report: () => ({
      requests: state.requests,
      faults: { ...faults },
      totalFaults: Object.values(faults).reduce((a, b) => a + b, 0),
    }),
    stop: () =>
      new Promise<void>((resolve) => {
        for (const t of ctx.timers) clearTimeout(t);
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
