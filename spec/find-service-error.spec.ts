import { expect } from 'chai';
import { findServiceError, InternalError, NoSuchKeyError } from 'qcloud-cos-errors';
import { corpusCases } from './support/corpus.js';
import { errorDocument } from './support/catalog.js';

const COPY_RESULT = `<?xml version="1.0" encoding="UTF-8"?>
<CopyObjectResult>
  <ETag>"ee8de918d05640145b18f70f4c3aa602"</ETag>
  <CRC64>16749565679157681890</CRC64>
  <LastModified>2026-11-22T10:00:00.000Z</LastModified>
  <VersionId>MTg0NDUxNzYzMDc4OTkyMDc5NzE</VersionId>
</CopyObjectResult>`;

const COMPLETE_RESULT = `<?xml version='1.0' encoding='utf-8' ?>
<!-- an Error element inside a result is not an error document -->
<CompleteMultipartUploadResult>
  <Location>examplebucket-1250000000.cos.ap-beijing.myqcloud.com/big.bin</Location>
  <Bucket>examplebucket-1250000000</Bucket>
  <Key>big.bin</Key>
  <ETag>"3a0f1fd698c235af9cf098cb74aa25bc-2"</ETag>
  <Error><Code>NotAnError</Code></Error>
</CompleteMultipartUploadResult>`;

describe('findServiceError (errors inside 2xx answers)', () => {
  it('finds nothing in a real PUT Object - Copy result', () => {
    expect(
      findServiceError({ method: 'PUT', statusCode: 200, headers: { 'content-type': 'application/xml' }, body: COPY_RESULT }),
    ).to.equal(undefined);
  });

  it('finds nothing in a Complete Multipart Upload result, even with an Error element inside', () => {
    expect(findServiceError({ method: 'POST', statusCode: 200, body: COMPLETE_RESULT })).to.equal(undefined);
  });

  it('finds nothing in an empty 200 or 204 answer, or one that is not XML', () => {
    for (const body of [undefined, '', 'OK', '{"code":"InternalError"}']) {
      expect(findServiceError({ statusCode: 200, body }), String(body)).to.equal(undefined);
    }
    expect(findServiceError({ statusCode: 204 })).to.equal(undefined);
  });

  it('finds the error in the corpus copy answered 200 with an Error document', () => {
    const c = corpusCases.find((x) => x.id === 'copy-200-error')!;
    const error = findServiceError({ method: c.request.method, url: c.request.url, ...c.response });
    expect(error).to.be.instanceOf(InternalError);
    expect(error?.getStatusCode()).to.equal(200);
    expect(error?.getRequestId()).to.equal(c.expect.requestId);
  });

  it('finds an Error root after a declaration, comments, processing instructions and a DOCTYPE, as bytes too', () => {
    const body = `\uFEFF<?xml version="1.0"?>\n<!-- c --><?pi x?><!DOCTYPE Error [<!ELEMENT Error ANY>]>\n${errorDocument('NoSuchKey').replace(/^<\?xml[^>]*>\n/, '')}`;
    expect(findServiceError({ statusCode: 200, body })).to.be.instanceOf(NoSuchKeyError);
    expect(findServiceError({ statusCode: 200, body: new TextEncoder().encode(body) })).to.be.instanceOf(NoSuchKeyError);
  });

  it('does not take a root whose name only starts with Error', () => {
    expect(findServiceError({ statusCode: 200, body: '<ErrorList><Code>X</Code></ErrorList>' })).to.equal(undefined);
  });

  it('treats any status outside 2xx as an error whatever the body', () => {
    expect(findServiceError({ statusCode: 404, body: COPY_RESULT })?.getStatusCode()).to.equal(404);
    expect(findServiceError({ statusCode: 503, body: errorDocument('SlowDown') })?.name).to.equal('SlowDownError');
  });

  it('throws a TypeError for a status that is none', () => {
    expect(() => findServiceError({ statusCode: 1000 })).to.throw(TypeError, /statusCode/);
  });
});
