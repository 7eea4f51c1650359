// A name (query parameter, header, JSON key, `name=value` pair in free text) whose value is a
// credential: COS's (`q-signature`, `x-cos-security-token`), S3's (`X-Amz-Signature`,
// `X-Amz-Credential`, `X-Amz-Security-Token`), and the generic words. Matched anywhere in the
// name, in any case and whatever separates its words (`sessionToken`, `x-ci-security-token`,
// `secret_key`, `API Key`, `AWS_ACCESS_KEY_ID`). One alternation of fixed words: linear.
const SECRET_WORD = /signature|token|credential|passw(?:or)?d|secret|authorization|cookie|customerkey|apikey|accesskey/;
// What may part the words of a name: `access-key`, `access_key`, `access.key`, `access key`.
const WORD_SEPARATORS = /[-_. ]/g;
// Key ids count too (`q-ak`, the SecretId in a COS signature), as X-Amz-Credential does for S3:
// as a word of its own, so that no longer word that happens to hold the letters counts.
const KEY_ID = /(?:^|[^a-z0-9])q[-_]?ak(?![a-z0-9])/i;

// What any such name holds as written, separators and all: one look, with nothing to copy, that
// lets most text (a date, a message) through before the name is lower-cased and joined up.
const MAY_NAME_SECRET = /signature|token|credential|passw(?:or)?d|secret|authorization|cookie|key|q[-_]?ak/i;

/** Whether a name, in any case, names a credential. */
export function isSecretName(name: string): boolean {
  if (!MAY_NAME_SECRET.test(name)) return false;
  return SECRET_WORD.test(name.toLowerCase().replace(WORD_SEPARATORS, '')) || KEY_ID.test(name);
}

// A value that carries a credential of its own, once decoded: a whole signed query or
// authorization string (`sign=q-sign-algorithm=sha1&…&q-signature=…`), a header line or JSON
// member (`"token":…`), or a URL with user info (`https://user:pw@host`).
const CARRIES_SECRET =
  /(?:signature|token|credential|passw(?:or)?d|secret|authorization|cookie|customer[-_]?key|api[-_]?key|access[-_]?key|q-ak)["']?\s*[=:]|:\/\/[^/\s@]*@/i;

/** Whether a (decoded) value itself holds a credential: a `name=value` or `name: value` pair, or a URL with user info. */
export function carriesSecretPair(value: string): boolean {
  return CARRIES_SECRET.test(value);
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
