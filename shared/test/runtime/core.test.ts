import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as core from '@actions/core';
import { coreContext, coreLogger } from '../../src/runtime/core';
import { ConfigurationError } from '../../src/runtime/errors';

jest.mock('@actions/core');
const mockedCore = jest.mocked(core);

const saved = { ...process.env };
beforeEach(() => {
  jest.clearAllMocks();
  for (const key of ['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'GITHUB_STEP_SUMMARY']) {
    delete process.env[key];
  }
});
afterAll(() => {
  process.env = saved;
});

describe('coreContext', () => {
  test('without id-token permission, asking for a token is a configuration error that names the fix', async () => {
    const error = await coreContext()
      .getIdToken('sts.amazonaws.com')
      .catch((err: unknown) => err);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain("'permissions: id-token: write'");
  });

  /** A runner token service on 127.0.0.1 that answers every request with `status` and `body`. */
  async function tokenService(status: number, body: object): Promise<{ url: string; seen: string[]; close(): void }> {
    const seen: string[] = [];
    const server = createServer((req, res) => {
      seen.push(`${req.headers.authorization} ${req.url}`);
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return { url: `http://127.0.0.1:${port}/token`, seen, close: () => server.close() };
  }

  test('a token is requested for the audience from the runner token service and masked', async () => {
    const service = await tokenService(200, { value: 'the-jwt' });
    try {
      process.env.ACTIONS_ID_TOKEN_REQUEST_URL = service.url;
      process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'request-token';
      await expect(coreContext().getIdToken('sts.amazonaws.com')).resolves.toBe('the-jwt');
      expect(service.seen).toEqual(['Bearer request-token /token?audience=sts.amazonaws.com']);
      expect(mockedCore.setSecret).toHaveBeenCalledWith('the-jwt');
    } finally {
      service.close();
    }
  });

  test('a refused token request is an internal error that keeps its cause', async () => {
    const service = await tokenService(403, { message: 'no' });
    try {
      process.env.ACTIONS_ID_TOKEN_REQUEST_URL = service.url;
      process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'request-token';
      const error = (await coreContext()
        .getIdToken('aud')
        .catch((err: unknown) => err)) as Error;
      expect(error).not.toBeInstanceOf(ConfigurationError);
      expect(error.message).toMatch(/^Could not get a GitHub OIDC token for audience 'aud': .*HTTP 403/);
      expect(error.cause).toBeInstanceOf(Error);
    } finally {
      service.close();
    }
  });

  test('without GITHUB_STEP_SUMMARY the summary is printed to the log', async () => {
    await coreContext().writeSummary('## Done');
    expect(mockedCore.info).toHaveBeenCalledWith('## Done');
  });

  test('outputs go to the runner’s output command', () => {
    coreContext().setOutput('digest', 'sha256:abc');
    expect(mockedCore.setOutput).toHaveBeenCalledWith('digest', 'sha256:abc');
  });
});

test('coreLogger passes secrets to the mask command, skipping empty values', () => {
  coreLogger.setSecret('');
  coreLogger.setSecret('value');
  expect(mockedCore.setSecret.mock.calls).toEqual([['value']]);
});
