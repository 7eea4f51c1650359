import { REDACTED } from './redacted.js';
import { TextSplice } from './text-splice.js';
import { carriesSecretPair, isSecretName, percentDecoded } from './secret-names.js';
import { endsName, endsValue, gapStart, isRedacted, isTokenBreak, LONGEST_NAME, quotedEnd, SHORTEST_CARRIED_PAIR, SHORTEST_SECRET_NAME } from './pair-text.js';

/** Whether the next pair of a query (`name=`, after `&` or `&amp;`) starts at `at`. Looks 128 characters ahead at most. */
function startsPair(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && i - at < LONGEST_NAME && !endsName(text.charCodeAt(i))) i++;
  return i > at && text.charCodeAt(i) === 0x3d /* = */;
}

/**
 * Whether a credential's value that is not quoted ends at `at`: at the end of a word, or at an
 * `&` that starts the next pair of a query. Any other `&` belongs to the value (`password=a&b`,
 * `token=&quot;…&quot;`), so that no part of a credential is left after its redacted start.
 */
function endsCredentialAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (isTokenBreak(code)) return true;
  if (code !== 0x26 /* & */) return false;
  return startsPair(text, text.startsWith('&amp;', at) ? at + 5 : at + 1);
}

/**
 * Where the value of a credential that follows `from` starts and ends: after any white space
 * (`Signature= …`), inside quotes (`token="…"`, `\"…\"`, to the closing quote), or else up to
 * where `endsAt` says it ends.
 */
function credentialValue(text: string, from: number, endsAt: (text: string, at: number) => boolean): [number, number] {
  let start = from;
  while (start < text.length && text.charCodeAt(start) <= 0x20) start++;
  const quoted = quotedEnd(text, start);
  if (quoted !== undefined) return quoted;
  let end = start;
  while (end < text.length && !endsAt(text, end)) end++;
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
 * `Credential=…, Signature=…` header, `token="…"`, `q-signature = …` with space around the `=`.
 * A credential's value runs to the next white space or to an `&` that starts another pair (a
 * comma, a semicolon or an `=` does not end it), or to its closing quote. Also redacted: the
 * value of any pair whose value, decoded, holds a credential of its own. One pass from left to
 * right: linear in the text.
 */
export function redactPairs(text: string): string {
  if (!text.includes('=')) return text;
  // Past the last character that is not '=' (base64 padding ends many ids) no value can follow.
  let lastValueCharacter = text.length - 1;
  while (lastValueCharacter >= 0 && text.charCodeAt(lastValueCharacter) === 0x3d) lastValueCharacter--;
  const splice = new TextSplice(text);
  for (let equals = text.indexOf('='); equals !== -1 && equals < lastValueCharacter; equals = text.indexOf('=', equals + 1)) {
    const nameEnd = gapStart(text, equals);
    let nameStart = nameEnd;
    while (nameStart > 0 && nameEnd - nameStart < LONGEST_NAME && !endsName(text.charCodeAt(nameStart - 1))) nameStart--;
    if (nameStart === nameEnd || nameStart < splice.copiedTo) continue;
    const secret = nameEnd - nameStart >= SHORTEST_SECRET_NAME && isSecretName(percentDecoded(text.slice(nameStart, nameEnd)).trim());
    // A credential's value may hold '=' (base64 padding); any other value ends at the next pair,
    // so that no stretch of text is scanned twice.
    const [start, end] = secret ? credentialValue(text, equals + 1, endsCredentialAt) : plainValue(text, equals + 1);
    if (isRedacted(text, start, end)) continue;
    if (secret || (end - start >= SHORTEST_CARRIED_PAIR && carriesSecretPair(percentDecoded(text.slice(start, end))))) {
      splice.replace(start, end, REDACTED);
      equals = Math.max(equals, end - 1);
    }
  }
  return splice.result();
}
