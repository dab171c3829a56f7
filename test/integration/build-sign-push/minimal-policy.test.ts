import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../actions/build-sign-push/src/main';
import { digestOf } from '../../../shared/src/oci/digest';
import { startRegistry, type LocalRegistry } from '../../utils/registry';
import { busyboxContext, githubEnv, registryEnv, skopeoRaw } from './fixtures';
import { testContext } from '../../utils/action-context';

jest.setTimeout(180_000);

/** The policy the README calls the shortest that works, as the README shows it. */
function readmeMinimalPolicy(): string {
  const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
  const after = readme.slice(readme.indexOf('<!-- minimal-policy'));
  const block = /```yaml\n([\s\S]*?)```/.exec(after);
  if (!block) throw new Error('README.md has no yaml block after its <!-- minimal-policy --> marker');
  return block[1];
}

describe("the README's shortest policy builds and pushes an image", () => {
  let registry: LocalRegistry;
  let dir: string;

  beforeAll(async () => {
    registry = await startRegistry({ auth: true });
    dir = mkdtempSync(join(tmpdir(), 'bsp-minimal-'));
  });
  afterAll(async () => {
    await registry?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('three lines, a Dockerfile, buildah: the image is pushed under the default tags', async () => {
    const text = readmeMinimalPolicy();
    expect(text.trim().split('\n')).toHaveLength(3);
    const policy = join(dir, 'artifact-policy.yml');
    writeFileSync(policy, text);
    const context = busyboxContext(
      dir,
      'app',
      'FROM scratch\nCOPY busybox /bin/busybox\nCMD ["/bin/busybox", "true"]\n',
    );

    const ctx = testContext(
      { service: 'web', policy, registry: registry.url, context },
      { ...githubEnv('refs/heads/main'), ...registryEnv(registry), PATH: process.env.PATH },
    );
    await run(ctx);

    const digest = ctx.outputs.get('digest')!;
    const repository = ctx.outputs.get('repository-uri')!.slice(registry.host.length + 1);
    const tags = ctx.outputs.get('tags')!.split('\n');
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) expect(digestOf(skopeoRaw(registry, `${repository}:${tag}`))).toBe(digest);
  });
});
