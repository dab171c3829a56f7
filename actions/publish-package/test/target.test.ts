import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePolicy } from '../../../shared/src/policy';
import { ConfigurationError } from '../../../shared/src/runtime/errors';
import { resolvePaths } from '../src/files';
import type { PublishInputs } from '../src/inputs';
import { resolveStoreTarget } from '../src/target';

const policy = (packages: string) =>
  parsePolicy(
    `version: 1\nsystem: piksel\nregion: eu-central-1\nresourceTags: {Project: piksel, Environment: e, Purpose: p, ManagedBy: m, Owner: o}\npackages:\n${packages}`,
    'policy.yml',
  );
const inputs = (over: Partial<PublishInputs> = {}): PublishInputs => ({
  paths: ['x'],
  policy: 'p.yml',
  dryRun: false,
  ...over,
});

describe('resolveStoreTarget', () => {
  const withBaseUrl = policy('  bucket: acme-artifacts\n  baseUrl: https://artifacts.example.com/\n');
  const withoutBaseUrl = policy('  bucket: acme-artifacts\n  prefix: "{system}/teams"\n');

  test.each<[string, Partial<PublishInputs>, ReturnType<typeof policy> | undefined, string | undefined, object]>([
    [
      'all from the policy',
      {},
      withBaseUrl,
      'eu-central-1',
      {
        bucket: 'acme-artifacts',
        prefix: 'piksel',
        baseUrl: 'https://artifacts.example.com',
        storeUrl: 'https://artifacts.example.com/piksel',
      },
    ],
    [
      'the bucket endpoint when no base URL',
      {},
      withoutBaseUrl,
      'eu-west-1',
      { prefix: 'piksel/teams', storeUrl: 'https://acme-artifacts.s3.eu-west-1.amazonaws.com/piksel/teams' },
    ],
    [
      'inputs win',
      { bucket: 'b-2', prefix: '/piksel/x/', baseUrl: 'http://127.0.0.1:9000/b-2' },
      withBaseUrl,
      undefined,
      { bucket: 'b-2', prefix: 'piksel/x', storeUrl: 'http://127.0.0.1:9000/b-2/piksel/x' },
    ],
    [
      'no policy at all',
      { bucket: 'b-2', prefix: 'x' },
      undefined,
      undefined,
      { storeUrl: 'https://b-2.s3.amazonaws.com/x' },
    ],
  ])('%s', (_, over, p, region, expected) => {
    expect(resolveStoreTarget(inputs(over), p, region)).toMatchObject(expected);
  });

  test.each<[Partial<PublishInputs>, ReturnType<typeof policy> | undefined, RegExp]>([
    [{}, policy('  prefix: "{system}"\n'), /No package bucket is set: add 'packages.bucket'/],
    [{ bucket: 'b-2' }, undefined, /No package prefix is set/],
    [{ bucket: 'UPPER' }, withBaseUrl, /not an S3 bucket name/],
    [{ prefix: '../escape' }, withBaseUrl, /prefix '..\/escape' is not allowed/],
    // Another system's space, or space shared by every system, is refused under a policy.
    [{ prefix: 'shop' }, withBaseUrl, /Input 'prefix' is 'shop'; under the policy of system piksel .* write 'piksel'/],
    [{ prefix: 'teams/piksel' }, withBaseUrl, /Input 'prefix' is 'teams\/piksel'; under the policy of system piksel/],
    [{ prefix: 'piksel-dev/x' }, withBaseUrl, /Input 'prefix' is 'piksel-dev\/x'/],
    [{ baseUrl: 'artifacts.example.com' }, withBaseUrl, /must be an absolute URL/],
    [{ baseUrl: 'ftp://x' }, withBaseUrl, /must start with https:\/\//],
    [{ baseUrl: 'https://x/?a=1' }, withBaseUrl, /remove the query/],
  ])('refuses %j', (over, p, message) => {
    expect(() => resolveStoreTarget(inputs(over), p, undefined)).toThrow(ConfigurationError);
    expect(() => resolveStoreTarget(inputs(over), p, undefined)).toThrow(message);
  });
});

describe('resolvePaths', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'paths-'));
    mkdirSync(join(dir, 'target/sub'), { recursive: true });
    mkdirSync(join(dir, 'node_modules'));
    for (const f of [
      'target/a.jar',
      'target/a-sources.jar',
      'target/sub/b.jar',
      'pom.xml',
      'node_modules/x.jar',
      'dist.tgz',
    ]) {
      writeFileSync(join(dir, f), '');
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each<[string[], string[]]>([
    [['pom.xml'], ['pom.xml']],
    [['target/*.jar'], ['target/a-sources.jar', 'target/a.jar']],
    [
      ['target/**/*.jar', 'pom.xml'],
      ['pom.xml', 'target/a-sources.jar', 'target/a.jar', 'target/sub/b.jar'],
    ],
    [['**/*.jar'], ['target/a-sources.jar', 'target/a.jar', 'target/sub/b.jar']],
    [['target/a.jar', 'target/a.jar'], ['target/a.jar']],
  ])('%j', async (patterns, expected) => {
    expect(await resolvePaths(patterns, dir)).toEqual(expected.map((f) => join(dir, f)));
  });

  test.each<[string[], RegExp]>([
    [[], /'path' is empty/],
    [['missing.jar'], /'missing.jar' does not exist/],
    [['*.whl'], /'\*\.whl' matched no files/],
    [['*.jar'], /'\*\.jar' matched no files/],
    [['nowhere/*.jar'], /matched no files/],
  ])('refuses %j', async (patterns, message) => {
    await expect(resolvePaths(patterns, dir)).rejects.toThrow(message);
  });
});
