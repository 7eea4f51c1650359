import { INVALID_DIGEST, type DigestMsg, type ErrorFields } from '../digest/digest.js';
import { fieldsOfDigest, NO_FIELDS } from '../digest/fields-of-digest.js';
import { jsonDigest } from './json-digest.js';
import { xmlDigest } from './xml-digest.js';

/** What a body says: its digest and the facts read from it (before any header fallback). */
export interface BodyDigest {
  readonly digest: DigestMsg;
  readonly fields: ErrorFields;
}

/**
 * Rules 5 to 7 of SPEC section 3: an XML error document, then a JSON object, else
 * {@link INVALID_DIGEST}. The first character that is not white space picks the only rule that
 * can apply, so a body is parsed at most once.
 */
export function bodyDigest(text: string): BodyDigest {
  let first = 0;
  while (first < text.length && text.charCodeAt(first) <= 0x20) first++;
  const start = text.charCodeAt(first);
  if (start === 0x3c /* < */) {
    const digest = xmlDigest(text);
    if (digest !== undefined) return { digest, fields: fieldsOfDigest(digest) };
  } else if (start === 0x7b /* { */) {
    const digest = jsonDigest(text);
    if (digest !== undefined) return { digest, fields: fieldsOfDigest(digest) };
  }
  return { digest: INVALID_DIGEST, fields: NO_FIELDS };
}
