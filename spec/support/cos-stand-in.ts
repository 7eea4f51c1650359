import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorDocument } from './catalog.js';
import { startCorpusServer, type CorpusServer } from './corpus-server.js';

/** Ids the stand-in sends, so tests can check they arrive. */
export const STAND_IN_IDS = { requestId: 'NjQ0ZmM0ZDhfc3RhbmQtaW4', traceId: 'OGVmYzZiMmQ3c3RhbmQtaW4', ciRequestId: 'Y2ktcmVxdWVzdC1pZA' };

/** The bucket the tests name; path-style clients (the AWS SDK) put it first in the path. */
export const STAND_IN_BUCKET = 'examplebucket-1250000000';

// Browsers see a cross-origin answer only with these; the ids must be exposed to be read.
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'x-cos-request-id, x-cos-trace-id, x-cos-error-code, x-ci-request-id, etag, content-length, date',
};

function idHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return { 'x-cos-request-id': STAND_IN_IDS.requestId, 'x-cos-trace-id': STAND_IN_IDS.traceId, server: 'tencent-cos', ...CORS, ...extra };
}

function send(response: ServerResponse, status: number, headers: Record<string, string>, body: string, head: boolean): void {
  response.writeHead(status, { ...headers, 'content-length': String(Buffer.byteLength(body)) });
  response.end(head ? undefined : body);
}

function xmlError(request: IncomingMessage, response: ServerResponse, status: number, code: string, message: string, key: string): void {
  const body = errorDocument(code, message)
    .replace(/<Resource>[^<]*<\/Resource>/, `<Resource>${request.headers.host}/${key}</Resource>`)
    .replace(/<RequestId>[^<]*<\/RequestId>/, `<RequestId>${STAND_IN_IDS.requestId}</RequestId>`)
    .replace(/<TraceId>[^<]*<\/TraceId>/, `<TraceId>${STAND_IN_IDS.traceId}</TraceId>`);
  // A HEAD answer has no body: COS sends the status and the headers only.
  send(response, status, idHeaders({ 'content-type': 'application/xml' }), body, request.method === 'HEAD');
}

const NGINX_502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/** What each object key answers. */
const KEYS: Record<string, Handler> = {
  missing: (request, response) => xmlError(request, response, 404, 'NoSuchKey', 'The specified key does not exist.', 'missing'),
  denied: (request, response) => xmlError(request, response, 403, 'AccessDenied', 'Access Denied.', 'denied'),
  busy: (request, response) => xmlError(request, response, 503, 'SlowDown', 'Please reduce your request rate.', 'busy'),
  cached: (_request, response) => send(response, 304, idHeaders({ etag: '"abc"' }), '', true),
  // A GET gives the object; any other method the empty body COS answers an upload with.
  ok: (request, response) =>
    send(
      response,
      200,
      idHeaders({ 'content-type': 'text/plain', etag: '"0cc175b9c0f1b6a831c399e269772661"' }),
      request.method === 'GET' ? 'a' : '',
      request.method !== 'GET',
    ),
  // The page nginx sends: not well-formed XML (<hr> is never closed).
  gateway: (request, response) => send(response, 502, { 'content-type': 'text/html', ...CORS }, NGINX_502, request.method === 'HEAD'),
  // PUT Object - Copy answering 200 with an error document (no trailing newline, as COS sends it).
  'copy-error': (request, response) => {
    const body = errorDocument('InternalError', 'We encountered an internal error. Please try again.');
    send(response, 200, idHeaders({ 'content-type': 'application/xml' }), body, request.method === 'HEAD');
  },
  'vector-missing': (request, response) =>
    send(
      response,
      404,
      idHeaders({ 'content-type': 'application/json', 'x-cos-error-code': 'NotFoundException' }),
      '{"message": "VectorBucket not found"}',
      request.method === 'HEAD',
    ),
  'vector-busy': (request, response) =>
    send(
      response,
      429,
      idHeaders({ 'content-type': 'application/json', 'x-cos-error-code': 'TooManyRequestsException' }),
      '{"message": "Rate exceeded"}',
      request.method === 'HEAD',
    ),
  'ci-error': (request, response) =>
    send(
      response,
      400,
      { 'content-type': 'application/json', 'x-ci-request-id': STAND_IN_IDS.ciRequestId, ...CORS },
      JSON.stringify({ code: 'InvalidArgument', message: 'The picture is not valid.', request_id: STAND_IN_IDS.ciRequestId }),
      request.method === 'HEAD',
    ),
  hang: () => {
    // Never answers: the client's timeout ends it.
  },
  'stall-body': (_request, response) => {
    response.writeHead(404, idHeaders({ 'content-type': 'application/xml', 'content-length': '100000' }));
    response.write('<Error><Code>NoSuch');
  },
};

/** The bucket itself: DELETE answers BucketNotEmpty; anything else (listing uploads, say) AccessDenied. */
const bucket: Handler = (request, response) =>
  request.method === 'DELETE'
    ? xmlError(request, response, 409, 'BucketNotEmpty', 'The bucket you tried to delete is not empty.', '')
    : xmlError(request, response, 403, 'AccessDenied', 'Access Denied.', '');

/**
 * A COS stand-in on 127.0.0.1 for every client the tests drive: the COS SDKs (`Domain:
 * '127.0.0.1:<port>'`, the key first in the path), the AWS SDK and axios (path-style, the bucket
 * first), fetch and browsers (CORS headers, preflight answered). Each object key names what it
 * answers (see `KEYS`); the bucket itself answers DELETE with BucketNotEmpty, anything else with
 * AccessDenied.
 */
export function startCosStandIn(): Promise<CorpusServer> {
  const routes: Record<string, Handler> = { '/': bucket, [`/${STAND_IN_BUCKET}`]: bucket, [`/${STAND_IN_BUCKET}/`]: bucket };
  for (const [key, handler] of Object.entries(KEYS)) {
    routes[`/${key}`] = handler;
    routes[`/${STAND_IN_BUCKET}/${key}`] = handler;
  }
  const withPreflight: Record<string, Handler> = {};
  for (const [path, handler] of Object.entries(routes)) {
    withPreflight[path] = (request, response) => {
      if (request.method !== 'OPTIONS') return handler(request, response);
      response.writeHead(204, {
        ...CORS,
        'access-control-allow-methods': 'GET, HEAD, PUT, POST, DELETE',
        'access-control-allow-headers':
          'authorization, content-type, cache-control, x-cos-copy-source, x-cos-sdk-retry, x-cos-security-token, x-cos-acl, content-md5, range, x-amz-date, x-amz-content-sha256, amz-sdk-invocation-id, amz-sdk-request, x-amz-user-agent',
        'access-control-max-age': '600',
      });
      response.end();
    };
  }
  return startCorpusServer([], withPreflight);
}
