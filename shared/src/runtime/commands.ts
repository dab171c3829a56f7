/**
 * The runner's workflow commands, from the modules of `@actions/core` that write them. Its entry module is not
 * imported at start-up: it loads its OIDC HTTP client (undici, half a megabyte) on import, which every run would
 * pay for; `getIDToken` loads it only when a job asks for a token. Each function does what the same-named one of
 * `@actions/core` does (test/runtime/commands.test.ts compares their output).
 */
import { EOL } from 'node:os';
import { issueCommand } from '@actions/core/lib/command';
import { issueFileCommand, prepareKeyValueMessage } from '@actions/core/lib/file-command';
import { toCommandValue } from '@actions/core/lib/utils';
import { requestIdToken } from './oidc';

export { summary } from '@actions/core/lib/summary';

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function warning(message: string): void {
  issueCommand('warning', {}, message);
}

export function error(message: string): void {
  issueCommand('error', {}, message);
}

/** Masks a value in every later line of the job's log. */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

export function setOutput(name: string, value: unknown): void {
  if (process.env.GITHUB_OUTPUT) {
    issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    return;
  }
  process.stdout.write(EOL);
  issueCommand('set-output', { name }, toCommandValue(value));
}

/** Reports the error and makes the step fail when the process exits. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/**
 * A GitHub OIDC token for the audience (the job needs `permissions: id-token: write`), asked for as
 * `@actions/core` does, but bounded in time (its client waits three minutes for an answer, on each of its retries).
 */
export async function getIDToken(audience: string): Promise<string> {
  return requestIdToken(audience);
}
