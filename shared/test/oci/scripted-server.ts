import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** What a scripted server answers: a status, headers and an optional body (JSON when not a string). */
export interface ScriptedAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: string | object;
}

export interface ScriptedRequest {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  /** Bytes of the request body. */
  bytes: number;
}

export interface ScriptedServer {
  url: string;
  host: string;
  requests: ScriptedRequest[];
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 that answers each request by a handler and records it: a registry in a table. */
export async function startScriptedServer(
  handler: (req: ScriptedRequest, base: string) => ScriptedAnswer,
): Promise<ScriptedServer> {
  const requests: ScriptedRequest[] = [];
  const sockets = new Set<Socket>();
  let base = '';
  const server: Server = createServer((req, res) => {
    let bytes = 0;
    req.on('data', (c: Buffer) => (bytes += c.length));
    req.on('end', () => {
      const recorded = { method: req.method ?? 'GET', url: new URL(req.url ?? '/', base), headers: req.headers, bytes };
      requests.push(recorded);
      const answer = handler(recorded, base);
      const body =
        answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
      const type = typeof answer.body === 'object' ? { 'content-type': 'application/json' } : {};
      res.writeHead(answer.status, { ...type, ...answer.headers, 'content-length': Buffer.byteLength(body) });
      res.end(req.method === 'HEAD' ? undefined : body);
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  return {
    url: base,
    host: `127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

export interface ScriptedStall {
  url: string;
  /** Upload requests (PATCH or PUT with a body) the server stopped reading and never answered. */
  stalled(): number;
  close(): Promise<void>;
}

/**
 * A registry that opens upload sessions but, on the request carrying a blob's bytes, stops reading after the
 * headers and never answers: the client's writes back up and its request stalls, as on a dead link.
 */
export async function startStallingUploads(): Promise<ScriptedStall> {
  let stalled = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    if (req.method === 'HEAD') return void res.writeHead(404).end();
    if (req.method === 'POST') return void res.writeHead(202, { location: '/v2/shop/api/blobs/uploads/u1' }).end();
    stalled++;
    req.socket.pause();
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stalled: () => stalled,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
