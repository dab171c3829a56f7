import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { pack } from 'tar-stream';
import { parseCoreMetadata, planPython } from '../../src/packages/python';
import {
  filesFromProjectPage,
  mergeSimpleProject,
  mergeSimpleRoot,
  parseSimpleProject,
  parseSimpleRoot,
  projectsFromRootPage,
  renderProjectPage,
  type SimpleFile,
} from '../../src/packages/python-index';
import type { PlanOptions } from '../../src/packages/types';
import { ConfigurationError } from '../../src/runtime/errors';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'python-plan-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const NOW = new Date('2026-11-24T05:06:07Z');
const OPTIONS: PlanOptions = { storeUrl: 'https://artifacts.example.com/piksel', now: NOW };

function metadata(name: string, version: string, extra: string[] = []): string {
  return ['Metadata-Version: 2.1', `Name: ${name}`, `Version: ${version}`, ...extra, '', 'Description body.', ''].join(
    '\n',
  );
}

function wheel(filename: string, distInfo: string, meta: string | undefined): string {
  const files: Record<string, Uint8Array> = { 'pkg/__init__.py': strToU8('') };
  if (meta !== undefined) files[`${distInfo}/METADATA`] = strToU8(meta);
  files[`${distInfo}/WHEEL`] = strToU8('Wheel-Version: 1.0\n');
  const path = join(dir, filename);
  writeFileSync(path, zipSync(files));
  return path;
}

async function sdist(filename: string, entries: Record<string, string>): Promise<string> {
  const tar = pack();
  const chunks: Buffer[] = [];
  tar.on('data', (c: unknown) => void chunks.push(c as Buffer));
  const done = new Promise<void>((resolve) => tar.on('end', () => resolve()));
  for (const [name, content] of Object.entries(entries)) tar.entry({ name }, content);
  tar.finalize();
  await done;
  const path = join(dir, filename);
  writeFileSync(path, gzipSync(Buffer.concat(chunks)));
  return path;
}

test('a wheel and an sdist of one release: files, PEP 658 metadata, project and root indexes', async () => {
  const meta = metadata('Acme.Greet_Tools', '1.0.0-RC.1', ['Requires-Python: >=3.8,<4']);
  const plan = await planPython(
    [
      wheel('acme_greet_tools-1.0.0rc1-py3-none-any.whl', 'acme_greet_tools-1.0.0rc1.dist-info', meta),
      await sdist('acme_greet_tools-1.0.0rc1.tar.gz', { 'acme_greet_tools-1.0.0rc1/PKG-INFO': meta }),
    ],
    OPTIONS,
  );
  expect(plan).toMatchObject({
    type: 'python',
    name: 'Acme.Greet_Tools',
    version: '1.0.0rc1',
    indexKey: 'python/simple/',
  });
  expect(plan.artifacts.map((a) => a.key)).toEqual([
    'python/files/acme-greet-tools/acme_greet_tools-1.0.0rc1-py3-none-any.whl',
    'python/files/acme-greet-tools/acme_greet_tools-1.0.0rc1-py3-none-any.whl.metadata',
    'python/files/acme-greet-tools/acme_greet_tools-1.0.0rc1.tar.gz',
  ]);
  expect(plan.artifacts[1].body).toEqual(Buffer.from(meta));
  expect(plan.indexes.map((i) => i.key)).toEqual([
    'python/simple/acme-greet-tools/index.json',
    'python/simple/index.json',
  ]);

  const json = plan.indexes[0].merge(undefined)!;
  const project = parseSimpleProject(json, 'p');
  expect(project.versions).toEqual(['1.0.0rc1']);
  expect(project.files[0]).toEqual({
    filename: 'acme_greet_tools-1.0.0rc1-py3-none-any.whl',
    url: '../../files/acme-greet-tools/acme_greet_tools-1.0.0rc1-py3-none-any.whl',
    hashes: { sha256: plan.artifacts[0].sha256 },
    'requires-python': '>=3.8,<4',
    'core-metadata': { sha256: createHash('sha256').update(meta).digest('hex') },
    'dist-info-metadata': { sha256: createHash('sha256').update(meta).digest('hex') },
    size: plan.artifacts[0].size,
    'upload-time': '2026-11-24T05:06:07.000Z',
    yanked: false,
  });
  expect(project.files[1]['core-metadata']).toBeUndefined();

  const pages = plan.indexes[0].derived!(json);
  expect(pages.map((p) => [p.key, p.contentType])).toEqual([
    ['python/simple/acme-greet-tools/', 'text/html'],
    ['python/simple/acme-greet-tools/index.html', 'text/html'],
  ]);
  const html = pages[0].body.toString();
  expect(html).toContain(
    `<a href="../../files/acme-greet-tools/acme_greet_tools-1.0.0rc1-py3-none-any.whl#sha256=${plan.artifacts[0].sha256}" data-requires-python="&gt;=3.8,&lt;4"`,
  );
  expect(html).toContain('data-core-metadata="sha256=');

  const root = plan.indexes[1].merge(undefined)!;
  expect(parseSimpleRoot(root, 'r').projects).toEqual([{ name: 'acme-greet-tools' }]);
  expect(plan.indexes[1].derived!(root).map((p) => p.key)).toEqual(['python/simple/', 'python/simple/index.html']);
  expect(plan.indexes[1].derived!(root)[0].body.toString()).toContain(
    '<a href="acme-greet-tools/">acme-greet-tools</a>',
  );
  // The same release again changes nothing.
  expect(plan.indexes[0].merge(json)).toBeUndefined();
  expect(plan.indexes[1].merge(root)).toBeUndefined();
});

test('a wheel with a build tag and a zip sdist are read like the others', async () => {
  const meta = metadata('greet', '2.0');
  const sdistZip = join(dir, 'greet-2.0.zip');
  writeFileSync(sdistZip, zipSync({ 'greet-2.0/PKG-INFO': strToU8(meta) }));
  const plan = await planPython(
    [wheel('greet-2.0-1-py3-none-any.whl', 'greet-2.0.dist-info', meta), sdistZip],
    OPTIONS,
  );
  expect(plan.artifacts.map((a) => [a.key, a.contentType])).toEqual([
    ['python/files/greet/greet-2.0-1-py3-none-any.whl', 'application/zip'],
    ['python/files/greet/greet-2.0-1-py3-none-any.whl.metadata', 'text/plain; charset=utf-8'],
    ['python/files/greet/greet-2.0.zip', 'application/zip'],
  ]);
});

const file = (filename: string, sha256: string): SimpleFile => ({
  filename,
  url: `../../files/p/${filename}`,
  hashes: { sha256 },
});

test('merging keeps every published file and orders versions by PEP 440', () => {
  let project = mergeSimpleProject(undefined, { name: 'p', version: '1.10', files: [file('p-1.10.tar.gz', 'a')] });
  project = mergeSimpleProject(project, { name: 'p', version: '1.9', files: [file('p-1.9.tar.gz', 'b')] });
  project = mergeSimpleProject(project, { name: 'p', version: '1.10rc1', files: [file('p-1.10rc1.tar.gz', 'c')] });
  // Another wheel for a published version is added beside the others.
  project = mergeSimpleProject(project, { name: 'p', version: '1.9', files: [file('p-1.9-py3-none-any.whl', 'd')] });
  expect(project!.versions).toEqual(['1.9', '1.10rc1', '1.10']);
  expect(project!.files.map((f) => f.filename)).toEqual([
    'p-1.10.tar.gz',
    'p-1.9.tar.gz',
    'p-1.10rc1.tar.gz',
    'p-1.9-py3-none-any.whl',
  ]);
  expect(() =>
    mergeSimpleProject(project, { name: 'p', version: '1.9', files: [file('p-1.9.tar.gz', 'other')] }),
  ).toThrow(ConfigurationError);
  let root = mergeSimpleRoot(undefined, 'zeta');
  root = mergeSimpleRoot(root, 'alpha');
  expect(root!.projects.map((p) => p.name)).toEqual(['alpha', 'zeta']);
});

test('an existing page is read back: hashes, Requires-Python, metadata hash, yanked; our own pages round-trip', () => {
  const h = 'b'.repeat(64);
  const html = `<a href="../../f/p-1.whl#sha256=${h.toUpperCase()}" data-requires-python="&gt;=3.8,&lt;4" data-dist-info-metadata="sha256=${h}">p-1.whl</a>
<A HREF='p-0.9.tar.gz#md5=abc' data-yanked="">p-0.9.tar.gz</A><a name="x">not a link</a>`;
  expect(filesFromProjectPage(html)).toEqual([
    {
      filename: 'p-1.whl',
      url: '../../f/p-1.whl',
      hashes: { sha256: h },
      'requires-python': '>=3.8,<4',
      'core-metadata': { sha256: h },
      'dist-info-metadata': { sha256: h },
    },
    { filename: 'p-0.9.tar.gz', url: 'p-0.9.tar.gz', hashes: {}, yanked: true },
  ]);
  const project = mergeSimpleProject(undefined, {
    name: 'p',
    version: '1',
    files: [{ ...file('p-1.tar.gz', 'c'.repeat(64)), 'requires-python': '>=3"<' }],
  })!;
  expect(filesFromProjectPage(renderProjectPage(project).toString())).toEqual(
    project.files.map((f) => ({ filename: f.filename, url: f.url, hashes: f.hashes, 'requires-python': '>=3"<' })),
  );
  expect(projectsFromRootPage('<a href="a/">a</a><br><a href="b-c/">b-c</a>')).toEqual(['a', 'b-c']);
});

test('HTML escapes what comes from metadata', () => {
  const html = renderProjectPage({
    meta: { 'api-version': '1.1' },
    name: 'p',
    versions: ['1'],
    files: [{ ...file('p-1.tar.gz', 'a'), 'requires-python': '>=3"><script>' }],
  }).toString();
  expect(html).toContain('data-requires-python="&gt;=3&quot;&gt;&lt;script&gt;"');
  expect(html).not.toContain('<script>');
});

test('core metadata: continuation lines, case-insensitive headers, the body ignored', () => {
  expect(
    parseCoreMetadata(
      'metadata-version: 2.1\r\nNAME: x\r\nversion: 1\r\nSummary: a\r\n  b\r\n\r\nName: ignored\r\n',
      'm',
    ),
  ).toEqual({ name: 'x', version: '1', metadataVersion: '2.1', summary: 'a\nb', requiresPython: undefined });
});

describe('refused with a ConfigurationError that says what to change', () => {
  test.each<[string, () => Promise<string[]> | string[], RegExp]>([
    ['wheel name and METADATA name differ', () => [wheel('other-1.0-py3-none-any.whl', 'other-1.0.dist-info', metadata('greet', '1.0'))], /names project 'other' but its METADATA says 'greet'/],
    ['wheel version and METADATA version differ', () => [wheel('greet-1.1-py3-none-any.whl', 'greet-1.1.dist-info', metadata('greet', '1.0'))], /names version '1\.1' but its METADATA says '1\.0'/],
    ['dist-info folder of another release', () => [wheel('greet-1.0-py3-none-any.whl', 'greet-0.9.dist-info', metadata('greet', '1.0'))], /folder/],
    ['an invalid version', () => [wheel('greet-banana-py3-none-any.whl', 'greet-banana.dist-info', metadata('greet', 'banana'))], /'banana' .* is not a PEP 440 version/],
    ['a local version', () => [wheel('greet-1.0+dirty-py3-none-any.whl', 'greet-1.0+dirty.dist-info', metadata('greet', '1.0+dirty'))], /local part .* Publish '1\.0'/],
    ['an invalid project name', () => [wheel('x-1.0-py3-none-any.whl', 'x-1.0.dist-info', metadata('../x', '1.0'))], /Project name '\.\.\/x'/],
    ['a wheel without METADATA', () => [wheel('greet-1.0-py3-none-any.whl', 'greet-1.0.dist-info', undefined)], /has no <name>-<version>\.dist-info\/METADATA/],
    ['METADATA without Version', () => [wheel('greet-1.0-py3-none-any.whl', 'greet-1.0.dist-info', 'Metadata-Version: 2.1\nName: greet\n')], /has no Version header/],
    ['METADATA that is not headers', () => [wheel('greet-1.0-py3-none-any.whl', 'greet-1.0.dist-info', 'just text\n')], /not in the core metadata format/],
    ['a wheel file name without tags', () => [wheel('greet-1.0.whl', 'greet-1.0.dist-info', metadata('greet', '1.0'))], /is not a wheel file name/],
    ['a wheel that is not a zip', () => { const p = join(dir, 'greet-1.0-py3-none-any.whl'); writeFileSync(p, 'nope'); return [p]; }, /not a valid wheel/],
    ['an sdist without PKG-INFO', async () => [await sdist('greet-1.0.tar.gz', { 'greet-1.0/setup.py': '' })], /has no <name>-<version>\/PKG-INFO/],
    ['an sdist named for another version', async () => [await sdist('greet-2.0.tar.gz', { 'greet-2.0/PKG-INFO': metadata('greet', '1.0') })], /names version '2\.0' but its PKG-INFO says '1\.0'/],
    ['an sdist that is not gzip', () => { const p = join(dir, 'greet-1.0.tar.gz'); writeFileSync(p, 'nope'); return [p]; }, /not a gzip-compressed tarball/],
    ['a file of another kind', () => { const p = join(dir, 'greet-1.0.rpm'); writeFileSync(p, 'x'); return [p]; }, /is not a Python distribution/],
    ['a file name with an encoded separator', () => { const p = join(dir, 'greet%2f-1.0.tar.gz'); writeFileSync(p, 'x'); return [p]; }, /not allowed/],
    ['two releases in one step', async () => [
      wheel('greet-1.0-py3-none-any.whl', 'greet-1.0.dist-info', metadata('greet', '1.0')),
      await sdist('greet-1.1.tar.gz', { 'greet-1.1/PKG-INFO': metadata('greet', '1.1') }),
    ], /One step publishes one release/],
  ])('%s', async (_, files, message) => {
    const error = await planPython(await files(), OPTIONS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(message);
  }); // prettier-ignore

  test('inputs that contradict the metadata; equivalent spellings are accepted', async () => {
    const files = [wheel('greet-1.0-py3-none-any.whl', 'greet-1.0.dist-info', metadata('Greet', '1.0'))];
    await expect(planPython(files, { ...OPTIONS, version: '2.0' })).rejects.toThrow(/Input 'version' is '2\.0'/);
    await expect(planPython(files, { ...OPTIONS, name: 'other' })).rejects.toThrow(/Input 'name'/);
    await expect(planPython(files, { ...OPTIONS, name: 'GREET', version: '1.0.0' })).rejects.toThrow(/Input 'version'/);
    await expect(planPython(files, { ...OPTIONS, name: 'GREET', version: 'v1.0' })).resolves.toBeDefined();
  });

  test('a file listed with another hash is refused before anything is written', async () => {
    const plan = await planPython(
      [wheel('greet-1.0-py3-none-any.whl', 'greet-1.0.dist-info', metadata('greet', '1.0'))],
      OPTIONS,
    );
    const stored = Buffer.from(
      JSON.stringify({ name: 'greet', versions: ['1.0'], files: [file('greet-1.0-py3-none-any.whl', 'f'.repeat(64))] }),
    );
    expect(() => plan.indexes[0].validate!(stored)).toThrow(/already published with other content/);
  });
});
