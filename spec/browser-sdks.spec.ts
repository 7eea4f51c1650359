import { expect } from 'chai';
import {
  AccessDeniedError,
  CosClientError,
  CosServiceError,
  findServiceError,
  fromResponse,
  fromSdkError,
  InternalError,
  NoSuchKeyError,
  NoSuchResourceError,
  SlowDownError,
  withTypedErrors,
  type CosError,
} from 'qcloud-cos-errors';
import {
  browserGlobals,
  cosJsClient,
  cosWxClient,
  miniProgramGlobals,
  type BrowserCosClient,
  type SdkGlobals,
} from './support/browser-sdk-clients.js';
import type { CorpusServer } from './support/corpus-server.js';
import { STAND_IN_BUCKET, startCosStandIn } from './support/cos-stand-in.js';
import { gettersOf } from './support/getters.js';
import { nodeRequest } from './support/node-request.js';

const BUCKET = { Bucket: STAND_IN_BUCKET, Region: 'ap-beijing' };

function promised(call: () => Promise<unknown> | undefined): Promise<unknown> {
  return (call() ?? Promise.resolve()).then(
    () => {
      throw new Error('expected the SDK call to fail');
    },
    (error: unknown) => error,
  );
}

function calledBack(call: (callback: (error: unknown) => void) => unknown): Promise<unknown> {
  return new Promise((resolve) => {
    call((error) => resolve(error));
  });
}

/** The getters but the raw body: what an SDK error must share with the response's own error. */
function sharedGetters(error: CosServiceError): Record<string, unknown> {
  const { originMsg: _origin, ...rest } = gettersOf(error);
  return rest;
}

interface SdkUnderTest {
  readonly name: string;
  readonly globals: SdkGlobals;
  client(origin: string, options?: Record<string, unknown>): BrowserCosClient;
}

const SDKS: readonly SdkUnderTest[] = [
  { name: 'cos-js-sdk-v5 (browsers), through an XMLHttpRequest', globals: browserGlobals, client: cosJsClient },
  { name: 'cos-wx-sdk-v5 (Mini Programs), through wx.request', globals: miniProgramGlobals, client: cosWxClient },
];

for (const sdk of SDKS) {
  describe(`the real ${sdk.name}, against the COS stand-in`, function () {
    this.timeout(20_000);
    let standIn: CorpusServer;
    let cos: BrowserCosClient;

    before(async () => {
      standIn = await startCosStandIn();
      sdk.globals.install();
      cos = sdk.client(standIn.origin);
    });
    after(async () => {
      sdk.globals.restore();
      await standIn.close();
    });

    /** The error the response itself makes, by fromResponse on the same request. */
    async function responseError(key: string, method = 'GET'): Promise<CosServiceError> {
      return fromResponse(await nodeRequest(`${standIn.origin}/${key}`, method));
    }

    async function expectSameAsResponse(
      sdkError: unknown,
      key: string,
      errorClass: abstract new (...args: never[]) => CosServiceError,
      method = 'GET',
    ): Promise<void> {
      const fromSdk = fromSdkError(sdkError);
      expect(fromSdk, String(fromSdk)).to.be.instanceOf(errorClass);
      const direct = await responseError(key, method);
      expect(direct.constructor).to.equal(fromSdk.constructor);
      expect(sharedGetters(fromSdk as CosServiceError)).to.deep.equal(sharedGetters(direct));
      expect(fromSdk.originalCause).to.equal(sdkError);
    }

    it('getObject NoSuchKey: the same NoSuchKeyError as the response gives, in both forms', async () => {
      await expectSameAsResponse(await promised(() => cos.getObject({ ...BUCKET, Key: 'missing' })), 'missing', NoSuchKeyError);
      await expectSameAsResponse(await calledBack((done) => cos.getObject({ ...BUCKET, Key: 'missing' }, done)), 'missing', NoSuchKeyError);
    });

    it('SlowDown and AccessDenied: their classes, SlowDown retryable', async () => {
      await expectSameAsResponse(await promised(() => cos.putObject({ ...BUCKET, Key: 'busy', Body: 'x' })), 'busy', SlowDownError, 'PUT');
      await expectSameAsResponse(await promised(() => cos.getObject({ ...BUCKET, Key: 'denied' })), 'denied', AccessDeniedError);
      expect(fromSdkError(await promised(() => cos.putObject({ ...BUCKET, Key: 'busy', Body: 'x' }))).retryable).to.equal(true);
    });

    it("a gateway's HTML page: a retryable CosServiceError with its status, as the response gives", async () => {
      await expectSameAsResponse(await promised(() => cos.getObject({ ...BUCKET, Key: 'gateway' })), 'gateway', CosServiceError);
    });

    it('headObject 404: NoSuchResourceError, the ids from the headers', async () => {
      await expectSameAsResponse(
        await promised(() => cos.headObject({ ...BUCKET, Key: 'missing' })),
        'missing',
        NoSuchResourceError,
        'HEAD',
      );
    });

    it('a refused connection: a retryable network CosClientError', async () => {
      const closed = sdk.client('http://127.0.0.1:9');
      const error = fromSdkError(await promised(() => closed.getObject({ ...BUCKET, Key: 'any' }))) as CosClientError;
      expect(error).to.be.instanceOf(CosClientError);
      expect(error.kind).to.equal('network');
      expect(error.retryable).to.equal(true);
    });

    it('a timeout: a retryable timeout CosClientError', async () => {
      const impatient = sdk.client(standIn.origin, { Timeout: 200 });
      const error = fromSdkError(await promised(() => impatient.getObject({ ...BUCKET, Key: 'hang' }))) as CosClientError;
      expect(error).to.be.instanceOf(CosClientError);
      expect(error.kind).to.equal('timeout');
    });

    it("withTypedErrors: the promise and the callback give this package's errors", async () => {
      const typed = withTypedErrors(cos);
      expect(await promised(() => typed.getObject({ ...BUCKET, Key: 'missing' }))).to.be.instanceOf(NoSuchKeyError);
      const viaCallback = (await calledBack((done) => typed.headObject({ ...BUCKET, Key: 'missing' }, done))) as CosError;
      expect(viaCallback).to.be.instanceOf(NoSuchResourceError);
    });
  });
}

describe('putObjectCopy answered 200 with an error document', function () {
  this.timeout(20_000);
  let standIn: CorpusServer;
  before(async () => {
    standIn = await startCosStandIn();
  });
  after(() => standIn.close());

  it('cos-wx-sdk-v5 rejects, and fromSdkError gives InternalError, as findServiceError does on the response', async () => {
    miniProgramGlobals.install();
    try {
      const cos = cosWxClient(standIn.origin);
      const sdkError = await promised(() =>
        cos.putObjectCopy({ ...BUCKET, Key: 'copy-error', CopySource: `${STAND_IN_BUCKET}.cos.ap-beijing.myqcloud.com/ok` }),
      );
      const error = fromSdkError(sdkError);
      expect(error).to.be.instanceOf(InternalError);
      expect((error as CosServiceError).getStatusCode()).to.equal(200);
      expect(error.retryable).to.equal(true);
      const response = await fetch(`${standIn.origin}/copy-error`, { method: 'PUT' });
      const direct = findServiceError({
        method: 'PUT',
        url: response.url,
        statusCode: response.status,
        headers: response.headers,
        body: await response.text(),
      });
      expect(direct?.constructor).to.equal(error.constructor);
      expect(sharedGetters(error as CosServiceError)).to.deep.equal(sharedGetters(direct!));
    } finally {
      miniProgramGlobals.restore();
    }
  });

  it('cos-js-sdk-v5 resolves, keeping no body: the error cannot be seen through it (documented)', async () => {
    browserGlobals.install();
    try {
      const cos = cosJsClient(standIn.origin);
      const result = (await cos.putObjectCopy({
        ...BUCKET,
        Key: 'copy-error',
        CopySource: `${STAND_IN_BUCKET}.cos.ap-beijing.myqcloud.com/ok`,
      })) as Record<string, unknown>;
      expect(result.statusCode).to.equal(200);
      expect(result).not.to.have.property('CopyObjectResult');
    } finally {
      browserGlobals.restore();
    }
  });
});
