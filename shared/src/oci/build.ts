import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { ConfigurationError } from '../runtime/errors';
import type { Logger } from '../runtime/logger';

export interface BuildRequest {
  context: string;
  /** Defaults to <context>/Dockerfile. */
  dockerfile?: string;
  /** KEY=VALUE each. */
  buildArgs: string[];
  target?: string;
  /** linux/amd64, linux/arm64, ... (empty: the builder's own). */
  platforms: string[];
  /**
   * Seconds since the epoch written as every timestamp of the image (created, history, file times), so the
   * same sources always build the same digest and a re-run finds its tags already in place.
   */
  sourceDateEpoch?: number;
}

/**
 * The timestamp of a reproducible build: SOURCE_DATE_EPOCH when set (the reproducible-builds convention),
 * else the time of the commit being built, else the epoch itself.
 */
export async function resolveSourceDateEpoch(
  env: NodeJS.ProcessEnv,
  context: string,
  run: CommandRunner,
): Promise<number> {
  const fromEnv = env.SOURCE_DATE_EPOCH?.trim();
  if (fromEnv) {
    if (!/^\d+$/.test(fromEnv)) {
      throw new ConfigurationError(`SOURCE_DATE_EPOCH is '${fromEnv}'; it must be whole seconds since 1970-01-01.`);
    }
    return Number(fromEnv);
  }
  const commit = await run('git', ['-C', context, 'log', '-1', '--format=%ct'], { quiet: true });
  const seconds = commit.stdout.trim();
  return commit.code === 0 && /^\d+$/.test(seconds) ? Number(seconds) : 0;
}

export type Builder = 'docker' | 'buildah';

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command; lines go to the logger as they come, so a long build shows its progress. */
export type CommandRunner = (command: string, args: string[], options?: { quiet?: boolean }) => Promise<CommandResult>;

export function spawnRunner(logger: Logger, env: NodeJS.ProcessEnv = process.env): CommandRunner {
  return (command, args, options = {}) =>
    new Promise((resolvePromise) => {
      let stdout = '';
      let stderr = '';
      let child;
      try {
        child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
      } catch (err) {
        resolvePromise({ code: 127, stdout: '', stderr: String(err) });
        return;
      }
      const relay = (text: string) => {
        if (!options.quiet) for (const line of text.split('\n')) if (line.trim()) logger.info(line);
      };
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        relay(d.toString());
      });
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        relay(d.toString());
      });
      child.on('error', (err) => resolvePromise({ code: 127, stdout, stderr: stderr + String(err) }));
      child.on('close', (code) => resolvePromise({ code: code ?? 1, stdout, stderr }));
    });
}

/** KEY=VALUE lines, checked. */
export function parseBuildArgs(lines: string[]): string[] {
  for (const line of lines) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(line)) {
      throw new ConfigurationError(
        `Build argument '${line}' is not KEY=VALUE; write one KEY=VALUE per line in 'build-args'.`,
      );
    }
  }
  return lines;
}

export function resolveDockerfile(request: BuildRequest, cwd: string): string {
  const path = request.dockerfile
    ? isAbsolute(request.dockerfile)
      ? request.dockerfile
      : resolve(cwd, request.dockerfile)
    : join(resolve(cwd, request.context), 'Dockerfile');
  if (!existsSync(path)) {
    throw new ConfigurationError(
      `No Dockerfile at ${request.dockerfile ?? join(request.context, 'Dockerfile')}. Set 'dockerfile' (relative to the workspace) or 'context', or give a 'source' to push an existing image.`,
    );
  }
  return path;
}

/** `docker buildx build` writing an OCI layout directory. */
export function dockerBuildxArgs(
  request: BuildRequest,
  dockerfile: string,
  outDir: string,
  builder?: string,
): string[] {
  return [
    'buildx',
    'build',
    ...(builder ? ['--builder', builder] : []),
    '--output',
    `type=oci,dest=${outDir},tar=false${request.sourceDateEpoch === undefined ? '' : ',rewrite-timestamp=true'}`,
    '--file',
    dockerfile,
    ...(request.sourceDateEpoch === undefined ? [] : ['--build-arg', `SOURCE_DATE_EPOCH=${request.sourceDateEpoch}`]),
    ...request.buildArgs.flatMap((a) => ['--build-arg', a]),
    ...(request.target ? ['--target', request.target] : []),
    ...(request.platforms.length ? ['--platform', request.platforms.join(',')] : []),
    request.context,
  ];
}

/** buildah's global storage options: its own storage under the work directory, vfs (no overlay mounts needed). */
export function buildahStorageArgs(workDir: string): string[] {
  return ['--root', join(workDir, 'storage'), '--runroot', join(workDir, 'run'), '--storage-driver', 'vfs'];
}

export function buildahBudArgs(
  request: BuildRequest,
  dockerfile: string,
  workDir: string,
  signaturePolicy: string,
  iidFile: string,
  manifestName?: string,
): string[] {
  return [
    ...buildahStorageArgs(workDir),
    'bud',
    '--isolation',
    'chroot',
    '--signature-policy',
    signaturePolicy,
    '--file',
    dockerfile,
    '--iidfile',
    iidFile,
    ...(request.sourceDateEpoch === undefined ? [] : ['--timestamp', String(request.sourceDateEpoch)]),
    ...request.buildArgs.flatMap((a) => ['--build-arg', a]),
    ...(request.target ? ['--target', request.target] : []),
    ...(request.platforms.length ? ['--platform', request.platforms.join(',')] : []),
    ...(manifestName ? ['--manifest', manifestName] : []),
    request.context,
  ];
}

/** Which builder this machine has: a Docker engine that answers (GitHub's runners), else buildah. */
export async function detectBuilder(run: CommandRunner): Promise<Builder> {
  if ((await run('docker', ['info', '--format', '{{.ServerVersion}}'], { quiet: true })).code === 0) return 'docker';
  if ((await run('buildah', ['--version'], { quiet: true })).code === 0) return 'buildah';
  throw new ConfigurationError(
    "No image builder here: neither a Docker engine (docker info) nor buildah. Run on a runner with Docker, install buildah, or give a 'source' (oci:<dir>, docker-archive:<file>) of an image built earlier.",
  );
}

/**
 * Builds the context into an OCI image layout in `workDir` and returns the layout's directory: with
 * docker buildx (on a docker-container builder, since the default driver cannot write OCI layouts), else with
 * buildah as root with vfs storage and chroot isolation.
 */
export async function buildImage(
  request: BuildRequest,
  options: BuildOptions,
): Promise<{ layoutDir: string; builder: Builder }> {
  const cwd = options.cwd ?? process.cwd();
  const dockerfile = resolveDockerfile(request, cwd);
  const context = resolve(cwd, request.context);
  const sourceDateEpoch = request.sourceDateEpoch ?? (await resolveSourceDateEpoch(process.env, context, options.run));
  const req = { ...request, context, sourceDateEpoch };
  const layoutDir = join(options.workDir, 'layout');
  const builder = options.builder ?? (await detectBuilder(options.run));
  if (builder === 'docker') await buildWithBuildx(req, dockerfile, layoutDir, options);
  else await buildWithBuildah(req, dockerfile, layoutDir, options);
  return { layoutDir, builder };
}

type BuildOptions = { workDir: string; logger: Logger; run: CommandRunner; cwd?: string; builder?: Builder };

function buildFailed(what: string, result: CommandResult): ConfigurationError {
  return new ConfigurationError(
    `${what} failed (exit ${result.code}); the build's own output is above. Last lines:\n${result.stderr.trim().split('\n').slice(-8).join('\n')}`,
  );
}

/** docker buildx, on a docker-container builder (created when the default driver cannot write OCI layouts). */
async function buildWithBuildx(
  req: BuildRequest,
  dockerfile: string,
  layoutDir: string,
  options: BuildOptions,
): Promise<void> {
  const inspect = await options.run('docker', ['buildx', 'inspect'], { quiet: true });
  let builderName: string | undefined;
  if (/Driver:\s+docker\s*$/m.test(inspect.stdout)) {
    builderName = 'artifacts-oci';
    await options.run('docker', ['buildx', 'create', '--name', builderName, '--driver', 'docker-container'], {
      quiet: true,
    });
  }
  options.logger.info(`Building ${dockerfile} with docker buildx.`);
  const result = await options.run('docker', dockerBuildxArgs(req, dockerfile, layoutDir, builderName));
  if (result.code !== 0) throw buildFailed('docker buildx build', result);
}

/** buildah bud into vfs storage under the work directory, then pushed (every platform) to the OCI layout. */
async function buildWithBuildah(
  req: BuildRequest,
  dockerfile: string,
  layoutDir: string,
  options: BuildOptions,
): Promise<void> {
  mkdirSync(options.workDir, { recursive: true });
  // buildah checks image signatures on FROM; the build trusts its base images as docker build does.
  const signaturePolicy = join(options.workDir, 'policy.json');
  writeFileSync(signaturePolicy, JSON.stringify({ default: [{ type: 'insecureAcceptAnything' }] }));
  const iidFile = join(options.workDir, 'iid');
  const multi = req.platforms.length > 1;
  const manifestName = multi ? 'localhost/artifacts-build:multi' : undefined;
  options.logger.info(`Building ${dockerfile} with buildah.`);
  const built = await options.run(
    'buildah',
    buildahBudArgs(req, dockerfile, options.workDir, signaturePolicy, iidFile, manifestName),
  );
  if (built.code !== 0) throw buildFailed('buildah bud', built);
  const storage = buildahStorageArgs(options.workDir);
  const image = multi ? ['manifest', 'push', '--all'] : ['push'];
  const source = multi ? manifestName! : readFileSync(iidFile, 'utf8').trim();
  const pushed = await options.run(
    'buildah',
    [...storage, ...image, '--signature-policy', signaturePolicy, source, `oci:${layoutDir}`],
    { quiet: true },
  );
  if (pushed.code !== 0) throw buildFailed('buildah push', pushed);
}
