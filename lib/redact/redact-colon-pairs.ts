import { REDACTED } from './redacted.js';
import { TextSplice } from './text-splice.js';
import { isSecretName } from './secret-names.js';
import { endsName, endsValue, gapStart, isBlank, isQuote, isRedacted, LONGEST_NAME, quotedEnd, SHORTEST_SECRET_NAME } from './pair-text.js';

/** The name that ends at `end` before a colon: a quoted one whole (`"Secret Key"`, `\"token\"`), else the word there, with the word before it when one space parts them (`Secret Key`). */
function colonName(text: string, end: number): { start: number; end: number; quoted: boolean } | undefined {
  const last = text.charCodeAt(end - 1);
  if (isQuote(last)) {
    const escaped = text.charCodeAt(end - 2) === 0x5c; /* \ */
    const nameEnd = escaped ? end - 2 : end - 1;
    let start = nameEnd;
    while (start > 0 && nameEnd - start < LONGEST_NAME && text.charCodeAt(start - 1) !== last) start--;
    if (start === 0 || text.charCodeAt(start - 1) !== last) return undefined;
    return { start, end: nameEnd, quoted: true };
  }
  const word = (wordEnd: number): number => {
    let start = wordEnd;
    while (start > 0 && wordEnd - start < LONGEST_NAME && !endsName(text.charCodeAt(start - 1)) && text.charCodeAt(start - 1) !== 0x3a /* : */) start--;
    return start;
  };
  let start = word(end);
  if (start === end) return undefined;
  if (start >= 2 && text.charCodeAt(start - 1) === 0x20 && !endsName(text.charCodeAt(start - 2)) && text.charCodeAt(start - 2) !== 0x3a) start = word(start - 1);
  return { start, end, quoted: false };
}

/** Where a bracketed value (`[…]`, `{…}`) that opens at `at` closes, counting nested brackets of its kind; the end of the text when it never does. */
function bracketedEnd(text: string, at: number): number {
  const open = text.charCodeAt(at);
  const close = open === 0x5b /* [ */ ? 0x5d : 0x7d;
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === open) depth++;
    else if (code === close && --depth === 0) return i + 1;
  }
  return text.length;
}

// What ends the value of a JSON member that is not quoted: a pair's own separators too, and the
// brackets that close an object or a list around it.
function endsMemberValue(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return endsValue(code) || code === 0x2c /* , */ || code === 0x3b /* ; */ || code === 0x7d /* } */ || code === 0x5d /* ] */ || code === 0x29 /* ) */;
}

// The value of an `Authorization` or `Cookie` line is the rest of the line (`Bearer …`,
// `AWS AKID:…`, `a=1; sid=…`); any other credential's is one word (`password: a,b;c`).
const LINE_VALUED = /(?:authorization|cookie)$/i;

function endsLine(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === 0x0a || code === 0x0d;
}

function endsWord(text: string, at: number): boolean {
  return text.charCodeAt(at) <= 0x20;
}

/** Where the value of a credential named `name`, written with a colon, starts and ends. */
function colonValue(text: string, colon: number, name: string, quotedName: boolean): [number, number] {
  let start = colon + 1;
  // A header line's value stays on its line; a JSON member's may start on the next.
  while (start < text.length && (quotedName ? text.charCodeAt(start) <= 0x20 : isBlank(text.charCodeAt(start)))) start++;
  const quoted = quotedEnd(text, start);
  if (quoted !== undefined) return quoted;
  const code = text.charCodeAt(start);
  if (quotedName && (code === 0x5b /* [ */ || code === 0x7b) /* { */) return [start, bracketedEnd(text, start)];
  let end = start;
  const endsAt = quotedName ? endsMemberValue : LINE_VALUED.test(name) ? endsLine : endsWord;
  while (end < text.length && !endsAt(text, end)) end++;
  return [start, end];
}

// The name of an error class before its message (`CredentialsProviderError: Could not load …`)
// names no credential, whatever words it holds.
const ERROR_NAME = /(?:error|exception)$/i;

/**
 * `text` with the value of every credential written with a colon replaced by {@link REDACTED}:
 * a header line (`Authorization: Bearer …`, the rest of the line; `password: hunter2`, one
 * word) or a JSON member in text (`"secret":"…"`, `'token' : […]`, `\"secretKey\":\"…\"`: the
 * quoted string, the bracketed list or object, or the bare word). Only a credential name
 * counts, so `https://…`, `time: 12:00` or an error class before its message are left alone.
 * Linear: each name is looked for at most 128 characters back, and no value is read twice.
 */
export function redactColonPairs(text: string): string {
  if (!text.includes(':')) return text;
  const splice = new TextSplice(text);
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    const found = colonName(text, gapStart(text, colon));
    if (found === undefined || found.end - found.start < SHORTEST_SECRET_NAME || found.start < splice.copiedTo) continue;
    const name = text.slice(found.start, found.end);
    if (!isSecretName(name) || (!found.quoted && ERROR_NAME.test(name))) continue;
    const [start, end] = colonValue(text, colon, name, found.quoted);
    if (isRedacted(text, start, end)) continue;
    splice.replace(start, end, REDACTED);
    colon = Math.max(colon, end - 1);
  }
  return splice.result();
}
