import type { ActionContext } from '../../shared/src/runtime/context';
import { Inputs, mapInputSource } from '../../shared/src/runtime/inputs';
import { MemoryLogger } from './loggers';

/**
 * The one ActionContext for running an action's `run` in a test: inputs from a map (secret inputs registered with
 * the logger, as the runner masks them), outputs and summary collected, no OIDC token unless `getIdToken` is given.
 */
export interface TestContext extends ActionContext {
  logger: MemoryLogger;
  outputs: Map<string, string>;
  summary: string[];
}

export function testContext(
  inputs: Record<string, string | undefined>,
  env: NodeJS.ProcessEnv = process.env,
  options: { getIdToken?: ActionContext['getIdToken'] } = {},
): TestContext {
  const outputs = new Map<string, string>();
  const summary: string[] = [];
  const logger = new MemoryLogger();
  return {
    inputs: new Inputs(mapInputSource(inputs), (secret) => logger.setSecret(secret)),
    logger,
    outputs,
    summary,
    setOutput: (name, value) => void outputs.set(name, value),
    writeSummary: async (markdown) => void summary.push(markdown),
    getIdToken: options.getIdToken ?? (() => Promise.reject(new Error('no OIDC token in tests'))),
    env,
  };
}

/** Sets environment variables for the duration of a test; returns the function that puts them back. */
export function withEnv(values: Record<string, string>): () => void {
  const saved = Object.fromEntries(Object.keys(values).map((k) => [k, process.env[k]]));
  Object.assign(process.env, values);
  return () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
}
