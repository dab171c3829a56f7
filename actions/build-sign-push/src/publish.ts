import { join, resolve } from 'node:path';
import {
  buildImage,
  resolveSourceDateEpoch,
  type BuildCacheSpec,
  type Builder,
  type CommandRunner,
} from '../../../shared/src/oci/build';
import { readDockerArchive } from '../../../shared/src/oci/docker-archive';
import { collectImageGraph, platformOfConfig, type ImageGraph } from '../../../shared/src/oci/image';
import { readOciLayout } from '../../../shared/src/oci/layout';
import { readRemoteImage, upstreamClient } from '../../../shared/src/oci/mirror';
import { pushImageGraph, type PushReport } from '../../../shared/src/oci/push';
import { parseImageReference } from '../../../shared/src/oci/reference';
import type { RegistryClientOptions } from '../../../shared/src/oci/registry';
import type { RegistrySession } from '../../../shared/src/oci/session';
import {
  computeImageTags,
  isTagMutable,
  managedRepositories,
  mirrorTarget,
  repositoryName,
  type BuildCacheType,
  type ImageTag,
  type Policy,
} from '../../../shared/src/policy';
import { baseImagesOf, imageDependency, type ResourceDescriptor } from '../../../shared/src/provenance/statement';
import { ConfigurationError } from '../../../shared/src/runtime/errors';
import type { GitContext } from '../../../shared/src/runtime/github-context';
import type { Logger } from '../../../shared/src/runtime/logger';
import { cacheReportOf, type CacheReport } from './build-cache';
import { secretMounts } from './build-secrets';
import { mergedMetadata, ociStandardMetadata, type PayloadRepository } from './image-metadata';
import type { PushInputs } from './inputs';
import { findReusableImage, type ReusableImage, type ReuseCheck } from './rerun';
import { planTags, readTagStates, type PlannedTag } from './tag-plan';
import { writeTag } from './tag-write';

export interface PublishOptions {
  inputs: PushInputs;
  policy: Policy;
  git: GitContext;
  session: RegistrySession;
  logger: Logger;
  /** A scratch directory for builds and converted layers; the caller removes it. */
  workDir: string;
  run: CommandRunner;
  cwd?: string;
  now?: () => number;
  /** Client tuning for the upstream of a mirror (tests inject sleep). */
  upstream?: Partial<Omit<RegistryClientOptions, 'baseUrl' | 'logger'>>;
  /**
   * The re-run check's steps (the signature first; a provenance check can be added): when given, a build whose
   * immutable tags all point at one image already takes that image if every step holds or is missing.
   */
  reuseChecks?: ReuseCheck[];
  /** Refuse an image of which no re-run check verified anything (provenance required: nothing unvouched is attested). */
  reuseRequiresVerified?: boolean;
  /** The layer cache of a build in `repository`: where it lives and the builder's login to it. */
  cacheFor?: (type: BuildCacheType, repository: string) => Promise<BuildCacheSpec | undefined>;
  /** The event payload's repository, for the OCI standard labels. */
  payload?: PayloadRepository;
  /** The step's environment (SOURCE_DATE_EPOCH); the process's when absent. */
  env?: NodeJS.ProcessEnv;
}

export interface PublishResult {
  repository: string;
  repositoryUri: string;
  digest: string;
  imageUri: string;
  mediaType: string;
  tags: PlannedTag[];
  platforms: string[];
  push: PushReport;
  elapsedMs: number;
  dryRun: boolean;
  source: string;
  builder?: Builder;
  /** The layer cache of the build and how many steps came from it. */
  cache?: CacheReport;
  /** Set when a re-run took the image already under its immutable tags instead of building. */
  reused?: ReusableImage;
  /** The base images (or the mirrored upstream) by digest, for the provenance. */
  dependencies?: ResourceDescriptor[];
}

/** The repository and tags of this run: the service's repository and the policy's tags, or a mirror's. */
export function resolveDestination(
  inputs: PushInputs,
  policy: Policy,
  git: GitContext,
): { repository: string; tags: ImageTag[] } {
  if (inputs.source.kind === 'docker') {
    const repository = mirrorTarget(policy, inputs.source.reference);
    if (!repository) {
      throw new ConfigurationError(
        `The policy has no mirror for ${inputs.source.reference}. Add it to registry.mirrors (source: ${inputs.source.reference.replace(/[:@].*$/, '')}, target: thirdparty/<name>) to copy it into the registry.`,
      );
    }
    // A mirror keeps the upstream's own tag (redis:7 -> thirdparty/redis:7), not the service tag convention.
    const upstreamTag = parseImageReference(inputs.source.reference).tag;
    const names = [...(upstreamTag ? [upstreamTag] : []), ...inputs.extraTags];
    const tags = [...new Set(names)].map((tag): ImageTag => ({
      tag,
      kind: tag === upstreamTag ? 'release' : 'extra',
      mutable: isTagMutable(policy, tag),
    }));
    return { repository, tags };
  }
  const target = { service: inputs.service, environment: inputs.environment };
  return {
    repository: repositoryName(policy, target),
    tags: computeImageTags(policy, git, { ...target, extra: inputs.extraTags }),
  };
}

/** Sibling repositories of the same system, whose blobs can be mounted instead of uploaded. */
function siblingRepositories(policy: Policy, repository: string): string[] {
  try {
    return managedRepositories(policy)
      .filter((r) => r.kind === 'service' && r.name !== repository)
      .map((r) => r.name)
      .slice(0, 5);
  } catch {
    return [];
  }
}

type LoadedImage = { graph: ImageGraph; builder?: Builder; cache?: CacheReport };

async function loadImage(options: PublishOptions, repository: string): Promise<LoadedImage> {
  const { inputs, logger, workDir } = options;
  const source = inputs.source;
  switch (source.kind) {
    case 'oci':
      return { graph: await readOciLayout(source.dir, source.ref) };
    case 'docker-archive':
      return { graph: await readDockerArchive(source.file, workDir, source.ref) };
    case 'docker': {
      const ref = parseImageReference(source.reference);
      return { graph: await readRemoteImage(upstreamClient(ref, logger, options.upstream), source.reference) };
    }
    case 'build':
      return buildFromContext(options, repository);
  }
}

/** What the image was made from: the mirrored upstream, or the base images the build recorded. */
function dependenciesOf(inputs: PushInputs, graph: ImageGraph): ResourceDescriptor[] {
  if (inputs.source.kind === 'docker') return [imageDependency(inputs.source.reference, graph.top.digest)];
  return baseImagesOf([graph.top, ...graph.children]);
}

/**
 * Builds the context: the OCI standard labels and annotations (created at the reproducible build time) under the
 * inputs' own, the secrets as mounts whose files are removed right after the build, the layer cache when one is set.
 */
async function buildFromContext(options: PublishOptions, repository: string): Promise<LoadedImage> {
  const { inputs, policy, workDir } = options;
  const cwd = options.cwd ?? process.cwd();
  const context = resolve(cwd, inputs.context);
  const sourceDateEpoch = await resolveSourceDateEpoch(options.env ?? process.env, context, options.run);
  const standard = ociStandardMetadata(options.git, options.payload, sourceDateEpoch);
  const cacheType = inputs.cache ?? policy.registry.buildCache.type;
  const cache = cacheType === 'none' ? undefined : await options.cacheFor?.(cacheType, repository);
  const secrets = secretMounts(inputs.secrets ?? [], join(workDir, 'secrets'), cwd);
  try {
    const built = await buildImage(
      {
        context: inputs.context,
        dockerfile: inputs.dockerfile,
        buildArgs: inputs.buildArgs,
        target: inputs.target,
        platforms: inputs.platforms,
        sourceDateEpoch,
        cache,
        secrets: secrets.mounts,
        labels: mergedMetadata(standard, inputs.labels ?? {}),
        annotations: mergedMetadata(standard, inputs.annotations ?? {}),
      },
      { workDir, logger: options.logger, run: options.run, cwd: options.cwd },
    );
    const report = cacheReportOf(cacheType, cache, cache ? built.cacheUse : undefined);
    if (cache) options.logger.info(`Build cache (${cacheType}): ${cacheSentence(report)}`);
    return { graph: await readOciLayout(built.layoutDir), builder: built.builder, cache: report };
  } finally {
    secrets.cleanup();
  }
}

/** "3 of 4 build steps came from the cache in <where>". */
export function cacheSentence(report: CacheReport): string {
  const where = report.location ? ` (${report.location})` : '';
  if (!report.use) return `none${where}`;
  return `${report.use.cached} of ${report.use.steps} build steps came from the cache${where}.`;
}

/** The image already under the run's tags, read from the registry as a graph (its blobs are not fetched). */
async function storedImage(options: PublishOptions, repository: string, digest: string): Promise<ImageGraph> {
  const { client } = options.session;
  const top = await client.getManifest(repository, digest);
  if (!top) throw new Error(`${repository}@${digest} vanished while the re-run checked it.`);
  return collectImageGraph({
    top,
    source: `${options.session.host}/${repository}@${digest} (already pushed)`,
    load: async (d) => {
      const child = await client.getManifest(repository, d.digest);
      if (!child) throw new Error(`${repository}@${digest} names ${d.digest}, which is missing.`);
      return child;
    },
    bodyOf: (d) => () => client.blobStream(repository, d.digest),
    platformOf: async (config) => platformOfConfig(await client.getBlob(repository, config.digest)),
  });
}

/** A build whose immutable tags already hold a verified image of an earlier run takes that image. */
async function reusableImage(
  options: PublishOptions,
  repository: string,
  tags: ImageTag[],
): Promise<(LoadedImage & { reused: ReusableImage }) | undefined> {
  if (options.inputs.source.kind !== 'build' || !options.reuseChecks) return undefined;
  const { client } = options.session;
  const reused = await findReusableImage(client, repository, tags, options.reuseChecks, options.logger, {
    requireVerified: options.reuseRequiresVerified,
  });
  if (!reused) return undefined;
  const checks = reused.verdicts.map((v) => `${v.name}: ${v.verdict.status} (${v.verdict.detail})`).join('; ');
  options.logger.info(
    `No build: every immutable tag of this run (${reused.tags.join(', ')}) already points at ${reused.digest}, an earlier run's image; it is adopted as this run's result. ${checks}.`,
  );
  return { graph: await storedImage(options, repository, reused.digest), reused };
}

/**
 * Takes the image from its source and puts it into the registry: every tag is checked first (nothing is
 * written when one immutable tag points elsewhere), then the image goes up by digest, then the tags.
 */
export async function publishImage(options: PublishOptions): Promise<PublishResult> {
  const { inputs, policy, git, session, logger } = options;
  const now = options.now ?? Date.now;
  const started = now();
  const { repository, tags } = resolveDestination(inputs, policy, git);
  const { client, host } = session;
  logger.info(`Repository: ${host}/${repository}`);

  const reuse = await reusableImage(options, repository, tags);
  const { graph, builder, cache } = reuse ?? (await loadImage(options, repository));
  const digest = graph.top.digest;
  logger.info(
    `Image ${graph.source}: ${digest} (${graph.blobs.length} blobs, ${graph.platforms.join(', ') || 'platform unknown'})`,
  );

  const planned = planTags(await readTagStates(client, repository, tags), digest, policy, repository);
  const push = await pushImageGraph(client, repository, graph, {
    logger,
    mountFrom: siblingRepositories(policy, repository),
    dryRun: inputs.dryRun,
  });
  if (inputs.dryRun) {
    const missing = push.blobs.filter((b) => b.result === 'would-upload');
    const bytes = missing.reduce((n, b) => n + b.size, 0);
    logger.info(
      `Would upload ${missing.length} of ${push.blobs.length} blobs (${bytes} bytes) to ${host}/${repository}; the others are there already.`,
    );
  }
  for (const tag of planned) {
    if (tag.action === 'unchanged') {
      logger.info(`Tag ${tag.tag} already points at ${digest}; left as it is.`);
      continue;
    }
    if (inputs.dryRun) {
      logger.info(
        `Would ${tag.action === 'moved' ? `move tag ${tag.tag} from ${tag.previous}` : `write tag ${tag.tag}`}.`,
      );
      continue;
    }
    await writeTag(client, repository, tag, graph.top, session.ecr);
    logger.info(tag.action === 'moved' ? `Moved tag ${tag.tag} from ${tag.previous}.` : `Tagged ${tag.tag}.`);
  }
  const repositoryUri = `${host}/${repository}`;
  return {
    repository,
    repositoryUri,
    digest,
    imageUri: `${repositoryUri}@${digest}`,
    mediaType: graph.top.mediaType,
    tags: planned,
    platforms: graph.platforms,
    push,
    elapsedMs: now() - started,
    dryRun: inputs.dryRun,
    source: graph.source,
    builder,
    cache,
    reused: reuse?.reused,
    dependencies: dependenciesOf(inputs, graph),
  };
}
