import { isStatusCode } from '../response/status-code.js';
import { foreignText, hasOwnKeys, isForeignObject, readForeign } from '../util/read-foreign.js';
import type { ForeignAnswer } from './foreign-answer.js';

/*
 * The service exceptions of the AWS SDK for JavaScript v3 (`@aws-sdk/client-s3` pointed at a COS
 * endpoint): `$metadata.httpStatusCode`, the response in `$response` (headers, lower-case), and
 * either the SDK's parse of an error document (`name`/`Code`, `message`, `Resource`,
 * `RequestId`, `TraceId`) or, when the body was no XML it could parse (an HTML page, a JSON
 * body), the body itself as `$responseBodyText`. A HEAD that COS answered 404 without a body is
 * `NotFound` with the message `UnknownError`.
 */

// Names the SDK gives when the body named no code.
const NAMES_WITHOUT_A_CODE: ReadonlySet<string> = new Set(['NotFound', 'Unknown', 'Error', 'UnknownError', 'S3ServiceException']);

/** The COS answer inside an AWS SDK error, or `undefined` when it has none (a failure before any answer). */
export function awsSdkAnswer(error: object): ForeignAnswer | undefined {
  const metadata = readForeign(error, '$metadata');
  if (!isForeignObject(metadata)) return undefined;
  const statusCode = readForeign(metadata, 'httpStatusCode');
  if (!isStatusCode(statusCode)) return undefined;
  const headers = readForeign(readForeign(error, '$response'), 'headers');
  const bodyText = readForeign(error, '$responseBodyText');
  if (typeof bodyText === 'string') return { statusCode, headers, body: bodyText };
  const name = foreignText(readForeign(error, 'name'));
  const code = foreignText(readForeign(error, 'Code')) || (NAMES_WITHOUT_A_CODE.has(name) ? '' : name);
  if (code === '') {
    // No document: a HEAD 404 is the SDK's NotFound. A body the SDK parsed without finding a code
    // (well-formed HTML) is in its `body`; with none, the error keeps its headers only.
    const invalid = hasOwnKeys(readForeign(error, 'body'));
    return { statusCode, method: statusCode === 404 && name === 'NotFound' ? 'HEAD' : undefined, headers, parsedOnly: true, invalid };
  }
  const message = foreignText(readForeign(error, 'message'));
  const digest = {
    code,
    message: message === 'UnknownError' ? undefined : message,
    resource: readForeign(error, 'Resource'),
    requestid: readForeign(error, 'RequestId') ?? readForeign(metadata, 'requestId'),
    traceid: readForeign(error, 'TraceId'),
  };
  return { statusCode, headers, parsedOnly: true, digest };
}
