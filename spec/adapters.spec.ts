import axios from 'axios';
import { expect } from 'chai';
import { createServer, request, type Server } from 'node:http';
import {
  CosClientError,
  CosServiceError,
  createServiceError,
  fromSdkError,
  isRetryable,
  NoSuchKeyError,
  type ClientErrorKind,
  type CosError,
} from 'qcloud-cos-errors';
import { closedLoopbackPort, listenOnLoopback } from './support/loopback.js';

// lib/adapters: what fromSdkError makes of a failure that brought no COS answer, seen from
// outside: the kind its classifier gives (network, timeout, cancelled, …), the code kept,
// isRetryable on the failure itself and on the converted error, and a CosError passed through.
// Real failures where Node can make them on 127.0.0.1 (a refused connection through http,
// fetch and axios; an abort; a client timeout); the shapes other platforms throw, built as
// they build them.

/** What a call rejected with. */
async function rejection(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

/** A Node system error as Node makes one. */
function systemError(code: string, syscall = 'connect'): NodeJS.ErrnoException {
  return Object.assign(new Error(`${syscall} ${code} 127.0.0.1:443`), { code, errno: -1, syscall });
}

/** An axios error without a response, with the fields axios sets. */
function axiosFailure(message: string, code: string, name = 'AxiosError'): Error {
  return Object.assign(new Error(message), {
    name,
    code,
    isAxiosError: true,
    config: { method: 'get', url: 'https://b.cos.ap-beijing.myqcloud.com/k' },
  });
}

/** What fromSdkError and isRetryable say of a failure. */
function classified(failure: unknown): { class: string; kind: ClientErrorKind | undefined; retryable: [boolean, boolean] } {
  const error = fromSdkError(failure);
  return {
    class: error instanceof CosClientError ? 'CosClientError' : error.name,
    kind: error instanceof CosClientError ? error.kind : undefined,
    retryable: [isRetryable(failure), isRetryable(error)],
  };
}

const network = { class: 'CosClientError', kind: 'network', retryable: [true, true] } as const;
const timeout = { class: 'CosClientError', kind: 'timeout', retryable: [true, true] } as const;
const cancelled = { class: 'CosClientError', kind: 'cancelled', retryable: [false, false] } as const;
const unknown = { class: 'CosClientError', kind: 'unknown', retryable: [false, false] } as const;

describe('lib/adapters: fromSdkError on failures that brought no answer', function () {
  this.timeout(10_000);
  let closedPort: number;
  let stalled: { origin: string; close(): Promise<void> };

  before(async () => {
    closedPort = await closedLoopbackPort();
    // A server that takes requests and never answers.
    const server: Server = createServer(() => undefined);
    stalled = await listenOnLoopback(server);
  });

  after(() => stalled.close());

  it('classifies the failures Node, fetch and axios really throw against 127.0.0.1', async () => {
    const url = `http://127.0.0.1:${closedPort}/k`;
    const failures = {
      'http, a refused connection': await new Promise<unknown>((resolve) => {
        const outgoing = request(url, { agent: false }, () => resolve('answered'));
        outgoing.on('error', resolve);
        outgoing.end();
      }),
      'fetch, a refused connection': await rejection(() => fetch(url)),
      'fetch, an aborted request': await rejection(() => fetch(stalled.origin, { signal: AbortSignal.abort() })),
      'fetch, AbortSignal.timeout': await rejection(() => fetch(stalled.origin, { signal: AbortSignal.timeout(50) })),
      'axios, a refused connection': await rejection(() => axios.get(url)),
      'axios, its own timeout': await rejection(() => axios.get(stalled.origin, { timeout: 50 })),
      'axios, cancelled': await rejection(() => {
        const controller = new AbortController();
        setTimeout(() => controller.abort(), 20);
        return axios.get(stalled.origin, { signal: controller.signal });
      }),
    };
    const found = Object.fromEntries(Object.entries(failures).map(([label, failure]) => [label, classified(failure)]));
    expect(found).to.deep.equal({
      'http, a refused connection': network,
      'fetch, a refused connection': network,
      'fetch, an aborted request': cancelled,
      'fetch, AbortSignal.timeout': timeout,
      'axios, a refused connection': network,
      'axios, its own timeout': timeout,
      'axios, cancelled': cancelled,
    });
    // The failure's code is kept, and the failure itself is the original cause.
    const refused = fromSdkError(failures['http, a refused connection']) as CosClientError;
    expect([refused.code, refused.originalCause]).to.deep.equal(['ECONNREFUSED', failures['http, a refused connection']]);
    expect((fromSdkError(failures['fetch, a refused connection']) as CosClientError).code).to.equal('ECONNREFUSED');
  });

  it('classifies Node system errors by their code', () => {
    const found = Object.fromEntries(
      ['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'EHOSTUNREACH', 'ETIMEDOUT', 'ESOCKETTIMEDOUT'].map((code) => [
        code,
        classified(systemError(code)),
      ]),
    );
    expect(found).to.deep.equal({
      ECONNREFUSED: network,
      ECONNRESET: network,
      ENOTFOUND: network,
      EAI_AGAIN: network,
      EPIPE: network,
      EHOSTUNREACH: network,
      ETIMEDOUT: timeout,
      ESOCKETTIMEDOUT: timeout,
    });
    expect((fromSdkError(systemError('ETIMEDOUT')) as CosClientError).code).to.equal('ETIMEDOUT');
  });

  it('classifies aborts and timeouts of the web platform, and fetch’s failure by its cause', () => {
    const found = {
      'DOMException AbortError': classified(new DOMException('This operation was aborted', 'AbortError')),
      'DOMException TimeoutError': classified(new DOMException('The operation was aborted due to timeout', 'TimeoutError')),
      'an AbortError whose reason is a TimeoutError': classified(
        Object.assign(new DOMException('aborted', 'AbortError'), { cause: new DOMException('timed out', 'TimeoutError') }),
      ),
      "fetch failed, caused by { code: 'ECONNRESET' }": classified(new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } })),
      "fetch failed, caused by { code: 'UND_ERR_CONNECT_TIMEOUT' }": classified(
        new TypeError('fetch failed', { cause: { code: 'UND_ERR_CONNECT_TIMEOUT' } }),
      ),
      'fetch failed, with no cause': classified(new TypeError('fetch failed')),
      "Chrome's Failed to fetch": classified(new TypeError('Failed to fetch')),
    };
    expect(found).to.deep.equal({
      'DOMException AbortError': cancelled,
      'DOMException TimeoutError': timeout,
      'an AbortError whose reason is a TimeoutError': timeout,
      "fetch failed, caused by { code: 'ECONNRESET' }": network,
      "fetch failed, caused by { code: 'UND_ERR_CONNECT_TIMEOUT' }": timeout,
      'fetch failed, with no cause': network,
      "Chrome's Failed to fetch": network,
    });
    expect((fromSdkError(new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } })) as CosClientError).code).to.equal('ECONNRESET');
  });

  it('classifies what the Mini Program network layer and the SDKs that pass it on report', () => {
    const found = {
      "errMsg 'request:fail timeout'": classified({ errMsg: 'request:fail timeout' }),
      "errMsg 'request:fail abort'": classified({ errMsg: 'request:fail abort' }),
      "errMsg 'request:fail'": classified({ errMsg: 'request:fail' }),
      "error 'request:fail ssl hand shake error'": classified({ error: 'request:fail ssl hand shake error' }),
      "error 'request:fail timeout'": classified({ error: 'request:fail timeout' }),
    };
    expect(found).to.deep.equal({
      "errMsg 'request:fail timeout'": timeout,
      "errMsg 'request:fail abort'": cancelled,
      "errMsg 'request:fail'": network,
      "error 'request:fail ssl hand shake error'": network,
      "error 'request:fail timeout'": timeout,
    });
  });

  it('classifies axios errors that have no response', () => {
    const found = {
      ERR_CANCELED: classified(axiosFailure('canceled', 'ERR_CANCELED', 'CanceledError')),
      'ECONNABORTED, a timeout': classified(axiosFailure('timeout of 1000ms exceeded', 'ECONNABORTED')),
      'ECONNABORTED, an aborted request': classified(axiosFailure('Request aborted', 'ECONNABORTED')),
      ETIMEDOUT: classified(axiosFailure('timeout of 1000ms exceeded', 'ETIMEDOUT')),
      ERR_NETWORK: classified(axiosFailure('Network Error', 'ERR_NETWORK')),
    };
    expect(found).to.deep.equal({
      ERR_CANCELED: cancelled,
      'ECONNABORTED, a timeout': timeout,
      'ECONNABORTED, an aborted request': cancelled,
      ETIMEDOUT: timeout,
      ERR_NETWORK: network,
    });
    expect((fromSdkError(axiosFailure('canceled', 'ERR_CANCELED', 'CanceledError')) as CosClientError).code).to.equal('ERR_CANCELED');
  });

  it('calls anything else unknown, and never throws', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('get');
        },
        getPrototypeOf() {
          throw new Error('getPrototypeOf');
        },
      },
    );
    const found = Object.fromEntries(
      Object.entries({
        null: null,
        undefined: undefined,
        'a number': 42,
        'a plain Error': new Error('something odd'),
        'a hostile proxy': hostile,
      }).map(([label, failure]) => [label, classified(failure)]),
    );
    expect(found).to.deep.equal({
      null: unknown,
      undefined: unknown,
      'a number': unknown,
      'a plain Error': unknown,
      'a hostile proxy': unknown,
    });
  });

  it('passes an error of the package through unchanged', () => {
    const errors: CosError[] = [
      createServiceError({ statusCode: 404, body: '<Error><Code>NoSuchKey</Code></Error>' }),
      new CosServiceError('GET', '', 500),
      new CosClientError('down', { kind: 'network' }),
      NoSuchKeyError.from({}),
    ];
    expect(errors.map((error) => fromSdkError(error) === error)).to.deep.equal([true, true, true, true]);
  });
});
