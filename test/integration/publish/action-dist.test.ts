import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runActionAsGitHub } from '../../../scripts/action-runner';
import { startGatedS3, type GatedS3 } from '../../utils/s3-policy-gate';

/** The committed bundle (dist/index.js) run as the GitHub runner runs it, against s3rver. */

jest.setTimeout(240_000);

const ACTION = resolve(__dirname, '../../../actions/publish-package/action.yml');
let s3: GatedS3;
let work: string;

beforeAll(async () => {
  s3 = await startGatedS3('dist-store');
  work = mkdtempSync(join(tmpdir(), 'publish-dist-'));
});
afterAll(async () => {
  await s3.stop();
  rmSync(work, { recursive: true, force: true });
});

const common = () => ({
  policy: join(work, 'no-policy.yml'),
  bucket: s3.bucket,
  prefix: 'piksel',
  'base-url': `${s3.endpoint}/${s3.bucket}`,
});

test('publishes a zip: outputs, summary, and the file served with its sha256', async () => {
  const body = Buffer.from('release bundle');
  writeFileSync(join(work, 'bundle.zip'), body);
  const result = await runActionAsGitHub(
    ACTION,
    { ...common(), path: 'bundle.zip', name: 'bundle', version: '1.0.0' },
    { env: s3.env, cwd: work },
  );
  expect(result.errors).toEqual([]);
  expect(result.exitCode).toBe(0);
  const url = `${s3.endpoint}/${s3.bucket}/piksel/zip/bundle/1.0.0/bundle.zip`;
  expect(result.outputs).toEqual({
    name: 'bundle',
    version: '1.0.0',
    urls: url,
    'index-url': `${s3.endpoint}/${s3.bucket}/piksel/zip/bundle/index.json`,
  });
  expect(result.summary).toContain('zip bundle 1.0.0: published');
  const served = Buffer.from(await (await fetch(url)).arrayBuffer());
  expect(createHash('sha256').update(served).digest('hex')).toBe(createHash('sha256').update(body).digest('hex'));
});

test('a mistake fails the step as a configuration error, naming what to change', async () => {
  writeFileSync(join(work, 'x.zip'), 'x');
  const result = await runActionAsGitHub(
    ACTION,
    { ...common(), path: 'x.zip', name: 'x', version: '../1' },
    { env: s3.env, cwd: work },
  );
  expect(result.exitCode).toBe(1);
  expect(result.errors.join('\n')).toMatch(
    /^Configuration error: The zip version '..\/1' is not allowed: it contains a slash/,
  );
});
