import { clientUrls, contentTypeFor, isPackument, keyForPath, rewritePackument } from '../src/paths';

describe('keyForPath', () => {
  test.each<[string, string, object]>([
    [
      'a Maven file',
      '/maven/com/acme/greet/1.0/greet-1.0.pom',
      { key: 'piksel/maven/com/acme/greet/1.0/greet-1.0.pom' },
    ],
    ['a scoped packument, as npm asks for it', '/npm/@acme%2fwidgets', { key: 'piksel/npm/@acme/widgets' }],
    ['a pip page keeps its trailing slash', '/python/simple/acme-greet/', { key: 'piksel/python/simple/acme-greet/' }],
    ['the query is not part of the key', '/npm/greet?write=true', { key: 'piksel/npm/greet' }],
    ['a file name with a space, percent-encoded', '/zip/a%20b/1.0/a%20b.zip', { key: 'piksel/zip/a b/1.0/a b.zip' }],
    ['the root', '/', { status: 404 }],
    ['a parent segment', '/npm/../kiosk/npm/x', { status: 400 }],
    ['an encoded parent segment', '/%2e%2e/kiosk/npm/x', { status: 400 }],
    ['an empty segment', '/npm//greet', { status: 400 }],
    ['a backslash', '/npm/a%5c..%5cb', { status: 400 }],
    ['a double-encoded slash', '/npm/a%252fb', { status: 400 }],
    ['broken percent-encoding', '/npm/%zz', { status: 400 }],
  ])('%s', (_, path, expected) => {
    expect(keyForPath('piksel', path)).toMatchObject(expected);
  });
});

test.each<[string, string | undefined, string]>([
  ['python/simple/', 'binary/octet-stream', 'text/html'],
  ['python/simple/acme-greet/', undefined, 'text/html'],
  ['npm/greet', 'binary/octet-stream', 'application/json'],
  ['npm/@acme/widgets', undefined, 'application/json'],
  ['npm/greet/-/greet-1.0.0.tgz', 'application/octet-stream', 'application/gzip'],
  ['maven/com/acme/greet/1.0/greet-1.0.pom', undefined, 'application/xml'],
  ['maven/com/acme/greet/1.0/greet-1.0.jar.sha1', 'application/octet-stream', 'text/plain'],
  ['maven/com/acme/greet/maven-metadata.xml', undefined, 'application/xml'],
  ['python/files/acme-greet/acme_greet-1.0-py3-none-any.whl', undefined, 'application/zip'],
  ['python/files/acme-greet/acme_greet-1.0-py3-none-any.whl.metadata', 'text/plain', 'text/plain'],
  ['something/else', undefined, 'application/octet-stream'],
])('content type of %s (stored %s) is %s', (key, stored, expected) => {
  expect(contentTypeFor(key, stored)).toBe(expected);
});

test.each([
  ['npm/greet', true],
  ['npm/@acme/widgets', true],
  ['npm/greet/-/greet-1.0.0.tgz', false],
  ['npm/@acme/widgets/-/widgets-1.0.0.tgz', false],
  ['npm/', false],
  ['maven/greet', false],
])('isPackument(%s) is %s', (key, expected) => {
  expect(isPackument(key)).toBe(expected);
});

test('a packument is pointed at the endpoint; anything else is left as it is', () => {
  const npm = clientUrls('http://127.0.0.1:8765').npm;
  const doc = {
    name: '@acme/widgets',
    'dist-tags': { latest: '2.0.0' },
    versions: {
      '1.0.0': {
        dist: {
          tarball: 'https://artifacts.example.com/piksel/npm/@acme/widgets/-/widgets-1.0.0.tgz',
          integrity: 'sha512-x',
        },
      },
      '2.0.0': { dist: { tarball: 'https://b.s3.amazonaws.com/piksel/npm/@acme/widgets/-/widgets-2.0.0.tgz' } },
    },
  };
  const out = JSON.parse(rewritePackument(Buffer.from(JSON.stringify(doc)), npm).toString());
  expect(out.versions['1.0.0'].dist).toEqual({
    tarball: 'http://127.0.0.1:8765/npm/@acme/widgets/-/widgets-1.0.0.tgz',
    integrity: 'sha512-x',
  });
  expect(out.versions['2.0.0'].dist.tarball).toBe('http://127.0.0.1:8765/npm/@acme/widgets/-/widgets-2.0.0.tgz');
  expect(out['dist-tags']).toEqual({ latest: '2.0.0' });
  const notJson = Buffer.from('<html>');
  expect(rewritePackument(notJson, npm)).toBe(notJson);
  const noVersions = Buffer.from('{"name":"x"}');
  expect(rewritePackument(noVersions, npm)).toBe(noVersions);
});

test('the clients are given the folders publish-package writes', () => {
  expect(clientUrls('http://127.0.0.1:1/')).toEqual({
    pip: 'http://127.0.0.1:1/python/simple/',
    npm: 'http://127.0.0.1:1/npm/',
    maven: 'http://127.0.0.1:1/maven/',
  });
});
