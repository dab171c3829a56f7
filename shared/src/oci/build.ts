import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { ConfigurationError } from '../runtime/errors';
import type { Logger } from '../runtime/logger';
import { setLayoutLabels } from './layout-labels';

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
  /** The layer cache: none when absent. */
  cache?: BuildCacheSpec;
  /** Secret mounts (`RUN --mount=type=secret,id=…`): each id with the file that holds its value. */
  secrets?: BuildSecretMount[];
  /** Image labels, key=value each. */
  labels?: string[];
  /** Manifest annotations, key=value each. */
  annotations?: string[];
}

/**
 * Where the builder reads and writes its layer cache: a registry repository (`ref` is host/repository, never an
 * image repository), or GitHub's Actions cache (buildx only; its URL and token come from the environment).
 */
export type BuildCacheSpec = (
  | {
      type: 'registry';
      ref: string;
      /** The registry speaks plain http (a local registry). */
      insecure?: boolean;
      /** A directory holding a config.json with the registry's credentials (docker's and buildah's auth file). */
      authDir?: string;
    }
  | { type: 'gha'; scope: string }
) & {
  /** Read the cache, write nothing to it (a dry run changes nothing). */
  readOnly?: boolean;
};

export interface BuildSecretMount {
  id: string;
  /** The file with the secret's value; it never enters the build context. */
  src: string;
}

/** How many build steps the builder took from its cache, read from its output. */
export interface CacheUse {
  cached: number;
  steps: number;
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
export type CommandRunner = (
  command: string,
  args: string[],
  /** `env`: variables added to the runner's environment for this command. */
  options?: { quiet?: boolean; env?: NodeJS.ProcessEnv },
) => Promise<CommandResult>;

export function spawnRunner(logger: Logger, env: NodeJS.ProcessEnv = process.env): CommandRunner {
  return (command, args, options = {}) =>
    new Promise((resolvePromise) => {
      let stdout = '';
      let stderr = '';
      let child;
      try {
        child = spawn(command, args, { env: { ...env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
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

/**
 * Labels, annotations and secret mounts: the same flags for buildx and buildah, but for buildah's labels (each one
 * would become a LABEL step of the build; they are written into the image's config after it, setLayoutLabels).
 */
function metadataAndSecretArgs(request: BuildRequest, builder: Builder): string[] {
  return [
    ...(builder === 'docker' ? (request.labels ?? []).flatMap((l) => ['--label', l]) : []),
    ...(request.annotations ?? []).flatMap((a) => ['--annotation', a]),
    ...(request.secrets ?? []).flatMap((s) => ['--secret', `id=${s.id},src=${s.src}`]),
  ];
}

/** buildx's cache flags: a registry cache as an OCI image manifest (what ECR stores), or GitHub's Actions cache. */
export function buildxCacheArgs(cache: BuildCacheSpec | undefined): string[] {
  if (!cache) return [];
  if (cache.type === 'gha') {
    const from = ['--cache-from', `type=gha,scope=${cache.scope}`];
    return cache.readOnly ? from : [...from, '--cache-to', `type=gha,scope=${cache.scope},mode=max`];
  }
  const ref = `${cache.ref}:buildcache`;
  const registry = cache.insecure ? ',registry.insecure=true' : '';
  const from = ['--cache-from', `type=registry,ref=${ref}${registry}`];
  if (cache.readOnly) return from;
  return [
    ...from,
    '--cache-to',
    `type=registry,ref=${ref},mode=max,image-manifest=true,oci-mediatypes=true${registry}`,
  ];
}

/**
 * `docker buildx build` writing an OCI layout directory. buildx's own provenance and SBOM attestations are off:
 * they would land in the layout as extra manifests, and the action writes and signs its own.
 */
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
    '--progress',
    'plain',
    '--provenance=false',
    '--sbom=false',
    '--output',
    `type=oci,dest=${outDir},tar=false${request.sourceDateEpoch === undefined ? '' : ',rewrite-timestamp=true'}`,
    '--file',
    dockerfile,
    ...(request.sourceDateEpoch === undefined ? [] : ['--build-arg', `SOURCE_DATE_EPOCH=${request.sourceDateEpoch}`]),
    ...request.buildArgs.flatMap((a) => ['--build-arg', a]),
    ...(request.target ? ['--target', request.target] : []),
    ...(request.platforms.length ? ['--platform', request.platforms.join(',')] : []),
    ...buildxCacheArgs(request.cache),
    ...metadataAndSecretArgs(request, 'docker'),
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
    ...buildahCacheArgs(request.cache),
    ...metadataAndSecretArgs(request, 'buildah'),
    request.context,
  ];
}

/** buildah's registry cache: every step kept as a layer (--layers), looked up in and pushed to the cache repository. */
export function buildahCacheArgs(cache: BuildCacheSpec | undefined): string[] {
  if (!cache) return [];
  if (cache.type === 'gha') {
    throw new ConfigurationError(
      "The 'gha' cache needs docker buildx (GitHub's hosted runners); this build runs with buildah. Set 'cache' to registry (a cache repository beside the image's) or none.",
    );
  }
  return [
    '--layers',
    '--cache-from',
    cache.ref,
    ...(cache.readOnly ? [] : ['--cache-to', cache.ref]),
    ...(cache.authDir ? ['--authfile', join(cache.authDir, 'config.json')] : []),
    ...(cache.insecure ? ['--tls-verify=false'] : []),
  ];
}

/**
 * The build steps the builder took from its cache: buildah's "--> Using cache" after a "STEP n/m:", buildx's
 * "#N CACHED" for a step "#N [stage n/m]".
 */
export function countCachedSteps(output: string, builder: Builder): CacheUse {
  const lines = output.split('\n').map((l) => l.trim());
  if (builder === 'buildah') {
    return {
      steps: lines.filter((l) => /(?:^|\s)STEP \d+\/\d+: /.test(l)).length,
      cached: lines.filter((l) => /^--> Using cache [0-9a-f]+/.test(l)).length,
    };
  }
  const steps = new Set(lines.flatMap((l) => /^#(\d+) \[[^\]]*\b\d+\/\d+\]/.exec(l)?.[1] ?? []));
  const cached = new Set(lines.flatMap((l) => /^#(\d+) CACHED$/.exec(l)?.[1] ?? []).filter((n) => steps.has(n)));
  return { steps: steps.size, cached: cached.size };
}

/** `key=value` labels as the config holds them (the key up to the first '='). */
function labelRecord(labels: string[]): Record<string, string> {
  return Object.fromEntries(labels.map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
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
 * buildah as root with vfs storage and chroot isolation. `cacheUse` says how many steps came from the cache.
 */
export async function buildImage(
  request: BuildRequest,
  options: BuildOptions,
): Promise<{ layoutDir: string; builder: Builder; cacheUse: CacheUse }> {
  const cwd = options.cwd ?? process.cwd();
  const dockerfile = resolveDockerfile(request, cwd);
  const context = resolve(cwd, request.context);
  const sourceDateEpoch = request.sourceDateEpoch ?? (await resolveSourceDateEpoch(process.env, context, options.run));
  const req = { ...request, context, sourceDateEpoch };
  const layoutDir = join(options.workDir, 'layout');
  const builder = options.builder ?? (await detectBuilder(options.run));
  const output =
    builder === 'docker'
      ? await buildWithBuildx(req, dockerfile, layoutDir, options)
      : await buildWithBuildah(req, dockerfile, layoutDir, options);
  return { layoutDir, builder, cacheUse: countCachedSteps(output, builder) };
}

type BuildOptions = {
  workDir: string;
  logger: Logger;
  run: CommandRunner;
  cwd?: string;
  builder?: Builder;
  /** The environment buildx reads its Actions cache URL and token from (the `gha` cache). */
  env?: NodeJS.ProcessEnv;
};

function buildFailed(what: string, result: CommandResult): ConfigurationError {
  return new ConfigurationError(
    `${what} failed (exit ${result.code}); the build's own output is above. Last lines:\n${result.stderr.trim().split('\n').slice(-8).join('\n')}`,
  );
}

/** The Actions cache service variables buildx's `type=gha` cache reads, handed to the build explicitly. */
export const ACTIONS_CACHE_VARIABLES = [
  'ACTIONS_CACHE_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_CACHE_SERVICE_V2',
] as const;

/** What buildx's environment adds: the Actions cache service (gha), or a docker config with the cache's login. */
export function buildxEnvironment(cache: BuildCacheSpec | undefined, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  if (cache?.type === 'gha') {
    if (!env.ACTIONS_RUNTIME_TOKEN || !(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL)) {
      throw new ConfigurationError(
        "The 'gha' cache needs GitHub's Actions cache service (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL or ACTIONS_CACHE_URL), which only GitHub's runners give an action: set 'cache' to registry or none.",
      );
    }
    return Object.fromEntries(ACTIONS_CACHE_VARIABLES.flatMap((k) => (env[k] ? [[k, env[k]]] : [])));
  }
  return cache?.type === 'registry' && cache.authDir ? { DOCKER_CONFIG: cache.authDir } : {};
}

/** docker buildx, on a docker-container builder (created when the default driver cannot write OCI layouts). */
async function buildWithBuildx(
  req: BuildRequest,
  dockerfile: string,
  layoutDir: string,
  options: BuildOptions,
): Promise<string> {
  const env = buildxEnvironment(req.cache, options.env ?? process.env);
  const inspect = await options.run('docker', ['buildx', 'inspect'], { quiet: true, env });
  let builderName: string | undefined;
  if (/Driver:\s+docker\s*$/m.test(inspect.stdout)) {
    builderName = 'artifacts-oci';
    await options.run('docker', ['buildx', 'create', '--name', builderName, '--driver', 'docker-container'], {
      quiet: true,
      env,
    });
  }
  options.logger.info(`Building ${dockerfile} with docker buildx.`);
  const result = await options.run('docker', dockerBuildxArgs(req, dockerfile, layoutDir, builderName), { env });
  if (result.code !== 0) throw buildFailed('docker buildx build', result);
  return `${result.stdout}\n${result.stderr}`;
}

/** buildah bud into vfs storage under the work directory, then pushed (every platform) to the OCI layout. */
async function buildWithBuildah(
  req: BuildRequest,
  dockerfile: string,
  layoutDir: string,
  options: BuildOptions,
): Promise<string> {
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
  setLayoutLabels(layoutDir, labelRecord(req.labels ?? []));
  return `${built.stdout}\n${built.stderr}`;
}
