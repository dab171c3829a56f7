import { existsSync, readFileSync } from 'node:fs';
import type { ActionContext } from '../../../shared/src/runtime/context';
import { ENDPOINT_ARGUMENT } from './endpoint';
import { STATE, type RunnerState } from './main';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Whether the process runs (a zombie, gone but not yet reaped by its new parent, does not). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = `/proc/${pid}/stat`;
  return !existsSync(stat) || !/^\d+ \(.*\) Z/.test(readFileSync(stat, 'utf8'));
}

/** The pid is still the endpoint this job started (not a process that took over the number). */
function isEndpoint(pid: number): boolean {
  const cmdline = `/proc/${pid}/cmdline`;
  return !existsSync(cmdline) || readFileSync(cmdline, 'utf8').split('\0').includes(ENDPOINT_ARGUMENT);
}

/** Stops the endpoint: SIGTERM, then SIGKILL if it has not exited in `graceMs`. */
export async function stopEndpoint(pid: number, graceMs = 10_000): Promise<'stopped' | 'killed' | 'gone'> {
  if (!isRunning(pid) || !isEndpoint(pid)) return 'gone';
  process.kill(pid, 'SIGTERM');
  for (let waited = 0; waited < graceMs; waited += 100) {
    if (!isRunning(pid)) return 'stopped';
    await sleep(100);
  }
  process.kill(pid, 'SIGKILL');
  return 'killed';
}

/** The post step: stops the endpoint the main step started and reports what it served. */
export async function post(ctx: ActionContext, runner: RunnerState): Promise<void> {
  const pid = Number(runner.getState(STATE.pid));
  if (!pid) {
    ctx.logger.info('No package store endpoint was started: nothing to stop.');
    return;
  }
  const outcome = await stopEndpoint(pid);
  ctx.logger.info(
    outcome === 'gone'
      ? `The package store endpoint (pid ${pid}) had already stopped.`
      : `Stopped the package store endpoint (pid ${pid}).`,
  );
  const log = runner.getState(STATE.log);
  if (log && existsSync(log)) {
    // The endpoint masked its own secrets in its log; the runner masks this step's too.
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    for (const line of lines.slice(-20)) if (line) ctx.logger.info(line);
  }
}
