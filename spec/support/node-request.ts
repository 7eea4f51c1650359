import { request, type IncomingMessage } from 'node:http';

/** Sends a request with Node's http module and resolves with the response, body unread. */
export function nodeRequest(url: string, method = 'GET'): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method, agent: false }, resolve);
    outgoing.on('error', reject);
    outgoing.end();
  });
}
