import type { ActionContext } from '../../../shared/src/runtime/context';
import { ConfigurationError } from '../../../shared/src/runtime/errors';
import { parseBuildArgs } from '../../../shared/src/oci/build';
import { parseImageSource, type ImageSourceSpec } from '../../../shared/src/oci/source';
import type { Inputs } from '../../../shared/src/runtime/inputs';
import type { SignStepInputs } from '../../../shared/src/signing/sign-step';

/** The inputs of build-sign-push that decide what is built or taken, where it goes and under which tags. */
export interface PushInputs {
  service: string;
  environment?: string;
  /** The policy file; the policy library's default when unset. */
  policyPath?: string;
  /** Registry base URL when it is not the account's ECR. */
  registry?: string;
  source: ImageSourceSpec;
  context: string;
  dockerfile?: string;
  buildArgs: string[];
  target?: string;
  platforms: string[];
  extraTags: string[];
  dryRun: boolean;
}

export function readPushInputs(ctx: ActionContext): PushInputs {
  const { inputs } = ctx;
  const source = parseImageSource(inputs.optional('source'));
  const platforms = inputs.list('platforms');
  // An image taken from a source already has its platforms; silently ignoring the input would mislead.
  if (source.kind !== 'build' && platforms.length) {
    throw new ConfigurationError(
      `Input 'platforms' applies only to builds, but 'source' is '${source.text}': remove 'platforms' (the image is pushed with the platforms it has), or remove 'source' to build.`,
    );
  }
  return {
    service: inputs.required('service'),
    environment: inputs.optional('environment'),
    policyPath: inputs.optional('policy'),
    registry: inputs.optional('registry'),
    source,
    context: inputs.optional('context') ?? '.',
    dockerfile: inputs.optional('dockerfile'),
    // Build arguments may hold commas, so only newlines separate them.
    buildArgs: parseBuildArgs(
      (inputs.optional('build-args') ?? '')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    ),
    target: inputs.optional('target'),
    platforms,
    extraTags: inputs.list('tags'),
    dryRun: inputs.boolean('dry-run', false),
  };
}

/** The signing inputs (sign, signing-key, signing-key-password, signing-profile, signature-format). */
export function readSigningInputs(inputs: Inputs): SignStepInputs {
  return {
    sign: inputs.boolean('sign'),
    signingKey: inputs.optional('signing-key'),
    signingKeyPassword: inputs.optional('signing-key-password'),
    signingProfile: inputs.optional('signing-profile'),
    signatureFormat: inputs.optional('signature-format'),
  };
}
