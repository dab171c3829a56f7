import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** One step's job summary, as the action wrote it to GITHUB_STEP_SUMMARY. */
export interface StepSummary {
  step: string;
  markdown: string;
}

/**
 * Tables that have a header and no row: a summary cut short, or a table builder that wrote a header for
 * nothing. Returns each such table's header line.
 */
export function emptyTables(markdown: string): string[] {
  const lines = markdown.split('\n');
  const isRow = (line: string | undefined) => line !== undefined && /^\s*\|.*\|\s*$/.test(line);
  const isDelimiter = (line: string | undefined) => line !== undefined && /^\s*\|(\s*:?-+:?\s*\|)+\s*$/.test(line);
  const empty: string[] = [];
  let inCode = false;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].startsWith('```')) inCode = !inCode;
    else if (!inCode && isRow(lines[i]) && isDelimiter(lines[i + 1]) && !isRow(lines[i + 2])) {
      empty.push(lines[i].trim());
    }
  }
  return empty;
}

/** Every step's summary on one page, in order, as GitHub shows a job's summaries one below the other. */
export function summaryPage(title: string, summaries: StepSummary[]): string {
  const sections = summaries.map(
    (s) => `<!-- step: ${s.step} -->\n\n**Step: ${s.step}**\n\n${s.markdown.trim() || '_(no summary)_'}\n`,
  );
  return [`# ${title}\n`, ...sections].join('\n---\n\n');
}

export function writeSummaryPage(file: string, title: string, summaries: StepSummary[]): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, summaryPage(title, summaries));
}
