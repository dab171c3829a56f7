import {
  buildahBudArgs,
  detectBuilder,
  dockerBuildxArgs,
  parseBuildArgs,
  type CommandRunner,
} from '../../src/oci/build';
import { ConfigurationError } from '../../src/runtime/errors';

const request = {
  context: 'ctx',
  buildArgs: ['A=1', 'B=two words'],
  target: 'final',
  platforms: ['linux/amd64', 'linux/arm64'],
};

describe('builder command lines', () => {
  test('docker buildx writes an OCI layout directory', () => {
    expect(dockerBuildxArgs(request, 'ctx/Dockerfile', 'out', 'oci-builder')).toEqual([
      'buildx',
      'build',
      '--builder',
      'oci-builder',
      '--progress',
      'plain',
      '--provenance=false',
      '--sbom=false',
      '--output',
      'type=oci,dest=out,tar=false',
      '--file',
      'ctx/Dockerfile',
      '--build-arg',
      'A=1',
      '--build-arg',
      'B=two words',
      '--target',
      'final',
      '--platform',
      'linux/amd64,linux/arm64',
      'ctx',
    ]);
  });
  test('buildah runs with its own vfs storage, chroot isolation and the signature policy', () => {
    const args = buildahBudArgs(
      { ...request, platforms: [] },
      'ctx/Dockerfile',
      'work',
      'work/policy.json',
      'work/iid',
    );
    expect(args.slice(0, 7)).toEqual([
      '--root',
      'work/storage',
      '--runroot',
      'work/run',
      '--storage-driver',
      'vfs',
      'bud',
    ]);
    expect(args).toEqual(expect.arrayContaining(['--isolation', 'chroot', '--signature-policy', 'work/policy.json']));
    expect(args).not.toContain('--platform');
    expect(args.at(-1)).toBe('ctx');
  });
  test.each([[['A=1', 'B=']], [['_X=a=b']]])('build args %j are fine', (lines) =>
    expect(parseBuildArgs(lines)).toEqual(lines),
  );
  test.each([[['A']], [['=1']], [['1A=x']]])('build args %j are refused', (lines) => {
    expect(() => parseBuildArgs(lines)).toThrow(ConfigurationError);
  });
});

describe('detectBuilder', () => {
  const runner =
    (answers: Record<string, number>): CommandRunner =>
    async (command) => ({ code: answers[command] ?? 127, stdout: '', stderr: '' });
  test.each([
    [{ docker: 0, buildah: 0 }, 'docker'],
    [{ docker: 1, buildah: 0 }, 'buildah'],
  ])('%j -> %s', async (answers, builder) => expect(await detectBuilder(runner(answers))).toBe(builder));
  test('neither: a ConfigurationError that offers source instead', async () => {
    await expect(detectBuilder(runner({ docker: 1 }))).rejects.toThrow(/give a 'source'/);
  });
});
