/**
 * JSON documents compared by meaning, not by text: AWS returns policies re-serialised (other key order, white
 * space, a one-element list written as a string), so a textual comparison would report drift that is not there.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** JSON text with object keys sorted at every level. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value as Json));
}

function sortKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys(value[key]);
    return out;
  }
  return value;
}

function parse(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

/** A list element of an IAM policy: a string or a list, both as a sorted list without duplicates. */
function asSortedList(value: Json): Json {
  const list = Array.isArray(value) ? value : [value];
  return [...new Set(list.map((v) => (typeof v === 'string' ? v : canonicalJson(v))))].sort();
}

const LIST_ELEMENTS = ['Action', 'NotAction', 'Resource', 'NotResource'];

function normalizeStatement(statement: Json): Json {
  if (!statement || typeof statement !== 'object' || Array.isArray(statement)) return statement;
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(statement)) {
    if (LIST_ELEMENTS.includes(key)) out[key] = asSortedList(value);
    else if (
      (key === 'Principal' || key === 'NotPrincipal') &&
      value &&
      typeof value === 'object' &&
      !Array.isArray(value)
    ) {
      const principals: { [key: string]: Json } = {};
      for (const [type, ids] of Object.entries(value)) principals[type] = asSortedList(ids);
      out[key] = principals;
    } else if (key === 'Condition' && value && typeof value === 'object' && !Array.isArray(value)) {
      const operators: { [key: string]: Json } = {};
      for (const [operator, entries] of Object.entries(value)) {
        const keys: { [key: string]: Json } = {};
        // Condition keys are case-insensitive in IAM; their values are not.
        if (entries && typeof entries === 'object' && !Array.isArray(entries)) {
          for (const [k, v] of Object.entries(entries)) keys[k.toLowerCase()] = asSortedList(v);
        }
        operators[operator] = keys;
      }
      out[key] = operators;
    } else out[key] = value;
  }
  return out;
}

/** The canonical text of an IAM-style policy document: statement order, list order and list-vs-string ignored. */
export function normalizePolicyDocument(text: string): string {
  const doc = parse(text);
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return text;
  const statements = doc.Statement === undefined ? [] : Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
  const normalized = statements.map(normalizeStatement).map(canonicalJson).sort();
  return canonicalJson({ ...doc, Version: doc.Version ?? '2008-10-17', Statement: normalized });
}

export function samePolicyDocument(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return normalizePolicyDocument(a) === normalizePolicyDocument(b);
}

/** The canonical text of an ECR lifecycle policy: rules ordered by priority, keys sorted. */
export function normalizeLifecyclePolicy(text: string): string {
  const doc = parse(text);
  if (!doc || typeof doc !== 'object' || Array.isArray(doc) || !Array.isArray(doc.rules)) return text;
  const rules = [...doc.rules].sort((a, b) => priorityOf(a) - priorityOf(b));
  return canonicalJson({ ...doc, rules });
}

function priorityOf(rule: Json): number {
  return rule && typeof rule === 'object' && !Array.isArray(rule) && typeof rule.rulePriority === 'number'
    ? rule.rulePriority
    : 0;
}

export function sameLifecyclePolicy(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return normalizeLifecyclePolicy(a) === normalizeLifecyclePolicy(b);
}

/** A JSON text for display: parsed and indented when it parses, as written otherwise. */
export function prettyJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  const doc = parse(text);
  return doc === undefined ? text : doc;
}
