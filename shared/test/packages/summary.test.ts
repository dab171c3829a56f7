import { artifactUrls, indexUrl, installSnippets, publishSummary } from '../../src/packages/summary';
import type { PackageType, PublishPlan } from '../../src/packages/types';

const STORE = 'https://artifacts.example.com/piksel';
function plan(type: PackageType, name: string, version: string, keys: string[], indexKey: string): PublishPlan {
  return {
    type,
    name,
    version,
    artifacts: keys.map((key) => ({
      key,
      body: Buffer.from(''),
      size: 2048,
      contentType: 'x',
      sha256: 'f'.repeat(64),
    })),
    indexes: [],
    indexKey,
  };
}

test.each<[PublishPlan, string[]]>([
  [
    plan('npm', '@acme/widgets', '1.2.0', ['npm/@acme/widgets/-/widgets-1.2.0.tgz'], 'npm/'),
    [
      'npm install --registry https://artifacts.example.com/piksel/npm/ @acme/widgets@1.2.0',
      '@acme:registry=https://artifacts.example.com/piksel/npm/',
    ],
  ],
  [
    plan('npm', 'lib', '1.0.0', ['npm/lib/-/lib-1.0.0.tgz'], 'npm/'),
    [
      'npm install --registry https://artifacts.example.com/piksel/npm/ lib@1.0.0',
      'registry=https://artifacts.example.com/piksel/npm/',
    ],
  ],
  [
    plan('python', 'my-lib', '1.0.0rc1', ['python/packages/my_lib-1.0.0rc1-py3-none-any.whl'], 'python/simple/'),
    [
      'pip install --index-url https://artifacts.example.com/piksel/python/simple/ my-lib==1.0.0rc1',
      'pip install --extra-index-url https://artifacts.example.com/piksel/python/simple/ my-lib==1.0.0rc1',
    ],
  ],
  [
    plan('zip', 'site', '2.0', ['zip/site/2.0/site.zip', 'zip/site/2.0/site.zip.sha256'], 'zip/site/index.json'),
    [
      'curl -fsSLO https://artifacts.example.com/piksel/zip/site/2.0/site.zip\ncurl -fsSL https://artifacts.example.com/piksel/zip/site/2.0/site.zip.sha256 | sha256sum -c -',
    ],
  ],
])('install snippets for %#', (p, texts) => {
  expect(installSnippets(p, STORE).map((s) => s.text)).toEqual(texts);
});

test('maven: a <repository> and a <dependency> from groupId:artifactId', () => {
  const p = plan(
    'maven',
    'com.acme:lib',
    '1.0',
    ['maven/com/acme/lib/1.0/lib-1.0.jar', 'maven/com/acme/lib/1.0/lib-1.0.jar.sha1'],
    'maven/',
  );
  const [xml] = installSnippets(p, STORE);
  expect(xml.text).toContain('<url>https://artifacts.example.com/piksel/maven</url>');
  expect(xml.text).toContain('<groupId>com.acme</groupId>\n  <artifactId>lib</artifactId>\n  <version>1.0</version>');
  expect(artifactUrls(p, STORE)).toEqual(['https://artifacts.example.com/piksel/maven/com/acme/lib/1.0/lib-1.0.jar']);
  expect(indexUrl(p, STORE)).toBe('https://artifacts.example.com/piksel/maven/');
});

test('the summary says what is new and what was already there', () => {
  const p = plan('zip', 'site', '2.0', ['zip/site/2.0/a.zip', 'zip/site/2.0/b.zip'], 'zip/site/index.json');
  const md = publishSummary(p, STORE, {
    artifacts: [
      { key: 'zip/site/2.0/a.zip', storeKey: 'piksel/zip/site/2.0/a.zip', size: 2048, outcome: 'created' },
      { key: 'zip/site/2.0/b.zip', storeKey: 'piksel/zip/site/2.0/b.zip', size: 2048, outcome: 'unchanged' },
    ],
    indexes: [],
    unchanged: false,
  });
  expect(md).toContain('## zip site 2.0: published');
  expect(md).toContain(
    '| [zip/site/2.0/a.zip](https://artifacts.example.com/piksel/zip/site/2.0/a.zip) | 2.0 KiB | `ffffffffffff…` | new |',
  );
  expect(md).toContain('| unchanged |');
  expect(md).toContain('Point clients at **https://artifacts.example.com/piksel/zip/site/index.json**');
  expect(publishSummary(p, STORE)).toContain('dry run: nothing written');
});
