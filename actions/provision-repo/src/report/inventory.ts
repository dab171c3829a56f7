import {
  DescribeRepositoriesCommand,
  GetRegistryScanningConfigurationCommand,
  ListTagsForResourceCommand,
  type ECRClient,
  type ImageDetail,
} from '@aws-sdk/client-ecr';
import type { Inspector2Client } from '@aws-sdk/client-inspector2';
import type { S3Client } from '@aws-sdk/client-s3';
import pLimit from 'p-limit';
import type { ReferrerRegistry } from '../../../../shared/src/oci/referrers';
import { MEDIA_TYPES, type ImageIndex, type ImageManifest } from '../../../../shared/src/oci/types';
import {
  managedRepositories,
  packagePrefix,
  repositoryName,
  type ManagedRepository,
} from '../../../../shared/src/policy';
import type { Policy } from '../../../../shared/src/policy/schema';
import type { AwsCall } from '../provision/aws-calls';
import { ConfigurationError, errorMessage } from '../../../../shared/src/runtime/errors';
import type { Logger } from '../../../../shared/src/runtime/logger';
import { utcDate } from '../../../../shared/src/scan/gate';
import { judgeScan } from '../../../../shared/src/scan/verdict';
import { formatUsd, monthlyCost } from './cost';
import { chooseDeployable } from './deployable';
import {
  batchGetManifests,
  describeAllImages,
  indexPlatforms,
  isAttachment,
  isIndexType,
  platformName,
} from './images';
import { previewLifecycle } from './lifecycle-preview';
import { readScanState, summaryCounts, type ScanReaders } from './scan-state';
import { listStore, readPackages } from './packages';
import { releaseTagsOf, type TagTarget } from './release-tags';
import { unknownSignature, type SignatureVerifier } from './signatures';
import type {
  DeployableChoice,
  ImageScan,
  InventoryImage,
  InventoryProblem,
  ImageProvenance,
  InventoryReport,
  PackageStoreInventory,
  RepositoryInventory,
} from './types';
import { awsErrorName } from '../../../../shared/src/aws/errors';

export interface InventoryClients {
  ecr: ECRClient;
  /** Amazon Inspector, read when the policy's scan source is (or resolves to) inspector. */
  inspector?: () => Inspector2Client;
  /** Without it the package store is not listed. */
  s3?: S3Client;
}

/** The registry that holds the images: signatures are verified and platforms read through it. */
export interface InventoryRegistry {
  client: ReferrerRegistry;
  verifier: SignatureVerifier;
  /** host[:port], for the log. */
  host: string;
}

export interface InventoryOptions {
  scope?: { service?: string; environment?: string };
  logger: Logger;
  call: AwsCall;
  /** Opens the registry; when absent or when it fails, signatures are "unknown" and platforms come from ECR. */
  openRegistry?: () => Promise<InventoryRegistry>;
  sleep?: (ms: number) => Promise<void>;
  now?: () => Date;
  /** Repositories read at once, and images checked at once within one. */
  concurrency?: number;
  lifecyclePreview?: { timeoutMs?: number; pollMs?: number };
  /** Keys per ListObjectsV2 page (S3's maximum, 1000, by default). */
  listPageSize?: number;
}

const DEFAULT_PREVIEW_TIMEOUT_MS = 120_000;
const DEFAULT_PREVIEW_POLL_MS = 3_000;

/** The repositories of the policy that the scope selects, after checking the scope names exist in the policy. */
export function repositoriesInScope(
  policy: Policy,
  scope: { service?: string; environment?: string },
): ManagedRepository[] {
  const { services, environments, layout } = policy.registry;
  if (scope.service && services.length > 0 && !services.includes(scope.service)) {
    throw new ConfigurationError(
      `Input 'service' is '${scope.service}', which is not in the policy's registry.services (${services.join(', ') || 'none'}); use one of them or add it to the policy.`,
    );
  }
  if (scope.environment && layout === 'per-environment' && !environments.includes(scope.environment)) {
    throw new ConfigurationError(
      `Input 'environment' is '${scope.environment}', which is not in the policy's registry.environments (${environments.join(', ')}); use one of them.`,
    );
  }
  return managedRepositories(policy).filter((r) => {
    if (scope.service) {
      if (r.kind === 'mirror') return false;
      if (r.service !== undefined && r.service !== scope.service) return false;
    }
    if (scope.environment && r.environment !== undefined && r.environment !== scope.environment) return false;
    return true;
  });
}

/** The services whose release tags a repository holds: its own, or every service of a single shared repository. */
function tagTargets(policy: Policy, repo: ManagedRepository, environment: string | undefined): TagTarget[] {
  if (repo.kind !== 'service') return [];
  const services = repo.service ? [repo.service] : policy.registry.services;
  return services.map((service) => ({ service, environment: repo.environment ?? environment }));
}

/** Tag keys the repository must carry (requiredTagKeys and every resourceTags key) that it lacks or holds otherwise. */
export function tagProblems(policy: Policy, tags: Record<string, string>): string[] {
  const out: string[] = [];
  const keys = [...new Set([...policy.requiredTagKeys, ...Object.keys(policy.resourceTags)])];
  for (const key of keys) {
    const want = policy.resourceTags[key];
    if (!(key in tags)) out.push(`${key} missing`);
    else if (want !== undefined && tags[key] !== want) out.push(`${key} is "${tags[key]}", the policy says "${want}"`);
  }
  return out;
}

/** BASIC or ENHANCED: which scanner auto reads, as scan-gate decides it. */
async function registryScanType(ecr: ECRClient, call: AwsCall): Promise<'BASIC' | 'ENHANCED'> {
  const out = await call('GetRegistryScanningConfiguration', () =>
    ecr.send(new GetRegistryScanningConfigurationCommand({})),
  );
  return out.scanningConfiguration?.scanType === 'ENHANCED' ? 'ENHANCED' : 'BASIC';
}

/** The image's scan under the policy's gate: the same source and the same verdict function as scan-gate. */
async function inventoryScan(ctx: RepositoryContext, repository: string, detail: ImageDetail): Promise<ImageScan> {
  const status = detail.imageScanStatus?.status ?? 'NONE';
  const state = await readScanState(ctx.readers, ctx.policy, repository, detail);
  const verdict = judgeScan(state, ctx.policy.scan, ctx.today);
  return { status, verdict: verdict.verdict, counts: summaryCounts(detail), detail: verdict.detail };
}

/** The platforms of one manifest through the registry: an index lists them, an image's config names its own. */
async function registryPlatforms(client: ReferrerRegistry, repository: string, digest: string): Promise<string[]> {
  const stored = await client.getManifest(repository, digest);
  if (!stored) return [];
  const doc = JSON.parse(stored.bytes.toString('utf8')) as ImageIndex & ImageManifest;
  if (isIndexType(stored.mediaType) || Array.isArray(doc.manifests)) return indexPlatforms(doc);
  const config = doc.config;
  if (!config || (config.mediaType !== MEDIA_TYPES.ociConfig && config.mediaType !== MEDIA_TYPES.dockerConfig)) {
    return [];
  }
  const parsed = JSON.parse((await client.getBlob(repository, config.digest)).toString('utf8')) as {
    os?: string;
    architecture?: string;
    variant?: string;
  };
  return parsed.os && parsed.architecture
    ? [platformName({ os: parsed.os, architecture: parsed.architecture, variant: parsed.variant })]
    : [];
}

interface RepositoryContext {
  policy: Policy;
  ecr: ECRClient;
  readers: ScanReaders;
  options: InventoryOptions;
  registry: InventoryRegistry | undefined;
  registryProblem: string | undefined;
  today: string;
  problems: InventoryProblem[];
}

type RepositoryBase = Pick<RepositoryInventory, 'name' | 'kind' | 'service' | 'environment'>;

/** What the images of one repository are read against: its index manifests and the lifecycle preview. */
interface RepositoryImages {
  repo: ManagedRepository;
  indexManifests: Map<string, string>;
  /** Each index's platform images, by the index's digest. */
  children: Map<string, string[]>;
  sizeOf: Map<string | undefined, number>;
  expiring: Map<string, number | undefined>;
  targets: ReturnType<typeof tagTargets>;
}

async function inventoryRepository(ctx: RepositoryContext, repo: ManagedRepository): Promise<RepositoryInventory> {
  const { policy, ecr, options } = ctx;
  const { call } = options;
  const base: RepositoryBase = {
    name: repo.name,
    kind: repo.kind,
    ...(repo.service ? { service: repo.service } : {}),
    ...(repo.environment ? { environment: repo.environment } : {}),
  };
  const described = await describeRepository(ctx, repo);
  if (!described) return missingRepository(base);
  const info = described.repositories?.[0];
  const missingTags = await checkRepositoryTags(ctx, repo, info?.repositoryArn);

  const details = await describeAllImages(ecr, repo.name, call);
  const attachments = details.filter(isAttachment);
  // An index's manifest (read through ECR's API) names its platforms and the platform images it holds.
  const indexManifests = await batchGetManifests(
    ecr,
    repo.name,
    details
      .filter((d) => !isAttachment(d) && isIndexType(d.imageManifestMediaType))
      .map((d) => d.imageDigest as string),
    call,
  );
  const children = indexChildren(indexManifests);
  const childDigests = new Set([...children.values()].flat());
  // The platform images of an index are listed by ECR too; they are part of their index, not images of their own.
  const primary = details.filter((d) => !isAttachment(d) && !childDigests.has(d.imageDigest as string));
  const lifecycle = await repositoryLifecycle(ctx, repo);
  const view: RepositoryImages = {
    repo,
    indexManifests,
    children,
    sizeOf: new Map(details.map((d) => [d.imageDigest, d.imageSizeInBytes ?? 0])),
    expiring: new Map(lifecycle.expiring.map((e) => [e.digest, e.rulePriority])),
    targets: tagTargets(policy, repo, options.scope?.environment),
  };
  const limit = pLimit(options.concurrency ?? 8);
  const images = await Promise.all(primary.map((d) => limit(() => inventoryImage(ctx, view, d))));
  images.sort((a, b) => (b.pushedAt ?? '').localeCompare(a.pushedAt ?? '') || a.digest.localeCompare(b.digest));
  reportImageProblems(ctx, repo, images);
  reportExpiring(ctx, repo, images, lifecycle.expiring.length);

  const attachmentBytes = attachments.reduce((n, d) => n + (d.imageSizeInBytes ?? 0), 0);
  const storageBytes = details.reduce((n, d) => n + (d.imageSizeInBytes ?? 0), 0);
  return {
    ...base,
    exists: true,
    uri: info?.repositoryUri,
    tagProblems: missingTags,
    images,
    attachments: { count: attachments.length, sizeBytes: attachmentBytes },
    lifecycle,
    storageBytes,
    monthlyCostUsd: monthlyCost(storageBytes, policy.pricing.ecrGbMonth),
  };
}

/** The repository as ECR describes it, or undefined (and a problem) when it does not exist. */
async function describeRepository(ctx: RepositoryContext, repo: ManagedRepository) {
  try {
    return await ctx.options.call(`DescribeRepositories ${repo.name}`, () =>
      ctx.ecr.send(new DescribeRepositoriesCommand({ repositoryNames: [repo.name] })),
    );
  } catch (err) {
    if (awsErrorName(err) !== 'RepositoryNotFoundException') throw err;
    ctx.problems.push({
      kind: 'missing-repository',
      repository: repo.name,
      message: `The repository ${repo.name} does not exist; run provision-repo with mode apply.`,
    });
    return undefined;
  }
}

function missingRepository(base: RepositoryBase): RepositoryInventory {
  return {
    ...base,
    exists: false,
    tagProblems: [],
    images: [],
    attachments: { count: 0, sizeBytes: 0 },
    lifecycle: { status: 'no-policy', detail: 'The repository does not exist.', expiring: [] },
    storageBytes: 0,
    monthlyCostUsd: 0,
  };
}

/** The required resource tags the repository lacks (each also reported as a problem). */
async function checkRepositoryTags(
  ctx: RepositoryContext,
  repo: ManagedRepository,
  arn: string | undefined,
): Promise<string[]> {
  const tags: Record<string, string> = {};
  if (arn) {
    const listed = await ctx.options.call(`ListTagsForResource ${repo.name}`, () =>
      ctx.ecr.send(new ListTagsForResourceCommand({ resourceArn: arn })),
    );
    for (const t of listed.tags ?? []) if (t.Key) tags[t.Key] = t.Value ?? '';
  }
  const missingTags = tagProblems(ctx.policy, tags);
  if (missingTags.length) {
    ctx.problems.push({
      kind: 'missing-tags',
      repository: repo.name,
      message: `${repo.name} lacks required resource tags: ${missingTags.join('; ')}. Run provision-repo with mode apply.`,
    });
  }
  return missingTags;
}

function indexChildren(indexManifests: Map<string, string>): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const [digest, body] of indexManifests) {
    const index = JSON.parse(body) as ImageIndex;
    children.set(
      digest,
      (index.manifests ?? []).map((m) => m.digest),
    );
  }
  return children;
}

/** What the lifecycle policy would expire; a preview that could not run is a problem. */
async function repositoryLifecycle(ctx: RepositoryContext, repo: ManagedRepository) {
  const { options } = ctx;
  const lifecycle = await previewLifecycle(ctx.ecr, repo.name, {
    call: options.call,
    sleep: options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
    timeoutMs: options.lifecyclePreview?.timeoutMs ?? DEFAULT_PREVIEW_TIMEOUT_MS,
    pollMs: options.lifecyclePreview?.pollMs ?? DEFAULT_PREVIEW_POLL_MS,
  });
  if (lifecycle.status === 'failed' || lifecycle.status === 'timed-out' || lifecycle.status === 'not-permitted') {
    ctx.problems.push({
      kind: 'lifecycle-preview',
      repository: repo.name,
      message: `${repo.name}: ${lifecycle.detail}`,
    });
  }
  return lifecycle;
}

/** The image's provenance under the policy's rules, or unknown when no registry can be read. */
async function inventoryProvenance(
  ctx: RepositoryContext,
  repository: string,
  digest: string,
): Promise<ImageProvenance> {
  const check = ctx.registry?.verifier.provenance;
  if (!check) return { status: 'unknown', detail: ctx.registryProblem ?? 'no registry to read provenance from' };
  return check(repository, digest);
}

/** One image: its platforms, size (an index counts its platform images), signature, scan and release tags. */
async function inventoryImage(ctx: RepositoryContext, view: RepositoryImages, d: ImageDetail): Promise<InventoryImage> {
  const { repo, children, sizeOf, expiring } = view;
  const digest = d.imageDigest as string;
  const mediaType = d.imageManifestMediaType ?? 'unknown';
  const indexBody = view.indexManifests.get(digest);
  let platforms: string[] = indexBody ? indexPlatforms(JSON.parse(indexBody) as ImageIndex) : [];
  if (!indexBody && ctx.registry) {
    try {
      platforms = await registryPlatforms(ctx.registry.client, repo.name, digest);
    } catch (err) {
      ctx.options.logger.debug(`${repo.name}@${digest}: platforms not read: ${errorMessage(err)}`);
    }
  }
  const signature = ctx.registry
    ? await ctx.registry.verifier.verify(repo.name, digest)
    : unknownSignature(ctx.registryProblem ?? 'no registry to read signatures from');
  const provenance = ctx.policy.provenance.required ? await inventoryProvenance(ctx, repo.name, digest) : undefined;
  const scan = await inventoryScan(ctx, repo.name, d);
  const tagsOf = d.imageTags ?? [];
  const rule = expiring.get(digest);
  return {
    digest,
    tags: tagsOf,
    mediaType,
    ...(d.artifactMediaType ? { artifactMediaType: d.artifactMediaType } : {}),
    platforms,
    pushedAt: d.imagePushedAt?.toISOString(),
    lastPulledAt: d.lastRecordedPullTime?.toISOString(),
    sizeBytes: (d.imageSizeInBytes ?? 0) + (children.get(digest) ?? []).reduce((n, c) => n + (sizeOf.get(c) ?? 0), 0),
    signature,
    ...(provenance ? { provenance } : {}),
    scan,
    releaseTags: releaseTagsOf(ctx.policy, tagsOf, view.targets),
    ...(expiring.has(digest) ? { expiresByRule: rule } : {}),
  };
}

/** Images unsigned where the policy expects signatures, signed by no one it trusts, or failing the scan policy. */
function reportImageProblems(ctx: RepositoryContext, repo: ManagedRepository, images: InventoryImage[]): void {
  const expectsSignatures = ctx.policy.signing.required || ctx.policy.signing.method !== 'none';
  for (const image of images) {
    const name = `${repo.name}@${image.digest.slice(0, 19)}…${image.tags.length ? ` (${image.tags.join(', ')})` : ''}`;
    if (expectsSignatures && image.signature.status === 'unsigned') {
      ctx.problems.push({
        kind: 'unsigned',
        repository: repo.name,
        digest: image.digest,
        message: `${name} is not signed.`,
      });
    } else if (image.signature.status === 'untrusted') {
      ctx.problems.push({
        kind: 'untrusted-signature',
        repository: repo.name,
        digest: image.digest,
        message: `${name} carries no signature the policy trusts: ${image.signature.detail}.`,
      });
    }
    if (image.scan.verdict === 'failed') {
      ctx.problems.push({
        kind: 'scan-failed',
        repository: repo.name,
        digest: image.digest,
        message: `${name} fails the scan policy: ${image.scan.detail}.`,
      });
    }
  }
}

/** The lifecycle policy's next run expires images: say how many, naming the first tagged ones. */
function reportExpiring(
  ctx: RepositoryContext,
  repo: ManagedRepository,
  images: InventoryImage[],
  expiringCount: number,
): void {
  if (expiringCount === 0) return;
  const tagged = images.filter((i) => i.expiresByRule !== undefined && i.tags.length > 0);
  const named = tagged.slice(0, 5).map((i) => i.tags.join('/'));
  ctx.problems.push({
    kind: 'expiring',
    repository: repo.name,
    message: `${repo.name}: the lifecycle policy expires ${expiringCount} image(s) at its next run${
      named.length ? `, among them the tagged ${named.join(', ')}${tagged.length > named.length ? ', ...' : ''}` : ''
    }.`,
  });
}

async function inventoryPackages(
  policy: Policy,
  s3: S3Client | undefined,
  call: AwsCall,
  problems: InventoryProblem[],
  listPageSize?: number,
): Promise<PackageStoreInventory> {
  const prefix = packagePrefix(policy);
  const bucket = policy.packages.bucket;
  const empty = { prefix, objects: 0, packages: [], storageBytes: 0, monthlyCostUsd: 0 };
  if (!bucket) return { ...empty, listed: false, detail: 'The policy has no packages.bucket.' };
  if (!s3)
    return { ...empty, bucket, listed: false, detail: 'No S3 client was given: the package store was not read.' };
  let objects;
  try {
    objects = await listStore(s3, bucket, prefix, call, listPageSize);
  } catch (err) {
    const detail = `s3://${bucket}/${prefix}/ could not be listed (${awsErrorName(err) || 'error'}): ${errorMessage(err)}`;
    problems.push({ kind: 'package-store', message: detail });
    return { ...empty, bucket, listed: false, detail };
  }
  const read = await readPackages(s3, bucket, prefix, objects, call);
  problems.push(...read.problems);
  const storageBytes = objects.reduce((n, o) => n + o.size, 0);
  return {
    bucket,
    prefix,
    listed: true,
    detail: `${objects.length} object(s) under s3://${bucket}/${prefix}/`,
    objects: objects.length,
    packages: read.packages,
    storageBytes,
    monthlyCostUsd: monthlyCost(storageBytes, policy.pricing.s3GbMonth),
  };
}

function deployableChoice(
  policy: Policy,
  repositories: RepositoryInventory[],
  service: string,
  environment: string | undefined,
): DeployableChoice {
  const name = repositoryName(policy, { service, environment });
  const repo = repositories.find((r) => r.name === name);
  const target = environment ? `${service} (${environment})` : service;
  if (!repo?.exists) {
    return {
      service,
      ...(environment ? { environment } : {}),
      repository: name,
      skipped: [],
      message: `No image of ${target} is deployable: the repository ${name} does not exist.`,
    };
  }
  // A shared repository holds every service's images: only this service's release tags count.
  const images = repo.images.map((i) => ({
    ...i,
    releaseTags: releaseTagsOf(policy, i.tags, [{ service, environment }]),
  }));
  const result = chooseDeployable(images);
  const base = { service, ...(environment ? { environment } : {}), repository: name, skipped: result.skipped };
  if (!result.chosen) {
    const why =
      result.candidates === 0
        ? `no image carries a release tag of ${service} (template "${policy.tags.release}")`
        : `none of the ${result.candidates} release image(s) is both signed and passing the scan policy`;
    return { ...base, message: `No image of ${target} is deployable: ${why}.` };
  }
  const chosen = result.chosen;
  const reference = `${repo.uri ?? name}@${chosen.digest}`;
  return {
    ...base,
    reference,
    digest: chosen.digest,
    tags: chosen.tags,
    message: `${target} deploys ${chosen.releaseTags.join(', ')} (${reference})${
      result.skipped.length ? `; ${result.skipped.length} newer release image(s) passed over` : ''
    }.`,
  };
}

const PROBLEM_ORDER: InventoryProblem['kind'][] = [
  'unsigned',
  'untrusted-signature',
  'scan-failed',
  'expiring',
  'missing-tags',
  'missing-repository',
  'registry',
  'lifecycle-preview',
  'package-store',
  'package-index',
];

/** The registry signatures and platforms are read from; when it cannot be opened, that is a problem, not an error. */
async function openInventoryRegistry(
  options: InventoryOptions,
  problems: InventoryProblem[],
): Promise<{ registry?: InventoryRegistry; registryProblem?: string }> {
  let registry: InventoryRegistry | undefined;
  let registryProblem: string | undefined;
  if (options.openRegistry) {
    try {
      registry = await options.openRegistry();
      options.logger.info(`Reading signatures and platforms from ${registry.host}.`);
    } catch (err) {
      registryProblem = `the registry could not be opened: ${errorMessage(err)}`;
    }
  } else {
    registryProblem = 'no registry to read signatures from';
  }
  if (registryProblem) {
    problems.push({
      kind: 'registry',
      message: `Signatures are unknown and platforms of single images unread: ${registryProblem}.`,
    });
  }
  return { registry, registryProblem };
}

function inventoryTotals(
  repositories: RepositoryInventory[],
  packages: PackageStoreInventory,
): InventoryReport['totals'] {
  return {
    imageBytes: repositories.reduce((n, r) => n + r.storageBytes, 0),
    packageBytes: packages.storageBytes,
    monthlyCostUsd:
      Math.round((repositories.reduce((n, r) => n + r.monthlyCostUsd, 0) + packages.monthlyCostUsd) * 10000) / 10000,
    images: repositories.reduce((n, r) => n + r.images.length, 0),
    packages: packages.packages.length,
  };
}

/**
 * The inventory of a system (or one service or environment of it): read-only, from ECR, the registry and S3.
 * Whatever cannot be read is reported as such; only a mistake in the scope is an error.
 */
export async function buildInventory(
  policy: Policy,
  clients: InventoryClients,
  options: InventoryOptions,
): Promise<InventoryReport> {
  const scope = options.scope ?? {};
  const now = options.now?.() ?? new Date();
  const repos = repositoriesInScope(policy, scope);
  // The deployable choice needs the service's repository: a missing environment fails before anything is read.
  if (scope.service) repositoryName(policy, { service: scope.service, environment: scope.environment });
  const problems: InventoryProblem[] = [];

  const { registry, registryProblem } = await openInventoryRegistry(options, problems);

  let scanType: Promise<'BASIC' | 'ENHANCED'> | undefined;
  const ctx: RepositoryContext = {
    policy,
    ecr: clients.ecr,
    readers: {
      ecr: clients.ecr,
      inspector: clients.inspector,
      call: options.call,
      logger: options.logger,
      scanType: () => (scanType ??= registryScanType(clients.ecr, options.call)),
    },
    options,
    registry,
    registryProblem,
    today: utcDate(now),
    problems,
  };
  const limit = pLimit(Math.max(1, Math.min(options.concurrency ?? 4, 4)));
  const repositories = await Promise.all(repos.map((r) => limit(() => inventoryRepository(ctx, r))));
  const packages = await inventoryPackages(policy, clients.s3, options.call, problems, options.listPageSize);

  const report: InventoryReport = {
    system: policy.system,
    generatedAt: now.toISOString(),
    scope: {
      ...(scope.service ? { service: scope.service } : {}),
      ...(scope.environment ? { environment: scope.environment } : {}),
    },
    pricing: { ecrGbMonth: policy.pricing.ecrGbMonth, s3GbMonth: policy.pricing.s3GbMonth },
    repositories,
    packages,
    totals: inventoryTotals(repositories, packages),
    problems: problems.sort((a, b) => PROBLEM_ORDER.indexOf(a.kind) - PROBLEM_ORDER.indexOf(b.kind)),
  };
  if (scope.service) report.deployable = deployableChoice(policy, repositories, scope.service, scope.environment);
  options.logger.info(
    `${report.totals.images} image(s) in ${repositories.length} repositories, ${report.totals.packages} package(s); about ${formatUsd(report.totals.monthlyCostUsd)} a month; ${problems.length} problem(s).`,
  );
  return report;
}
