import * as core from '@actions/core';
import { exitWhenDone, runAction } from '../../../shared/src/runtime/run';
import { runServeCommand } from './cli';
import { ENDPOINT_ARGUMENT, runEndpointProcess } from './endpoint';
import { run, STATE, type RunnerState } from './main';
import { post } from './post';

const runner: RunnerState = {
  saveState: (name, value) => core.saveState(name, value),
  getState: (name) => core.getState(name),
  exportVariable: (name, value) => core.exportVariable(name, value),
};

// One bundle, four entries: the main step, the post step (the runner passes the main step's state as STATE_*),
// the endpoint process the main step leaves running, and the laptop command.
const mode = process.argv[2];
if (mode === ENDPOINT_ARGUMENT) void runEndpointProcess();
else if (mode === 'serve') void runServeCommand(process.argv.slice(3));
else if (runner.getState(STATE.post)) void runAction((ctx) => post(ctx, runner)).then(() => exitWhenDone());
else void runAction((ctx) => run(ctx, runner)).then(() => exitWhenDone());
