import { isBytes } from '../response/body-text.js';
import { isStatusCode } from '../response/status-code.js';
import { foreignText, hasOwnKeys, isForeignObject, readForeign } from '../util/read-foreign.js';
import type { ForeignAnswer, ForeignRequest } from './foreign-answer.js';

/*
 * The errors of the COS SDKs, from a callback or a promise, an `Error` or a plain object:
 *
 * - cos-nodejs-sdk-v5 and cos-js-sdk-v5: `{ statusCode, headers, url, method, code, message,
 *   RequestId, error: { Code, Message, Resource, RequestId, TraceId } }`. For a body that is no
 *   error document, `error` is the SDK's parse of it (an HTML tree, `{}`), the body text, or
 *   (cos-js-sdk-v5 with `DataType: 'arraybuffer'`) its bytes.
 * - cos-wx-sdk-v5 (Mini Programs): the same as a plain object, without `code` or `message`; a
 *   network failure is `{ error: 'request:fail …' }` with no status.
 * - A status written as the code (`code: '404'`), as some builds of the SDKs give it.
 */

/** The status of an SDK error: its `statusCode`, or a `code` that is a status ('404'). */
function statusOf(error: object): number | undefined {
  for (const candidate of [readForeign(error, 'statusCode'), readForeign(error, 'code')]) {
    const status = typeof candidate === 'string' && /^\d{3}$/.test(candidate) ? Number(candidate) : candidate;
    if (isStatusCode(status)) return status;
  }
  return undefined;
}

/** The SDK's parse of an error document (`error: { Code, Message, … }`) as a digest. */
function digestOf(error: object, parsed: unknown): object | undefined {
  if (isForeignObject(parsed) && readForeign(parsed, 'Code') !== undefined) {
    return {
      code: readForeign(parsed, 'Code'),
      message: readForeign(parsed, 'Message'),
      resource: readForeign(parsed, 'Resource'),
      requestid: readForeign(parsed, 'RequestId') ?? readForeign(error, 'RequestId'),
      traceid: readForeign(parsed, 'TraceId'),
    };
  }
  const code = foreignText(readForeign(error, 'code'));
  // Some SDK builds keep only the code and message of the document. COS codes are CamelCase
  // (NoSuchKey); system codes (ECONNRESET) and the SDKs' generic 'Error' are not taken for one.
  if (/^[A-Z][a-z][A-Za-z0-9]*$/.test(code) && code !== 'Error') {
    return { code, message: readForeign(error, 'message'), requestid: readForeign(error, 'RequestId') };
  }
  return undefined;
}

/** The request a COS SDK's error names (the SDKs set `method` and `url` on every error), answered or not. */
export function cosSdkRequest(error: object): ForeignRequest {
  return { method: foreignText(readForeign(error, 'method')) || undefined, url: foreignText(readForeign(error, 'url')) || undefined };
}

/** The COS answer inside a COS SDK's error, or `undefined` when the SDK got none. */
export function cosSdkAnswer(error: object): ForeignAnswer | undefined {
  const statusCode = statusOf(error);
  if (statusCode === undefined) return undefined;
  const parsed = readForeign(error, 'error');
  const digest = digestOf(error, parsed);
  // A success status with no error document: the answer broke while it was being read.
  if (statusCode < 300 && digest === undefined) return undefined;
  const { method, url } = cosSdkRequest(error);
  const headers = readForeign(error, 'headers');
  if (digest === undefined && (typeof parsed === 'string' || (isForeignObject(parsed) && isBytes(parsed))))
    return { statusCode, method, url, headers, body: parsed };
  // The SDK's parse of a body that was no error document (an HTML page) is an object with keys;
  // of no body at all, `{}` or nothing.
  const invalid = digest === undefined && hasOwnKeys(parsed);
  return { statusCode, method, url, headers, parsedOnly: true, digest, invalid };
}
