import { createServer, type Server } from 'node:http';
import { listenOnLoopback } from './loopback.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** A loopback server of the given files (path to content), or of what `lookup` finds for a path. */
export async function startStaticServer(
  lookup: (path: string) => string | Buffer | undefined,
): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent((request.url ?? '/').split('?')[0]!);
    const body = lookup(path);
    if (body === undefined) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  });
  return listenOnLoopback(server);
}
