// A name (query parameter, header, JSON key, `name=value` pair in free text) whose value is a
// credential: COS's (`q-signature`, `x-cos-security-token`), S3's (`X-Amz-Signature`,
// `X-Amz-Credential`, `X-Amz-Security-Token`), and the generic words. Matched on the lower-case
// name, anywhere in it, so prefixes and suffixes (`sessionToken`, `x-ci-security-token`) count.
// Key ids count too (`q-ak`, the SecretId in a COS signature; `accessKeyId`), as X-Amz-Credential
// does for S3. One alternation of fixed words: linear in the name.
const SECRET_WORD = /signature|token|credential|passw(?:or)?d|secret|authorization|cookie|customer-key|api-?key|access-?key|q-ak\b/i;

/** Whether a name, in any case, names a credential. */
export function isSecretName(name: string): boolean {
  return SECRET_WORD.test(name);
}

// A value that carries a whole signed query or authorization string of its own
// (`sign=q-sign-algorithm=sha1&…&q-signature=…`, once decoded).
const CARRIES_SECRET_PAIR = /(?:signature|token|credential|passw(?:or)?d|secret)\s*=/i;

/** Whether a (decoded) value itself holds a `name=value` credential pair. */
export function carriesSecretPair(value: string): boolean {
  return CARRIES_SECRET_PAIR.test(value);
}

const ESCAPE_RUN = /(?:%[0-9A-Fa-f]{2})+/g;
const ONE_ESCAPE = /%([0-9A-Fa-f]{2})/g;

function decodeRun(run: string): string {
  try {
    return decodeURIComponent(run);
  } catch {
    // Not UTF-8: each byte as the character of its value, as a lenient decoder would.
    return run.replace(ONE_ESCAPE, (_whole, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  }
}

/**
 * `text` percent-decoded (`+` as a space) leniently: each valid escape decoded, an invalid one
 * (`%ZZ`, a lone `%`) left as written, so one bad escape cannot hide the rest. Decoded twice at
 * most, so a value encoded twice is read as well.
 */
export function percentDecoded(text: string): string {
  let current = text;
  for (let round = 0; round < 2 && (current.includes('%') || current.includes('+')); round++) {
    const next = current.replace(/\+/g, ' ').replace(ESCAPE_RUN, decodeRun);
    if (next === current) break;
    current = next;
  }
  return current;
}
