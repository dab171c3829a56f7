import { createHash } from 'node:crypto';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { run as buildSignPush } from '../../actions/build-sign-push/src/main';
import { run as publishPackage } from '../../actions/publish-package/src/main';
import type { Packument } from '../../shared/src/packages/npm';
import { ConfigurationError } from '../../shared/src/runtime/errors';
import { npmTarball } from '../../shared/test/packages/npm-tarball';
import { strToU8, zipSync } from 'fflate';
import { githubEnv } from '../integration/build-sign-push/fixtures';
import { testContext, withEnv } from '../utils/action-context';
import { generateImage, writeOciLayout } from '../utils/images';
import { startRegistry, type LocalRegistry } from '../utils/registry';
import { startS3, type LocalS3 } from '../utils/s3';
import { FakeS3 } from '../fakes/s3';
import { incompleteTags, policyText, registryContents, s3Contents, s3Text } from './support';

/** Parallel runs of the actions against one repository, one package, one immutable tag. */

jest.setTimeout(180_000);

const SERVICES = Array.from({ length: 8 }, (_, i) => `svc${i + 1}`);
const VERSIONS = ['1.0.0', '1.0.1', '1.1.0', '1.2.0', '2.0.0', '2.0.1', '2.1.0', '3.0.0'];

let registry: LocalRegistry;
let dir: string;
let policy: string;

beforeAll(async () => {
  registry = await startRegistry({ auth: true });
  dir = mkdtempSync(join(tmpdir(), 'reliability-concurrency-'));
  policy = join(dir, 'artifact-policy.yml');
  writeFileSync(policy, policyText({ services: SERVICES, single: true, packages: true }));
});
afterAll(async () => {
  await registry?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const env = (ref: string) => ({
  ...githubEnv(ref),
  REGISTRY_USERNAME: registry.username,
  REGISTRY_PASSWORD: registry.password,
});

async function layout(name: string): Promise<{ source: string; digest: string }> {
  const image = await generateImage({ layers: [{ [`app/${name}`]: `${name} ${Math.random()}` }, { shared: 'same' }] });
  const path = join(dir, 'layouts', name);
  writeOciLayout(path, { images: [image], refName: 'v1' });
  return { source: `oci:${path}:v1`, digest: image.manifest.descriptor.digest };
}

test('eight parallel pushes of different services into one repository: every tag present, each on its image', async () => {
  const images = await Promise.all(SERVICES.map((s) => layout(s)));
  await Promise.all(
    SERVICES.map((service, i) =>
      buildSignPush(
        testContext({ service, policy, registry: registry.url, source: images[i].source }, env('refs/tags/v1.0.0')),
      ),
    ),
  );
  const contents = await registryContents(registry);
  for (const [i, service] of SERVICES.entries()) expect(contents[`shop-core:${service}-v1.0.0`]).toBe(images[i].digest);
  expect(await incompleteTags(registry)).toEqual([]);
});

async function race(round: number) {
  const [a, b] = await Promise.all([layout(`race-a-${round}`), layout(`race-b-${round}`)]);
  const ref = `refs/tags/v9.${round}.0`;
  const results = await Promise.allSettled(
    [a, b].map((image) =>
      buildSignPush(testContext({ service: 'svc1', policy, registry: registry.url, source: image.source }, env(ref))),
    ),
  );
  return {
    tag: `svc1-v9.${round}.0`,
    won: results.flatMap((r, i) => (r.status === 'fulfilled' ? [[a, b][i]] : [])),
    lost: results.flatMap((r) => (r.status === 'rejected' ? [r.reason as Error] : [])),
  };
}

test('two runs racing for one immutable tag: whatever the outcome, the tag points at a winner and every loser names the tag', async () => {
  for (const round of [1, 2, 3]) {
    const { tag, won, lost } = await race(round);
    expect(won.length).toBeGreaterThanOrEqual(1);
    for (const error of lost) {
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error.message).toContain(`'${tag}'`);
    }
    expect(won.map((w) => w.digest)).toContain((await registryContents(registry))[`shop-core:${tag}`]);
    expect(await incompleteTags(registry)).toEqual([]);
  }
});

test('the run that comes second to an immutable tag fails with a ConfigurationError naming the tag; the tag stays', async () => {
  const [a, b] = await Promise.all([layout('second-a'), layout('second-b')]);
  const ref = 'refs/tags/v8.0.0';
  await buildSignPush(testContext({ service: 'svc2', policy, registry: registry.url, source: a.source }, env(ref)));
  const second = buildSignPush(
    testContext({ service: 'svc2', policy, registry: registry.url, source: b.source }, env(ref)),
  );
  await expect(second).rejects.toThrow(ConfigurationError);
  await expect(second).rejects.toThrow(/'svc2-v8\.0\.0'/);
  expect((await registryContents(registry))['shop-core:svc2-v8.0.0']).toBe(a.digest);
});

/**
 * Forwards to the registry, holding PUTs of one tag until `parties` of them arrived, then sending them together
 * and holding their answers until all came back: both runs' writes land before either reads its tag back, the
 * interleaving where both would otherwise win.
 */
async function startTagBarrier(target: string, parties: number) {
  const upstreamUrl = new URL(target);
  let tag = '';
  let waiting: ((done: (release: () => void) => void) => void)[] = [];
  const sendTogether = () => {
    const batch = waiting;
    waiting = [];
    const answers: (() => void)[] = [];
    for (const send of batch) {
      send((release) => {
        answers.push(release);
        if (answers.length === batch.length) answers.forEach((r) => r());
      });
    }
  };
  const server = createServer((req, res) => {
    const send = (done: (release: () => void) => void) => {
      const upstream = httpRequest(
        { host: upstreamUrl.hostname, port: upstreamUrl.port, method: req.method, path: req.url, headers: req.headers },
        (answer) =>
          done(() => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          }),
      );
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
    };
    if (req.method !== 'PUT' || tag === '' || !(req.url ?? '').endsWith(`/manifests/${tag}`)) {
      return send((release) => release());
    }
    waiting.push(send);
    if (waiting.length >= parties) sendTogether();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    arm: (next: string) => void (tag = next),
    /** A run that ended before its write must not hold the other's forever. */
    release: sendTogether,
    stop: () => {
      sendTogether();
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// docker-registry has no immutable tags: each run checks the tag just before its write and reads it back after.
// When the two writes meet at the registry, exactly one run wins and the other names the tag and both digests.
// (A run that writes and reads back before the other's check-then-write still wins alongside it: the last
// writer holds the tag. ECR refuses the second write itself.)
test('two runs whose writes of one immutable tag meet at the registry: exactly one wins, three rounds out of three', async () => {
  const barrier = await startTagBarrier(registry.url, 2);
  try {
    for (const round of [4, 5, 6]) {
      const [a, b] = await Promise.all([layout(`meet-a-${round}`), layout(`meet-b-${round}`)]);
      const tag = `svc1-v9.${round}.0`;
      barrier.arm(tag);
      const results = await Promise.allSettled(
        [a, b].map((image) =>
          buildSignPush(
            testContext(
              { service: 'svc1', policy, registry: barrier.url, source: image.source },
              env(`refs/tags/v9.${round}.0`),
            ),
          ).finally(barrier.release),
        ),
      );
      const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [[a, b][i]] : []));
      const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as Error] : []));
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]).toBeInstanceOf(ConfigurationError);
      expect(lost[0].message).toContain(`'${tag}'`);
      expect(lost[0].message).toContain(a.digest);
      expect(lost[0].message).toContain(b.digest);
      expect(lost[0].message).toMatch(/another run at the same time/);
      expect((await registryContents(registry))[`shop-core:${tag}`]).toBe(won[0].digest);
      expect(await incompleteTags(registry)).toEqual([]);
    }
  } finally {
    await barrier.stop();
  }
});

describe('eight parallel publishes of one package', () => {
  const publishAll = async (work: string) =>
    Promise.allSettled(
      VERSIONS.map(async (version) => {
        const tgz = join(work, `lib-${version}.tgz`);
        writeFileSync(tgz, await npmTarball({ name: '@acme/lib', version }));
        await publishPackage(testContext({ policy, path: tgz }, process.env));
        mkdirSync(join(work, version), { recursive: true });
        const zip = join(work, version, 'bundle.zip');
        writeFileSync(zip, `bundle ${version}`);
        await publishPackage(testContext({ policy, path: zip, name: 'bundle', version }, process.env));
      }),
    );

  test('against a store that enforces conditional writes: every version in every index, indexes consistent', async () => {
    const fake = new FakeS3();
    const restore = withEnv({ AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_REGION: 'eu-central-1' });
    const work = mkdtempSync(join(dir, 'fake-'));
    try {
      const results = await publishAll(work);
      expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
      const packument = JSON.parse(fake.current('artifacts-test', 'shop/npm/@acme/lib')!.body.toString()) as Packument;
      expect(Object.keys(packument.versions).sort()).toEqual([...VERSIONS].sort());
      expect(packument['dist-tags'].latest).toBe('3.0.0');
      for (const version of VERSIONS) {
        const tarball = fake.current('artifacts-test', `shop/npm/@acme/lib/-/lib-${version}.tgz`);
        expect(tarball).toBeDefined();
        const shasum = createHash('sha1').update(tarball!.body).digest('hex');
        expect(packument.versions[version].dist).toMatchObject({ shasum });
      }
      const index = JSON.parse(fake.current('artifacts-test', 'shop/zip/bundle/index.json')!.body.toString()) as {
        versions: { version: string }[];
        latest: string;
      };
      expect(index.versions.map((v) => v.version).sort()).toEqual([...VERSIONS].sort());
      expect(index.latest).toBe('3.0.0');
      // Conditional writes did meet each other: some merges were retried after a 412.
      expect(fake.requests.some((r) => r.status === 412)).toBe(true);
    } finally {
      restore();
      fake.restore();
    }
  });

  // s3rver neither enforces conditional writes nor writes objects atomically (a read can see half a file), so a
  // run may stop on an index it cannot parse: such a run must say which key, and nothing stored may be broken.
  describe('against s3rver (no conditional writes): every artifact intact, every index names only stored artifacts', () => {
    let s3: LocalS3;
    beforeAll(async () => {
      s3 = await startS3();
    });
    afterAll(async () => s3?.stop());

    test('npm and zip', async () => {
      const restore = withEnv({ ...s3.env });
      const work = mkdtempSync(join(dir, 's3rver-'));
      try {
        await publishAll(work);
      } finally {
        restore();
      }
      const contents = await s3Contents(s3, 'shop/');
      for (const version of VERSIONS) {
        const tgz = readFileSync(join(work, `lib-${version}.tgz`));
        expect(contents[`shop/npm/@acme/lib/-/lib-${version}.tgz`]).toBe(
          createHash('sha256').update(tgz).digest('hex'),
        );
      }
      // Two PUTs of one key at the same instant can interleave in s3rver's file (S3 replaces an object
      // atomically): an index torn that way is s3rver's, and the strict index checks run against the fake above.
      const stored = async <T>(key: string): Promise<T | undefined> => {
        const text = (await s3Text(s3, key))!;
        try {
          return JSON.parse(text) as T;
        } catch {
          console.warn(`s3rver holds a torn ${key} (two writes interleaved); not checked`);
          return undefined;
        }
      };
      const packument = await stored<Packument>('shop/npm/@acme/lib');
      if (packument) {
        expect(Object.keys(packument.versions).length).toBeGreaterThan(0);
        for (const version of Object.keys(packument.versions))
          expect(contents[`shop/npm/@acme/lib/-/lib-${version}.tgz`]).toBeDefined();
      }
      const index = await stored<{ versions: { version: string }[] }>('shop/zip/bundle/index.json');
      for (const { version } of index?.versions ?? [])
        expect(Object.keys(contents).some((k) => k.startsWith(`shop/zip/bundle/${version}/`))).toBe(true);
    });
  });
});

describe('two runs publishing one version with different files, against a store that enforces conditional writes', () => {
  const jar = (work: string, run: string) => {
    const pom =
      '<project><modelVersion>4.0.0</modelVersion><groupId>com.acme</groupId><artifactId>lib</artifactId><version>1.0.0</version></project>';
    const path = join(work, run, 'lib-1.0.0.jar');
    mkdirSync(join(work, run), { recursive: true });
    writeFileSync(path, zipSync({ 'x/Lib.class': strToU8(run), 'META-INF/maven/com.acme/lib/pom.xml': strToU8(pom) }));
    return { path };
  };
  const wheel = (work: string, run: string) => {
    const path = join(work, run, 'greet-1.0-py3-none-any.whl');
    mkdirSync(join(work, run), { recursive: true });
    const metadata = `Metadata-Version: 2.1\nName: greet\nVersion: 1.0\nSummary: built by ${run}\n`;
    writeFileSync(
      path,
      zipSync({ 'greet/__init__.py': strToU8(run), 'greet-1.0.dist-info/METADATA': strToU8(metadata) }),
    );
    return { path };
  };
  const bundle = (work: string, run: string) => {
    mkdirSync(join(work, run), { recursive: true });
    const path = join(work, run, `${run}.zip`);
    writeFileSync(path, run);
    return { path, name: 'bundle', version: '1.0.0' };
  };
  // The writes held before the runs are let through: until one key is written by both, or (runs of different
  // files, which share no key before the index) until this many writes wait.
  const kinds: [string, (work: string, run: string) => Record<string, string>, number][] = [
    ['zip bundle 1.0.0 (a.zip against b.zip)', bundle, 4],
    ['maven com.acme:lib:1.0.0 (two builds of the jar)', jar, Infinity],
    ['python greet 1.0 (two builds of one wheel)', wheel, Infinity],
  ];

  /**
   * Makes two runs meet: every PutObject waits until both runs are writing the same keys (every key held twice),
   * or `fallback` writes wait; then, key by key, the writes go alternately in and against their order of arrival,
   * so that each run comes first to some key.
   */
  const meet = (fake: FakeS3, fallback: number) => {
    const held: { key: string; go: () => void }[] = [];
    let open = false;
    fake.beforeCommand = async (command, key) => {
      if (command !== 'PutObject' || open) return;
      await new Promise<void>((go) => {
        held.push({ key, go });
        const keys = [...new Set(held.map((h) => h.key))];
        const twice = keys.every((k) => held.filter((h) => h.key === k).length === 2);
        if (!twice && held.length < fallback) return;
        open = true;
        const order = keys.flatMap((k, i) => {
          const writes = held.filter((h) => h.key === k);
          return i % 2 ? writes.reverse() : writes;
        });
        // On the next turn, when every held write (this one too) is waiting.
        setImmediate(() => order.forEach((h) => h.go()));
      });
    };
  };

  test.each(kinds)(
    '%s: one wins, the loser fails with a ConfigurationError and leaves nothing',
    async (_, inputs, fallback) => {
      const fake = new FakeS3();
      const restore = withEnv({ AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_REGION: 'eu-central-1' });
      const work = mkdtempSync(join(dir, 'claim-'));
      try {
        for (let round = 0; round < 3; round++) {
          fake.objects.clear();
          meet(fake, fallback);
          const runs = ['a', 'b'].map((r) => inputs(work, `${r}${round}`));
          const results = await Promise.allSettled(
            runs.map((i) => publishPackage(testContext({ policy, ...i }, process.env))),
          );
          const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as Error] : []));
          expect(lost).toHaveLength(1);
          expect(lost[0]).toBeInstanceOf(ConfigurationError);
          expect(lost[0].message).toMatch(
            /being published by another run with different files|already published with different content/,
          );
          // Every stored file is the winner's: the loser's bytes are nowhere.
          const winner = runs[results.findIndex((r) => r.status === 'fulfilled')];
          const loser = runs[results.findIndex((r) => r.status === 'rejected')];
          const theirs = readFileSync(loser.path);
          const mine = readFileSync(winner.path);
          for (const key of fake.keys('artifacts-test')) {
            const body = fake.current('artifacts-test', key)!.body;
            expect(body.equals(theirs) && !body.equals(mine) ? `${key} holds the loser's file` : key).toBe(key);
          }
          const keys = fake.keys('artifacts-test');
          expect(keys.filter((k) => k.includes(basename(loser.path)) && !k.includes(basename(winner.path)))).toEqual(
            [],
          );
          // Each checksum file describes the file stored beside it: none is the loser's.
          for (const key of keys) {
            const algorithm = /\.(md5|sha1|sha256|sha512)$/.exec(key)?.[1];
            const described = algorithm && fake.current('artifacts-test', key.slice(0, -algorithm.length - 1));
            if (!algorithm || !described) continue;
            const digest = createHash(algorithm).update(described.body).digest('hex');
            const text = fake.current('artifacts-test', key)!.body.toString();
            expect(text.startsWith(digest) ? key : `${key} describes other content`).toBe(key);
          }
        }
      } finally {
        restore();
        fake.restore();
      }
    },
  );
});
