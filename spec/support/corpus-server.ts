import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { listenOnLoopback } from './loopback.js';
import type { CorpusCase } from './corpus.js';

/** A running loopback server that answers like COS. */
export interface CorpusServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** Stops it and closes every connection. */
  close(): Promise<void>;
}

/** Extra routes: a path to what the server does for it. */
export type Route = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * Serves each corpus case at `/case/<id>` (its status, headers and body, exactly), plus `routes`.
 * Listens on 127.0.0.1 only.
 */
export async function startCorpusServer(cases: readonly CorpusCase[], routes: Record<string, Route> = {}): Promise<CorpusServer> {
  const byPath = new Map(cases.map((c) => [`/case/${c.id}`, c]));
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '').split('?')[0] ?? '';
    const route = routes[path];
    if (route !== undefined) return route(request, response);
    const c = byPath.get(path);
    if (c === undefined) {
      response.writeHead(400, { 'content-type': 'text/plain' }).end(`no case at ${path}`);
      return;
    }
    const body = Buffer.from(c.response.body ?? '', 'utf8');
    const headers: Record<string, string> = { ...c.response.headers };
    if (!Object.keys(headers).some((name) => name.toLowerCase() === 'content-length')) headers['content-length'] = String(body.length);
    response.writeHead(c.response.statusCode, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return listenOnLoopback(server);
}
