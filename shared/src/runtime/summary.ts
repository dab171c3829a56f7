/** Builds the markdown of a job summary; pure, so the summary of every action can be asserted in tests. */
export class SummaryBuilder {
  private readonly parts: string[] = [];

  heading(text: string, level: 1 | 2 | 3 | 4 = 2): this {
    this.parts.push(`${'#'.repeat(level)} ${escapeMarkdown(text)}\n`);
    return this;
  }

  paragraph(text: string): this {
    this.parts.push(`${text}\n`);
    return this;
  }

  /** A table; cells are escaped so that a `|` in a value cannot break it. */
  table(header: string[], rows: (string | number | undefined)[][]): this {
    if (rows.length === 0) return this;
    const line = (cells: (string | number | undefined)[]) =>
      `| ${cells.map((c) => escapeCell(c === undefined ? '' : String(c))).join(' | ')} |`;
    this.parts.push([line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n') + '\n');
    return this;
  }

  list(items: string[]): this {
    if (items.length) this.parts.push(items.map((i) => `- ${i}`).join('\n') + '\n');
    return this;
  }

  code(text: string, lang = ''): this {
    this.parts.push('```' + lang + '\n' + text.replace(/```/g, '`\u200b``') + '\n```\n');
    return this;
  }

  details(summary: string, body: string): this {
    this.parts.push(`<details><summary>${escapeHtml(summary)}</summary>\n\n${body}\n</details>\n`);
    return this;
  }

  raw(markdown: string): this {
    this.parts.push(markdown);
    return this;
  }

  toString(): string {
    return this.parts.join('\n');
  }
}

export function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** 1536 -> "1.5 KiB" */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return i === 0 ? `${v} B` : `${v.toFixed(1)} ${units[i]}`;
}

/** 1234 -> "1.2 s" */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
