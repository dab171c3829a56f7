import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { ROOT } from './actions';

/**
 * Checks of the workflows the documentation shows: every `uses:` names an action or reusable workflow of this
 * collection (`org/artifacts/...`, `org` being the placeholder for the account that hosts it) or a third-party
 * action pinned to a commit SHA; every `with:` key is an input of what it calls and every required input is given;
 * a job that calls a reusable workflow grants the permissions that workflow's jobs need.
 */

export const OWNER_PLACEHOLDER = 'org';

type Mapping = Record<string, unknown>;
export interface Step {
  uses?: string;
  with?: Mapping;
  [key: string]: unknown;
}
export interface Job {
  uses?: string;
  with?: Mapping;
  secrets?: Mapping | 'inherit';
  permissions?: Mapping | string;
  steps?: Step[];
  [key: string]: unknown;
}
export interface Workflow {
  on?: unknown;
  permissions?: Mapping | string;
  jobs?: Record<string, Job>;
}

export interface Callee {
  kind: 'action' | 'workflow';
  name: string;
  inputs: Record<string, { required?: boolean; default?: unknown }>;
  secrets: string[];
  permissions: Record<string, string>; // what a reusable workflow's jobs need, at most
}

const REF = String.raw`(?:v\d+(?:\.\d+){0,2}|[0-9a-f]{40})`;
const OURS_ACTION = new RegExp(String.raw`^${OWNER_PLACEHOLDER}/artifacts/(?:actions/)?([\w-]+)@${REF}$`);
const OURS_WORKFLOW = new RegExp(String.raw`^${OWNER_PLACEHOLDER}/artifacts/\.github/workflows/([\w.-]+)@${REF}$`);
const PINNED = /^[\w.-]+\/[\w.-]+(?:\/[^@\s]+)?@[0-9a-f]{40}$/;

/** What a `uses:` of this collection names, read from its action.yml or workflow file; undefined when it is not ours. */
export function calleeOf(uses: string, root = ROOT): Callee | undefined {
  const action = OURS_ACTION.exec(uses);
  if (action) {
    const file = join(root, 'actions', action[1], 'action.yml');
    if (!existsSync(file)) return undefined;
    const meta = parse(readFileSync(file, 'utf8')) as { inputs?: Callee['inputs'] };
    return { kind: 'action', name: action[1], inputs: meta.inputs ?? {}, secrets: [], permissions: {} };
  }
  const workflow = OURS_WORKFLOW.exec(uses);
  if (workflow) {
    const file = join(root, '.github', 'workflows', workflow[1]);
    if (!existsSync(file)) return undefined;
    const wf = parse(readFileSync(file, 'utf8')) as Workflow & { on: { workflow_call?: Mapping } };
    const call = (wf.on.workflow_call ?? {}) as { inputs?: Callee['inputs']; secrets?: Mapping };
    return {
      kind: 'workflow',
      name: workflow[1],
      inputs: call.inputs ?? {},
      secrets: Object.keys(call.secrets ?? {}),
      permissions: neededPermissions(wf),
    };
  }
  return undefined;
}

/** The union of the permissions a workflow's jobs ask for (write wins over read). */
export function neededPermissions(wf: Workflow): Record<string, string> {
  const needed: Record<string, string> = {};
  for (const job of Object.values(wf.jobs ?? {})) {
    if (typeof job.permissions !== 'object') continue;
    for (const [scope, level] of Object.entries(job.permissions)) {
      if (level === 'none') continue;
      if (needed[scope] !== 'write') needed[scope] = String(level);
    }
  }
  return needed;
}

/** Problems of one `uses:` with its `with:` (and `secrets:` for a reusable workflow). */
export function usesProblems(
  where: string,
  uses: string,
  withInputs: Mapping = {},
  secrets?: Job['secrets'],
): string[] {
  if (uses.startsWith('docker://')) return [];
  if (/^[^./][^/]*\/artifacts\//.test(uses) && !uses.startsWith(`${OWNER_PLACEHOLDER}/`)) {
    return [`${where}: '${uses}': write this collection's owner as '${OWNER_PLACEHOLDER}', the placeholder`];
  }
  if (uses.startsWith(`${OWNER_PLACEHOLDER}/artifacts/`)) {
    const callee = calleeOf(uses);
    if (!callee)
      return [`${where}: '${uses}' names no action or reusable workflow of this collection (ref v1 or a SHA)`];
    return inputProblems(where, uses, callee, withInputs, secrets);
  }
  if (!PINNED.test(uses)) return [`${where}: '${uses}' is a third-party action not pinned to a commit SHA`];
  return [];
}

function inputProblems(
  where: string,
  uses: string,
  callee: Callee,
  given: Mapping,
  secrets?: Job['secrets'],
): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(given)) {
    if (!(key in callee.inputs)) problems.push(`${where}: '${uses}' has no input '${key}'`);
  }
  for (const [key, spec] of Object.entries(callee.inputs)) {
    if (spec.required && spec.default === undefined && !(key in given)) {
      problems.push(`${where}: '${uses}' needs the input '${key}'`);
    }
  }
  if (secrets && secrets !== 'inherit') {
    for (const key of Object.keys(secrets)) {
      if (!callee.secrets.includes(key)) problems.push(`${where}: '${uses}' has no secret '${key}'`);
    }
  }
  return problems;
}

function granted(perms: Mapping | string | undefined, scope: string, level: string): boolean {
  if (perms === 'write-all') return true;
  if (perms === 'read-all') return level === 'read';
  if (typeof perms !== 'object') return false;
  const have = perms[scope];
  return have === 'write' || (have === 'read' && level === 'read');
}

/**
 * What a job needs before a step: the policy file (a checkout) before this collection's actions, and a builder
 * that writes OCI layouts (docker/setup-buildx-action: the default docker driver cannot) before `type=oci`.
 */
export function stepOrderProblems(job: Job, where: string, needsCheckout = true): string[] {
  const problems: string[] = [];
  let checkedOut = false;
  let buildx = false;
  for (const [i, step] of (job.steps ?? []).entries()) {
    const uses = step.uses ?? '';
    if (uses.startsWith('actions/checkout@')) checkedOut = true;
    if (uses.startsWith('docker/setup-buildx-action@')) buildx = true;
    if (needsCheckout && calleeOf(uses)?.kind === 'action' && !checkedOut) {
      problems.push(`${where} step ${i + 1}: '${uses}' reads the policy file: check the repository out first`);
      checkedOut = true; // once per job
    }
    if (typeof step.run === 'string' && /buildx build[^\n]*type=oci/.test(step.run) && !buildx) {
      problems.push(
        `${where} step ${i + 1}: an OCI layout output needs docker/setup-buildx-action first (a docker-container builder)`,
      );
    }
  }
  return problems;
}

/** Every `uses:` of a workflow, and the permissions its jobs need for what they call. */
export function workflowUsesProblems(wf: Workflow, where: string): string[] {
  const problems: string[] = [];
  for (const [id, job] of Object.entries(wf.jobs ?? {})) {
    const perms = job.permissions ?? wf.permissions;
    if (job.uses) {
      problems.push(...usesProblems(`${where} job ${id}`, job.uses, job.with, job.secrets));
      const callee = calleeOf(job.uses);
      for (const [scope, level] of Object.entries(callee?.permissions ?? {})) {
        if (!granted(perms, scope, level)) {
          problems.push(
            `${where} job ${id}: grant '${scope}: ${level}' to the job that calls ${callee?.name} (a called workflow cannot raise its caller's permissions)`,
          );
        }
      }
    }
    for (const [i, step] of (job.steps ?? []).entries()) {
      if (!step.uses) continue;
      problems.push(...usesProblems(`${where} job ${id} step ${i + 1}`, step.uses, step.with));
      if (
        calleeOf(step.uses)?.kind === 'action' &&
        step.with?.['role-to-assume'] &&
        !granted(perms, 'id-token', 'write')
      ) {
        problems.push(`${where} job ${id}: 'id-token: write' is needed for role-to-assume (GitHub OIDC)`);
      }
    }
  }
  return problems;
}

export type WorkflowWhole = 'steps' | 'job' | 'workflow';

/** A fragment inside the smallest workflow around it: one job on push, with the permissions the actions need. */
export function wrapFragment(whole: WorkflowWhole, text: string): string {
  const parsed: unknown = parse(text);
  const permissions = { contents: 'read', 'id-token': 'write', 'security-events': 'write' };
  let wf: Mapping;
  if (whole === 'steps') {
    wf = { on: { push: {} }, jobs: { example: { 'runs-on': 'ubuntu-latest', permissions, steps: parsed } } };
  } else if (whole === 'job') {
    wf = { on: { push: {} }, jobs: { example: { 'runs-on': 'ubuntu-latest', ...(parsed as Mapping) } } };
  } else {
    wf = { on: { push: {} }, ...(parsed as Mapping) };
  }
  return stringify(wf);
}

function collectionSteps(wf: Workflow): Step[] {
  const steps = Object.values(wf.jobs ?? {}).flatMap((job) => [...(job.steps ?? []), job as Step]);
  return steps.filter((s) => s.uses && calleeOf(s.uses));
}

/** The `service` inputs a workflow gives this collection's actions (mirrors, `source: docker://`, left out). */
export function servicesNamed(wf: Workflow): string[] {
  return collectionSteps(wf)
    .filter((s) => typeof s.with?.service === 'string')
    .filter((s) => !String(s.with?.source ?? '').startsWith('docker://'))
    .map((s) => String(s.with?.service))
    .filter((service) => !service.includes('${{'));
}

/** The upstream images a workflow mirrors (`source: docker://...`). */
export function mirrorSourcesNamed(wf: Workflow): string[] {
  return collectionSteps(wf)
    .map((s) => String(s.with?.source ?? ''))
    .filter((source) => source.startsWith('docker://'))
    .map((source) => source.slice('docker://'.length));
}
