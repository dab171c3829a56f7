import * as core from '@actions/core';
import type { ActionContext } from './context';
import { ConfigurationError, errorMessage } from './errors';
import { Inputs, envInputSource } from './inputs';
import { requestIdToken } from './oidc';
import type { Logger } from './logger';

/** The Logger of the GitHub runner. */
export const coreLogger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  error: (m) => core.error(m),
  setSecret: (v) => {
    if (v) core.setSecret(v);
  },
};

/** The ActionContext of a real run on a GitHub runner. */
export function coreContext(): ActionContext {
  return {
    inputs: new Inputs(envInputSource, coreLogger.setSecret),
    logger: coreLogger,
    setOutput: (name, value) => core.setOutput(name, value),
    writeSummary: async (markdown) => {
      if (!process.env.GITHUB_STEP_SUMMARY) {
        core.debug('GITHUB_STEP_SUMMARY is not set; the job summary is printed instead.');
        core.info(markdown);
        return;
      }
      await core.summary.addRaw(markdown, true).write();
    },
    getIdToken: async (audience) => {
      if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL || !process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        throw new ConfigurationError(
          "No GitHub OIDC token is available to this job. Add 'permissions: id-token: write' to the job (and keep 'contents: read'), or leave 'role-to-assume' empty to use the default AWS credential chain.",
        );
      }
      try {
        // Asked for as @actions/core does, but bounded in time (its client waits minutes on each retry).
        const token = await requestIdToken(audience);
        core.setSecret(token);
        return token;
      } catch (err) {
        throw new Error(`Could not get a GitHub OIDC token for audience '${audience}': ${errorMessage(err)}`, {
          cause: err,
        });
      }
    },
    env: process.env,
  };
}
