import { expect } from 'chai';
import type { ServerResponse } from 'node:http';
import type { CosClientError, FetchResponseLike, NodeResponseLike } from 'qcloud-cos-errors';
import { BUILDS } from './support/builds.js';
import { errorDocument } from './support/catalog.js';
import { startCorpusServer, type CorpusServer } from './support/corpus-server.js';
import { nodeRequest } from './support/node-request.js';

async function settled<T>(promise: Promise<T>): Promise<{ value?: T; error?: unknown; ms: number }> {
  const started = Date.now();
  try {
    return { value: await promise, ms: Date.now() - started };
  } catch (error) {
    return { error, ms: Date.now() - started };
  }
}

function expectClientError(outcome: { error?: unknown }, kind: string): CosClientError {
  // A client error of either build: instanceof holds across the package's copies.
  expect(outcome.error, String(outcome.error)).to.be.instanceOf(BUILDS[0]!.api.CosClientError);
  expect((outcome.error as CosClientError).kind).to.equal(kind);
  return outcome.error as CosClientError;
}

/** A fetch-shaped response whose reader always has the next chunk ready, forever. */
function alwaysReadyResponse(chunk: () => unknown): FetchResponseLike {
  return {
    status: 500,
    headers: new Headers(),
    body: {
      getReader: () => ({ read: () => Promise.resolve({ done: false, value: chunk() }), cancel: () => Promise.resolve() }),
      cancel: () => Promise.resolve(),
    },
  };
}

for (const { name: build, api } of BUILDS) {
  describe(`fromResponse always settles, and frees the connection, in ${build}`, function () {
    const { DEFAULT_MAX_BODY_BYTES, fromResponse, NoSuchKeyError } = api;
    this.timeout(20_000);
    let server: CorpusServer;
    const closed: string[] = [];
    const endless = (name: string) => (_request: unknown, response: ServerResponse) => {
      response.writeHead(500, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 'x');
      const pump = () => {
        while (response.write(chunk)) {
          if (response.destroyed) return;
        }
        response.once('drain', pump);
      };
      response.on('close', () => closed.push(name));
      pump();
    };
    const stalled = (name: string) => (_request: unknown, response: ServerResponse) => {
      response.writeHead(404, { 'content-type': 'application/xml', 'content-length': '100000' });
      response.write(errorDocument('NoSuchKey').slice(0, 40));
      response.on('close', () => closed.push(name));
    };

    before(async () => {
      server = await startCorpusServer([], {
        '/endless-node': endless('endless-node'),
        '/endless-fetch': endless('endless-fetch'),
        '/stalled-a': stalled('stalled-a'),
        '/stalled-b': stalled('stalled-b'),
        '/stalled-c': stalled('stalled-c'),
        '/stalled-d': stalled('stalled-d'),
      });
    });
    after(() => server.close());

    async function eventuallyClosed(name: string): Promise<void> {
      for (let i = 0; i < 100 && !closed.includes(name); i++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(closed, `the server saw ${name}'s connection close`).to.include(name);
    }

    it('reads an endless Node body up to the cap and a bounded drain, then destroys the socket', async () => {
      const outcome = await settled(fromResponse(await nodeRequest(`${server.origin}/endless-node`)));
      expect(outcome.value?.getOriginMsg()).to.have.length(DEFAULT_MAX_BODY_BYTES);
      await eventuallyClosed('endless-node');
    });

    it('reads an endless fetch body up to the cap and a bounded drain, then cancels the stream', async () => {
      const outcome = await settled(fromResponse(await fetch(`${server.origin}/endless-fetch`)));
      expect(outcome.value?.getOriginMsg()).to.have.length(DEFAULT_MAX_BODY_BYTES);
      await eventuallyClosed('endless-fetch');
    });

    it('ends a stalled body with a timeout error after `timeout` ms, and frees the connection', async () => {
      const outcome = await settled(fromResponse(await nodeRequest(`${server.origin}/stalled-a`), { timeout: 200 }));
      const error = expectClientError(outcome, 'timeout');
      expect(error.message).to.match(/200 ms/);
      expect(outcome.ms).to.be.below(5000);
      await eventuallyClosed('stalled-a');
    });

    it('ends a stalled fetch body with a cancelled error when the signal aborts, and frees the connection', async () => {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 100);
      const outcome = await settled(fromResponse(await fetch(`${server.origin}/stalled-b`), { signal: controller.signal }));
      const error = expectClientError(outcome, 'cancelled');
      expect(error.originalCause).to.equal(controller.signal.reason);
      await eventuallyClosed('stalled-b');
    });

    it('calls an AbortSignal.timeout() a timeout', async () => {
      const outcome = await settled(fromResponse(await nodeRequest(`${server.origin}/stalled-c`), { signal: AbortSignal.timeout(150) }));
      expectClientError(outcome, 'timeout');
      await eventuallyClosed('stalled-c');
    });

    it('rejects at once for a signal aborted before the call', async () => {
      const controller = new AbortController();
      controller.abort(new Error('gave up'));
      const outcome = await settled(fromResponse(await fetch(`${server.origin}/stalled-d`), { signal: controller.signal }));
      expect(expectClientError(outcome, 'cancelled').originalCause).to.equal(controller.signal.reason);
      expect(outcome.ms).to.be.below(1000);
      await eventuallyClosed('stalled-d');
    });

    it('does not let a reader that is always ready starve the event loop: timers still run, and the timeout ends it', async () => {
      let timerRan = false;
      setTimeout(() => {
        timerRan = true;
      }, 20);
      const outcome = await settled(
        fromResponse(
          alwaysReadyResponse(() => new Uint8Array(0)),
          { timeout: 300 },
        ),
      );
      expectClientError(outcome, 'timeout');
      expect(timerRan).to.equal(true);
    });

    it('stops an always-ready reader of endless bytes at the drain bound', async () => {
      const outcome = await settled(fromResponse(alwaysReadyResponse(() => new Uint8Array(4096).fill(0x61))));
      expect(outcome.value?.getOriginMsg()).to.have.length(DEFAULT_MAX_BODY_BYTES);
    });

    it('skips chunks that only look like bytes (a negative or huge length) instead of failing on them', async () => {
      const document = errorDocument('NoSuchKey');
      const lookalikes: NodeResponseLike = {
        statusCode: 404,
        headers: {},
        resume: () => undefined,
        async *[Symbol.asyncIterator]() {
          yield { length: -1 } as unknown as Uint8Array;
          yield {
            length: 1e12,
            subarray: () => {
              throw new RangeError('no');
            },
          } as unknown as Uint8Array;
          yield new TextEncoder().encode(document);
          yield 42 as unknown as Uint8Array;
        },
      };
      const outcome = await settled(fromResponse(lookalikes));
      expect(outcome.value).to.be.instanceOf(NoSuchKeyError);
      expect(outcome.value?.getOriginMsg()).to.equal(document);
    });
  });
}
