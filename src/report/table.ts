/** Plain-text tables for the terminal report: columns padded to width, long cells cut with an ellipsis. */

/** Formats rows as a table with a header rule. Cells longer than `maxWidth` are shortened. */
export function textTable(header: string[], rows: string[][], maxWidth = 60): string[] {
  const cut = (s: string): string => {
    const flat = s.replace(/\s+/g, ' ');
    return flat.length > maxWidth ? `${flat.slice(0, maxWidth - 1)}…` : flat;
  };
  const cells = [header, ...rows].map((row) => row.map(cut));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]): string => row.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(cells[0]!), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)];
}
