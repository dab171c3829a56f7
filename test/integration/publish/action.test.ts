import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { run } from '../../../actions/publish-package/src/main';
import type { Packument } from '../../../shared/src/packages/npm';
import { ConfigurationError } from '../../../shared/src/runtime/errors';
import { npmTarball, tarball } from '../../../shared/test/packages/npm-tarball';
import { FakeS3 } from '../../fakes/s3';
import { testContext, withEnv } from '../../utils/action-context';

/**
 * The whole action (`run`) against the stateful S3 fake: defaults from the policy file, parallel runs,
 * and a corpus of malformed artifacts and coordinates, each refused with a clear error and nothing written.
 */

const POLICY = `version: 1
system: piksel
region: eu-central-1
resourceTags: {Project: piksel, Environment: shared, Purpose: packages, ManagedBy: artifacts, Owner: DevOps}
packages:
  bucket: acme-artifacts
  baseUrl: https://artifacts.example.com
`;

// A project-level testTimeout in jest.config.js is not applied by Jest: real clients need longer than 5 s.
jest.setTimeout(240_000);

let fake: FakeS3;
let work: string;
let restoreEnv: () => void;

beforeEach(() => {
  fake = new FakeS3();
  work = mkdtempSync(join(tmpdir(), 'publish-action-'));
  writeFileSync(join(work, 'policy.yml'), POLICY);
  restoreEnv = withEnv({ AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_REGION: 'eu-central-1' });
});
afterEach(() => {
  restoreEnv();
  fake.restore();
  rmSync(work, { recursive: true, force: true });
});

async function file(name: string, content: Buffer | string | Promise<Buffer>): Promise<string> {
  const path = join(work, name);
  writeFileSync(path, await content);
  return path;
}

function ctxFor(inputs: Record<string, string>) {
  return testContext({ policy: join(work, 'policy.yml'), ...inputs });
}

test('bucket, prefix and base URL come from the policy; outputs and summary name what was published', async () => {
  const ctx = ctxFor({ path: await file('lib.tgz', npmTarball({ name: '@acme/lib', version: '1.0.0' })) });
  await run(ctx);
  expect(fake.keys('acme-artifacts')).toEqual(['piksel/npm/@acme/lib', 'piksel/npm/@acme/lib/-/lib-1.0.0.tgz']);
  expect(Object.fromEntries(ctx.outputs)).toEqual({
    name: '@acme/lib',
    version: '1.0.0',
    urls: 'https://artifacts.example.com/piksel/npm/@acme/lib/-/lib-1.0.0.tgz',
    'index-url': 'https://artifacts.example.com/piksel/npm/',
  });
  const summary = ctx.summary.join('');
  expect(summary).toContain('npm @acme/lib 1.0.0: published');
  expect(summary).toContain('| new |');
  expect(summary).toContain('@acme:registry=https://artifacts.example.com/piksel/npm/');
  const packument = JSON.parse(fake.current('acme-artifacts', 'piksel/npm/@acme/lib')!.body.toString()) as Packument;
  expect(packument.versions['1.0.0'].dist).toMatchObject({
    tarball: 'https://artifacts.example.com/piksel/npm/@acme/lib/-/lib-1.0.0.tgz',
  });
  expect(fake.current('acme-artifacts', 'piksel/npm/@acme/lib')!.contentType).toBe('application/json');
});

test('inputs override the policy; a dist-tag input moves that tag', async () => {
  const path = await file('lib.tgz', npmTarball({ name: 'lib', version: '2.0.0-beta.1' }));
  await run(
    ctxFor({
      path,
      bucket: 'other-bucket',
      prefix: 'piksel/x',
      'base-url': 'https://cdn.example.net/',
      'dist-tag': 'next',
    }),
  );
  const packument = JSON.parse(fake.current('other-bucket', 'piksel/x/npm/lib')!.body.toString()) as Packument;
  expect(packument['dist-tags']).toEqual({ next: '2.0.0-beta.1' });
  expect(packument.versions['2.0.0-beta.1'].dist).toMatchObject({
    tarball: 'https://cdn.example.net/piksel/x/npm/lib/-/lib-2.0.0-beta.1.tgz',
  });
});

test('eight parallel runs of the action with different versions: all eight in the packument and the zip index', async () => {
  const versions = ['1.0.0', '1.0.1', '1.1.0', '1.2.0', '1.3.0', '2.0.0', '2.1.0', '3.0.0'];
  await Promise.all(
    versions.map(async (v) => {
      await run(ctxFor({ path: await file(`lib-${v}.tgz`, npmTarball({ name: 'lib', version: v })) }));
      mkdirSync(join(work, v));
      const zip = join(work, v, 'bundle.zip');
      writeFileSync(zip, `bundle ${v}`);
      await run(ctxFor({ path: zip, name: 'bundle', version: v }));
    }),
  );
  const packument = JSON.parse(fake.current('acme-artifacts', 'piksel/npm/lib')!.body.toString()) as Packument;
  expect(Object.keys(packument.versions)).toEqual(versions);
  expect(packument['dist-tags'].latest).toBe('3.0.0');
  const index = JSON.parse(fake.current('acme-artifacts', 'piksel/zip/bundle/index.json')!.body.toString()) as {
    versions: { version: string }[];
  };
  expect(index.versions.map((v) => v.version)).toEqual(versions);
});

test('dry-run writes nothing and contacts nothing', async () => {
  const ctx = ctxFor({ path: await file('lib.tgz', npmTarball({ name: 'lib', version: '1.0.0' })), 'dry-run': 'true' });
  await run(ctx);
  expect(fake.requests).toHaveLength(0);
  expect(ctx.outputs.get('version')).toBe('1.0.0');
  expect(ctx.summary.join('')).toContain('would be written');
});

describe('malformed artifacts and coordinates are refused with nothing written', () => {
  const corpus: [string, () => Promise<Record<string, string>>, RegExp][] = [
    [
      'tarball without package.json',
      async () => ({ path: await file('a.tgz', tarball({ 'package/index.js': '' })), type: 'npm' }),
      /has no package\/package.json/,
    ],
    [
      'not a tarball at all',
      async () => ({ path: await file('a.tgz', 'hello'), type: 'npm' }),
      /not a gzip-compressed tarball/,
    ],
    [
      'gzip of garbage',
      async () => ({ path: await file('a.tgz', gzipSync(Buffer.alloc(700, 1))), type: 'npm' }),
      /not a valid tar archive|has no package/,
    ],
    [
      'invalid semver',
      async () => ({ path: await file('a.tgz', npmTarball({ name: 'lib', version: '1.0' })) }),
      /not a semantic version/,
    ],
    [
      'version with a v',
      async () => ({ path: await file('a.tgz', npmTarball({ name: 'lib', version: 'v1.0.0' })) }),
      /Write it as '1.0.0'/,
    ],
    [
      'bad scope',
      async () => ({ path: await file('a.tgz', npmTarball({ name: '@Acme/lib', version: '1.0.0' })) }),
      /scoped name/,
    ],
    [
      'traversal in the npm name',
      async () => ({ path: await file('a.tgz', npmTarball({ name: '@acme/../../x', version: '1.0.0' })) }),
      /not valid/,
    ],
    [
      'encoded traversal in the npm name',
      async () => ({ path: await file('a.tgz', npmTarball({ name: '%2e%2e', version: '1.0.0' })) }),
      /not valid/,
    ],
    [
      'zip without a name',
      async () => ({ path: await file('a.zip', 'x'), version: '1.0.0' }),
      /'name' is required for type zip/,
    ],
    [
      'zip without a version',
      async () => ({ path: await file('a.zip', 'x'), name: 'a' }),
      /'version' is required for type zip/,
    ],
    [
      'traversal in the zip version',
      async () => ({ path: await file('a.zip', 'x'), name: 'a', version: '../../etc' }),
      /slash/,
    ],
    [
      'dot-dot zip name',
      async () => ({ path: await file('a.zip', 'x'), name: '..', version: '1' }),
      /would leave its folder/,
    ],
    [
      'encoded separator in the zip version',
      async () => ({ path: await file('a.zip', 'x'), name: 'a', version: '1%2f..' }),
      /percent-encoded/,
    ],
    [
      'control character in the zip version',
      async () => ({ path: await file('a.zip', 'x'), name: 'a', version: '1\u0007' }),
      /control character/,
    ],
    [
      'backslash in the zip name',
      async () => ({ path: await file('a.zip', 'x'), name: 'a\\..', version: '1' }),
      /backslash/,
    ],
    [
      'prefix escaping the system',
      async () => ({ path: await file('a.zip', 'x'), name: 'a', version: '1', prefix: '../other' }),
      /prefix '..\/other' is not allowed/,
    ],
    [
      'absolute-looking prefix segments',
      async () => ({ path: await file('a.zip', 'x'), name: 'a', version: '1', prefix: 'a//b' }),
      /is not allowed/,
    ],
    [
      'bucket name',
      async () => ({ path: await file('a.zip', 'x'), name: 'a', version: '1', bucket: 'Bad_Bucket' }),
      /not an S3 bucket name/,
    ],
    [
      'base URL scheme',
      async () => ({ path: await file('a.zip', 'x'), name: 'a', version: '1', 'base-url': 'ftp://x' }),
      /must start with https/,
    ],
    [
      'unknown type',
      async () => ({ path: await file('a.zip', 'x'), type: 'gem' }),
      /allowed values are: maven, npm, python, zip, helm/,
    ],
    ['path that matches nothing', async () => ({ path: join(work, '*.whl') }), /matched no files/],
    ['path that does not exist', async () => ({ path: join(work, 'missing.tgz') }), /does not exist/],
    [
      'files of two kinds',
      async () => ({
        path: `${await file('a.zip', 'x')}\n${await file('b.tgz', npmTarball({ name: 'b', version: '1.0.0' }))}`,
      }),
      /Set the 'type' input/,
    ],
    [
      'an npm dist-tag that is a version',
      async () => ({ path: await file('a.tgz', npmTarball({ name: 'lib', version: '1.0.0' })), 'dist-tag': '1.0.0' }),
      /dist-tag is a word/,
    ],
    [
      'name input that disagrees with package.json',
      async () => ({ path: await file('a.tgz', npmTarball({ name: 'lib', version: '1.0.0' })), name: 'other' }),
      /Input 'name' is 'other'/,
    ],
    [
      'a helm chart',
      async () => {
        mkdirSync(join(work, 'chart'));
        writeFileSync(join(work, 'chart', 'Chart.yaml'), 'name: chart\n');
        return { path: join(work, 'chart') };
      },
      /Chart.yaml: apiVersion: is required/,
    ],
  ];

  test.each(corpus)('%s', async (_, inputs, message) => {
    const run1 = run(ctxFor(await inputs()));
    await expect(run1).rejects.toThrow(ConfigurationError);
    await expect(run1).rejects.toThrow(message);
    expect(fake.writes()).toHaveLength(0);
  });
});

test('a different tarball for a published version is refused with the key named, and nothing else is written', async () => {
  await run(ctxFor({ path: await file('a.tgz', npmTarball({ name: 'lib', version: '1.0.0' })) }));
  const writes = fake.writes().length;
  const run2 = run(
    ctxFor({ path: await file('b.tgz', npmTarball({ name: 'lib', version: '1.0.0' }, { 'x.js': 'changed' })) }),
  );
  await expect(run2).rejects.toThrow(
    /npm lib 1\.0\.0 is already published with different content:\n {2}piksel\/npm\/lib\/-\/lib-1\.0\.0\.tgz/,
  );
  expect(fake.writes()).toHaveLength(writes);
});
