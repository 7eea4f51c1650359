import type { ResponseInput } from '../index.js';

const HOST = 'examplebucket-1250000000.cos.ap-beijing.myqcloud.com';

function document(code: string, message: string, key: string, requestId: string): string {
  return `<?xml version='1.0' encoding='utf-8' ?>\n<Error>\n\t<Code>${code}</Code>\n\t<Message>${message}</Message>\n\t<Resource>${HOST}/${key}</Resource>\n\t<RequestId>${requestId}</RequestId>\n\t<TraceId>OGVmYzZiMmQ3MmNhOWE1ZDM0</TraceId>\n</Error>`;
}

/** The responses `cos-errors` decodes when run with no arguments: one of each kind COS sends. */
export const SAMPLE_RESPONSES: readonly ResponseInput[] = [
  {
    method: 'GET',
    url: `https://${HOST}/photo.jpg`,
    statusCode: 404,
    body: document('NoSuchKey', 'The specified key does not exist.', 'photo.jpg', 'NjQ0ZmM0ZDhfNTk4YzNiMGJf'),
  },
  { method: 'HEAD', url: `https://${HOST}/photo.jpg`, statusCode: 404, headers: { 'x-cos-request-id': 'NjQ0ZmM0ZDhfYTNhZjE0MGJf' } },
  { method: 'GET', url: `https://${HOST}/photo.jpg`, statusCode: 304, headers: { 'x-cos-request-id': 'NjQ0ZmM0ZDhfMmU1ZTdiMGJf' } },
  {
    method: 'PUT',
    url: `https://${HOST}/upload.bin`,
    statusCode: 503,
    body: document('SlowDown', 'Please reduce your request rate.', 'upload.bin', 'NjQ0ZmM0ZDhfZDk0ZmJjMGJf'),
  },
  {
    method: 'DELETE',
    url: `https://${HOST}/`,
    statusCode: 409,
    body: document('BucketNotEmpty', 'The bucket you tried to delete is not empty.', '', 'NjQ0ZmM0ZDhfMTY3NjVjMGJf'),
  },
  {
    method: 'GET',
    url: `https://${HOST}/big.bin`,
    statusCode: 400,
    body: document(
      'RequestTimeOut',
      'Your socket connection to the server was not read from or written to within the timeout period.',
      'big.bin',
      'NjQ0ZmM0ZDhfY2E0ZDVjMGJf',
    ),
  },
  {
    method: 'POST',
    url: `https://${HOST}/vectors`,
    statusCode: 400,
    headers: { 'x-cos-error-code': 'InvalidArgument', 'x-cos-request-id': 'NjQ0ZmM0ZDhfNDc3ZTRjMGJf' },
    body: 'dimension must be between 1 and 4096',
  },
  {
    method: 'PUT',
    url: `https://${HOST}/copy-dest`,
    statusCode: 200,
    body: document('InternalError', 'We encountered an internal error. Please try again.', 'copy-dest', 'NjQ0ZmM0ZDhfYjM5ZWRjMGJf'),
  },
  {
    method: 'GET',
    url: `https://${HOST}/photo.jpg`,
    statusCode: 502,
    headers: { 'content-type': 'text/html' },
    body: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n',
  },
];
