import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireTool } from '../../../test/utils/tools';
import { compareMavenVersions, MavenVersion, sortMavenVersions } from '../../src/packages/maven-version';

/** Maven's own ComparableVersionTest (maven-artifact 3.8/3.9), as tables. */

const VERSIONS_QUALIFIER = [
  '1-alpha2snapshot', '1-alpha2', '1-alpha-123', '1-beta-2', '1-beta123', '1-m2', '1-m11', '1-rc', '1-cr2',
  '1-rc123', '1-SNAPSHOT', '1', '1-sp', '1-sp2', '1-sp123', '1-abc', '1-def', '1-pom-1', '1-1-snapshot',
  '1-1', '1-2', '1-123',
]; // prettier-ignore

const VERSIONS_NUMBER = [
  '2.0', '2.0.a', '2-1', '2.0.2', '2.0.123', '2.1.0', '2.1-a', '2.1b', '2.1-c', '2.1-1', '2.1.0.1', '2.2',
  '2.123', '11.a2', '11.a11', '11.b2', '11.b11', '11.m2', '11.m11', '11', '11.a', '11b', '11c', '11m',
]; // prettier-ignore

function expectOrdered(versions: string[]): void {
  for (let i = 0; i < versions.length; i++) {
    for (let j = i + 1; j < versions.length; j++) {
      expect([versions[i], compareMavenVersions(versions[i], versions[j])]).toEqual([versions[i], -1]);
      expect([versions[j], compareMavenVersions(versions[j], versions[i])]).toEqual([versions[j], 1]);
    }
  }
}

test('qualifiers order as Maven orders them', () => expectOrdered(VERSIONS_QUALIFIER));
test('numbers order as Maven orders them', () => expectOrdered(VERSIONS_NUMBER));

test.each([
  ['1', '1'], ['1', '1.0'], ['1', '1.0.0'], ['1.0', '1.0.0'], ['1', '1-0'], ['1', '1.0-0'], ['1.0', '1.0-0'],
  ['1a', '1-a'], ['1a', '1.0-a'], ['1a', '1.0.0-a'], ['1.0a', '1-a'], ['1.0.0a', '1-a'],
  ['1x', '1-x'], ['1x', '1.0-x'], ['1x', '1.0.0-x'], ['1.0x', '1-x'], ['1.0.0x', '1-x'],
  ['2.0.a', '2.0.0.a'], ['1.0.0.RC1', '1-rc-1'], ['1.0RC1', '1.0.RC1'],
  ['1ga', '1'], ['1release', '1'], ['1final', '1'], ['1cr', '1rc'],
  ['1a1', '1-alpha-1'], ['1b2', '1-beta-2'], ['1m3', '1-milestone-3'],
  ['1X', '1x'], ['1A', '1a'], ['1B', '1b'], ['1M', '1m'], ['1Ga', '1'], ['1GA', '1'], ['1RELEASE', '1'],
  ['1Final', '1'], ['1FinaL', '1'], ['1FINAL', '1'], ['1Cr', '1Rc'], ['1cR', '1rC'], ['1m3', '1Milestone3'],
  ['1m3', '1MileStone3'], ['1m3', '1MILESTONE3'], ['1-abcdefghijklmnopqrstuvwxyz', '1-ABCDEFGHIJKLMNOPQRSTUVWXYZ'],
  ['0000000000000000001', '1'], ['1.0000000000000000002', '1.2'],
])('%s == %s', (a, b) => {
  expect(compareMavenVersions(a, b)).toBe(0);
  expect(compareMavenVersions(b, a)).toBe(0);
  expect(new MavenVersion(a).canonical).toBe(new MavenVersion(b).canonical);
}); // prettier-ignore

test.each([
  ['1', '2'], ['1.5', '2'], ['1', '2.5'], ['1.0', '1.1'], ['1.1', '1.2'], ['1.0.0', '1.1'], ['1.0.1', '1.1'],
  ['1.1', '1.2.0'], ['1.0-alpha-1', '1.0'], ['1.0-alpha-1', '1.0-alpha-2'], ['1.0-alpha-1', '1.0-beta-1'],
  ['1.0-beta-1', '1.0-SNAPSHOT'], ['1.0-SNAPSHOT', '1.0'], ['1.0-alpha-1-SNAPSHOT', '1.0-alpha-1'],
  ['1.0', '1.0-1'], ['1.0-1', '1.0-2'], ['1.0.0', '1.0-1'], ['2.0-1', '2.0.1'], ['2.0.1-klm', '2.0.1-lmn'],
  ['2.0.1', '2.0.1-xyz'], ['2.0.1', '2.0.1-123'], ['2.0.1-xyz', '2.0.1-123'],
  // numbers past int and long stay exact and ordered
  ['2147483647', '2147483648'], ['9223372036854775807', '9223372036854775808'], ['999999999', '1000000000'],
  ['99999999999999999999', '100000000000000000000'], ['1.9', '1.10'], ['1.0-rc9', '1.0-rc10'],
])('%s < %s', (a, b) => {
  expect(compareMavenVersions(a, b)).toBe(-1);
  expect(compareMavenVersions(b, a)).toBe(1);
}); // prettier-ignore

test.each([
  ['1.0.0', '1'], ['1.0-SNAPSHOT', '1-snapshot'], ['1.0.0.RC1', '1-rc-1'], ['1-alpha2snapshot', '1-alpha-2-snapshot'],
  ['2.0.a', '2-a'], ['1.0-ga', '1'], ['1.2.3-sp1', '1.2.3-sp-1'], ['010.002', '10.2'],
])('canonical(%s) = %s', (version, canonical) => {
  expect(new MavenVersion(version).canonical).toBe(canonical);
}); // prettier-ignore

test('sortMavenVersions sorts and drops duplicates', () => {
  expect(sortMavenVersions(['1.10', '1.9', '1.0-SNAPSHOT', '1.0', '1.0-rc1', '1.9', '1.0-sp1'])).toEqual([
    '1.0-rc1',
    '1.0-SNAPSHOT',
    '1.0',
    '1.0-sp1',
    '1.9',
    '1.10',
  ]);
});

/** When the machine has Maven, its own ComparableVersion judges a generated corpus alongside ours. */
function mavenArtifactJar(): string | undefined {
  const out = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  const home = /Maven home: (.+)/.exec(out.stdout ?? '')?.[1]?.trim();
  if (!home || spawnSync('javac', ['-version']).status !== 0) return undefined;
  const lib = join(home, 'lib');
  const jar = existsSync(lib) ? readdirSync(lib).find((f) => f.startsWith('maven-artifact')) : undefined;
  return jar ? join(lib, jar) : undefined;
}
const ARTIFACT_JAR = mavenArtifactJar();

test('agrees with the installed Maven on a generated corpus', () => {
  requireTool('mvn and javac (a JDK and Maven)', ARTIFACT_JAR);
  const parts = ['1', '0', '2', '10', '010', '1234567890', '12345678901234567890', 'a', 'b', 'm', 'alpha', 'rc',
      'cr', 'SNAPSHOT', 'sp', 'ga', 'final', 'release', 'abc', 'RC', 'M']; // prettier-ignore
  const seps = ['.', '-', ''];
  let seed = 7;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const versions = new Set<string>();
  while (versions.size < 300) {
    let v = parts[next(6)];
    for (let i = 1 + next(5); i > 1; i--) v += seps[next(3)] + parts[next(parts.length)];
    versions.add(v);
  }
  const list = [...versions];
  const dir = mkdtempSync(join(tmpdir(), 'maven-version-'));
  try {
    writeFileSync(join(dir, 'versions.txt'), list.join('\n'));
    writeFileSync(
      join(dir, 'Judge.java'),
      `import org.apache.maven.artifact.versioning.ComparableVersion;
import java.nio.file.*; import java.util.*;
public class Judge { public static void main(String[] a) throws Exception {
  List<String> vs = Files.readAllLines(Paths.get(a[0]));
  StringBuilder out = new StringBuilder();
  for (String v : vs) out.append(new ComparableVersion(v).getCanonical()).append('\\n');
  for (String x : vs) { for (String y : vs) out.append(Integer.signum(new ComparableVersion(x).compareTo(new ComparableVersion(y))) + 1); out.append('\\n'); }
  System.out.print(out);
}}
`,
    );
    const compiled = spawnSync('javac', ['-cp', ARTIFACT_JAR!, '-d', dir, join(dir, 'Judge.java')]);
    expect(compiled.status).toBe(0);
    const judged = spawnSync('java', ['-cp', `${ARTIFACT_JAR}:${dir}`, 'Judge', join(dir, 'versions.txt')], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const lines = judged.stdout.split('\n');
    expect(list.map((v) => new MavenVersion(v).canonical)).toEqual(lines.slice(0, list.length));
    const ours = list.map((x) => list.map((y) => compareMavenVersions(x, y) + 1).join(''));
    expect(ours).toEqual(lines.slice(list.length, 2 * list.length));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
