import { expect } from 'chai';
import { inspect } from 'node:util';
import {
  CosClientError,
  CosError,
  CosServiceError,
  createServiceError,
  isCosClientError,
  isCosError,
  isCosServiceError,
  isNotFound,
  isThrottled,
  KnownCodeError,
  NoSuchKeyError,
  REDACTED,
  SlowDownError,
} from 'qcloud-cos-errors';
import { BUILDS } from './support/builds.js';

// lib/errors: the classes and what every error of the package is: the hierarchy, `name`, `cause`
// and `originalCause`, `toJSON()`, and the guards (which take anything and never throw).

/** A proxy whose every trap throws. */
function hostile(): object {
  const trap = (name: string) => () => {
    throw new Error(`${name} trap`);
  };
  return new Proxy(
    {},
    {
      get: trap('get'),
      has: trap('has'),
      ownKeys: trap('ownKeys'),
      getPrototypeOf: trap('getPrototypeOf'),
      getOwnPropertyDescriptor: trap('getOwnPropertyDescriptor'),
      defineProperty: trap('defineProperty'),
      set: trap('set'),
    },
  );
}

const DOCUMENT = '<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><RequestId>r-1</RequestId></Error>';

/** A foreign failure that holds a secret where only the original shows it. */
function secretFailure(): Error & { code: string; config: { headers: Record<string, string> } } {
  return Object.assign(new Error('connect failed for https://admin:hunter2@proxy.example.com/k?q-signature=5e1f'), {
    code: 'ECONNRESET',
    config: { headers: { Authorization: 'q-sign-algorithm=sha1&q-ak=AKIDsecret&q-signature=5e1f' } },
  });
}

describe('lib/errors: the hierarchy', () => {
  it('has CosError at the base of CosServiceError and CosClientError, KnownCodeError under CosServiceError, and every code class under it', () => {
    const chain = (start: unknown): unknown[] => {
      const found: unknown[] = [];
      for (let c = start; typeof c === 'function' && c !== Function.prototype; c = Object.getPrototypeOf(c)) found.push(c);
      return found;
    };
    expect(chain(NoSuchKeyError)).to.deep.equal([NoSuchKeyError, KnownCodeError, CosServiceError, CosError, Error]);
    expect(chain(CosClientError)).to.deep.equal([CosClientError, CosError, Error]);
  });

  it('makes instances that are Errors and instances of each class above theirs, and of no other', () => {
    const made = {
      codeClass: createServiceError({ statusCode: 404, body: DOCUMENT }),
      unknownCode: createServiceError({ statusCode: 400, body: '<Error><Code>BrandNewCode</Code></Error>' }),
      client: new CosClientError('down', { kind: 'network' }),
    };
    const classes = { Error, CosError, CosServiceError, CosClientError, KnownCodeError, NoSuchKeyError, SlowDownError };
    const membership = Object.fromEntries(
      Object.entries(made).map(([label, error]) => [
        label,
        Object.entries(classes)
          .filter(([, type]) => error instanceof type)
          .map(([name]) => name),
      ]),
    );
    expect(membership).to.deep.equal({
      codeClass: ['Error', 'CosError', 'CosServiceError', 'KnownCodeError', 'NoSuchKeyError'],
      unknownCode: ['Error', 'CosError', 'CosServiceError'],
      client: ['Error', 'CosError', 'CosClientError'],
    });
    expect(Object.prototype.toString.call(made.codeClass)).to.equal('[object Error]');
  });

  it('holds instanceof across the ES module and CommonJS copies of the package, and only for the right classes', () => {
    const [esm, cjs] = [BUILDS[0]!.api, BUILDS[1]!.api];
    const fromCjs = cjs.createServiceError({ statusCode: 404, body: DOCUMENT });
    expect([fromCjs instanceof esm.NoSuchKeyError, fromCjs instanceof esm.CosServiceError, fromCjs instanceof esm.CosError]).to.deep.equal([
      true,
      true,
      true,
    ]);
    expect([fromCjs instanceof esm.SlowDownError, fromCjs instanceof esm.CosClientError]).to.deep.equal([false, false]);
    expect([esm.isCosServiceError(fromCjs), esm.isCosClientError(new cjs.CosClientError('x'))]).to.deep.equal([true, true]);
  });
});

describe('lib/errors: name', () => {
  it('is the class name of each base class and code class', () => {
    expect({
      service: new CosServiceError('GET', DOCUMENT, 404).name,
      client: new CosClientError('x').name,
      knownCode: new KnownCodeError('GET', DOCUMENT, 404).name,
      codeClass: new NoSuchKeyError('GET', DOCUMENT, 404).name,
      made: createServiceError({ statusCode: 503, body: '<Error><Code>SlowDown</Code></Error>' }).name,
      classes: [CosError.name, CosServiceError.name, CosClientError.name, KnownCodeError.name, NoSuchKeyError.name],
    }).to.deep.equal({
      service: 'CosServiceError',
      client: 'CosClientError',
      knownCode: 'KnownCodeError',
      codeClass: 'NoSuchKeyError',
      made: 'SlowDownError',
      classes: ['CosError', 'CosServiceError', 'CosClientError', 'KnownCodeError', 'NoSuchKeyError'],
    });
  });

  it('is the function name of a user’s subclass, of any class of the package', () => {
    class MyServiceError extends CosServiceError {}
    class MyClientError extends CosClientError {}
    class MissingReport extends NoSuchKeyError {}
    const report = new MissingReport('GET', DOCUMENT, 404);
    expect([new MyServiceError('GET', '', 500).name, new MyClientError('x').name, report.name]).to.deep.equal([
      'MyServiceError',
      'MyClientError',
      'MissingReport',
    ]);
    expect(report.stack?.split('\n')[0]).to.match(/^MissingReport: NoSuchKey/);
    expect(new MyClientError('x', { kind: 'timeout' }).toJSON().name).to.equal('MyClientError');
  });

  it('can be assigned, and the new name sticks to that one instance', () => {
    const renamed = createServiceError({ statusCode: 404, body: DOCUMENT });
    const other = createServiceError({ statusCode: 404, body: DOCUMENT });
    // The types declare `name` read-only; JavaScript (and a cast) can still assign it, as on any Error.
    (renamed as { name: string }).name = 'ReportMissing';
    const client = new CosClientError('x');
    (client as { name: string }).name = 'Offline';
    expect([renamed.name, renamed.toJSON().name, other.name, client.name, new CosClientError('y').name]).to.deep.equal([
      'ReportMissing',
      'ReportMissing',
      'NoSuchKeyError',
      'Offline',
      'CosClientError',
    ]);
    expect(renamed).to.be.instanceOf(NoSuchKeyError);
  });
});

describe('lib/errors: cause and originalCause', () => {
  it('keeps a redacted stand-in as cause, with the facts debugging needs, and the original as originalCause', () => {
    const failure = secretFailure();
    for (const error of [
      new CosClientError('no answer', { kind: 'network', cause: failure }),
      createServiceError({ statusCode: 404, body: DOCUMENT, cause: failure }),
    ]) {
      expect(error.originalCause).to.equal(failure);
      expect(error.cause).to.be.instanceOf(Error).and.not.equal(failure);
      const standIn = error.cause as Error & Record<string, unknown>;
      expect(standIn.message).to.equal(`connect failed for https://${REDACTED}@proxy.example.com/k?q-signature=${REDACTED}`);
      expect(standIn['code']).to.equal('ECONNRESET');
      expect(standIn['config']).to.equal(undefined);
      // No printing of the error shows the secret.
      const printed = [inspect(error, { depth: 10 }), JSON.stringify(error), String(error.stack)].join('\n');
      expect(printed).not.to.match(/hunter2|AKIDsecret|5e1f/);
    }
  });

  it('keeps an error of the package as it is, a string cause redacted, and no cause at all when none is given', () => {
    const inner = new CosClientError('inner', { kind: 'timeout' });
    const outer = new CosClientError('outer', { cause: inner });
    expect([outer.cause, outer.originalCause]).to.deep.equal([inner, inner]);
    const text = new CosClientError('outer', { cause: 'token=abc123 expired' });
    expect([text.cause, text.originalCause]).to.deep.equal([`token=${REDACTED} expired`, 'token=abc123 expired']);
    const none = new CosClientError('no cause');
    expect(['cause' in none, none.originalCause, 'cause' in none.toJSON()]).to.deep.equal([false, undefined, false]);
  });

  it('keeps the stand-in’s own cause the same way', () => {
    const failure = new TypeError('fetch failed', { cause: secretFailure() });
    const error = new CosClientError('no answer', { kind: 'network', cause: failure });
    const inner = (error.cause as Error).cause as Error & Record<string, unknown>;
    expect(inner).to.be.instanceOf(Error).and.not.equal(failure.cause);
    expect([inner.message.includes('hunter2'), inner['code'], inner['config']]).to.deep.equal([false, 'ECONNRESET', undefined]);
  });
});

describe('lib/errors: toJSON', () => {
  it('gives a service error’s facts for a log line, and the URL when known, with no headers or body', () => {
    const error = createServiceError({
      method: 'get',
      url: 'https://examplebucket-1250000000.cos.ap-beijing.myqcloud.com/k?q-signature=5e1f',
      statusCode: 404,
      headers: { 'x-cos-trace-id': 't-1', 'x-cos-security-token': 'tok' },
      body: DOCUMENT,
    });
    expect(error.toJSON()).to.deep.equal({
      name: 'NoSuchKeyError',
      message: 'NoSuchKey: The specified key does not exist. (status 404, request id r-1)',
      code: 'NoSuchKey',
      statusCode: 404,
      requestId: 'r-1',
      traceId: 't-1',
      resource: 'Unknown',
      method: 'GET',
      retryable: false,
      url: `https://examplebucket-1250000000.cos.ap-beijing.myqcloud.com/k?q-signature=${REDACTED}`,
    });
    expect(Object.keys(createServiceError({ statusCode: 503, body: '' }).toJSON())).to.deep.equal([
      'name',
      'message',
      'code',
      'statusCode',
      'requestId',
      'traceId',
      'resource',
      'method',
      'retryable',
    ]);
    expect(JSON.parse(JSON.stringify(error))).to.deep.equal(error.toJSON());
  });

  it('gives a client error’s kind, retryable, code, method and URL when known, and a summary of its cause', () => {
    const error = new CosClientError('no answer', {
      kind: 'network',
      cause: secretFailure(),
      method: 'put',
      url: 'https://b.cos.ap-beijing.myqcloud.com/k?q-ak=AKIDsecret',
    });
    expect(error.toJSON()).to.deep.equal({
      name: 'CosClientError',
      message: 'no answer',
      kind: 'network',
      retryable: true,
      code: 'ECONNRESET',
      method: 'PUT',
      url: `https://b.cos.ap-beijing.myqcloud.com/k?q-ak=${REDACTED}`,
      cause: {
        name: 'Error',
        message: `connect failed for https://${REDACTED}@proxy.example.com/k?q-signature=${REDACTED}`,
        code: 'ECONNRESET',
      },
    });
    expect(new CosClientError('x').toJSON()).to.deep.equal({ name: 'CosClientError', message: 'x', kind: 'unknown', retryable: false });
  });
});

describe('lib/errors: the guards', () => {
  const ours = {
    'a code class': createServiceError({ statusCode: 404, body: DOCUMENT }),
    'a CosServiceError': new CosServiceError('GET', '', 500),
    'a CosClientError': new CosClientError('x', { kind: 'network' }),
    'a user’s subclass': new (class Mine extends NoSuchKeyError {})('GET', DOCUMENT, 404),
  };
  const notOurs = {
    'an Error': new Error('x'),
    'an Error named CosServiceError': Object.assign(new Error('x'), { name: 'CosServiceError' }),
    'an object shaped like a service error': { name: 'NoSuchKeyError', statusCode: 404, getErrorCode: () => 'NoSuchKey' },
    null: null,
    undefined: undefined,
    'a number': 404,
    'a string': 'NoSuchKey',
    'a symbol': Symbol('x'),
    'a function': () => undefined,
    'a proxy whose traps throw': hostile(),
  };

  it('isCosError, isCosServiceError and isCosClientError tell the package’s errors apart', () => {
    const answers = Object.fromEntries(
      Object.entries({ ...ours, ...notOurs }).map(([label, value]) => [
        label,
        [isCosError(value), isCosServiceError(value), isCosClientError(value)],
      ]),
    );
    expect(answers).to.deep.equal({
      'a code class': [true, true, false],
      'a CosServiceError': [true, true, false],
      'a CosClientError': [true, false, true],
      'a user’s subclass': [true, true, false],
      ...Object.fromEntries(Object.keys(notOurs).map((label) => [label, [false, false, false]])),
    });
  });

  it('never throw, whatever they are given', () => {
    for (const [label, value] of Object.entries({ ...ours, ...notOurs })) {
      for (const guard of [isCosError, isCosServiceError, isCosClientError, isNotFound, isThrottled]) {
        expect(() => guard(value), `${guard.name}(${label})`).not.to.throw();
      }
    }
    expect([isNotFound(hostile()), isThrottled(hostile())]).to.deep.equal([false, false]);
  });

  it('isNotFound and isThrottled read this package’s errors: the status, or a code the catalog gives 404 or calls throttling', () => {
    const made = (statusCode: number, code?: string) =>
      createServiceError({ statusCode, body: code === undefined ? '' : `<Error><Code>${code}</Code></Error>` });
    const cases = {
      'NoSuchKey, 404': made(404, 'NoSuchKey'),
      'NoSuchKey sent with 503': made(503, 'NoSuchKey'),
      'NoSuchBucket, 404': made(404, 'NoSuchBucket'),
      'a HEAD 404': createServiceError({ method: 'HEAD', statusCode: 404 }),
      'a bare 404': made(404),
      'AccessDenied, 403': made(403, 'AccessDenied'),
      'SlowDown, 503': made(503, 'SlowDown'),
      'SlowDown sent with 400': made(400, 'SlowDown'),
      'TooManyRequestsException, 400': made(400, 'TooManyRequestsException'),
      'KmsFreqControl, 400': made(400, 'KmsFreqControl'),
      'a bare 429': made(429),
      'InternalError, 500': made(500, 'InternalError'),
      'a client error': new CosClientError('x', { kind: 'timeout' }),
    };
    const answers = Object.fromEntries(Object.entries(cases).map(([label, error]) => [label, [isNotFound(error), isThrottled(error)]]));
    expect(answers).to.deep.equal({
      'NoSuchKey, 404': [true, false],
      'NoSuchKey sent with 503': [true, false],
      'NoSuchBucket, 404': [true, false],
      'a HEAD 404': [true, false],
      'a bare 404': [true, false],
      'AccessDenied, 403': [false, false],
      'SlowDown, 503': [false, true],
      'SlowDown sent with 400': [false, true],
      'TooManyRequestsException, 400': [false, true],
      'KmsFreqControl, 400': [false, true],
      'a bare 429': [false, true],
      'InternalError, 500': [false, false],
      'a client error': [false, false],
    });
  });

  it('isNotFound and isThrottled read what the COS SDKs, the AWS S3 client and axios throw', () => {
    const foreign = {
      'cos-nodejs-sdk-v5, NoSuchKey': { statusCode: 404, error: { Code: 'NoSuchKey', Message: 'gone' } },
      'cos-nodejs-sdk-v5, a HEAD 404 (the status as its code)': { statusCode: 404, code: '404', error: undefined },
      'cos-nodejs-sdk-v5, SlowDown': { statusCode: 503, error: { Code: 'SlowDown' } },
      'a status written as a code': { code: '404' },
      'a 429 written as a code': { code: '429' },
      'AWS S3 client, NoSuchKey': { name: 'NoSuchKey', $metadata: { httpStatusCode: 404 } },
      'AWS S3 client, a HEAD 404': { name: 'NotFound', $metadata: { httpStatusCode: 404 } },
      'AWS S3 client, SlowDown': { name: 'SlowDown', $metadata: { httpStatusCode: 503 } },
      'axios, SlowDown': { isAxiosError: true, response: { status: 503, data: '<Error><Code>SlowDown</Code></Error>' } },
      'axios, NoSuchKey as parsed JSON': { isAxiosError: true, response: { status: 404, data: { Code: 'NoSuchKey' } } },
      'axios, 403': { isAxiosError: true, response: { status: 403, data: '<Error><Code>AccessDenied</Code></Error>' } },
      'a network failure': Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }),
    };
    const answers = Object.fromEntries(Object.entries(foreign).map(([label, value]) => [label, [isNotFound(value), isThrottled(value)]]));
    expect(answers).to.deep.equal({
      'cos-nodejs-sdk-v5, NoSuchKey': [true, false],
      'cos-nodejs-sdk-v5, a HEAD 404 (the status as its code)': [true, false],
      'cos-nodejs-sdk-v5, SlowDown': [false, true],
      'a status written as a code': [true, false],
      'a 429 written as a code': [false, true],
      'AWS S3 client, NoSuchKey': [true, false],
      'AWS S3 client, a HEAD 404': [true, false],
      'AWS S3 client, SlowDown': [false, true],
      'axios, SlowDown': [false, true],
      'axios, NoSuchKey as parsed JSON': [true, false],
      'axios, 403': [false, false],
      'a network failure': [false, false],
    });
  });
});
