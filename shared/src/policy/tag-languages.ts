/**
 * The set of tags a template or an ECR wildcard filter can stand for, as a sequence of character classes, so that
 * validation can tell whether two of them share a tag (and show one) before any build made it.
 */

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const HEX = `${DIGITS}abcdef`;
/** Every character an OCI tag may hold. */
const TAG_CHARS = `${LOWER}${LOWER.toUpperCase()}${DIGITS}._-`;

/** One position of a tag: a character of `chars`, once or (repeat) any number of times; `from` names its placeholder. */
export interface Piece {
  chars: string;
  repeat: boolean;
  from?: string;
}

export type TagLanguage = Piece[];

const once = (chars: string, from?: string): Piece => ({ chars, repeat: false, from });
const many = (chars: string, from?: string): Piece => ({ chars, repeat: true, from });
const oneOrMore = (chars: string, from?: string): Piece[] => [once(chars, from), many(chars, from)];

/** What each free placeholder renders to (sanitizeTagPart for a branch, the version's characters, hex commits). */
const FREE: Record<string, (from: string) => Piece[]> = {
  branch: (from) => oneOrMore(`${LOWER}${DIGITS}._-`, from),
  version: (from) => [once(`${LOWER}${LOWER.toUpperCase()}${DIGITS}_`, from), many(TAG_CHARS, from)],
  // A release's version as people write git tags: a digit first, or v and a digit (1.2.0, v1.2.0).
  releaseVersion: (from) => [many('vV', from), once(DIGITS, from), many(TAG_CHARS, from)],
  sha7: (from) => Array.from({ length: 7 }, () => once(HEX, from)),
  sha: (from) => Array.from({ length: 40 }, () => once(HEX, from)),
  run: (from) => oneOrMore(DIGITS, from),
};

function literal(text: string): Piece[] {
  return [...text].map((c) => once(c));
}

/**
 * The tags `template` can render to: `fixed` gives the placeholders known in advance (service, environment,
 * system); branch, version, sha, sha7 and run range over every value they can take, except that with
 * versions 'release' a version is one as releases are tagged (a digit first, or v and a digit).
 */
export function templateLanguage(
  template: string,
  fixed: Readonly<Record<string, string>>,
  versions: 'any' | 'release' = 'any',
): TagLanguage {
  const out: Piece[] = [];
  let rest = template;
  for (let m = /\{([^{}]*)\}/.exec(rest); m; m = /\{([^{}]*)\}/.exec(rest)) {
    out.push(...literal(rest.slice(0, m.index)));
    const name = m[1];
    const free = FREE[name === 'version' && versions === 'release' ? 'releaseVersion' : name];
    out.push(...(name in fixed ? literal(fixed[name]) : (free?.(name) ?? literal(m[0]))));
    rest = rest.slice(m.index + m[0].length);
  }
  return [...out, ...literal(rest)];
}

/** The tags an ECR wildcard filter selects (`*` is any run of characters). */
export function wildcardLanguage(filter: string): TagLanguage {
  return [...filter].map((c) => (c === '*' ? many(TAG_CHARS) : once(c)));
}

/** One tag both languages hold, with the value each placeholder of `a` takes in it; undefined when none. */
export function commonTag(a: TagLanguage, b: TagLanguage): { tag: string; values: Record<string, string> } | undefined {
  const width = b.length + 1;
  const seen = new Map<number, { previous: number; char?: string; from?: string }>([[0, { previous: -1 }]]);
  const queue = [0];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head];
    const i = Math.floor(state / width);
    const j = state % width;
    if (i === a.length && j === b.length) return spell(seen, state);
    const visit = (ni: number, nj: number, char?: string, from?: string) => {
      const next = ni * width + nj;
      if (seen.has(next)) return;
      seen.set(next, { previous: state, char, from });
      queue.push(next);
    };
    if (i < a.length && a[i].repeat) visit(i + 1, j);
    if (j < b.length && b[j].repeat) visit(i, j + 1);
    if (i === a.length || j === b.length) continue;
    for (const char of a[i].chars) {
      if (b[j].chars.includes(char)) visit(a[i].repeat ? i : i + 1, b[j].repeat ? j : j + 1, char, a[i].from);
    }
  }
  return undefined;
}

function spell(
  seen: Map<number, { previous: number; char?: string; from?: string }>,
  end: number,
): { tag: string; values: Record<string, string> } {
  const steps: { char?: string; from?: string }[] = [];
  for (let state = end; state !== 0; state = seen.get(state)!.previous) steps.unshift(seen.get(state)!);
  const values: Record<string, string> = {};
  let tag = '';
  for (const { char, from } of steps) {
    if (char === undefined) continue;
    tag += char;
    if (from) values[from] = (values[from] ?? '') + char;
  }
  return { tag, values };
}
