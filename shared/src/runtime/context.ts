import type { Inputs } from './inputs';
import type { Logger } from './logger';

/** Everything an action's main needs from the runner, injectable so that main runs in tests. */
export interface ActionContext {
  inputs: Inputs;
  logger: Logger;
  setOutput(name: string, value: string): void;
  /** Appends markdown to the job summary. */
  writeSummary(markdown: string): Promise<void>;
  /** A GitHub OIDC token for an audience; throws a ConfigurationError when the job lacks `id-token: write`. */
  getIdToken(audience: string): Promise<string>;
  env: NodeJS.ProcessEnv;
}
