// A name (query parameter, header, JSON key, `name=value` pair in free text) whose value is a
// credential: COS's (`q-signature`, `x-cos-security-token`), S3's (`X-Amz-Signature`,
// `X-Amz-Credential`, `X-Amz-Security-Token`), and the generic words. Matched on the lower-case
// name, anywhere in it, so prefixes and suffixes (`sessionToken`, `x-ci-security-token`) count.
// One alternation of fixed words: linear in the name.
const SECRET_WORD = /signature|token|credential|passw(?:or)?d|secret|authorization|cookie|customer-key|api-?key/i;

/** Whether a name, in any case, names a credential. */
export function isSecretName(name: string): boolean {
  return SECRET_WORD.test(name);
}

// A value that carries a whole signed query or authorization string of its own
// (`sign=q-sign-algorithm%3Dsha1%26q-signature%3D…`).
const CARRIES_SECRET_PAIR = /(?:signature|token|credential|password|secret)=/i;

/** Whether a (decoded) value itself holds a `name=value` credential pair. */
export function carriesSecretPair(value: string): boolean {
  return CARRIES_SECRET_PAIR.test(value);
}

/** `text` percent-decoded (`+` as a space), or as it is when it is not valid percent-encoding. */
export function percentDecoded(text: string): string {
  if (!text.includes('%') && !text.includes('+')) return text;
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
