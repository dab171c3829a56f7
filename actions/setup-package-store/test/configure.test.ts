import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { configureClients, loopbackBypass, mergeMavenSettings, mergeNpmrc } from '../src/configure';
import { clientUrls } from '../src/paths';
import { MemoryLogger } from '../../../test/utils/loggers';

const URL = 'http://127.0.0.1:8765/npm/';

test.each<[string, string, string[], string]>([
  ['an empty file', '', ['@acme'], `@acme:registry=${URL}\n`],
  [
    'other settings kept, an earlier registry of the scope replaced',
    'fund=false\n@acme:registry=http://127.0.0.1:1/npm/\n@other:registry=https://r.example.com/\n\n',
    ['@acme', '@tools'],
    `fund=false\n@other:registry=https://r.example.com/\n@acme:registry=${URL}\n@tools:registry=${URL}\n`,
  ],
])('.npmrc: %s', (_, current, scopes, expected) => {
  expect(mergeNpmrc(current, scopes, URL)).toBe(expected);
});

const maven = 'http://127.0.0.1:8765/maven/';
const parse = (xml: string) =>
  new XMLParser({ isArray: (name) => ['mirror', 'profile', 'activeProfile', 'server'].includes(name) }).parse(xml);

describe('settings.xml', () => {
  test('a new file: an active profile with the repository and plugin repository, and a mirror of its id', () => {
    const doc = parse(mergeMavenSettings(undefined, 'piksel', maven, 's.xml')).settings;
    expect(doc.mirrors.mirror).toEqual([{ id: 'artifacts-piksel-endpoint', mirrorOf: 'artifacts-piksel', url: maven }]);
    expect(doc.profiles.profile[0].repositories.repository).toMatchObject({
      id: 'artifacts-piksel',
      url: maven,
      releases: { checksumPolicy: 'fail' },
    });
    expect(doc.profiles.profile[0].pluginRepositories.pluginRepository.url).toBe(maven);
    expect(doc.activeProfiles.activeProfile).toEqual(['artifacts-piksel']);
  });

  test("merged into setup-java's file: its elements kept, ours added inside the existing ones", () => {
    const current = `<?xml version="1.0"?>\n<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">\n  <servers><server><id>github</id></server></servers>\n  <mirrors>\n    <mirror><id>corp</id><mirrorOf>central</mirrorOf><url>https://m.example.com</url></mirror>\n  </mirrors>\n  <profiles/>\n</settings>\n`;
    const doc = parse(mergeMavenSettings(current, 'piksel', maven, 's.xml')).settings;
    expect(doc.servers.server).toEqual([{ id: 'github' }]);
    expect(doc.mirrors.mirror.map((m: { id: string }) => m.id)).toEqual(['artifacts-piksel-endpoint', 'corp']);
    expect(doc.profiles.profile.map((p: { id: string }) => p.id)).toEqual(['artifacts-piksel']);
    expect(doc.activeProfiles.activeProfile).toEqual(['artifacts-piksel']);
  });

  test('a second run replaces what the first added, with the new port', () => {
    const first = mergeMavenSettings(undefined, 'piksel', 'http://127.0.0.1:1/maven/', 's.xml');
    const second = mergeMavenSettings(first, 'piksel', maven, 's.xml');
    const doc = parse(second).settings;
    expect(doc.mirrors.mirror).toHaveLength(1);
    expect(doc.profiles.profile).toHaveLength(1);
    expect(doc.activeProfiles.activeProfile).toEqual(['artifacts-piksel']);
    expect(second).not.toContain('127.0.0.1:1/');
  });

  test('a file without a <settings> element is refused, not clobbered', () => {
    expect(() => mergeMavenSettings('<project/>', 'piksel', maven, '/home/u/.m2/settings.xml')).toThrow(
      /\/home\/u\/\.m2\/settings\.xml has no <settings> element[\s\S]*configure: false/,
    );
  });
});

describe('configureClients', () => {
  let home: string;
  beforeEach(() => (home = mkdtempSync(join(tmpdir(), 'configure-'))));
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  test('writes .npmrc, pip.conf and settings.xml, and exports PIP_INDEX_URL', () => {
    const exported: Record<string, string> = {};
    const written = configureClients({
      home,
      env: {},
      system: 'piksel',
      npmScopes: ['@acme'],
      urls: clientUrls('http://127.0.0.1:8765'),
      logger: new MemoryLogger(),
      exportVariable: (n, v) => void (exported[n] = v),
    });
    expect(written).toEqual([
      join(home, '.npmrc'),
      join(home, '.config', 'pip', 'pip.conf'),
      join(home, '.m2', 'settings.xml'),
    ]);
    expect(exported).toEqual({ PIP_INDEX_URL: 'http://127.0.0.1:8765/python/simple/' });
    expect(readFileSync(join(home, '.config', 'pip', 'pip.conf'), 'utf8')).toContain(
      'index-url = http://127.0.0.1:8765/python/simple/',
    );
  });

  test("without npm scopes .npmrc is left alone with a warning; a user's pip.conf is left alone", () => {
    mkdirSync(join(home, '.config', 'pip'), { recursive: true });
    writeFileSync(join(home, '.config', 'pip', 'pip.conf'), '[global]\ntimeout = 60\n');
    const logger = new MemoryLogger();
    const written = configureClients({
      home,
      env: {},
      system: 'piksel',
      npmScopes: [],
      urls: clientUrls('http://127.0.0.1:8765'),
      logger,
      exportVariable: () => undefined,
    });
    expect(written).toEqual([join(home, '.m2', 'settings.xml')]);
    expect(logger.text()).toContain('The policy names no npm scopes (packages.npmScopes)');
    expect(logger.text()).toContain('PIP_INDEX_URL overrides its index-url');
    expect(readFileSync(join(home, '.config', 'pip', 'pip.conf'), 'utf8')).toBe('[global]\ntimeout = 60\n');
  });
});

// Behind a proxy, the later steps' npm and pip must reach the endpoint on loopback directly.
test.each<[string, NodeJS.ProcessEnv, Record<string, string>]>([
  ['no proxy: nothing exported', { no_proxy: '.internal' }, {}],
  [
    'a proxy: loopback added to both cases',
    { https_proxy: 'http://proxy.corp:3128' },
    { no_proxy: '127.0.0.1,localhost', NO_PROXY: '127.0.0.1,localhost' },
  ],
  [
    "the job's list kept, lower case first, nothing repeated",
    { HTTP_PROXY: 'proxy.corp:3128', no_proxy: '.internal, localhost', NO_PROXY: 'ignored.example' },
    { no_proxy: '.internal,localhost,127.0.0.1', NO_PROXY: '.internal,localhost,127.0.0.1' },
  ],
])('loopbackBypass: %s', (_, env, exported) => {
  expect(loopbackBypass(env)).toEqual(exported);
});
