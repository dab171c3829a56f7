import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../actions/build-sign-push/src/main';
import { startRegistry, type LocalRegistry } from '../../utils/registry';
import { githubEnv, registryEnv, testContext, writePolicy } from './fixtures';

jest.setTimeout(240_000);

/**
 * A re-run of a job rebuilds the image. With immutable tags, that only works when the same sources build the
 * same digest: builds are reproducible (every timestamp from the commit, or SOURCE_DATE_EPOCH).
 */
describe('a rebuild of the same sources is the same image, so a re-run succeeds', () => {
  let registry: LocalRegistry;
  let dir: string;
  let context: string;
  let policy: string;
  const saved = process.env.SOURCE_DATE_EPOCH;

  beforeAll(async () => {
    registry = await startRegistry({ auth: true });
    dir = mkdtempSync(join(tmpdir(), 'bsp-rebuild-'));
    context = join(dir, 'app');
    mkdirSync(context);
    copyFileSync(
      execFileSync('sh', ['-c', 'command -v busybox'], { encoding: 'utf8' }).trim(),
      join(context, 'busybox'),
    );
    writeFileSync(
      join(context, 'Dockerfile'),
      'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "sh", "-c", "/bin/busybox mkdir /data && echo built > /data/built"]\n',
    );
    // The context is a git checkout: its commit time is the build's timestamp.
    const git = (...args: string[]) => execFileSync('git', ['-C', context, ...args], { stdio: 'ignore' });
    git('init', '-q');
    git('-c', 'user.name=ci', '-c', 'user.email=ci@example.com', 'add', '.');
    execFileSync(
      'git',
      ['-C', context, '-c', 'user.name=ci', '-c', 'user.email=ci@example.com', 'commit', '-q', '-m', 'app'],
      {
        env: { ...process.env, GIT_COMMITTER_DATE: '2026-01-02T03:04:05Z', GIT_AUTHOR_DATE: '2026-01-02T03:04:05Z' },
      },
    );
    policy = writePolicy(dir);
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = saved;
    await registry?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const build = async () => {
    const ctx = testContext(
      { service: 'api', policy, registry: registry.url, context },
      { ...githubEnv('refs/heads/main'), ...registryEnv(registry), PATH: process.env.PATH },
    );
    await run(ctx);
    return ctx;
  };

  test('built twice from the commit: the same digest, the second run writes no tag', async () => {
    delete process.env.SOURCE_DATE_EPOCH;
    const first = await build();
    const second = await build();
    expect(second.outputs.get('digest')).toBe(first.outputs.get('digest'));
    expect(second.outputs.get('tags')).toBe(first.outputs.get('tags'));
    expect(second.logger.text()).toMatch(/unchanged|already/i);
    // The image's creation time is the commit's, not the build's.
    const config = execFileSync(
      'skopeo',
      [
        'inspect',
        '--config',
        '--tls-verify=false',
        '--creds',
        `${registry.username}:${registry.password}`,
        `docker://${registry.host}/shop/api@${first.outputs.get('digest')}`,
      ],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(config).created).toMatch(/^2026-01-02T03:04:05/);
  });

  test('other sources under the same immutable tag still fail, naming the tag and writing nothing', async () => {
    process.env.SOURCE_DATE_EPOCH = '1700000000';
    await expect(build()).rejects.toThrow(
      /tag 'api-main-0123456' .* already points at sha256:[0-9a-f]{64}, not at this image/,
    );
  });
});
