import type { ActionContext } from '../runtime/context';
import type { Inputs } from '../runtime/inputs';
import { refuseEndpointCredentials } from '../runtime/url-credentials';
import { assumeRoleWithGitHubOidc, DEFAULT_OIDC_AUDIENCE } from './credentials';
import { AwsClients, resolveRegion } from './clients';

/** The AWS inputs every action takes (aws-region, role-to-assume, audience), as its inputs.ts read them. */
export interface AwsInputs {
  region?: string;
  roleToAssume?: string;
  audience?: string;
}

/** The inputs every action that calls AWS declares in its action.yml, by name. */
export const AWS_INPUT = { awsRegion: 'aws-region', roleToAssume: 'role-to-assume', audience: 'audience' } as const;

/** Reads the common AWS inputs (each action spreads AWS_INPUT into its own INPUT constants). */
export function readAwsInputs(inputs: Inputs): AwsInputs {
  return {
    region: inputs.optional(AWS_INPUT.awsRegion),
    roleToAssume: inputs.optional(AWS_INPUT.roleToAssume),
    audience: inputs.optional(AWS_INPUT.audience),
  };
}

/** What an AWS session is opened with: the region resolved, the audience defaulted. */
export interface AwsSessionOptions {
  region: string;
  roleToAssume?: string;
  audience: string;
}

/** The region from the input, else the policy, else the environment; the audience sts.amazonaws.com by default. */
export function awsSessionOptions(
  inputs: AwsInputs,
  policyRegion: string | undefined,
  env: NodeJS.ProcessEnv,
): AwsSessionOptions {
  return {
    region: resolveRegion(inputs.region, policyRegion, env),
    roleToAssume: inputs.roleToAssume,
    audience: inputs.audience ?? DEFAULT_OIDC_AUDIENCE,
  };
}

/**
 * AWS clients for this run: with role-to-assume, credentials from GitHub OIDC (fetched once, masked);
 * without it, the SDK's default credential chain. Nothing is contacted until a client is first used.
 */
export function openAwsSession(ctx: ActionContext, aws: AwsSessionOptions): AwsClients {
  refuseEndpointCredentials(ctx.env, (secret) => ctx.logger.setSecret(secret));
  for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
    const v = ctx.env[name];
    if (v) ctx.logger.setSecret(v);
  }
  if (!aws.roleToAssume) return new AwsClients({ region: aws.region });
  let pending: ReturnType<typeof assumeRoleWithGitHubOidc> | undefined;
  const roleToAssume = aws.roleToAssume;
  return new AwsClients({
    region: aws.region,
    credentials: () =>
      (pending ??= assumeRoleWithGitHubOidc({
        roleToAssume,
        region: aws.region,
        audience: aws.audience,
        getIdToken: (a) => ctx.getIdToken(a),
        logger: ctx.logger,
      })),
  });
}
