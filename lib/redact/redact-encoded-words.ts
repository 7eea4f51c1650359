import { REDACTED } from './redacted.js';
import { TextSplice } from './text-splice.js';
import { percentDecoded } from './secret-names.js';
import { isTokenBreak } from './pair-text.js';
import { redactColonPairs } from './redact-colon-pairs.js';
import { redactPairs } from './redact-pairs.js';

// A JSON string escape (`\u003d` for `=`), as an encoder writes a signed query into a message.
const JSON_ESCAPE = /\\u([0-9a-fA-F]{4})/g;

/** Whether text holds a percent or JSON escape, behind which a pair can hide. */
export function hasEscape(text: string): boolean {
  return text.includes('%') || text.includes('\\u');
}

function jsonUnescaped(text: string): string {
  return text.replace(JSON_ESCAPE, (_escape, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/**
 * Every word that shows a credential only once decoded (`q-signature%3D…`, `%253D` for an
 * escape escaped again, `q-signature\u003d…`), as a log line or a JSON encoder writes a signed
 * query, redacted whole: its escapes hide where the value starts. Each word is decoded once.
 */
export function redactEncodedWords(text: string): string {
  if (!hasEscape(text)) return text;
  const splice = new TextSplice(text);
  let wordStart = 0;
  for (let at = 0; at <= text.length; at++) {
    if (at < text.length && !isTokenBreak(text.charCodeAt(at))) continue;
    const word = text.slice(wordStart, at);
    if (hasEscape(word)) {
      const decoded = percentDecoded(jsonUnescaped(word));
      if (decoded !== word && redactPairs(redactColonPairs(decoded)) !== decoded) splice.replace(wordStart, at, REDACTED);
    }
    wordStart = at + 1;
  }
  return splice.result();
}
