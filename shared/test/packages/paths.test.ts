import { ConfigurationError } from '../../src/runtime/errors';
import {
  assertSafeRelativeKey,
  assertSafeSegment,
  normalizePrefix,
  publicUrl,
  storeKey,
  unsafeSegmentReason,
} from '../../src/packages/paths';

describe('unsafeSegmentReason', () => {
  test.each([
    ['lib', undefined],
    ['1.0.0-rc.1', undefined],
    ['@acme', undefined],
    ['my_lib-2.tar.gz', undefined],
    ['', 'it is empty'],
    ['.', "'.' would leave its folder"],
    ['..', "'..' would leave its folder"],
    ['a/b', 'it contains a slash'],
    ['a\\b', 'it contains a backslash'],
    ['a\u0000b', 'it contains a control character'],
    ['a\nb', 'it contains a control character'],
    ['a\u007fb', 'it contains a control character'],
    ['%2e%2e', 'it contains a percent-encoded character'],
    ['a%2Fb', 'it contains a percent-encoded character'],
    ['a%5cb', 'it contains a percent-encoded character'],
    [' lib', 'it starts or ends with white space'],
    ['x'.repeat(256), 'it is longer than 255 characters'],
  ])('%j -> %s', (segment, reason) => {
    expect(unsafeSegmentReason(segment)).toBe(reason);
  });
});

describe('assertSafeSegment', () => {
  test('names the part that is wrong', () => {
    expect(() => assertSafeSegment('..', "zip version '..'")).toThrow(
      new ConfigurationError(
        "The zip version '..' is not allowed: '..' would leave its folder. Use letters, digits, '.', '-' and '_'.",
      ),
    );
  });
});

describe('assertSafeRelativeKey', () => {
  test.each([
    'npm/lib',
    'npm/@acme/lib/-/lib-1.0.0.tgz',
    'python/simple/my-lib/',
    'maven/com/acme/lib/1.0/lib-1.0.jar',
  ])('accepts %s', (key) => {
    expect(assertSafeRelativeKey(key)).toBe(key);
  });

  test.each([
    ['', /empty object key/],
    ['/npm/lib', /absolute/],
    ['npm/../../other/x', /segment '\.\.'/],
    ['npm//lib', /segment ''.*empty/],
    ['npm/./lib', /segment '\.'/],
    ['npm/a%2f..%2fb', /percent-encoded/],
    ['npm\\..\\x', /backslash/],
    ['zip/x/1.0/a\rb', /control character/],
    ['python/simple//', /empty/],
  ])('refuses %j', (key, message) => {
    expect(() => assertSafeRelativeKey(key)).toThrow(ConfigurationError);
    expect(() => assertSafeRelativeKey(key)).toThrow(message);
  });
});

describe('prefix and full keys', () => {
  test.each([
    ['piksel', 'piksel'],
    ['/piksel/', 'piksel'],
    ['teams/piksel', 'teams/piksel'],
  ])('normalizePrefix(%j) = %j', (prefix, expected) => {
    expect(normalizePrefix(prefix)).toBe(expected);
  });

  test.each(['', '/', 'a/../b', 'a//b', '%2e%2e'])('normalizePrefix refuses %j', (prefix) => {
    expect(() => normalizePrefix(prefix)).toThrow(ConfigurationError);
  });

  test('storeKey joins a checked prefix and a checked key', () => {
    expect(storeKey('piksel/', 'npm/@acme/lib')).toBe('piksel/npm/@acme/lib');
    expect(() => storeKey('piksel', '../other/npm/lib')).toThrow(/segment '\.\.'/);
  });

  test.each([
    [
      'https://cdn.example.com/',
      'npm/@acme/lib/-/lib-1.0.0.tgz',
      'https://cdn.example.com/npm/@acme/lib/-/lib-1.0.0.tgz',
    ],
    ['http://127.0.0.1:9000/b/p', 'zip/r/1.0/a b+c.zip', 'http://127.0.0.1:9000/b/p/zip/r/1.0/a%20b%2Bc.zip'],
    ['https://x', 'python/simple/lib/', 'https://x/python/simple/lib/'],
  ])('publicUrl(%j, %j)', (base, key, url) => {
    expect(publicUrl(base, key)).toBe(url);
  });
});
