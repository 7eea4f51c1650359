import type { ResponseInput } from '../index.js';

const HOST = 'examplebucket-1250000000.cos.ap-beijing.myqcloud.com';

/** A response to `method` on `key`, with the rest of it (headers, body) as given. */
function response(method: string, key: string, statusCode: number, rest: Pick<ResponseInput, 'headers' | 'body'>): ResponseInput {
  return { method, url: `https://${HOST}/${key}`, statusCode, ...rest };
}

/** A response whose body is the XML error document COS writes. */
function xmlError(method: string, key: string, statusCode: number, code: string, message: string, requestId: string): ResponseInput {
  const body = `<?xml version='1.0' encoding='utf-8' ?>\n<Error>\n\t<Code>${code}</Code>\n\t<Message>${message}</Message>\n\t<Resource>${HOST}/${key}</Resource>\n\t<RequestId>${requestId}</RequestId>\n\t<TraceId>OGVmYzZiMmQ3MmNhOWE1ZDM0</TraceId>\n</Error>`;
  return response(method, key, statusCode, { body });
}

const TIMED_OUT = 'Your socket connection to the server was not read from or written to within the timeout period.';
const BAD_GATEWAY =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n';

/** The responses `cos-errors` decodes when run with no arguments: one of each kind COS sends. */
export const SAMPLE_RESPONSES: readonly ResponseInput[] = [
  xmlError('GET', 'photo.jpg', 404, 'NoSuchKey', 'The specified key does not exist.', 'NjQ0ZmM0ZDhfNTk4YzNiMGJf'),
  response('HEAD', 'photo.jpg', 404, { headers: { 'x-cos-request-id': 'NjQ0ZmM0ZDhfYTNhZjE0MGJf' } }),
  response('GET', 'photo.jpg', 304, { headers: { 'x-cos-request-id': 'NjQ0ZmM0ZDhfMmU1ZTdiMGJf' } }),
  xmlError('PUT', 'upload.bin', 503, 'SlowDown', 'Please reduce your request rate.', 'NjQ0ZmM0ZDhfZDk0ZmJjMGJf'),
  xmlError('DELETE', '', 409, 'BucketNotEmpty', 'The bucket you tried to delete is not empty.', 'NjQ0ZmM0ZDhfMTY3NjVjMGJf'),
  xmlError('GET', 'big.bin', 400, 'RequestTimeOut', TIMED_OUT, 'NjQ0ZmM0ZDhfY2E0ZDVjMGJf'),
  response('POST', 'vectors', 400, {
    headers: { 'x-cos-error-code': 'InvalidArgument', 'x-cos-request-id': 'NjQ0ZmM0ZDhfNDc3ZTRjMGJf' },
    body: 'dimension must be between 1 and 4096',
  }),
  xmlError('PUT', 'copy-dest', 200, 'InternalError', 'We encountered an internal error. Please try again.', 'NjQ0ZmM0ZDhfYjM5ZWRjMGJf'),
  response('GET', 'photo.jpg', 502, { headers: { 'content-type': 'text/html' }, body: BAD_GATEWAY }),
];
