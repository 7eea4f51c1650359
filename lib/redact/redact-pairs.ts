import { REDACTED } from './redacted.js';
import { TextSplice } from './text-splice.js';
import { carriesSecretPair, isSecretName, percentDecoded } from './secret-names.js';

// What stands before a pair's name: the text's own separators, a URL's delimiters, another '='.
function endsName(code: number): boolean {
  return code <= 0x20 || '&;,?#/"\'<>()[]{}|\\='.includes(String.fromCharCode(code));
}

// The shortest credential name (`q-ak`) and the shortest pair a value can carry (`token=`).
const SHORTEST_SECRET_NAME = 4;
const SHORTEST_CARRIED_PAIR = 6;

/** Whether a character ends a word of running text, a URL included: white space, quotes, angle brackets. */
export function isTokenBreak(code: number): boolean {
  return code <= 0x20 || code === 0x22 || code === 0x27 || code === 0x3c || code === 0x3e || code === 0x60;
}

// What ends a value that is not quoted: the end of a word, or the next pair of a query.
function endsValue(code: number): boolean {
  return isTokenBreak(code) || code === 0x26 /* & */;
}

// A name is looked for at most this far back from its '=': names are short.
const LONGEST_NAME = 128;

function isQuote(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x60;
}

/**
 * Where the value of a credential that follows `from` starts and ends: after any white space
 * (`Signature= …`), inside quotes (`token="…"`, to the closing quote), or else up to the first
 * character `endsAt` accepts.
 */
function credentialValue(text: string, from: number, endsAt: (code: number) => boolean): [number, number] {
  let start = from;
  while (start < text.length && text.charCodeAt(start) <= 0x20) start++;
  if (isQuote(text.charCodeAt(start))) {
    const close = text.indexOf(text[start]!, start + 1);
    return [start + 1, close === -1 ? text.length : close];
  }
  let end = start;
  while (end < text.length && !endsAt(text.charCodeAt(end))) end++;
  return [start, end];
}

/** Where the value of an ordinary pair that follows `from` ends: at a value's end or the next '='. */
function plainValue(text: string, from: number): [number, number] {
  let end = from;
  while (end < text.length && !endsValue(text.charCodeAt(end)) && text.charCodeAt(end) !== 0x3d) end++;
  return [from, end];
}

/**
 * `text` with the value of every credential `name=value` pair replaced by {@link REDACTED}: a
 * query string, an authorization string (`q-sign-algorithm=sha1&…&q-signature=…`), an S3
 * `Credential=…, Signature=…` header, `token="…"`, `password: …=` with a space after the `=`.
 * A credential's value runs to the next white space or `&` (a comma, a semicolon or an `=` does
 * not end it), or to its closing quote. Also redacted: the value of any pair whose value,
 * decoded, holds such a pair of its own. One pass from left to right: linear in the text.
 */
export function redactPairs(text: string): string {
  if (!text.includes('=')) return text;
  // Past the last character that is not '=' (base64 padding ends many ids) no value can follow.
  let lastValueCharacter = text.length - 1;
  while (lastValueCharacter >= 0 && text.charCodeAt(lastValueCharacter) === 0x3d) lastValueCharacter--;
  const splice = new TextSplice(text);
  for (let equals = text.indexOf('='); equals !== -1 && equals < lastValueCharacter; equals = text.indexOf('=', equals + 1)) {
    let nameStart = equals;
    while (nameStart > 0 && equals - nameStart < LONGEST_NAME && !endsName(text.charCodeAt(nameStart - 1))) nameStart--;
    if (nameStart === equals || nameStart < splice.copiedTo) continue;
    const secret = equals - nameStart >= SHORTEST_SECRET_NAME && isSecretName(percentDecoded(text.slice(nameStart, equals)).trim());
    // A credential's value may hold '=' (base64 padding); any other value ends at the next pair,
    // so that no stretch of text is scanned twice.
    const [start, end] = secret ? credentialValue(text, equals + 1, endsValue) : plainValue(text, equals + 1);
    const value = text.slice(start, end);
    if (value === '' || value === REDACTED) continue;
    if (secret || (value.length >= SHORTEST_CARRIED_PAIR && carriesSecretPair(percentDecoded(value)))) {
      splice.replace(start, end, REDACTED);
      equals = Math.max(equals, end - 1);
    }
  }
  return splice.result();
}

// What ends the value of a `name: value` pair that is not quoted: a pair's own separators too,
// and the brackets that close a JSON object or a list around it.
function endsColonValue(code: number): boolean {
  return endsValue(code) || code === 0x2c /* , */ || code === 0x3b /* ; */ || code === 0x7d /* } */ || code === 0x5d /* ] */ || code === 0x29 /* ) */;
}

/**
 * `text` with the value of every credential written with a colon replaced by {@link REDACTED}:
 * a header line (`Authorization: q-sign-algorithm=…`, `password: hunter2`) or a JSON member in
 * text (`"secret":"…"`, `'token': '…'`). Only a credential name counts, so `https://…` or
 * `time: 12:00` are left alone. Linear: each name is looked for at most 128 characters back, and
 * no value is read twice.
 */
export function redactColonPairs(text: string): string {
  if (!text.includes(':')) return text;
  const splice = new TextSplice(text);
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    // A quoted name (`"secret":`) ends at its closing quote.
    const nameEnd = colon > 0 && isQuote(text.charCodeAt(colon - 1)) ? colon - 1 : colon;
    let nameStart = nameEnd;
    while (nameStart > 0 && nameEnd - nameStart < LONGEST_NAME && !endsName(text.charCodeAt(nameStart - 1)) && text.charCodeAt(nameStart - 1) !== 0x3a) nameStart--;
    if (nameEnd - nameStart < SHORTEST_SECRET_NAME || nameStart < splice.copiedTo || !isSecretName(text.slice(nameStart, nameEnd))) continue;
    const [start, end] = credentialValue(text, colon + 1, endsColonValue);
    const value = text.slice(start, end);
    if (value === '' || value === REDACTED) continue;
    splice.replace(start, end, REDACTED);
    colon = Math.max(colon, end - 1);
  }
  return splice.result();
}
