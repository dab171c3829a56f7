import { AWS_INPUT, readAwsInputs, type AwsInputs } from '../../../shared/src/aws/session';
import type { ActionContext } from '../../../shared/src/runtime/context';
import { ConfigurationError } from '../../../shared/src/runtime/errors';
import { parseBuildArgs } from '../../../shared/src/oci/build';
import { parseImageSource, type ImageSourceSpec } from '../../../shared/src/oci/source';
import type { Inputs } from '../../../shared/src/runtime/inputs';
import type { SignStepInputs } from '../../../shared/src/signing/sign-step';
import { BUILD_CACHE_TYPES, type BuildCacheType } from '../../../shared/src/policy';
import { combineSecrets, maskSecretFile, parseSecretLines, type BuildSecret } from './build-secrets';
import { parseKeyValueLines } from './image-metadata';

/** The names of build-sign-push's inputs, as action.yml declares them. */
export const INPUT = {
  service: 'service',
  environment: 'environment',
  policy: 'policy',
  ...AWS_INPUT,
  registry: 'registry',
  source: 'source',
  context: 'context',
  dockerfile: 'dockerfile',
  buildArgs: 'build-args',
  target: 'target',
  platforms: 'platforms',
  tags: 'tags',
  attach: 'attach',
  dryRun: 'dry-run',
  sign: 'sign',
  signingKey: 'signing-key',
  signingKeyPassword: 'signing-key-password',
  signingProfile: 'signing-profile',
  signatureFormat: 'signature-format',
  cache: 'cache',
  secrets: 'secrets',
  secretFiles: 'secret-files',
  labels: 'labels',
  annotations: 'annotations',
} as const;

/** Inputs whose values are secret (or lead to one): never recorded anywhere, provenance included. */
export const SECRET_INPUTS = [INPUT.secrets, INPUT.secretFiles, INPUT.signingKeyPassword] as const;

/** The inputs of build-sign-push that decide what is built or taken, where it goes and under which tags. */
export interface PushInputs {
  service: string;
  environment?: string;
  /** The policy file; the policy library's default when unset. */
  policyPath?: string;
  aws: AwsInputs;
  /** Registry base URL when it is not the account's ECR. */
  registry?: string;
  source: ImageSourceSpec;
  context: string;
  dockerfile?: string;
  buildArgs: string[];
  target?: string;
  platforms: string[];
  extraTags: string[];
  /** The `attach` input's lines: files to attach to the image. */
  attach: string[];
  dryRun: boolean;
  /** The layer cache; the policy's registry.buildCache.type when unset. */
  cache?: BuildCacheType;
  /** Build secrets (`secrets` and `secret-files`), every value masked already. */
  secrets?: BuildSecret[];
  /** Labels and manifest annotations given as inputs; they override the OCI standard ones. */
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

/**
 * The build secrets, masked as they are read (before anything else can print them); a secret file's content is
 * masked too. Secrets belong to builds: with a `source` they are a mistake.
 */
function readBuildSecrets(ctx: ActionContext, sourceText: string | undefined): BuildSecret[] {
  const mask = (value: string) => ctx.logger.setSecret(value);
  const values = parseSecretLines(ctx.inputs.optional(INPUT.secrets), INPUT.secrets, mask);
  const files = parseSecretLines(ctx.inputs.optional(INPUT.secretFiles), INPUT.secretFiles, mask);
  for (const f of files) {
    if ('path' in f) {
      try {
        maskSecretFile(f.path, mask);
      } catch {
        // A missing file is reported, with its id, when the build mounts it.
      }
    }
  }
  const secrets = combineSecrets(values, files);
  if (secrets.length && sourceText) {
    throw new ConfigurationError(
      `Inputs 'secrets' and 'secret-files' apply only to builds, but 'source' is '${sourceText}': remove them, or remove 'source' to build.`,
    );
  }
  return secrets;
}

/** Lines of a multi-line input, trimmed, blank ones dropped: for values that may hold commas. */
function lines(value: string | undefined): string[] {
  return (value ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

export function readPushInputs(ctx: ActionContext): PushInputs {
  const { inputs } = ctx;
  // First of all: nothing may print a secret before it is masked.
  const secrets = readBuildSecrets(ctx, inputs.optional(INPUT.source));
  const source = parseImageSource(inputs.optional(INPUT.source));
  const platforms = inputs.list(INPUT.platforms);
  // An image taken from a source already has its platforms; silently ignoring the input would mislead.
  if (source.kind !== 'build' && platforms.length) {
    throw new ConfigurationError(
      `Input 'platforms' applies only to builds, but 'source' is '${source.text}': remove 'platforms' (the image is pushed with the platforms it has), or remove 'source' to build.`,
    );
  }
  return {
    service: inputs.required(INPUT.service),
    environment: inputs.optional(INPUT.environment),
    policyPath: inputs.optional(INPUT.policy),
    aws: readAwsInputs(inputs),
    registry: inputs.optional(INPUT.registry),
    source,
    context: inputs.optional(INPUT.context) ?? '.',
    dockerfile: inputs.optional(INPUT.dockerfile),
    // Build arguments may hold commas, so only newlines separate them.
    buildArgs: parseBuildArgs(lines(inputs.optional(INPUT.buildArgs))),
    target: inputs.optional(INPUT.target),
    platforms,
    extraTags: inputs.list(INPUT.tags),
    attach: lines(inputs.optional(INPUT.attach)),
    dryRun: inputs.boolean(INPUT.dryRun, false),
    cache: inputs.choice(INPUT.cache, BUILD_CACHE_TYPES),
    secrets,
    labels: parseKeyValueLines(inputs.optional(INPUT.labels), INPUT.labels),
    annotations: parseKeyValueLines(inputs.optional(INPUT.annotations), INPUT.annotations),
  };
}

/** The signing inputs (sign, signing-key, signing-key-password, signing-profile, signature-format). */
export function readSigningInputs(inputs: Inputs): SignStepInputs {
  return {
    sign: inputs.boolean(INPUT.sign),
    signingKey: inputs.optional(INPUT.signingKey),
    signingKeyPassword: inputs.optional(INPUT.signingKeyPassword),
    signingProfile: inputs.optional(INPUT.signingProfile),
    signatureFormat: inputs.optional(INPUT.signatureFormat),
  };
}
