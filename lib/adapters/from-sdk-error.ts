import { CosClientError } from '../errors/cos-client-error.js';
import { CosError } from '../errors/cos-error.js';
import { readServiceError } from '../factories/create-service-error.js';
import { readResponseInput } from '../factories/response-input.js';
import { redactedClip } from '../redact/redact-text.js';
import { isBytes } from '../response/body-text.js';
import type { ResponseParts } from '../response/response-facts.js';
import { firstStatus, isStatusCode } from '../response/status-code.js';
import { foreignText, hasOwnKeys, isForeignObject, readForeign } from '../util/read-foreign.js';
import { failureKindOf } from './classify-failure.js';

/** The COS answer inside a foreign error: the status, and the body as the client kept it, or only its parse (`parsedElsewhere`). */
type ForeignAnswer = Pick<ResponseParts, 'statusCode'> &
  Partial<Pick<ResponseParts, 'method' | 'url' | 'headers' | 'body' | 'parsedElsewhere'>>;

/** Whether a client kept the body as it came: text, or bytes. */
function isRawBody(value: unknown): boolean {
  return typeof value === 'string' || (isForeignObject(value) && isBytes(value));
}

/** An error document an SDK parsed, as a digest; `requestId()` when the document names no request id. */
function documentDigest(document: object, code: unknown, message: unknown, requestId: () => unknown): object {
  return {
    code,
    message,
    resource: readForeign(document, 'Resource'),
    requestid: readForeign(document, 'RequestId') ?? requestId(),
    traceid: readForeign(document, 'TraceId'),
  };
}

// The COS SDKs: `{ statusCode, headers, url, method, code, message, RequestId, error }`, `error` being the parsed error
// document, or for another body its parse (an HTML tree, `{}`), text, or bytes (cos-js-sdk-v5's `DataType: 'arraybuffer'`).
// cos-wx-sdk-v5 has no `code` or `message`; some builds give the status as the code (`code: '404'`).

/** The status of a COS SDK error: its `statusCode`, or a `code` that is a status ('404'). */
function cosSdkStatus(error: object): number | undefined {
  return firstStatus(readForeign(error, 'statusCode'), readForeign(error, 'code'));
}

function cosSdkDigest(error: object, parsed: unknown): object | undefined {
  if (isForeignObject(parsed) && readForeign(parsed, 'Code') !== undefined) {
    return documentDigest(parsed, readForeign(parsed, 'Code'), readForeign(parsed, 'Message'), () => readForeign(error, 'RequestId'));
  }
  const code = foreignText(readForeign(error, 'code'));
  // Some SDK builds keep only the code and message of the document. COS codes are CamelCase
  // (NoSuchKey); system codes (ECONNRESET) and the SDKs' generic 'Error' are not taken for one.
  if (/^[A-Z][a-z][A-Za-z0-9]*$/.test(code) && code !== 'Error') {
    return { code, message: readForeign(error, 'message'), requestid: readForeign(error, 'RequestId') };
  }
  return undefined;
}

/** The request a COS SDK's error names: the SDKs set `method` and `url` on every error, answered or not. */
function cosSdkRequest(error: object) {
  return { method: foreignText(readForeign(error, 'method')) || undefined, url: foreignText(readForeign(error, 'url')) || undefined };
}

function cosSdkAnswer(error: object): ForeignAnswer | undefined {
  const statusCode = cosSdkStatus(error);
  if (statusCode === undefined) return undefined;
  const parsed = readForeign(error, 'error');
  const digest = cosSdkDigest(error, parsed);
  // A success status with no error document: the answer broke while it was being read.
  if (statusCode < 300 && digest === undefined) return undefined;
  const { method, url } = cosSdkRequest(error);
  const headers = readForeign(error, 'headers');
  if (digest === undefined && isRawBody(parsed)) return { statusCode, method, url, headers, body: parsed };
  // The SDK's parse of a body that was no error document (an HTML page) has keys; of no body, it is `{}` or nothing.
  return { statusCode, method, url, headers, parsedElsewhere: { digest, invalid: digest === undefined && hasOwnKeys(parsed) } };
}

// The AWS SDK v3: `$metadata.httpStatusCode`, `$response.headers`, and its parse of an error document (`name`/`Code`,
// `message`, `Resource`, `RequestId`, `TraceId`), or the body as `$responseBodyText` when it could not parse it (an HTML
// page, JSON). A HEAD that COS answered 404 is `NotFound` with the message `UnknownError`. These names mean no code:
const AWS_NAMES_WITHOUT_A_CODE = new Set(['NotFound', 'Unknown', 'Error', 'UnknownError', 'S3ServiceException']);

function awsSdkAnswer(error: object): ForeignAnswer | undefined {
  const metadata = readForeign(error, '$metadata');
  if (!isForeignObject(metadata)) return undefined;
  const statusCode = readForeign(metadata, 'httpStatusCode');
  if (!isStatusCode(statusCode)) return undefined;
  const headers = readForeign(readForeign(error, '$response'), 'headers');
  const bodyText = readForeign(error, '$responseBodyText');
  if (typeof bodyText === 'string') return { statusCode, headers, body: bodyText };
  const name = foreignText(readForeign(error, 'name'));
  const code = foreignText(readForeign(error, 'Code')) || (AWS_NAMES_WITHOUT_A_CODE.has(name) ? '' : name);
  if (code === '') {
    // No document: a HEAD 404 is the SDK's NotFound. A body the SDK parsed without finding a code
    // (well-formed HTML) is in its `body`; with none, the error keeps its headers only.
    const method = statusCode === 404 && name === 'NotFound' ? 'HEAD' : undefined;
    return { statusCode, method, headers, parsedElsewhere: { digest: undefined, invalid: hasOwnKeys(readForeign(error, 'body')) } };
  }
  const message = foreignText(readForeign(error, 'message'));
  const digest = documentDigest(error, code, message === 'UnknownError' ? undefined : message, () => readForeign(metadata, 'requestId'));
  return { statusCode, headers, parsedElsewhere: { digest } };
}

// An `AxiosError`: the request in `config` (`method`, `baseURL`, `url`) and, when axios got an answer, `response`:
// `status`, `headers` (`AxiosHeaders` or plain) and `data` (text, bytes, or an object parsed from JSON; not a stream).
function isAxiosError(value: object): boolean {
  return readForeign(value, 'isAxiosError') === true;
}

function isPlainData(value: unknown): value is object {
  if (!isForeignObject(value)) return false;
  try {
    const prototype: unknown = Object.getPrototypeOf(value);
    return prototype === Object.prototype || prototype === null;
  } catch {
    return false;
  }
}

/** The request URL: `url` against `baseURL` when it is relative, as axios resolves it. */
function axiosUrl(config: unknown): string | undefined {
  const url = foreignText(readForeign(config, 'url'));
  const base = foreignText(readForeign(config, 'baseURL'));
  if (base === '' || /^[a-z][a-z0-9+.-]*:/i.test(url)) return url || undefined;
  // Slashes trimmed by hand: a pattern anchored at the end would retry from every slash.
  let baseEnd = base.length;
  while (baseEnd > 0 && base[baseEnd - 1] === '/') baseEnd--;
  let urlStart = 0;
  while (urlStart < url.length && url[urlStart] === '/') urlStart++;
  return `${base.slice(0, baseEnd)}/${url.slice(urlStart)}`;
}

function axiosRequest(error: object) {
  const config = readForeign(error, 'config');
  return { method: foreignText(readForeign(config, 'method')).toUpperCase() || undefined, url: axiosUrl(config) };
}

function axiosAnswer(error: object): ForeignAnswer | undefined {
  const response = readForeign(error, 'response');
  const statusCode = readForeign(response, 'status');
  if (!isStatusCode(statusCode)) return undefined;
  const { method, url } = axiosRequest(error);
  const headers = readForeign(response, 'headers');
  const data = readForeign(response, 'data');
  if (isRawBody(data)) return { statusCode, method, url, headers, body: data };
  if (isPlainData(data)) return { statusCode, method, url, headers, parsedElsewhere: { digest: data } };
  return { statusCode, method, url, headers };
}

/** The COS answer inside a foreign error, by the shape of the client that made it. */
function answerOf(error: object): ForeignAnswer | undefined {
  if (isForeignObject(readForeign(error, '$metadata'))) return awsSdkAnswer(error);
  if (isAxiosError(error)) return axiosAnswer(error);
  return cosSdkAnswer(error);
}

/** What a failure says of itself: its message, with its cause's when that says more (fetch's "fetch failed"). */
export function failureMessage(error: unknown): string {
  if (typeof error === 'string') return error;
  const own =
    foreignText(readForeign(error, 'message')) ||
    foreignText(readForeign(error, 'errMsg')) ||
    foreignText(readForeign(error, 'error')) ||
    foreignText(readForeign(readForeign(error, 'error'), 'message'));
  const cause = foreignText(readForeign(readForeign(error, 'cause'), 'message'));
  const said = cause !== '' && cause !== own ? (own === '' ? cause : `${own}: ${cause}`) : own;
  if (said !== '') return redactedClip(said);
  const code = foreignText(readForeign(error, 'code')) || foreignText(readForeign(error, 'name'));
  return code === '' ? 'The request to COS failed with no answer' : `The request to COS failed: ${redactedClip(code)}`;
}

/**
 * This package's error for the error any COS client gave: the matching `CosServiceError`
 * subclass when COS answered, a `CosClientError` of the right kind when it did not. The original
 * is the `cause`; a `CosError` passes through unchanged; nothing makes it throw.
 *
 * It recognises:
 * - the COS SDKs: `cos-nodejs-sdk-v5`, `cos-js-sdk-v5` (browsers) and `cos-wx-sdk-v5` (Mini
 *   Programs), from a callback or a promise, an `Error` or a plain object (`statusCode`,
 *   `headers`, `error: { Code, … }`);
 * - the AWS SDK for JavaScript v3 pointed at COS (`@aws-sdk/client-s3`): `$metadata`,
 *   `$response`, `Code` or `name`, `$responseBodyText`;
 * - `AxiosError`, with a `response` (its `data` as text, bytes or parsed JSON) or without one;
 * - failures with no answer: fetch and undici (`TypeError` with a `cause`), `DOMException`
 *   `AbortError` and `TimeoutError`, Node system errors, the Mini Program's `request:fail …`.
 *
 * Client failures get the kind `timeout` for any timeout, `cancelled` for an abort, `network`
 * for a connection that failed, `invalid-argument` or `invalid-credentials` for what an SDK
 * refused before sending, else `unknown`. Every text taken from the error is redacted as a URL
 * or a header would be.
 *
 * @example
 * ```ts
 * try {
 *   await cos.getObject({ Bucket, Region, Key });
 * } catch (sdkError) {
 *   const error = fromSdkError(sdkError);
 *   if (error instanceof NoSuchKeyError) return undefined;
 *   throw error;
 * }
 * ```
 *
 * @group Factories and adapters
 */
export function fromSdkError(error: unknown): CosError {
  if (error instanceof CosError) return error;
  const answer = isForeignObject(error) ? answerOf(error) : undefined;
  if (answer === undefined) {
    // No answer: the request the failure names, where the client keeps it.
    const request = !isForeignObject(error) ? undefined : isAxiosError(error) ? axiosRequest(error) : cosSdkRequest(error);
    return new CosClientError(failureMessage(error), { kind: failureKindOf(error), cause: error, ...request });
  }
  const { parts, cause } = readResponseInput({ ...answer, cause: error });
  const { ErrorClass, read } = readServiceError({ ...parts, parsedElsewhere: answer.parsedElsewhere }, cause);
  return new ErrorClass(read);
}
