import { REDACTED } from './redacted.js';
import { carriesSecretPair, isSecretName, percentDecoded } from './secret-names.js';

// What stands before a pair's name: the text's own separators, a URL's delimiters, another '='.
function endsName(code: number): boolean {
  return code <= 0x20 || '&;,?#/"\'<>()[]{}|\\='.includes(String.fromCharCode(code));
}

// The shortest credential name (`token`) and the shortest pair a value can carry (`token=`).
const SHORTEST_SECRET_NAME = 5;
const SHORTEST_CARRIED_PAIR = 6;

// What ends a value that is not quoted.
function endsValue(code: number): boolean {
  return code <= 0x20 || code === 0x26 /* & */ || code === 0x22 || code === 0x27 || code === 0x3c || code === 0x3e || code === 0x60;
}

// A name is looked for at most this far back from its '=': names are short.
const LONGEST_NAME = 128;

function isQuote(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x60;
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
  let parts: string[] | undefined;
  let copiedTo = 0;
  for (let equals = text.indexOf('='); equals !== -1 && equals < lastValueCharacter; equals = text.indexOf('=', equals + 1)) {
    let nameStart = equals;
    while (nameStart > 0 && equals - nameStart < LONGEST_NAME && !endsName(text.charCodeAt(nameStart - 1))) nameStart--;
    if (nameStart === equals || nameStart < copiedTo) continue;
    const secret = equals - nameStart >= SHORTEST_SECRET_NAME && isSecretName(percentDecoded(text.slice(nameStart, equals)).trim());
    let start = equals + 1;
    // A credential's value may follow white space (`Signature= …`) or stand in quotes (`token="…"`).
    if (secret) while (start < text.length && text.charCodeAt(start) <= 0x20) start++;
    let end: number;
    if (secret && isQuote(text.charCodeAt(start))) {
      const close = text.indexOf(text[start]!, start + 1);
      start++;
      end = close === -1 ? text.length : close;
    } else {
      // A credential's value may hold '=' (base64 padding); any other value ends at the next
      // pair, so that no stretch of text is scanned twice.
      end = start;
      while (end < text.length && !endsValue(text.charCodeAt(end)) && (secret || text.charCodeAt(end) !== 0x3d)) end++;
    }
    const value = text.slice(start, end);
    if (value === '' || value === REDACTED) continue;
    if (secret || (value.length >= SHORTEST_CARRIED_PAIR && carriesSecretPair(percentDecoded(value)))) {
      (parts ??= []).push(text.slice(copiedTo, start), REDACTED);
      copiedTo = end;
      equals = Math.max(equals, end - 1);
    }
  }
  if (parts === undefined) return text;
  parts.push(text.slice(copiedTo));
  return parts.join('');
}
