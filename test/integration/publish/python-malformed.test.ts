import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { run } from '../../../actions/publish-package/src/main';
import { ConfigurationError } from '../../../shared/src/runtime/errors';
import { S3Fake } from '../../utils/s3-fake';
import { testContext, withEnv } from './action-context';

/**
 * A corpus of malformed Python artifacts and coordinates (test/fixtures/packages/bad/python/<case>/), each
 * published with the whole action: refused with a ConfigurationError that says what is wrong, nothing written.
 */

const CORPUS = resolve(__dirname, '../../fixtures/packages/bad/python');
let fake: S3Fake;
let restoreEnv: () => void;

beforeEach(() => {
  fake = new S3Fake();
  restoreEnv = withEnv({ AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_REGION: 'eu-central-1' });
});
afterEach(() => {
  restoreEnv();
  fake.restore();
});

test('every case of the corpus is in the table', () => {
  expect(readdirSync(CORPUS).sort()).toEqual(CASES.map(([name]) => name).sort());
});

const CASES: [string, Record<string, string>, RegExp][] = [
  ['wheel-name-mismatch', {}, /other-1\.0-py3-none-any\.whl names project 'other' but its METADATA says 'greet'/],
  ['wheel-version-mismatch', {}, /names version '1\.1' but its METADATA says '1\.0'/],
  ['wheel-without-metadata', {}, /has no <name>-<version>\.dist-info\/METADATA/],
  ['invalid-version', {}, /Version 'banana' in greet-banana\.tar\.gz's PKG-INFO is not a PEP 440 version/],
  ['local-version', {}, /has a local part/],
  ['traversal-in-name', {}, /Project name '\.\.\/x'/],
  ['sdist-without-pkg-info', { type: 'python' }, /greet-1\.0\.tar\.gz has no <name>-<version>\/PKG-INFO/],
  ['two-releases', {}, /One step publishes one release/],
];

test.each(CASES)('%s', async (name, inputs, message) => {
  const dir = join(CORPUS, name);
  const ctx = testContext({
    path: readdirSync(dir)
      .map((f) => join(dir, f))
      .join('\n'),
    policy: join(dir, 'no-policy.yml'),
    bucket: 'acme-artifacts',
    prefix: 'piksel',
    'base-url': 'https://artifacts.example.com',
    ...inputs,
  });
  const outcome = run(ctx);
  await expect(outcome).rejects.toThrow(ConfigurationError);
  await expect(outcome).rejects.toThrow(message);
  expect(fake.writes()).toHaveLength(0);
});
