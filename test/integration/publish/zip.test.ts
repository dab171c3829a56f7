import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ZipIndex } from '../../../shared/src/packages/zip';
import { startGatedS3, type GatedS3 } from '../../utils/s3-policy-gate';
import { withEnv } from '../../utils/action-context';
import { publishToStore } from './store-run';

/** zip files published to s3rver, downloaded over HTTP and checked with the real sha256sum. */

// A project-level testTimeout in jest.config.js is not applied by Jest: real clients need longer than 5 s.
jest.setTimeout(240_000);

let s3: GatedS3;
let work: string;
let restoreEnv: () => void;

beforeAll(async () => {
  s3 = await startGatedS3('zip-store');
  work = mkdtempSync(join(tmpdir(), 'publish-zip-'));
  restoreEnv = withEnv(s3.env);
});
afterAll(async () => {
  restoreEnv();
  await s3.stop();
  rmSync(work, { recursive: true, force: true });
});

function publish(inputs: Record<string, string>) {
  return publishToStore(s3, work, inputs);
}

async function download(url: string): Promise<Buffer> {
  const res = await fetch(url);
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

test('a small and a large (multipart) file, downloaded and verified with sha256sum; the index lists both versions', async () => {
  const small = randomBytes(1000);
  const large = randomBytes(20 * 1024 * 1024);
  writeFileSync(join(work, 'site.zip'), small);
  writeFileSync(join(work, 'data.bin'), large);
  const ctx = await publish({
    path: `${join(work, '*.zip')}\n${join(work, 'data.bin')}`,
    name: 'site',
    version: '1.0.0',
    type: 'zip',
  });
  const base = `${s3.endpoint}/${s3.bucket}/piksel/zip/site`;
  expect(ctx.outputs.get('urls')!.split('\n')).toEqual([`${base}/1.0.0/data.bin`, `${base}/1.0.0/site.zip`]);
  expect(ctx.outputs.get('index-url')).toBe(`${base}/index.json`);
  expect(ctx.summary.join('')).toContain(`curl -fsSL ${base}/1.0.0/site.zip.sha256 | sha256sum -c -`);

  const dl = mkdtempSync(join(work, 'download-'));
  for (const [file, content] of [
    ['site.zip', small],
    ['data.bin', large],
  ] as const) {
    const body = await download(`${base}/1.0.0/${file}`);
    expect(createHash('sha256').update(body).digest('hex')).toBe(createHash('sha256').update(content).digest('hex'));
    writeFileSync(join(dl, file), body);
    writeFileSync(join(dl, `${file}.sha256`), await download(`${base}/1.0.0/${file}.sha256`));
    expect(execFileSync('sha256sum', ['-c', `${file}.sha256`], { cwd: dl, encoding: 'utf8' })).toBe(`${file}: OK\n`);
  }

  writeFileSync(join(work, 'site.zip'), randomBytes(10));
  await publish({ path: join(work, 'site.zip'), name: 'site', version: '1.1.0' });
  const index = JSON.parse((await download(`${base}/index.json`)).toString()) as ZipIndex;
  expect(index.latest).toBe('1.1.0');
  expect(index.versions.map((v) => [v.version, v.files.map((f) => [f.name, f.size])])).toEqual([
    [
      '1.0.0',
      [
        ['data.bin', large.length],
        ['site.zip', 1000],
      ],
    ],
    ['1.1.0', [['site.zip', 10]]],
  ]);
});

test('dry-run validates and prints the plan, and writes nothing', async () => {
  writeFileSync(join(work, 'dry.zip'), 'x');
  const ctx = await publish({ path: join(work, 'dry.zip'), name: 'dry', version: '1.0.0', 'dry-run': 'true' });
  expect(ctx.logger.text()).toContain('would write piksel/zip/dry/1.0.0/dry.zip');
  expect(ctx.summary.join('')).toContain('dry run: nothing written');
  const res = await fetch(`${s3.endpoint}/${s3.bucket}/piksel/zip/dry/index.json`);
  expect(res.status).toBe(404);
});
