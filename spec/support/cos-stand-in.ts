import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorDocument } from './catalog.js';
import { startCorpusServer, type CorpusServer } from './corpus-server.js';

/** Ids the stand-in sends, so tests can check they arrive. */
export const STAND_IN_IDS = { requestId: 'NjQ0ZmM0ZDhfc3RhbmQtaW4', traceId: 'OGVmYzZiMmQ3c3RhbmQtaW4' };

function idHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return { 'x-cos-request-id': STAND_IN_IDS.requestId, 'x-cos-trace-id': STAND_IN_IDS.traceId, server: 'tencent-cos', ...extra };
}

function xmlError(response: ServerResponse, status: number, code: string, message: string, resource: string): void {
  const body = errorDocument(code, message)
    .replace(/<Resource>[^<]*<\/Resource>/, `<Resource>${resource}</Resource>`)
    .replace(/<RequestId>[^<]*<\/RequestId>/, `<RequestId>${STAND_IN_IDS.requestId}</RequestId>`)
    .replace(/<TraceId>[^<]*<\/TraceId>/, `<TraceId>${STAND_IN_IDS.traceId}</TraceId>`);
  response.writeHead(status, idHeaders({ 'content-type': 'application/xml', 'content-length': String(Buffer.byteLength(body)) }));
  response.end(body);
}

/**
 * A COS stand-in on 127.0.0.1 for `cos-nodejs-sdk-v5` with `Domain: '127.0.0.1:<port>'`: each
 * object key names what it answers. `/` (the bucket) answers DELETE with BucketNotEmpty.
 */
export function startCosStandIn(): Promise<CorpusServer> {
  const route = (handler: (request: IncomingMessage, response: ServerResponse) => void) => handler;
  return startCorpusServer([], {
    '/missing': route((request, response) => {
      if (request.method === 'HEAD') {
        response.writeHead(404, idHeaders({ 'content-type': 'application/xml', 'content-length': '0' }));
        response.end();
      } else xmlError(response, 404, 'NoSuchKey', 'The specified key does not exist.', `${request.headers.host}/missing`);
    }),
    '/cached': route((_request, response) => {
      response.writeHead(304, idHeaders({ etag: '"abc"' }));
      response.end();
    }),
    '/busy': route((request, response) => xmlError(response, 503, 'SlowDown', 'Please reduce your request rate.', `${request.headers.host}/busy`)),
    '/': route((request, response) => xmlError(response, 409, 'BucketNotEmpty', 'The bucket you tried to delete is not empty.', `${request.headers.host}/`)),
    '/ok': route((_request, response) => {
      response.writeHead(200, idHeaders({ 'content-type': 'text/plain', etag: '"0cc175b9c0f1b6a831c399e269772661"', 'content-length': '1' }));
      response.end('a');
    }),
    '/gateway': route((_request, response) => {
      response.writeHead(502, { 'content-type': 'text/html' });
      response.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
    }),
    '/hang': route(() => {
      // Never answers: the client's Timeout ends it.
    }),
  });
}
