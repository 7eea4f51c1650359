import { REDACTED } from './redacted.js';
import { carriesSecretPair, isSecretName, percentDecoded } from './secret-names.js';

// What ends a `name=value` pair: query and parameter separators, and the URL's own delimiters.
function isPairDelimiter(code: number): boolean {
  return code === 0x26 /* & */ || code === 0x3b /* ; */ || code === 0x2c /* , */ || code === 0x3f /* ? */ || code === 0x23 /* # */;
}

/**
 * `text` with the value of every credential `name=value` pair replaced by {@link REDACTED}: a
 * query string, an authorization string (`q-sign-algorithm=sha1&…&q-signature=…`), an S3
 * `Credential=…, Signature=…` header. One pass from left to right: linear in the text.
 */
export function redactPairs(text: string): string {
  if (!text.includes('=')) return text;
  // Only what changes is rebuilt: the text between two redactions is copied as one slice.
  let parts: string[] | undefined;
  let copiedTo = 0;
  let segmentStart = 0;
  // The next '=' at or after the segment's start, searched for once per '=': linear in the text.
  let equals = -2;
  for (let at = 0; at <= text.length; at++) {
    if (at < text.length && !isPairDelimiter(text.charCodeAt(at))) continue;
    if (equals !== -1 && equals < segmentStart) equals = text.indexOf('=', segmentStart);
    if (equals > segmentStart && equals < at - 1 && isSecretPair(text.slice(segmentStart, equals), text.slice(equals + 1, at))) {
      (parts ??= []).push(text.slice(copiedTo, equals + 1), REDACTED);
      copiedTo = at;
    }
    segmentStart = at + 1;
  }
  if (parts === undefined) return text;
  parts.push(text.slice(copiedTo));
  return parts.join('');
}

function isSecretPair(rawName: string, value: string): boolean {
  if (value === REDACTED) return false;
  return isSecretName(percentDecoded(rawName).trim()) || carriesSecretPair(percentDecoded(value));
}
