import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { startGatedS3, type GatedS3 } from '../../utils/s3-policy-gate';
import { requireTool } from '../../utils/tools';
import { withEnv } from '../../utils/action-context';
import { publishToStore } from './store-run';

/**
 * The real mvn resolves what publish-package wrote to s3rver. The consumer is a project whose build loads a
 * jar from the store as a build extension: Maven resolves it (and its version range, through
 * maven-metadata.xml, and a snapshot, through the version's metadata) with strict checksums, then runs its
 * code. Nothing else is needed, so the build runs with an empty local repository and every repository
 * mirrored to the store: it cannot reach the internet and does not depend on what this machine has cached.
 */

let s3: GatedS3;
let work: string;
let restoreEnv: () => void;
const PREFIX = 'piksel';

function hasCommand(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

/** Maven's own lib folder (maven-core, javax.inject), to compile a build extension against. */
function findMavenLib(): string | undefined {
  if (!hasCommand('javac', ['-version']) || !hasCommand('jar', ['--version'])) return undefined;
  const out = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  const home = /Maven home: (.+)/.exec(out.stdout ?? '')?.[1]?.trim();
  if (!home) return undefined;
  const lib = join(home, 'lib');
  return existsSync(lib) && readdirSync(lib).some((f) => f.startsWith('maven-core')) ? lib : undefined;
}

function pom(groupId: string, artifactId: string, version: string, extra = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>${groupId}</groupId>
  <artifactId>${artifactId}</artifactId>
  <version>${version}</version>
${extra}</project>
`;
}

/**
 * Builds com.acme:greet:<version> with javac and jar: a lifecycle participant that prints "GREET <version>"
 * when Maven loads it as a build extension, with its pom inside the jar as Maven's archiver puts it.
 * Returns the paths of the pom, the jar and the sources jar.
 */
function buildGreet(version: string): { pom: string; jar: string; sources: string } {
  const dir = join(work, 'build', `greet-${version}`);
  const src = join(dir, 'src', 'com', 'acme', 'greet');
  const classes = join(dir, 'classes');
  mkdirSync(src, { recursive: true });
  mkdirSync(join(classes, 'META-INF', 'sisu'), { recursive: true });
  mkdirSync(join(classes, 'META-INF', 'maven', 'com.acme', 'greet'), { recursive: true });
  writeFileSync(
    join(src, 'Greeter.java'),
    `package com.acme.greet;

import javax.inject.Named;
import javax.inject.Singleton;
import org.apache.maven.AbstractMavenLifecycleParticipant;
import org.apache.maven.execution.MavenSession;

@Named("greet")
@Singleton
public class Greeter extends AbstractMavenLifecycleParticipant {
  @Override
  public void afterProjectsRead(MavenSession session) {
    System.out.println("GREET ${version}");
  }
}
`,
  );
  execFileSync('javac', ['-cp', join(MAVEN_LIB!, '*'), '--release', '11', '-d', classes, join(src, 'Greeter.java')]);
  writeFileSync(join(classes, 'META-INF', 'sisu', 'javax.inject.Named'), 'com.acme.greet.Greeter\n');
  const pomText = pom('com.acme', 'greet', version);
  writeFileSync(join(classes, 'META-INF', 'maven', 'com.acme', 'greet', 'pom.xml'), pomText);
  writeFileSync(join(dir, 'pom.xml'), pomText);
  const jar = join(dir, `greet-${version}.jar`);
  const sources = join(dir, `greet-${version}-sources.jar`);
  execFileSync('jar', ['cf', jar, '-C', classes, '.']);
  execFileSync('jar', ['cf', sources, '-C', join(dir, 'src'), '.']);
  return { pom: join(dir, 'pom.xml'), jar, sources };
}

/**
 * Maven adds org.codehaus.plexus:plexus-utils:1.1 to every build extension that does not bring its own;
 * the store serves an empty stand-in so that the consumer build needs nothing from outside it.
 */
async function publishPlexusUtilsStandIn(): Promise<void> {
  const dir = join(work, 'build', 'plexus-utils');
  mkdirSync(join(dir, 'empty'), { recursive: true });
  writeFileSync(join(dir, 'pom.xml'), pom('org.codehaus.plexus', 'plexus-utils', '1.1'));
  execFileSync('jar', ['cf', join(dir, 'plexus-utils-1.1.jar'), '-C', join(dir, 'empty'), '.']);
  await publish([join(dir, 'pom.xml'), join(dir, 'plexus-utils-1.1.jar')]);
}

function publish(paths: string[]) {
  return publishToStore(s3, work, { path: paths.join('\n') });
}

/**
 * Runs a consumer build whose only outside input is a build extension from the store: an empty local
 * repository, every repository mirrored to the store, strict checksums (-C), snapshots re-checked (-U).
 */
function consumerBuild(
  name: string,
  extension: { artifactId: string; version: string },
): { out: string; repo: string } {
  const dir = join(work, 'consumers', name);
  const repo = join(dir, 'm2');
  mkdirSync(dir, { recursive: true });
  const storeUrl = `${s3.endpoint}/${s3.bucket}/${PREFIX}/maven`;
  // Build extensions come from plugin repositories; snapshots must be enabled there too.
  const repository = `<id>artifacts</id><url>${storeUrl}</url>
    <releases><checksumPolicy>fail</checksumPolicy></releases>
    <snapshots><enabled>true</enabled><checksumPolicy>fail</checksumPolicy><updatePolicy>always</updatePolicy></snapshots>`;
  writeFileSync(
    join(dir, 'settings.xml'),
    `<settings>
  <localRepository>${repo}</localRepository>
  <mirrors><mirror><id>artifacts</id><mirrorOf>*</mirrorOf><url>${storeUrl}</url></mirror></mirrors>
  <profiles><profile><id>artifacts</id>
    <repositories><repository>${repository}</repository></repositories>
    <pluginRepositories><pluginRepository>${repository}</pluginRepository></pluginRepositories>
  </profile></profiles>
  <activeProfiles><activeProfile>artifacts</activeProfile></activeProfiles>
</settings>
`,
  );
  writeFileSync(
    join(dir, 'pom.xml'),
    pom(
      'com.acme.consumer',
      name,
      '1.0',
      `  <packaging>pom</packaging>
  <build><extensions><extension>
    <groupId>com.acme</groupId><artifactId>${extension.artifactId}</artifactId><version>${extension.version}</version>
  </extension></extensions></build>
`,
    ),
  );
  const result = spawnSync('mvn', ['-B', '-C', '-U', '-s', join(dir, 'settings.xml'), 'validate'], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: dir, JAVA_HOME: process.env.JAVA_HOME ?? '' },
  });
  const out = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`mvn failed (${result.status}):\n${out.slice(-4000)}`);
  return { out, repo };
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

beforeAll(async () => {
  s3 = await startGatedS3('maven-store');
  work = mkdtempSync(join(tmpdir(), 'publish-maven-'));
  restoreEnv = withEnv(s3.env);
});
afterAll(async () => {
  restoreEnv();
  await s3.stop();
  rmSync(work, { recursive: true, force: true });
});

const MAVEN_LIB = findMavenLib();

test('mvn resolves a release, a version range through maven-metadata.xml, and a snapshot, with strict checksums', async () => {
  requireTool('mvn, javac and jar (a JDK and Maven)', MAVEN_LIB);
  const storeUrl = `${s3.endpoint}/${s3.bucket}/${PREFIX}`;
  await publishPlexusUtilsStandIn();
  const v10 = buildGreet('1.0');
  const first = await publish([v10.pom, v10.jar, v10.sources]);
  expect(first.outputs.get('name')).toBe('com.acme:greet');
  expect(first.outputs.get('version')).toBe('1.0');
  expect(first.outputs.get('index-url')).toBe(`${storeUrl}/maven/`);
  expect(first.outputs.get('urls')!.split('\n')).toEqual([
    `${storeUrl}/maven/com/acme/greet/1.0/greet-1.0.pom`,
    `${storeUrl}/maven/com/acme/greet/1.0/greet-1.0.jar`,
    `${storeUrl}/maven/com/acme/greet/1.0/greet-1.0-sources.jar`,
  ]);
  expect(first.summary.join('')).toContain('<artifactId>greet</artifactId>');

  const release = consumerBuild('release', { artifactId: 'greet', version: '1.0' });
  expect(release.out).toContain('GREET 1.0');
  expect(sha256(join(release.repo, 'com/acme/greet/1.0/greet-1.0.jar'))).toBe(sha256(v10.jar));
  // Maven fetched the checksum file and, under -C, would have failed on a mismatch.
  expect(readFileSync(join(release.repo, 'com/acme/greet/1.0/greet-1.0.jar.sha1'), 'utf8')).toBe(
    createHash('sha1').update(readFileSync(v10.jar)).digest('hex'),
  );

  // The same files again: a success that says so. Another build of 1.0: refused, nothing changed.
  const again = await publish([v10.pom, v10.jar, v10.sources]);
  expect(again.logger.text()).toContain('com.acme:greet 1.0 was already published, unchanged.');
  const rebuilt = buildGreet('1.0');
  // Another build of the same version: one more file in the jar.
  writeFileSync(rebuilt.jar, zipSync({ ...unzipSync(readFileSync(rebuilt.jar)), 'rebuilt.txt': strToU8('different') }));
  await expect(publish([rebuilt.pom, rebuilt.jar])).rejects.toThrow(/greet-1\.0\.jar: stored sha256/);

  // 1.5 from the jar alone (its pom is read from inside it), 2.0 outside the range.
  const v15 = buildGreet('1.5');
  await publish([v15.jar]);
  const v20 = buildGreet('2.0');
  await publish([v20.pom, v20.jar]);
  const ranged = consumerBuild('range', { artifactId: 'greet', version: '[1.0,2.0)' });
  expect(ranged.out).toContain('GREET 1.5');
  expect(existsSync(join(ranged.repo, 'com/acme/greet/2.0'))).toBe(false);

  // A snapshot, twice: the second build is the one resolved.
  const snap1 = buildGreet('2.1-SNAPSHOT');
  await publish([snap1.pom, snap1.jar]);
  const snap2 = buildGreet('2.1-SNAPSHOT');
  const second = await publish([snap2.pom, snap2.jar]);
  expect(second.outputs.get('urls')).toMatch(/greet-2\.1-\d{8}\.\d{6}-2\.jar$/);
  const snapshot = consumerBuild('snapshot', { artifactId: 'greet', version: '2.1-SNAPSHOT' });
  expect(snapshot.out).toContain('GREET 2.1-SNAPSHOT');
  expect(snapshot.out).toMatch(/greet-2\.1-\d{8}\.\d{6}-2\.jar/);

  // Every request, publishes and mvn's reads, passed the generated policies; metadata checksums were replaced
  // with If-Match on the ETag read (an unconditional PUT is denied by the bucket policy).
  expect(s3.decisions().filter((d) => d.result !== 'Allowed')).toEqual([]);
  const replaced = s3
    .decisions()
    .filter((d) => d.action === 's3:PutObject' && d.resource.endsWith('greet/maven-metadata.xml.sha1'));
  expect(replaced.length).toBeGreaterThan(1);
  expect(replaced.map((d) => Object.keys(d.context).find((k) => k.startsWith('s3:if-')))).toEqual([
    's3:if-none-match',
    ...replaced.slice(1).map(() => 's3:if-match'),
  ]);
}, 180_000);
