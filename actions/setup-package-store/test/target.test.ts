import { parsePolicy } from '../../../shared/src/policy';
import { credentialsProblem } from '../src/session';
import { resolveStoreSource } from '../src/target';

const policy = parsePolicy(
  'version: 1\nsystem: piksel\nregion: eu-west-1\npackages: {bucket: acme-artifacts, npmScopes: ["@acme"]}\n',
  'p.yml',
);

test.each<[string, { bucket?: string; prefix?: string }, typeof policy | undefined, object | RegExp]>([
  [
    'all from the policy',
    {},
    policy,
    { bucket: 'acme-artifacts', prefix: 'piksel', system: 'piksel', npmScopes: ['@acme'], region: 'eu-west-1' },
  ],
  [
    'inputs win, within the system',
    { bucket: 'other-bucket', prefix: '/piksel/team/' },
    policy,
    { bucket: 'other-bucket', prefix: 'piksel/team' },
  ],
  [
    'without a policy, the prefix names the system',
    { bucket: 'b-1', prefix: 'kiosk' },
    undefined,
    { system: 'kiosk', npmScopes: [] },
  ],
  [
    'a prefix of another system is refused',
    { prefix: 'kiosk' },
    policy,
    /Input 'prefix' is 'kiosk'; under the policy of system piksel/,
  ],
  ['no bucket', { prefix: 'x' }, undefined, /No package bucket is set/],
  ['no prefix', { bucket: 'b-1' }, undefined, /No package prefix is set/],
  ['a bucket name S3 refuses', { bucket: 'B_1', prefix: 'x' }, undefined, /'B_1' is not an S3 bucket name/],
])('%s', (_, inputs, p, expected) => {
  if (expected instanceof RegExp) expect(() => resolveStoreSource(inputs, p)).toThrow(expected);
  else expect(resolveStoreSource(inputs, p)).toMatchObject(expected);
});

test.each<[string, Error, RegExp]>([
  [
    'no provider',
    Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' }),
    /^No AWS credentials were found[\s\S]*aws sso login/,
  ],
  [
    'an expired SSO session',
    Object.assign(new Error('The SSO session associated with this profile has expired.'), {
      name: 'TokenProviderError',
    }),
    /^The AWS session has expired[\s\S]*aws sso login/,
  ],
])('credentials: %s', (_, err, expected) => {
  expect(credentialsProblem(err).name).toBe('ConfigurationError');
  expect(credentialsProblem(err).message).toMatch(expected);
});

test('anything else stays what it was', () => {
  const err = new Error('socket hang up');
  expect(credentialsProblem(err)).toBe(err);
});
