import { readdirSync } from 'node:fs';

/**
 * A table-driven suite over a corpus folder: one test that every entry of the folder has a case and every case an
 * entry (so a file added without a case, or a case left without its file, fails), then one test per case.
 */
export function corpusSuite<C extends [string, ...unknown[]]>(
  dir: string,
  cases: C[],
  check: (...testCase: C) => void | Promise<void>,
  options: { title?: string; entries?: (names: string[]) => string[]; atLeast?: number } = {},
): void {
  test('every entry of the corpus has a case, and every case an entry', () => {
    const entries = (options.entries ?? ((names) => names))(readdirSync(dir));
    expect(cases.map(([entry]) => entry).sort()).toEqual(entries.sort());
    expect(entries.length).toBeGreaterThanOrEqual(options.atLeast ?? 1);
  });
  test.each(cases)(options.title ?? '%s', (...testCase) => check(...(testCase as unknown as C)));
}
