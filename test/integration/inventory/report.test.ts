import { createHash, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import type { ImageScanFinding } from '@aws-sdk/client-ecr';
import { strToU8, zipSync } from 'fflate';
import pLimit from 'p-limit';
import { run as provisionRepo } from '../../../actions/provision-repo/src/main';
import { run as publishPackage } from '../../../actions/publish-package/src/main';
import { buildInventory } from '../../../actions/provision-repo/src/report/inventory';
import type { InventoryReport } from '../../../actions/provision-repo/src/report/types';
import type { RegistryClient } from '../../../shared/src/oci/registry';
import { MEDIA_TYPES, type ImageIndex } from '../../../shared/src/oci/types';
import { pushRandomImage } from '../../utils/images';
import { publishPlan } from '../../../shared/src/packages/store';
import { planZip } from '../../../shared/src/packages/zip';
import { loadPolicy } from '../../../shared/src/policy';
import { awsCaller } from '../../../actions/provision-repo/src/provision';
import { MemoryLogger, silentLogger } from '../../utils/loggers';
import { signWithPemKey } from '../signing/support';
import { PrivateKeySigner } from '../../../shared/src/signing/signers';
import { attestProvenance } from '../../../shared/src/provenance/attest';
import { buildProvenanceStatement, provenanceRunFromEnv } from '../../../shared/src/provenance/statement';
import { npmTarball } from '../../../shared/test/packages/npm-tarball';
import { FakeAws, type CallLog } from '../../fakes';
import { FakeEcrImages, type FakeImage } from '../../fakes/ecr-images';
import { freePort } from '../../utils/ports';
import { authedClient, startRegistry, type LocalRegistry } from '../../utils/registry';
import { startS3, type LocalS3 } from '../../utils/s3';
import { testContext } from '../../utils/action-context';

/**
 * provision-repo mode report end to end: repositories provisioned into the stateful ECR fake, the same images
 * pushed to a real registry (signed with a PEM key made here, by a stranger's key, or not at all), packages
 * published by publish-package into s3rver; the report reads all of it and writes nothing anywhere.
 */

const pem = (key: KeyObject, type: 'pkcs8' | 'spki') => key.export({ format: 'pem', type }).toString();
const trusted = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const stranger = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const ACCOUNT = '123456789012';
const REPOSITORY = 'piksel-core';
const URI = `${ACCOUNT}.dkr.ecr.eu-central-1.amazonaws.com/${REPOSITORY}`;
const HOUR = 60 * 60 * 1000;

let registry: LocalRegistry;
let client: RegistryClient;
let s3: LocalS3;
let dir: string;
let policyPath: string;

function policyText(bucket: string, baseUrl: string): string {
  return `version: 1
system: piksel
region: eu-central-1
resourceTags: {Project: piksel, Environment: shared, Purpose: container-registry, ManagedBy: artifacts, Owner: DevOps-Team}
registry:
  layout: single
  repository: ${REPOSITORY}
  services: [odc, ows]
  mutableTags: ["*-latest"]
  lifecycle: {keepTagged: 5, expireUntaggedDays: 7}
tags: {release: "{service}-{version}", development: "{service}-{branch}-{sha7}", latest: "{service}-latest"}
signing:
  required: true
  method: key
  key: env://SIGNING_KEY
  trust: {publicKeys: ['env://TRUSTED_PUBLIC_KEY']}
scan: {failOn: HIGH}
packages: {bucket: ${bucket}, baseUrl: "${baseUrl}"}
pricing: {ecrGbMonth: 0.1, s3GbMonth: 0.0245}
iam: {accountId: "${ACCOUNT}"}
`;
}

interface Pushed {
  digest: string;
  bytes: Buffer;
  mediaType: string;
  size: number;
}

/** A small single-layer image for one platform, pushed under a tag (or only by digest). */
async function pushImage(tag: string | undefined, architecture = 'amd64'): Promise<Pushed> {
  const { digest, bytes, size } = await pushRandomImage(client, REPOSITORY, tag, { layerSize: 4096, architecture });
  return { digest, bytes, mediaType: MEDIA_TYPES.ociManifest, size };
}

async function pushIndex(tag: string): Promise<Pushed & { children: Pushed[] }> {
  const amd = await pushImage(undefined, 'amd64');
  const arm = await pushImage(undefined, 'arm64');
  const index: ImageIndex = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociIndex,
    manifests: [
      {
        mediaType: amd.mediaType,
        digest: amd.digest,
        size: amd.bytes.length,
        platform: { os: 'linux', architecture: 'amd64' },
      },
      {
        mediaType: arm.mediaType,
        digest: arm.digest,
        size: arm.bytes.length,
        platform: { os: 'linux', architecture: 'arm64' },
      },
    ],
  };
  const bytes = Buffer.from(JSON.stringify(index));
  const put = await client.putManifest(REPOSITORY, tag, { bytes, mediaType: MEDIA_TYPES.ociIndex });
  return { digest: put.digest, bytes, mediaType: MEDIA_TYPES.ociIndex, size: bytes.length, children: [amd, arm] };
}

/** Signs as build-sign-push does, with a PEM key. */
async function sign(digest: string, key: KeyObject): Promise<void> {
  await signWithPemKey(client, registry.host, REPOSITORY, digest, pem(key, 'pkcs8'));
}

const high: ImageScanFinding = { name: 'CVE-2026-4242', severity: 'HIGH' };
const low: ImageScanFinding = { name: 'CVE-2026-0007', severity: 'LOW' };

/** What the registry holds, as ECR would list it: the images and the signatures' referrers tag indexes. */
interface Images {
  odc100: Pushed;
  odc110: Pushed;
  odc120: Pushed;
  odcDev: Pushed;
  ows200: Pushed;
  odc090: Pushed & { children: Pushed[] };
  seeded: FakeImage[];
}
let pushed: Images;

async function pushAll(): Promise<Images> {
  const odc090 = await pushIndex('odc-0.9.0');
  const odc100 = await pushImage('odc-1.0.0');
  const odc110 = await pushImage('odc-1.1.0');
  const odc120 = await pushImage('odc-1.2.0');
  const odcDev = await pushImage('odc-main-abc1234');
  const ows200 = await pushImage('ows-2.0.0');
  for (const p of [odc090, odc100, odc110, odcDev]) await sign(p.digest, trusted.privateKey);
  await sign(ows200.digest, stranger.privateKey);
  const now = Date.now();
  const image = (p: Pushed, tag: string, hoursAgo: number, findings: ImageScanFinding[]): FakeImage => ({
    digest: p.digest,
    tags: [tag],
    pushedAt: new Date(now - hoursAgo * HOUR),
    lastPulledAt: new Date(now - HOUR),
    sizeInBytes: p.size,
    manifestMediaType: p.mediaType,
    manifest: p.bytes.toString('utf8'),
    ...(p.mediaType === MEDIA_TYPES.ociManifest ? { artifactMediaType: MEDIA_TYPES.ociConfig } : {}),
    scan: { status: 'COMPLETE', findings },
  });
  const seeded = [
    image(odc090, 'odc-0.9.0', 96, [low]),
    image(odc100, 'odc-1.0.0', 72, [low]),
    image(odc110, 'odc-1.1.0', 48, [high, low]),
    image(odc120, 'odc-1.2.0', 24, []),
    image(odcDev, 'odc-main-abc1234', 1, []),
    image(ows200, 'ows-2.0.0', 12, []),
  ];
  // ECR lists the platform images of an index as untagged images of their own.
  for (const child of odc090.children) {
    seeded.push({ ...image(child, 'unused', 96, []), tags: [], scan: undefined });
  }
  // The signatures live in the repository too: ECR lists their referrers tag indexes as images.
  for (const tag of (await client.listTags(REPOSITORY)).filter((t) => t.startsWith('sha256-'))) {
    const m = await client.getManifest(REPOSITORY, tag);
    seeded.push({
      digest: m!.digest,
      tags: [tag],
      pushedAt: new Date(now - 2 * HOUR),
      sizeInBytes: m!.bytes.length,
      manifestMediaType: m!.mediaType,
      manifest: m!.bytes.toString('utf8'),
    });
  }
  return { odc090, odc100, odc110, odc120, odcDev, ows200, seeded };
}

function wheel(name: string, version: string): { file: string; bytes: Uint8Array } {
  const distInfo = `${name}-${version}.dist-info`;
  const files: Record<string, Uint8Array> = {
    [`${name}/__init__.py`]: strToU8(`VERSION = "${version}"\n`),
    [`${distInfo}/METADATA`]: strToU8(`Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\n\n`),
    [`${distInfo}/WHEEL`]: strToU8(
      'Wheel-Version: 1.0\nGenerator: handmade\nRoot-Is-Purelib: true\nTag: py3-none-any\n',
    ),
  };
  const hash = (c: Uint8Array) => `sha256=${createHash('sha256').update(c).digest('base64url')}`;
  files[`${distInfo}/RECORD`] = strToU8(
    `${Object.entries(files)
      .map(([n, c]) => `${n},${hash(c)},${c.length}`)
      .concat(`${distInfo}/RECORD,,`)
      .join('\n')}\n`,
  );
  return { file: `${name}-${version}-py3-none-any.whl`, bytes: zipSync(files) };
}

function reportContext(inputs: Record<string, string>, env: Record<string, string> = {}) {
  const ctx = testContext(inputs, { GITHUB_WORKSPACE: dir, ...env });
  return { ctx, outputs: ctx.outputs, logger: ctx.logger, summary: () => ctx.summary.join('') };
}

/** The package store through publish-package itself: npm, zip, python and maven. */
async function publishPackages(): Promise<void> {
  const work = join(dir, 'packages');
  mkdirSync(work, { recursive: true });
  const write = (name: string, content: Buffer | Uint8Array | string) => {
    const path = join(work, name);
    writeFileSync(path, content);
    return path;
  };
  const publish = async (inputs: Record<string, string>) => {
    const { ctx } = reportContext({ policy: policyPath, ...inputs }, { ...process.env, ...s3.env } as Record<
      string,
      string
    >);
    await publishPackage(ctx);
  };
  for (const version of ['1.0.0', '1.1.0'])
    await publish({ path: write(`lib-${version}.tgz`, await npmTarball({ name: '@acme/lib', version })) });
  for (const version of ['2026.11.1', '2026.11.2']) {
    mkdirSync(join(work, version));
    await publish({ path: write(`${version}/site.zip`, randomBytes(3000)), name: 'site', version, type: 'zip' });
  }
  const w = wheel('greet_tools', '0.3.0');
  await publish({ path: write(w.file, w.bytes) });
  const pom = `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.acme</groupId>
  <artifactId>greet</artifactId>
  <version>1.4.0</version>
</project>
`;
  mkdirSync(join(work, 'maven'));
  await publish({
    path: `${write('maven/pom.xml', pom)}\n${write('maven/greet-1.4.0.jar', zipSync({ 'META-INF/MANIFEST.MF': strToU8('Manifest-Version: 1.0\n') }))}`,
  });
}

/** An S3 client of s3rver whose every command is entered in the fakes' call log, so one assertion covers both. */
function recordedS3(log: CallLog): S3Client {
  const s3Client = new S3Client({
    endpoint: s3.endpoint,
    forcePathStyle: true,
    region: 'eu-central-1',
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  s3Client.middlewareStack.add(
    (next, context) => async (args) => {
      log.record({ service: 's3', command: (context.commandName ?? '').replace(/Command$/, ''), input: args.input });
      return next(args);
    },
    { step: 'initialize', name: 'inventoryCallLog' },
  );
  return s3Client;
}

async function provisioned(): Promise<{ aws: FakeAws; images: FakeEcrImages }> {
  const aws = new FakeAws(ACCOUNT, 'eu-central-1');
  const { ctx } = reportContext({ policy: policyPath, mode: 'apply', 'iam-output': join(dir, 'iam') });
  await provisionRepo(ctx, { clients: aws.clients(), sleep: async () => undefined });
  const images = new FakeEcrImages(aws.ecr);
  images.add(REPOSITORY, ...structuredClone(pushed.seeded));
  aws.calls.reset();
  return { aws, images };
}

beforeAll(async () => {
  registry = await startRegistry({ auth: true });
  client = authedClient(registry);
  s3 = await startS3('piksel-artifacts');
  dir = mkdtempSync(join(tmpdir(), 'inventory-'));
  policyPath = join(dir, 'artifact-policy.yml');
  writeFileSync(policyPath, policyText(s3.bucket, `${s3.endpoint}/${s3.bucket}`));
  pushed = await pushAll();
  // publish-package opens its own S3 client, which takes the endpoint and credentials from the process.
  const saved = Object.fromEntries(Object.keys(s3.env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, s3.env);
  try {
    await publishPackages();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}, 120_000);

afterAll(async () => {
  await registry?.stop();
  await s3?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('mode report: signed, unsigned and untrusted images, the deployable digest, packages and costs; no write call', async () => {
  const { aws } = await provisioned();
  const { ctx, outputs, logger, summary } = reportContext(
    { policy: policyPath, mode: 'report', service: 'odc', registry: registry.url },
    {
      REGISTRY_USERNAME: registry.username!,
      REGISTRY_PASSWORD: registry.password!,
      TRUSTED_PUBLIC_KEY: pem(trusted.publicKey, 'spki'),
    },
  );
  await provisionRepo(ctx, { clients: { ...aws.clients(), s3: recordedS3(aws.calls) }, sleep: async () => undefined });

  expect(aws.calls.writes()).toEqual([]);
  expect(aws.calls.count('ListObjectsV2')).toBeGreaterThan(0);
  expect(aws.calls.count('StartLifecyclePolicyPreview')).toBe(1);
  expect(outputs.get('deployable')).toBe(`${URI}@${pushed.odc100.digest}`);
  expect(outputs.get('report')).toBe(join(dir, 'artifact-inventory.json'));
  const report = JSON.parse(readFileSync(outputs.get('report')!, 'utf8')) as InventoryReport;

  const repo = report.repositories.find((r) => r.name === REPOSITORY)!;
  const byTag = (tag: string) => repo.images.find((i) => i.tags.includes(tag))!;
  expect(repo.images.map((i) => i.tags[0])).toEqual([
    'odc-main-abc1234',
    'ows-2.0.0',
    'odc-1.2.0',
    'odc-1.1.0',
    'odc-1.0.0',
    'odc-0.9.0',
  ]);
  expect(repo.attachments.count).toBe(5);
  expect(byTag('odc-1.0.0').signature).toMatchObject({ status: 'verified', signers: ['env://TRUSTED_PUBLIC_KEY'] });
  expect(byTag('odc-1.2.0').signature.status).toBe('unsigned');
  expect(byTag('ows-2.0.0').signature.status).toBe('untrusted');
  expect(byTag('odc-1.1.0').scan).toMatchObject({ verdict: 'failed', counts: { HIGH: 1, LOW: 1 } });
  expect(byTag('odc-0.9.0').platforms).toEqual(['linux/amd64', 'linux/arm64']);
  expect(byTag('odc-0.9.0').sizeBytes).toBe(
    pushed.odc090.size + pushed.odc090.children.reduce((n, c) => n + c.size, 0),
  );
  expect(byTag('odc-1.0.0').platforms).toEqual(['linux/amd64']);
  expect(byTag('odc-1.0.0').lastPulledAt).toBeDefined();
  expect(byTag('odc-1.0.0').releaseTags).toEqual(['odc-1.0.0']);
  expect(byTag('ows-2.0.0').releaseTags).toEqual(['ows-2.0.0']);

  expect(report.deployable).toMatchObject({
    service: 'odc',
    repository: REPOSITORY,
    reference: `${URI}@${pushed.odc100.digest}`,
    tags: ['odc-1.0.0'],
  });
  expect(report.deployable!.skipped.map((s) => [s.tags[0], s.reason])).toEqual([
    ['odc-1.2.0', 'not signed'],
    ['odc-1.1.0', 'fails the scan policy (1 finding(s) at or above HIGH)'],
  ]);

  const kinds = report.problems.map((p) => `${p.kind} ${p.message}`);
  expect(kinds).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^unsigned piksel-core@sha256:.*\(odc-1\.2\.0\) is not signed/),
      expect.stringMatching(/^untrusted-signature .*ows-2\.0\.0/),
      expect.stringMatching(/^scan-failed .*odc-1\.1\.0/),
    ]),
  );
  expect(report.problems[0].kind).toBe('unsigned');

  const packages = Object.fromEntries(report.packages.packages.map((p) => [`${p.format} ${p.name}`, p]));
  expect(Object.keys(packages).sort()).toEqual([
    'maven com.acme:greet',
    'npm @acme/lib',
    'python greet-tools',
    'zip site',
  ]);
  expect(packages['npm @acme/lib'].versions.map((v) => v.version)).toEqual(['1.0.0', '1.1.0']);
  expect(packages['npm @acme/lib'].latest).toBe('1.1.0');
  expect(packages['zip site'].versions.map((v) => [v.version, v.files])).toEqual([
    ['2026.11.1', 1],
    ['2026.11.2', 1],
  ]);
  // Each zip version holds its 3000-byte file and its .sha256 beside it.
  expect(packages['zip site'].versions[0].sizeBytes).toBeGreaterThan(3000);
  expect(packages['python greet-tools'].versions.map((v) => v.version)).toEqual(['0.3.0']);
  expect(packages['maven com.acme:greet'].versions.map((v) => v.version)).toEqual(['1.4.0']);
  expect(packages['maven com.acme:greet'].versions[0].files).toBeGreaterThanOrEqual(2);
  expect(report.packages.storageBytes).toBeGreaterThan(6000);
  expect(report.totals.monthlyCostUsd).toBeCloseTo(repo.monthlyCostUsd + report.packages.monthlyCostUsd, 4);

  const text = summary();
  expect(text.indexOf('Problems')).toBeLessThan(text.indexOf('### Deployable'));
  expect(text.indexOf('### Deployable')).toBeLessThan(text.indexOf('```mermaid'));
  expect(text).toContain('"piksel-core" :');
  expect(text).toContain('"packages (S3)" :');
  expect(text).toContain('❌ unsigned');
  expect(logger.secrets.has(registry.password!)).toBe(true);
}, 60_000);

test('with no registry reachable, signatures are unknown, nothing deploys, and the action still reports', async () => {
  const { aws } = await provisioned();
  const closed = `http://127.0.0.1:${await freePort()}`;
  const { ctx, outputs, logger } = reportContext(
    { policy: policyPath, mode: 'report', service: 'odc', registry: closed, 'report-file': 'out/inventory.json' },
    { TRUSTED_PUBLIC_KEY: pem(trusted.publicKey, 'spki') },
  );
  await provisionRepo(ctx, { clients: { ...aws.clients(), s3: recordedS3(aws.calls) }, sleep: async () => undefined });
  expect(outputs.get('deployable')).toBe('');
  const report = JSON.parse(readFileSync(join(dir, 'out', 'inventory.json'), 'utf8')) as InventoryReport;
  const repo = report.repositories[0];
  expect(new Set(repo.images.map((i) => i.signature.status))).toEqual(new Set(['unknown']));
  // The index's platforms still come from ECR (BatchGetImage); a single image shows its media type instead.
  expect(repo.images.find((i) => i.tags.includes('odc-0.9.0'))!.platforms).toEqual(['linux/amd64', 'linux/arm64']);
  expect(aws.calls.count('BatchGetImage')).toBe(1);
  expect(report.problems.some((p) => p.kind === 'registry' && p.message.includes('does not answer'))).toBe(true);
  expect(logger.lines.some((m) => m.level === 'warning' && /No image of odc is deployable/.test(m.message))).toBe(true);
  expect(aws.calls.writes()).toEqual([]);
}, 60_000);

test('pagination over hundreds of packages: every ListObjectsV2 page is read', async () => {
  const policy = loadPolicy(policyPath);
  const store = { s3: recordedS3(new FakeAws().calls), bucket: s3.bucket, prefix: 'piksel' };
  const work = join(dir, 'many');
  const limit = pLimit(16);
  await Promise.all(
    Array.from({ length: 220 }, (_, i) =>
      limit(async () => {
        const file = join(work, `pkg-${i}`, 'report.zip');
        mkdirSync(join(work, `pkg-${i}`), { recursive: true });
        writeFileSync(file, `report ${i}`);
        const plan = await planZip([file], {
          storeUrl: `${s3.endpoint}/${s3.bucket}/piksel`,
          name: `pkg-${i}`,
          version: '1.0.0',
        });
        await publishPlan(plan, store, { logger: silentLogger });
      }),
    ),
  );
  const aws = new FakeAws(ACCOUNT, 'eu-central-1');
  const logger = new MemoryLogger();
  const report = await buildInventory(
    policy,
    { ecr: aws.ecr.client, s3: recordedS3(aws.calls) },
    {
      scope: { service: 'ows' },
      logger,
      call: awsCaller({ logger }),
      listPageSize: 100,
    },
  );
  const zips = report.packages.packages.filter((p) => p.format === 'zip' && p.name.startsWith('pkg-'));
  expect(zips).toHaveLength(220);
  expect(report.packages.objects).toBeGreaterThan(660);
  expect(aws.calls.count('ListObjectsV2')).toBe(Math.ceil(report.packages.objects / 100));
  expect(aws.calls.writes()).toEqual([]);
}, 120_000);

/** Attaches a provenance signed with the trusted key, as build-sign-push writes it from `workflow` at `ref`. */
async function attest(image: Pushed, workflow: string, ref: string): Promise<void> {
  const env = { GITHUB_REPOSITORY: 'acme/piksel', GITHUB_REF: ref, GITHUB_SHA: 'a'.repeat(40), GITHUB_RUN_ID: '5' };
  const run = provenanceRunFromEnv({ ...env, GITHUB_WORKFLOW_REF: `acme/piksel/.github/workflows/${workflow}@${ref}` });
  const name = `${registry.host}/${REPOSITORY}`;
  await attestProvenance({
    subject: {
      client,
      repository: REPOSITORY,
      descriptor: { mediaType: image.mediaType, digest: image.digest, size: image.bytes.length },
      dockerReference: name,
    },
    signer: new PrivateKeySigner(trusted.privateKey, 'env://SIGNING_KEY'),
    statement: buildProvenanceStatement(run, {
      name,
      digest: image.digest,
      source: 'build',
      dependencies: [],
      inputs: { service: 'odc' },
    }),
  });
}

// Last: the provenances it attaches are in the registry for any test that would run after it.
test('with provenance required, the deployable image is the newest with a provenance from an allowed builder', async () => {
  await attest(pushed.odc100, 'nightly.yml', 'refs/heads/main');
  await attest(pushed.odc090, 'release.yml', 'refs/heads/main');
  const policy = join(dir, 'provenance-policy.yml');
  writeFileSync(
    policy,
    `${readFileSync(policyPath, 'utf8')}provenance:\n  required: true\n  builders: ['acme/piksel/.github/workflows/release.yml@*']\n  sourceRefs: [refs/heads/main]\n`,
  );
  const { aws } = await provisioned();
  const { ctx, outputs } = reportContext(
    { policy, mode: 'report', service: 'odc', registry: registry.url, 'report-file': 'prov/inventory.json' },
    {
      REGISTRY_USERNAME: registry.username!,
      REGISTRY_PASSWORD: registry.password!,
      TRUSTED_PUBLIC_KEY: pem(trusted.publicKey, 'spki'),
    },
  );
  await provisionRepo(ctx, { clients: { ...aws.clients(), s3: recordedS3(aws.calls) }, sleep: async () => undefined });

  expect(outputs.get('deployable')).toBe(`${URI}@${pushed.odc090.digest}`);
  const report = JSON.parse(readFileSync(join(dir, 'prov', 'inventory.json'), 'utf8')) as InventoryReport;
  const skipped = Object.fromEntries(report.deployable!.skipped.map((s) => [s.tags[0], s.reason]));
  expect(skipped['odc-1.0.0']).toMatch(
    /^built by a workflow not in provenance\.builders \(https:\/\/github\.com\/acme\/piksel\/\.github\/workflows\/nightly\.yml@refs\/heads\/main\)$/,
  );
  expect(skipped['odc-1.2.0']).toBe('not signed; no provenance');
  expect(aws.calls.writes()).toEqual([]);
}, 60_000);
