import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the server behind the proxy saw it. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  /** Bytes of the request's body that went through. */
  bytes: number;
}

export interface RecordingProxy {
  url: string;
  requests: RecordedRequest[];
  stop(): Promise<void>;
}

/** An HTTP proxy in front of a local server that records every request (method, path with query, headers). */
export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const { hostname, port } = new URL(target);
  const requests: RecordedRequest[] = [];
  const forward = (req: IncomingMessage, res: ServerResponse) => {
    const recorded = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, bytes: 0 };
    requests.push(recorded);
    req.on('data', (chunk: Buffer) => (recorded.bytes += chunk.length));
    // The Host header stays the proxy's, so that the server's Location headers point back through the proxy.
    const upstream = request({ hostname, port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  };
  const server = createServer(forward);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
