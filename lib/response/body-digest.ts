import { redactedPlainCopy, redactText } from '../redact/redact-text.js';
import { INVALID_DIGEST, type DigestMsg, type ErrorDigest, type ErrorFields } from './digest.js';
import { fieldsOfDigest, NO_FIELDS } from './fields.js';
import { jsonDigest } from './json-digest.js';
import { xmlDigest } from './xml/xml-digest.js';

/** What a body says: its digest and the facts read from it (before any header fallback), credentials redacted. */
interface BodyDigest {
  readonly digest: DigestMsg;
  readonly fields: ErrorFields;
}

/** The invalid body's answer: no facts. */
export const INVALID_BODY: BodyDigest = Object.freeze({ digest: INVALID_DIGEST, fields: NO_FIELDS });

function redactedXmlDigest(digest: ErrorDigest): ErrorDigest {
  // The digest is the reader's own new object: redacted in place.
  digest.code = redactText(digest.code);
  digest.message = redactText(digest.message);
  digest.resource = redactText(digest.resource);
  digest.requestid = redactText(digest.requestid);
  digest.traceid = redactText(digest.traceid);
  return digest;
}

/**
 * Rules 5 to 7 of the response rules: an XML error document, then a JSON object, else
 * {@link INVALID_DIGEST}. The first character that is not white space picks the only rule that
 * can apply, so a body is parsed at most once. `cut` says the text is the start of a longer body.
 */
export function bodyDigest(text: string, cut = false): BodyDigest {
  let first = 0;
  while (first < text.length && text.charCodeAt(first) <= 0x20) first++;
  const start = text.charCodeAt(first);
  if (start === 0x3c /* < */) {
    const digest = xmlDigest(text, cut);
    if (digest !== undefined) return { digest: redactedXmlDigest(digest), fields: fieldsOfDigest(digest) };
  } else if (start === 0x7b /* { */) {
    const parsed = jsonDigest(text);
    if (parsed !== undefined) {
      const digest = redactedPlainCopy(parsed) as Readonly<Record<string, unknown>>;
      return { digest, fields: fieldsOfDigest(digest) };
    }
  }
  return INVALID_BODY;
}
