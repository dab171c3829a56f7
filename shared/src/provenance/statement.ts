import { createHash } from 'node:crypto';
import { parseImageReference } from '../oci/reference';
import type { Manifest, StoredManifest } from '../oci/types';
import { IN_TOTO_STATEMENT_V1, type InTotoStatement } from '../signing/payloads';

/**
 * SLSA v1 provenance of an image, modelled on GitHub's own workflow build type (what actions/attest-build-provenance
 * writes), with the action's inputs added to the external parameters: secrets never among them.
 */

export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** The build type of build-sign-push: GitHub's workflow build type, plus `inputs` (the action's, without secrets). */
export const BUILD_SIGN_PUSH_BUILD_TYPE = 'https://github.com/org/artifacts/blob/main/docs/provenance.md#build-type-v1';

/** An SLSA ResourceDescriptor: what a dependency is (uri, name) and its digest. */
export interface ResourceDescriptor {
  uri?: string;
  name?: string;
  digest?: Record<string, string>;
  annotations?: Record<string, string>;
}

export interface ProvenancePredicate {
  buildDefinition: {
    buildType: string;
    externalParameters: {
      workflow: { ref: string; repository: string; path: string };
      inputs: Record<string, string>;
    };
    internalParameters: {
      github: Record<string, string>;
      image: { source: string; builder?: string; adopted?: AdoptedImage };
    };
    resolvedDependencies: ResourceDescriptor[];
  };
  runDetails: {
    builder: { id: string };
    metadata: { invocationId: string; startedOn?: string };
  };
}

export interface ProvenanceStatement extends InTotoStatement {
  predicateType: typeof SLSA_PROVENANCE_V1;
  predicate: ProvenancePredicate & Record<string, unknown>;
}

/** The GitHub run, as the runner's environment describes it. */
export interface ProvenanceRun {
  serverUrl: string;
  repository: string;
  /** The ref that was built (GITHUB_REF). */
  ref: string;
  sha: string;
  /** owner/repo/.github/workflows/x.yml@ref: the builder (GITHUB_WORKFLOW_REF, or the job's reusable workflow). */
  workflowRef: string;
  eventName: string;
  runId: string;
  runAttempt: string;
  repositoryId?: string;
  repositoryOwnerId?: string;
  runnerEnvironment?: string;
  /** ISO time the run (or this step) started. */
  startedOn?: string;
}

/**
 * An image this run did not build: a re-run found it under every immutable tag it would write and took it (see
 * build-sign-push's "no rebuild on a re-run"). The statement says so, rather than claim a build in this run.
 */
export interface AdoptedImage {
  /** The immutable tags that already pointed at the image. */
  tags: string[];
  /** What the re-run check found of each part, such as `{signature: 'verified'}`. */
  checks: Record<string, string>;
}

/** What was pushed, and from what. */
export interface ProvenanceSubject {
  /** registry/repository, no tag. */
  name: string;
  digest: string;
  /** build, oci, docker-archive, docker (a mirror). */
  source: string;
  builder?: string;
  /** The base images (or the mirrored upstream) by digest. */
  dependencies: ResourceDescriptor[];
  /** The action's inputs that are recorded (already without secrets). */
  inputs: Record<string, string>;
  /** Set when the image was adopted by a re-run, not built by this run (then there is no builder). */
  adopted?: AdoptedImage;
}

/** The run from the runner's environment; a ConfigurationError-free best effort outside GitHub (local runs). */
export function provenanceRunFromEnv(env: NodeJS.ProcessEnv, jobWorkflowRef?: string): ProvenanceRun {
  const repository = env.GITHUB_REPOSITORY ?? '';
  return {
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    repository,
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    workflowRef: jobWorkflowRef || env.GITHUB_WORKFLOW_REF || '',
    eventName: env.GITHUB_EVENT_NAME ?? '',
    runId: env.GITHUB_RUN_ID ?? '',
    runAttempt: env.GITHUB_RUN_ATTEMPT || '1',
    repositoryId: env.GITHUB_REPOSITORY_ID,
    repositoryOwnerId: env.GITHUB_REPOSITORY_OWNER_ID,
    runnerEnvironment: env.RUNNER_ENVIRONMENT,
  };
}

/** `owner/repo/.github/workflows/x.yml@refs/heads/main` split into the path in its repository and the ref. */
export function splitWorkflowRef(workflowRef: string, repository: string): { path: string; ref: string } {
  const at = workflowRef.indexOf('@');
  const file = at < 0 ? workflowRef : workflowRef.slice(0, at);
  const ref = at < 0 ? '' : workflowRef.slice(at + 1);
  const path = file.startsWith(`${repository}/`)
    ? file.slice(repository.length + 1)
    : file.split('/').slice(2).join('/');
  return { path, ref };
}

function defined(record: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter((e): e is [string, string] => e[1] !== undefined));
}

/** The SLSA v1 provenance statement of one pushed image. */
export function buildProvenanceStatement(run: ProvenanceRun, image: ProvenanceSubject): ProvenanceStatement {
  const workflow = splitWorkflowRef(run.workflowRef, run.repository);
  const source: ResourceDescriptor = {
    uri: `git+${run.serverUrl}/${run.repository}@${run.ref}`,
    digest: { gitCommit: run.sha },
  };
  return {
    _type: IN_TOTO_STATEMENT_V1,
    subject: [{ name: image.name, digest: { sha256: image.digest.replace(/^sha256:/, '') } }],
    predicateType: SLSA_PROVENANCE_V1,
    predicate: {
      buildDefinition: {
        buildType: BUILD_SIGN_PUSH_BUILD_TYPE,
        externalParameters: {
          workflow: {
            ref: workflow.ref || run.ref,
            repository: `${run.serverUrl}/${run.repository}`,
            path: workflow.path,
          },
          inputs: image.inputs,
        },
        internalParameters: {
          github: defined({
            event_name: run.eventName,
            repository_id: run.repositoryId,
            repository_owner_id: run.repositoryOwnerId,
            runner_environment: run.runnerEnvironment,
          }),
          image: {
            source: image.source,
            ...(image.builder ? { builder: image.builder } : {}),
            ...(image.adopted ? { adopted: image.adopted } : {}),
          },
        },
        resolvedDependencies: [source, ...image.dependencies],
      },
      runDetails: {
        builder: { id: `${run.serverUrl}/${run.workflowRef}` },
        metadata: {
          invocationId: `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}/attempts/${run.runAttempt}`,
          ...(run.startedOn ? { startedOn: run.startedOn } : {}),
        },
      },
    },
  };
}

/** JSON with object keys sorted, so that equal documents serialise to equal bytes. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * What makes two provenances "the same" for a re-run: the subject, the build definition and the builder. The run's
 * attempt and start time are left out, so a re-run of a job (a new attempt) whose image is already attested by the
 * same workflow from the same commit, ref and inputs attaches nothing new.
 */
export function provenanceIdentity(statement: InTotoStatement): string {
  const predicate = statement.predicate as Partial<ProvenancePredicate>;
  const key = {
    subject: statement.subject.map((s) => s.digest),
    buildDefinition: predicate.buildDefinition,
    builder: predicate.runDetails?.builder,
  };
  return `sha256:${createHash('sha256').update(canonicalJson(key)).digest('hex')}`;
}

const BASE_NAME = 'org.opencontainers.image.base.name';
const BASE_DIGEST = 'org.opencontainers.image.base.digest';

/** A container image as an SLSA dependency: the package URL BuildKit writes, and its manifest digest. */
export function imageDependency(reference: string, digest: string): ResourceDescriptor {
  const sha256 = { sha256: digest.replace(/^sha256:/, '') };
  try {
    const ref = parseImageReference(reference);
    return {
      uri: `pkg:docker/${ref.registry}/${ref.repository}@${ref.tag ?? digest}`,
      name: reference,
      digest: sha256,
    };
  } catch {
    // A name the build wrote that is not a reference still names the dependency; its digest is what counts.
    return { name: reference, digest: sha256 };
  }
}

/**
 * The base images a build recorded, by digest: the OCI `org.opencontainers.image.base.name`/`.digest` annotations
 * (buildah writes them on every image it builds FROM a base; an index carries one per platform image).
 */
export function baseImagesOf(manifests: StoredManifest[]): ResourceDescriptor[] {
  const found = new Map<string, ResourceDescriptor>();
  for (const stored of manifests) {
    let manifest: Manifest;
    try {
      manifest = JSON.parse(stored.bytes.toString('utf8')) as Manifest;
    } catch {
      continue;
    }
    const name = manifest.annotations?.[BASE_NAME];
    const digest = manifest.annotations?.[BASE_DIGEST];
    if (!digest || !/^sha256:[0-9a-f]{64}$/.test(digest)) continue;
    if (!found.has(digest)) {
      found.set(digest, name ? imageDependency(name, digest) : { digest: { sha256: digest.slice(7) } });
    }
  }
  return [...found.values()];
}

/** An input whose value may be a secret, and so is never recorded: secrets, secret files, tokens, keys, passwords. */
export function isSecretInput(name: string): boolean {
  return /(^|[-_])(secrets?|secret-files?|token|tokens|key|keys|password|passwords|credentials?)([-_]|$)/i.test(name);
}

/** The inputs a provenance records: those set, minus any that may hold a secret. */
export function recordedInputs(names: readonly string[], read: (name: string) => string | undefined) {
  const recorded: Record<string, string> = {};
  for (const name of names) {
    if (isSecretInput(name)) continue;
    const value = read(name);
    if (value !== undefined) recorded[name] = value;
  }
  return recorded;
}
