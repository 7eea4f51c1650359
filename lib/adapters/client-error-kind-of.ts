import type { ClientErrorKind } from '../errors/cos-client-error.js';

// System and HTTP-client codes of a connection that failed or broke.
const NETWORK_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'ECONNABORTED',
  'EPROTO',
  'UND_ERR_SOCKET',
  'ERR_SOCKET_CLOSED',
]);
const TIMEOUT_CODES: ReadonlySet<string> = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'TimeoutError']);
const CANCELLED_CODES: ReadonlySet<string> = new Set(['ABORT_ERR', 'AbortError', 'ERR_CANCELED', 'ECANCELED']);

// The SDKs check arguments before sending and report them as a bare `Error` with one of these.
// Each alternative is a fixed phrase (no unbounded repetition between two parts), so a test is
// linear in the message; "param … error" is checked apart, by two searches.
const INVALID_ARGUMENT = /^missing param|should format as|should not be|format error|not (?:a |an )?(?:valid|support)|must be|is required|invalid (?:param|argument|bucket|region|key)/i;
// Messages are classified on their start: what decides the kind is said early.
const CLASSIFIED_LENGTH = 1000;

/** "param <anything> error" or "param <anything> invalid", found by two searches. */
function namesABadParam(lower: string): boolean {
  const param = lower.indexOf('param ');
  return param !== -1 && (lower.indexOf(' error', param + 5) !== -1 || lower.indexOf(' invalid', param + 5) !== -1);
}
const INVALID_CREDENTIALS = /getAuthorization|SecretId|SecretKey|TmpSecret|SecurityToken|credential/i;

/** Why an SDK error without a COS answer happened, from its `code`, `name` and `message`. */
export function clientErrorKindOf(code: string, name: string, fullMessage: string): ClientErrorKind {
  const message = fullMessage.length > CLASSIFIED_LENGTH ? fullMessage.slice(0, CLASSIFIED_LENGTH) : fullMessage;
  for (const value of [code, name]) {
    if (NETWORK_CODES.has(value)) return 'network';
    if (TIMEOUT_CODES.has(value)) return 'timeout';
    if (CANCELLED_CODES.has(value)) return 'cancelled';
  }
  if (/timed? ?out/i.test(message)) return 'timeout';
  if (/socket hang up|network/i.test(message)) return 'network';
  if (/cancel+ed|aborted/i.test(message)) return 'cancelled';
  if (INVALID_CREDENTIALS.test(message)) return 'invalid-credentials';
  if (INVALID_ARGUMENT.test(message) || namesABadParam(message.toLowerCase())) return 'invalid-argument';
  return 'unknown';
}
