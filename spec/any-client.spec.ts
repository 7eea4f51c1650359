import { CopyObjectCommand, DeleteBucketCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import axios from 'axios';
import { expect } from 'chai';
import type { CosClientError, CosServiceError, CosError } from 'qcloud-cos-errors';
import { BUILDS } from './support/builds.js';
import { s3Client } from './support/aws-client.js';
import type { CorpusServer } from './support/corpus-server.js';
import { closedLoopbackPort } from './support/loopback.js';
import { STAND_IN_BUCKET, STAND_IN_IDS, startCosStandIn } from './support/cos-stand-in.js';

async function failure(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

function expectService<T extends CosServiceError>(error: CosError, errorClass: abstract new (...args: never[]) => T, status: number): T {
  expect(error, String(error)).to.be.instanceOf(errorClass);
  expect((error as T).getStatusCode()).to.equal(status);
  return error as T;
}

function expectClient(error: CosError, kind: string): CosClientError {
  // A client error of either build: instanceof holds across the package's copies.
  expect(error, String(error)).to.be.instanceOf(BUILDS[0]!.api.CosClientError);
  expect((error as CosClientError).kind).to.equal(kind);
  return error as CosClientError;
}

for (const { name: build, api } of BUILDS) {
  describe(`every client a COS user calls, against a COS stand-in on 127.0.0.1, in ${build}`, function () {
    const {
      AccessDeniedError,
      BucketNotEmptyError,
      CosServiceError,
      createServiceError,
      fromResponse,
      fromSdkError,
      InternalError,
      isRetryable,
      NoSuchKeyError,
      NoSuchResourceError,
      NotFoundExceptionError,
      NotModifiedError,
      SlowDownError,
      TooManyRequestsExceptionError,
    } = api;
    this.timeout(20_000);
    let standIn: CorpusServer;
    const Bucket = STAND_IN_BUCKET;

    let closedPort: number;

    before(async () => {
      standIn = await startCosStandIn();
      closedPort = await closedLoopbackPort();
    });
    after(() => standIn.close());

    describe('@aws-sdk/client-s3 pointed at COS', () => {
      it('turns NoSuchKey into NoSuchKeyError, with the request id from x-cos-request-id and the SDK error as cause', async () => {
        const sdkError = await failure(() => s3Client(standIn.origin).send(new GetObjectCommand({ Bucket, Key: 'missing' })));
        const error = expectService(fromSdkError(sdkError), NoSuchKeyError, 404);
        expect(error.getErrorMsg()).to.equal('The specified key does not exist.');
        expect(error.getRequestId()).to.equal(STAND_IN_IDS.requestId);
        expect(error.getTraceId()).to.equal(STAND_IN_IDS.traceId);
        expect(error.getResourceLocation()).to.match(/\/missing$/);
        expect(error.headers['x-cos-request-id']).to.equal(STAND_IN_IDS.requestId);
        expect(error.originalCause).to.equal(sdkError);
        expect(isRetryable(error)).to.equal(false);
      });

      it('turns AccessDenied into AccessDeniedError, and SlowDown into a retryable SlowDownError', async () => {
        expectService(
          fromSdkError(await failure(() => s3Client(standIn.origin).send(new PutObjectCommand({ Bucket, Key: 'denied', Body: 'x' })))),
          AccessDeniedError,
          403,
        );
        const slow = expectService(
          fromSdkError(await failure(() => s3Client(standIn.origin).send(new PutObjectCommand({ Bucket, Key: 'busy', Body: 'x' })))),
          SlowDownError,
          503,
        );
        expect(isRetryable(slow)).to.equal(true);
      });

      it("turns a HEAD 404 (the SDK's NotFound) into NoSuchResourceError, with the ids from the headers", async () => {
        const error = expectService(
          fromSdkError(await failure(() => s3Client(standIn.origin).send(new HeadObjectCommand({ Bucket, Key: 'missing' })))),
          NoSuchResourceError,
          404,
        );
        expect(error.getRequestId()).to.equal(STAND_IN_IDS.requestId);
        expect(error.getErrorMsg()).to.equal('The Resource You Head Not Exist');
      });

      it('turns BucketNotEmpty, a 304 and a gateway page into their errors', async () => {
        expectService(
          fromSdkError(await failure(() => s3Client(standIn.origin).send(new DeleteBucketCommand({ Bucket })))),
          BucketNotEmptyError,
          409,
        );
        expectService(
          fromSdkError(
            await failure(() => s3Client(standIn.origin).send(new GetObjectCommand({ Bucket, Key: 'cached', IfNoneMatch: '"abc"' }))),
          ),
          NotModifiedError,
          304,
        );
        const gateway = expectService(
          fromSdkError(await failure(() => s3Client(standIn.origin).send(new GetObjectCommand({ Bucket, Key: 'gateway' })))),
          CosServiceError,
          502,
        );
        expect(gateway.getErrorCode()).to.equal('Unknown');
        expect(gateway.getOriginMsg()).to.include('502 Bad Gateway');
        expect(isRetryable(gateway)).to.equal(true);
      });

      it("turns a vector bucket's JSON answer into its code class, with the JSON message", async () => {
        const error = expectService(
          fromSdkError(await failure(() => s3Client(standIn.origin).send(new GetObjectCommand({ Bucket, Key: 'vector-missing' })))),
          NotFoundExceptionError,
          404,
        );
        expect(error.getErrorMsg()).to.equal('VectorBucket not found');
        expect(error.getRequestId()).to.equal(STAND_IN_IDS.requestId);
      });

      it('turns a CopyObject answered 200 with an error document into InternalError', async () => {
        const error = fromSdkError(
          await failure(() =>
            s3Client(standIn.origin).send(new CopyObjectCommand({ Bucket, Key: 'copy-error', CopySource: `${Bucket}/ok` })),
          ),
        );
        expect(error).to.be.instanceOf(InternalError);
        expect(isRetryable(error)).to.equal(true);
      });

      it('turns a refused connection into a network error, a request timeout into a timeout, and an abort into a cancel', async () => {
        expectClient(
          fromSdkError(await failure(() => s3Client(`http://127.0.0.1:${closedPort}`).send(new GetObjectCommand({ Bucket, Key: 'any' })))),
          'network',
        );
        expectClient(
          fromSdkError(await failure(() => s3Client(standIn.origin, 300).send(new GetObjectCommand({ Bucket, Key: 'hang' })))),
          'timeout',
        );
        expectClient(
          fromSdkError(
            await failure(() =>
              s3Client(standIn.origin).send(new GetObjectCommand({ Bucket, Key: 'hang' }), { abortSignal: AbortSignal.timeout(300) }),
            ),
          ),
          'timeout',
        );
        const controller = new AbortController();
        setTimeout(() => controller.abort(), 100);
        expectClient(
          fromSdkError(
            await failure(() =>
              s3Client(standIn.origin).send(new GetObjectCommand({ Bucket, Key: 'hang' }), { abortSignal: controller.signal }),
            ),
          ),
          'cancelled',
        );
      });
    });

    describe('axios', () => {
      const client = () => axios.create({ baseURL: `${standIn.origin}/${Bucket}`, timeout: 2000 });

      it('turns a 404 AxiosError with the XML body into NoSuchKeyError, whatever the response type', async () => {
        for (const responseType of ['text', 'arraybuffer', 'json'] as const) {
          const axiosError = await failure(() => client().get('/missing', { responseType }));
          const error = expectService(fromSdkError(axiosError), NoSuchKeyError, 404);
          expect(error.getRequestId()).to.equal(STAND_IN_IDS.requestId);
          expect(error.method).to.equal('GET');
          expect(error.url).to.equal(`${standIn.origin}/${Bucket}/missing`);
          expect(error.originalCause).to.equal(axiosError);
        }
      });

      it("reads a JSON body axios parsed already: a vector bucket's error and a data-processing error", async () => {
        const vector = expectService(
          fromSdkError(await failure(() => client().post('/vector-busy', {}))),
          TooManyRequestsExceptionError,
          429,
        );
        expect(vector.getErrorMsg()).to.equal('Rate exceeded');
        expect(isRetryable(vector)).to.equal(true);
        const ci = expectService(fromSdkError(await failure(() => client().get('/ci-error'))), CosServiceError, 400);
        expect(ci.getErrorCode()).to.equal('InvalidArgument');
        expect(ci.getRequestId()).to.equal(STAND_IN_IDS.ciRequestId);
      });

      it('turns a HEAD 404 into NoSuchResourceError', async () => {
        expectService(fromSdkError(await failure(() => client().head('/missing'))), NoSuchResourceError, 404);
      });

      it('turns a timeout (ECONNABORTED) into kind timeout, a cancel into cancelled, a refused connection into network', async () => {
        expectClient(fromSdkError(await failure(() => axios.get(`${standIn.origin}/${Bucket}/hang`, { timeout: 300 }))), 'timeout');
        expectClient(
          fromSdkError(
            await failure(() =>
              axios.get(`${standIn.origin}/${Bucket}/hang`, { timeout: 300, transitional: { clarifyTimeoutError: true } }),
            ),
          ),
          'timeout',
        );
        expectClient(
          fromSdkError(await failure(() => axios.get(`${standIn.origin}/${Bucket}/hang`, { signal: AbortSignal.timeout(300) }))),
          'timeout',
        );
        const controller = new AbortController();
        setTimeout(() => controller.abort(), 100);
        expectClient(
          fromSdkError(await failure(() => axios.get(`${standIn.origin}/${Bucket}/hang`, { signal: controller.signal }))),
          'cancelled',
        );
        expectClient(fromSdkError(await failure(() => axios.get(`http://127.0.0.1:${closedPort}/x`))), 'network');
      });
    });

    describe('fetch', () => {
      it('turns a refused port into a retryable network error, with the system error in the message', async () => {
        const error = expectClient(fromSdkError(await failure(() => fetch(`http://127.0.0.1:${closedPort}/x`))), 'network');
        expect(error.message).to.match(/ECONNREFUSED/);
        expect(isRetryable(error)).to.equal(true);
      });

      it('turns AbortSignal.timeout() into a timeout and an abort into a cancel', async () => {
        expectClient(fromSdkError(await failure(() => fetch(`${standIn.origin}/hang`, { signal: AbortSignal.timeout(200) }))), 'timeout');
        const controller = new AbortController();
        setTimeout(() => controller.abort(), 100);
        expectClient(fromSdkError(await failure(() => fetch(`${standIn.origin}/hang`, { signal: controller.signal }))), 'cancelled');
        expectClient(fromSdkError('request aborted by the caller'), 'cancelled');
      });

      it('reads vector-bucket and data-processing answers through fromResponse: the JSON message, request_id and x-ci-request-id', async () => {
        const vector = await fromResponse(await fetch(`${standIn.origin}/vector-missing`));
        expect(vector).to.be.instanceOf(NotFoundExceptionError);
        expect(vector.getErrorMsg()).to.equal('VectorBucket not found');
        const ci = await fromResponse(await fetch(`${standIn.origin}/ci-error`));
        expect(ci.getRequestId()).to.equal(STAND_IN_IDS.ciRequestId);
        const onlyHeader = createServiceError({
          statusCode: 500,
          headers: { 'x-ci-request-id': 'ci-1' },
          body: '{"code":"InternalError"}',
        });
        expect(onlyHeader.getRequestId()).to.equal('ci-1');
      });

      it('makes a 429 with no code retryable', () => {
        expect(createServiceError({ statusCode: 429, body: '' }).retryable).to.equal(true);
      });
    });

    it('ignores white space before the XML declaration on every path, comments or not', () => {
      const document = "<?xml version='1.0' encoding='utf-8' ?>\n<Error><Code>NoSuchKey</Code><Message>gone</Message></Error>";
      for (const lead of ['', ' ', '\n\n  \t', '\r\n']) {
        for (const body of [document, document.replace('<Code>', '<!-- c --><Code>'), document.replace('gone', '<![CDATA[gone]]>')]) {
          const error = createServiceError({ statusCode: 404, body: `${lead}${body}` });
          expect(error, JSON.stringify(lead + body)).to.be.instanceOf(NoSuchKeyError);
          expect(error.getErrorMsg()).to.equal('gone');
        }
      }
    });
  });
}
