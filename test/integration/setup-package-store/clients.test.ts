import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergeMavenSettings } from '../../../actions/setup-package-store/src/configure';
import { startSigV4Front, type SigV4Front } from '../../utils/s3-sigv4-front';
import {
  buildWheel,
  client,
  get,
  mavenLib,
  npmEnv,
  npmPack,
  ok,
  pipEnv,
  publishFiles,
  startLaptopEndpoint,
  type LaptopEndpoint,
} from './support';

/**
 * The real npm, pip and mvn install what publish-package wrote, from a store that refuses unsigned requests (the
 * front checks each SigV4 signature with the SDK's own signer, then the IAM documents), through the endpoint that
 * signs as the system's read role. The endpoint here is the laptop command, run from the sources.
 */

jest.setTimeout(600_000);

let front: SigV4Front;
let work: string;
let endpoint: LaptopEndpoint;

/** The endpoint as `role`, with static keys in the environment (the default credential chain). */
function serveAs(role: string, prefix = 'piksel'): Promise<LaptopEndpoint> {
  return startLaptopEndpoint(
    ['--policy', join(work, 'no-policy.yml'), '--bucket', front.s3.bucket, '--prefix', prefix],
    front.envFor(role),
  );
}

beforeAll(async () => {
  front = await startSigV4Front('consumer-store', ['piksel', 'kiosk']);
  work = mkdtempSync(join(tmpdir(), 'package-store-'));
  await publishFiles(front, work, [await npmPack(work, 'greet', '1.0.0')]);
  await publishFiles(front, work, [await npmPack(work, '@acme/widgets', '2.0.0', { greet: '^1.0.0' })]);
  await publishFiles(front, work, [buildWheel(join(work, 'wheels'), 'acme-greet', '1.0')]);
  endpoint = await serveAs('piksel-developer-read');
});

afterAll(async () => {
  await endpoint?.stop();
  await front?.stop();
  rmSync(work, { recursive: true, force: true });
});

test('the store refuses the clients unsigned, and an unsigned or badly signed request never reaches s3rver', async () => {
  const direct = `${front.endpoint}/${front.s3.bucket}/piksel/npm/greet`;
  const unsigned = await get(direct);
  expect(unsigned.status).toBe(403);
  expect(unsigned.body).toContain('AccessDenied');
  const c = front.credentials('piksel-developer-read');
  const forged = await get(direct, 'GET', {
    authorization: `AWS4-HMAC-SHA256 Credential=${c.accessKeyId}/20260101/eu-central-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=${'0'.repeat(64)}`,
    'x-amz-date': '20260101T000000Z',
  });
  expect(forged.status).toBe(403);
  const refused = front.requests.filter((r) => r.path.startsWith(`/${front.s3.bucket}/piksel/npm/greet`) && r.code);
  expect(refused.map((r) => r.code)).toEqual(['AccessDenied', 'SignatureDoesNotMatch']);
});

test('npm installs a scoped package and its dependency through the endpoint', async () => {
  const before = front.requests.length;
  const project = join(work, 'npm-project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '0.0.0', private: true }));
  writeFileSync(join(work, 'scoped-npmrc'), `@acme:registry=${endpoint.url}/npm/\n`);
  // A cache of its own: npm pack filled the other one with these very tarballs.
  const env = npmEnv(work, {
    npm_config_userconfig: join(work, 'scoped-npmrc'),
    npm_config_cache: join(work, 'install-cache'),
  });
  ok(
    await client(
      'npm',
      ['install', '--registry', `${endpoint.url}/npm/`, '--no-audit', '--no-fund', '@acme/widgets@2.0.0'],
      {
        cwd: project,
        env,
      },
    ),
    'npm install',
  );
  const said = execFileSync(process.execPath, ['-e', "console.log(require('@acme/widgets'), require('greet'))"], {
    cwd: project,
    encoding: 'utf8',
  });
  expect(said.trim()).toBe('@acme/widgets 2.0.0 greet 1.0.0');
  // The packument's tarball URLs point at the endpoint, not at the store's public URL (which is unreachable).
  const packument = await get(`${endpoint.url}/npm/@acme%2fwidgets`);
  expect(packument.type).toBe('application/json');
  expect(JSON.parse(packument.body).versions['2.0.0'].dist.tarball).toBe(
    `${endpoint.url}/npm/@acme/widgets/-/widgets-2.0.0.tgz`,
  );
  // Every request reached S3 signed with the read role's key.
  const reads = front.requests.slice(before).filter((r) => r.path.includes('/piksel/npm/'));
  expect(reads.map((r) => r.path.split('?')[0])).toEqual(
    expect.arrayContaining([
      '/consumer-store/piksel/npm/%40acme/widgets',
      '/consumer-store/piksel/npm/greet/-/greet-1.0.0.tgz',
    ]),
  );
  expect(new Set(reads.map((r) => r.accessKeyId))).toEqual(
    new Set([front.credentials('piksel-developer-read').accessKeyId]),
  );
});

test('pip installs a wheel through the endpoint; the pages are text/html', async () => {
  const page = await get(`${endpoint.url}/python/simple/acme-greet/`);
  expect(page.status).toBe(200);
  expect(page.type).toBe('text/html');
  const target = join(work, 'pip-target');
  const out = ok(
    await client(
      'python3',
      [
        '-m',
        'pip',
        'install',
        '--no-cache-dir',
        '--disable-pip-version-check',
        '--target',
        target,
        '--index-url',
        `${endpoint.url}/python/simple/`,
        'acme-greet==1.0',
      ],
      { cwd: work, env: pipEnv(join(work, 'pip-home')) },
    ),
    'pip install',
  );
  expect(out).toContain('Successfully installed acme-greet-1.0');
  expect(readFileSync(join(target, 'acme_greet', '__init__.py'), 'utf8')).toContain('1.0');
});

test('only GET and HEAD are served; a missing key is 404, a path that leaves the prefix is refused', async () => {
  expect((await get(`${endpoint.url}/npm/greet`, 'HEAD')).status).toBe(200);
  expect((await get(`${endpoint.url}/npm/greet`, 'DELETE')).status).toBe(405);
  expect((await get(`${endpoint.url}/npm/greet`, 'PUT')).status).toBe(405);
  const missing = await get(`${endpoint.url}/npm/nothing-here`);
  expect(missing.status).toBe(404);
  expect(missing.body).toContain('s3://consumer-store/piksel/npm/nothing-here is not in the package store');
  expect((await get(`${endpoint.url}/%2e%2e/kiosk/npm/x`)).status).toBe(400);
});

test('ranges and conditional requests go to S3, and its status comes back', async () => {
  const tarball = `${endpoint.url}/npm/greet/-/greet-1.0.0.tgz`;
  const whole = await get(tarball);
  expect(whole.status).toBe(200);
  expect(whole.type).toBe('application/gzip');
  const etag = String(whole.headers.etag);
  expect(etag).toMatch(/^"[0-9a-f]+"$/);
  expect((await get(tarball, 'GET', { 'if-none-match': etag })).status).toBe(304);
  const part = await get(tarball, 'GET', { range: 'bytes=0-9' });
  expect(part.status).toBe(206);
  expect(part.headers['content-range']).toMatch(/^bytes 0-9\//);
  expect(part.headers['content-length']).toBe('10');
  // A packument's ETag is the stored document's, not the rewritten one's: not sent, and a 304 never asked of S3.
  const packument = await get(`${endpoint.url}/npm/greet`, 'GET', { 'if-none-match': etag });
  expect(packument.status).toBe(200);
  expect(packument.headers.etag).toBeUndefined();
});

test("a neighbour system's role is denied: 403 naming the key, the role and s3:GetObject, and npm fails", async () => {
  const neighbour = await serveAs('kiosk-developer-read');
  try {
    const denied = await get(`${neighbour.url}/npm/greet`);
    expect(denied.status).toBe(403);
    expect(denied.body.trim()).toBe(
      `s3://consumer-store/piksel/npm/greet: S3 refused arn:aws:iam::111111111111:role/artifacts-kiosk-developer-read: it lacks s3:GetObject on arn:aws:s3:::consumer-store/piksel/npm/greet (AccessDenied).`,
    );
    const project = join(work, 'neighbour');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), '{"name":"n","version":"0.0.0","private":true}');
    const install = await client('npm', ['install', '--registry', `${neighbour.url}/npm/`, '--no-audit', 'greet'], {
      cwd: project,
      env: npmEnv(work, { npm_config_cache: join(work, 'neighbour-cache') }),
    });
    expect(install.status).not.toBe(0);
    expect(install.out).toMatch(/403/);
  } finally {
    await neighbour.stop();
  }
});

test('mvn resolves a build extension through the endpoint with checksums enforced', async () => {
  const lib = await mavenLib();
  const dir = join(work, 'maven');
  const classes = join(dir, 'classes');
  const src = join(dir, 'src', 'com', 'acme', 'greet');
  mkdirSync(src, { recursive: true });
  mkdirSync(join(classes, 'META-INF', 'sisu'), { recursive: true });
  writeFileSync(
    join(src, 'Greeter.java'),
    `package com.acme.greet;
import javax.inject.Named;
import javax.inject.Singleton;
import org.apache.maven.AbstractMavenLifecycleParticipant;
import org.apache.maven.execution.MavenSession;
@Named("greet") @Singleton
public class Greeter extends AbstractMavenLifecycleParticipant {
  @Override public void afterProjectsRead(MavenSession session) { System.out.println("GREET FROM THE STORE"); }
}
`,
  );
  execFileSync('javac', ['-cp', join(lib, '*'), '--release', '11', '-d', classes, join(src, 'Greeter.java')]);
  writeFileSync(join(classes, 'META-INF', 'sisu', 'javax.inject.Named'), 'com.acme.greet.Greeter\n');
  const pom = (g: string, a: string, v: string, extra = '') =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion><groupId>${g}</groupId><artifactId>${a}</artifactId><version>${v}</version>${extra}</project>\n`;
  writeFileSync(join(dir, 'pom.xml'), pom('com.acme', 'greet', '1.0'));
  execFileSync('jar', ['cf', join(dir, 'greet-1.0.jar'), '-C', classes, '.']);
  await publishFiles(front, work, [join(dir, 'pom.xml'), join(dir, 'greet-1.0.jar')]);
  // Maven adds plexus-utils 1.1 to a build extension: an empty stand-in from the store keeps the build offline.
  const plexus = join(dir, 'plexus');
  mkdirSync(join(plexus, 'empty'), { recursive: true });
  writeFileSync(join(plexus, 'pom.xml'), pom('org.codehaus.plexus', 'plexus-utils', '1.1'));
  execFileSync('jar', ['cf', join(plexus, 'plexus-utils-1.1.jar'), '-C', join(plexus, 'empty'), '.']);
  await publishFiles(front, work, [join(plexus, 'pom.xml'), join(plexus, 'plexus-utils-1.1.jar')]);

  const before = front.requests.length;
  const consumer = join(dir, 'consumer');
  mkdirSync(consumer);
  writeFileSync(
    join(consumer, 'pom.xml'),
    pom(
      'com.acme.consumer',
      'app',
      '1.0',
      '<packaging>pom</packaging><build><extensions><extension><groupId>com.acme</groupId><artifactId>greet</artifactId><version>1.0</version></extension></extensions></build>',
    ),
  );
  // The settings the action writes, and central mirrored to the endpoint too: nothing may come from outside.
  const settings = join(consumer, 'settings.xml');
  writeFileSync(settings, mergeMavenSettings(undefined, 'piksel', `${endpoint.url}/maven/`, settings));
  const global = join(consumer, 'global-settings.xml');
  writeFileSync(
    global,
    `<settings><mirrors><mirror><id>offline</id><mirrorOf>central</mirrorOf><url>${endpoint.url}/maven/</url></mirror></mirrors></settings>\n`,
  );
  const out = ok(
    await client(
      'mvn',
      ['-B', '-C', '-s', settings, '-gs', global, `-Dmaven.repo.local=${join(consumer, 'm2')}`, 'validate'],
      {
        cwd: consumer,
        env: { PATH: process.env.PATH, HOME: consumer, JAVA_HOME: process.env.JAVA_HOME ?? '' },
      },
    ),
    'mvn',
  );
  expect(out).toContain('GREET FROM THE STORE');
  const checksums = front.requests
    .slice(before)
    .filter((r) => /greet-1\.0\.(jar|pom)\.sha1(\?|$)/.test(r.path) && r.status === 200);
  expect(checksums.length).toBe(2);
});
