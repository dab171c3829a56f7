import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../actions/build-sign-push/src/main';
import { digestOf } from '../../../shared/src/oci/digest';
import { RegistryClient } from '../../../shared/src/oci/registry';
import type { ImageIndex } from '../../../shared/src/oci/types';
import { verifyProvenance } from '../../../shared/src/provenance/verify';
import { silentLogger } from '../../utils/loggers';
import { readBundle, statementOf } from '../provenance/support';
import { generateImage, indexOf, writeOciLayout } from '../../utils/images';
import { startRegistry, type LocalRegistry } from '../../utils/registry';
import { githubEnv, registryEnv, skopeoRaw, writePolicy } from './fixtures';
import { testContext } from '../../utils/action-context';

jest.setTimeout(60_000);

// One local registry stands in for the public upstream (anonymous pull), the other for ECR.

describe('build-sign-push mirrors an upstream image with its digest preserved', () => {
  let upstream: LocalRegistry;
  let target: LocalRegistry;
  let dir: string;

  beforeAll(async () => {
    [upstream, target] = await Promise.all([startRegistry(), startRegistry({ auth: true })]);
    dir = mkdtempSync(join(tmpdir(), 'bsp-mirror-'));
  });
  afterAll(async () => {
    await Promise.all([upstream?.stop(), target?.stop()]);
    rmSync(dir, { recursive: true, force: true });
  });

  test('a multi-platform upstream image is copied whole: the index, every platform, every blob', async () => {
    const amd = await generateImage({ layers: [{ 'usr/bin/redis': 'amd64' }, { 'etc/redis.conf': 'port 6379' }] });
    const arm = await generateImage({
      layers: [{ 'usr/bin/redis': 'arm64' }, { 'etc/redis.conf': 'port 6379' }],
      platform: { os: 'linux', architecture: 'arm64' },
    });
    const index = indexOf([amd, arm]);
    const layout = join(dir, 'upstream');
    writeOciLayout(layout, { images: [amd, arm], index, refName: '7' });
    // skopeo, an independent client, publishes the upstream image.
    execFileSync('skopeo', [
      'copy',
      '--all',
      '--dest-tls-verify=false',
      `oci:${layout}:7`,
      `docker://${upstream.host}/library/redis:7`,
    ]);
    const upstreamDigest = digestOf(skopeoRaw(upstream, 'library/redis:7'));
    expect(upstreamDigest).toBe(index.descriptor.digest);

    const policy = writePolicy(dir, [{ source: `${upstream.host}/library/redis`, target: 'thirdparty/redis' }]);
    const ctx = testContext(
      { service: 'api', policy, registry: target.url, source: `docker://${upstream.host}/library/redis:7` },
      { ...githubEnv('refs/heads/main'), ...registryEnv(target) },
    );
    await run(ctx);

    expect(ctx.outputs.get('digest')).toBe(upstreamDigest);
    expect(ctx.outputs.get('repository-uri')).toBe(`${target.host}/thirdparty/redis`);
    expect(ctx.outputs.get('tags')).toBe('7');
    expect(skopeoRaw(target, 'thirdparty/redis:7').equals(index.bytes)).toBe(true);
    const copied = JSON.parse(skopeoRaw(target, `thirdparty/redis@${upstreamDigest}`).toString()) as ImageIndex;
    for (const child of copied.manifests) {
      expect(digestOf(skopeoRaw(target, `thirdparty/redis@${child.digest}`))).toBe(child.digest);
    }
    // The layer both platforms share is uploaded once: 2 configs + 3 distinct layers.
    expect(ctx.summary.join('\n')).toMatch(/Blobs uploaded \| 5 \(/);

    // Mirroring again copies nothing.
    const again = testContext(
      { service: 'api', policy, registry: target.url, source: `docker://${upstream.host}/library/redis:7` },
      { ...githubEnv('refs/heads/main'), ...registryEnv(target) },
    );
    await run(again);
    expect(again.summary.join('\n')).toMatch(/Blobs uploaded \| 0 \(0 B\)/);
  });

  test('a mirrored image gets a signed provenance naming the upstream image by digest', async () => {
    const image = await generateImage({ layers: [{ 'bin/busybox': 'busybox' }] });
    const layout = join(dir, 'busybox');
    writeOciLayout(layout, { images: [image], refName: '1' });
    const upstreamRef = `${upstream.host}/library/busybox:1`;
    execFileSync('skopeo', ['copy', '--dest-tls-verify=false', `oci:${layout}:1`, `docker://${upstreamRef}`]);
    const keys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const policy = writePolicy(dir, [{ source: `${upstream.host}/library/busybox`, target: 'thirdparty/busybox' }]);
    appendFileSync(policy, 'signing:\n  method: key\n  key: env://SIGNING_KEY\n  trust: {publicKeys: [env://PUB]}\n');
    const env = {
      ...githubEnv('refs/heads/main'),
      ...registryEnv(target),
      GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/mirror.yml@refs/heads/main',
      GITHUB_RUN_ID: '7',
      SIGNING_KEY: keys.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    };
    const ctx = testContext({ service: 'api', policy, registry: target.url, source: `docker://${upstreamRef}` }, env);
    await run(ctx);

    const digest = ctx.outputs.get('digest')!;
    const client = new RegistryClient({
      baseUrl: target.url,
      credentials: { username: target.username!, password: target.password! },
      logger: silentLogger,
    });
    const statement = statementOf(
      (await readBundle(client, 'thirdparty/busybox', ctx.outputs.get('provenance-digest')!)).bundle,
    );
    expect(statement.subject[0].digest.sha256).toBe(digest.replace('sha256:', ''));
    expect(statement.predicate.buildDefinition.internalParameters.image.source).toBe('docker');
    expect(statement.predicate.buildDefinition.resolvedDependencies).toContainEqual({
      uri: `pkg:docker/${upstream.host}/library/busybox@1`,
      name: upstreamRef,
      digest: { sha256: digest.replace('sha256:', '') },
    });
    const trust = {
      ...{ kmsKeys: [], keyless: [], signerProfiles: [], rootCertificates: [] },
      publicKeys: [{ name: 'ci', key: keys.publicKey }],
    };
    const rules = { builders: ['acme/shop/.github/workflows/mirror.yml@*'], sourceRefs: ['refs/heads/main'] };
    const check = await verifyProvenance({ client, repository: 'thirdparty/busybox', digest, trust, rules });
    expect(check.status).toBe('verified');
  });

  test('an upstream the policy does not mirror is refused with the policy entry to add', async () => {
    const policy = writePolicy(dir);
    const ctx = testContext(
      { service: 'api', policy, registry: target.url, source: `docker://${upstream.host}/library/nginx:1` },
      { ...githubEnv('refs/heads/main'), ...registryEnv(target) },
    );
    await expect(run(ctx)).rejects.toThrow(/no mirror for .*library\/nginx:1\. Add it to registry\.mirrors/);
  });

  test('a missing upstream image is a ConfigurationError', async () => {
    const policy = writePolicy(dir, [{ source: `${upstream.host}/library/ghost`, target: 'thirdparty/ghost' }]);
    const ctx = testContext(
      { service: 'api', policy, registry: target.url, source: `docker://${upstream.host}/library/ghost:1` },
      { ...githubEnv('refs/heads/main'), ...registryEnv(target) },
    );
    await expect(run(ctx)).rejects.toThrow(/does not exist \(or is private\)/);
  });
});
