import { expect } from 'chai';
import { inspect } from 'node:util';
import type { CosClientError, CosServiceError } from 'qcloud-cos-errors';
import { BUILDS } from './support/builds.js';
import { errorDocument } from './support/catalog.js';

/** An object every property read of which throws, and which lies about its keys. */
function throwingEverywhere(): object {
  return new Proxy(
    {},
    {
      get: () => {
        throw new Error('hostile get');
      },
      has: () => {
        throw new Error('hostile has');
      },
      ownKeys: () => {
        throw new Error('hostile ownKeys');
      },
      getPrototypeOf: () => {
        throw new Error('hostile getPrototypeOf');
      },
    },
  );
}

/** An error whose name, message and code getters throw (at construction or when logged). */
function errorWithThrowingGetters(): Error {
  const error = new Error('base');
  for (const key of ['name', 'message', 'code', 'statusCode', 'headers', 'error', 'url', 'method']) {
    Object.defineProperty(error, key, {
      get: () => {
        throw new Error(`hostile ${key}`);
      },
    });
  }
  return error;
}

/** A buffer that has been transferred away, and a view made of it before. */
function detached(): { buffer: ArrayBuffer; view: Uint8Array } {
  const buffer = new ArrayBuffer(16);
  const view = new Uint8Array(buffer);
  structuredClone(buffer, { transfer: [buffer] });
  return { buffer, view };
}

/** Every way of showing an error, all of which must work. */
function showAll(error: CosClientError | CosServiceError): void {
  expect(error.message).to.be.a('string').and.not.equal('');
  expect(JSON.stringify(error)).to.be.a('string');
  expect(inspect(error)).to.be.a('string');
  expect(String(error)).to.be.a('string');
  expect(error.stack).to.be.a('string');
}

for (const { name: build, api } of BUILDS) {
  describe(`no throw but the status TypeError, whatever the input object, in ${build}`, () => {
    const {
      CosClientError,
      CosServiceError,
      createServiceError,
      findServiceError,
      fromResponse,
      fromSdkError,
      NoSuchKeyError,
      SlowDownError,
    } = api;
    it('takes a detached ArrayBuffer body, and a view of one, and says so', () => {
      const { buffer, view } = detached();
      for (const body of [buffer, view]) {
        const error = createServiceError({ statusCode: 500, body: body as ArrayBuffer });
        expect(error.getStatusCode()).to.equal(500);
        showAll(error);
      }
      expect(createServiceError({ statusCode: 500, body: buffer }).message).to.match(/body/);
    });

    it('takes a Proxy of a Uint8Array body, and says the body was not bytes', () => {
      const error = createServiceError({
        statusCode: 404,
        body: new Proxy(new TextEncoder().encode(errorDocument('NoSuchKey')), {}) as unknown as Uint8Array,
      });
      expect(error.constructor).to.equal(CosServiceError);
      expect(error.message).to.match(/body is an object, not text or bytes/);
      showAll(error);
    });

    it('takes null details and null options', () => {
      const service = new CosServiceError('GET', 'x', 404, null as never);
      expect(service.getStatusCode()).to.equal(404);
      showAll(service);
      const client = new CosClientError('m', null as never);
      expect(client.kind).to.equal('unknown');
      showAll(client);
    });

    it('takes details, options and inputs whose every property read throws', () => {
      showAll(new CosServiceError('GET', errorDocument('NoSuchKey'), 404, throwingEverywhere() as never));
      showAll(new CosClientError('m', throwingEverywhere() as never));
      showAll(new CosServiceError('GET', throwingEverywhere() as never, 404));
      expect(() => createServiceError(throwingEverywhere() as never)).to.throw(TypeError, /statusCode/);
      const hostileFields = new Proxy(
        { statusCode: 503 },
        {
          get: (target, key) => {
            if (key === 'statusCode') return target.statusCode;
            throw new Error(`hostile ${String(key)}`);
          },
        },
      );
      const error = createServiceError(hostileFields as never);
      expect(error.getStatusCode()).to.equal(503);
      expect(error.message).to.match(/could not be read/);
      showAll(error);
    });

    it('takes a cause or an SDK error whose getters throw, at construction and when logged', () => {
      const cause = errorWithThrowingGetters();
      showAll(new CosClientError('failed', { cause }));
      showAll(new CosServiceError('GET', errorDocument('NoSuchKey'), 404, { cause }));
      showAll(createServiceError({ statusCode: 404, body: errorDocument('NoSuchKey'), cause }));
      const fromSdk = fromSdkError(errorWithThrowingGetters());
      expect(fromSdk).to.be.instanceOf(CosClientError);
      showAll(fromSdk as CosClientError);
      showAll(fromSdkError(throwingEverywhere()) as CosClientError);
    });

    it('reads a body of many megabytes when maxBodyBytes allows it, with no RangeError', () => {
      for (const size of [7 * 1024 * 1024, 12 * 1024 * 1024]) {
        const children = '<a>&amp;</a>'.repeat(size / 12);
        const flat = createServiceError({
          statusCode: 400,
          body: `<Error>${children}<Code>SlowDown</Code></Error>`,
          maxBodyBytes: 16 * 1024 * 1024,
        });
        expect(flat).to.be.instanceOf(SlowDownError);
        const references = createServiceError({
          statusCode: 404,
          body: `<Error><Code>NoSuchKey</Code><Message>${'&amp;'.repeat(size / 5)}</Message></Error>`,
          maxBodyBytes: 16 * 1024 * 1024,
        });
        expect(references).to.be.instanceOf(NoSuchKeyError);
      }
    });

    it('gives findServiceError and fromSdkError the same tolerance', () => {
      expect(findServiceError({ statusCode: 200, body: new Proxy(new Uint8Array(4), {}) as unknown as Uint8Array })).to.equal(undefined);
      expect(fromSdkError(null)).to.be.instanceOf(CosClientError);
      expect(fromSdkError(Symbol('s'))).to.be.instanceOf(CosClientError);
      expect(fromSdkError(Object.create(null))).to.be.instanceOf(CosClientError);
    });

    it('rejects fromResponse with a CosClientError when the stream fails with an error whose message is no text', async () => {
      for (const message of [
        Symbol('no text'),
        {
          toString: () => {
            throw new Error('no text');
          },
        },
      ]) {
        const failure = new Error('base');
        Object.defineProperty(failure, 'message', { value: message });
        const reader = { read: () => Promise.reject(failure), cancel: () => Promise.resolve() };
        const outcome = await fromResponse(
          { status: 500, headers: new Headers(), body: { getReader: () => reader, cancel: () => Promise.resolve() } },
          { timeout: Number.POSITIVE_INFINITY },
        ).then(
          () => undefined,
          (error: unknown) => error,
        );
        expect(outcome).to.be.instanceOf(CosClientError);
        expect((outcome as CosClientError).kind).to.equal('response-read');
        expect((outcome as CosClientError).originalCause).to.equal(failure);
      }
    });

    it('reads a timeout too long for a timer as no limit, not as one that ends at once', async () => {
      const error = await fromResponse(new Response(errorDocument('NoSuchKey'), { status: 404 }), { timeout: 2 ** 40 });
      expect(error).to.be.instanceOf(NoSuchKeyError);
    });

    it('rejects fromResponse only with the status TypeError or a CosClientError, whatever the response', async () => {
      const outcomes: unknown[] = [];
      for (const response of [
        throwingEverywhere(),
        { status: 404, headers: throwingEverywhere(), body: throwingEverywhere() },
        {
          status: 404,
          headers: new Headers(),
          get body(): never {
            throw new Error('hostile body');
          },
        },
      ]) {
        try {
          outcomes.push(await fromResponse(response as never, throwingEverywhere() as never));
        } catch (error) {
          outcomes.push(error);
        }
      }
      for (const outcome of outcomes)
        expect(
          outcome instanceof TypeError || outcome instanceof CosClientError || outcome instanceof CosServiceError,
          String(outcome),
        ).to.equal(true);
    });
  });
}
