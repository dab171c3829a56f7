import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { planMaven } from '../../src/packages/maven';
import { metadataOwner, parseSnapshotMetadata } from '../../src/packages/maven-metadata';
import { planNpm, type Packument } from '../../src/packages/npm';
import { MAX_KEY_BYTES, normalizePrefix } from '../../src/packages/paths';
import { normalizeProjectName, parsePep440 } from '../../src/packages/pep440';
import { planPython } from '../../src/packages/python';
import { parseSimpleProject } from '../../src/packages/python-index';
import { PackagePublisher } from '../../src/packages/store';
import type { PlanOptions, PublishPlan } from '../../src/packages/types';
import { planZip, type ZipIndex } from '../../src/packages/zip';
import { isConfigurationError } from '../../src/runtime/errors';
import { silentLogger } from '../../../test/utils/loggers';
import { fakeS3Client, FakeS3 } from '../../../test/fakes/s3';
import { npmTarball } from './npm-tarball';

/**
 * Properties of every publish, over generated package names, versions, Maven coordinates and prefixes (hostile
 * ones included): each input is either refused with a ConfigurationError before any write, or published so that
 * every key lies under the system's prefix (within S3's 1,024 bytes), no two distinct artifacts share a key, and
 * no index lists a key that was not written. Two inputs go into one store per case, so overlaps are exercised.
 * Fixed seed, 1,000 cases per generator, against the in-memory S3 fake.
 */

// A thousand cases of two publishes each: seconds alone, longer on a CI runner's shared cores.
jest.setTimeout(180_000);

const BUCKET = 'store';
const RUNS = { seed: 16, numRuns: 1000 };
const STORE_URL = 'https://cdn.example.com/p';
let dir: string;
let fake: FakeS3;
// One client for every publish: the fake answers for it, and building a client per publish costs more than publishing.
const s3 = fakeS3Client();
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'store-properties-'));
  fake = new FakeS3();
});
afterAll(() => {
  fake.restore();
  rmSync(dir, { recursive: true, force: true });
});

/** The same generated file is written once: cases repeat names and contents often. */
const written = new Map<string, string>();
function file(name: string, content: string | Buffer | Uint8Array): string {
  const id = `${name}\0${Buffer.from(content).toString('base64')}`;
  const known = written.get(id);
  if (known) return known;
  const folder = join(dir, String(written.size));
  const path = join(folder, name);
  mkdirSync(folder);
  writeFileSync(path, content);
  written.set(id, path);
  return path;
}

interface Input {
  /** What makes two inputs the same artifact (normalised as the format normalises it). */
  identity: string;
  plan: (options: PlanOptions) => Promise<PublishPlan>;
}

interface Published {
  identity: string;
  keys: string[];
}

/**
 * Publishes each input into one fresh store and returns the breaches of the properties (none when they hold).
 * Plain checks rather than expect() per key: a thousand cases of many keys each stay fast.
 */
async function breaches(
  inputs: Input[],
  prefix: string,
  listed: (prefix: string) => string[],
  /** The files of an artifact its index lists (not the checksum files beside them). */
  primary: (key: string) => boolean,
): Promise<string[]> {
  fake.objects.clear();
  fake.requests.length = 0;
  const found: string[] = [];
  const published: Published[] = [];
  for (const input of inputs) {
    const before = fake.writes().length;
    const publisher = new PackagePublisher(
      { s3, bucket: BUCKET, prefix },
      { logger: silentLogger, sleep: async () => undefined },
    );
    const options: PlanOptions = {
      storeUrl: STORE_URL,
      now: new Date('2026-11-24T05:00:00Z'),
      readStored: async (key) => (await publisher.read(key))?.body,
    };
    try {
      const plan = await input.plan(options);
      const result = await publisher.publish(plan);
      published.push({ identity: input.identity, keys: result.artifacts.map((a) => a.storeKey) });
    } catch (err) {
      if (!isConfigurationError(err)) found.push(`${input.identity}: not a ConfigurationError: ${String(err)}`);
      else if (fake.writes().length !== before) found.push(`${input.identity}: refused after writing`);
    }
  }
  const keys = fake.keys(BUCKET);
  if (keys.length === 0) return found;
  const root = `${normalizePrefix(prefix)}/`;
  for (const key of keys) {
    if (!key.startsWith(root) || key.slice(root.length).split('/').includes('..')) found.push(`outside: ${key}`);
    if (Buffer.byteLength(key) > MAX_KEY_BYTES) found.push(`too long: ${key}`);
  }
  for (const [i, a] of published.entries()) {
    for (const b of published.slice(i + 1)) {
      const shared = a.identity === b.identity ? [] : a.keys.filter((k) => b.keys.includes(k));
      if (shared.length) found.push(`${a.identity} and ${b.identity} share ${shared.join(', ')}`);
    }
  }
  const present = new Set(keys);
  const listing = new Set(listed(root));
  for (const key of listing) if (!present.has(key)) found.push(`listed, not written: ${key}`);
  // What each artifact published last is still listed: no other artifact's index replaced its own.
  const last = new Map(published.map((p) => [p.identity, p]));
  for (const p of last.values()) {
    for (const key of p.keys.filter(primary))
      if (!listing.has(key)) found.push(`${p.identity}: ${key} is listed nowhere`);
  }
  return found;
}

async function check(
  inputs: Input[],
  prefix: string,
  listed: (prefix: string) => string[],
  primary: (key: string) => boolean,
): Promise<void> {
  const found = await breaches(inputs, prefix, listed, primary);
  if (found.length) throw new Error(found.join('\n'));
}

/** The keys an index names, read from the store as a client would. */
function stored(key: string): Buffer | undefined {
  return fake.current(BUCKET, key)?.body;
}

function indexKeys(root: string, suffix: string): string[] {
  return fake.keys(BUCKET).filter((k) => k.startsWith(root) && k.endsWith(suffix));
}

// Characters that have broken key schemes: separators, dots, percent, unicode, white space, control characters.
const hostile = fc.constantFrom(
  '/',
  '\\',
  '.',
  '..',
  '%2e',
  '%2F',
  ' ',
  '\u0000',
  '\n',
  'é',
  '日',
  '+',
  ':',
  '@',
  '~',
  '',
);
const word = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,12}$/);
const segment = fc.oneof(
  { weight: 4, arbitrary: word },
  { weight: 1, arbitrary: fc.array(fc.oneof(word, hostile), { minLength: 1, maxLength: 4 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);
const prefixes = fc.oneof(
  { weight: 3, arbitrary: fc.constant('piksel') },
  { weight: 1, arbitrary: fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => s.join('/')) },
  // Long and non-ASCII: the full key's UTF-8 bytes decide.
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 250 }).map((n) => Array(4).fill('é'.repeat(n)).join('/')) },
);

describe('every publish is refused before writing, or lands under the prefix without sharing or dangling keys', () => {
  test('zip names, versions and file names', async () => {
    const zipInput = fc.record({
      name: segment,
      version: segment,
      fileName: segment,
      content: fc.constantFrom('a', 'b'),
    });
    const listed = (root: string) =>
      indexKeys(root, '/index.json')
        .filter((k) => k.startsWith(`${root}zip/`))
        .flatMap((k) => {
          const index = JSON.parse(stored(k)!.toString()) as ZipIndex;
          return index.versions.flatMap((v) =>
            v.files.flatMap((f) => [
              `${root}zip/${index.name}/${v.version}/${f.name}`,
              `${root}zip/${index.name}/${v.version}/${f.name}.sha256`,
            ]),
          );
        });
    await fc.assert(
      fc.asyncProperty(fc.array(zipInput, { minLength: 2, maxLength: 2 }), prefixes, async (zips, prefix) => {
        const inputs = zips.map((z) => ({
          identity: `${z.name}\n${z.version}`,
          plan: (o: PlanOptions) =>
            planZip([file(safeFileName(z.fileName), z.content)], { ...o, name: z.name, version: z.version }),
        }));
        await check(inputs, prefix, listed, () => true);
      }),
      RUNS,
    );
  });

  test('npm names and versions', async () => {
    const scope = fc.oneof(
      fc.constant(''),
      segment.map((s) => `@${s}/`),
    );
    const npmInput = fc.record({
      name: fc.tuple(scope, segment).map(([s, n]) => s + n),
      version: fc.oneof(fc.constantFrom('1.0.0', '1.0.0-rc.1', '2.0.0'), segment),
      content: fc.constantFrom('a', 'b'),
    });
    const listed = (root: string) =>
      indexKeys(root, '')
        .filter((k) => k.startsWith(`${root}npm/`) && !k.endsWith('.tgz'))
        .flatMap((k) => {
          const packument = JSON.parse(stored(k)!.toString()) as Packument;
          return Object.values(packument.versions).map((v) => {
            const url = (v.dist as { tarball: string }).tarball;
            return (
              root +
              url
                .slice(STORE_URL.length + 1)
                .split('/')
                .map(decodeURIComponent)
                .join('/')
            );
          });
        });
    await fc.assert(
      fc.asyncProperty(fc.array(npmInput, { minLength: 2, maxLength: 2 }), prefixes, async (packages, prefix) => {
        const inputs = packages.map((p) => ({
          identity: `${p.name}\n${p.version}`,
          plan: async (o: PlanOptions) =>
            planNpm(
              [file('pkg.tgz', await npmTarball({ name: p.name, version: p.version }, { 'index.js': p.content }))],
              o,
            ),
        }));
        await check(inputs, prefix, listed, (k) => k.endsWith('.tgz'));
      }),
      RUNS,
    );
  });

  test('Maven coordinates, overlapping folders included', async () => {
    // A small alphabet of parts, so that one artifact's folder is often another's (com.acme:lib:1.0 vs com.acme.lib:1.0:x).
    const part = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('com', 'acme', 'lib', '1.0', '2.0', '1.0-SNAPSHOT') },
      { weight: 1, arbitrary: segment },
    );
    const coordinates = fc.record({
      groupId: fc.array(part, { minLength: 1, maxLength: 3 }).map((p) => p.join('.')),
      artifactId: part,
      version: part,
      content: fc.constantFrom('a', 'b'),
    });
    // Half the pairs are shifted: the second's folder is the first's version folder (com.acme:lib:1.0 and com.acme.lib:1.0:x).
    const shifted = fc.tuple(coordinates, part, fc.boolean()).map(([c, version, reverse]) => {
      const other = { groupId: `${c.groupId}.${c.artifactId}`, artifactId: c.version, version, content: c.content };
      return reverse ? [other, c] : [c, other];
    });
    const pairs = fc.oneof(fc.array(coordinates, { minLength: 2, maxLength: 2 }), shifted);
    const listed = (root: string) =>
      indexKeys(root, '/maven-metadata.xml').flatMap((k) => {
        const owner = metadataOwner(stored(k)!, k);
        const folder = k.slice(0, -'/maven-metadata.xml'.length);
        if (owner.snapshot) {
          const snapshot = parseSnapshotMetadata(stored(k)!, k);
          return snapshot.snapshotVersions.map(
            (e) =>
              `${folder}/${snapshot.artifactId}-${e.value}${e.classifier ? `-${e.classifier}` : ''}.${e.extension}`,
          );
        }
        // Each listed version has its pom (a snapshot's under its timestamped name, listed by the snapshot's metadata).
        return owner.versions
          .filter((v) => !v.endsWith('-SNAPSHOT'))
          .map((v) => `${folder}/${v}/${owner.artifactId}-${v}.pom`);
      });
    await fc.assert(
      fc.asyncProperty(pairs, prefixes, async (artifacts, prefix) => {
        const inputs = artifacts.map((c) => ({
          identity: `${c.groupId}:${c.artifactId}:${c.version}`,
          plan: (o: PlanOptions) => planMaven([mavenJar(c.groupId, c.artifactId, c.version, c.content)], o),
        }));
        await check(inputs, prefix, listed, (k) => k.endsWith('.pom'));
      }),
      RUNS,
    );
  });

  test('Python project names and versions', async () => {
    const pyInput = fc.record({
      name: fc.oneof(fc.constantFrom('greet', 'Greet', 'gre_et', 'gre.et', 'gre-et'), segment),
      version: fc.oneof(fc.constantFrom('1.0', '1.0.0', '1.0rc1', '1.0.post1', 'v1.0'), segment),
      content: fc.constantFrom('a', 'b'),
    });
    const listed = (root: string) =>
      indexKeys(root, '/index.json')
        .filter((k) => /\/python\/simple\/[^/]+\/index\.json$/.test(k))
        .flatMap((k) =>
          parseSimpleProject(stored(k)!, k).files.map((f) => {
            const relative = f.url
              .replace(/^\.\.\/\.\.\//, '')
              .split('/')
              .map(decodeURIComponent)
              .join('/');
            return `${root}python/${relative}`;
          }),
        );
    await fc.assert(
      fc.asyncProperty(fc.array(pyInput, { minLength: 2, maxLength: 2 }), prefixes, async (projects, prefix) => {
        const inputs = projects.map((p) => ({
          identity: `${normalizeProjectName(p.name)}\n${parsePep440(p.version)?.normalized ?? p.version}`,
          plan: (o: PlanOptions) => planPython([wheel(p.name, p.version, p.content)], o),
        }));
        await check(inputs, prefix, listed, (k) => k.endsWith('.whl'));
      }),
      RUNS,
    );
  });
});

/** A file name the file system takes (the name inside the archive is what is generated). */
function safeFileName(name: string): string {
  return /^[^/\0]{1,200}$/.test(name) && name !== '.' && name !== '..' ? name : 'file.bin';
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function mavenJar(groupId: string, artifactId: string, version: string, content: string): string {
  const pom = `<project><modelVersion>4.0.0</modelVersion><groupId>${escapeXml(groupId)}</groupId><artifactId>${escapeXml(artifactId)}</artifactId><version>${escapeXml(version)}</version></project>`;
  const jar = zipSync({
    'x/Lib.class': strToU8(content),
    [`META-INF/maven/${groupId}/${artifactId}/pom.xml`]: strToU8(pom),
  });
  return file(safeFileName(`${artifactId}-${version}.jar`.replace(/[/\0]/g, '_')), jar);
}

function wheel(name: string, version: string, content: string): string {
  const metadata = `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\n`;
  const archive = zipSync({
    'm/__init__.py': strToU8(content),
    [`${name}-${version}.dist-info/METADATA`]: strToU8(metadata),
  });
  return file(safeFileName(`${name}-${version}-py3-none-any.whl`.replace(/[/\0]/g, '_')), archive);
}
