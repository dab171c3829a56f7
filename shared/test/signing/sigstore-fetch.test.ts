import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sigstoreFetch from '../../src/signing/sigstore-fetch';
import { isRequestTimeout } from '../../src/runtime/http';
import { refusingUrl, startSilentServer } from '../../../test/utils/unanswering';

/** A local server whose answer each test chooses; it records what it was sent. */
async function startServer(answer: (req: IncomingMessage, body: string, res: ServerResponse) => void) {
  const seen: { method?: string; url?: string; headers: IncomingMessage['headers']; body: string }[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      seen.push({ method: req.method, url: req.url, headers: req.headers, body });
      answer(req, body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { url, seen, close };
}

describe('the HTTP client @sigstore/sign is given (in place of make-fetch-happen)', () => {
  test('@sigstore/sign resolves make-fetch-happen to it, in the tests as in the bundles', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect((require('make-fetch-happen') as { default: unknown }).default).toBe(sigstoreFetch);
  });

  test.each([
    ['a created entry', 201, true],
    ['a server error (@sigstore/sign retries it)', 503, false],
    ['a refusal (@sigstore/sign does not retry it)', 400, false],
  ])('sends the method, headers and body, and hands back %s untouched', async (_, status, ok) => {
    const server = await startServer((_req, body, res) => {
      res.writeHead(status, { 'content-type': 'application/json', location: '/entries/1' });
      res.end(JSON.stringify({ message: `got ${body.length} bytes` }));
    });
    try {
      const res = await sigstoreFetch(`${server.url}/api/v1/log/entries`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'sigstore-js' },
        body: '{"kind":"hashedrekord"}',
        timeout: 5_000,
        retry: false,
      });
      expect({ status: res.status, ok: res.ok, location: res.headers.get('location') }).toEqual({
        status,
        ok,
        location: '/entries/1',
      });
      expect(await res.json()).toEqual({ message: 'got 23 bytes' });
      expect(server.seen).toHaveLength(1);
      expect(server.seen[0]).toMatchObject({
        method: 'POST',
        url: '/api/v1/log/entries',
        body: '{"kind":"hashedrekord"}',
        headers: { 'content-type': 'application/json', 'user-agent': 'sigstore-js' },
      });
    } finally {
      await server.close();
    }
  });

  test('a GET by default', async () => {
    const server = await startServer((_req, _body, res) => res.end('{}'));
    try {
      expect((await sigstoreFetch(server.url)).status).toBe(200);
      expect(server.seen[0].method).toBe('GET');
    } finally {
      await server.close();
    }
  });

  test('an endpoint that never answers fails after the timeout, as a request timeout', async () => {
    const silent = await startSilentServer();
    try {
      const err = await sigstoreFetch(silent.url, { method: 'POST', body: '{}', timeout: 200 }).catch((e) => e);
      expect(isRequestTimeout(err)).toBe(true);
      expect(String(err)).toContain(`no answer from ${silent.url}`);
      expect(silent.requests()).toBe(1);
    } finally {
      await silent.close();
    }
  });

  test('an answer whose body stops coming fails after the timeout', async () => {
    const server = await startServer((_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"signedCertificate');
    });
    try {
      const res = await sigstoreFetch(server.url, { timeout: 200 });
      const err = await res.json().catch((e: unknown) => e);
      expect(isRequestTimeout(err)).toBe(true);
      expect(String(err)).toContain('no more of the answer');
    } finally {
      await server.close();
    }
  });

  test('a refused connection fails at once, as fetch reports it (@sigstore/sign retries it)', async () => {
    const url = await refusingUrl();
    const err = await sigstoreFetch(url, { timeout: 5_000 }).catch((e: unknown) => e);
    // fetch's TypeError, from Node's realm rather than the test's, with the refusal as its cause.
    expect(err).toMatchObject({ name: 'TypeError', cause: { code: 'ECONNREFUSED' } });
    expect(isRequestTimeout(err)).toBe(false);
  });
});
