import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../actions/build-sign-push/src/main';
import { digestOf } from '../../../shared/src/oci/digest';
import type { ImageIndex } from '../../../shared/src/oci/types';
import { generateImage, indexOf, writeOciLayout } from '../../utils/images';
import { startRegistry, type LocalRegistry } from '../../utils/registry';
import { githubEnv, registryEnv, skopeoRaw, testContext, writePolicy } from './fixtures';

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
