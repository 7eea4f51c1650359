import type { CosServiceError } from '../errors/cos-service-error.js';
import { createServiceError } from './create-service-error.js';
import { FactoryHandOver } from './factory-hand-over.js';
import { maxBodyBytesOption } from './max-body-bytes.js';
import type { ResponseInput } from './response-input.js';
import { discardBody, readFetchBody, readNodeBody, type FetchResponseLike, type NodeResponseLike } from './read-response.js';

/** Options of {@link fromResponse}. */
export interface FromResponseOptions {
  /** The request method; for a Node response, its request's method when not given; else `GET`. */
  method?: string;
  /** The request URL; for a fetch `Response`, its `url` when not given. */
  url?: string;
  /** How many bytes of the body to read and keep; 64 KiB when not given. The rest is drained. */
  maxBodyBytes?: number;
}

interface ClientRequestLike {
  method?: string;
  protocol?: string;
  host?: string;
  path?: string;
  getHeader?(name: string): unknown;
}

function isFetchResponse(response: unknown): response is FetchResponseLike {
  return typeof (response as FetchResponseLike).status === 'number' && typeof (response as FetchResponseLike).headers?.get === 'function';
}

function requestOf(message: NodeResponseLike): ClientRequestLike | undefined {
  const request = (message as { req?: unknown }).req;
  return typeof request === 'object' && request !== null ? (request as ClientRequestLike) : undefined;
}

function nodeRequestUrl(request: ClientRequestLike | undefined): string | undefined {
  if (request === undefined || typeof request.path !== 'string') return undefined;
  // The Host header has the port; ClientRequest.host does not.
  const hostHeader = typeof request.getHeader === 'function' ? request.getHeader('host') : undefined;
  const host = typeof hostHeader === 'string' ? hostHeader : request.host;
  return typeof host === 'string' ? `${request.protocol ?? 'http:'}//${host}${request.path}` : undefined;
}

/** What either kind of response tells before its body is read. */
interface Answer {
  readonly method: string;
  readonly url: string | undefined;
  readonly statusCode: number;
  readonly headers: ResponseInput['headers'];
  readBody(maxBytes: number): Promise<Uint8Array>;
}

function fetchAnswer(response: FetchResponseLike, options: FromResponseOptions): Answer {
  return {
    method: options.method ?? 'GET',
    url: options.url ?? (response.url === '' ? undefined : response.url),
    statusCode: response.status,
    headers: response.headers,
    readBody: (maxBytes) => readFetchBody(response, maxBytes),
  };
}

function nodeAnswer(message: NodeResponseLike, options: FromResponseOptions): Answer {
  const request = requestOf(message);
  return {
    method: options.method ?? request?.method ?? 'GET',
    url: options.url ?? nodeRequestUrl(request),
    statusCode: message.statusCode as number,
    headers: message.headers,
    readBody: (maxBytes) => readNodeBody(message, maxBytes),
  };
}

/**
 * The error for a COS response as `fetch` or Node's `http` module gives it: a WHATWG `Response`
 * or an `http.IncomingMessage`. Reads at most `maxBodyBytes` of the body and drains the rest;
 * HEAD and 304 answers are not read.
 *
 * @returns a promise of the error, by the rules of {@link createServiceError}.
 * Rejects with a `CosClientError` of kind `response-read`, whose `cause` is the stream's error,
 * when the body cannot be read; with a `TypeError` when the status or an option is not valid.
 *
 * @example
 * ```ts
 * const response = await fetch(url, { method: 'HEAD' });
 * if (!response.ok) throw await fromResponse(response, { method: 'HEAD' });
 * ```
 *
 * @group Factories
 */
export async function fromResponse(response: FetchResponseLike | NodeResponseLike, options: FromResponseOptions = {}): Promise<CosServiceError> {
  const maxBodyBytes = maxBodyBytesOption(options.maxBodyBytes);
  const answer = isFetchResponse(response) ? fetchAnswer(response, options) : nodeAnswer(response, options);
  const bodyless = answer.method.toUpperCase() === 'HEAD' || answer.statusCode === 304;
  if (bodyless) await discardBody(response);
  const body = bodyless ? undefined : await answer.readBody(maxBodyBytes);
  const { method, url, statusCode, headers } = answer;
  return createServiceError({ method, url, statusCode, headers, body, maxBodyBytes }, new FactoryHandOver(fromResponse));
}
