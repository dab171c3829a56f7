import type { ActionContext } from '../../../shared/src/runtime/context';
import type { PackageType } from '../../../shared/src/packages/types';

export const PACKAGE_TYPES = ['maven', 'npm', 'python', 'zip', 'helm'] as const;

/** The inputs of publish-package, as declared in action.yml. */
export interface PublishInputs {
  type?: PackageType;
  paths: string[];
  policy: string;
  bucket?: string;
  prefix?: string;
  baseUrl?: string;
  name?: string;
  version?: string;
  distTag?: string;
  dryRun: boolean;
}

export function readPublishInputs(ctx: ActionContext): PublishInputs {
  const { inputs } = ctx;
  // Globs are one per line; a comma can be part of a file name, so only newlines separate them.
  const paths = inputs
    .required('path')
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean);
  return {
    type: inputs.choice('type', PACKAGE_TYPES),
    paths,
    policy: inputs.optional('policy') ?? '.github/artifact-policy.yml',
    bucket: inputs.optional('bucket'),
    prefix: inputs.optional('prefix'),
    baseUrl: inputs.optional('base-url'),
    name: inputs.optional('name'),
    version: inputs.optional('version'),
    distTag: inputs.optional('dist-tag'),
    dryRun: inputs.boolean('dry-run', false),
  };
}
