import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { run } from '../../../actions/publish-package/src/main';
import { ConfigurationError } from '../../../shared/src/runtime/errors';
import { S3Fake } from '../../utils/s3-fake';
import { testContext, withEnv } from './action-context';

/**
 * A corpus of malformed Maven artifacts and coordinates (test/fixtures/packages/bad/maven/<case>/), each
 * published with the whole action: refused with a ConfigurationError that says what is wrong, nothing written.
 */

const CORPUS = resolve(__dirname, '../../fixtures/packages/bad/maven');
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
  ['no-coordinates', {}, /No Maven coordinates: 'path' has no pom.xml and lib-1.0.jar carries no META-INF\/maven/],
  ['pom-jar-mismatch', {}, /lib-1\.0\.jar was built as com\.acme:lib:0\.9 .* but pom\.xml says com\.acme:lib:1\.0/],
  ['traversal-in-groupid', {}, /groupId 'com\/\.\.\/\.\.\/etc' in pom\.xml is not allowed/],
  ['dot-dot-in-groupid', {}, /groupId 'com\.\.acme' in pom\.xml is not allowed/],
  ['invalid-version', {}, /Version '1\.0 beta' in pom\.xml is not allowed/],
  ['unresolved-property', {}, /'\$\{revision\}', an unresolved property/],
  ['missing-artifactid', {}, /pom\.xml has no artifactId/],
  ['not-a-jar', {}, /lib-1\.0\.jar is not a valid jar/],
  ['jar-packaging-without-jar', {}, /packaging 'jar' but 'path' has no jar/],
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
