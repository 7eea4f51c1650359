import { expect } from 'chai';
import { CosClientError, CosError, CosServiceError, INVALID_DIGEST, UNKNOWN } from 'qcloud-cos-errors';
import { corpusCases, isBodyPathCase, type CorpusCase } from './support/corpus.js';
import { gettersOf } from './support/getters.js';

const bodyCases = corpusCases.filter(isBodyPathCase);

/** The id the body's own digest carries (any key case), or Unknown: the constructor has no headers. */
function idInBody(c: CorpusCase, key: 'requestid' | 'traceid'): string {
  const digest = c.expect.digestMsg;
  if (typeof digest !== 'object' || digest === null) return UNKNOWN;
  const entry = Object.entries(digest).find(([name]) => name.toLowerCase() === key);
  return typeof entry?.[1] === 'string' && entry[1] !== '' ? entry[1] : UNKNOWN;
}

function expectedGetters(c: CorpusCase): Record<string, unknown> {
  const { class: _class, ...getters } = c.expect;
  return getters;
}

describe('new CosServiceError(method, message, statusCode): the Python constructor', () => {
  it('has body-path cases to run', () => {
    expect(bodyCases.length).to.be.at.least(15);
  });

  for (const c of bodyCases) {
    it(`${c.id}: all eight getters as the corpus expects (${c.note})`, () => {
      const error = new CosServiceError(c.request.method, c.response.body ?? '', c.response.statusCode);
      expect(gettersOf(error)).to.deep.equal({
        ...expectedGetters(c),
        requestId: idInBody(c, 'requestid'),
        traceId: idInBody(c, 'traceid'),
      });
    });

    it(`${c.id}: with the response headers, exactly the corpus expectation`, () => {
      const error = new CosServiceError(c.request.method, c.response.body ?? '', c.response.statusCode, {
        headers: c.response.headers,
        url: c.request.url,
      });
      expect(gettersOf(error)).to.deep.equal(expectedGetters(c));
    });
  }

  it('returns a plain copy of the digest object it was given (read once, so it cannot change), with an empty origin message', () => {
    const digest = { code: 'NoSuchKey', message: 'gone', resource: 'b/k', requestid: 'r-1', traceid: 't-1' };
    const error = new CosServiceError('GET', digest, 404);
    expect(error.getDigestMsg()).to.deep.equal(digest);
    digest.message = 'changed later';
    expect((error.getDigestMsg() as { message: string }).message).to.equal('gone');
    expect(error.getOriginMsg()).to.equal('');
    expect([error.getErrorCode(), error.getErrorMsg(), error.getResourceLocation()]).to.deep.equal(['NoSuchKey', 'gone', 'b/k']);
    expect([error.getRequestId(), error.getTraceId()]).to.deep.equal(['r-1', 't-1']);
  });

  it('reads a digest object without regard to key case, and Unknown for what it lacks', () => {
    const error = new CosServiceError('PUT', { Code: 'SlowDown', RequestId: 'r-2', requestId: 'ignored' }, 503);
    expect(error.getErrorCode()).to.equal('SlowDown');
    expect(error.getRequestId()).to.equal('r-2');
    expect(error.getErrorMsg()).to.equal(UNKNOWN);
    expect(error.getTraceId()).to.equal(UNKNOWN);
  });

  it('treats an empty string body as unreadable, as the Python SDK does', () => {
    const error = new CosServiceError('GET', '', 500);
    expect(error.getDigestMsg()).to.equal(INVALID_DIGEST);
    expect(error.getErrorCode()).to.equal(UNKNOWN);
    expect(error.getOriginMsg()).to.equal('');
  });

  it('is a CosServiceError, a CosError and an Error, and not a CosClientError', () => {
    const error = new CosServiceError('GET', '<Error><Code>NoSuchKey</Code></Error>', 404);
    expect(error).to.be.instanceOf(CosServiceError);
    expect(error).to.be.instanceOf(CosError);
    expect(error).to.be.instanceOf(Error);
    expect(error).not.to.be.instanceOf(CosClientError);
    expect(error.name).to.equal('CosServiceError');
  });

  it('has a one-line message with code, text, status, request id and resource', () => {
    const c = corpusCases.find((x) => x.id === 'no-such-key')!;
    const error = new CosServiceError('GET', c.response.body ?? '', 404);
    expect(error.message).to.equal(
      'NoSuchKey: The specified key does not exist. (status 404, request id U8JZpDE0iGXlD6gNCFbaEPFjbD0kH8Oool8DklZD, ' +
        'resource examplebucket-1250000000.cos.ap-beijing.myqcloud.com/exampleobject)',
    );
    expect(error.stack?.split('\n')[0]).to.equal(`CosServiceError: ${error.message}`);
  });

  it('never has an empty message, even when nothing is known', () => {
    const error = new CosServiceError('GET', '<html></html>', 502);
    expect(error.message).to.equal('COS answered with an error and no error code (status 502)');
  });

  it('gives the fields of the COS JavaScript SDKs', () => {
    const c = corpusCases.find((x) => x.id === 'no-such-key')!;
    const error = new CosServiceError('GET', c.response.body ?? '', 404, {
      headers: { 'X-Cos-Request-Id': 'h', Server: 'tencent-cos' },
      url: c.request.url,
    });
    expect(error.statusCode).to.equal(404);
    expect(error.code).to.equal('NoSuchKey');
    expect(error.error).to.deep.equal({
      Code: 'NoSuchKey',
      Message: 'The specified key does not exist.',
      Resource: 'examplebucket-1250000000.cos.ap-beijing.myqcloud.com/exampleobject',
      RequestId: 'U8JZpDE0iGXlD6gNCFbaEPFjbD0kH8Oool8DklZD',
      TraceId: '7149d439536b3216fdaeeb975729fae923d5a4fd12aabfe228f219e9cb0eb53f16947ccf25ec84d8dbc74254770f5890',
    });
    expect([error.requestId, error.traceId, error.resource]).to.deep.equal([
      error.error?.RequestId,
      error.error?.TraceId,
      error.error?.Resource,
    ]);
    expect(error.headers).to.deep.equal({ 'x-cos-request-id': 'h', server: 'tencent-cos' });
    expect(error.method).to.equal('GET');
    expect(error.url).to.equal(c.request.url);
  });

  for (const bad of [0, 99, 600, 404.5, Number.NaN, '404', undefined]) {
    it(`rejects the status ${typeof bad === 'string' ? JSON.stringify(bad) : String(bad)} with a TypeError naming statusCode`, () => {
      expect(() => new CosServiceError('GET', '', bad as number)).to.throw(TypeError, /statusCode/);
    });
  }
});
