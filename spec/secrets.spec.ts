import { expect } from 'chai';
import { inspect } from 'node:util';
import type { CosError } from 'qcloud-cos-errors';
import { BUILDS } from './support/builds.js';
import { errorDocument } from './support/catalog.js';
import { startCorpusServer, type CorpusServer } from './support/corpus-server.js';
import { gettersOf } from './support/getters.js';
import { nodeRequest } from './support/node-request.js';

const SECRETS = ['SIGSECRET111', 'TOKENSECRET222', 'COOKIESECRET333', 'AUTHSECRET444', 'SIGNPARAM555', 'PASSWORD666'];
const QUERY = `q-sign-algorithm=sha1&q-ak=AKID&q-signature=SIGSECRET111&x-cos-security-token=TOKENSECRET222&sign=${encodeURIComponent('q-sign-algorithm=sha1&q-signature=SIGNPARAM555')}&versionId=v1`;
const URL_WITH_SECRETS = `https://user:PASSWORD666@examplebucket-1250000000.cos.ap-beijing.myqcloud.com/key?${QUERY}`;
const HEADERS = {
  authorization: 'q-sign-algorithm=sha1&q-signature=AUTHSECRET444',
  'Proxy-Authorization': 'Basic AUTHSECRET444',
  cookie: 'session=COOKIESECRET333',
  'set-cookie': ['a=COOKIESECRET333', 'b=COOKIESECRET333'],
  'x-cos-security-token': 'TOKENSECRET222',
  'x-cos-request-id': 'req-1',
};

/** Every surface an error shows itself on, as one text. */
function everything(error: CosError): string {
  const surfaces: unknown[] = [
    error.message,
    error.stack,
    JSON.stringify(error),
    inspect(error),
    inspect(error, { depth: 10 }),
    String(error),
  ];
  if (error instanceof BUILDS[0]!.api.CosServiceError)
    surfaces.push(JSON.stringify(gettersOf(error)), JSON.stringify(error.headers), error.url, JSON.stringify(error.error), error.resource);
  return surfaces.map((surface) => String(surface)).join('\n');
}

function expectNoSecret(error: CosError): void {
  const text = everything(error);
  for (const secret of SECRETS) expect(text, secret).not.to.include(secret);
  expect(text).to.include('[REDACTED]');
}

for (const { name: build, api } of BUILDS) {
  describe(`secrets never leave an error, in ${build}`, () => {
    const { CosClientError, CosServiceError, createServiceError, findServiceError, fromResponse, fromSdkError } = api;
    let server: CorpusServer;
    before(async () => {
      server = await startCorpusServer([], {
        '/key': (request, response) => {
          response.setHeader('set-cookie', ['a=COOKIESECRET333']);
          response.writeHead(request.method === 'HEAD' ? 404 : 403, {
            'x-cos-security-token': 'TOKENSECRET222',
            authorization: 'AUTHSECRET444',
            'x-cos-request-id': 'req-2',
          });
          response.end(request.method === 'HEAD' ? undefined : errorDocument('AccessDenied'));
        },
      });
    });
    after(() => server.close());

    it('from the constructor with headers and URL', () => {
      expectNoSecret(new CosServiceError('GET', errorDocument('AccessDenied'), 403, { headers: HEADERS, url: URL_WITH_SECRETS }));
    });

    it('from createServiceError: an XML body, a HEAD 404 (URL as resource), headers as digest, an error-code header', () => {
      expectNoSecret(
        createServiceError({
          method: 'GET',
          url: URL_WITH_SECRETS,
          statusCode: 403,
          headers: HEADERS,
          body: errorDocument('AccessDenied'),
        }),
      );
      const head = createServiceError({ method: 'HEAD', url: URL_WITH_SECRETS, statusCode: 404, headers: HEADERS });
      expect(head.getResourceLocation()).to.include('q-signature=[REDACTED]');
      expect(head.getResourceLocation()).to.include('versionId=v1');
      expectNoSecret(head);
      const empty = createServiceError({ method: 'GET', url: URL_WITH_SECRETS, statusCode: 403, headers: HEADERS, body: '' });
      expect(empty.getDigestMsg()).to.include({ authorization: '[REDACTED]', 'x-cos-request-id': 'req-1' });
      expectNoSecret(empty);
      expectNoSecret(
        createServiceError({
          method: 'POST',
          url: URL_WITH_SECRETS,
          statusCode: 400,
          headers: { ...HEADERS, 'x-cos-error-code': 'InvalidArgument' },
          body: 'bad',
        }),
      );
    });

    it('from findServiceError', () => {
      expectNoSecret(
        findServiceError({
          method: 'PUT',
          url: URL_WITH_SECRETS,
          statusCode: 200,
          headers: HEADERS,
          body: errorDocument('InternalError'),
        })!,
      );
    });

    it('from fromResponse on a fetch Response and on a Node IncomingMessage, URL from the request', async () => {
      expectNoSecret(await fromResponse(await fetch(`${server.origin}/key?${QUERY}`)));
      expectNoSecret(await fromResponse(await fetch(`${server.origin}/key?${QUERY}`, { method: 'HEAD' }), { method: 'HEAD' }));
      const message = await nodeRequest(`${server.origin}/key?${QUERY}`);
      const error = await fromResponse(message);
      expect(error.url).to.include('versionId=v1');
      expectNoSecret(error);
      expectNoSecret(await fromResponse(await nodeRequest(`${server.origin}/key?${QUERY}`, 'HEAD')));
    });

    it('from fromSdkError, for service and network shapes of the COS SDKs', () => {
      const xml = Object.assign(new Error('Access Denied.'), {
        code: 'AccessDenied',
        statusCode: 403,
        headers: HEADERS,
        url: URL_WITH_SECRETS,
        method: 'GET',
        error: { Code: 'AccessDenied', Message: 'Access Denied.' },
      });
      expectNoSecret(fromSdkError(xml));
      expectNoSecret(
        fromSdkError({
          code: '404',
          name: '404',
          message: 'Not Found',
          statusCode: 404,
          headers: HEADERS,
          url: URL_WITH_SECRETS,
          method: 'HEAD',
        }),
      );
      expectNoSecret(
        fromSdkError({
          code: 'ECONNREFUSED',
          name: 'Error',
          message: `connect ECONNREFUSED ${URL_WITH_SECRETS}`,
          url: URL_WITH_SECRETS,
          method: 'GET',
        }),
      );
    });

    it('leaves text that only looks like part of a URL as written: base64 ids, a key with `//`, `//` before no host', () => {
      const asWritten = [
        'OGVm//YzZi+MmQ3==',
        'NjQ0//ZmM0#ZDhf',
        '//=&#x;',
        '//a&b#c',
        'bucket//key#part',
        'a // b # c',
        '//[::1/k#f',
        'Origin //www.example.com is not allowed; write to admin@example.com',
      ];
      for (const text of asWritten) {
        const error = createServiceError({
          statusCode: 400,
          body: JSON.stringify({ Code: 'InvalidArgument', Message: text, RequestId: text, TraceId: text }),
        });
        expect([error.getErrorMsg(), error.getRequestId(), error.getTraceId()], text).to.deep.equal([text, text, text]);
      }
    });

    it('leaves messages that name a credential but hold none as written: an error class, a COS code and its message', () => {
      for (const text of [
        'CredentialsProviderError: Could not load credentials from any providers',
        'TokenRefreshException: refresh failed',
        'The provided token has expired.',
        'The request signature we calculated does not match the signature you provided.',
      ]) {
        expect(new CosClientError(text).message, text).to.equal(text);
        expect(
          createServiceError({ statusCode: 403, body: `<Error><Code>AccessDenied</Code><Message>${text}</Message></Error>` }).getErrorMsg(),
          text,
        ).to.equal(text);
      }
    });

    it('from a client error whose message and cause carry a presigned URL', () => {
      const cause = Object.assign(new Error(`connect ECONNREFUSED ${URL_WITH_SECRETS}`), { code: 'ECONNREFUSED' });
      const error = new CosClientError(`request to ${URL_WITH_SECRETS} failed`, { kind: 'network', cause });
      expectNoSecret(error);
      expect(error.toJSON().cause).to.deep.include({ name: 'Error', code: 'ECONNREFUSED' });
    });
  });
}

for (const { name: build, api } of BUILDS) {
  describe(`errors that log well, in ${build}`, () => {
    const { CosClientError, createServiceError } = api;
    it("a service error's toJSON has the facts a log line needs, and no headers or body", () => {
      const error = createServiceError({
        method: 'PUT',
        url: 'https://b.cos/k',
        statusCode: 503,
        headers: { 'x-cos-request-id': 'r-1', 'x-many': 'h'.repeat(5000) },
        body: errorDocument('SlowDown', 'Please reduce your request rate.'),
      });
      expect(error.toJSON()).to.deep.equal({
        name: 'SlowDownError',
        message: error.message,
        code: 'SlowDown',
        statusCode: 503,
        requestId: 'NjQ0ZmM0ZDhfOTk',
        traceId: 'OGVmYzZiMmQ3',
        resource: 'examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/key',
        method: 'PUT',
        url: 'https://b.cos/k',
        retryable: true,
      });
      expect(JSON.stringify(error).length).to.be.below(600);
    });

    it('util.inspect shows the stack and the same facts, not the headers', () => {
      const error = createServiceError({ statusCode: 404, headers: { 'x-many': 'h'.repeat(5000) }, body: errorDocument('NoSuchKey') });
      const shown = inspect(error);
      expect(shown.startsWith(`NoSuchKeyError: ${error.message}`)).to.equal(true);
      expect(shown).to.include("code: 'NoSuchKey'");
      expect(shown).not.to.include('hhhh');
      expect(shown).not.to.include('x-many');
    });

    it("a client error's toJSON has its kind and a summary of its cause", () => {
      const error = new CosClientError('timed out', {
        kind: 'timeout',
        cause: Object.assign(new Error('ETIMEDOUT'), { code: 'ETIMEDOUT', big: 'b'.repeat(5000) }),
      });
      expect(error.toJSON()).to.deep.equal({
        name: 'CosClientError',
        message: 'timed out',
        kind: 'timeout',
        retryable: true,
        code: 'ETIMEDOUT',
        cause: { name: 'Error', message: 'ETIMEDOUT', code: 'ETIMEDOUT' },
      });
      expect(inspect(error)).not.to.include('bbbb');
      expect(new CosClientError('plain').toJSON()).to.deep.equal({
        name: 'CosClientError',
        message: 'plain',
        kind: 'unknown',
        retryable: false,
      });
      expect(new CosClientError('odd', { cause: 'a string' }).toJSON().cause).to.deep.equal({ name: 'string', message: 'a string' });
    });
  });
}
