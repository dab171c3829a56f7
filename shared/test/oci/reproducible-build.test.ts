import { buildahBudArgs, dockerBuildxArgs, resolveSourceDateEpoch, type CommandRunner } from '../../src/oci/build';
import { ConfigurationError } from '../../src/runtime/errors';

const request = { context: '/src', buildArgs: ['A=1'], platforms: [] as string[] };
const git =
  (stdout: string, code = 0): CommandRunner =>
  async () => ({ code, stdout, stderr: '' });

describe('reproducible builds', () => {
  test.each([
    [{ SOURCE_DATE_EPOCH: '1700000000' }, git('1600000000\n'), 1700000000],
    [{}, git('1600000000\n'), 1600000000],
    [{}, git('', 128), 0],
    [{ SOURCE_DATE_EPOCH: ' ' }, git('1600000000'), 1600000000],
  ])('SOURCE_DATE_EPOCH %j with git answering -> %i', async (env, run, expected) => {
    expect(await resolveSourceDateEpoch(env, '/src', run)).toBe(expected);
  });

  test('a SOURCE_DATE_EPOCH that is not whole seconds is refused', async () => {
    await expect(resolveSourceDateEpoch({ SOURCE_DATE_EPOCH: '2026-01-01' }, '/src', git('1'))).rejects.toThrow(
      ConfigurationError,
    );
  });

  test('buildah writes every timestamp from the epoch', () => {
    const args = buildahBudArgs(
      { ...request, sourceDateEpoch: 1600000000 },
      '/src/Dockerfile',
      '/w',
      '/w/p.json',
      '/w/iid',
    );
    expect(args.slice(args.indexOf('--timestamp'), args.indexOf('--timestamp') + 2)).toEqual([
      '--timestamp',
      '1600000000',
    ]);
    expect(buildahBudArgs(request, '/src/Dockerfile', '/w', '/w/p.json', '/w/iid')).not.toContain('--timestamp');
  });

  test('docker buildx gets SOURCE_DATE_EPOCH and rewrites layer timestamps', () => {
    const args = dockerBuildxArgs({ ...request, sourceDateEpoch: 1600000000 }, '/src/Dockerfile', '/out');
    expect(args).toContain('type=oci,dest=/out,tar=false,rewrite-timestamp=true');
    expect(args).toContain('SOURCE_DATE_EPOCH=1600000000');
    expect(args.indexOf('SOURCE_DATE_EPOCH=1600000000')).toBeLessThan(args.indexOf('A=1'));
  });
});
