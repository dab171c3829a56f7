/**
 * Maven's version order, as `org.apache.maven.artifact.versioning.ComparableVersion` of Maven 3.8/3.9
 * defines it: a version is a tree of items (numbers, qualifiers, sub-lists opened by '-' or by a switch
 * between letters and digits); known qualifiers order alpha < beta < milestone < rc < snapshot < release < sp,
 * unknown ones after them alphabetically; trailing zeros and release qualifiers are dropped. maven-metadata.xml
 * lists versions in this order and names the greatest as latest/release.
 */

type Item = NumberItem | QualifierItem | ListItem;

interface NumberItem {
  kind: 'number';
  value: bigint;
  /** ComparableVersion keeps int, long and BigInteger items apart by digit count; a longer one is always greater. */
  width: 0 | 1 | 2;
}

interface QualifierItem {
  kind: 'qualifier';
  value: string;
}

interface ListItem {
  kind: 'list';
  items: Item[];
}

const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const ALIASES: Record<string, string> = { ga: '', final: '', release: '', cr: 'rc' };
const RELEASE_INDEX = String(QUALIFIERS.indexOf(''));

function comparableQualifier(qualifier: string): string {
  const i = QUALIFIERS.indexOf(qualifier);
  return i === -1 ? `${QUALIFIERS.length}-${qualifier}` : String(i);
}

/** Java's String.compareTo sign, by UTF-16 code units as Java compares. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function numberItem(digits: string): NumberItem {
  const stripped = digits.replace(/^0+(?=.)/, '') || '0';
  const width = stripped.length <= 9 ? 0 : stripped.length <= 18 ? 1 : 2;
  return { kind: 'number', value: BigInt(stripped), width };
}

function qualifierItem(text: string, followedByDigit: boolean): QualifierItem {
  let value = text;
  // a1 = alpha-1, b1 = beta-1, m1 = milestone-1
  if (followedByDigit && value.length === 1) {
    value = { a: 'alpha', b: 'beta', m: 'milestone' }[value] ?? value;
  }
  return { kind: 'qualifier', value: ALIASES[value] ?? value };
}

function isNull(item: Item): boolean {
  switch (item.kind) {
    case 'number':
      return item.value === 0n;
    case 'qualifier':
      return comparableQualifier(item.value) === RELEASE_INDEX;
    case 'list':
      return item.items.length === 0;
  }
}

function normalize(list: ListItem): void {
  for (let i = list.items.length - 1; i >= 0; i--) {
    const last = list.items[i];
    if (isNull(last)) list.items.splice(i, 1);
    else if (last.kind !== 'list') break;
  }
}

/** Item.compareTo(other), with `undefined` standing for Java's null (a missing item). */
function compareItem(item: Item, other: Item | undefined): number {
  switch (item.kind) {
    case 'number':
      if (other === undefined) return item.value === 0n ? 0 : 1;
      if (other.kind === 'number') {
        if (item.width !== other.width) return item.width < other.width ? -1 : 1;
        return item.value < other.value ? -1 : item.value > other.value ? 1 : 0;
      }
      return 1; // 1.1 > 1-sp, 1.1 > 1-1
    case 'qualifier':
      if (other === undefined) return compareStrings(comparableQualifier(item.value), RELEASE_INDEX); // 1-rc < 1, 1-sp > 1
      if (other.kind === 'qualifier') {
        return compareStrings(comparableQualifier(item.value), comparableQualifier(other.value));
      }
      return -1; // 1.any < 1.1, 1.any < 1-1
    case 'list': {
      if (other === undefined) {
        for (const i of item.items) {
          const result = compareItem(i, undefined);
          if (result !== 0) return result;
        }
        return 0;
      }
      if (other.kind === 'number') return -1; // 1-1 < 1.0.x
      if (other.kind === 'qualifier') return 1; // 1-1 > 1-sp
      const length = Math.max(item.items.length, other.items.length);
      for (let i = 0; i < length; i++) {
        const l = item.items[i];
        const r = other.items[i];
        const result = l === undefined ? (r === undefined ? 0 : -compareItem(r, undefined)) : compareItem(l, r);
        if (result !== 0) return result;
      }
      return 0;
    }
  }
}

function parse(version: string): ListItem {
  const text = version.toLowerCase();
  const root: ListItem = { kind: 'list', items: [] };
  let list = root;
  const stack: ListItem[] = [root];
  const open = (): void => {
    const child: ListItem = { kind: 'list', items: [] };
    list.items.push(child);
    list = child;
    stack.push(child);
  };
  const token = (isDigit: boolean, s: string): Item => (isDigit ? numberItem(s) : qualifierItem(s, false));
  let isDigit = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '.' || c === '-') {
      list.items.push(i === start ? numberItem('0') : token(isDigit, text.slice(start, i)));
      start = i + 1;
      if (c === '-') open();
    } else if (c >= '0' && c <= '9') {
      if (!isDigit && i > start) {
        // A qualifier after a dot starts its own sub-list, as after a dash: 1.0.RC1 == 1-rc-1.
        if (list.items.length > 0) open();
        list.items.push(qualifierItem(text.slice(start, i), true));
        start = i;
        open();
      }
      isDigit = true;
    } else {
      if (isDigit && i > start) {
        list.items.push(numberItem(text.slice(start, i)));
        start = i;
        open();
      }
      isDigit = false;
    }
  }
  if (text.length > start) {
    if (!isDigit && list.items.length > 0) open();
    list.items.push(token(isDigit, text.slice(start)));
  }
  while (stack.length > 0) normalize(stack.pop()!);
  return root;
}

function canonical(list: ListItem): string {
  let out = '';
  for (const item of list.items) {
    if (out.length > 0) out += item.kind === 'list' ? '-' : '.';
    out += item.kind === 'list' ? canonical(item) : item.kind === 'number' ? item.value.toString() : item.value;
  }
  return out;
}

/** A parsed Maven version: compare with `compareTo`, or use `compareMavenVersions` to sort strings. */
export class MavenVersion {
  private readonly items: ListItem;
  constructor(readonly value: string) {
    this.items = parse(value);
  }

  /** The canonical form, equal for equal versions (1.0 and 1 are both '1'). */
  get canonical(): string {
    return canonical(this.items);
  }

  compareTo(other: MavenVersion): number {
    return Math.sign(compareItem(this.items, other.items));
  }
}

export function compareMavenVersions(a: string, b: string): number {
  return new MavenVersion(a).compareTo(new MavenVersion(b));
}

/** Sorted in Maven's order, duplicates by string removed; ties keep their relative order. */
export function sortMavenVersions(versions: Iterable<string>): string[] {
  const unique = [...new Set(versions)];
  const parsed = new Map(unique.map((v) => [v, new MavenVersion(v)]));
  return unique.sort((a, b) => parsed.get(a)!.compareTo(parsed.get(b)!));
}

export function isSnapshotVersion(version: string): boolean {
  return version.endsWith('-SNAPSHOT');
}
