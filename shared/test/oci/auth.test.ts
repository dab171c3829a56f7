import { parseAuthChallenge, RegistryAuthenticator, repositoryScope, type TokenRequest } from '../../src/oci/auth';
import { ConfigurationError } from '../../src/runtime/errors';
import { MemoryLogger } from '../../../test/utils/loggers';

describe('parseAuthChallenge', () => {
  test.each([
    [
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/redis:pull"',
      {
        scheme: 'bearer',
        realm: 'https://auth.docker.io/token',
        service: 'registry.docker.io',
        scope: 'repository:library/redis:pull',
      },
    ],
    [
      'Basic realm="https://123.dkr.ecr.eu-west-1.amazonaws.com/",service="ecr.amazonaws.com"',
      { scheme: 'basic', realm: 'https://123.dkr.ecr.eu-west-1.amazonaws.com/', service: 'ecr.amazonaws.com' },
    ],
    ['basic realm=registry', { scheme: 'basic', realm: 'registry' }],
    [
      'Bearer realm="https://ghcr.io/token", service="ghcr.io"',
      { scheme: 'bearer', realm: 'https://ghcr.io/token', service: 'ghcr.io' },
    ],
  ])('%s', (header, expected) => {
    expect(parseAuthChallenge(header)).toEqual({ scope: undefined, service: undefined, ...expected });
  });
  test.each([[null], [''], ['Negotiate abc']])('%j is not a challenge we answer', (h) => {
    expect(parseAuthChallenge(h)).toBeUndefined();
  });
});

/** The token service as the authenticator sees it: a GET answered with a status and a body. */
function tokenServer() {
  const calls: { url: URL; authorization?: string }[] = [];
  const tokenRequest: TokenRequest = async (url, headers) => {
    calls.push({ url, authorization: headers.authorization });
    if (headers.authorization?.includes(Buffer.from('u:wrong').toString('base64'))) return { status: 401, text: '' };
    return { status: 200, text: JSON.stringify({ token: `tok-${calls.length}`, expires_in: 300 }) };
  };
  return { calls, tokenRequest };
}

const noTokenService: TokenRequest = () => Promise.reject(new Error('no token service here'));

describe('RegistryAuthenticator', () => {
  const bearer = 'Bearer realm="https://auth.example/token",service="reg.example"';

  test('fetches a bearer token per scope with the credentials, caches it until it expires, and masks it', async () => {
    const { calls, tokenRequest } = tokenServer();
    const logger = new MemoryLogger();
    let now = 0;
    const auth = new RegistryAuthenticator(
      'reg.example',
      { username: 'u', password: 'p' },
      logger,
      tokenRequest,
      () => now,
    );
    expect(await auth.header([repositoryScope('a', 'pull')])).toBeUndefined();
    auth.learn(bearer);
    expect(await auth.header([repositoryScope('a', 'pull')])).toBe('Bearer tok-1');
    expect(await auth.header([repositoryScope('a', 'pull')])).toBe('Bearer tok-1');
    expect(await auth.header([repositoryScope('b', 'pull,push'), repositoryScope('a', 'pull')])).toBe('Bearer tok-2');
    expect(calls[1].url.searchParams.getAll('scope')).toEqual(['repository:b:pull,push', 'repository:a:pull']);
    expect(calls[0].url.searchParams.get('service')).toBe('reg.example');
    expect(calls[0].authorization).toBe(`Basic ${Buffer.from('u:p').toString('base64')}`);
    now = 291_000;
    expect(await auth.header([repositoryScope('a', 'pull')])).toBe('Bearer tok-3');
    expect([...logger.secrets]).toEqual(expect.arrayContaining(['p', 'tok-1', 'tok-2', 'tok-3']));
  });

  test('asks anonymously without credentials (public images on Docker Hub, gcr.io, quay.io, ghcr.io)', async () => {
    const { calls, tokenRequest } = tokenServer();
    const auth = new RegistryAuthenticator('reg.example', undefined, new MemoryLogger(), tokenRequest);
    auth.learn(bearer);
    expect(await auth.header(['repository:library/redis:pull'])).toBe('Bearer tok-1');
    expect(calls[0].authorization).toBeUndefined();
  });

  test('a refused token request is a ConfigurationError naming the variables to check', async () => {
    const { tokenRequest } = tokenServer();
    const auth = new RegistryAuthenticator(
      'reg.example',
      { username: 'u', password: 'wrong' },
      new MemoryLogger(),
      tokenRequest,
    );
    auth.learn(bearer);
    await expect(auth.header(['repository:x:pull'])).rejects.toThrow(
      /refused the credentials of 'u'.*REGISTRY_USERNAME/,
    );
  });

  test('basic auth without credentials says which variables to set', async () => {
    const auth = new RegistryAuthenticator('reg.example', undefined, new MemoryLogger(), noTokenService);
    auth.learn('Basic realm="x"');
    await expect(auth.header([])).rejects.toThrow(ConfigurationError);
  });

  test('credentials from a function are fetched once, and again after refresh()', async () => {
    let calls = 0;
    const auth = new RegistryAuthenticator(
      'reg.example',
      async () => ({ username: 'AWS', password: `pw${++calls}` }),
      new MemoryLogger(),
      noTokenService,
    );
    auth.learn('Basic realm="x"');
    const first = await auth.header([]);
    expect(await auth.header([])).toBe(first);
    await auth.refresh();
    expect(await auth.header([])).toBe(`Basic ${Buffer.from('AWS:pw2').toString('base64')}`);
    expect(calls).toBe(2);
  });
});
