import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { parsePolicy } from '../shared/src/policy/loader';
import { ROOT, actionNames } from './actions';

/**
 * The documentation under test: every fenced YAML, JSON and shell snippet of the README, docs/, examples/ and the
 * action READMEs is checked against the code, or says (in a marker) that it is a fragment of a named whole, checked
 * inside it, or why it cannot be checked.
 *
 * Markers, on the line before the fence or the blank line before it (`<!-- snippet: ... -->`) or as the snippet's first line (`# snippet: ...`):
 * - `fragment of steps` / `fragment of job` / `fragment of workflow`: checked inside a minimal workflow;
 * - `fragment of policy <path>`: merged into that policy file (mappings key by key), which then must load;
 * - `unchecked: <reason>`.
 */

export const SNIPPET_LANGUAGES = ['yaml', 'yml', 'json', 'sh', 'bash', 'shell'] as const;

export interface Snippet {
  file: string; // relative to the root
  line: number; // of the opening fence
  lang: string;
  text: string;
  marker?: string;
}

export type Verdict = 'checked' | 'fragment' | 'unchecked';

export interface SnippetResult {
  snippet: Snippet;
  verdict: Verdict;
  problems: string[];
}

/** The Markdown files whose snippets are under test. */
export function documentationFiles(root = ROOT): string[] {
  const files = [join(root, 'README.md')];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory() && e.name !== 'node_modules') walk(path);
      else if (e.isFile() && e.name.endsWith('.md')) files.push(path);
    }
  };
  for (const dir of ['docs', 'examples']) if (existsSync(join(root, dir))) walk(join(root, dir));
  for (const name of actionNames(root)) files.push(join(root, 'actions', name, 'README.md'));
  return files.filter((f) => existsSync(f)).map((f) => relative(root, f));
}

const MARKER_BEFORE = /^<!--\s*snippet:\s*(.+?)\s*-->\s*$/;
const MARKER_INSIDE = /^\s*#\s*snippet:\s*(.+?)\s*$/;

/** Every fenced block of a Markdown text, with its language and marker. */
export function extractSnippets(markdown: string, file: string): Snippet[] {
  const lines = markdown.split('\n');
  const snippets: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, lang] = open;
    let end = i + 1;
    while (end < lines.length && !lines[end].trimStart().startsWith(fence)) end++;
    const body = lines.slice(i + 1, end).map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l));
    let previous = i - 1;
    while (previous >= 0 && !lines[previous].trim()) previous--; // a blank line may separate marker and fence
    const before = previous >= 0 ? MARKER_BEFORE.exec(lines[previous].trim()) : null;
    const inside = body.length > 0 ? MARKER_INSIDE.exec(body[0]) : null;
    snippets.push({
      file,
      line: i + 1,
      lang: lang.toLowerCase(),
      text: body.join('\n'),
      marker: before?.[1] ?? inside?.[1],
    });
    i = end;
  }
  return snippets;
}

export function inScope(snippet: Snippet): boolean {
  return (SNIPPET_LANGUAGES as readonly string[]).includes(snippet.lang);
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
export function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const counts = new Map<string, number>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(`{3,}|~{3,})/.test(line)) fenced = !fenced;
    const h = fenced ? null : /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!h) continue;
    const base = headingAnchor(h[1]);
    const n = counts.get(base) ?? 0;
    counts.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

/** Relative links (and anchors) of a Markdown file that do not resolve. */
export function brokenLinks(markdown: string, file: string, root = ROOT): string[] {
  const problems: string[] = [];
  const withoutCode = markdown.replace(/^\s*(`{3,}|~{3,})[\s\S]*?^\s*\1\s*$/gm, '').replace(/`[^`\n]*`/g, '');
  for (const m of withoutCode.matchAll(/\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    const target = m[1];
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:
    const [path, anchor] = target.split('#');
    const abs = path ? resolve(root, dirname(file), decodeURIComponent(path)) : resolve(root, file);
    if (!abs.startsWith(root) || !existsSync(abs)) {
      problems.push(`${file}: link ${target}: ${relative(root, abs)} does not exist`);
      continue;
    }
    if (anchor && statSync(abs).isFile() && abs.endsWith('.md')) {
      if (!anchorsOf(readFileSync(abs, 'utf8')).has(anchor)) {
        problems.push(`${file}: link ${target}: no heading with the anchor #${anchor} in ${relative(root, abs)}`);
      }
    }
  }
  return problems;
}

/** Shell snippets: bash parses them (`bash -n`). */
export function shellProblems(text: string): string[] {
  try {
    execFileSync('bash', ['-n'], { input: text, stdio: ['pipe', 'pipe', 'pipe'] });
    return [];
  } catch (err) {
    return [`bash -n: ${String((err as { stderr?: Buffer }).stderr ?? err).trim()}`];
  }
}

/** A policy snippet loads through the policy loader, without a warning (the documentation shows no deprecated spelling). */
export function policyProblems(text: string, name: string): string[] {
  const warnings: string[] = [];
  try {
    parsePolicy(text, name, (message) => warnings.push(message));
    return warnings;
  } catch (err) {
    return [(err as Error).message];
  }
}

type Mapping = Record<string, unknown>;
const isMapping = (v: unknown): v is Mapping => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `part` over `whole`: mappings are merged key by key, lists and values replaced. */
export function mergeOver(whole: Mapping, part: Mapping): Mapping {
  const out: Mapping = { ...whole };
  for (const [key, value] of Object.entries(part)) {
    out[key] = isMapping(value) && isMapping(whole[key]) ? mergeOver(whole[key], value) : value;
  }
  return out;
}

/** A policy fragment merged into the named whole (a policy file of the repository), which then must load. */
export function policyFragmentText(fragment: string, wholePath: string, root = ROOT): string {
  const whole = parse(readFileSync(join(root, wholePath), 'utf8')) as Mapping;
  return JSON.stringify(mergeOver(whole, (parse(fragment) ?? {}) as Mapping));
}

/** Removes the indentation common to every non-empty line (snippets cut out of a larger workflow). */
export function dedent(text: string): string {
  const lines = text.split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)?.[0].length ?? 0);
  const common = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(common)).join('\n');
}

/** JSON snippets parse; in an IAM document every action is written service:Action. */
export function jsonProblems(text: string): string[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    return [`not JSON: ${(err as Error).message}`];
  }
  const statements = (doc as { Statement?: { Action?: string | string[] }[] }).Statement;
  if (!Array.isArray(statements)) return [];
  return statements
    .flatMap((s) => [s.Action ?? []].flat())
    .filter((a) => !/^[a-z0-9-]+:[A-Za-z0-9*]+$/.test(a))
    .map((a) => `IAM action '${a}' is not written service:Action`);
}

/**
 * The IAM actions a document names: `service:Action` in inline code, and the actions of its JSON policy documents.
 * Global condition keys (`aws:...`) are not actions.
 */
export function iamActionsNamed(markdown: string): string[] {
  const found = new Set<string>();
  for (const m of markdown.matchAll(/`([a-z0-9-]+:[A-Z][A-Za-z0-9]*)`/g)) found.add(m[1]);
  for (const m of markdown.matchAll(/"([a-z0-9-]+:[A-Z][A-Za-z0-9]*)"/g)) found.add(m[1]);
  return [...found].filter((a) => !a.startsWith('aws:')).sort();
}
