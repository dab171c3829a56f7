import * as core from '@actions/core';
import type { ActionContext } from './context';
import { coreContext } from './core';
import { errorMessage, isConfigurationError, isPolicyViolation, unreachableEndpointOf } from './errors';
import { useProxyFromEnvironment } from './proxy';
import { URL_INPUTS, refuseEndpointCredentials } from './url-credentials';

/**
 * The one place where an action's errors are caught. A ConfigurationError is the user's to fix and is
 * reported as such; anything else is reported as an internal error with its stack in the debug log.
 */
export async function runAction(main: (ctx: ActionContext) => Promise<void>, ctx?: ActionContext): Promise<void> {
  try {
    const context = ctx ?? coreContext();
    useProxyFromEnvironment(context.env, context.logger);
    refuseCredentialsInUrls(context);
    await main(context);
  } catch (err) {
    if (isPolicyViolation(err)) {
      core.setFailed(err.message);
    } else if (isConfigurationError(err)) {
      core.setFailed(`Configuration error: ${err.message}`);
    } else if (unreachableEndpointOf(err)) {
      // The message names the endpoint and the request; a stack would add nothing the user can act on.
      core.setFailed(errorMessage(err));
    } else {
      if (err instanceof Error && err.stack) core.debug(err.stack);
      core.setFailed(
        `${errorMessage(err)}\n(This is an internal error of the action, not a mistake in your workflow. Re-run with ACTIONS_STEP_DEBUG=true for details.)`,
      );
    }
  }
}

/**
 * Ends a step's process once its action is done, even when a failed request left a socket open: Node's proxy tunnel
 * keeps its connection to a proxy that never answered the CONNECT after the request gave up, and would hold the job
 * until GitHub's timeout. A process with nothing left open ends at once; this one after `graceMs` (its output written).
 */
export function exitWhenDone(graceMs = 5_000): void {
  setTimeout(() => process.exit(), graceMs).unref();
}

/**
 * Before the action does anything: a URL input or AWS endpoint variable with credentials in it is masked and
 * refused, so no later message, log line or error can print them.
 */
function refuseCredentialsInUrls(ctx: ActionContext): void {
  refuseEndpointCredentials(ctx.env, (secret) => ctx.logger.setSecret(secret));
  for (const name of URL_INPUTS) ctx.inputs.optional(name);
}
