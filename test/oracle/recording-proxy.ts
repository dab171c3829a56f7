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

/** Rewrites an answer's status and headers before the client sees them (the body passes as it is). */
export type AnswerRewrite = (
  request: RecordedRequest,
  answer: { status: number; headers: IncomingMessage['headers'] },
) => { status: number; headers: IncomingMessage['headers'] };

export interface RecordingProxy {
  url: string;
  requests: RecordedRequest[];
  stop(): Promise<void>;
}

/**
 * An HTTP proxy in front of a local server that records every request (method, path with query, headers), and
 * with `rewrite` answers as another server would (another status, other headers).
 */
export async function startRecordingProxy(target: string, rewrite?: AnswerRewrite): Promise<RecordingProxy> {
  const { hostname, port } = new URL(target);
  const requests: RecordedRequest[] = [];
  const forward = (req: IncomingMessage, res: ServerResponse) => {
    const recorded = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, bytes: 0 };
    requests.push(recorded);
    req.on('data', (chunk: Buffer) => (recorded.bytes += chunk.length));
    // The Host header stays the proxy's, so that the server's Location headers point back through the proxy.
    const upstream = request({ hostname, port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      const seen = { status: answer.statusCode ?? 502, headers: answer.headers };
      const { status, headers } = rewrite ? rewrite(recorded, seen) : seen;
      res.writeHead(status, headers);
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
