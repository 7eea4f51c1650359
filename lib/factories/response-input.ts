import { DEFAULT_MAX_BODY_BYTES, type BodyInput } from '../response/body-text.js';
import type { HeadersInput } from '../response/headers.js';
import type { ResponseParts } from '../response/response-facts.js';
import { httpMethodOf } from '../response/http-method.js';
import { checkStatusCode } from '../response/status-code.js';
import { attempt } from '../util/read-foreign.js';

/** A COS response as {@link createServiceError} takes it. */
export interface ResponseInput {
  /** The request method; `GET` when not given. */
  method?: string | undefined;
  /** The request URL; kept with its credentials redacted. */
  url?: string | undefined;
  /** The HTTP status, an integer from 100 to 599. */
  statusCode: number;
  /** The response headers. */
  headers?: HeadersInput | undefined;
  /** The response body: text, bytes, or nothing. */
  body?: BodyInput;
  /** How many bytes of the body to read and keep; 64 KiB when not given. */
  maxBodyBytes?: number | undefined;
  /** The error that caused this one (an SDK's or a client's), kept as the error's `cause`. */
  cause?: unknown;
}

/**
 * The body cap a caller asked for, else 64 KiB (then `problem`, for the error's message, says
 * why when something that is not a whole number of bytes was asked).
 * @internal
 */
export function maxBodyBytesOption(value: unknown): { bytes: number; problem?: string } {
  if (value === undefined) return { bytes: DEFAULT_MAX_BODY_BYTES };
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return { bytes: value };
  const shown = attempt(() => (typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : String(value).slice(0, 40)), typeof value);
  return { bytes: DEFAULT_MAX_BODY_BYTES, problem: `maxBodyBytes ${shown} is not a whole number of bytes, so 64 KiB were read` };
}

/**
 * Reads a caller's response input (the parts the response layer reads, and the cause as
 * `{ cause }` when one was given) so that only a status that is not one throws: a property whose
 * getter throws counts as missing, and is named in the error's message.
 * @throws TypeError when `statusCode` is not an integer from 100 to 599.
 * @internal
 */
export function readResponseInput(input: unknown): { parts: ResponseParts; cause: { readonly cause: unknown } | undefined } {
  const problems: string[] = [];
  const source = typeof input === 'object' && input !== null ? input : {};
  const read = (key: keyof ResponseInput): unknown => {
    try {
      return (source as Record<string, unknown>)[key];
    } catch {
      problems.push(`${key} could not be read`);
      return undefined;
    }
  };
  const statusCode = read('statusCode');
  if (problems.length > 0) throw new TypeError('statusCode must be an integer from 100 to 599, and it could not be read');
  const status = checkStatusCode(statusCode);
  const { bytes: maxBodyBytes, problem } = maxBodyBytesOption(read('maxBodyBytes'));
  if (problem !== undefined) problems.push(problem);
  const method = read('method');
  const url = read('url');
  const hasCause = attempt(() => 'cause' in source, undefined);
  if (hasCause === undefined) problems.push('cause could not be read');
  const parts: ResponseParts = {
    method: httpMethodOf(method),
    url: typeof url === 'string' && url !== '' ? url : undefined,
    statusCode: status,
    headers: read('headers'),
    body: read('body'),
    maxBodyBytes,
    problems,
  };
  return { parts, cause: hasCause ? { cause: read('cause') } : undefined };
}
