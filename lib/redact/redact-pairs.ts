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
  let out = '';
  let segmentStart = 0;
  let changed = false;
  for (let at = 0; at <= text.length; at++) {
    if (at < text.length && !isPairDelimiter(text.charCodeAt(at))) continue;
    const segment = text.slice(segmentStart, at);
    const equals = segment.indexOf('=');
    if (equals > 0) {
      const name = percentDecoded(segment.slice(0, equals)).trim();
      const value = segment.slice(equals + 1);
      if (value !== REDACTED && value !== '' && (isSecretName(name) || carriesSecretPair(percentDecoded(value)))) {
        out += `${segment.slice(0, equals + 1)}${REDACTED}`;
        changed = true;
      } else out += segment;
    } else out += segment;
    if (at < text.length) out += text[at];
    segmentStart = at + 1;
  }
  return changed ? out : text;
}
