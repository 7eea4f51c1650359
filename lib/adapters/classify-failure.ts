import type { ClientErrorKind } from '../errors/cos-client-error.js';
import { foreignText, readForeign } from '../util/read-foreign.js';

// Codes of a connection that could not be made or broke: the system's, TLS's, then undici's, Node's and axios's.
const NETWORK_CODES = new Set([
  ...['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'EPROTO', 'ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL'],
  ...['EHOSTUNREACH', 'EHOSTDOWN', 'ENETUNREACH', 'ENETDOWN'],
  ...['CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'ERR_TLS_CERT_ALTNAME_INVALID'],
  ...['UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'UND_ERR_CONNECT', 'ERR_SOCKET_CLOSED', 'ERR_NETWORK', 'ERR_STREAM_PREMATURE_CLOSE'],
]);
// Codes and names of a timeout, and of a cancelled request.
const TIMEOUT_CODES = new Set([
  ...['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'TimeoutError'],
  ...['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT'],
]);
const CANCELLED_CODES = new Set(['ABORT_ERR', 'ERR_CANCELED', 'ECANCELED', 'UND_ERR_ABORTED', 'AbortError', 'CanceledError']);

// The SDKs check arguments before sending and report them as a bare `Error` with one of these.
// Each alternative is a fixed phrase (no unbounded repetition between two parts), so a test is
// linear in the message; "param … error" is checked apart, by two searches.
const INVALID_ARGUMENT =
  /^missing param|should format as|should not be|format error|not (?:a |an )?(?:valid|support)|must be|is required|invalid (?:param|argument|bucket|region|key)/i;
const INVALID_CREDENTIALS = /getAuthorization|SecretId|SecretKey|TmpSecret|SecurityToken|credential/i;
const TIMEOUT_WORDS = /timed? ?out|timeout/i;
// fetch's own words in Node ("fetch failed"), Chrome ("Failed to fetch"), Firefox ("NetworkError when attempting to fetch resource") and Safari ("Load failed").
const NETWORK_WORDS =
  /socket hang up|network|connection (?:refused|reset|closed)|request:fail|fetch failed|failed to fetch|load failed|terminated/i;
const CANCELLED_WORDS = /cancel+ed|aborted|request:fail abort/i;
// Messages are classified on their start: what decides the kind is said early.
const CLASSIFIED_LENGTH = 1000;

/** "param <anything> error" or "param <anything> invalid", found by two searches. */
function namesABadParam(lower: string): boolean {
  const param = lower.indexOf('param ');
  return param !== -1 && (lower.indexOf(' error', param + 5) !== -1 || lower.indexOf(' invalid', param + 5) !== -1);
}

/** The kind a code or name says by itself, or `undefined`. */
function kindOfCode(code: string): ClientErrorKind | undefined {
  if (NETWORK_CODES.has(code)) return 'network';
  if (TIMEOUT_CODES.has(code)) return 'timeout';
  if (CANCELLED_CODES.has(code)) return 'cancelled';
  return undefined;
}

/** The kind a message says, or `undefined`. */
function kindOfMessage(fullMessage: string): ClientErrorKind | undefined {
  const message = fullMessage.length > CLASSIFIED_LENGTH ? fullMessage.slice(0, CLASSIFIED_LENGTH) : fullMessage;
  if (/request:fail abort/i.test(message)) return 'cancelled';
  if (TIMEOUT_WORDS.test(message)) return 'timeout';
  if (NETWORK_WORDS.test(message)) return 'network';
  if (CANCELLED_WORDS.test(message)) return 'cancelled';
  if (INVALID_CREDENTIALS.test(message)) return 'invalid-credentials';
  if (INVALID_ARGUMENT.test(message) || namesABadParam(message.toLowerCase())) return 'invalid-argument';
  return undefined;
}

/** Whether a timer ended an abort: its reason (the error's cause, or axios's signal's) is a `TimeoutError` (`AbortSignal.timeout()`). */
function abortedByTimeout(failure: unknown): boolean {
  const cause = readForeign(failure, 'cause');
  const reason = cause !== undefined ? cause : readForeign(readForeign(readForeign(failure, 'config'), 'signal'), 'reason');
  return foreignText(readForeign(reason, 'name')) === 'TimeoutError' || foreignText(readForeign(reason, 'code')) === 'ETIMEDOUT';
}

function classify(failure: unknown, depth: number): ClientErrorKind | undefined {
  if (typeof failure === 'string') return kindOfMessage(failure);
  const code = foreignText(readForeign(failure, 'code'));
  const name = foreignText(readForeign(failure, 'name'));
  const message = foreignText(readForeign(failure, 'message'));
  // axios says ECONNABORTED both for its timeout and for an aborted browser request.
  if (code === 'ECONNABORTED') return /abort/i.test(message) && !TIMEOUT_WORDS.test(message) ? 'cancelled' : 'timeout';
  // A reset socket is a network failure, whatever name a client gives it (the AWS SDK calls it TimeoutError).
  const byCode = kindOfCode(code);
  if (byCode !== undefined && byCode !== 'cancelled') return byCode;
  const byName = byCode ?? kindOfCode(name);
  if (byName === 'cancelled') return abortedByTimeout(failure) ? 'timeout' : 'cancelled';
  if (byName !== undefined) return byName;
  if (depth < 3) {
    // fetch: TypeError('fetch failed') with the system error as cause; AggregateError: its first error.
    const inner =
      classify(readForeign(failure, 'cause'), depth + 1) ?? classify(readForeign(readForeign(failure, 'errors'), '0'), depth + 1);
    if (inner !== undefined) return inner;
  }
  // The Mini Program network layer, and the COS SDKs that pass its errMsg on.
  const errMsg = foreignText(readForeign(failure, 'errMsg')) || foreignText(readForeign(failure, 'error'));
  return kindOfMessage(errMsg) ?? kindOfMessage(message);
}

/**
 * Why a request got no usable answer, from the failure any client reports (Node system errors,
 * undici and fetch, `DOMException`, axios, the AWS SDK, the COS SDKs, the Mini Program's
 * `errMsg: 'request:fail …'`). Reads codes first, then names, causes, and last the message; never throws.
 */
export function failureKindOf(failure: unknown): ClientErrorKind {
  return classify(failure, 0) ?? 'unknown';
}
