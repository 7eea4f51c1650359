import type { CosServiceError } from '../errors/cos-service-error.js';
import { readForeign } from '../util/read-foreign.js';
import type { HeadersInput } from '../response/headers.js';
import { checkStatusCode, isStatusCode } from '../response/status-code.js';
import { createServiceError } from './create-service-error.js';
import { maxBodyBytesOption } from './response-input.js';
import { readCapped, type AbortSignalLike } from './stream/read-capped.js';
import { discardBody, responseAnswer, type FetchResponseLike, type NodeResponseLike } from './stream/response-kinds.js';

/** Options of {@link fromResponse}. */
export interface FromResponseOptions {
  /** The request method; for a Node response, its request's method when not given; else `GET`. */
  method?: string | undefined;
  /** The request URL; for a fetch `Response`, its `url` when not given. */
  url?: string | undefined;
  /** How many bytes of the body to read and keep; 64 KiB when not given. */
  maxBodyBytes?: number | undefined;
  /**
   * Stops reading the body when aborted: the promise rejects with a `CosClientError` of kind
   * `cancelled` (or `timeout`, for `AbortSignal.timeout()`), and the connection is freed.
   */
  signal?: AbortSignalLike | undefined;
  /**
   * How long reading the body may take, in milliseconds; 30 000 when not given, `Infinity` for
   * no limit. Past it the promise rejects with a `CosClientError` of kind `timeout`, and the
   * connection is freed.
   */
  timeout?: number | undefined;
}

/** How long reading a body may take: 30 seconds unless the caller says otherwise. */
function timeoutOption(value: unknown): number {
  return typeof value === 'number' && value > 0 ? value : 30_000;
}

function signalOption(value: unknown): AbortSignalLike | undefined {
  return typeof readForeign(value, 'addEventListener') === 'function' ? (value as AbortSignalLike) : undefined;
}

/**
 * The error for a COS response as `fetch` or Node's `http` module gives it: a WHATWG `Response`
 * or an `http.IncomingMessage`. Reads at most `maxBodyBytes` of the body; a longer body is read
 * on for at most 256 KiB (so the connection can be reused) and then cancelled. HEAD and 304
 * answers are not read.
 *
 * The promise always settles: reading stops when `signal` aborts or `timeout` (30 s unless set)
 * runs out.
 *
 * @param response the answer: a `fetch` `Response` (in Node, a browser or a worker) or the
 * `http.IncomingMessage` of Node's `http`/`https` request. Its body should not have been read.
 * @param options what the response does not say (the request `method` and `url`; a fetch
 * `Response` knows its URL) and the limits of reading: `maxBodyBytes`, `timeout`, `signal`.
 * @returns a promise of the error, by the rules of {@link createServiceError}.
 * Rejects with a `CosClientError` of kind `response-read` (whose `cause` is the stream's error)
 * when the body cannot be read, of kind `timeout` or `cancelled` when reading is stopped; with a
 * `TypeError` when the status is not an HTTP status.
 *
 * @example
 * ```ts
 * const response = await fetch(url, { method: 'HEAD' });
 * if (!response.ok) throw await fromResponse(response, { method: 'HEAD' });
 * ```
 *
 * @group Factories and adapters
 */
export async function fromResponse(
  response: FetchResponseLike | NodeResponseLike,
  options?: FromResponseOptions,
): Promise<CosServiceError> {
  const method = readForeign(options, 'method');
  const url = readForeign(options, 'url');
  const { bytes: maxBodyBytes } = maxBodyBytesOption(readForeign(options, 'maxBodyBytes'));
  const signal = signalOption(readForeign(options, 'signal'));
  const timeoutMs = timeoutOption(readForeign(options, 'timeout'));
  const answer = responseAnswer(response, method, url);
  if (!isStatusCode(answer.statusCode)) {
    discardBody(response);
    checkStatusCode(answer.statusCode);
  }
  let body: Uint8Array | undefined;
  if (answer.method.toUpperCase() === 'HEAD' || answer.statusCode === 304) discardBody(response);
  else body = await readCapped(answer.source(), maxBodyBytes, timeoutMs, signal);
  return createServiceError({
    method: answer.method,
    url: answer.url,
    statusCode: answer.statusCode as number,
    headers: answer.headers as HeadersInput,
    body,
    maxBodyBytes: readForeign(options, 'maxBodyBytes') as number | undefined,
  });
}
