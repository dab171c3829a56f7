import { readFileSync } from 'node:fs';

/** The parts of the GitHub run that decide names and tags. Pure data, built from the environment. */
export interface GitContext {
  eventName: string;
  /** refs/heads/main, refs/tags/v1.2.3, refs/pull/7/merge */
  ref: string;
  sha: string;
  /** The head branch of a pull request (GITHUB_HEAD_REF); empty otherwise. */
  headRef: string;
  /** The head commit of a pull request, when the event payload has it. */
  headSha?: string;
  repository: string;
  runId?: string;
  serverUrl?: string;
  workflowRef?: string;
}

/**
 * Reads the GitHub context from the runner's environment variables and event payload, the fields @actions/github's
 * `context` reads (that package would add half a megabyte to every bundle for these few lines).
 */
export function gitContextFromEnv(env: NodeJS.ProcessEnv = process.env): GitContext {
  let headSha: string | undefined;
  if (env.GITHUB_EVENT_PATH) {
    try {
      const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
        pull_request?: { head?: { sha?: string } };
      };
      headSha = event.pull_request?.head?.sha;
    } catch {
      // No readable payload (local runs): the environment alone is enough.
    }
  }
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    headRef: env.GITHUB_HEAD_REF ?? '',
    headSha,
    repository: env.GITHUB_REPOSITORY ?? '',
    runId: env.GITHUB_RUN_ID,
    serverUrl: env.GITHUB_SERVER_URL,
    workflowRef: env.GITHUB_WORKFLOW_REF,
  };
}
