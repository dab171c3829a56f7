/** Placeholders in names and tags: `{name}`. One parser so that validation and rendering agree. */

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** The placeholder names a template uses, in order of appearance. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

/** Why a template is malformed (an unclosed or stray brace, or a placeholder outside `known`), or undefined. */
export function templateProblem(template: string, known: readonly string[]): string | undefined {
  const withoutPlaceholders = template.replace(PLACEHOLDER, '');
  if (/[{}]/.test(withoutPlaceholders)) return `"${template}" has an unmatched brace; write placeholders as {name}`;
  const unknown = placeholdersOf(template).filter((p) => !known.includes(p));
  if (unknown.length > 0) {
    return `"${template}" uses unknown placeholder${unknown.length > 1 ? 's' : ''} ${unknown
      .map((p) => `{${p}}`)
      .join(', ')}; allowed: ${known.map((p) => `{${p}}`).join(' ')}`;
  }
  return undefined;
}

/** Replaces each `{name}` with `values[name]`; a placeholder without a value is left as written. */
export function renderTemplate(template: string, values: Readonly<Record<string, string | undefined>>): string {
  return template.replace(PLACEHOLDER, (whole: string, key: string) => values[key] ?? whole);
}
