import * as core from '@actions/core';
import type { ActionContext } from '../../src/runtime/context';
import {
  ConfigurationError,
  isConfigurationError,
  PolicyViolation,
  UnreachableEndpointError,
} from '../../src/runtime/errors';
import { runAction } from '../../src/runtime/run';
import { testContext } from '../../../test/utils/action-context';

jest.mock('@actions/core');
const mockedCore = jest.mocked(core);

const context = (): ActionContext => testContext({}, {});

beforeEach(() => jest.clearAllMocks());

describe('runAction', () => {
  test('a run that succeeds fails nothing and hands the context to main', async () => {
    const ctx = context();
    let seen: ActionContext | undefined;
    await runAction((c) => {
      seen = c;
      return Promise.resolve();
    }, ctx);
    expect(seen).toBe(ctx);
    expect(mockedCore.setFailed).not.toHaveBeenCalled();
  });

  test.each<[string, unknown, string]>([
    [
      'a ConfigurationError',
      new ConfigurationError("Input 'service' is required."),
      "Configuration error: Input 'service' is required.",
    ],
    [
      'an error named ConfigurationError from another copy of the library',
      Object.assign(new Error('policy.yml:3:1: system: is required'), { name: 'ConfigurationError' }),
      'Configuration error: policy.yml:3:1: system: is required',
    ],
  ])('%s is reported as the user’s to fix', async (_name, thrown, expected) => {
    await runAction(() => Promise.reject(thrown), context());
    expect(mockedCore.setFailed).toHaveBeenCalledTimes(1);
    expect(mockedCore.setFailed).toHaveBeenCalledWith(expected);
  });

  test('a policy violation is the verdict itself: reported without the configuration-error prefix', async () => {
    const violation = new PolicyViolation('demo/web@sha256:ab failed the scan gate:\n1 CRITICAL finding');
    expect(isConfigurationError(violation)).toBe(true);
    await runAction(() => Promise.reject(violation), context());
    expect(mockedCore.setFailed).toHaveBeenCalledWith('demo/web@sha256:ab failed the scan gate:\n1 CRITICAL finding');
  });

  test('any other error is an internal error, with its stack in the debug log', async () => {
    const error = new TypeError("Cannot read properties of undefined (reading 'digest')");
    await runAction(() => Promise.reject(error), context());
    expect(mockedCore.setFailed).toHaveBeenCalledTimes(1);
    const message = mockedCore.setFailed.mock.calls[0][0] as string;
    expect(message).toMatch(/^Cannot read properties of undefined \(reading 'digest'\)\n/);
    expect(message).toContain('internal error of the action, not a mistake in your workflow');
    expect(message).not.toContain('Configuration error');
    expect(mockedCore.debug).toHaveBeenCalledWith(error.stack);
  });

  test.each<[string, (e: UnreachableEndpointError) => Error]>([
    ['itself', (e) => e],
    [
      'as the cause of a wrapping error',
      (e) => new Error(`S3 request PUT k in s3://b failed: ${e.message}`, { cause: e }),
    ],
  ])('an endpoint that did not answer, %s, is reported by its message, not as an internal error', async (_n, wrap) => {
    const unreachable = new UnreachableEndpointError(
      'http://127.0.0.1:9',
      'S3 PutObject',
      'The S3 endpoint http://127.0.0.1:9 did not answer S3 PutObject on 2 attempts.',
    );
    const thrown = wrap(unreachable);
    await runAction(() => Promise.reject(thrown), context());
    expect(mockedCore.setFailed).toHaveBeenCalledWith(thrown.message);
  });

  test('a thrown non-Error is still reported', async () => {
    await runAction(() => Promise.reject('plain text'), context());
    expect(mockedCore.setFailed.mock.calls[0][0]).toMatch(/^plain text\n/);
  });

  test('a synchronous throw inside an async main is caught the same way', async () => {
    await runAction(async () => {
      await Promise.resolve();
      throw new ConfigurationError('bad input');
    }, context());
    expect(mockedCore.setFailed).toHaveBeenCalledWith('Configuration error: bad input');
  });
});
