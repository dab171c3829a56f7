import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr';
import { run } from '../../../actions/build-sign-push/src/main';
import { digestOf } from '../../../shared/src/oci/digest';
import { MEDIA_TYPES, type ImageIndex, type ImageManifest } from '../../../shared/src/oci/types';
import { ConfigurationError } from '../../../shared/src/runtime/errors';
import { generateImage, indexOf, writeDockerArchive, writeOciLayout } from '../../utils/images';
import { startRegistry, type LocalRegistry } from '../../utils/registry';
import { githubEnv, registryEnv, registryState, skopeoRaw, writePolicy } from './fixtures';
import { testContext } from '../../utils/action-context';
import { answers, FakeAws } from '../../fakes';

jest.setTimeout(60_000);

describe('build-sign-push pushes images to a real registry with htpasswd auth', () => {
  let registry: LocalRegistry;
  let dir: string;
  let policy: string;

  beforeAll(async () => {
    registry = await startRegistry({ auth: true });
    dir = mkdtempSync(join(tmpdir(), 'bsp-push-'));
    policy = writePolicy(dir);
  });
  afterAll(async () => {
    await registry?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const inputs = (extra: Record<string, string>) => ({ service: 'api', policy, registry: registry.url, ...extra });
  const env = (ref: string) => ({ ...githubEnv(ref), ...registryEnv(registry) });

  test('a single-platform OCI layout: pushed by digest, tagged by the policy, equal to what skopeo reads', async () => {
    const image = await generateImage({ layers: [{ 'app/main.js': 'console.log(1)' }, { 'etc/config': 'a=1' }] });
    const layout = join(dir, 'single');
    writeOciLayout(layout, { images: [image], refName: 'v1' });
    const ctx = testContext(inputs({ source: `oci:${layout}:v1` }), env('refs/tags/v1.0.0'));
    await run(ctx);

    const digest = image.manifest.descriptor.digest;
    expect(ctx.outputs.get('digest')).toBe(digest);
    expect(ctx.outputs.get('image-uri')).toBe(`${registry.host}/shop/api@${digest}`);
    expect(ctx.outputs.get('repository-uri')).toBe(`${registry.host}/shop/api`);
    expect(ctx.outputs.get('tags')).toBe('api-v1.0.0');
    const raw = skopeoRaw(registry, `shop/api@${digest}`);
    expect(raw.equals(image.manifest.bytes)).toBe(true);
    expect(digestOf(skopeoRaw(registry, 'shop/api:api-v1.0.0'))).toBe(digest);
    const summary = ctx.summary.join('\n');
    expect(summary).toContain(`docker pull ${registry.host}/shop/api@${digest}`);
    expect(summary).toMatch(/Blobs uploaded \| 3 \(/);
    expect(summary).toContain('linux/amd64');
    expect(ctx.logger.secrets.has(registry.password!)).toBe(true);

    // The same run again: nothing uploaded, the tag left as it is, success.
    const again = testContext(inputs({ source: `oci:${layout}:v1` }), env('refs/tags/v1.0.0'));
    await run(again);
    expect(again.outputs.get('digest')).toBe(digest);
    expect(again.summary.join('\n')).toMatch(/Blobs uploaded \| 0 \(0 B\)/);
    expect(again.summary.join('\n')).toMatch(/\| `api-v1.0.0` \| release \| no \| unchanged \|/);
    expect(again.logger.text()).toContain('Tag api-v1.0.0 already points at');
    expect(again.logger.text()).toContain(
      `shop/api@${digest} is already in the registry; no blob or manifest to send.`,
    );
  });

  test('a multi-platform OCI layout: blobs, both platform manifests, then the index, byte for byte', async () => {
    const amd = await generateImage({ layers: [{ 'bin/app': 'amd64 build' }] });
    const arm = await generateImage({
      layers: [{ 'bin/app': 'arm64 build' }],
      platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
    });
    const index = indexOf([amd, arm]);
    const layout = join(dir, 'multi');
    writeOciLayout(layout, { images: [amd, arm], index });
    const ctx = testContext(inputs({ source: `oci:${layout}`, service: 'worker' }), env('refs/heads/main'));
    await run(ctx);

    expect(ctx.outputs.get('digest')).toBe(index.descriptor.digest);
    expect(ctx.outputs.get('tags')).toBe('worker-main-0123456\nworker-latest');
    expect(skopeoRaw(registry, `shop/worker@${index.descriptor.digest}`).equals(index.bytes)).toBe(true);
    const listed = JSON.parse(skopeoRaw(registry, 'shop/worker:worker-latest').toString()) as ImageIndex;
    expect(listed.manifests.map((m) => m.digest)).toEqual([
      amd.manifest.descriptor.digest,
      arm.manifest.descriptor.digest,
    ]);
    expect(skopeoRaw(registry, `shop/worker@${arm.manifest.descriptor.digest}`).equals(arm.manifest.bytes)).toBe(true);
    expect(ctx.summary.join('\n')).toContain('linux/amd64, linux/arm64/v8');
  });

  test('a docker-archive with uncompressed layers: gzipped, checked against diff_ids, pushed as Docker v2', async () => {
    const image = await generateImage({ layers: [{ 'srv/index.html': '<h1>hi</h1>' }, { 'srv/app.css': 'body{}' }] });
    const archive = join(dir, 'image.tar');
    await writeDockerArchive(archive, image, { repoTags: ['shop/api:local'] });
    const ctx = testContext(
      inputs({ source: `docker-archive:${archive}`, tags: 'archive-import' }),
      env('refs/heads/feature/x'),
    );
    await run(ctx);

    const digest = ctx.outputs.get('digest')!;
    const manifest = JSON.parse(skopeoRaw(registry, `shop/api@${digest}`).toString()) as ImageManifest;
    expect(manifest.mediaType).toBe(MEDIA_TYPES.dockerManifest);
    expect(manifest.config.digest).toBe(image.config.descriptor.digest);
    expect(manifest.layers).toHaveLength(2);
    expect(ctx.outputs.get('tags')).toBe('api-feature-x-0123456\narchive-import');
    expect(digestOf(skopeoRaw(registry, 'shop/api:archive-import'))).toBe(digest);

    // A layer whose content is not what the config says is refused before anything is written.
    const corrupt = join(dir, 'corrupt.tar');
    await writeDockerArchive(corrupt, image, { corruptLayer: 1 });
    const before = await registryState(registry, 'shop/api');
    const bad = testContext(
      inputs({ source: `docker-archive:${corrupt}`, tags: 'corrupt' }),
      env('refs/heads/corrupt'),
    );
    await expect(run(bad)).rejects.toThrow(/is corrupt: layer .* has content sha256:[a-f0-9]+, but its config says/);
    await expect(run(bad)).rejects.toThrow(ConfigurationError);
    expect(await registryState(registry, 'shop/api')).toEqual(before);
  });

  test('an immutable tag on other content fails naming the tag, both digests and the rule; no tag is written', async () => {
    const first = await generateImage({ layers: [{ v: 'first' }] });
    const second = await generateImage({ layers: [{ v: 'second' }] });
    const one = join(dir, 'first');
    const two = join(dir, 'second');
    writeOciLayout(one, { images: [first] });
    writeOciLayout(two, { images: [second] });
    await run(testContext(inputs({ source: `oci:${one}`, tags: 'stable' }), env('refs/tags/v2.0.0')));
    const before = await registryState(registry, 'shop/api');
    expect(before.tags).toEqual(expect.arrayContaining(['api-v2.0.0', 'stable']));

    // Same version, other content, plus a fresh tag that must not be written either.
    const ctx = testContext(inputs({ source: `oci:${two}`, tags: 'stable\nfresh-tag' }), env('refs/tags/v2.0.0'));
    const failure = run(ctx);
    await expect(failure).rejects.toThrow(ConfigurationError);
    const message = await failure.catch((e: Error) => e.message);
    expect(message).toContain(`tag 'api-v2.0.0' of shop/api already points at ${first.manifest.descriptor.digest}`);
    expect(message).toContain(`not at this image ${second.manifest.descriptor.digest}`);
    expect(message).toContain("tag 'stable'");
    expect(message).toContain(
      'registry.tagMutability is IMMUTABLE and registry.mutableTags (*-latest) does not match it',
    );
    expect(message).toContain('No tag was written');
    expect(await registryState(registry, 'shop/api')).toEqual(before);
  });

  test('dry-run resolves repository, tags and uploads, prints them and changes nothing', async () => {
    const image = await generateImage({ layers: [{ dry: 'run' }] });
    const layout = join(dir, 'dry');
    writeOciLayout(layout, { images: [image] });
    const before = await registryState(registry, 'shop/api');
    const ctx = testContext(inputs({ source: `oci:${layout}`, 'dry-run': 'true' }), env('refs/tags/v9.9.9'));
    await run(ctx);
    expect(ctx.outputs.get('digest')).toBe(image.manifest.descriptor.digest);
    const summary = ctx.summary.join('\n');
    expect(summary).toContain('Dry run');
    expect(summary).toMatch(/Blobs to upload \| 2 \(/);
    expect(summary).toContain('| `api-v9.9.9` | release | no | would be written |');
    expect(ctx.logger.text()).toContain('Would write tag api-v9.9.9.');
    expect(ctx.logger.text()).toMatch(/Would upload 2 of 2 blobs \(\d+ bytes\) to .*\/shop\/api/);
    expect(await registryState(registry, 'shop/api')).toEqual(before);
    const auth = {
      authorization: `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}`,
    };
    const head = await fetch(`${registry.url}/v2/shop/api/blobs/${image.layers[0].descriptor.digest}`, {
      method: 'HEAD',
      headers: auth,
    });
    expect(head.status).toBe(404);
  });
});

describe('build-sign-push against ECR: GetAuthorizationToken from the fake ECR, the registry real', () => {
  let registry: LocalRegistry;
  let dir: string;
  // The action makes its own ECR client: the fake answers every client of the class.
  let aws: FakeAws;
  const ecr = () => aws.ecr.service;
  beforeEach(() => (aws = new FakeAws()).ecr.service.serve(ECRClient));
  afterEach(() => aws.restore());
  const token = 'ecr-token-password-0123456789';

  beforeAll(async () => {
    registry = await startRegistry({ auth: true, username: 'AWS', password: token });
    dir = mkdtempSync(join(tmpdir(), 'bsp-ecr-'));
  });
  afterAll(async () => {
    await registry?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the token is decoded, both forms masked, the proxy endpoint used as the registry', async () => {
    const authorizationToken = Buffer.from(`AWS:${token}`).toString('base64');
    ecr().on(GetAuthorizationTokenCommand, () => ({
      authorizationData: [{ authorizationToken, proxyEndpoint: registry.url, expiresAt: new Date() }],
    }));
    const image = await generateImage({ layers: [{ ecr: 'yes' }] });
    const layout = join(dir, 'layout');
    writeOciLayout(layout, { images: [image] });
    const policy = writePolicy(dir);
    const ctx = testContext({ service: 'api', policy, source: `oci:${layout}` }, githubEnv('refs/tags/v3.1.4'));
    await run(ctx);
    expect(ecr().inputs(GetAuthorizationTokenCommand)).toHaveLength(1);
    expect(ctx.logger.secrets).toEqual(new Set([authorizationToken, token]));
    expect(ctx.outputs.get('image-uri')).toBe(`${registry.host}/shop/api@${image.manifest.descriptor.digest}`);
    expect(skopeoRaw(registry, 'shop/api:api-v3.1.4').equals(image.manifest.bytes)).toBe(true);
  });

  test('an expired ECR token is fetched again once the registry answers 401, and the push goes on', async () => {
    const expired = Buffer.from('AWS:expired-token-0000').toString('base64');
    const fresh = Buffer.from(`AWS:${token}`).toString('base64');
    ecr().on(
      GetAuthorizationTokenCommand,
      answers([{ authorizationData: [{ authorizationToken: expired, proxyEndpoint: registry.url }] }], {
        authorizationData: [{ authorizationToken: fresh, proxyEndpoint: registry.url }],
      }),
    );
    const image = await generateImage({ layers: [{ refreshed: 'token' }] });
    const layout = join(dir, 'refresh');
    writeOciLayout(layout, { images: [image] });
    const ctx = testContext(
      { service: 'api', policy: writePolicy(dir), source: `oci:${layout}` },
      githubEnv('refs/tags/v3.2.0'),
    );
    await run(ctx);
    expect(ecr().inputs(GetAuthorizationTokenCommand)).toHaveLength(2);
    expect(ctx.logger.secrets).toEqual(new Set([expired, 'expired-token-0000', fresh, token]));
    expect(skopeoRaw(registry, 'shop/api:api-v3.2.0').equals(image.manifest.bytes)).toBe(true);
  });

  test('GetAuthorizationToken refused: a ConfigurationError naming the IAM action', async () => {
    ecr().on(GetAuthorizationTokenCommand, () => {
      throw Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' });
    });
    const policy = writePolicy(dir);
    const ctx = testContext({ service: 'api', policy, source: `oci:${dir}/layout` }, githubEnv('refs/tags/v3.1.5'));
    await expect(run(ctx)).rejects.toThrow(/ecr:GetAuthorizationToken/);
  });
});
