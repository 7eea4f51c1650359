import { expect } from 'chai';
import {
  CosClientError,
  fromSdkError,
  isNotFound,
  isRetryable,
  isThrottled,
  withTypedErrors,
  type CosServiceError,
} from 'qcloud-cos-errors';
import { BUCKET, cosClient, type CosClient } from './support/cos-client.js';
import type { CorpusServer } from './support/corpus-server.js';
import { startCosStandIn } from './support/cos-stand-in.js';
import { sdkRejection } from './support/sdk-rejection.js';
import { closedLoopbackPort } from './support/loopback.js';

// Code written against cos-nodejs-sdk-v5 reads `err.code`, `err.statusCode`, `err.headers` and
// `err.error`, and asks isRetryable / isNotFound / isThrottled of whatever it caught. The same
// answers must come back after fromSdkError or withTypedErrors, and before any conversion.

async function rejection(call: () => Promise<unknown> | undefined): Promise<Record<string, unknown>> {
  return (await sdkRejection(call)) as Record<string, unknown>;
}

describe("the real cos-nodejs-sdk-v5's fields and decisions survive conversion", function () {
  this.timeout(20_000);
  let standIn: CorpusServer;
  let cos: CosClient;
  before(async () => {
    standIn = await startCosStandIn();
    cos = cosClient(standIn.origin.replace('http://', ''));
  });
  after(() => standIn.close());

  const CALLS: Array<[string, (cos: CosClient) => Promise<unknown> | undefined]> = [
    ['getObject NoSuchKey (an error document)', (c) => c.getObject({ ...BUCKET, Key: 'missing' })],
    ['headObject 404 (no body)', (c) => c.headObject({ ...BUCKET, Key: 'missing' })],
    ['getObject 403 AccessDenied', (c) => c.getObject({ ...BUCKET, Key: 'denied' })],
    ['putObject 503 SlowDown', (c) => c.putObject({ ...BUCKET, Key: 'busy', Body: 'x' })],
    ['getObject 502 from a gateway (an HTML page)', (c) => c.getObject({ ...BUCKET, Key: 'gateway' })],
    ['headObject 502 from a gateway (no body)', (c) => c.headObject({ ...BUCKET, Key: 'gateway' })],
  ];

  for (const [what, call] of CALLS) {
    it(`${what}: code, statusCode, headers and error as the SDK set them; the guards agree`, async () => {
      const sdkError = await rejection(() => call(cos));
      const converted = fromSdkError(sdkError) as CosServiceError;
      const typed = (await rejection(() => call(withTypedErrors(cos)))) as unknown as CosServiceError;
      for (const error of [converted, typed]) {
        expect(error.code, 'code').to.equal(sdkError['code']);
        expect(error.statusCode, 'statusCode').to.equal(sdkError['statusCode']);
        // The wrapped client's error comes from a second request: its date can be a second later.
        for (const [name, value] of Object.entries(sdkError['headers'] as Record<string, string>))
          if (error === converted || name !== 'date') expect(error.headers[name], name).to.equal(value);
        expect(error.RequestId, 'RequestId').to.equal(sdkError['RequestId']);
        const sdkBody = sdkError['error'] as Record<string, unknown> | undefined;
        // No error document, no `error`: `err.error?.Code ?? err.code` gives what it gave.
        if (sdkBody === undefined) expect(error.error, 'error').to.equal(undefined);
        else
          for (const member of ['Code', 'Message', 'Resource', 'RequestId', 'TraceId'])
            expect(error.error?.[member as 'Code'], member).to.equal(sdkBody[member]);
        const toolkitCode = (e: { error?: { Code?: unknown } | undefined; code?: unknown }): unknown => e.error?.Code ?? e.code;
        expect(toolkitCode(error), 'err.error?.Code ?? err.code').to.equal(toolkitCode(sdkError));
      }
      expect([isRetryable(sdkError), isNotFound(sdkError), isThrottled(sdkError)]).to.deep.equal([
        isRetryable(converted),
        isNotFound(converted),
        isThrottled(converted),
      ]);
    });
  }

  it("a HEAD 404 keeps Python's getErrorCode() and is not found; a 404 with a document too", async () => {
    const head = fromSdkError(await rejection(() => cos.headObject({ ...BUCKET, Key: 'missing' }))) as CosServiceError;
    expect([head.code, head.getErrorCode(), isNotFound(head)]).to.deep.equal(['404', 'NoSuchResource', true]);
    const get = fromSdkError(await rejection(() => cos.getObject({ ...BUCKET, Key: 'missing' }))) as CosServiceError;
    expect([get.code, get.getErrorCode(), isNotFound(get)]).to.deep.equal(['NoSuchKey', 'NoSuchKey', true]);
  });

  it("the guards answer on the SDK's own errors as on converted ones: SlowDown is retryable and throttled", async () => {
    const slow = await rejection(() => cos.putObject({ ...BUCKET, Key: 'busy', Body: 'x' }));
    expect([isRetryable(slow), isThrottled(slow), isNotFound(slow)]).to.deep.equal([true, true, false]);
    const denied = await rejection(() => cos.getObject({ ...BUCKET, Key: 'denied' }));
    expect([isRetryable(denied), isThrottled(denied), isNotFound(denied)]).to.deep.equal([false, false, false]);
  });

  it("a refused connection: the client error keeps the SDK's code, and is retryable before and after", async () => {
    const closed = cosClient(`127.0.0.1:${await closedLoopbackPort()}`);
    const sdkError = await rejection(() => closed.getObject({ ...BUCKET, Key: 'k' }));
    expect(sdkError['code']).to.equal('ECONNREFUSED');
    const error = fromSdkError(sdkError);
    expect(error).to.be.instanceOf(CosClientError);
    expect((error as CosClientError).code).to.equal('ECONNREFUSED');
    // What a log line reads of the SDK's failure: its method and URL, and no request id.
    expect([(error as CosClientError).method, (error as CosClientError).url]).to.deep.equal([sdkError['method'], sdkError['url']]);
    expect((error as CosClientError).headers['x-cos-request-id']).to.equal(undefined);
    expect([isRetryable(sdkError), isRetryable(error)]).to.deep.equal([true, true]);
  });

  it('withTypedErrors turns what the SDK throws at once into a CosClientError of kind invalid-argument', () => {
    const typed = withTypedErrors(cos);
    let thrown: unknown;
    try {
      typed.getObject({ ...BUCKET, Key: 123 as unknown as string });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).to.be.instanceOf(CosClientError);
    expect((thrown as CosClientError).kind).to.equal('invalid-argument');
    expect((thrown as CosClientError).originalCause).to.be.instanceOf(TypeError);
  });
});
