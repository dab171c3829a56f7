import { AWS_INPUT, readAwsInputs, type AwsInputs } from '../../../shared/src/aws/session';
import type { ActionContext } from '../../../shared/src/runtime/context';

/** The names of setup-package-store's inputs, as action.yml declares them. */
export const INPUT = {
  policy: 'policy',
  ...AWS_INPUT,
  bucket: 'bucket',
  prefix: 'prefix',
  port: 'port',
  configure: 'configure',
} as const;

/** The inputs of setup-package-store, as declared in action.yml. */
export interface SetupInputs {
  policy: string;
  /** aws-region, role-to-assume, audience. */
  aws: AwsInputs;
  bucket?: string;
  prefix?: string;
  /** 0: any free port. */
  port: number;
  configure: boolean;
}

export function readSetupInputs(ctx: ActionContext): SetupInputs {
  const { inputs } = ctx;
  return {
    policy: inputs.optional(INPUT.policy) ?? '.github/artifact-policy.yml',
    aws: readAwsInputs(inputs),
    bucket: inputs.optional(INPUT.bucket),
    prefix: inputs.optional(INPUT.prefix),
    port: inputs.integer(INPUT.port, 0, 0, 65535)!,
    configure: inputs.boolean(INPUT.configure, true),
  };
}
