import { expect } from 'chai';
import {
  BucketNotEmptyError,
  CosClientError,
  CosServiceError,
  fromSdkError,
  isRetryable,
  NoSuchKeyError,
  NoSuchResourceError,
  NotModifiedError,
  SlowDownError,
  withTypedErrors,
  type CosError,
} from 'qcloud-cos-errors';
import { BUCKET, cosClient, type CosClient } from './support/cos-client.js';
import type { CorpusServer } from './support/corpus-server.js';
import { STAND_IN_IDS, startCosStandIn } from './support/cos-stand-in.js';
import { sdkRejection } from './support/sdk-rejection.js';

function sdkCallbackError(call: (callback: (error: unknown, data: unknown) => void) => unknown): Promise<unknown> {
  return new Promise((resolve) => {
    call((error) => resolve(error));
  });
}

describe('with the real cos-nodejs-sdk-v5 against a COS stand-in on 127.0.0.1', function () {
  this.timeout(20_000);
  let standIn: CorpusServer;
  let host: string;
  let cos: CosClient;

  before(async () => {
    standIn = await startCosStandIn();
    host = standIn.origin.replace('http://', '');
    cos = cosClient(host);
  });
  after(() => standIn.close());

  describe('fromSdkError', () => {
    it('turns an XML error into its class, with the ids, headers and cause', async () => {
      const sdkError = await sdkRejection(() => cos.getObject({ ...BUCKET, Key: 'missing' }));
      const error = fromSdkError(sdkError);
      expect(error).to.be.instanceOf(NoSuchKeyError);
      const service = error as NoSuchKeyError;
      expect(service.getErrorCode()).to.equal('NoSuchKey');
      expect(service.getErrorMsg()).to.equal('The specified key does not exist.');
      expect(service.getStatusCode()).to.equal(404);
      expect(service.getRequestId()).to.equal(STAND_IN_IDS.requestId);
      expect(service.getTraceId()).to.equal(STAND_IN_IDS.traceId);
      expect(service.getResourceLocation()).to.equal(`${host}/missing`);
      expect(service.headers['x-cos-request-id']).to.equal(STAND_IN_IDS.requestId);
      expect(service.method).to.equal('GET');
      expect(service.url).to.equal(`http://${host}/missing`);
      expect(service.originalCause).to.equal(sdkError);
      expect(isRetryable(service)).to.equal(false);
    });

    it('turns a HEAD 404 without a body into NoSuchResourceError, with the ids from the headers', async () => {
      const sdkError = await sdkRejection(() => cos.headObject({ ...BUCKET, Key: 'missing' }));
      expect(Object.prototype.toString.call(sdkError)).to.equal('[object Object]');
      const error = fromSdkError(sdkError) as CosServiceError;
      expect(error).to.be.instanceOf(NoSuchResourceError);
      expect(error.getErrorMsg()).to.equal('The Resource You Head Not Exist');
      expect(error.getRequestId()).to.equal(STAND_IN_IDS.requestId);
      expect(error.getTraceId()).to.equal(STAND_IN_IDS.traceId);
      expect(error.getResourceLocation()).to.equal(`http://${host}/missing`);
      expect(error.originalCause).to.equal(sdkError);
    });

    it('turns a 304 into NotModifiedError', async () => {
      const error = fromSdkError(await sdkRejection(() => cos.getObject({ ...BUCKET, Key: 'cached', IfNoneMatch: '"abc"' })));
      expect(error).to.be.instanceOf(NotModifiedError);
      expect((error as CosServiceError).getRequestId()).to.equal(STAND_IN_IDS.requestId);
      expect(isRetryable(error)).to.equal(false);
    });

    it('turns a 503 SlowDown into SlowDownError, which is retryable', async () => {
      const error = fromSdkError(await sdkRejection(() => cos.putObject({ ...BUCKET, Key: 'busy', Body: 'x' })));
      expect(error).to.be.instanceOf(SlowDownError);
      expect((error as CosServiceError).getStatusCode()).to.equal(503);
      expect(isRetryable(error)).to.equal(true);
    });

    it('turns a 409 BucketNotEmpty into BucketNotEmptyError', async () => {
      const error = fromSdkError(await sdkRejection(() => cos.deleteBucket({ ...BUCKET })));
      expect(error).to.be.instanceOf(BucketNotEmptyError);
      expect(isRetryable(error)).to.equal(false);
    });

    it('turns a gateway HTML answer into a CosServiceError with its status', async () => {
      const error = fromSdkError(await sdkRejection(() => cos.getObject({ ...BUCKET, Key: 'gateway' }))) as CosServiceError;
      expect(error.constructor).to.equal(CosServiceError);
      expect(error.getStatusCode()).to.equal(502);
      expect(error.getErrorCode()).to.equal('Unknown');
      expect(isRetryable(error)).to.equal(true);
    });

    it('turns a refused connection into a retryable network CosClientError', async () => {
      const closed = cosClient('127.0.0.1:1');
      const sdkError = await sdkRejection(() => closed.getObject({ ...BUCKET, Key: 'any' }));
      const error = fromSdkError(sdkError) as CosClientError;
      expect(error).to.be.instanceOf(CosClientError);
      expect(error.kind).to.equal('network');
      expect(error.originalCause).to.equal(sdkError);
      expect(isRetryable(error)).to.equal(true);
    });

    it('turns a request that times out into a retryable timeout CosClientError', async () => {
      const impatient = cosClient(host, { Timeout: 300 });
      const error = fromSdkError(await sdkRejection(() => impatient.getObject({ ...BUCKET, Key: 'hang' }))) as CosClientError;
      expect(error).to.be.instanceOf(CosClientError);
      expect(error.kind).to.equal('timeout');
      expect(isRetryable(error)).to.equal(true);
    });

    it('turns an invalid bucket name into an invalid-argument CosClientError', async () => {
      const sdkError = await sdkRejection(() => cos.getObject({ Bucket: 'no_such bucket', Region: 'ap-beijing', Key: 'k' }));
      const error = fromSdkError(sdkError) as CosClientError;
      expect(error).to.be.instanceOf(CosClientError);
      expect(error.kind).to.equal('invalid-argument');
      expect(error.message).to.match(/Bucket should format as/);
      expect(isRetryable(error)).to.equal(false);
    });

    it('works the same on the callback form', async () => {
      const sdkError = await sdkCallbackError((callback) => cos.getObject({ ...BUCKET, Key: 'missing' }, callback));
      expect(fromSdkError(sdkError)).to.be.instanceOf(NoSuchKeyError);
    });

    it('passes a CosError through, and makes anything else an unknown CosClientError', () => {
      const ours = new CosClientError('x', { kind: 'timeout' });
      expect(fromSdkError(ours)).to.equal(ours);
      for (const odd of ['boom', null, undefined, 42]) {
        const error = fromSdkError(odd) as CosClientError;
        expect(error).to.be.instanceOf(CosClientError);
        expect(error.kind).to.equal('unknown');
        expect(error.originalCause).to.equal(odd);
        expect(error.message).to.not.equal('');
      }
    });

    it('reads the shapes the browser and Mini Program SDKs give as plain objects', () => {
      const error = fromSdkError({
        statusCode: 403,
        code: 'AccessDenied',
        message: 'Access Denied.',
        headers: { 'x-cos-request-id': 'r-3' },
        error: { Code: 'AccessDenied', Message: 'Access Denied.' },
      });
      expect(error.name).to.equal('AccessDeniedError');
      expect((error as CosServiceError).getRequestId()).to.equal('r-3');
      const cancelled = fromSdkError({ code: 'ABORT_ERR', message: 'The operation was aborted' }) as CosClientError;
      expect(cancelled.kind).to.equal('cancelled');
      const broken = fromSdkError({ statusCode: 200, code: 'ECONNRESET', message: 'socket hang up' }) as CosClientError;
      expect(broken).to.be.instanceOf(CosClientError);
      expect(broken.kind).to.equal('network');
    });
  });

  describe('withTypedErrors', () => {
    let typed: CosClient;
    before(() => {
      typed = withTypedErrors(cos);
    });

    it("makes the promise form reject with this package's errors", async () => {
      const error = await sdkRejection(() => typed.getObject({ ...BUCKET, Key: 'missing' }));
      expect(error).to.be.instanceOf(NoSuchKeyError);
      expect((error as CosServiceError).getRequestId()).to.equal(STAND_IN_IDS.requestId);
      expect(await sdkRejection(() => typed.headObject({ ...BUCKET, Key: 'missing' }))).to.be.instanceOf(NoSuchResourceError);
      const invalid = await sdkRejection(() => typed.getObject({ Bucket: 'bad name', Region: 'ap-beijing', Key: 'k' }));
      expect((invalid as CosClientError).kind).to.equal('invalid-argument');
    });

    it("makes the callback form receive this package's errors", async () => {
      const error = await sdkCallbackError((callback) => typed.putObject({ ...BUCKET, Key: 'busy', Body: 'x' }, callback));
      expect(error).to.be.instanceOf(SlowDownError);
    });

    it('leaves results alone, in both forms', async () => {
      const data = (await typed.getObject({ ...BUCKET, Key: 'ok' })) as { Body: Buffer; statusCode: number; RequestId: string };
      expect(data.Body.toString()).to.equal('a');
      expect(data.statusCode).to.equal(200);
      expect(data.RequestId).to.equal(STAND_IN_IDS.requestId);
      const viaCallback = await new Promise<unknown[]>((resolve) => {
        typed.getObject({ ...BUCKET, Key: 'ok' }, (...args: unknown[]) => resolve(args));
      });
      expect(viaCallback[0]).to.equal(null);
      expect((viaCallback[1] as { Body: Buffer }).Body.toString()).to.equal('a');
    });

    it('leaves every other member untouched: getObjectUrl, on, emit, options', () => {
      expect(typed.getObjectUrl).to.equal(cos.getObjectUrl);
      expect(typed.on).to.equal(cos.on);
      expect(typed.options).to.equal(cos.options);
      expect(typed.getObjectUrl({ ...BUCKET, Key: 'k', Sign: false })).to.equal(cos.getObjectUrl({ ...BUCKET, Key: 'k', Sign: false }));
      const seen: unknown[] = [];
      typed.on('custom-event', (info: unknown) => seen.push(info));
      typed.emit('custom-event', { loaded: 1 });
      expect(seen).to.deep.equal([{ loaded: 1 }]);
    });

    it('gives the same wrapper each time, and wraps only API methods', () => {
      expect(typed.getObject).to.equal(typed.getObject);
      expect(typed.getObject).to.not.equal(cos.getObject);
    });
  });
});

describe('isRetryable', () => {
  function service(code: string, status: number): CosError {
    return fromSdkError({ statusCode: status, error: { Code: code, Message: 'm' } });
  }

  it('is true for retryable catalog codes whatever the status', () => {
    for (const code of ['SlowDown', 'InternalError', 'RequestTimeout', 'RequestTimeOut', 'ServiceUnavailable', 'KmsFreqControl']) {
      expect(isRetryable(service(code, 400)), code).to.equal(true);
    }
  });

  it('is true for a status of 500 or more except 501, and false below', () => {
    expect(isRetryable(service('Brand', 500))).to.equal(true);
    expect(isRetryable(service('Brand', 599))).to.equal(true);
    expect(isRetryable(service('NotImplemented', 501))).to.equal(false);
    expect(isRetryable(service('AccessDenied', 403))).to.equal(false);
  });

  it('is true only for client errors of kind network or timeout, and false for anything else', () => {
    for (const kind of ['network', 'timeout'] as const) expect(isRetryable(new CosClientError('x', { kind }))).to.equal(true);
    for (const kind of ['invalid-argument', 'invalid-credentials', 'response-read', 'cancelled', 'unknown'] as const) {
      expect(isRetryable(new CosClientError('x', { kind })), kind).to.equal(false);
    }
    for (const value of [new Error('x'), null, 'SlowDown', { retryable: true }]) expect(isRetryable(value)).to.equal(false);
  });
});
