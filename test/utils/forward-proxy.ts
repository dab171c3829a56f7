import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

/**
 * A forward proxy on 127.0.0.1, as on a network whose runners reach the outside only through one: plain http
 * requests in absolute form are forwarded, https ones tunnelled with CONNECT. It asks for its own credentials
 * (Proxy-Authorization, basic), reaches only loopback, and records what went through it.
 */
export interface ForwardProxy {
  /** http://user:password@127.0.0.1:<port>, as https_proxy and http_proxy carry it. */
  url: string;
  port: number;
  /** `CONNECT 127.0.0.1:443`, `GET http://127.0.0.1:5000/v2/`...: each request that went through. */
  seen: string[];
  /** Requests refused for want of the proxy's credentials. */
  refused: number;
  stop(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost']);

function authorised(req: IncomingMessage, expected: string): boolean {
  return req.headers['proxy-authorization'] === expected;
}

function forward(req: IncomingMessage, res: ServerResponse): void {
  const target = new URL(req.url ?? '');
  const headers = { ...req.headers };
  delete headers['proxy-authorization'];
  delete headers['proxy-connection'];
  const upstream = request(
    { host: target.hostname, port: target.port, path: target.pathname + target.search, method: req.method, headers },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => res.destroy());
  req.pipe(upstream);
}

function tunnel(req: IncomingMessage, client: Socket, head: Buffer, open: Set<Socket>): void {
  const [host, port] = (req.url ?? '').split(':');
  open.add(client);
  client.on('close', () => open.delete(client));
  const upstream = connect(Number(port), host, () => {
    client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length) upstream.write(head);
    upstream.pipe(client);
    client.pipe(upstream);
  });
  upstream.on('error', () => client.destroy());
  client.on('error', () => upstream.destroy());
}

export async function startForwardProxy(username: string, password: string): Promise<ForwardProxy> {
  const expected = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  const seen: string[] = [];
  let refused = 0;
  const tunnels = new Set<Socket>();
  const server = createServer((req, res) => {
    if (!authorised(req, expected)) {
      refused++;
      return void res.writeHead(407, { 'proxy-authenticate': 'Basic realm="proxy"' }).end();
    }
    const target = URL.canParse(req.url ?? '') ? new URL(req.url!) : undefined;
    if (!target || !LOOPBACK.has(target.hostname)) return void res.writeHead(502).end();
    seen.push(`${req.method} ${req.url}`);
    forward(req, res);
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    if (!authorised(req, expected)) {
      refused++;
      return void client.end(
        'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="proxy"\r\n\r\n',
      );
    }
    if (!LOOPBACK.has((req.url ?? '').split(':')[0])) return void client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
    seen.push(`CONNECT ${req.url}`);
    tunnel(req, client, head, tunnels);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${username}:${encodeURIComponent(password)}@127.0.0.1:${port}`,
    port,
    seen,
    get refused() {
      return refused;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        for (const socket of tunnels) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
