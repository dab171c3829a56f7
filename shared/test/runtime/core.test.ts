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
    expect(mockedCore.getIDToken).not.toHaveBeenCalled();
  });

  test('a token is requested for the audience and masked', async () => {
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = 'https://token.example';
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'request-token';
    mockedCore.getIDToken.mockResolvedValue('the-jwt');
    await expect(coreContext().getIdToken('sts.amazonaws.com')).resolves.toBe('the-jwt');
    expect(mockedCore.getIDToken).toHaveBeenCalledWith('sts.amazonaws.com');
    expect(mockedCore.setSecret).toHaveBeenCalledWith('the-jwt');
  });

  test('a failing token request is an internal error that keeps its cause', async () => {
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = 'https://token.example';
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'request-token';
    const cause = new Error('HTTP 500');
    mockedCore.getIDToken.mockRejectedValue(cause);
    const error = (await coreContext()
      .getIdToken('aud')
      .catch((err: unknown) => err)) as Error;
    expect(error).not.toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe("Could not get a GitHub OIDC token for audience 'aud': HTTP 500");
    expect(error.cause).toBe(cause);
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
