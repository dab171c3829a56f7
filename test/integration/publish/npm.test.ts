import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGatedS3, type GatedS3 } from '../../utils/s3-policy-gate';
import { withEnv } from '../../utils/action-context';
import { publishToStore } from './store-run';

/**
 * The real npm client installs from what publish-package wrote to s3rver: a plain package, a scoped one
 * that depends on it, and a second version that moves `latest`.
 */

// A project-level testTimeout in jest.config.js is not applied by Jest: real clients need longer than 5 s.
jest.setTimeout(240_000);

let s3: GatedS3;
let work: string;
let restoreEnv: () => void;
const PREFIX = 'piksel';

/** npm with its own cache and an empty user config, so nothing of this machine's npm setup leaks in. */
function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: work,
      npm_config_userconfig: join(work, 'empty-npmrc'),
      npm_config_globalconfig: join(work, 'empty-global-npmrc'),
      npm_config_cache: join(work, 'npm-cache'),
      npm_config_update_notifier: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Builds a package with the real `npm pack`; returns the tarball's path. */
function pack(name: string, version: string, source: string, dependencies: Record<string, string> = {}): string {
  const dir = join(work, 'src', `${name.replace('/', '__')}-${version}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name, version, main: 'index.js', dependencies, description: `${name} ${version}` }),
  );
  writeFileSync(join(dir, 'index.js'), source);
  const out = JSON.parse(npm(['pack', '--json', '--pack-destination', dir], dir)) as { filename: string }[];
  return join(dir, out[0].filename);
}

function publish(tarball: string, extra: Record<string, string> = {}) {
  return publishToStore(s3, work, { path: tarball, ...extra });
}

beforeAll(async () => {
  s3 = await startGatedS3('npm-store');
  work = mkdtempSync(join(tmpdir(), 'publish-npm-'));
  writeFileSync(join(work, 'empty-npmrc'), '');
  writeFileSync(join(work, 'empty-global-npmrc'), '');
  restoreEnv = withEnv(s3.env);
});
afterAll(async () => {
  restoreEnv();
  await s3.stop();
  rmSync(work, { recursive: true, force: true });
});

test('npm installs a plain and a scoped package, then a second version, from the store', async () => {
  const registry = `${s3.endpoint}/${s3.bucket}/${PREFIX}/npm/`;
  const greet = await publish(pack('greet', '1.0.0', "module.exports = () => 'hello 1.0.0';\n"));
  expect(greet.outputs.get('index-url')).toBe(registry);
  expect(greet.outputs.get('urls')).toBe(`${s3.endpoint}/${s3.bucket}/${PREFIX}/npm/greet/-/greet-1.0.0.tgz`);
  expect(greet.summary.join('')).toContain(`npm install --registry ${registry} greet@1.0.0`);

  const widgets = await publish(
    pack('@acme/widgets', '2.0.0', "module.exports = () => 'widgets ' + require('greet')();\n", { greet: '^1.0.0' }),
  );
  expect(widgets.outputs.get('name')).toBe('@acme/widgets');
  expect(widgets.summary.join('')).toContain(`@acme:registry=${registry}`);

  const project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '0.0.0', private: true }));
  const install = (spec: string[]) =>
    npm(['install', '--registry', registry, '--no-audit', '--no-fund', '--prefer-online', ...spec], project);
  install(['@acme/widgets@2.0.0']);
  const call = () =>
    execFileSync(
      process.execPath,
      ['-e', "console.log(require('@acme/widgets')(), require('greet/package.json').version)"],
      {
        cwd: project,
        encoding: 'utf8',
      },
    ).trim();
  expect(call()).toBe('widgets hello 1.0.0 1.0.0');

  // A second version: latest moves forward, and npm takes it.
  const second = await publish(pack('greet', '1.1.0', "module.exports = () => 'hello 1.1.0';\n"));
  expect(second.outputs.get('version')).toBe('1.1.0');
  install(['greet@latest']);
  expect(JSON.parse(readFileSync(join(project, 'node_modules/greet/package.json'), 'utf8')).version).toBe('1.1.0');
  const view = JSON.parse(npm(['view', '--registry', registry, '--prefer-online', '--json', 'greet'], project)) as {
    versions: string[];
    'dist-tags': Record<string, string>;
  };
  expect(view.versions).toEqual(['1.0.0', '1.1.0']);
  expect(view['dist-tags']).toEqual({ latest: '1.1.0' });
});

test('a prerelease does not move latest; with dist-tag it is installable by that tag', async () => {
  const registry = `${s3.endpoint}/${s3.bucket}/${PREFIX}/npm/`;
  await publish(pack('tagged', '1.0.0', "module.exports = 'stable';\n"));
  await publish(pack('tagged', '2.0.0-beta.1', "module.exports = 'beta';\n"));
  await publish(pack('tagged', '2.0.0-beta.2', "module.exports = 'beta 2';\n"), { 'dist-tag': 'next' });
  const project = join(work, 'tagged-project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '0.0.0', private: true }));
  const installed = (spec: string) => {
    npm(['install', '--registry', registry, '--no-audit', '--no-fund', '--prefer-online', spec], project);
    return JSON.parse(readFileSync(join(project, 'node_modules/tagged/package.json'), 'utf8')).version as string;
  };
  expect(installed('tagged')).toBe('1.0.0');
  expect(installed('tagged@next')).toBe('2.0.0-beta.2');
  expect(installed('tagged@2.0.0-beta.1')).toBe('2.0.0-beta.1');
});

test('publishing the same tarball again is a success that says it is unchanged', async () => {
  const tarball = pack('again', '1.0.0', 'module.exports = 1;\n');
  await publish(tarball);
  const second = await publish(tarball);
  expect(second.summary.join('')).toContain('already published, unchanged');
  expect(second.logger.text()).toContain('was already published, unchanged');
});

test('a different tarball for a published version is refused', async () => {
  await publish(pack('fixed', '1.0.0', 'module.exports = 1;\n'));
  const other = pack('fixed', '1.0.0', 'module.exports = 2; // changed\n');
  await expect(publish(other)).rejects.toThrow(
    /npm fixed 1\.0\.0 is already published with different content[\s\S]*immutable/,
  );
});
