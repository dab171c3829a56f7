import { createServer, type Server } from 'node:http';
import { fetchWithTimeouts, isRequestTimeout, RequestTimeoutError } from '../../src/runtime/http';

/** The idle timeout bounds silence, not the length of a transfer nor the time its reader takes. */

const TIMEOUTS = { connectMs: 1000, idleMs: 300, timedOutAttempts: 2 };
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    if (req.url === '/trickle') {
      // Ten pieces, 100 ms apart: a second in all, never 300 ms of silence.
      let sent = 0;
      const timer = setInterval(() => {
        res.write(`${sent}`);
        if (++sent === 10) {
          clearInterval(timer);
          res.end();
        }
      }, 100);
      return;
    }
    res.end('whole answer');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const timedFetch = () => fetchWithTimeouts(fetch, TIMEOUTS);

test('an answer that keeps arriving is read whole, however long it takes', async () => {
  const res = await timedFetch()(`${url}/trickle`);
  expect(await res.text()).toBe('0123456789');
});

test('a reader busy for longer than the idle timeout does not time the request out', async () => {
  const res = await timedFetch()(`${url}/whole`);
  await new Promise((resolve) => setTimeout(resolve, 3 * TIMEOUTS.idleMs));
  expect(await res.text()).toBe('whole answer');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/plain');
});

test('a timeout is recognisable under the errors that wrap it', () => {
  const timeout = new RequestTimeoutError('http://127.0.0.1:9/v2/', 300, 'answer');
  expect(timeout.message).toBe('no answer from http://127.0.0.1:9 within 0.3 s');
  expect(isRequestTimeout(new Error('wrapped', { cause: timeout }))).toBe(true);
  expect(isRequestTimeout(new Error('plain'))).toBe(false);
});
