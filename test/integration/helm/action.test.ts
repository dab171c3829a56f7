import { execFileSync } from 'node:child_process';
import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFromJSON } from '@sigstore/bundle';
import { toSignedEntity, Verifier } from '@sigstore/verify';
import { run } from '../../../actions/publish-package/src/main';
import { listAttachments } from '../../../shared/src/oci/attachments';
import { cosignSignatureTag, referrersTag } from '../../../shared/src/oci/referrers';
import type { RegistryClient } from '../../../shared/src/oci/registry';
import { MEDIA_TYPES, type ImageIndex, type ImageManifest } from '../../../shared/src/oci/types';
import { ConfigurationError } from '../../../shared/src/runtime/errors';
import { authedClient, startRegistry, type LocalRegistry } from '../../utils/registry';
import { testContext } from '../../utils/action-context';

/** publish-package `type: helm` run whole, as the runner would, against the local registry. */

const FIXTURE = join(__dirname, '..', '..', 'fixtures', 'charts', 'webapp');
const key = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });

let registry: LocalRegistry;
let client: RegistryClient;
let work: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  registry = await startRegistry({ auth: true });
  client = authedClient(registry);
  work = mkdtempSync(join(tmpdir(), 'helm-action-'));
  // No packages section: charts need none.
  writeFileSync(
    join(work, 'policy.yml'),
    [
      'version: 1',
      'system: piksel',
      'region: eu-central-1',
      'resourceTags: {Project: piksel, Environment: shared, Purpose: charts, ManagedBy: artifacts, Owner: DevOps}',
      'registry: {layout: single, repository: piksel-core, charts: "{system}/helm/{chart}"}',
      'signing: {method: key, key: "env://CHART_SIGNING_KEY", format: cosign-legacy}',
    ].join('\n'),
  );
  env = {
    REGISTRY_USERNAME: registry.username,
    REGISTRY_PASSWORD: registry.password,
    CHART_SIGNING_KEY: key.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    SOURCE_DATE_EPOCH: '1795000000',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/webapp',
  };
});

afterAll(async () => {
  await registry?.stop();
  rmSync(work, { recursive: true, force: true });
});

function ctxFor(inputs: Record<string, string>) {
  return testContext({ policy: join(work, 'policy.yml'), registry: registry.url, ...inputs }, env);
}

test('a chart directory (type detected) is pushed, signed, and reported with helm install and pull lines', async () => {
  const chart = join(work, 'chart');
  cpSync(FIXTURE, chart, { recursive: true });
  const ctx = ctxFor({ path: chart });
  await run(ctx);

  const uri = `oci://${registry.host}/piksel/helm/webapp`;
  expect(ctx.outputs.get('chart-uri')).toBe(uri);
  expect(ctx.outputs.get('index-url')).toBe(uri);
  expect(ctx.outputs.get('name')).toBe('webapp');
  expect(ctx.outputs.get('version')).toBe('1.2.3+build.1');
  expect(ctx.outputs.get('urls')).toBe(`${uri}:1.2.3_build.1`);
  const digest = ctx.outputs.get('digest')!;
  const stored = await client.getManifest('piksel/helm/webapp', '1.2.3_build.1', MEDIA_TYPES.ociManifest);
  expect(stored?.digest).toBe(digest);
  const manifest = JSON.parse(stored!.bytes.toString('utf8')) as ImageManifest;
  expect(manifest.annotations?.['org.opencontainers.image.created']).toBe('2026-11-18T11:06:40Z');

  const summary = ctx.summary.join('\n');
  expect(summary).toContain(`helm install webapp ${uri} --version 1.2.3+build.1`);
  expect(summary).toContain(`helm pull ${uri} --version 1.2.3+build.1`);
  expect(summary).toContain(digest);
  expect(summary).toContain('cosign verify --key cosign.pub');

  // The signature is there and verifies with openssl.
  const sig = await client.getManifest('piksel/helm/webapp', cosignSignatureTag(digest), MEDIA_TYPES.ociManifest);
  const layer = (JSON.parse(sig!.bytes.toString('utf8')) as ImageManifest).layers[0];
  writeFileSync(join(work, 'payload'), await client.getBlob('piksel/helm/webapp', layer.digest));
  writeFileSync(join(work, 'sig'), Buffer.from(layer.annotations!['dev.cosignproject.cosign/signature'], 'base64'));
  writeFileSync(join(work, 'pub.pem'), createPublicKey(key.privateKey).export({ format: 'pem', type: 'spki' }));
  expect(
    execFileSync(
      'openssl',
      ['dgst', '-sha256', '-verify', join(work, 'pub.pem'), '-signature', join(work, 'sig'), join(work, 'payload')],
      {
        encoding: 'utf8',
      },
    ),
  ).toContain('Verified OK');

  // Again: a no-op success with the same digest.
  const again = ctxFor({ path: chart, type: 'helm' });
  await run(again);
  expect(again.outputs.get('digest')).toBe(digest);
  expect(again.summary.join('\n')).toContain('already published, unchanged');
  expect(again.logger.secrets.has(registry.password!)).toBe(true);
});

test('a changed chart under a published version fails with a configuration error', async () => {
  const chart = join(work, 'changed');
  cpSync(FIXTURE, chart, { recursive: true });
  writeFileSync(
    join(chart, 'Chart.yaml'),
    execFileSync('sed', ['s/^version: .*/version: 3.0.0/', join(chart, 'Chart.yaml')]),
  );
  await run(ctxFor({ path: chart, type: 'helm' }));
  writeFileSync(join(chart, 'values.yaml'), 'replicaCount: 9\n');
  const ctx = ctxFor({ path: chart, type: 'helm' });
  await expect(run(ctx)).rejects.toThrow(ConfigurationError);
  await expect(run(ctx)).rejects.toThrow(/already published .* raise version in Chart.yaml/);
});

test('two charts in one step are refused', async () => {
  const a = join(work, 'two', 'a');
  const b = join(work, 'two', 'b');
  cpSync(FIXTURE, a, { recursive: true });
  cpSync(FIXTURE, b, { recursive: true });
  await expect(run(ctxFor({ path: `${a}\n${b}`, type: 'helm' }))).rejects.toThrow(/one chart per step/);
});

test('with the policy default format, the chart carries a sigstore bundle that @sigstore/verify accepts', async () => {
  const policy = join(work, 'bundle-policy.yml');
  writeFileSync(
    policy,
    [
      'version: 1',
      'system: piksel',
      'region: eu-central-1',
      'resourceTags: {Project: piksel, Environment: shared, Purpose: charts, ManagedBy: artifacts, Owner: DevOps}',
      'registry: {layout: single, repository: piksel-core, charts: "{system}/bundled/{chart}"}',
      'signing: {method: key, key: "env://CHART_SIGNING_KEY"}',
    ].join('\n'),
  );
  const chart = join(work, 'bundled');
  cpSync(FIXTURE, chart, { recursive: true });
  const ctx = testContext({ policy, registry: registry.url, path: chart }, env);
  await run(ctx);
  const digest = ctx.outputs.get('digest')!;
  const repository = 'piksel/bundled/webapp';

  const index = JSON.parse(
    (await client.getManifest(repository, referrersTag(digest), MEDIA_TYPES.ociIndex))!.bytes.toString('utf8'),
  ) as ImageIndex;
  expect(index.manifests).toHaveLength(1);
  expect(index.manifests[0].artifactType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
  const referrer = JSON.parse(
    (await client.getManifest(repository, index.manifests[0].digest, MEDIA_TYPES.ociManifest))!.bytes.toString('utf8'),
  ) as ImageManifest;
  expect(referrer.subject?.digest).toBe(digest);
  const json = JSON.parse((await client.getBlob(repository, referrer.layers[0].digest)).toString('utf8'));
  const verifier = (publicKey: KeyObject) =>
    new Verifier(
      {
        certificateAuthorities: [],
        timestampAuthorities: [],
        tlogs: [],
        ctlogs: [],
        publicKey: () => ({ publicKey, validFor: () => true }),
      },
      { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 },
    );
  const entity = toSignedEntity(bundleFromJSON(json));
  expect(() => verifier(createPublicKey(key.privateKey)).verify(entity)).not.toThrow();
  const stranger = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  expect(() => verifier(createPublicKey(stranger.privateKey)).verify(entity)).toThrow(/signature/);
  const statement = JSON.parse(Buffer.from(json.dsseEnvelope.payload, 'base64').toString('utf8'));
  expect(statement.subject[0].digest.sha256).toBe(digest.slice('sha256:'.length));

  // The signature is a referrer without a title: it is not among the chart's attachments.
  expect(await listAttachments(client, repository, digest)).toEqual([]);
});

test('a signing key that is missing stops the step before the chart is pushed', async () => {
  const chart = join(work, 'unsigned');
  cpSync(FIXTURE, chart, { recursive: true });
  writeFileSync(
    join(chart, 'Chart.yaml'),
    execFileSync('sed', ['s/^version: .*/version: 5.0.0/', join(chart, 'Chart.yaml')]),
  );
  const ctx = testContext(
    { policy: join(work, 'policy.yml'), registry: registry.url, path: chart },
    { ...env, CHART_SIGNING_KEY: undefined },
  );
  await expect(run(ctx)).rejects.toThrow(ConfigurationError);
  await expect(run(ctx)).rejects.toThrow(/CHART_SIGNING_KEY/);
  expect(await client.getManifest('piksel/helm/webapp', '5.0.0', MEDIA_TYPES.ociManifest)).toBeUndefined();
});
