// East Asian wide characters (CJK ideographs, kana, hangul, full-width forms and punctuation) take
// two columns of a terminal.
const WIDE_RANGES =
  '\\u1100-\\u115f\\u2e80-\\u303e\\u3041-\\u33ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\ua960-\\ua97f\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6';
const WIDE = new RegExp(`[${WIDE_RANGES}]`, 'u');
// A space run, a word of narrow characters, or any one character (a wide one).
const PIECE = new RegExp(`\\s+|[^\\s${WIDE_RANGES}]+|[^]`, 'gu');
// Marks that may not begin a line in Chinese typesetting: they stay with the character before.
const NO_BREAK_BEFORE = /^[，。、；：？！）》」』】〕…—%,.;:?!)\]]/u;

/** The columns `text` takes in a terminal. */
function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += WIDE.test(character) ? 2 : 1;
  return width;
}

/** `text` as runs that may not be split: a word of narrow characters, one wide character, or a space. */
function pieces(text: string): string[] {
  return text.match(PIECE) ?? [];
}

/**
 * `text` in lines of at most `width` columns, for text that mixes Chinese and Latin words: a line
 * may break between two wide characters or at a space, never inside a word, and never before a
 * closing mark (which may then hang one column past a line that was full; a word longer than a
 * line keeps its own line).
 */
export function wrapWide(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces(text.trim())) {
    if (/^\s+$/.test(piece)) {
      if (line !== '') line += ' ';
      continue;
    }
    const fits = displayWidth(line) + displayWidth(piece) <= width;
    if (fits || line.trim() === '' || NO_BREAK_BEFORE.test(piece)) line += piece;
    else {
      lines.push(line.trimEnd());
      line = piece;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines.join('\n');
}
