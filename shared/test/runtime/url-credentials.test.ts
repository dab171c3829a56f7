import { openAwsSession } from '../../src/aws/session';
import * as core from '@actions/core';
import type { ActionContext } from '../../src/runtime/context';
import { ConfigurationError } from '../../src/runtime/errors';
import { Inputs, mapInputSource } from '../../src/runtime/inputs';
import { maskSecrets } from '../../src/runtime/logger';
import { MemoryLogger } from '../../../test/utils/loggers';
import { runAction } from '../../src/runtime/run';
import { refuseEndpointCredentials } from '../../src/runtime/url-credentials';
import { testContext } from '../../../test/utils/action-context';

jest.mock('@actions/core');
const mockedCore = jest.mocked(core);
beforeEach(() => jest.clearAllMocks());

/**
 * Credentials written into a URL input or an AWS endpoint variable are masked before anything can print them, and
 * refused with a message that shows the URL without them.
 */

// [input, value, the secrets masked and never printed, the URL shown instead]
const refused: [string, string, string[], string][] = [
  ['registry', 'http://ci-user:Secret@127.0.0.1:9', ['ci-user:Secret', 'Secret'], 'http://127.0.0.1:9'],
  ['registry', 'https://token@registry.example.com', ['token'], 'https://registry.example.com'],
  ['registry', 'ci-user:Secret@127.0.0.1:5000', ['Secret'], '127.0.0.1:5000'],
  ['registry', 'https://u:p%40ss@r.example.com/v2', ['p%40ss', 'p@ss'], 'https://r.example.com/v2'],
  ['registry', 'https://u:p@ss@r.example.com', ['p@ss'], 'https://r.example.com'],
  ['base-url', 'https://reader:S3cret@cdn.example.com/store', ['S3cret'], 'https://cdn.example.com/store'],
  ['source', 'docker://bot:Pa55@ghcr.io/acme/app:1.0', ['Pa55'], 'docker://ghcr.io/acme/app:1.0'],
];

const accepted: [string, string][] = [
  ['registry', 'http://127.0.0.1:5000'],
  ['registry', 'registry.example.com'],
  ['registry', 'https://registry.example.com/path@not-user-info'],
  ['base-url', 'https://cdn.example.com/a@b'],
  ['source', 'docker://redis@sha256:0123456789abcdef'],
  ['source', 'docker://ghcr.io/acme/app@sha256:0123456789abcdef'],
  ['source', 'oci:./layout@x:v1'],
  // Not a URL input: an email-like value elsewhere is left alone.
  ['service', 'user:x@host'],
];

describe('URL inputs', () => {
  test.each(refused)('%s %s is masked and refused', (name, value, secrets, shown) => {
    const masked: string[] = [];
    const inputs = new Inputs(mapInputSource({ [name]: value }), (s) => masked.push(s));
    let error: unknown;
    try {
      inputs.optional(name);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    const message = (error as Error).message;
    expect(message).toContain(`Input '${name}' carries credentials in its URL`);
    expect(message).toContain(`write it without them, as ${shown}:`);
    expect(message.replace('(the part before @)', '')).not.toMatch(/ci-user|@/);
    for (const secret of secrets) {
      expect(message).not.toContain(secret);
      expect(masked).toContain(secret);
    }
    expect(masked).toContain(value);
    expect(() => inputs.required(name)).toThrow(ConfigurationError);
  });

  test.each(accepted)('%s %s is read as given', (name, value) => {
    const masked: string[] = [];
    expect(new Inputs(mapInputSource({ [name]: value }), (s) => masked.push(s)).optional(name)).toBe(value);
    expect(masked).toEqual([]);
  });
});

describe('AWS endpoint variables', () => {
  test.each([
    ['AWS_ENDPOINT_URL', 'http://AKIAEXAMPLE:wJalrSecret@127.0.0.1:4566', ['wJalrSecret']],
    ['AWS_ENDPOINT_URL_S3', 'https://minio:minio-Secret@s3.local:9000', ['minio-Secret']],
    ['AWS_ENDPOINT_URL_ECR', 'http://key@127.0.0.1:5000', ['key']],
  ])('%s with user info is masked and refused', (variable, value, secrets) => {
    const logger = new MemoryLogger();
    const refuse = () => refuseEndpointCredentials({ [variable]: value }, (s) => logger.setSecret(s));
    expect(refuse).toThrow(`${variable} carries credentials in its URL`);
    try {
      refuse();
    } catch (err) {
      for (const secret of secrets) expect((err as Error).message).not.toContain(secret);
    }
    for (const secret of secrets) expect(logger.secrets).toContain(secret);
  });

  test('endpoints without user info, and other variables, are left alone', () => {
    expect(() =>
      refuseEndpointCredentials({ AWS_ENDPOINT_URL: 'http://127.0.0.1:4566', OTHER_URL: 'http://a:b@h' }, () => {
        throw new Error('nothing to mask');
      }),
    ).not.toThrow();
  });

  test('openAwsSession refuses them before any client exists', () => {
    const ctx = context({}, { AWS_ENDPOINT_URL_S3: 'http://user:pw-123@127.0.0.1:9000' });
    expect(() => openAwsSession(ctx, { region: 'eu-central-1', audience: 'sts.amazonaws.com' })).toThrow(
      /^AWS_ENDPOINT_URL_S3 carries credentials in its URL \(the part before @\); write it without them, as http:\/\/127\.0\.0\.1:9000:/,
    );
    expect((ctx.logger as MemoryLogger).secrets).toContain('pw-123');
  });
});

const context = (inputs: Record<string, string>, env: NodeJS.ProcessEnv): ActionContext => testContext(inputs, env);

describe('runAction refuses them before the action runs', () => {
  test.each<[string, Record<string, string>, NodeJS.ProcessEnv, string]>([
    ['a registry input', { registry: 'http://ci-user:Secret@127.0.0.1:9' }, {}, 'Secret'],
    ['a base-url input', { 'base-url': 'https://r:TopSecret@cdn.example.com' }, {}, 'TopSecret'],
    ['an endpoint variable', {}, { AWS_ENDPOINT_URL: 'http://id:Secret-Key@127.0.0.1:4566' }, 'Secret-Key'],
  ])('%s', async (_, inputs, env, secret) => {
    const ctx = context(inputs, env);
    const main = jest.fn(() => Promise.resolve());
    await runAction(main, ctx);
    expect(main).not.toHaveBeenCalled();
    expect(mockedCore.setFailed).toHaveBeenCalledTimes(1);
    const printed = String(mockedCore.setFailed.mock.calls[0][0]);
    expect(printed).toMatch(/^Configuration error: .* carries credentials in its URL/);
    expect(printed).not.toContain(secret);
    // Registered for masking too: the runner hides it wherever else it might appear.
    const secrets = (ctx.logger as MemoryLogger).secrets;
    expect(maskSecrets(`x ${secret} y`, secrets)).toBe('x *** y');
  });
});
