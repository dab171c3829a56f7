import * as actionsCore from '@actions/core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as commands from '../../src/runtime/commands';

/** Our workflow commands write exactly what @actions/core writes: to stdout, and to the GITHUB_OUTPUT file. */

type Captured = { stdout: string; outputFile: string; exitCode: typeof process.exitCode };

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'commands-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capture(withOutputFile: boolean, act: () => void): Captured {
  const saved = { output: process.env.GITHUB_OUTPUT, exitCode: process.exitCode, write: process.stdout.write };
  const file = join(dir, 'output');
  writeFileSync(file, '');
  if (withOutputFile) process.env.GITHUB_OUTPUT = file;
  else delete process.env.GITHUB_OUTPUT;
  let stdout = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  process.exitCode = undefined;
  try {
    act();
    // The file command's delimiter is random: compare its shape with the delimiter named.
    const outputFile = readFileSync(file, 'utf8').replace(/ghadelimiter_[0-9a-f-]+/g, 'ghadelimiter_X');
    return { stdout, outputFile, exitCode: process.exitCode };
  } finally {
    process.stdout.write = saved.write;
    process.exitCode = saved.exitCode;
    if (saved.output === undefined) delete process.env.GITHUB_OUTPUT;
    else process.env.GITHUB_OUTPUT = saved.output;
  }
}

const MESSAGES = ['plain', 'two\nlines', 'percent 100% and :: colons', 'carriage\r\nreturn', ''];

describe.each([true, false])('with GITHUB_OUTPUT set: %s', (withOutputFile) => {
  test.each(MESSAGES)('every command writes what @actions/core writes for %j', (message) => {
    const ours = capture(withOutputFile, () => {
      commands.debug(message);
      commands.info(message);
      commands.warning(message);
      commands.error(message);
      commands.setSecret(message);
      commands.setOutput('digest', message);
      commands.setOutput('count', 3);
    });
    const theirs = capture(withOutputFile, () => {
      actionsCore.debug(message);
      actionsCore.info(message);
      actionsCore.warning(message);
      actionsCore.error(message);
      actionsCore.setSecret(message);
      actionsCore.setOutput('digest', message);
      actionsCore.setOutput('count', 3);
    });
    expect(ours).toEqual(theirs);
    expect(ours.stdout).toContain('::add-mask::');
  });

  test('setFailed reports the error and sets the exit code, as @actions/core does', () => {
    const ours = capture(withOutputFile, () => commands.setFailed('it broke\nbadly'));
    const theirs = capture(withOutputFile, () => actionsCore.setFailed('it broke\nbadly'));
    expect(ours).toEqual(theirs);
    expect(ours.exitCode).toBe(1);
    expect(ours.stdout).toBe('::error::it broke%0Abadly\n');
  });
});

test('the summary is @actions/core’s own', () => {
  expect(commands.summary).toBe(actionsCore.summary);
});
