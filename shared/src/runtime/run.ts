import { setFlagsFromString } from 'node:v8';
import * as core from './commands';
import type { ActionContext } from './context';
import { coreContext } from './core';
import { errorMessage, isConfigurationError, isPolicyViolation, unreachableEndpointOf } from './errors';
import { URL_INPUTS, refuseEndpointCredentials } from './url-credentials';

/**
 * The one place where an action's errors are caught. A ConfigurationError is the user's to fix and is
 * reported as such; anything else is reported as an internal error with its stack in the debug log.
 */
export async function runAction(main: (ctx: ActionContext) => Promise<void>, ctx?: ActionContext): Promise<void> {
  if (!ctx) baselineWasmOnly();
  try {
    const context = ctx ?? coreContext();
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
 * Before the action does anything: a URL input or AWS endpoint variable with credentials in it is masked and
 * refused, so no later message, log line or error can print them.
 */
function refuseCredentialsInUrls(ctx: ActionContext): void {
  refuseEndpointCredentials(ctx.env, (secret) => ctx.logger.setSecret(secret));
  for (const name of URL_INPUTS) ctx.inputs.optional(name);
}

/**
 * Node's fetch parses HTTP answers with a WebAssembly module that V8 recompiles with its optimising tier on
 * background threads, and the process waits for those at exit: about 40 ms of every run. The baseline tier parses
 * the few answers an action reads just as well. Set before the first request, in the action's process only.
 */
function baselineWasmOnly(): void {
  // The flag is known to the V8 of Node 20 to 24; an unknown flag would print an error line, so newer V8s go without.
  const v8Major = Number(process.versions.v8.split('.')[0]);
  if (v8Major >= 11 && v8Major <= 13) setFlagsFromString('--liftoff-only');
}
