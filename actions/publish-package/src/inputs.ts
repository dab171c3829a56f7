import { AWS_INPUT, readAwsInputs, type AwsInputs } from '../../../shared/src/aws/session';
import type { ActionContext } from '../../../shared/src/runtime/context';
import type { PackageType } from '../../../shared/src/packages/types';

export const PACKAGE_TYPES = ['maven', 'npm', 'python', 'zip', 'helm'] as const;

/** The names of publish-package's inputs, as action.yml declares them. */
export const INPUT = {
  type: 'type',
  path: 'path',
  policy: 'policy',
  ...AWS_INPUT,
  bucket: 'bucket',
  prefix: 'prefix',
  baseUrl: 'base-url',
  name: 'name',
  version: 'version',
  distTag: 'dist-tag',
  registry: 'registry',
  dryRun: 'dry-run',
} as const;

/** The inputs of publish-package, as declared in action.yml. */
export interface PublishInputs {
  type?: PackageType;
  paths: string[];
  policy: string;
  /** aws-region, role-to-assume, audience; none read unless AWS is used. */
  aws?: AwsInputs;
  bucket?: string;
  prefix?: string;
  baseUrl?: string;
  name?: string;
  version?: string;
  distTag?: string;
  /** The registry a Helm chart goes to when it is not the account's ECR. */
  registry?: string;
  dryRun: boolean;
}

export function readPublishInputs(ctx: ActionContext): PublishInputs {
  const { inputs } = ctx;
  // Globs are one per line; a comma can be part of a file name, so only newlines separate them.
  const paths = inputs
    .required(INPUT.path)
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean);
  return {
    type: inputs.choice(INPUT.type, PACKAGE_TYPES),
    paths,
    policy: inputs.optional(INPUT.policy) ?? '.github/artifact-policy.yml',
    aws: readAwsInputs(inputs),
    bucket: inputs.optional(INPUT.bucket),
    prefix: inputs.optional(INPUT.prefix),
    baseUrl: inputs.optional(INPUT.baseUrl),
    name: inputs.optional(INPUT.name),
    version: inputs.optional(INPUT.version),
    distTag: inputs.optional(INPUT.distTag),
    registry: inputs.optional(INPUT.registry),
    dryRun: inputs.boolean(INPUT.dryRun, false),
  };
}
