import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { run } from '../../../actions/publish-package/src/main';
import { ConfigurationError } from '../../../shared/src/runtime/errors';
import { fakeS3EachTest } from '../../fakes/s3';
import { testContext } from '../../utils/action-context';
import { corpusSuite } from '../../utils/corpus';

export type MalformedCase = [name: string, inputs: Record<string, string>, message: RegExp];

/**
 * A corpus of malformed artifacts and coordinates (test/fixtures/packages/bad/<format>/<case>/), each case's files
 * published with the whole action: refused with a ConfigurationError that says what is wrong, nothing written.
 */
export function malformedPackageSuite(format: 'maven' | 'python', cases: MalformedCase[]): void {
  const corpus = resolve(__dirname, '../../fixtures/packages/bad', format);
  const s3 = fakeS3EachTest();
  corpusSuite(corpus, cases, async (name, inputs, message) => {
    const dir = join(corpus, name);
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
    expect(s3.current.writes()).toHaveLength(0);
  });
}
