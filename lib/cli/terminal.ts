// A field of a response can hold any character: a newline that forges a row of the table, an
// ESC that sets the terminal's title or colours, a bidi override that reorders what is read.
// None of them reaches the terminal as itself.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// What JSON.stringify leaves as itself inside a string although a terminal acts on it.
const UNPRINTABLE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A character as a JSON-style escape: `\u001b`. */
const unicodeEscape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `text` with every control character written as an escape (`\n`, `\u001b`), as a terminal can show it. */
function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => SHORT_ESCAPES[c] ?? unicodeEscape(c));
}

/** A value as JSON text that a terminal shows as it is: the same JSON, with those characters escaped too. */
export function printableJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNPRINTABLE_IN_JSON, unicodeEscape);
}

/**
 * Rows of cells as a left-aligned table under a header row, columns two spaces apart, control characters
 * escaped. With `maxWidth`, the last column is cut (ending in `…`) so that no line is longer.
 */
export function formatTable(header: readonly string[], rawRows: readonly (readonly string[])[], maxWidth = Infinity): string {
  const rows = rawRows.map((row) => row.map(printable));
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const last = header.length - 1;
  const lastWidth = Math.max(10, maxWidth - widths.slice(0, last).reduce((sum, width) => sum + width + 2, 0));
  const fit = (cell: string): string => (cell.length <= lastWidth ? cell : `${cell.slice(0, lastWidth - 1)}…`);
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (column === last ? fit(cell) : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

// East Asian wide characters (CJK ideographs, kana, hangul, full-width forms) take two columns of a terminal.
const WIDE_RANGES =
  '\\u1100-\\u115f\\u2e80-\\u303e\\u3041-\\u33ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\ua960-\\ua97f\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6';
const WIDE = new RegExp(`[${WIDE_RANGES}]`, 'u');
// The runs a line may not split: a space run, a word of narrow characters, or any one character (a wide one).
const PIECE = new RegExp(`\\s+|[^\\s${WIDE_RANGES}]+|[^]`, 'gu');
// Marks that may not begin a line in Chinese typesetting: they stay with the character before.
const NO_BREAK_BEFORE = /^[，。、；：？！）》」』】〕…—%,.;:?!)\]]/u;

/** The columns `text` takes in a terminal. */
const displayWidth = (text: string): number => [...text].reduce((width, character) => width + (WIDE.test(character) ? 2 : 1), 0);

/**
 * `text` (Chinese and Latin words mixed) in lines of at most `width` columns: a line breaks between two wide characters
 * or at a space, never inside a word nor before a closing mark (which may then hang one column past a full line; a word
 * longer than a line keeps its own line).
 */
export function wrapWide(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const piece of text.trim().match(PIECE) ?? []) {
    if (/^\s+$/.test(piece)) {
      if (line !== '') line += ' ';
      continue;
    }
    if (line.trim() === '' || NO_BREAK_BEFORE.test(piece) || displayWidth(line) + displayWidth(piece) <= width) line += piece;
    else {
      lines.push(line.trimEnd());
      line = piece;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines.join('\n');
}
