import { expect } from 'chai';
import { CosServiceError, createServiceError, findServiceError, fromResponse, NoSuchKeyError, type ResponseInput } from 'qcloud-cos-errors';
import { gettersOf } from './support/getters.js';

// lib/factories: createServiceError, findServiceError and fromResponse seen together. The same
// response gives the same error through each; the input is read once and nothing about it but
// the status makes a factory throw; the error is made as its class in one constructor call.

const URL_OF_KEY = 'https://examplebucket-1250000000.cos.ap-beijing.myqcloud.com/exampleobject';

/** One response, as each factory takes it (with a content type: a fetch Response made from text adds one). */
interface Answer {
  readonly name: string;
  readonly method: string;
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly body: string | null;
}

const ANSWERS: readonly Answer[] = [
  {
    name: 'an XML error document',
    method: 'GET',
    statusCode: 404,
    headers: { 'x-cos-request-id': 'r-1', 'content-type': 'application/xml' },
    body: '<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Resource>b/k</Resource></Error>',
  },
  { name: 'a HEAD 404', method: 'HEAD', statusCode: 404, headers: { 'x-cos-request-id': 'r-2', 'x-cos-trace-id': 't-2' }, body: null },
  { name: 'a 304', method: 'GET', statusCode: 304, headers: { 'x-cos-request-id': 'r-3', etag: '"abc"' }, body: null },
  {
    name: 'an x-cos-error-code header',
    method: 'POST',
    statusCode: 404,
    headers: { 'x-cos-error-code': 'NotFoundException', 'content-type': 'application/json' },
    body: '{"message":"vector bucket not found","requestId":"r-4"}',
  },
  {
    name: 'an empty body',
    method: 'DELETE',
    statusCode: 403,
    headers: { 'x-cos-request-id': 'r-5', 'content-type': 'application/xml' },
    body: '',
  },
  {
    name: 'a JSON object',
    method: 'GET',
    statusCode: 400,
    headers: { 'content-type': 'application/json' },
    body: '{"Code":"InvalidArgument","Message":"invalid param"}',
  },
  {
    name: 'an HTML page',
    method: 'GET',
    statusCode: 502,
    headers: { 'content-type': 'text/html' },
    body: '<html><body>Bad Gateway</body></html>',
  },
  {
    name: 'a 200 that carries an error',
    method: 'PUT',
    statusCode: 200,
    headers: { 'content-type': 'application/xml' },
    body: '<Error><Code>InternalError</Code></Error>',
  },
];

/** Everything an error says, for comparing two errors. */
function facts(error: CosServiceError | undefined) {
  if (error === undefined) return undefined;
  return {
    class: error.constructor,
    name: error.name,
    ...gettersOf(error),
    code: error.code,
    method: error.method,
    url: error.url,
    headers: { ...error.headers },
    retryable: error.retryable,
    message: error.message,
  };
}

/** An object whose own keys count how often each is read. */
function counted(values: Record<string, unknown>): { input: ResponseInput; reads: Record<string, number> } {
  const reads: Record<string, number> = {};
  const input = {};
  for (const [key, value] of Object.entries(values)) {
    reads[key] = 0;
    Object.defineProperty(input, key, {
      enumerable: true,
      get() {
        reads[key]! += 1;
        return value;
      },
    });
  }
  return { input: input as ResponseInput, reads };
}

/** A response input with one key whose getter throws. */
function throwingAt(key: string, rest: Record<string, unknown> = { statusCode: 500, body: 'x' }): ResponseInput {
  const input = { ...rest };
  Object.defineProperty(input, key, {
    enumerable: true,
    get() {
      throw new Error(`boom: ${key}`);
    },
  });
  return input as unknown as ResponseInput;
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('lib/factories: one response, the same error through every factory', () => {
  for (const answer of ANSWERS) {
    it(`${answer.name}: createServiceError, findServiceError and fromResponse agree`, async () => {
      const input: ResponseInput = {
        method: answer.method,
        url: URL_OF_KEY,
        statusCode: answer.statusCode,
        headers: answer.headers,
        body: answer.body,
      };
      const response = new Response(answer.body, { status: answer.statusCode, headers: answer.headers });
      const made = facts(createServiceError(input));
      expect({
        findServiceError: facts(findServiceError(input)),
        fromResponse: facts(await fromResponse(response, { method: answer.method, url: URL_OF_KEY })),
      }).to.deep.equal({ findServiceError: made, fromResponse: made });
    });
  }

  it('findServiceError gives nothing for a 2xx whose root is not Error, where the other two still give an error', () => {
    const input = { statusCode: 200, body: '<CopyObjectResult><ETag>"e"</ETag></CopyObjectResult>' };
    expect(findServiceError(input)).to.equal(undefined);
    expect(createServiceError(input).getDigestMsg()).to.equal('Response Error Msg Is INVALID');
  });
});

describe('lib/factories: reading the input', () => {
  const values = {
    method: 'PUT',
    url: URL_OF_KEY,
    statusCode: 404,
    headers: { 'x-cos-request-id': 'r-1' },
    body: '<Error><Code>NoSuchKey</Code></Error>',
    maxBodyBytes: 4096,
    cause: new Error('sent'),
  };

  it('reads the body exactly once, through each factory', () => {
    const bodyReads: Record<string, number> = {};
    for (const [name, factory] of Object.entries({ createServiceError, findServiceError })) {
      for (const statusCode of [404, 200]) {
        const { input, reads } = counted({ ...values, statusCode });
        const error = factory(input);
        expect(error?.name, `${name}, status ${statusCode}`).to.equal('NoSuchKeyError');
        bodyReads[`${name}, status ${statusCode}`] = reads['body']!;
      }
    }
    expect(bodyReads).to.deep.equal({
      'createServiceError, status 404': 1,
      'createServiceError, status 200': 1,
      'findServiceError, status 404': 1,
      'findServiceError, status 200': 1,
    });
  });

  it('reads each field of the input once in createServiceError', () => {
    const { input, reads } = counted(values);
    createServiceError(input);
    expect(reads).to.deep.equal({ method: 1, url: 1, statusCode: 1, headers: 1, body: 1, maxBodyBytes: 1, cause: 1 });
  });

  it('turns a field it cannot read into an error that names the problem, and never throws for it', () => {
    const messages = Object.fromEntries(
      ['body', 'headers', 'method', 'url', 'maxBodyBytes', 'cause'].map((key) => {
        let message: string;
        try {
          message = createServiceError(throwingAt(key)).message;
        } catch (thrown) {
          message = `threw ${String(thrown)}`;
        }
        return [key, message];
      }),
    );
    expect(messages).to.deep.equal(
      Object.fromEntries(
        ['body', 'headers', 'method', 'url', 'maxBodyBytes', 'cause'].map((key) => [
          key,
          `COS answered with an error and no error code (status 500; ${key} could not be read)`,
        ]),
      ),
    );
    const found = findServiceError(throwingAt('body', { statusCode: 200 }));
    expect(found).to.equal(undefined);
  });

  it('names a body it cannot read as text or bytes in the message', () => {
    const detached = new Uint8Array(8);
    structuredClone(detached.buffer, { transfer: [detached.buffer] });
    const bodies: Record<string, unknown> = {
      'a number': 42,
      'a plain object': { Code: 'NoSuchKey' },
      'a detached buffer': detached,
    };
    const messages = Object.fromEntries(
      Object.entries(bodies).map(([label, body]) => [label, createServiceError({ statusCode: 500, body: body as string }).message]),
    );
    expect(messages).to.deep.equal({
      'a number': 'COS answered with an error and no error code (status 500; the body is a number, not text or bytes)',
      'a plain object': 'COS answered with an error and no error code (status 500; the body is an object, not text or bytes)',
      'a detached buffer': 'COS answered with an error and no error code (status 500; the body could not be read (a detached buffer?))',
    });
  });

  // guides/response-rules.md, the input: "A body or a header it cannot read is left out, and the error's message says so."
  it('names in the message a header it cannot read, and keeps the others', () => {
    const oneHeader = {
      'x-cos-trace-id': 't-1',
      get 'x-cos-request-id'(): string {
        throw new Error('boom');
      },
    };
    const unlisted = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    const one = createServiceError({ statusCode: 500, headers: oneHeader, body: 'x' });
    const all = createServiceError({ statusCode: 500, headers: unlisted, body: 'x' });
    expect({ headers: { ...one.headers }, traceId: one.getTraceId() }).to.deep.equal({
      headers: { 'x-cos-trace-id': 't-1' },
      traceId: 't-1',
    });
    expect({ one: /header/i.test(one.message), all: /header/i.test(all.message) }).to.deep.equal({ one: true, all: true });
  });

  it('throws a TypeError that names statusCode for a status that is no HTTP status, from every factory', async () => {
    const statuses: unknown[] = [42, 99, 600, 404.5, '404', Number.NaN, undefined, null];
    for (const statusCode of statuses) {
      const input = { statusCode, body: 'x' } as unknown as ResponseInput;
      expect(() => createServiceError(input), `createServiceError, ${String(statusCode)}`).to.throw(TypeError, /statusCode/);
      expect(() => findServiceError(input), `findServiceError, ${String(statusCode)}`).to.throw(TypeError, /statusCode/);
    }
    expect(() => createServiceError(throwingAt('statusCode'))).to.throw(TypeError, /statusCode/);
    const rejected = await rejectionOf(fromResponse({ status: 42, headers: new Headers(), body: null }));
    expect(rejected).to.be.instanceOf(TypeError);
    expect((rejected as TypeError).message).to.match(/statusCode/);
  });
});

describe('lib/factories: the error is made as its class, in one constructor call', () => {
  it('has the code class as its constructor and prototype, and the class name at the head of its stack', async () => {
    const body = '<Error><Code>NoSuchKey</Code></Error>';
    const made = {
      createServiceError: createServiceError({ statusCode: 404, body }),
      findServiceError: findServiceError({ statusCode: 200, body })!,
      fromResponse: await fromResponse(new Response(body, { status: 404 })),
    };
    for (const [factory, error] of Object.entries(made)) {
      expect(error.constructor, factory).to.equal(NoSuchKeyError);
      expect(Object.getPrototypeOf(error), factory).to.equal(NoSuchKeyError.prototype);
      // Built as another class and then re-pointed, the stack would name that class.
      expect(error.stack?.split('\n')[0], factory).to.match(/^NoSuchKeyError: NoSuchKey \(status \d+\)$/);
      expect(Object.hasOwn(error, 'name'), factory).to.equal(false);
    }
  });
});
