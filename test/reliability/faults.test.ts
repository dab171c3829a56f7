import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run as buildSignPush } from '../../actions/build-sign-push/src/main';
import { run as publishPackage } from '../../actions/publish-package/src/main';
import { referrersTag } from '../../shared/src/oci/referrers';
import { MEDIA_TYPES, type ImageIndex } from '../../shared/src/oci/types';
import { SLSA_PROVENANCE_V1 } from '../../shared/src/provenance/statement';
import { BUNDLE_PREDICATE_ANNOTATION } from '../../shared/src/signing/payloads';
import { npmTarball } from '../../shared/test/packages/npm-tarball';
import { githubEnv } from '../integration/build-sign-push/fixtures';
import { testContext, withEnv } from '../utils/action-context';
import { ALL_FAULT_KINDS, startFaultProxy, type FaultKind, type FaultProxy } from '../utils/fault-proxy';
import { generateImage, indexOf, writeOciLayout } from '../utils/images';
import { startRegistry, type LocalRegistry } from '../utils/registry';
import { startS3, type LocalS3 } from '../utils/s3';
import {
  directClient,
  incompleteTags,
  policyText,
  registryContents,
  s3Contents,
  s3Text,
  writeReliabilityReport,
  type ReliabilityRow,
} from './support';

/**
 * Every operation through a seeded fault-injecting proxy: at 10% each completes with exactly what a fault-free
 * run stores; at 100% each fails within a bounded time, saying what failed, and leaves every tag and index
 * pointing at complete content.
 */

jest.setTimeout(300_000);

// The 401 is a separate scenario (token expiry); every other fault is drawn at random.
const RANDOM_KINDS: readonly FaultKind[] = ALL_FAULT_KINDS.filter((k) => k !== 'unauthorized');
// At 100% the operation's last error is an answer from the server, which the message must pass on.
const ANSWER_KINDS: readonly FaultKind[] = [
  'status-500',
  'status-502',
  'status-503',
  'status-429',
  'status-429-retry-after',
  's3-slowdown',
];
const DROP_KINDS: readonly FaultKind[] = ['reset-request', 'reset-response', 'stall'];
const FAULT_RATE = 0.1;
const SEEDS = [7, 19, 31];
// Generous: the point is that a dead server does not hang a job, not how fast it gives up.
const BOUNDED_MS = 240_000;
const ZIP_VERSIONS = ['2.0.0', '2.1.0', '2.2.0'];

const rows: ReliabilityRow[] = [];
function record(
  operation: string,
  rate: number,
  proxies: FaultProxy[],
  outcome: 'completed' | 'failed',
  corrupted = 0,
) {
  const injected = proxies.reduce((n, p) => n + p.totalFaults(), 0);
  let row = rows.find((r) => r.operation === operation && r.rate === rate);
  if (!row) {
    row = {
      operation,
      rate,
      runs: 0,
      faultsInjected: 0,
      faultsSurvived: 0,
      completed: 0,
      failedCleanly: 0,
      corrupted: 0,
    };
    rows.push(row);
  }
  row.runs++;
  row.faultsInjected += injected;
  if (outcome === 'completed') {
    row.completed++;
    row.faultsSurvived += injected;
  } else row.failedCleanly++;
  row.corrupted += corrupted;
}

let registry: LocalRegistry;
let upstream: LocalRegistry;
let s3: LocalS3;
let dir: string;
let layout: string;
let indexDigest: string;
let policy: string;
let upstreamProxy: FaultProxy;
const signingKey = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  .privateKey.export({ format: 'pem', type: 'pkcs8' })
  .toString();

const services = ['clean', ...SEEDS.map((s) => `faulty${s}`), 'dead', 'expiry', 'deadsign'];

beforeAll(async () => {
  [registry, upstream, s3] = await Promise.all([startRegistry({ auth: true }), startRegistry(), startS3()]);
  dir = mkdtempSync(join(tmpdir(), 'reliability-faults-'));
  // Random bytes do not compress, so the large layer goes up in several chunks.
  const layers = (arch: string) => [
    { [`bin/app-${arch}`]: randomBytes(1_200_000) },
    { 'etc/shared.conf': Buffer.alloc(300_000, 3) },
    { [`lib/${arch}.so`]: randomBytes(200_000) },
  ];
  const amd = await generateImage({ layers: layers('amd64') });
  const arm = await generateImage({ layers: layers('arm64'), platform: { os: 'linux', architecture: 'arm64' } });
  const index = indexOf([amd, arm]);
  layout = join(dir, 'layout');
  writeOciLayout(layout, { images: [amd, arm], index, refName: 'v1' });
  indexDigest = index.descriptor.digest;
  // The upstream of the mirror, published by skopeo; read through a proxy whose faults every mirror test sets.
  execFileSync('skopeo', [
    'copy',
    '--all',
    '--dest-tls-verify=false',
    `oci:${layout}:v1`,
    `docker://${upstream.host}/library/redis:7`,
  ]);
  upstreamProxy = await startFaultProxy({ target: upstream.url, rate: 0, seed: 1, kinds: RANDOM_KINDS });
  policy = join(dir, 'artifact-policy.yml');
  writeFileSync(
    policy,
    policyText({
      services,
      signing: ['method: key', 'key: env://SIGNING_KEY'],
      mirrors: [
        { source: `${upstream.host}/library/redis`, target: 'thirdparty/redis-clean' },
        { source: `${upstreamProxy.host}/library/redis`, target: 'thirdparty/redis' },
      ],
      packages: true,
    }),
  );
  writeFileSync(join(dir, 'lib.tgz'), await npmTarball({ name: '@acme/lib', version: '1.4.2' }));
  mkdirSync(join(dir, 'zip'));
  writeFileSync(join(dir, 'zip', 'bundle.zip'), randomBytes(700_000));
});

afterAll(async () => {
  await Promise.all([registry?.stop(), upstream?.stop(), s3?.stop(), upstreamProxy?.stop()]);
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (rows.length) console.log(`Fault injection report\n\n${writeReliabilityReport(rows)}`);
});

const env = (ref = 'refs/tags/v1.0.0') => ({
  ...githubEnv(ref),
  REGISTRY_USERNAME: registry.username,
  REGISTRY_PASSWORD: registry.password,
  SIGNING_KEY: signingKey,
});

async function push(service: string, registryUrl: string) {
  const ctx = testContext({ service, policy, registry: registryUrl, source: `oci:${layout}:v1` }, env());
  await buildSignPush(ctx);
  return ctx;
}

async function mirror(registryUrl: string, source: string) {
  const ctx = testContext(
    { service: 'clean', policy, registry: registryUrl, source: `docker://${source}/library/redis:7` },
    env(),
  );
  await buildSignPush(ctx);
  return ctx;
}

/**
 * The signatures stored for a digest: the referrers index's entries other than the provenance, every manifest the
 * index names intact (-1 when one is missing).
 */
async function signatureCount(repository: string, digest: string): Promise<number> {
  const client = directClient(registry);
  const stored = await client.getManifest(repository, referrersTag(digest), MEDIA_TYPES.ociIndex);
  if (!stored) return 0;
  const index = JSON.parse(stored.bytes.toString('utf8')) as ImageIndex;
  for (const m of index.manifests) if (!(await client.getManifest(repository, m.digest))) return -1;
  return index.manifests.filter((m) => m.annotations?.[BUNDLE_PREDICATE_ANNOTATION] !== SLSA_PROVENANCE_V1).length;
}

async function publish(endpoint: string, prefix: string) {
  const restore = withEnv({
    AWS_ENDPOINT_URL_S3: endpoint,
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    AWS_REGION: 'eu-central-1',
  });
  try {
    await publishPackage(testContext({ policy, path: join(dir, 'lib.tgz'), prefix }, process.env));
    for (const version of ZIP_VERSIONS) {
      const ctx = testContext(
        { policy, path: join(dir, 'zip', 'bundle.zip'), name: 'bundle', version, prefix },
        process.env,
      );
      await publishPackage(ctx);
    }
  } finally {
    restore();
  }
}

/** What a prefix holds, keys and bodies' checksums made independent of the prefix's name. */
async function storeUnder(prefix: string): Promise<Record<string, string>> {
  const contents = await s3Contents(s3, `${prefix}/`);
  const out: Record<string, string> = {};
  for (const [key, sum] of Object.entries(contents)) {
    // Indexes name their own URLs (with the prefix): compare them with the prefix taken out.
    const text = key.endsWith('.tgz') || key.endsWith('.zip') ? undefined : await s3Text(s3, key);
    // Publication times differ between runs by design.
    out[key.slice(prefix.length + 1)] =
      text === undefined
        ? sum
        : text
            .split(prefix)
            .join('<prefix>')
            .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '<time>');
  }
  return out;
}

/** A proxy that draws a fault from every kind but the 401 for 10% of requests. */
const faultyAt10 = (target: string, seed: number, flavor?: 's3') =>
  startFaultProxy({ target, rate: FAULT_RATE, seed, kinds: RANDOM_KINDS, flavor, stallMs: 1000 });

describe('at a 10% fault rate every operation completes with what a fault-free run stores', () => {
  let clean: { digest: string; mirror: string; store: Record<string, string> };

  beforeAll(async () => {
    const ctx = await push('clean', registry.url);
    const mirrored = await mirror(registry.url, upstream.host);
    await publish(s3.endpoint, 'shop/clean');
    clean = {
      digest: ctx.outputs.get('digest')!,
      mirror: mirrored.outputs.get('digest')!,
      store: await storeUnder('shop/clean'),
    };
    expect(clean.digest).toBe(indexDigest);
    expect(clean.mirror).toBe(indexDigest);
    expect(await signatureCount('shop/clean', indexDigest)).toBe(1);
    expect(Object.keys(clean.store).length).toBeGreaterThanOrEqual(3);
  });

  test.each(SEEDS)('push and sign an OCI layout through the registry proxy, seed %i', async (seed) => {
    const proxy = await faultyAt10(registry.url, seed);
    try {
      const ctx = await push(`faulty${seed}`, proxy.url);
      expect(ctx.outputs.get('digest')).toBe(clean.digest);
    } finally {
      await proxy.stop();
    }
    const problems = await incompleteTags(registry);
    const signatures = await signatureCount(`shop/faulty${seed}`, indexDigest);
    record(
      'push + sign (build-sign-push)',
      FAULT_RATE,
      [proxy],
      'completed',
      problems.length + (signatures === 1 ? 0 : 1),
    );
    expect(problems).toEqual([]);
    expect(signatures).toBe(1);
    const contents = await registryContents(registry);
    expect(contents[`shop/faulty${seed}:faulty${seed}-v1.0.0`]).toBe(clean.digest);
    expect(proxy.totalFaults()).toBeGreaterThan(0);
  });

  test.each(SEEDS)('mirror through faulty upstream and registry proxies, seed %i', async (seed) => {
    const proxy = await faultyAt10(registry.url, seed);
    upstreamProxy.setRate(FAULT_RATE);
    const before = upstreamProxy.totalFaults();
    try {
      const ctx = await mirror(proxy.url, upstreamProxy.host);
      expect(ctx.outputs.get('digest')).toBe(clean.mirror);
    } finally {
      upstreamProxy.setRate(0);
      await proxy.stop();
    }
    const problems = await incompleteTags(registry);
    const row = { totalFaults: () => proxy.totalFaults() + upstreamProxy.totalFaults() - before } as FaultProxy;
    record('mirror (build-sign-push source docker://)', FAULT_RATE, [row], 'completed', problems.length);
    expect(problems).toEqual([]);
    expect((await registryContents(registry))['thirdparty/redis:7']).toBe(clean.mirror);
  });

  test.each(SEEDS)('publish npm and zip through the S3 proxy, seed %i', async (seed) => {
    const proxy = await faultyAt10(s3.endpoint, seed, 's3');
    try {
      await publish(proxy.url, `shop/faulty${seed}`);
    } finally {
      await proxy.stop();
    }
    const store = await storeUnder(`shop/faulty${seed}`);
    const corrupted = Object.keys(clean.store).filter((k) => store[k] !== clean.store[k]).length;
    record('publish npm + zip (publish-package)', FAULT_RATE, [proxy], 'completed', corrupted);
    expect(store).toEqual(clean.store);
  });
});

describe('at a 100% fault rate every operation fails in bounded time, says what failed, leaves nothing incomplete', () => {
  let publishFailure: string | undefined;
  async function failsCleanly(
    operation: string,
    proxies: FaultProxy[],
    action: () => Promise<unknown>,
    message: RegExp | undefined,
  ) {
    const registryBefore = await registryContents(registry);
    const storeBefore = await s3Contents(s3);
    const started = Date.now();
    const error = await action().then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error).toBeDefined();
    expect(Date.now() - started).toBeLessThan(BOUNDED_MS);
    if (message) expect(error!.message).toMatch(message);
    // A fault may hit an answer after the server did the work: anything written must still be complete.
    const problems = await incompleteTags(registry);
    const after = await registryContents(registry);
    const moved = Object.keys(registryBefore).filter((k) => after[k] !== registryBefore[k]);
    record(operation, 1, proxies, 'failed', problems.length + moved.length);
    expect(problems).toEqual([]);
    expect(moved).toEqual([]);
    return { storeBefore, error: error! };
  }

  test('push and sign', async () => {
    const proxy = await startFaultProxy({ target: registry.url, rate: 1, seed: 3, kinds: ANSWER_KINDS, stallMs: 500 });
    try {
      await failsCleanly(
        'push + sign (build-sign-push)',
        [proxy],
        () => push('dead', proxy.url),
        /registry|127\.0\.0\.1|push|upload/i,
      );
    } finally {
      await proxy.stop();
    }
    expect(Object.keys(await registryContents(registry)).filter((k) => k.startsWith('shop/dead:'))).toEqual([]);
  });

  test('sign after a push that went through: no signature half-written', async () => {
    await push('deadsign', registry.url);
    // The image exists; signing a second time through a proxy that answers every request with an error cannot
    // complete (not even the existence check gets through): it fails, saying what, and breaks nothing there.
    const proxy = await startFaultProxy({ target: registry.url, rate: 1, seed: 5, kinds: ANSWER_KINDS, stallMs: 500 });
    try {
      await expect(push('deadsign', proxy.url)).rejects.toThrow(/registry|127\.0\.0\.1|sign|push/i);
    } finally {
      await proxy.stop();
    }
    expect(await incompleteTags(registry)).toEqual([]);
    expect(await signatureCount('shop/deadsign', indexDigest)).toBe(1);
  });

  test('mirror', async () => {
    upstreamProxy.setKinds(ANSWER_KINDS);
    upstreamProxy.setRate(1);
    const before = upstreamProxy.totalFaults();
    try {
      await failsCleanly(
        'mirror (build-sign-push source docker://)',
        [{ totalFaults: () => upstreamProxy.totalFaults() - before } as FaultProxy],
        () => mirror(registry.url, upstreamProxy.host),
        new RegExp(`${upstreamProxy.host.replace(/\./g, '\\.')}|upstream|redis`),
      );
    } finally {
      upstreamProxy.setRate(0);
      upstreamProxy.setKinds(RANDOM_KINDS);
    }
  });

  // Every attempt ends in a dropped connection: the last error names the registry and the request, not Node's bare
  // 'fetch failed'.
  test('a registry that only drops connections: the error names the registry', async () => {
    const proxy = await startFaultProxy({ target: registry.url, rate: 1, seed: 4, kinds: DROP_KINDS, stallMs: 300 });
    try {
      const error = await push('dead', proxy.url).then(
        () => undefined,
        (e: Error) => e,
      );
      expect(error?.message).toMatch(/registry|127\.0\.0\.1/);
    } finally {
      await proxy.stop();
    }
    expect(await incompleteTags(registry)).toEqual([]);
  });

  test('publish', async () => {
    const proxy = await startFaultProxy({
      target: s3.endpoint,
      rate: 1,
      seed: 9,
      kinds: ANSWER_KINDS,
      flavor: 's3',
      stallMs: 500,
    });
    try {
      const { storeBefore, error } = await failsCleanly(
        'publish npm + zip (publish-package)',
        [proxy],
        () => publish(proxy.url, 'shop/dead'),
        undefined,
      );
      publishFailure = error.message;
      // Every request is answered by the proxy and none forwarded: nothing reaches the store, no index, no artifact.
      const after = await s3Contents(s3);
      expect(Object.keys(after).filter((k) => k.startsWith('shop/dead/'))).toEqual([]);
      for (const key of Object.keys(storeBefore)) expect(after[key]).toBe(storeBefore[key]);
    } finally {
      await proxy.stop();
    }
  });

  // A HEAD answered 503 has no body (the S3 SDK says 'UnknownError'): the failure still names the bucket and key.
  test('the publish failure names the store or the key', () => {
    expect(publishFailure).toMatch(/artifacts-test|s3:\/\/|npm\/@acme\/lib|SlowDown|503/);
  });
});

test('a token that expires in the middle of a push: the registry answers 401 once, the action authenticates again and completes', async () => {
  const proxy = await startFaultProxy({ target: registry.url, rate: 0, seed: 1 });
  // Well past the first requests (version check, existence checks): in the middle of the blob uploads.
  proxy.expireTokenOnce(8);
  try {
    const ctx = await push('expiry', proxy.url);
    expect(ctx.outputs.get('digest')).toBe(indexDigest);
    expect(proxy.faults.unauthorized).toBe(1);
  } finally {
    await proxy.stop();
  }
  record('push with a token expiring mid-push', 0, [proxy], 'completed', (await incompleteTags(registry)).length);
  expect(await incompleteTags(registry)).toEqual([]);
  expect((await registryContents(registry))['shop/expiry:expiry-v1.0.0']).toBe(indexDigest);
});
