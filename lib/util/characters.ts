/** White space, quotes and angle brackets: what ends a word of text, a URL included. */
export const isBreak = (c: number): boolean => c <= 0x20 || c === 0x22 || c === 0x27 || c === 0x60 || c === 0x3c || c === 0x3e;
/** A space, a tab or a no-break space: what stands between the words of one line. */
export const isBlank = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0;
export const isAlnum = (c: number): boolean => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
export const isIn = (set: string, c: number): boolean => set.includes(String.fromCharCode(c));

/** The end of the word of text around `at`; with `inQuery`, of the query value around it (it ends at `&` too). */
export function wordEnd(text: string, at: number, inQuery = false): number {
  let end = at;
  while (end < text.length && !isBreak(text.charCodeAt(end)) && !(inQuery && text.charCodeAt(end) === 0x26)) end++;
  return end;
}

// A bracketed value closes within this many characters, or is read as a word: an unclosed `{` cannot make every look run to the end.
const LONGEST_BRACKETED = 4096;

/** Where a bracketed value (`[…]`, `{…}`, `(…)`) opening at `at` closes; -1 when it does not soon. */
export function bracketEnd(text: string, at: number): number {
  const open = text.charCodeAt(at);
  const close = open === 0x5b ? 0x5d : open === 0x28 ? 0x29 : 0x7d;
  // One native look first: most unclosed brackets have no closing one near at all.
  if (!text.slice(at, at + LONGEST_BRACKETED).includes(String.fromCharCode(close))) return -1;
  for (let i = at, depth = 0; i < text.length && i - at < LONGEST_BRACKETED; i++) {
    const c = text.charCodeAt(i);
    if (c === open) depth++;
    else if (c === close && --depth === 0) return i + 1;
  }
  return -1;
}

/** Where `quote` next closes from `from`, passing over quotes escaped with a backslash; the end of the text when it never does. */
export function closingQuote(text: string, quote: string, from: number): number {
  for (let at = text.indexOf(quote, from); at !== -1; at = text.indexOf(quote, at + 1)) {
    let backslashes = 0;
    while (quote.length === 1 && text.charCodeAt(at - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
  return text.length;
}
