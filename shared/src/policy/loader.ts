import { readFileSync, statSync } from 'node:fs';
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node, Document } from 'yaml';
import * as z from 'zod/mini';
import { ConfigurationError } from '../runtime/errors';
import { ConsoleLogger } from '../runtime/logger';
import type { Logger } from '../runtime/logger';
import { policySchema } from './schema';
import type { Policy } from './schema';
import { resolveTagMutability } from './tag-mutability';
import { crossFieldIssues } from './validate';
import type { PolicyIssue, PolicyPath } from './validate';

export const DEFAULT_POLICY_PATH = '.github/artifact-policy.yml';

/** Larger than any real policy (thousands of services fit in a tenth of it): a bigger file is refused unread. */
export const MAX_POLICY_BYTES = 1024 * 1024;

function tooLarge(file: string, bytes: number): ConfigurationError {
  return new ConfigurationError(
    `policy file ${file} is ${bytes} bytes; a policy file may be at most ${MAX_POLICY_BYTES} bytes (1 MiB). Check that the policy input names the policy file, and list services the policy does not need to know (such as generated ones) in provision-repo's services input instead`,
  );
}

/** One problem of a policy file, located: the file, line and column (1-based), the field and what is allowed. */
export interface LocatedPolicyIssue {
  file: string;
  line: number;
  column: number;
  field: string;
  message: string;
}

/** A policy file the loader refused; `issues` lists every problem found, each with its place in the file. */
export class PolicyError extends ConfigurationError {
  readonly issues: LocatedPolicyIssue[];

  constructor(issues: LocatedPolicyIssue[]) {
    const lines = issues.map((i) => `${i.file}:${i.line}:${i.column}: ${i.field}: ${i.message}`);
    super(lines.length === 1 ? lines[0] : `${issues[0].file} has ${lines.length} problems:\n${lines.join('\n')}`);
    this.issues = issues;
  }
}

/** `registry.pullAccounts[0]` from ['registry', 'pullAccounts', 0]. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

/** The schema of the value at `path`, looking through defaults and optionals; undefined past a leaf. */
function schemaAt(path: readonly PropertyKey[]): z.ZodMiniType | undefined {
  const unwrap = (s: z.ZodMiniType | undefined): z.ZodMiniType | undefined => {
    let schema = s;
    while (
      schema instanceof z.ZodMiniDefault ||
      schema instanceof z.ZodMiniPrefault ||
      schema instanceof z.ZodMiniOptional ||
      schema instanceof z.ZodMiniNullable
    ) {
      schema = schema.def.innerType as z.ZodMiniType;
    }
    return schema;
  };
  let schema = unwrap(policySchema);
  for (const segment of path) {
    if (schema instanceof z.ZodMiniObject) schema = (schema.shape as Record<string, z.ZodMiniType>)[String(segment)];
    else if (schema instanceof z.ZodMiniArray) schema = schema.def.element as z.ZodMiniType;
    else if (schema instanceof z.ZodMiniRecord) schema = schema.def.valueType as z.ZodMiniType;
    else return undefined;
    schema = unwrap(schema);
  }
  return schema;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

function closest(word: string, candidates: string[]): string | undefined {
  const lower = word.toLowerCase();
  const scored = candidates
    .map((c) => ({ c, d: c.toLowerCase() === lower ? 0 : editDistance(lower, c.toLowerCase()) }))
    .sort((x, y) => x.d - y.d);
  return scored[0] && scored[0].d <= Math.max(2, Math.floor(word.length / 4)) ? scored[0].c : undefined;
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing (an empty value)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text "${value}"`;
  return `${typeof value} ${String(value)}`;
}

const EXPECTED_WORDS: Record<string, string> = {
  object: 'a mapping (key: value)',
  array: 'a list',
  string: 'a text value',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const p of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[p];
  }
  return value;
}

const ACCOUNT_FIELDS = ['pullAccounts', 'account', 'accountId'];

type IssueOut = { path: PolicyPath; message: string; onKey?: boolean };

/** An unknown key: the keys allowed there, and the closest one as a guess. */
function unknownKeyIssues(issue: z.core.$ZodIssueUnrecognizedKeys, path: (string | number)[]): IssueOut[] {
  const shape = schemaAt(path);
  const allowed = shape instanceof z.ZodMiniObject ? Object.keys(shape.shape as object) : [];
  return issue.keys.map((key) => {
    const guess = closest(key, allowed);
    return {
      path: [...path, key],
      onKey: true,
      message: `unknown key "${key}"${guess ? ` (did you mean "${guess}"?)` : ''}; allowed keys: ${allowed.join(', ')}`,
    };
  });
}

/** A value of the wrong type: an account id written as a number, a missing field, or what was expected instead. */
function invalidTypeIssues(issue: z.core.$ZodIssueInvalidType, path: (string | number)[], raw: unknown): IssueOut[] {
  const actual = valueAt(raw, path);
  const last = path[path.length - 2] ?? path[path.length - 1];
  const account = typeof actual === 'number' && ACCOUNT_FIELDS.some((f) => f === last || f === path[path.length - 1]);
  if (account) {
    return [
      {
        path,
        message: `an AWS account id is 12 digits written in quotes ("012345678901"); a bare number loses leading zeros`,
      },
    ];
  }
  if (path.length === 0) {
    return [
      {
        path,
        message: `the policy file must be a mapping with at least version and system; got ${describeValue(actual)}`,
      },
    ];
  }
  const expected = EXPECTED_WORDS[issue.expected] ?? issue.expected;
  if (actual === undefined) return [{ path, message: `is required: ${expected}` }];
  return [{ path, message: `expected ${expected}, got ${describeValue(actual)}` }];
}

/** Turns a zod issue into one or more policy issues whose message says what is allowed. */
function fromZodIssue(issue: z.core.$ZodIssue, raw: unknown): IssueOut[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  switch (issue.code) {
    case 'unrecognized_keys':
      return unknownKeyIssues(issue, path);
    case 'invalid_type':
      return invalidTypeIssues(issue, path, raw);
    case 'invalid_value': {
      const values = issue.values.map((v) => String(v));
      return [
        {
          path,
          message:
            values.length === 1
              ? `must be ${values[0]}; got ${describeValue(valueAt(raw, path))}`
              : `must be one of ${values.join(', ')}; got ${describeValue(valueAt(raw, path))}`,
        },
      ];
    }
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const word = issue.code === 'too_small' ? 'at least' : 'at most';
      const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
      const got = valueAt(raw, path);
      const shown =
        typeof got === 'string' ? `${got.length} characters` : Array.isArray(got) ? `${got.length} items` : String(got);
      return [{ path, message: `must be ${word} ${String(bound)}${unit}; got ${shown}` }];
    }
    case 'invalid_format': {
      const got = valueAt(raw, path);
      const message = issue.format === 'url' ? 'must be a URL such as https://artifacts.example.com' : issue.message;
      return [{ path, message: `${message}; got ${describeValue(got)}` }];
    }
    default:
      return [{ path, message: issue.message }];
  }
}

/** The node at `path` (or its key node), else the deepest node on the way: where the problem is shown. */
function locate(doc: Document, path: PolicyPath, onKey: boolean): Node | undefined {
  let node: unknown = doc.contents;
  let found: Node | undefined = doc.contents ?? undefined;
  for (const [i, segment] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return found;
      const key = pair.key as Node;
      if (i === path.length - 1 && (onKey || pair.value === null)) return key;
      node = pair.value;
      found = (pair.value as Node | null) ?? key;
      if (isScalar(pair.value) && pair.value.value === null) found = key;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (!item) return found;
      node = item;
      found = item as Node;
    } else {
      return found;
    }
  }
  return found;
}

/**
 * Parses and validates a policy file's text; throws a PolicyError listing every problem with line and column.
 * A deprecated spelling is read in its current form and reported through `warn`, with its place in the file.
 */
export function parsePolicy(text: string, file: string, warn: (message: string) => void = () => {}): Policy {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_POLICY_BYTES) throw tooLarge(file, bytes);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number | undefined) => {
    const pos = lineCounter.linePos(offset ?? 0);
    return { line: pos.line, column: pos.col };
  };
  if (doc.errors.length > 0) {
    throw new PolicyError(
      doc.errors.map((e) => ({
        file,
        ...at(e.pos[0]),
        field: 'YAML',
        message: e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''),
      })),
    );
  }
  const raw: unknown = doc.toJS();
  const place = (path: PolicyPath, onKey: boolean) => at(locate(doc, path, onKey)?.range?.[0]);

  const parsed = policySchema.safeParse(raw ?? undefined);
  if (!parsed.success) {
    if (raw === null || raw === undefined) {
      throw new PolicyError([
        {
          file,
          line: 1,
          column: 1,
          field: '(top level)',
          message: 'the policy file is empty; it needs at least version: 1 and system',
        },
      ]);
    }
    const issues = parsed.error.issues.flatMap((issue) =>
      fromZodIssue(issue, raw).map((i) => ({
        file,
        ...place(i.path, i.onKey ?? false),
        field: formatPath(i.path),
        message: i.message,
      })),
    );
    throw new PolicyError(sortByPlace(issues));
  }
  const located = (i: PolicyIssue): LocatedPolicyIssue => ({
    file,
    ...place(i.path, false),
    field: formatPath(i.path),
    message: i.message,
  });
  const resolved = resolveTagMutability(parsed.data);
  const cross = [...resolved.issues, ...crossFieldIssues(resolved.policy)];
  if (cross.length > 0) throw new PolicyError(sortByPlace(cross.map(located)));
  for (const w of resolved.warnings.map(located)) warn(`${w.file}:${w.line}:${w.column}: ${w.field}: ${w.message}`);
  return withDerivedAbacTag(resolved.policy);
}

/** The ABAC tag is the system's name: written into resourceTags when the policy leaves it out. */
function withDerivedAbacTag(policy: Policy): Policy {
  const key = policy.iam.principalTagKey;
  if (key in policy.resourceTags) return policy;
  return { ...policy, resourceTags: { ...policy.resourceTags, [key]: policy.system } };
}

function sortByPlace(issues: LocatedPolicyIssue[]): LocatedPolicyIssue[] {
  return [...issues].sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * Reads and validates the policy file at `path` (relative to the working directory); warnings about deprecated
 * spellings go to `logger` (by default the console, which the runner shows in the step's log).
 */
export function loadPolicy(
  path: string = DEFAULT_POLICY_PATH,
  logger: Pick<Logger, 'warning'> = new ConsoleLogger(),
): Policy {
  let text: string;
  try {
    const { size } = statSync(path);
    if (size > MAX_POLICY_BYTES) throw tooLarge(path, size);
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ConfigurationError(
        `policy file ${path} not found; create it (see docs/policy.md in the artifacts repository) or set the policy input to its path`,
      );
    }
    throw err;
  }
  return parsePolicy(text, path, (message) => logger.warning(message));
}
