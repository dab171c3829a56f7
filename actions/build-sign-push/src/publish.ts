import { buildImage, type Builder, type CommandRunner } from '../../../shared/src/oci/build';
import { readDockerArchive } from '../../../shared/src/oci/docker-archive';
import type { ImageGraph } from '../../../shared/src/oci/image';
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
  type ImageTag,
  type Policy,
} from '../../../shared/src/policy';
import { ConfigurationError } from '../../../shared/src/runtime/errors';
import type { GitContext } from '../../../shared/src/runtime/github-context';
import type { Logger } from '../../../shared/src/runtime/logger';
import type { PushInputs } from './inputs';
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

async function loadImage(options: PublishOptions): Promise<{ graph: ImageGraph; builder?: Builder }> {
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
    case 'build': {
      const built = await buildImage(
        {
          context: inputs.context,
          dockerfile: inputs.dockerfile,
          buildArgs: inputs.buildArgs,
          target: inputs.target,
          platforms: inputs.platforms,
        },
        { workDir, logger, run: options.run, cwd: options.cwd },
      );
      return { graph: await readOciLayout(built.layoutDir), builder: built.builder };
    }
  }
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

  const { graph, builder } = await loadImage(options);
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
  };
}
