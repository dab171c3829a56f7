import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { planPython } from '../../src/packages/python';
import { parseSimpleProject, parseSimpleRoot, renderProjectPage } from '../../src/packages/python-index';
import type { PlanOptions } from '../../src/packages/types';
import { ConfigurationError } from '../../src/runtime/errors';
import { fakeStoreEachTest, fakeStorePublisher } from './fake-store';

/** Python plans carried out by the store against a stateful S3 fake that enforces conditional writes. */

const BUCKET = 'store';
const PREFIX = 'piksel';
const OPTIONS: PlanOptions = { storeUrl: 'https://cdn.example.com/piksel', now: new Date('2026-11-24T05:00:00Z') };
const each = fakeStoreEachTest('python-store-');
const publisher = () => fakeStorePublisher(BUCKET, PREFIX);

function wheel(name: string, version: string, content = ''): string {
  const folder = join(each.dir, `${name}-${version}-${content.length}`);
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `${name}-${version}-py3-none-any.whl`);
  writeFileSync(
    path,
    zipSync({
      [`${name}/__init__.py`]: strToU8(content),
      [`${name}-${version}.dist-info/METADATA`]: strToU8(`Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\n`),
    }),
  );
  return path;
}

const stored = (key: string) => each.fake.current(BUCKET, `${PREFIX}/${key}`)?.body;
const read = async (key: string) => (await publisher().read(key))?.body;

test('eight concurrent releases: every file in the JSON, the pages rendered from the final JSON', async () => {
  const versions = ['1.0', '1.1', '1.2rc1', '1.2', '1.10', '2.0.dev1', '2.0', '2.0.post1'];
  const plans = await Promise.all(versions.map((v) => planPython([wheel('greet', v)], OPTIONS)));
  const results = await Promise.allSettled(plans.map((p) => publisher().publish(p)));
  expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
  const json = stored('python/simple/greet/index.json')!;
  const project = parseSimpleProject(json, 'p');
  expect(project.versions).toEqual(['1.0', '1.1', '1.2rc1', '1.2', '1.10', '2.0.dev1', '2.0', '2.0.post1']);
  expect(project.files.map((f) => f.filename).sort()).toEqual(
    versions.map((v) => `greet-${v}-py3-none-any.whl`).sort(),
  );
  const page = renderProjectPage(project);
  expect(stored('python/simple/greet/')).toEqual(page);
  expect(stored('python/simple/greet/index.html')).toEqual(page);
  expect(each.fake.current(BUCKET, `${PREFIX}/python/simple/greet/`)!.contentType).toBe('text/html');
  expect(parseSimpleRoot(stored('python/simple/index.json')!, 'r').projects).toEqual([{ name: 'greet' }]);
  expect(each.fake.requests.some((r) => r.key === `${PREFIX}/python/simple/greet/index.json` && r.status === 412)).toBe(
    true,
  );
});

test('projects published at once all reach the root index', async () => {
  const names = ['alpha', 'bravo', 'charlie', 'delta'];
  const plans = await Promise.all(names.map((n) => planPython([wheel(n, '1.0')], OPTIONS)));
  const results = await Promise.allSettled(plans.map((p) => publisher().publish(p)));
  expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
  expect(parseSimpleRoot(stored('python/simple/index.json')!, 'r').projects.map((p) => p.name)).toEqual(names);
  const root = stored('python/simple/')!.toString();
  for (const n of names) expect(root).toContain(`<a href="${n}/">${n}</a>`);
});

test('the same wheel again is unchanged; another wheel under its name is refused with nothing written', async () => {
  const file = wheel('greet', '1.0');
  await publisher().publish(await planPython([file], OPTIONS));
  const again = await publisher().publish(await planPython([file], OPTIONS));
  expect(again.unchanged).toBe(true);
  expect(again.indexes.map((i) => i.outcome)).toEqual(['unchanged', 'unchanged']);

  const writes = each.fake.writes().length;
  const error = await publisher()
    .publish(await planPython([wheel('greet', '1.0', 'print("changed")\n')], OPTIONS))
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigurationError);
  expect((error as Error).message).toMatch(/greet-1\.0-py3-none-any\.whl/);
  expect(each.fake.writes().length).toBe(writes);
});

test('pages another tool wrote (HTML, no JSON) are adopted: none of their files or projects is dropped', async () => {
  const hash = 'a'.repeat(64);
  each.fake.seed(
    BUCKET,
    `${PREFIX}/python/simple/greet/`,
    `<!DOCTYPE html><html><body><h1>Links for greet</h1>
<a href="../../packages/greet-0.9.tar.gz#sha256=${hash}" data-requires-python="&gt;=3.7">greet-0.9.tar.gz</a><br/>
<a href='https://old.example.com/greet-0.8-py3-none-any.whl'>greet-0.8-py3-none-any.whl</a>
</body></html>`,
    {},
    'text/html',
  );
  each.fake.seed(
    BUCKET,
    `${PREFIX}/python/simple/`,
    '<html><body><a href="greet/">greet</a><a href="other/">other</a></body></html>',
  );
  await publisher().publish(await planPython([wheel('greet', '1.0')], { ...OPTIONS, readStored: read }));

  const project = parseSimpleProject(stored('python/simple/greet/index.json')!, 'p');
  expect(project.versions).toEqual(['0.8', '0.9', '1.0']);
  expect(project.files.map((f) => [f.filename, f.url, f.hashes.sha256, f['requires-python']])).toEqual([
    ['greet-0.9.tar.gz', '../../packages/greet-0.9.tar.gz', hash, '>=3.7'],
    ['greet-0.8-py3-none-any.whl', 'https://old.example.com/greet-0.8-py3-none-any.whl', undefined, undefined],
    ['greet-1.0-py3-none-any.whl', '../../files/greet/greet-1.0-py3-none-any.whl', expect.any(String), undefined],
  ]);
  const page = stored('python/simple/greet/')!.toString();
  expect(page).toContain(`href="../../packages/greet-0.9.tar.gz#sha256=${hash}" data-requires-python="&gt;=3.7"`);
  expect(page).toContain('href="https://old.example.com/greet-0.8-py3-none-any.whl">');
  expect(parseSimpleRoot(stored('python/simple/index.json')!, 'r').projects.map((p) => p.name)).toEqual([
    'greet',
    'other',
  ]);
});
