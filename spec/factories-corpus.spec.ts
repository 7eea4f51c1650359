import { expect } from 'chai';
import type { IncomingMessage } from 'node:http';
import { createServiceError, fromResponse, type CosServiceError } from 'qcloud-cos-errors';
import { corpusCases, type CorpusCase } from './support/corpus.js';
import { startCorpusServer, type CorpusServer } from './support/corpus-server.js';
import { gettersOf } from './support/getters.js';
import { nodeRequest } from './support/node-request.js';

/** The corpus expectation, with the digest replaced by `headers` where the digest is the headers. */
function expected(c: CorpusCase, headers: Record<string, unknown>): Record<string, unknown> {
  const { class: className, ...getters } = c.expect;
  const digestIsHeaders = typeof getters.digestMsg === 'object' && getters.digestMsg !== null && 'content-type' in getters.digestMsg;
  return { ...getters, digestMsg: digestIsHeaders ? headers : getters.digestMsg, class: className };
}

function observed(error: CosServiceError): Record<string, unknown> {
  return { ...gettersOf(error), class: error.name };
}

describe('createServiceError and fromResponse on every corpus case', () => {
  let server: CorpusServer;
  before(async () => {
    server = await startCorpusServer(corpusCases);
  });
  after(() => server.close());

  for (const c of corpusCases) {
    const { method, url } = c.request;
    const { statusCode, headers, body } = c.response;

    describe(`${c.id} (${c.note})`, () => {
      it('from a string body', () => {
        const error = createServiceError({ method, url, statusCode, headers, body });
        expect(observed(error)).to.deep.equal(expected(c, headers));
      });

      it('as an Array#map callback, whose index and array are ignored', () => {
        const errors = [{ method, url, statusCode, headers, body }].map(createServiceError);
        expect(errors.map(observed)).to.deep.equal([expected(c, headers)]);
      });

      it('from a byte body', () => {
        const bytes = body === undefined ? undefined : new TextEncoder().encode(body);
        const error = createServiceError({ method, url, statusCode, headers, body: bytes });
        expect(observed(error)).to.deep.equal(expected(c, headers));
      });

      it('from a fetch Response of a real HTTP answer', async () => {
        const response = await fetch(`${server.origin}/case/${c.id}`, { method, redirect: 'manual' });
        const error = await fromResponse(response, { method, url });
        expect(observed(error)).to.deep.equal(expected(c, Object.fromEntries(response.headers)));
      });

      it('from a Node IncomingMessage of a real HTTP answer', async () => {
        const message: IncomingMessage = await nodeRequest(`${server.origin}/case/${c.id}`, method);
        const error = await fromResponse(message, { url });
        expect(observed(error)).to.deep.equal(expected(c, { ...message.headers }));
        expect(error.method).to.equal(method);
      });
    });
  }
});
