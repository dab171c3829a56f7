import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { run as buildSignPush } from '../../actions/build-sign-push/src/main';
import { run as provisionRepo } from '../../actions/provision-repo/src/main';
import { run as publishPackage } from '../../actions/publish-package/src/main';
import { run as scanGate } from '../../actions/scan-gate/src/main';
import { ConfigurationError } from '../../shared/src/runtime/errors';
import { npmTarball, tarball } from '../../shared/test/packages/npm-tarball';
import { tarBomb } from '../../shared/test/packages/tar-bomb';
import { strToU8, zipSync } from 'fflate';
import { FakeAws } from '../fakes';
import { githubEnv } from '../integration/build-sign-push/fixtures';
import { testContext, withEnv } from '../utils/action-context';
import { generateImage, tarOf, writeDockerArchive, writeOciLayout } from '../utils/images';
import { startRegistry, type LocalRegistry } from '../utils/registry';
import { fakeS3EachTest, type FakeS3 } from '../fakes/s3';
import { policyText, RESOURCE_TAGS, registryContents } from './support';

/**
 * A corpus of bad inputs across the four actions and the policy file. Each must end in a ConfigurationError whose
 * message names what to change, with nothing written: the registry's tags, the store's keys and the AWS fakes'
 * write calls are compared before and after.
 */

jest.setTimeout(120_000);

type Inputs = Record<string, string>;
type Case = [name: string, inputs: () => Inputs | Promise<Inputs>, message: RegExp];

let registry: LocalRegistry;
let dir: string;
let policy: string;
const write = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
};

beforeAll(async () => {
  registry = await startRegistry({ auth: true });
  dir = mkdtempSync(join(tmpdir(), 'reliability-bad-input-'));
  policy = write('artifact-policy.yml', policyText({ services: ['api', 'worker'], packages: true }));
});
afterAll(async () => {
  await registry?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

let counted = 0;
afterAll(() => expect(counted).toBeGreaterThanOrEqual(100));

/** Runs one case: a ConfigurationError matching `message`, and `unchanged()` true afterwards. */
async function refused(action: () => Promise<unknown>, message: RegExp): Promise<ConfigurationError> {
  const error = await action().then(
    () => undefined,
    (e: unknown) => e,
  );
  counted++;
  if (!(error instanceof ConfigurationError))
    throw new Error(
      `expected a ConfigurationError, got ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
    );
  expect(error.message).toMatch(message);
  return error;
}

// ---------------------------------------------------------------------------------------------------------------
// build-sign-push

async function layoutWith(
  name: string,
  mutate: (root: string, image: Awaited<ReturnType<typeof generateImage>>) => void,
) {
  const image = await generateImage({ layers: [{ [`app/${name}`]: name }] });
  const root = join(dir, 'layouts', name);
  writeOciLayout(root, { images: [image], refName: 'v1' });
  mutate(root, image);
  return `oci:${root}:v1`;
}
const blobPath = (root: string, digest: string) => join(root, 'blobs', 'sha256', digest.slice(7));

/** The message names the input and never repeats the password. */
const credentialsRefused = (input: string) =>
  new RegExp(`^(?![\\s\\S]*Hunter2)[\\s\\S]*${input} carries credentials in its URL`);

const buildSignPushCases: Case[] = [
  [
    'registry with credentials in the URL',
    () => ({ registry: 'http://ci-user:Hunter2@127.0.0.1:9' }),
    credentialsRefused("Input 'registry'"),
  ],
  [
    'source docker:// with credentials',
    () => ({ source: 'docker://bot:Hunter2@ghcr.io/acme/app:1' }),
    credentialsRefused("Input 'source'"),
  ],
  ['service missing', () => ({ service: '' }), /service/],
  [
    'service not in the policy',
    () => ({ service: 'payments' }),
    /payments.*registry\.services|registry\.services.*payments/s,
  ],
  ['service with a slash', () => ({ service: 'api/../x' }), /service|api\/\.\.\/x/],
  ['service with spaces', () => ({ service: 'my api' }), /service|my api/],
  ['service in upper case', () => ({ service: 'API' }), /service|API/],
  ['service oversized', () => ({ service: 'a'.repeat(300) }), /service|registry\.services/],
  ['tag with a space', () => ({ tags: 'bad tag' }), /bad tag/],
  ['tag starting with a dash', () => ({ tags: '-leading' }), /-leading/],
  ['tag starting with a dot', () => ({ tags: '.hidden' }), /\.hidden/],
  ['tag of 129 characters', () => ({ tags: 'a'.repeat(129) }), /128|a{20}/],
  ['tag with a slash', () => ({ tags: 'feature/x' }), /feature\/x/],
  ['tag with a colon', () => ({ tags: 'v1:latest' }), /v1:latest/],
  ['tag with traversal', () => ({ tags: '../../etc' }), /\.\.\/\.\.\/etc/],
  ['tag with a digest', () => ({ tags: 'sha256:abc' }), /sha256:abc/],
  ['source with an unknown transport', () => ({ source: 'ftp://example/x' }), /source|ftp/],
  ['source docker:// without a name', () => ({ source: 'docker://' }), /source|docker:\/\//],
  ['source oci: without a path', () => ({ source: 'oci:' }), /source|oci:/],
  [
    'source oci layout that does not exist',
    () => ({ source: `oci:${join(tmpdir(), 'no-such-layout-xyz')}` }),
    /no-such-layout-xyz/,
  ],
  [
    'source docker-archive that does not exist',
    () => ({ source: `docker-archive:${join(tmpdir(), 'no-such.tar')}` }),
    /no-such\.tar/,
  ],
  [
    'platform that is not os/arch',
    () => ({
      source: '',
      dockerfile: write('ctx/Dockerfile', 'FROM scratch\n'),
      context: join(dir, 'ctx'),
      platforms: 'amd64',
    }),
    /amd64|platforms/,
  ],
  ['dry-run that is not a boolean', () => ({ 'dry-run': 'maybe' }), /dry-run/],
  ['build-arg without a value', () => ({ 'build-args': 'NOVALUE' }), /build-args|NOVALUE/],
  ['registry that is not a URL', () => ({ registry: 'not a url' }), /registry|not a url/],
  ['policy file that does not exist', () => ({ policy: join(dir, 'missing-policy.yml') }), /missing-policy\.yml/],
  [
    'OCI layout whose index.json is not JSON',
    async () => ({
      source: await layoutWith('index-not-json', (root) => writeFileSync(join(root, 'index.json'), '{not json')),
    }),
    /index\.json/,
  ],
  [
    'OCI layout missing a layer blob',
    async () => ({
      source: await layoutWith('missing-blob', (root, image) =>
        rmSync(blobPath(root, image.layers[0].descriptor.digest)),
      ),
    }),
    /sha256:[a-f0-9]{64}|missing|blob/,
  ],
  [
    'OCI layout with a layer whose bytes do not match its digest',
    async () => ({
      source: await layoutWith('corrupt-blob', (root, image) =>
        writeFileSync(blobPath(root, image.layers[0].descriptor.digest), Buffer.from('tampered')),
      ),
    }),
    /sha256:[a-f0-9]{64}/,
  ],
  [
    'OCI layout reference that is not in it',
    async () => ({ source: (await layoutWith('no-ref', () => undefined)).replace(/:v1$/, ':v9') }),
    /v9/,
  ],
  [
    'docker-archive that is not a tar',
    () => ({ source: `docker-archive:${write('not-a-tar.tar', 'hello, not a tar')}` }),
    /not-a-tar\.tar/,
  ],
  [
    'docker-archive without manifest.json',
    async () => ({ source: `docker-archive:${write('no-manifest.tar', await tarOf({ 'other.json': '{}' }))}` }),
    /manifest\.json/,
  ],
  [
    'docker-archive whose layer does not match its digest',
    async () => {
      const image = await generateImage({ layers: [{ a: '1' }, { b: '2' }] });
      const path = join(dir, 'corrupt-layer.tar');
      await writeDockerArchive(path, image, { corruptLayer: 1 });
      return { source: `docker-archive:${path}` };
    },
    /corrupt: layer .* has content sha256:[a-f0-9]+, but its config says/,
  ],
  [
    'a dockerfile that does not exist',
    () => ({ source: '', dockerfile: join(dir, 'NoSuchDockerfile') }),
    /NoSuchDockerfile/,
  ],
  [
    'a build context that does not exist',
    () => ({ source: '', context: join(dir, 'no-such-context') }),
    /no-such-context/,
  ],
];

// Refused before anything is read from or written to the registry (these once went through or failed as internal errors).
const buildSignPushLateCases: Case[] = [
  [
    'registry with an unknown scheme',
    async () => ({ source: await layoutWith('ftp-registry', () => undefined), registry: 'ftp://127.0.0.1:1' }),
    /registry|ftp/,
  ],
  [
    'OCI layout whose manifest has an unknown media type',
    async () => ({
      source: await layoutWith('manifest-media-type', (root, image) => {
        const doc = JSON.parse(image.manifest.bytes.toString());
        doc.mediaType = 'application/x-unknown';
        const bad = Buffer.from(JSON.stringify(doc));
        const digest = `sha256:${createHash('sha256').update(bad).digest('hex')}`;
        writeFileSync(blobPath(root, digest), bad);
        const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
        index.manifests[0] = { ...index.manifests[0], mediaType: 'application/x-unknown', digest, size: bad.length };
        writeFileSync(join(root, 'index.json'), JSON.stringify(index));
      }),
    }),
    /application\/x-unknown|media type/,
  ],
  [
    'docker-archive whose manifest.json is not JSON',
    async () => ({ source: `docker-archive:${write('bad-manifest.tar', await tarOf({ 'manifest.json': '[{' }))}` }),
    /manifest\.json/,
  ],
  [
    'source and platforms together',
    async () => ({ source: await layoutWith('platforms', () => undefined), platforms: 'linux/amd64,linux/arm64' }),
    /platforms/,
  ],
  [
    'OCI layout whose manifest is not JSON',
    async () => ({
      source: await layoutWith('manifest-not-json', (root, image) => {
        // Keep the digest right so that only the content is wrong.
        const bad = Buffer.from('{"schemaVersion": 2, "layers": ');
        const digest = `sha256:${createHash('sha256').update(bad).digest('hex')}`;
        writeFileSync(blobPath(root, digest), bad);
        const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
        index.manifests[0] = { ...index.manifests[0], digest, size: bad.length };
        writeFileSync(join(root, 'index.json'), JSON.stringify(index));
        void image;
      }),
    }),
    /manifest|JSON/,
  ],
];

describe('build-sign-push refuses bad input with nothing pushed', () => {
  let branch = 0;
  const attempt = async (inputs: () => Inputs | Promise<Inputs>, message: RegExp) => {
    const before = await registryContents(registry);
    // A branch of its own per case: a case that wrongly goes through cannot block the next one's tags.
    const ctx = testContext(
      { service: 'api', policy, registry: registry.url, source: `oci:${join(dir, 'unused')}`, ...(await inputs()) },
      {
        ...githubEnv(`refs/heads/case-${++branch}`),
        REGISTRY_USERNAME: registry.username,
        REGISTRY_PASSWORD: registry.password,
      },
    );
    await refused(() => buildSignPush(ctx), message);
    expect(await registryContents(registry)).toEqual(before);
  };
  test.each(buildSignPushCases)('%s', (_name, inputs, message) => attempt(inputs, message));
  test.each(buildSignPushLateCases)('%s', (_name, inputs, message) => attempt(inputs, message));
});

// ---------------------------------------------------------------------------------------------------------------
// publish-package

const publishCases: Case[] = [
  [
    'base-url with credentials in the URL',
    async () => ({
      path: write('ok.tgz', await npmTarball({ name: 'ok', version: '1.0.0' })),
      'base-url': 'https://r:Hunter2@cdn.example.com',
    }),
    credentialsRefused("Input 'base-url'"),
  ],
  [
    'prefix of another system',
    async () => ({ path: write('ok.tgz', await npmTarball({ name: 'ok', version: '1.0.0' })), prefix: 'piksel' }),
    /Input 'prefix' is 'piksel'; under the policy of system shop/,
  ],
  ['path that does not exist', () => ({ path: join(dir, 'nothing-here.tgz') }), /nothing-here\.tgz/],
  ['type that is not supported', () => ({ path: write('x.rpm', 'x'), type: 'rpm' }), /type|rpm/],
  [
    'dry-run that is not a boolean',
    async () => ({ path: write('ok.tgz', await npmTarball({ name: 'ok', version: '1.0.0' })), 'dry-run': 'perhaps' }),
    /dry-run/,
  ],
  [
    'npm tarball without package.json',
    async () => ({ path: write('nopkg.tgz', await tarball({ 'package/index.js': '' })), type: 'npm' }),
    /package\/package\.json/,
  ],
  ['npm tarball that is not gzip', () => ({ path: write('plain.tgz', 'plain text'), type: 'npm' }), /gzip/],
  [
    'npm tarball of garbage',
    () => ({ path: write('garbage.tgz', gzipSync(Buffer.alloc(900, 7))), type: 'npm' }),
    /tar|package/,
  ],
  [
    'npm name with traversal',
    async () => ({ path: write('t1.tgz', await npmTarball({ name: '../../evil', version: '1.0.0' })) }),
    /evil|name/,
  ],
  [
    'npm scoped name with traversal',
    async () => ({ path: write('t2.tgz', await npmTarball({ name: '@acme/../../x', version: '1.0.0' })) }),
    /not valid|name/,
  ],
  [
    'npm name percent-encoded traversal',
    async () => ({ path: write('t3.tgz', await npmTarball({ name: '%2e%2e', version: '1.0.0' })) }),
    /not valid|name/,
  ],
  [
    'npm name in upper case',
    async () => ({ path: write('t4.tgz', await npmTarball({ name: 'MyLib', version: '1.0.0' })) }),
    /MyLib|name/,
  ],
  [
    'npm name of 300 characters',
    async () => ({ path: write('t5.tgz', await npmTarball({ name: 'a'.repeat(300), version: '1.0.0' })) }),
    /name|214/,
  ],
  [
    'npm version with traversal',
    async () => ({ path: write('t6.tgz', await npmTarball({ name: 'lib', version: '../../1.0.0' })) }),
    /version|semantic/,
  ],
  [
    'npm version not semver',
    async () => ({ path: write('t7.tgz', await npmTarball({ name: 'lib', version: '1.0' })) }),
    /semantic version/,
  ],
  [
    'npm version with a v',
    async () => ({ path: write('t8.tgz', await npmTarball({ name: 'lib', version: 'v1.0.0' })) }),
    /1\.0\.0/,
  ],
  [
    'npm version of a wrong type',
    async () => ({ path: write('t9.tgz', await npmTarball({ name: 'lib', version: 100 })) }),
    /version/,
  ],
  [
    'npm name of a wrong type',
    async () => ({ path: write('t10.tgz', await npmTarball({ name: ['lib'], version: '1.0.0' })) }),
    /name/,
  ],
  [
    'npm dist-tag that is a version',
    async () => ({ path: write('t11.tgz', await npmTarball({ name: 'lib', version: '1.0.0' })), 'dist-tag': '1.0.0' }),
    /dist-tag/,
  ],
  [
    'npm name input contradicting the tarball',
    async () => ({ path: write('t12.tgz', await npmTarball({ name: 'lib', version: '1.0.0' })), name: 'other' }),
    /name|other/,
  ],
  [
    'npm version input contradicting the tarball',
    async () => ({ path: write('t13.tgz', await npmTarball({ name: 'lib', version: '1.0.0' })), version: '2.0.0' }),
    /version|2\.0\.0/,
  ],
  ['zip without a name', () => ({ path: write('a.zip', 'x'), version: '1.0.0' }), /'name' is required/],
  ['zip without a version', () => ({ path: write('b.zip', 'x'), name: 'b' }), /'version' is required/],
  [
    'zip version with traversal',
    () => ({ path: write('c.zip', 'x'), name: 'c', version: '../../etc' }),
    /slash|version/,
  ],
  ['zip name dot-dot', () => ({ path: write('d.zip', 'x'), name: '..', version: '1' }), /leave its folder|name/],
  [
    'zip version percent-encoded',
    () => ({ path: write('e.zip', 'x'), name: 'e', version: '1%2f..' }),
    /percent-encoded/,
  ],
  [
    'zip version with a control character',
    () => ({ path: write('f.zip', 'x'), name: 'f', version: '1\u0007' }),
    /control character/,
  ],
  ['zip name with a backslash', () => ({ path: write('g.zip', 'x'), name: 'g\\..', version: '1' }), /backslash/],
  [
    'zip name oversized',
    () => ({ path: write('h.zip', 'x'), name: 'n'.repeat(2000), version: '1' }),
    /name|long|characters/,
  ],
  [
    'zip version oversized',
    () => ({ path: write('i.zip', 'x'), name: 'i', version: '1'.repeat(2000) }),
    /version|long|characters/,
  ],
  [
    'zip name absolute',
    () => ({ path: write('j.zip', 'x'), name: '/etc/passwd', version: '1' }),
    /slash|name|\/etc\/passwd/,
  ],
  [
    'prefix escaping upwards',
    () => ({ path: write('k.zip', 'x'), name: 'k', version: '1', prefix: '../other-team' }),
    /prefix/,
  ],
  [
    'bucket name in upper case',
    () => ({ path: write('l.zip', 'x'), name: 'l', version: '1', bucket: 'Bad_Bucket' }),
    /bucket|Bad_Bucket/,
  ],
  [
    'base-url that is not a URL',
    () => ({ path: write('m.zip', 'x'), name: 'm', version: '1', 'base-url': 'not a url' }),
    /base-url/,
  ],
  [
    'base-url with a query',
    () => ({ path: write('n.zip', 'x'), name: 'n', version: '1', 'base-url': 'ftp://cdn.example.com/x' }),
    /base-url/,
  ],
  ['maven pom that is not XML', () => ({ path: write('bad.pom', '<project><oops'), type: 'maven' }), /pom|XML/i],
  ['python wheel name not PEP 427', () => ({ path: write('not_a_wheel.whl', 'x'), type: 'python' }), /whl|wheel/],
  [
    'python sdist that is not a tarball',
    () => ({ path: write('pkg-1.0.tar.gz', 'x'), type: 'python' }),
    /pkg-1\.0\.tar\.gz|gzip|tar/,
  ],
  [
    'python sdist whose PKG-INFO expands to 64 MiB (decompression bomb)',
    async () => ({
      path: write('bomb-1.0.tar.gz', await tarBomb([{ name: 'bomb-1.0/PKG-INFO', size: 64 * 1024 * 1024 }])),
      type: 'python',
    }),
    /bomb-1\.0\.tar\.gz: the entry 'bomb-1\.0\/PKG-INFO' unpacks to 64 MiB.*decompression bomb/,
  ],
  [
    'npm tarball whose package.json expands to 32 MiB (decompression bomb)',
    async () => ({
      path: write('bomb.tgz', await tarBomb([{ name: 'package/package.json', size: 32 * 1024 * 1024 }])),
      type: 'npm',
    }),
    /bomb\.tgz: the entry 'package\/package\.json' unpacks to 32 MiB.*decompression bomb/,
  ],
  [
    'helm chart whose files expand beyond 100 MiB (decompression bomb)',
    async () => ({
      path: write(
        'web-1.0.0.tgz',
        await tarBomb([
          { name: 'web/Chart.yaml', content: 'apiVersion: v2\nname: web\nversion: 1.0.0\n' },
          { name: 'web/files/blob.bin', size: 101 * 1024 * 1024 },
        ]),
      ),
      type: 'helm',
    }),
    /the entry 'web\/files\/blob\.bin' unpacks to 101 MiB.*decompression bomb/,
  ],
  [
    'prefix under the system whose keys exceed 1,024 bytes of UTF-8 (600 characters)',
    () => ({
      path: write('o.zip', 'x'),
      name: 'o',
      version: '1',
      prefix: ['shop', 'é'.repeat(200), 'é'.repeat(200), 'é'.repeat(200)].join('/'),
    }),
    /bytes in UTF-8 .*S3 allows at most 1024/,
  ],
  [
    'helm chart directory without Chart.yaml',
    () => (mkdirSync(join(dir, 'chart-empty'), { recursive: true }), { path: join(dir, 'chart-empty'), type: 'helm' }),
    /Chart\.yaml/,
  ],
];

describe('publish-package refuses bad input with nothing written to the store', () => {
  const s3 = fakeS3EachTest();

  test.each(publishCases)('%s', async (_name, inputs, message) => {
    const ctx = testContext({ policy, ...(await inputs()) }, process.env);
    await refused(() => publishPackage(ctx), message);
    expect(s3.current.requests.filter((r) => !/^(Get|Head|List)/.test(r.command))).toEqual([]);
    expect(s3.current.objects.size).toBe(0);
  });

  test('AWS_ENDPOINT_URL_S3 with credentials', async () => {
    const restore = withEnv({ AWS_ENDPOINT_URL_S3: 'http://minio:Hunter2@127.0.0.1:9' });
    try {
      const path = write('ok.tgz', await npmTarball({ name: 'ok', version: '1.0.0' }));
      const ctx = testContext({ policy, path }, process.env);
      await refused(() => publishPackage(ctx), credentialsRefused('AWS_ENDPOINT_URL_S3'));
      expect(ctx.logger.secrets).toContain('Hunter2');
    } finally {
      restore();
    }
    expect(s3.current.requests).toEqual([]);
  });
});

/** A jar as Maven builds it: the pom inside, under META-INF/maven/<groupId>/<artifactId>/. */
function mavenJar(gav: string): string {
  const [groupId, artifactId, version] = gav.split(':');
  const pom = `<project><modelVersion>4.0.0</modelVersion><groupId>${groupId}</groupId><artifactId>${artifactId}</artifactId><version>${version}</version></project>`;
  const jar = zipSync({
    'x/Lib.class': strToU8(gav),
    [`META-INF/maven/${groupId}/${artifactId}/pom.xml`]: strToU8(pom),
  });
  return write(`maven/${gav.replace(/:/g, '_')}/${artifactId}-${version}.jar`, Buffer.from(jar));
}

const sha256 = (b: string) => createHash('sha256').update(b).digest('hex');

// Cases against a store that already holds something: forged objects, another artifact's Maven folder.
const storedCases: [name: string, seed: (fake: FakeS3) => Promise<void>, inputs: () => Inputs, message: RegExp][] = [
  [
    'a forged jar whose sha256 metadata is the real jar (no S3 checksum: read back)',
    async (fake) =>
      fake.seed('artifacts-test', 'shop/zip/lib/1.1.0/lib-1.1.0.jar', 'other bytes', { sha256: sha256('real') }),
    () => ({ path: write('forged-1/lib-1.1.0.jar', 'real'), name: 'lib', version: '1.1.0', type: 'zip' }),
    /lib-1\.1\.0\.jar: stored sha256 [0-9a-f]{64}, this file [0-9a-f]{64}/,
  ],
  [
    'a forged jar whose sha256 metadata is the real jar (judged by its S3 checksum)',
    async (fake) => {
      fake.seed('artifacts-test', 'shop/zip/lib/1.2.0/lib-1.2.0.jar', 'other bytes', { sha256: sha256('real') });
      fake.current('artifacts-test', 'shop/zip/lib/1.2.0/lib-1.2.0.jar')!.checksumSHA256 = createHash('sha256')
        .update('other bytes')
        .digest('base64');
    },
    () => ({ path: write('forged-2/lib-1.2.0.jar', 'real'), name: 'lib', version: '1.2.0', type: 'zip' }),
    /lib-1\.2\.0\.jar: stored sha256 [0-9a-f]{64}, this file [0-9a-f]{64}/,
  ],
  [
    'maven com.acme.lib:1.0-SNAPSHOT:2.0 where com.acme:lib:1.0-SNAPSHOT is published',
    async () => {
      await publishPackage(testContext({ policy, path: mavenJar('com.acme:lib:1.0-SNAPSHOT') }, process.env));
    },
    () => ({ path: mavenJar('com.acme.lib:1.0-SNAPSHOT:2.0') }),
    /folders overlap in the Maven layout/,
  ],
  [
    'maven com.acme.lib:2.0:3.0 where com.acme:lib:2.0 is published',
    async () => {
      await publishPackage(testContext({ policy, path: mavenJar('com.acme:lib:2.0') }, process.env));
    },
    () => ({ path: mavenJar('com.acme.lib:2.0:3.0') }),
    /folders overlap in the Maven layout/,
  ],
];

describe('publish-package refuses forged or overlapping store content with nothing written', () => {
  const s3 = fakeS3EachTest();

  test.each(storedCases)('%s', async (_name, seed, inputs, message) => {
    const fake = s3.current;
    await seed(fake);
    const before = new Map([...fake.objects].map(([k, v]) => [k, v.length]));
    const writes = fake.writes().length;
    await refused(() => publishPackage(testContext({ policy, ...inputs() }, process.env)), message);
    expect(fake.writes()).toHaveLength(writes);
    expect(new Map([...fake.objects].map(([k, v]) => [k, v.length]))).toEqual(before);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// scan-gate

const scanCases: Case[] = [
  [
    'registry with credentials in the URL',
    () => ({ registry: 'http://ci-user:Hunter2@127.0.0.1:9' }),
    credentialsRefused("Input 'registry'"),
  ],
  ['fail-on SEVERE', () => ({ 'fail-on': 'SEVERE' }), /fail-on|SEVERE/],
  ['fail-on in lower case nonsense', () => ({ 'fail-on': 'bad' }), /fail-on/],
  ['timeout not a number', () => ({ timeout: 'soon' }), /timeout/],
  ['timeout negative', () => ({ timeout: '-5' }), /timeout/],
  ['fixable-only not a boolean', () => ({ 'fixable-only': 'sometimes' }), /fixable-only/],
  ['require-signature not a boolean', () => ({ 'require-signature': 'yes please' }), /require-signature/],
  ['image without a digest or tag', () => ({ image: 'not an image' }), /image|not an image/],
  ['image empty', () => ({ image: '' }), /image/],
  ['image with a bad digest', () => ({ image: `${registry.host}/team/app@sha256:xyz` }), /sha256:xyz|digest/],
  ['report that does not exist', () => ({ report: join(dir, 'no-report.json') }), /no-report\.json/],
  ['report that is not JSON', () => ({ report: write('report-bad.json', '{"Results": [') }), /report-bad\.json/],
  [
    'report of an unknown format',
    () => ({ report: write('report-unknown.json', '{"hello": "world"}') }),
    /report-unknown\.json/,
  ],
  ['source unknown', () => ({ source: 'crystal-ball' }), /source|crystal-ball/],
  // Reports that do not describe the gated image, or are no whole report.
  [
    'clean report of another image',
    () => ({
      report: write(
        'report-busybox.json',
        JSON.stringify({
          SchemaVersion: 2,
          ArtifactName: 'docker.io/library/busybox',
          Metadata: { RepoDigests: [`busybox@sha256:${'b'.repeat(64)}`] },
          Results: [],
        }),
      ),
    }),
    /describes another image/,
  ],
  [
    'Grype report of another digest',
    () => ({
      report: write(
        'report-grype-other.json',
        JSON.stringify({
          matches: [],
          source: { type: 'image', target: { manifestDigest: `sha256:${'c'.repeat(64)}` } },
        }),
      ),
    }),
    /describes another image/,
  ],
  [
    'report naming no digest',
    () => ({ report: write('report-no-digest.json', '{"SchemaVersion": 2, "ArtifactName": "app:ci", "Results": []}') }),
    /names no image digest.*trustReportsWithoutDigest/,
  ],
  ['report that is an empty list', () => ({ report: write('report-empty.json', '[]') }), /empty list/],
  ['Grype report with matches null', () => ({ report: write('report-null.json', '{"matches": null}') }), /matches/],
  [
    'Trivy report with only SchemaVersion',
    () => ({ report: write('report-schema.json', '{"SchemaVersion": 2}') }),
    /ArtifactName/,
  ],
  // Inputs that would loosen the policy.
  ['fail-on NONE under a CRITICAL policy', () => ({ 'fail-on': 'NONE' }), /looser than the policy's scan\.failOn/],
  ['fixable-only true under a policy that counts all', () => ({ 'fixable-only': 'true' }), /scan\.fixableOnly/],
  ['timeout longer than the policy', () => ({ timeout: '901' }), /scan\.timeoutSeconds/],
  [
    'require-signature false under a policy that requires one',
    () => ({
      'require-signature': 'false',
      policy: write(
        'policy-signed.yml',
        policyText({ services: ['api'], signing: ['required: true', 'trust: {publicKeys: [env://COSIGN_PUB]}'] }),
      ),
    }),
    /signing\.required/,
  ],
  [
    'source report under a policy that reads Inspector',
    () => ({
      source: 'report',
      policy: write('policy-inspector.yml', `${policyText({ services: ['api'] })}scan:\n  source: inspector\n`),
    }),
    /scan\.source \(inspector\)/,
  ],
  // The image must be on the policy's registry.
  [
    'image on another host than the registry input',
    () => ({ image: `registry.example.com/shop/api@sha256:${'a'.repeat(64)}` }),
    /is on registry\.example\.com/,
  ],
  [
    'image on a host that is not ECR, without a registry input',
    () => ({ registry: '', image: `registry.example.com/shop/api@sha256:${'a'.repeat(64)}` }),
    /not an ECR registry/,
  ],
  [
    'policy trusting a bare AWS Signer profile name',
    () => ({
      policy: write(
        'policy-bare-profile.yml',
        policyText({ services: ['api'], signing: ['trust: {signerProfiles: [billing_images]}'] }),
      ),
    }),
    /billing_images.*arn:aws:signer:eu-central-1:<account>:\/signing-profiles\/billing_images/,
  ],
  ['policy file that does not exist', () => ({ policy: join(dir, 'missing.yml') }), /missing\.yml/],
];

describe('scan-gate refuses bad input with nothing written', () => {
  test.each(scanCases)('%s', async (_name, inputs, message) => {
    const before = await registryContents(registry);
    const ctx = testContext(
      {
        image: `${registry.host}/shop/api@sha256:${'a'.repeat(64)}`,
        registry: registry.url,
        policy,
        report: write('report-ok.json', '{"matches": []}'),
        ...(await inputs()),
      },
      { ...githubEnv('refs/heads/main'), AWS_REGION: 'eu-central-1', RUNNER_TEMP: dir },
    );
    await refused(() => scanGate(ctx), message);
    expect(await registryContents(registry)).toEqual(before);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// provision-repo and the policy file

const provisionCases: Case[] = [
  ['mode destroy', () => ({ mode: 'destroy' }), /mode|destroy/],
  ['concurrency zero', () => ({ concurrency: '0' }), /concurrency/],
  ['concurrency huge', () => ({ concurrency: '100000' }), /concurrency/],
  ['concurrency not a number', () => ({ concurrency: 'many' }), /concurrency/],
  ['fail-on-drift not a boolean', () => ({ 'fail-on-drift': 'maybe' }), /fail-on-drift/],
  ['prune not a boolean', () => ({ prune: 'always' }), /prune/],
  ['a service name with spaces', () => ({ services: 'my service' }), /my service|service/],
  ['a service name with traversal', () => ({ services: '../../root' }), /\.\.\/\.\.\/root|service/],
  ['repository-pattern without a token', () => ({ 'repository-pattern': 'svc-*' }), /github-token|repository-pattern/],
];

/** Policy files, each wrong in one place; refused by provision-repo before any AWS call writes. */
const base = (body: string) => `version: 1\nsystem: shop\nregion: eu-central-1\n${RESOURCE_TAGS}\n${body}`;
const registryBlock = 'registry:\n  layout: per-service\n  services: [api]\n';
const policyCases: [string, string, RegExp][] = [
  ['empty file', '', /version|system|empty/],
  ['not YAML', 'version: [1\nsystem: {', /artifact-policy|line|YAML/i],
  ['a list instead of a map', '- version: 1\n', /version|mapping|object/i],
  ['version 2', base(registryBlock).replace('version: 1', 'version: 2'), /version/],
  ['version a string', base(registryBlock).replace('version: 1', 'version: one'), /version/],
  ['system missing', `version: 1\nregion: eu-central-1\n${RESOURCE_TAGS}\n${registryBlock}`, /system/],
  ['system with spaces', base(registryBlock).replace('system: shop', 'system: my shop'), /system/],
  ['system with traversal', base(registryBlock).replace('system: shop', 'system: ../shop'), /system/],
  ['system oversized', base(registryBlock).replace('system: shop', `system: ${'s'.repeat(300)}`), /system/],
  ['region not a region', base(registryBlock).replace('region: eu-central-1', 'region: mars-north-1'), /region/],
  ['region a number', base(registryBlock).replace('region: eu-central-1', 'region: 42'), /region/],
  ['unknown top-level key', base(registryBlock) + 'registery: {}\n', /registery/],
  ['layout triple', base('registry:\n  layout: triple\n  services: [api]\n'), /layout/],
  ['layout single without repository', base('registry:\n  layout: single\n  services: [api]\n'), /repository/],
  ['services not a list', base('registry:\n  layout: per-service\n  services: api\n'), /services/],
  ['service with upper case', base('registry:\n  layout: per-service\n  services: [API]\n'), /services|API/],
  ['duplicate services', base('registry:\n  layout: per-service\n  services: [api, api]\n'), /api|duplicate|services/],
  ['tagMutability SOMETIMES', base(registryBlock + '  tagMutability: SOMETIMES\n'), /tagMutability/],
  ['encryption ROT13', base(registryBlock + '  encryption: {type: ROT13}\n'), /encryption/],
  ['lifecycle keepTagged negative', base(registryBlock + '  lifecycle: {keepTagged: -1}\n'), /keepTagged/],
  ['lifecycle keepTagged a string', base(registryBlock + '  lifecycle: {keepTagged: many}\n'), /keepTagged/],
  [
    'lifecycle expireUntaggedDays zero',
    base(registryBlock + '  lifecycle: {expireUntaggedDays: 0}\n'),
    /expireUntaggedDays/,
  ],
  ['pullAccounts not account ids', base(registryBlock + '  pullAccounts: ["abc"]\n'), /pullAccounts|abc/],
  ['scanning type HYPER', base(registryBlock + '  scanning: {type: HYPER}\n'), /scanning|HYPER/],
  [
    'mirror target with traversal',
    base(registryBlock + '  mirrors: [{source: docker.io/library/redis, target: ../redis}]\n'),
    /target|mirrors/,
  ],
  [
    'pull-through upstream unknown',
    base(registryBlock + '  pullThroughCache: [{upstream: my-laptop}]\n'),
    /upstream|my-laptop/,
  ],
  [
    'tags release without the version',
    base(registryBlock + 'tags:\n  release: "{service}-release"\n'),
    /release|\{version\}/,
  ],
  [
    'tags with an unknown placeholder',
    base(registryBlock + 'tags:\n  development: "{service}-{colour}"\n'),
    /colour|placeholder/,
  ],
  ['tags latestFrom not a list', base(registryBlock + 'tags:\n  latestFrom: 42\n'), /latestFrom/],
  ['signing method magic', base(registryBlock + 'signing: {method: magic}\n'), /method|magic/],
  ['signing required without a method', base(registryBlock + 'signing: {required: maybe}\n'), /required|signing/],
  ['scan failOn SEVERE', base(registryBlock + 'scan: {failOn: SEVERE}\n'), /failOn|SEVERE/],
  ['scan timeoutSeconds negative', base(registryBlock + 'scan: {timeoutSeconds: -1}\n'), /timeoutSeconds/],
  [
    'scan allow entry without an id',
    base(registryBlock + 'scan: {allow: [{until: 2026-12-31, reason: x}]}\n'),
    /id|allow/,
  ],
  [
    'scan allow until not a date',
    base(registryBlock + 'scan: {allow: [{id: CVE-2024-1, until: someday, reason: x}]}\n'),
    /until|someday/,
  ],
  ['packages bucket upper case', base(registryBlock + 'packages: {bucket: Bad_Bucket}\n'), /bucket|Bad_Bucket/],
  ['packages prefix with traversal', base(registryBlock + 'packages: {bucket: ok-bucket, prefix: "../x"}\n'), /prefix/],
  [
    'packages baseUrl not a URL',
    base(registryBlock + 'packages: {bucket: ok-bucket, baseUrl: "not a url"}\n'),
    /baseUrl/,
  ],
  ['resourceTags not a map', base(registryBlock).replace(RESOURCE_TAGS, 'resourceTags: [a, b]'), /resourceTags/],
  ['iam accountId not 12 digits', base(registryBlock + 'iam: {accountId: "12345"}\n'), /accountId/],
  [
    'ABAC tag other than the system',
    base(registryBlock).replace('Project: shop', 'Project: Shop-Platform'),
    /the ABAC tag Project is "Shop-Platform" but system is "shop"/,
  ],
  [
    'packages prefix without {system}',
    base(registryBlock + 'packages: {bucket: ok-bucket, prefix: shared}\n'),
    /"shared" must start with \{system\}/,
  ],
  [
    'packages prefix under another system',
    base(registryBlock + 'packages: {bucket: ok-bucket, prefix: "piksel/{system}"}\n'),
    /"piksel\/\{system\}" must start with \{system\}/,
  ],
  [
    'development tag that a branch turns into the latest tag',
    base(
      registryBlock +
        '  mutableTags: ["*-latest"]\ntags:\n  development: "{service}-{branch}"\n  latest: "{service}-latest"\n',
    ),
    /a branch named "latest" gives "api-latest"/,
  ],
  [
    'packages baseUrl with credentials',
    base(registryBlock + 'packages: {bucket: ok-bucket, baseUrl: "https://r:Hunter2@cdn.example.com"}\n'),
    /^(?![\s\S]*Hunter2)[\s\S]*packages\.baseUrl: the URL carries credentials/,
  ],
];

const policyValueCases: [string, string, RegExp][] = [
  [
    'encryption KMS key not an ARN or alias',
    base(registryBlock + '  encryption: {type: KMS, kmsKey: "my key"}\n'),
    /kmsKey|encryption/,
  ],
  [
    'mirror source not an image name',
    base(registryBlock + '  mirrors: [{source: "not an image", target: thirdparty/x}]\n'),
    /source|mirrors/,
  ],
];

describe('provision-repo and the policy file: refused with no AWS write', () => {
  const run = async (inputs: Inputs, policyPath: string, message: RegExp) => {
    const aws = new FakeAws('123456789012', 'eu-central-1');
    const ctx = testContext(
      { policy: policyPath, mode: 'apply', 'iam-output': join(dir, 'iam-out'), ...inputs },
      { ...githubEnv('refs/heads/main'), AWS_REGION: 'eu-central-1' },
    );
    await refused(() => provisionRepo(ctx, { clients: aws.clients(), sleep: async () => undefined }), message);
    expect(aws.calls.writes()).toEqual([]);
  };

  test.each(provisionCases)('%s', async (_name, inputs, message) => {
    await run(await inputs(), policy, message);
  });

  test.each(policyCases)('policy: %s', async (name, text, message) => {
    const path = write(`policies/${name.replace(/[^a-z0-9]+/gi, '-')}.yml`, text);
    await run({}, path, message);
  });
  test.each(policyValueCases)('policy: %s', async (name, text, message) => {
    const path = write(`policies/value-${name.replace(/[^a-z0-9]+/gi, '-')}.yml`, text);
    await run({}, path, message);
  });
});
