import { request as httpRequest, createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** The faults the proxy can inject. */
export const FAULT_KINDS = [
  'status-500',
  'status-502',
  'status-503',
  'status-429',
  'status-429-retry-after',
  'reset-request',
  'reset-response',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultProxyOptions {
  /** The server behind the proxy: http://127.0.0.1:<port> */
  target: string;
  /** The share of requests that get a fault, 0..1. */
  rate: number;
  seed: number;
  kinds?: readonly FaultKind[];
  /** Which requests may get a fault (all by default). */
  eligible?: (method: string, path: string) => boolean;
}

export interface FaultProxy {
  url: string;
  host: string;
  /** Faults injected, by kind. */
  faults: Record<FaultKind, number>;
  requests: number;
  totalFaults(): number;
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

/**
 * An HTTP proxy on 127.0.0.1 in front of a registry that, at a seeded rate, answers 500/502/503/429 (with and
 * without Retry-After) without forwarding, cuts the connection while the request body arrives (the server
 * never sees it), or forwards the request and then cuts the connection in the middle of the answer (the
 * server did the work, the client does not know). It forwards the Host header, so the registry's upload
 * Locations point back through the proxy.
 */
export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const random = seededRandom(options.seed);
  const kinds = options.kinds ?? FAULT_KINDS;
  const target = new URL(options.target);
  const faults = Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as Record<FaultKind, number>;
  const sockets = new Set<Socket>();
  const state = { requests: 0 };

  const forward = (req: IncomingMessage, res: ServerResponse, cutAnswer: boolean) => {
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        if (!cutAnswer) {
          answer.pipe(res);
          return;
        }
        // Send the head and at most a little of the body, then drop the connection.
        let sent = 0;
        answer.on('data', (chunk: Buffer) => {
          if (sent === 0 && chunk.length > 1) res.write(chunk.subarray(0, Math.floor(chunk.length / 2)));
          sent += chunk.length;
          req.socket.destroy();
          answer.destroy();
        });
        answer.on('end', () => req.socket.destroy());
        if (req.method === 'HEAD') req.socket.destroy();
      },
    );
    upstream.on('error', () => req.socket.destroy());
    req.pipe(upstream);
  };

  const server = createServer((req, res) => {
    state.requests++;
    const eligible = options.eligible?.(req.method ?? 'GET', req.url ?? '/') ?? true;
    if (!eligible || random() >= options.rate) {
      forward(req, res, false);
      return;
    }
    const kind = kinds[Math.floor(random() * kinds.length)];
    faults[kind]++;
    if (kind === 'reset-request') {
      // Take a little of the body, then hang up before the server hears of the request.
      req.once('data', () => req.socket.destroy());
      req.once('end', () => req.socket.destroy());
      if (!req.headers['content-length'] || req.headers['content-length'] === '0') req.socket.destroy();
      return;
    }
    if (kind === 'reset-response') {
      forward(req, res, true);
      return;
    }
    const status = Number(kind.split('-')[1]);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (kind === 'status-429-retry-after') headers['retry-after'] = '1';
    req.resume();
    req.on('end', () => {
      res.writeHead(status, headers);
      res.end(
        JSON.stringify({ errors: [{ code: status === 429 ? 'TOOMANYREQUESTS' : 'UNAVAILABLE', message: 'injected' }] }),
      );
    });
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
    stop: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
