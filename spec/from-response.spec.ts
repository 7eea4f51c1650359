import { expect } from 'chai';
import type { IncomingMessage } from 'node:http';
import { CosClientError, DEFAULT_MAX_BODY_BYTES, fromResponse, NoSuchKeyError } from 'qcloud-cos-errors';
import { errorDocument } from './support/catalog.js';
import { startCorpusServer, type CorpusServer } from './support/corpus-server.js';
import { nodeRequest } from './support/node-request.js';

const ONE_MEGABYTE = 1024 * 1024;

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('fromResponse', () => {
  let server: CorpusServer;
  before(async () => {
    server = await startCorpusServer([], {
      '/big': (_request, response) => {
        response.writeHead(500, { 'content-type': 'text/plain', 'x-cos-request-id': 'big-1' });
        response.end('x'.repeat(ONE_MEGABYTE));
      },
      '/over-cap': (_request, response) => {
        response.writeHead(500, { 'content-type': 'text/plain', 'x-cos-request-id': 'over-1' });
        response.end('x'.repeat(DEFAULT_MAX_BODY_BYTES + 100_000));
      },
      '/big-xml': (_request, response) => {
        response.writeHead(404, { 'content-type': 'application/xml' });
        response.end(errorDocument('NoSuchKey', 'y'.repeat(ONE_MEGABYTE)));
      },
      '/broken': (_request, response) => {
        response.writeHead(500, { 'content-length': '100000' });
        response.write('<Error><Code>Internal');
        setTimeout(() => response.socket?.destroy(), 20);
      },
      '/no-such-key': (request, response) => {
        response.writeHead(404, { 'content-type': 'application/xml', 'x-cos-request-id': 'nsk-1' });
        response.end(request.method === 'HEAD' ? undefined : errorDocument('NoSuchKey'));
      },
      '/not-modified': (_request, response) => {
        response.writeHead(304, { 'x-cos-request-id': 'nm-1', etag: '"abc"' });
        response.end();
      },
    });
  });
  after(() => server.close());

  it('keeps at most 64 KiB of a body by default, and drains a little more of a Node response so its connection can be reused', async () => {
    const message: IncomingMessage = await nodeRequest(`${server.origin}/over-cap`);
    const error = await fromResponse(message);
    expect(error.getOriginMsg()).to.equal('x'.repeat(DEFAULT_MAX_BODY_BYTES));
    expect(message.complete).to.equal(true);
    expect(message.readableEnded).to.equal(true);
    expect(error.getRequestId()).to.equal('over-1');
  });

  it('stops reading a body far longer than the cap, and frees its connection', async () => {
    const message: IncomingMessage = await nodeRequest(`${server.origin}/big`);
    const error = await fromResponse(message);
    expect(error.getOriginMsg()).to.equal('x'.repeat(DEFAULT_MAX_BODY_BYTES));
    expect(message.complete).to.equal(false);
    expect(message.destroyed).to.equal(true);
    expect(error.getRequestId()).to.equal('big-1');
  });

  it('keeps at most maxBodyBytes of a fetch body', async () => {
    const response = await fetch(`${server.origin}/big`);
    const error = await fromResponse(response, { maxBodyBytes: 1000 });
    expect(error.getOriginMsg()).to.equal('x'.repeat(1000));
    expect(response.bodyUsed).to.equal(true);
  });

  it('cuts an over-long document before parsing it, and keeps the fields read before the cut', async () => {
    const error = await fromResponse(await nodeRequest(`${server.origin}/big-xml`), { maxBodyBytes: 4096 });
    expect(error.getOriginMsg()).to.have.length(4096);
    expect(error).to.be.instanceOf(NoSuchKeyError);
    expect(error.getDigestMsg()).to.deep.equal({
      code: 'NoSuchKey',
      message: 'Unknown',
      resource: 'Unknown',
      requestid: 'Unknown',
      traceid: 'Unknown',
    });
  });

  it('rejects with a response-read CosClientError, with the stream error as cause, when a Node body fails', async () => {
    const error = await rejection(fromResponse(await nodeRequest(`${server.origin}/broken`)));
    expect(error).to.be.instanceOf(CosClientError);
    expect((error as CosClientError).kind).to.equal('response-read');
    expect((error as CosClientError).cause).to.be.instanceOf(Error);
  });

  it('rejects with a response-read CosClientError when a fetch body fails', async () => {
    const error = await rejection(fromResponse(await fetch(`${server.origin}/broken`)));
    expect(error).to.be.instanceOf(CosClientError);
    expect((error as CosClientError).kind).to.equal('response-read');
  });

  it('keeps the very error the stream failed with as cause', async () => {
    const boom = new Error('boom');
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(boom);
      },
    });
    const error = await rejection(fromResponse(new Response(stream, { status: 500 })));
    expect(error).to.be.instanceOf(CosClientError);
    expect((error as CosClientError).originalCause).to.equal(boom);
    expect((error as CosClientError).message).to.match(/boom/);
  });

  it('reads no body for HEAD, and takes the method and URL from the Node request', async () => {
    const message = await nodeRequest(`${server.origin}/no-such-key?versionId=1`, 'HEAD');
    const error = await fromResponse(message);
    expect(error.name).to.equal('NoSuchResourceError');
    expect(error.method).to.equal('HEAD');
    expect(error.getResourceLocation()).to.equal(`${server.origin}/no-such-key?versionId=1`);
    expect(error.getRequestId()).to.equal('nsk-1');
  });

  it('gives NotModified for a 304, from fetch and from Node', async () => {
    for (const error of [
      await fromResponse(await fetch(`${server.origin}/not-modified`)),
      await fromResponse(await nodeRequest(`${server.origin}/not-modified`)),
    ]) {
      expect(error.name).to.equal('NotModifiedError');
      expect(error.getErrorMsg()).to.equal('Not Modified');
      expect(error.getRequestId()).to.equal('nm-1');
    }
  });

  it('takes the URL of a fetch Response when none is given', async () => {
    const error = await fromResponse(await fetch(`${server.origin}/no-such-key`));
    expect(error).to.be.instanceOf(NoSuchKeyError);
    expect(error.url).to.equal(`${server.origin}/no-such-key`);
  });

  it('reads 64 KiB when maxBodyBytes is not a whole number, and rejects with a TypeError for a status that is none', async () => {
    const response = new Response('x'.repeat(DEFAULT_MAX_BODY_BYTES + 10), { status: 500 });
    const error0 = await fromResponse(response, { maxBodyBytes: -1 });
    expect(error0.getOriginMsg()).to.have.length(DEFAULT_MAX_BODY_BYTES);
    expect(error0.message).to.match(/maxBodyBytes -1 is not a whole number of bytes/);
    const fake = { status: 42, headers: new Headers(), body: null };
    const error = await rejection(fromResponse(fake));
    expect(error).to.be.instanceOf(TypeError);
    expect((error as TypeError).message).to.match(/statusCode/);
  });
});
