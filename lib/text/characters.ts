// Character classes for reading text by character code, and the words they make.

/** White space, quotes and angle brackets: what ends a word of text, a URL included. */
export const isBreak = (c: number): boolean => c <= 0x20 || c === 0x22 || c === 0x27 || c === 0x60 || c === 0x3c || c === 0x3e;
/** A space, a tab or a no-break space: what stands between the words of one line. */
export const isBlank = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0;
/** An ASCII letter or digit. */
export const isAlnum = (c: number): boolean => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
/** Whether the character is one of `set`. */
export const isIn = (set: string, c: number): boolean => set.includes(String.fromCharCode(c));

/** The end of the word of text around `at`; with `inQuery`, of the query value around it (it ends at `&` too). */
export function wordEnd(text: string, at: number, inQuery = false): number {
  let end = at;
  while (end < text.length && !isBreak(text.charCodeAt(end)) && !(inQuery && text.charCodeAt(end) === 0x26)) end++;
  return end;
}
