import { printable } from './printable.js';

/** A cell cut to `width` characters, the last one `…` when it was cut. */
function fit(cell: string, width: number): string {
  return cell.length <= width ? cell : `${cell.slice(0, Math.max(0, width - 1))}…`;
}

/**
 * Rows of cells as a left-aligned text table with a header row, columns two spaces apart, every
 * control character in a cell escaped. With `maxWidth`, the last column is cut so that no line
 * is longer.
 */
export function formatTable(
  header: readonly string[],
  rawRows: readonly (readonly string[])[],
  maxWidth = Number.POSITIVE_INFINITY,
): string {
  const rows = rawRows.map((row) => row.map(printable));
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const last = header.length - 1;
  const before = widths.slice(0, last).reduce((sum, width) => sum + width + 2, 0);
  const lastWidth = Math.max(10, maxWidth - before);
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (column === last ? fit(cell, lastWidth) : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}
