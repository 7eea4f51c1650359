import { expect } from 'chai';
import fc from 'fast-check';
import {
  AccessDeniedError,
  CosClientError,
  type CosError,
  CosServiceError,
  createServiceError,
  getErrorInfo,
  isNotFound,
  isThrottled,
  KnownCodeError,
  listErrorInfo,
  NoSuchBucketError,
  NoSuchKeyError,
  NoSuchUploadError,
  NotFoundExceptionError,
  RequestTimeoutError,
  SlowDownError,
  TooManyRequestsExceptionError,
} from 'qcloud-cos-errors';
import * as everything from 'qcloud-cos-errors';
import { errorDocument } from './support/catalog.js';

const codeClasses = listErrorInfo().map((info) => (everything as unknown as Record<string, typeof KnownCodeError>)[info.className]!);

describe('a code class always has a code its type allows', () => {
  it("keeps its own code when the body names another, and shows the body's code in the digest and the raw body", () => {
    const body = '<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>';
    const error = new NoSuchKeyError('GET', body, 503);
    expect(error.code).to.equal('NoSuchKey');
    expect(error.getErrorCode()).to.equal('NoSuchKey');
    expect(error.error?.Code).to.equal('NoSuchKey');
    expect((error.getDigestMsg() as { code: string }).code).to.equal('SlowDown');
    expect(error.getOriginMsg()).to.equal(body);
    expect(error.getErrorMsg()).to.equal('Please reduce your request rate.');
  });

  it('has its own code for a body with no code at all, and keeps an alias COS sent', () => {
    expect(new NoSuchKeyError('GET', 'oops', 404).code).to.equal('NoSuchKey');
    expect(new RequestTimeoutError('GET', errorDocument('RequestTimeOut'), 400).code).to.equal('RequestTimeOut');
    expect(new CosServiceError('GET', errorDocument('SlowDown'), 503).code).to.equal('SlowDown');
  });

  it('for every class and any body (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...codeClasses),
        fc.constantFrom(...listErrorInfo().flatMap((info) => [info.code, ...info.aliases]), 'Unknown', 'BrandNew'),
        (ErrorClass, bodyCode) => {
          const error = new ErrorClass('GET', errorDocument(bodyCode), 400);
          expect([ErrorClass.code, ...ErrorClass.aliases]).to.include(error.code);
          expect(error.getErrorCode()).to.equal(error.code);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('errors from facts, for tests and mocks: NoSuchKeyError.from(…)', () => {
  it("makes the class's error with the facts given and Unknown for the rest, at the code's first status", () => {
    const cause = new Error('mocked');
    const error = NoSuchKeyError.from({
      requestId: 'req-1',
      message: 'The specified key does not exist.',
      resource: 'bucket/key',
      headers: { 'x-cos-trace-id': 'trace-1' },
      url: 'https://b.cos/key?q-signature=SECRET',
      cause,
    });
    expect(error).to.be.instanceOf(NoSuchKeyError);
    expect(error.getErrorCode()).to.equal('NoSuchKey');
    expect(error.getStatusCode()).to.equal(404);
    expect(error.getRequestId()).to.equal('req-1');
    expect(error.getTraceId()).to.equal('trace-1');
    expect(error.getResourceLocation()).to.equal('bucket/key');
    expect(error.getOriginMsg()).to.equal('');
    expect(error.url).not.to.include('SECRET');
    expect(error.originalCause).to.equal(cause);
    expect(error.retryable).to.equal(false);
    expect(SlowDownError.from().retryable).to.equal(true);
    expect(SlowDownError.from().getErrorMsg()).to.equal('Unknown');
    expect(AccessDeniedError.from({ statusCode: 403 }).getStatusCode()).to.equal(403);
  });

  it("asks only for the class's facts: no code, and a status the code comes with (a type error otherwise)", () => {
    // @ts-expect-error 500 is no status of NoSuchKey
    NoSuchKeyError.from({ statusCode: 500 });
    // @ts-expect-error the code is the class's
    NoSuchKeyError.from({ code: 'SlowDown' });
    const typed: NoSuchKeyError = NoSuchKeyError.from();
    expect(typed.code).to.equal('NoSuchKey');
  });
});

describe('isNotFound and isThrottled', () => {
  it('isNotFound: any 404, and codes the catalog gives 404, whatever class', () => {
    const cases: Array<[unknown, boolean]> = [
      [createServiceError({ statusCode: 404, body: errorDocument('NoSuchKey') }), true],
      [createServiceError({ statusCode: 404, body: errorDocument('NoSuchBucket') }), true],
      [createServiceError({ method: 'HEAD', statusCode: 404 }), true],
      [createServiceError({ statusCode: 404, body: errorDocument('NoSuchUpload') }), true],
      [createServiceError({ statusCode: 404, headers: { 'x-cos-error-code': 'NotFoundException' }, body: '{"message":"gone"}' }), true],
      [createServiceError({ statusCode: 404, body: '' }), true],
      [NoSuchKeyError.from({ statusCode: 404 }), true],
      [new NoSuchBucketError('GET', '', 404), true],
      [createServiceError({ statusCode: 403, body: errorDocument('AccessDenied') }), false],
      [createServiceError({ statusCode: 503, body: errorDocument('SlowDown') }), false],
      [new CosClientError('gone', { kind: 'network' }), false],
      [new Error('404'), false],
      // What a COS SDK threw for a 404 without a body is not found too: the guards take any error.
      [{ statusCode: 404, code: '404', message: 'Not Found' }, true],
      [{ statusCode: 200 }, false],
    ];
    for (const [value, expected] of cases) expect(isNotFound(value), String(value)).to.equal(expected);
    expect(getErrorInfo('NoSuchUpload').statusCodes).to.include(404);
    expect(isNotFound(NotFoundExceptionError.from())).to.equal(true);
    expect(isNotFound(NoSuchUploadError.from())).to.equal(true);
  });

  it('isThrottled: 429, SlowDown, TooManyRequestsException, KmsFreqControl', () => {
    expect(isThrottled(SlowDownError.from())).to.equal(true);
    expect(isThrottled(TooManyRequestsExceptionError.from())).to.equal(true);
    expect(isThrottled(createServiceError({ statusCode: 429, body: '' }))).to.equal(true);
    expect(isThrottled(createServiceError({ statusCode: 503, body: errorDocument('KmsFreqControl') }))).to.equal(true);
    expect(isThrottled(createServiceError({ statusCode: 500, body: errorDocument('InternalError') }))).to.equal(false);
    expect(isThrottled(new CosClientError('slow', { kind: 'timeout' }))).to.equal(false);
  });

  it('narrows an error of this package to CosServiceError', () => {
    const value: CosError = createServiceError({ statusCode: 404, body: '' });
    if (isNotFound(value)) expect(value.getStatusCode()).to.equal(404);
    else expect.fail('a 404 is not found');
  });
});
