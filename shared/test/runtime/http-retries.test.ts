import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { listOrgRepositories } from '../../../actions/provision-repo/src/provision/github-repositories';
import { ConfigurationError } from '../../src/runtime/errors';
import { MemoryLogger } from '../../../test/utils/loggers';
import { requestIdToken } from '../../src/runtime/oidc';

/**
 * The requests made without the AWS SDK (the OIDC token, the GitHub API) share one classifier: 429, 5xx and an
 * exhausted GitHub rate limit are tried again, any other answer is final. A local server plays the answers.
 */

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

let server: Server;
let url: string;
let answers: Answer[];
let requests: string[];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const answer = answers.shift() ?? { status: 500 };
    const headers = { 'content-type': 'application/json', ...answer.headers };
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v.replace('{url}', url));
    res.writeHead(answer.status);
    res.end(JSON.stringify(answer.body ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  requests = [];
});

const noSleep = async () => undefined;

describe('the OIDC token request', () => {
  const ask = () =>
    requestIdToken('sts.amazonaws.com', {
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/token`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runner-token' },
      sleep: noSleep,
    });

  test.each<[string, Answer[], number]>([
    ['503 twice, then the token', [{ status: 503 }, { status: 503 }, { status: 200, body: { value: 'jwt' } }], 3],
    ['429, then the token', [{ status: 429 }, { status: 200, body: { value: 'jwt' } }], 2],
  ])('%s', async (_name, given, attempts) => {
    answers = [...given];
    await expect(ask()).resolves.toBe('jwt');
    expect(requests).toHaveLength(attempts);
  });

  test.each([401, 403, 404])('%i is final: asked once', async (status) => {
    answers = [{ status }, { status: 200, body: { value: 'jwt' } }];
    await expect(ask()).rejects.toThrow(`HTTP ${status}`);
    expect(requests).toHaveLength(1);
  });
});

describe("the organisation's repositories", () => {
  const list = () =>
    listOrgRepositories({
      org: 'acme',
      pattern: 'shop-*',
      token: 'ghs_secret',
      apiUrl: url,
      logger: new MemoryLogger(),
      sleep: noSleep,
    });
  const page1: Answer = {
    status: 200,
    body: [{ name: 'shop-api' }, { name: 'other' }],
    headers: { link: '<{url}/orgs/acme/repos?per_page=100&type=all&page=2>; rel="next"' },
  };
  const page2: Answer = { status: 200, body: [{ name: 'shop-web' }, { name: 'shop-old', archived: true }] };

  test.each<[string, Answer[], number]>([
    ['every page answered', [page1, page2], 2],
    ['a 503 on the first page, tried again', [{ status: 503 }, page1, page2], 3],
    ['a 502 on the second page, tried again', [page1, { status: 502 }, page2], 3],
    [
      'an exhausted rate limit (403) is waited out',
      [{ status: 403, headers: { 'x-ratelimit-remaining': '0' } }, page1, page2],
      3,
    ],
  ])('%s', async (_name, given, count) => {
    answers = [...given];
    await expect(list()).resolves.toEqual(['shop-api', 'shop-web']);
    expect(requests).toHaveLength(count);
  });

  test.each([401, 403, 404])('%i is a refusal, asked once, and says what the token needs', async (status) => {
    answers = [{ status }, page1, page2];
    const error = await list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain('metadata: read');
    expect(requests).toHaveLength(1);
  });
});
