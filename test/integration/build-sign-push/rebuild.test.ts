import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../actions/build-sign-push/src/main';
import { startRegistry, type LocalRegistry } from '../../utils/registry';
import { busyboxContext, githubEnv, registryEnv, writePolicy } from './fixtures';
import { testContext } from '../../utils/action-context';

jest.setTimeout(240_000);

/**
 * A rebuild of the same commit builds the same digest: every timestamp (and the OCI `created` label) comes from the
 * commit, or SOURCE_DATE_EPOCH. (A re-run of the same tags does not build at all: see rerun.test.ts.)
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
    context = busyboxContext(
      dir,
      'app',
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

  const build = async (inputs: Record<string, string> = {}) => {
    const ctx = testContext(
      { service: 'api', policy, registry: registry.url, context, ...inputs },
      { ...githubEnv('refs/heads/main'), ...registryEnv(registry), PATH: process.env.PATH },
    );
    await run(ctx);
    return ctx;
  };

  test('built twice from the commit (labels included): the same digest, the tags already there left alone', async () => {
    delete process.env.SOURCE_DATE_EPOCH;
    const first = await build();
    // A new immutable tag makes the second run build again (a re-run of the same tags would take the image).
    const second = await build({ tags: 'rebuilt' });
    expect(second.logger.text()).toContain('with buildah');
    expect(second.outputs.get('digest')).toBe(first.outputs.get('digest'));
    expect(second.outputs.get('tags')).toBe(`${first.outputs.get('tags')}\nrebuilt`);
    expect(second.logger.text()).toMatch(/already points at/i);
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
});
