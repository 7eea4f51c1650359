/** What a secret is replaced with wherever this package keeps or shows it. */
export const REDACTED = '[REDACTED]';

const SECRET_HEADERS: ReadonlySet<string> = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-cos-security-token',
]);

/** Whether a header (by lower-case name) carries a credential. */
export function isSecretHeader(lowerName: string): boolean {
  return SECRET_HEADERS.has(lowerName);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

function isSecretParameter(name: string, value: string): boolean {
  const lowerName = safeDecode(name).toLowerCase();
  if (lowerName.includes('signature') || lowerName.includes('token')) return true;
  // A presigned URL can carry the whole authorization string as one parameter (`sign=...`).
  return safeDecode(value).toLowerCase().includes('q-signature=');
}

/**
 * The URL with the value of every credential-bearing query parameter (`q-signature`,
 * `x-cos-security-token`, any name containing `signature` or `token`, any value carrying a
 * signature) and any password in the user info replaced by {@link REDACTED}. Everything else is
 * kept as written; the text need not be a valid URL.
 */
export function redactUrl(url: string): string {
  let text = url.replace(/^([a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/?#@:]*):[^/?#@]*@/, `$1:${REDACTED}@`);
  const queryStart = text.indexOf('?');
  if (queryStart === -1) return text;
  const hashStart = text.indexOf('#', queryStart);
  const queryEnd = hashStart === -1 ? text.length : hashStart;
  const parameters = text.slice(queryStart + 1, queryEnd).split('&').map((parameter) => {
    const equals = parameter.indexOf('=');
    const name = equals === -1 ? parameter : parameter.slice(0, equals);
    const value = equals === -1 ? '' : parameter.slice(equals + 1);
    return isSecretParameter(name, value) ? `${name}=${REDACTED}` : parameter;
  });
  const fragment = hashStart === -1 ? '' : redactFragment(text.slice(hashStart));
  text = `${text.slice(0, queryStart + 1)}${parameters.join('&')}${fragment}`;
  return text;
}

// A URL inside free text: scheme to the next white space or quote.
const URL_IN_TEXT = /[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^\s"'<>]+/g;

/** The text with every URL in it passed through {@link redactUrl}. */
export function redactText(text: string): string {
  return text.includes('://') ? text.replace(URL_IN_TEXT, redactUrl) : text;
}

// A fragment is never sent, but a URL copied from a browser can still carry a token there.
function redactFragment(fragment: string): string {
  return /signature|token/i.test(fragment) ? `#${REDACTED}` : fragment;
}
