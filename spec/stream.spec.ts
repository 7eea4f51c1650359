import { expect } from 'chai';
import fc from 'fast-check';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CosClientError, createServiceError, DEFAULT_MAX_BODY_BYTES, fromResponse, type FetchResponseLike } from 'qcloud-cos-errors';
import { startCorpusServer, type CorpusServer } from './support/corpus-server.js';
import { nodeRequest } from './support/node-request.js';

// lib/factories/stream: how fromResponse reads a body: from a real Node http server on
// 127.0.0.1 (through fetch and through Node's http) and from fetch Responses over
// ReadableStreams. At most maxBodyBytes are kept, never half a character; reading stops on a
// timeout (kind 'timeout') or an abort (kind 'cancelled'); a stream that fails gives kind
// 'response-read'; a HEAD or a 304 is not read at all.

const encoder = new TextEncoder();
const utf8Length = (text: string): number => encoder.encode(text).length;

/** What a promise settled with, and after how long. */
async function settle<T>(promise: Promise<T>): Promise<{ value?: T; error?: unknown; ms: number }> {
  const started = Date.now();
  try {
    return { value: await promise, ms: Date.now() - started };
  } catch (error) {
    return { error, ms: Date.now() - started };
  }
}

/** The client error a read rejected with, as its kind and message. */
function clientFailure(outcome: { value?: unknown; error?: unknown }): { kind: string; message: string } | string {
  if (!(outcome.error instanceof CosClientError)) return `not a CosClientError: ${String(outcome.error ?? outcome.value)}`;
  return { kind: outcome.error.kind, message: outcome.error.message };
}

/** A fetch Response over a stream of the given chunks, which counts the chunks pulled and whether it was cancelled. */
function streamed(chunks: readonly Uint8Array[], status = 500): { response: Response; pulls: () => number; cancelled: () => boolean } {
  let index = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[index++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(chunk);
    },
    cancel() {
      cancelled = true;
    },
  });
  return { response: new Response(stream, { status }), pulls: () => index, cancelled: () => cancelled };
}

/** A fetch-shaped response whose body fails if anything reads it; it counts reads, and whether it was let go. */
function unreadable(status: number): { response: FetchResponseLike; reads: () => number; cancelled: () => boolean } {
  let reads = 0;
  let cancelled = false;
  // A high-water mark of 0: the stream pulls only when read, never to fill its queue ahead.
  const body = new ReadableStream<Uint8Array>(
    {
      pull() {
        reads += 1;
        throw new Error('the body was read');
      },
      cancel() {
        cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return {
    response: { status, headers: new Headers({ 'x-cos-request-id': 'r-0' }), body },
    reads: () => reads,
    cancelled: () => cancelled,
  };
}

/** Splits bytes into chunks at the given cut points. */
function chunked(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const point of [...points, bytes.length]) {
    if (point > start) chunks.push(bytes.subarray(start, point));
    start = Math.max(start, point);
  }
  return chunks;
}

describe('lib/factories/stream: reading a body from a real server', function () {
  this.timeout(10_000);
  let server: CorpusServer;
  const wide = '中文😀é'.repeat(400); // 10 bytes a round, 4000 bytes in all

  before(async () => {
    server = await startCorpusServer([], {
      '/wide': (_request: IncomingMessage, response: ServerResponse) => {
        // Every character written in two pieces, a little apart, so chunks end inside characters.
        const bytes = encoder.encode(wide);
        response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', 'content-length': String(bytes.length) });
        response.write(bytes.subarray(0, 1));
        setTimeout(() => response.write(bytes.subarray(1, 2000)), 5);
        setTimeout(() => response.end(bytes.subarray(2000)), 10);
      },
      '/long': (_request: IncomingMessage, response: ServerResponse) => {
        response.writeHead(503, { 'content-type': 'application/xml', 'x-cos-request-id': 'long-1' });
        response.end(`<Error><Code>SlowDown</Code><Message>${'m'.repeat(DEFAULT_MAX_BODY_BYTES * 2)}</Message></Error>`);
      },
      '/stall': (_request: IncomingMessage, response: ServerResponse) => {
        response.writeHead(404, { 'content-type': 'application/xml', 'content-length': '100000' });
        response.write('<Error><Code>NoSuch');
      },
      '/broken': (_request: IncomingMessage, response: ServerResponse) => {
        response.writeHead(500, { 'content-length': '100000' });
        response.write('<Error><Code>Internal');
        setTimeout(() => response.socket?.destroy(), 20);
      },
      '/not-modified': (_request: IncomingMessage, response: ServerResponse) => {
        response.writeHead(304, { 'x-cos-request-id': 'nm-1' });
        response.end();
      },
      '/head': (request: IncomingMessage, response: ServerResponse) => {
        response.writeHead(404, { 'x-cos-request-id': 'head-1', 'content-length': '40' });
        response.end(request.method === 'HEAD' ? undefined : '<Error><Code>NoSuchKey</Code></Error>xxx');
      },
    });
  });

  after(() => server.close());

  it('keeps whole characters within maxBodyBytes, whatever the chunks, through fetch and through Node http', async () => {
    const caps = [1, 2, 3, 4, 5, 100, 101, 3999, 4000, 5000];
    const found: Record<string, string> = {};
    const wanted: Record<string, string> = {};
    for (const cap of caps) {
      // The longest run of whole characters that fits in the cap.
      let expected = '';
      for (const character of wide) {
        if (utf8Length(expected + character) > cap) break;
        expected += character;
      }
      const viaFetch = (await fromResponse(await fetch(`${server.origin}/wide`), { maxBodyBytes: cap })).getOriginMsg();
      const viaNode = (await fromResponse(await nodeRequest(`${server.origin}/wide`), { maxBodyBytes: cap })).getOriginMsg();
      for (const [way, text] of [
        ['fetch', viaFetch],
        ['node', viaNode],
      ] as const) {
        found[`${way}, cap ${cap}`] = text === expected ? 'as expected' : `${utf8Length(text)} bytes: ${JSON.stringify(text.slice(-4))}`;
        wanted[`${way}, cap ${cap}`] = 'as expected';
      }
    }
    expect(found).to.deep.equal(wanted);
  });

  it('cuts a body longer than the cap at 64 KiB by default, and keeps the fields that closed before the cut', async () => {
    for (const response of [await fetch(`${server.origin}/long`), await nodeRequest(`${server.origin}/long`)]) {
      const error = await fromResponse(response);
      expect(error.getOriginMsg()).to.have.length(DEFAULT_MAX_BODY_BYTES);
      expect([error.name, error.getErrorCode(), error.getErrorMsg(), error.getRequestId()]).to.deep.equal([
        'SlowDownError',
        'SlowDown',
        'Unknown',
        'long-1',
      ]);
    }
  });

  it('stops a stalled body after the timeout with a CosClientError of kind timeout', async () => {
    const outcomes = [
      await settle(fromResponse(await fetch(`${server.origin}/stall`), { timeout: 150 })),
      await settle(fromResponse(await nodeRequest(`${server.origin}/stall`), { timeout: 150 })),
    ];
    expect(outcomes.map(clientFailure)).to.deep.equal([
      { kind: 'timeout', message: 'Reading the COS response body took longer than 150 ms' },
      { kind: 'timeout', message: 'Reading the COS response body took longer than 150 ms' },
    ]);
    for (const { ms } of outcomes) expect(ms).to.be.within(100, 3000);
  });

  it('stops a stalled body when the signal aborts, with kind cancelled (timeout for AbortSignal.timeout)', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const aborted = await settle(fromResponse(await fetch(`${server.origin}/stall`), { signal: controller.signal }));
    const nodeController = new AbortController();
    setTimeout(() => nodeController.abort(), 100);
    const nodeAborted = await settle(fromResponse(await nodeRequest(`${server.origin}/stall`), { signal: nodeController.signal }));
    const timedOut = await settle(fromResponse(await fetch(`${server.origin}/stall`), { signal: AbortSignal.timeout(100) }));
    expect([aborted, nodeAborted, timedOut].map(clientFailure)).to.deep.equal([
      { kind: 'cancelled', message: 'Reading the COS response body was cancelled' },
      { kind: 'cancelled', message: 'Reading the COS response body was cancelled' },
      { kind: 'timeout', message: 'Reading the COS response body was stopped by a timeout signal' },
    ]);
    for (const { ms } of [aborted, nodeAborted, timedOut]) expect(ms).to.be.below(3000);
  });

  it('gives kind response-read when the connection breaks in the middle of the body', async () => {
    const outcomes = [
      await settle(fromResponse(await fetch(`${server.origin}/broken`))),
      await settle(fromResponse(await nodeRequest(`${server.origin}/broken`))),
    ];
    expect(outcomes.map((outcome) => (outcome.error instanceof CosClientError ? outcome.error.kind : String(outcome.value)))).to.deep.equal(
      ['response-read', 'response-read'],
    );
  });

  it('gives a 304 and a HEAD their errors without reading a body, through fetch and through Node http', async () => {
    const errors = [
      await fromResponse(await fetch(`${server.origin}/not-modified`)),
      await fromResponse(await nodeRequest(`${server.origin}/not-modified`)),
      await fromResponse(await fetch(`${server.origin}/head`, { method: 'HEAD' }), { method: 'HEAD' }),
      await fromResponse(await nodeRequest(`${server.origin}/head`, 'HEAD')),
      // A response with a body, said to answer a HEAD: the method decides, and the body is left unread.
      await fromResponse(await fetch(`${server.origin}/head`), { method: 'HEAD' }),
    ];
    expect(errors.map((error) => [error.name, error.getRequestId(), error.getOriginMsg()])).to.deep.equal([
      ['NotModifiedError', 'nm-1', ''],
      ['NotModifiedError', 'nm-1', ''],
      ['NoSuchResourceError', 'head-1', ''],
      ['NoSuchResourceError', 'head-1', ''],
      ['NoSuchResourceError', 'head-1', ''],
    ]);
  });
});

describe('lib/factories/stream: reading a fetch Response over a ReadableStream', function () {
  this.timeout(10_000);

  it('keeps what createServiceError keeps of the same bytes under the same cap, however the stream chunks them (fast-check)', async () => {
    const text = fc.string({ unit: fc.constantFrom('a', '<', 'é', '中', '😀', '\u07ff', '\uffff'), maxLength: 60 });
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(), { maxLength: 8 }), fc.integer({ min: 1, max: 80 }), async (body, cuts, cap) => {
        const bytes = encoder.encode(body);
        const { response } = streamed(chunked(bytes, cuts));
        const read = (await fromResponse(response, { maxBodyBytes: cap })).getOriginMsg();
        expect(read).to.equal(createServiceError({ statusCode: 500, body: bytes, maxBodyBytes: cap }).getOriginMsg());
        expect(utf8Length(read)).to.be.at.most(cap);
        expect(body.startsWith(read)).to.equal(true);
      }),
      { numRuns: 200 },
    );
  });

  it('stops reading an endless stream past the cap and cancels it', async () => {
    const chunk = encoder.encode('x'.repeat(1024));
    let pulls = 0;
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls += 1;
        controller.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    const error = await fromResponse(new Response(stream, { status: 500 }), { maxBodyBytes: 4096 });
    expect(error.getOriginMsg()).to.equal('x'.repeat(4096));
    expect(cancelled).to.equal(true);
    // It reads on a little past the cap (so a connection can be reused), and no further than 256 KiB.
    expect(pulls).to.be.within(5, 256 + 5 + 2);
  });

  it('gives kind response-read, with the stream’s error as the original cause, when the stream errors', async () => {
    const boom = new Error('stream broke');
    let sent = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) controller.error(boom);
        else controller.enqueue(encoder.encode('<Error><Code>Internal'));
        sent = true;
      },
    });
    const outcome = await settle(fromResponse(new Response(stream, { status: 500 })));
    expect(clientFailure(outcome)).to.deep.equal({ kind: 'response-read', message: 'Reading the COS response body failed: stream broke' });
    expect((outcome.error as CosClientError).originalCause).to.equal(boom);
  });

  it('stops a stream that never answers after the timeout, and when the signal aborts, already aborted or later', async () => {
    const silent = () => new Response(new ReadableStream<Uint8Array>({ pull: () => new Promise<void>(() => undefined) }), { status: 500 });
    const later = new AbortController();
    setTimeout(() => later.abort(), 50);
    const outcomes = await Promise.all([
      settle(fromResponse(silent(), { timeout: 100 })),
      settle(fromResponse(silent(), { signal: later.signal })),
      settle(fromResponse(silent(), { signal: AbortSignal.abort() })),
    ]);
    expect(outcomes.map((outcome) => (outcome.error instanceof CosClientError ? outcome.error.kind : String(outcome.error)))).to.deep.equal(
      ['timeout', 'cancelled', 'cancelled'],
    );
  });

  it('reads no body for a HEAD or a 304, and lets it go', async () => {
    const head = unreadable(404);
    const notModified = unreadable(304);
    const errors = [await fromResponse(head.response, { method: 'HEAD' }), await fromResponse(notModified.response)];
    expect(errors.map((error) => [error.name, error.getRequestId()])).to.deep.equal([
      ['NoSuchResourceError', 'r-0'],
      ['NotModifiedError', 'r-0'],
    ]);
    // Not read, and let go, so that a connection under it is freed.
    expect([head.reads(), notModified.reads(), head.cancelled(), notModified.cancelled()]).to.deep.equal([0, 0, true, true]);
    // The same body, for a GET 404, is read: the check above can fail.
    const get = unreadable(404);
    const outcome = await settle(fromResponse(get.response));
    expect([clientFailure(outcome), get.reads()]).to.deep.equal([
      { kind: 'response-read', message: 'Reading the COS response body failed: the body was read' },
      1,
    ]);
  });
});
