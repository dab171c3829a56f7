import { ConfigurationError } from '../../src/runtime/errors';
import { METADATA_HOSTS, proxySettings, useProxyFromEnvironment, type ProxyEnv } from '../../src/runtime/proxy';
import { MemoryLogger } from '../../../test/utils/loggers';

/**
 * The runner's proxy variables as the actions read them: either case (lower case first), `host:port` as http, the
 * metadata addresses always bypassed, credentials masked and never shown. Node's proxy support itself is exercised
 * through the bundles (test/reliability/proxy.test.ts).
 */

const METADATA = METADATA_HOSTS.join(',');

// [environment, what Node's proxy support gets, the proxies as shown, the secrets masked]
const cases: [string, NodeJS.ProcessEnv, ProxyEnv | undefined, string[], string[]][] = [
  ['no proxy', { no_proxy: 'example.com' }, undefined, [], []],
  ['empty values', { https_proxy: '', HTTP_PROXY: '' }, undefined, [], []],
  [
    'https_proxy only',
    { https_proxy: 'http://proxy.corp:3128' },
    { HTTPS_PROXY: 'http://proxy.corp:3128/', NO_PROXY: METADATA },
    ['http://proxy.corp:3128'],
    [],
  ],
  [
    'upper case, host:port alone, no_proxy kept',
    { HTTP_PROXY: 'proxy.corp:8080', HTTPS_PROXY: 'proxy.corp:8080', NO_PROXY: ' .internal , 10.0.0.1 ' },
    {
      HTTPS_PROXY: 'http://proxy.corp:8080/',
      HTTP_PROXY: 'http://proxy.corp:8080/',
      NO_PROXY: `.internal,10.0.0.1,${METADATA}`,
    },
    ['http://proxy.corp:8080'],
    [],
  ],
  [
    'lower case wins over upper case',
    { https_proxy: 'http://lower:1', HTTPS_PROXY: 'http://upper:2', no_proxy: 'a.example', NO_PROXY: 'b.example' },
    { HTTPS_PROXY: 'http://lower:1/', NO_PROXY: `a.example,${METADATA}` },
    ['http://lower:1'],
    [],
  ],
  [
    'credentials: the password and the whole URL masked, the user name not',
    { https_proxy: 'http://ci-bot:S3cr%40t@proxy.corp:3128', http_proxy: 'https://proxy2.corp' },
    { HTTPS_PROXY: 'http://ci-bot:S3cr%40t@proxy.corp:3128/', HTTP_PROXY: 'https://proxy2.corp/', NO_PROXY: METADATA },
    ['http://proxy.corp:3128', 'https://proxy2.corp'],
    ['http://ci-bot:S3cr%40t@proxy.corp:3128', 'ci-bot:S3cr%40t', 'S3cr%40t', 'ci-bot:S3cr@t', 'S3cr@t'],
  ],
  [
    'a metadata address already bypassed is not repeated',
    { HTTPS_PROXY: 'http://p:1', NO_PROXY: '169.254.169.254' },
    { HTTPS_PROXY: 'http://p:1/', NO_PROXY: METADATA },
    ['http://p:1'],
    [],
  ],
];

test.each(cases)('%s', (_name, env, proxyEnv, shown, secrets) => {
  const settings = proxySettings(env);
  expect(settings?.env).toEqual(proxyEnv);
  expect(settings?.shown ?? []).toEqual(shown);
  expect([...new Set(settings?.secrets ?? [])].sort()).toEqual([...secrets].sort());
});

// [environment, the message, a secret it must not show]
const refused: [NodeJS.ProcessEnv, RegExp, string][] = [
  [
    { https_proxy: 'socks5://proxy.corp:1080' },
    /https_proxy is 'socks5:\/\/proxy\.corp:1080', which is not a proxy URL/,
    '',
  ],
  [
    { HTTP_PROXY: 'http://u:Pa55@' },
    /http_proxy is 'http:\/\/', which is not a proxy URL: write it as http:\/\/proxy\.example\.com:3128/,
    'Pa55',
  ],
  [{ https_proxy: 'http://[bad' }, /https_proxy is 'http:\/\/\[bad', which is not a proxy URL/, ''],
];

test.each(refused)('%j is refused with what to write instead', (env, message, secret) => {
  let thrown: unknown;
  try {
    proxySettings(env);
  } catch (err) {
    thrown = err;
  }
  expect(thrown).toBeInstanceOf(ConfigurationError);
  expect((thrown as Error).message).toMatch(message);
  if (secret) expect((thrown as Error).message).not.toContain(secret);
});

describe('useProxyFromEnvironment', () => {
  const env = { https_proxy: 'http://bot:Pa55word@proxy.corp:3128', no_proxy: '.internal' };

  test('masks the credentials, then gives Node the settings for fetch and says where requests go', () => {
    const logger = new MemoryLogger();
    const given: ProxyEnv[] = [];
    useProxyFromEnvironment(env, logger, { setGlobalProxyFromEnv: (s) => (given.push(s), () => undefined) });
    expect(given).toEqual([{ HTTPS_PROXY: 'http://bot:Pa55word@proxy.corp:3128/', NO_PROXY: `.internal,${METADATA}` }]);
    expect(logger.secrets.has('Pa55word')).toBe(true);
    expect(logger.secrets.has(env.https_proxy)).toBe(true);
    expect(logger.text()).toBe(
      `info: Requests go through the proxy http://proxy.corp:3128, except to .internal,${METADATA}.`,
    );
  });

  test('on a Node without proxy support: the credentials masked all the same, and a warning', () => {
    const logger = new MemoryLogger();
    useProxyFromEnvironment(env, logger, {});
    expect(logger.secrets.has('Pa55word')).toBe(true);
    expect(logger.lines).toEqual([
      {
        level: 'warning',
        message: expect.stringMatching(/cannot send requests through a proxy \(Node 24\.14 and later can\)/),
      },
    ]);
  });

  test('without a proxy: nothing is set, nothing said', () => {
    const logger = new MemoryLogger();
    const set = jest.fn();
    useProxyFromEnvironment({ no_proxy: '*' }, logger, { setGlobalProxyFromEnv: set });
    expect(set).not.toHaveBeenCalled();
    expect(logger.lines).toEqual([]);
  });
});
