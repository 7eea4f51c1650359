import { expect } from 'chai';
import { createServiceError, findServiceError, INVALID_DIGEST, UNKNOWN, type CosServiceError } from 'qcloud-cos-errors';

// lib/response/xml: how an XML body is read (rule 5 of guides/response-rules.md): the document
// COS writes, and every other well-formed document, for the text of the first element named
// Code, Message, Resource, RequestId and TraceId in document order; entities and character
// references decoded, CDATA as it stands, comments skipped, values trimmed. A document that is
// not well formed is invalid (rule 7), unless the body cap cut it: then the fields whose
// elements closed before the cut still count. And findServiceError's reading of the root
// element's name for a 2xx answer.

/** The digest of an error document, every key given. */
function digest(code: string, message = UNKNOWN, resource = UNKNOWN, requestid = UNKNOWN, traceid = UNKNOWN) {
  return { code, message, resource, requestid, traceid };
}

/** What a test compares: the class, the code and message getters, and the digest. */
function reading(error: CosServiceError) {
  return { name: error.name, errorCode: error.getErrorCode(), errorMsg: error.getErrorMsg(), digestMsg: error.getDigestMsg() };
}

function read(body: string, maxBodyBytes?: number) {
  return reading(createServiceError({ statusCode: 404, body, ...(maxBodyBytes === undefined ? {} : { maxBodyBytes }) }));
}

const INVALID = { name: 'CosServiceError', errorCode: UNKNOWN, errorMsg: UNKNOWN, digestMsg: INVALID_DIGEST };

function noSuchKey(message = UNKNOWN, more: Partial<ReturnType<typeof digest>> = {}) {
  return { name: 'NoSuchKeyError', errorCode: 'NoSuchKey', errorMsg: message, digestMsg: { ...digest('NoSuchKey', message), ...more } };
}

/** Runs a table of bodies in one assertion, so that a failure lists every row that went wrong. */
function expectReadings(rows: Record<string, [body: string, expected: unknown]>): void {
  const found = Object.fromEntries(Object.entries(rows).map(([name, [body]]) => [name, read(body)]));
  expect(found).to.deep.equal(Object.fromEntries(Object.entries(rows).map(([name, [, expected]]) => [name, expected])));
}

describe('lib/response/xml: reading an XML error document', () => {
  it('reads the document COS writes: all five fields', () => {
    const body =
      "<?xml version='1.0' encoding='utf-8' ?>\n<Error>\n\t<Code>NoSuchKey</Code>\n\t<Message>The specified key does not exist.</Message>\n" +
      '\t<Resource>examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/key</Resource>\n\t<RequestId>NjQ0ZmM0ZDhfOTk</RequestId>\n' +
      '\t<TraceId>OGVmYzZiMmQ3</TraceId>\n</Error>';
    const error = createServiceError({ statusCode: 404, body });
    expect(reading(error)).to.deep.equal(
      noSuchKey('The specified key does not exist.', {
        resource: 'examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/key',
        requestid: 'NjQ0ZmM0ZDhfOTk',
        traceid: 'OGVmYzZiMmQ3',
      }),
    );
    expect([error.getResourceLocation(), error.getRequestId(), error.getTraceId(), error.getOriginMsg()]).to.deep.equal([
      'examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/key',
      'NjQ0ZmM0ZDhfOTk',
      'OGVmYzZiMmQ3',
      body,
    ]);
  });

  it('skips comments, takes CDATA as it stands, and passes over processing instructions', () => {
    expectReadings({
      'a comment before the root': ['<!-- served by cos --><Error><Code>NoSuchKey</Code></Error>', noSuchKey()],
      'a comment inside Code': ['<Error><Code>NoSuch<!-- split -->Key</Code></Error>', noSuchKey()],
      'a comment holding a Code element': ['<Error><!-- <Code>AccessDenied</Code> --><Code>NoSuchKey</Code></Error>', noSuchKey()],
      'CDATA in Code and in Message': [
        '<Error><Code><![CDATA[NoSuchKey]]></Code><Message><![CDATA[1 &amp; 2 <b>]]></Message></Error>',
        noSuchKey('1 &amp; 2 <b>'),
      ],
      'CDATA holding a Code element, before Code': [
        '<Error><Message><![CDATA[<Code>AccessDenied</Code>]]></Message><Code>NoSuchKey</Code></Error>',
        noSuchKey('<Code>AccessDenied</Code>'),
      ],
      'processing instructions before and inside the root': [
        '<?xml version="1.0"?><?xml-stylesheet href="a.xsl"?><Error><?cos trace="on"?><Code>NoSuchKey</Code></Error>',
        noSuchKey(),
      ],
    });
  });

  it('reads past a DOCTYPE, with an internal subset too, and expands none of its entities', () => {
    expectReadings({
      'a DOCTYPE naming the root': ['<!DOCTYPE Error><Error><Code>NoSuchKey</Code></Error>', noSuchKey()],
      'an internal subset': [
        '<!DOCTYPE Error [<!ELEMENT Error ANY><!ATTLIST Error a CDATA #IMPLIED>]><Error><Code>NoSuchKey</Code><Message>m</Message></Error>',
        noSuchKey('m'),
      ],
      'a declared entity, left as written': [
        '<!DOCTYPE Error [<!ENTITY e "expanded">]><Error><Code>NoSuchKey</Code><Message>a &e; b</Message></Error>',
        noSuchKey('a &e; b'),
      ],
      'a declared entity that would add a Code element': [
        '<!DOCTYPE Error [<!ENTITY c "<Code>AccessDenied</Code>">]><Error>&c;<Code>NoSuchKey</Code></Error>',
        noSuchKey(),
      ],
      'an external id': ['<!DOCTYPE Error SYSTEM "error.dtd"><Error><Code>NoSuchKey</Code></Error>', noSuchKey()],
    });
  });

  it('ignores attributes, and reads an element by its whole name: <s3:Code> is not Code', () => {
    expectReadings({
      'attributes in either quote, a default namespace': [
        '<Error xmlns="http://www.qcloud.com/document/product/436" a="1" b=\'2\'><Code lang="en">NoSuchKey</Code><Message class="m">m</Message></Error>',
        noSuchKey('m'),
      ],
      'an attribute that spells a Code element': [
        '<Error note="&lt;Code&gt;AccessDenied&lt;/Code&gt;"><Code>NoSuchKey</Code></Error>',
        noSuchKey(),
      ],
      'only prefixed elements: no element named Code': [
        '<s3:Error xmlns:s3="http://s3.amazonaws.com/doc/2006-03-01/"><s3:Code>NoSuchKey</s3:Code><s3:Message>m</s3:Message></s3:Error>',
        INVALID,
      ],
      'a prefixed Code, then Code': [
        '<s3:Error xmlns:s3="http://s3.amazonaws.com/doc/2006-03-01/"><s3:Code>AccessDenied</s3:Code><Code>NoSuchKey</Code></s3:Error>',
        noSuchKey(),
      ],
    });
  });

  it('decodes the five entities and character references, leaves an undeclared entity as written, and writes CR LF as LF', () => {
    expectReadings({
      'entities and references': [
        '<Error><Code>NoSuchKey</Code><Message>Tom &amp; Jerry &lt;3 &#x4E2D;&#25991; &quot;q&quot; &apos;a&apos; &gt; &amp;lt;</Message></Error>',
        noSuchKey('Tom & Jerry <3 中文 "q" \'a\' > &lt;'),
      ],
      'a reference inside Code': ['<Error><Code>NoSuch&#75;ey</Code></Error>', noSuchKey()],
      'an entity no DOCTYPE declares': ['<Error><Code>NoSuchKey</Code><Message>a &nbsp; b</Message></Error>', noSuchKey('a &nbsp; b')],
      'CR LF and a lone CR inside text': [
        '<Error>\r\n<Code>NoSuchKey</Code>\r\n<Message>one\r\ntwo\rthree</Message>\r\n</Error>',
        noSuchKey('one\ntwo\nthree'),
      ],
      'white space around values, trimmed': ['<Error><Code>\n  NoSuchKey\t</Code><Message>  m  </Message></Error>', noSuchKey('m')],
    });
  });

  it('finds Code nested in wrappers, and takes the first of each element in document order', () => {
    expectReadings({
      'Code two deep, under another root': [
        '<Response><Error><Details><Code>NoSuchKey</Code><Message>deep</Message></Details></Error></Response>',
        noSuchKey('deep'),
      ],
      'a nested Code before one at the top': [
        '<Error><Wrapper><Code>SlowDown</Code></Wrapper><Code>NoSuchKey</Code></Error>',
        { name: 'SlowDownError', errorCode: 'SlowDown', errorMsg: UNKNOWN, digestMsg: digest('SlowDown') },
      ],
      'two Messages, the first taken': [
        '<Error><Message>first</Message><Code>NoSuchKey</Code><Message>second</Message></Error>',
        noSuchKey('first'),
      ],
      'the fields in any order': [
        '<Error><TraceId>t</TraceId><RequestId>r</RequestId><Resource>b/k</Resource><Message>m</Message><Code>NoSuchKey</Code></Error>',
        noSuchKey('m', { resource: 'b/k', requestid: 'r', traceid: 't' }),
      ],
    });
  });

  it('reads an empty Code as Unknown, and the body is still an error document', () => {
    expectReadings({
      '<Code/>': [
        '<Error><Code/><Message>m</Message><RequestId>r</RequestId></Error>',
        { name: 'CosServiceError', errorCode: UNKNOWN, errorMsg: 'm', digestMsg: digest(UNKNOWN, 'm', UNKNOWN, 'r') },
      ],
      '<Code></Code>': [
        '<Error><Code></Code><Message>m</Message></Error>',
        { name: 'CosServiceError', errorCode: UNKNOWN, errorMsg: 'm', digestMsg: digest(UNKNOWN, 'm') },
      ],
      'white space in Code': [
        '<Error><Code>  </Code></Error>',
        { name: 'CosServiceError', errorCode: UNKNOWN, errorMsg: UNKNOWN, digestMsg: digest(UNKNOWN) },
      ],
    });
  });

  it('calls a document that is not well formed invalid (rule 7)', () => {
    expectReadings({
      'an unclosed root': ['<Error><Code>NoSuchKey</Code>', INVALID],
      'cut off inside Message': ['<Error><Code>NoSuchKey</Code><Message>The specified key', INVALID],
      'a mismatched end tag': ['<Error><Code>NoSuchKey</Code></Wrong>', INVALID],
      'two roots': ['<Error><Code>NoSuchKey</Code></Error><Error></Error>', INVALID],
      'text after the root': ['<Error><Code>NoSuchKey</Code></Error>text', INVALID],
      'an HTML page holding a Code element': ['<!DOCTYPE html>\n<html><body><Code>NoSuchKey</Code><hr></body></html>', INVALID],
      'a DOCTYPE, then an unclosed root': ['<!DOCTYPE Error [<!ELEMENT Error ANY>]><Error><Code>NoSuchKey</Code>', INVALID],
      'XML without Code': ['<Error><Message>no code</Message></Error>', INVALID],
    });
  });
});

describe('lib/response/xml: a document with a second root that is an empty element', () => {
  // Well-formed is what fast-xml-parser's validator says (guides/response-rules.md, "How an XML
  // body is read"), and it lets an empty element beside the root through, as its parser reads it.
  it("reads it as fast-xml-parser's validator and parser do, and a second root with content is invalid", () => {
    expectReadings({
      'an empty element after the root': ['<Error><Code>NoSuchKey</Code></Error><Error/>', noSuchKey()],
      'another empty element after the root': ['<Error><Code>NoSuchKey</Code></Error><X/>', noSuchKey()],
      'an empty element before the root': ['<A/><Error><Code>NoSuchKey</Code></Error>', noSuchKey()],
      'a second root with content': ['<Error><Code>NoSuchKey</Code></Error><X>y</X>', INVALID],
    });
  });
});

describe('lib/response/xml: a body longer than the cap', () => {
  const pad = (n: number) => 'r'.repeat(n);

  it('keeps the fields of a 70 KB SlowDown document that closed before the 64 KiB cut: still a SlowDownError', () => {
    const body =
      '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message>' +
      `<RequestId>NjQ0ZmM0ZDhf</RequestId><Resource>examplebucket-1250000000.cos.ap-beijing.myqcloud.com/${pad(70_000)}</Resource><TraceId>t</TraceId></Error>`;
    const error = createServiceError({ statusCode: 503, body });
    expect(reading(error)).to.deep.equal({
      name: 'SlowDownError',
      errorCode: 'SlowDown',
      errorMsg: 'Please reduce your request rate.',
      digestMsg: digest('SlowDown', 'Please reduce your request rate.', UNKNOWN, 'NjQ0ZmM0ZDhf'),
    });
    expect([error.getRequestId(), error.getResourceLocation(), error.getTraceId()]).to.deep.equal(['NjQ0ZmM0ZDhf', UNKNOWN, UNKNOWN]);
    expect(error.getOriginMsg()).to.equal(body.slice(0, 64 * 1024));
  });

  it('counts a field only when its element closed before a small cap, and no Code read means invalid', () => {
    const body = '<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>';
    expect(read(body, 50)).to.deep.equal({
      name: 'SlowDownError',
      errorCode: 'SlowDown',
      errorMsg: UNKNOWN,
      digestMsg: digest('SlowDown'),
    });
    expect(read(body, 20)).to.deep.equal(INVALID);
    expect(read(`<!-- c --><Error><Code>SlowDown</Code><Message>x</Message><Resource>${pad(100)}</Resource></Error>`, 80)).to.deep.equal({
      name: 'SlowDownError',
      errorCode: 'SlowDown',
      errorMsg: 'x',
      digestMsg: digest('SlowDown', 'x'),
    });
  });

  it('reads a well-formed document other than COS’s over 64 KiB whole when maxBodyBytes allows it', () => {
    const body = `<!-- a comment --><Error><Message>${pad(70_000)}</Message><Code>NoSuchKey</Code><RequestId>r</RequestId></Error>`;
    const error = createServiceError({ statusCode: 404, body, maxBodyBytes: 256 * 1024 });
    expect([error.name, error.getErrorCode(), error.getErrorMsg(), error.getRequestId()]).to.deep.equal([
      'NoSuchKeyError',
      'NoSuchKey',
      pad(70_000),
      'r',
    ]);
    expect(error.getOriginMsg()).to.equal(body);
  });

  it('refuses, over 64 KiB, a tag longer than 4 KiB or elements nested deeper than 256 (rule 7): shapes the validator is slow on', () => {
    const longTag = `<Error${' a=""'.repeat(20_000)}><Code>NoSuchKey</Code></Error>`;
    const deep = `<Error><Code>NoSuchKey</Code>${'<a>'.repeat(300)}${pad(70_000)}${'</a>'.repeat(300)}</Error>`;
    const shallow = `<Error><Code>NoSuchKey</Code>${'<a>'.repeat(200)}${pad(70_000)}${'</a>'.repeat(200)}</Error>`;
    const codes = [longTag, deep, shallow].map((body) =>
      createServiceError({ statusCode: 404, body, maxBodyBytes: 256 * 1024 }).getErrorCode(),
    );
    expect(codes).to.deep.equal([UNKNOWN, UNKNOWN, 'NoSuchKey']);
  });

  // guides/response-rules.md: "A body that ends early for any other reason [than the cap] is not
  // well formed, and falls to rule 7"; rule 7 takes "XML that is cut off or not well formed".
  it('calls a document over 64 KiB that is not well formed invalid when the cap did not cut it (maxBodyBytes raised)', () => {
    const big = pad(70_000);
    const bodies = {
      'an unclosed root': `<Error><Code>NoSuchKey</Code><Message>${big}</Message>`,
      'a mismatched end tag': `<Error><Code>NoSuchKey</Code><Message>${big}</Message></Wrong>`,
      'an HTML page holding a Code element': `<html><body><Code>NoSuchKey</Code><br>${big}</body></html>`,
    };
    // Compared without the message, which would be 70 KB of padding in a failure's diff.
    const found = Object.fromEntries(
      Object.entries(bodies).map(([name, body]) => {
        const { name: className, errorCode, digestMsg } = read(body, 256 * 1024);
        return [name, { name: className, errorCode, digestMsg: digestMsg === INVALID_DIGEST ? INVALID_DIGEST : 'a digest object' }];
      }),
    );
    const invalid = { name: 'CosServiceError', errorCode: UNKNOWN, digestMsg: INVALID_DIGEST };
    expect(found).to.deep.equal(Object.fromEntries(Object.keys(bodies).map((name) => [name, invalid])));
  });

  // guides/response-rules.md: a cut body is read when what was read before the cut, its open
  // elements closed, is well formed; else it is not well formed (rule 7), as any other body.
  it('calls a cut body invalid when what came before the cut is not well formed, and reads it when it is', () => {
    const tail = `<Message>${pad(70_000)}</Message></Error>`;
    const bodies = {
      'a mismatched end tag before the cut': `<Error><Code>NoSuchKey</Code></Wrong>${tail}`,
      'an HTML page, a p left open before the cut': `<html><body><p><Code>NoSuchKey</Code></body>${tail}`,
      'a bare & before the cut': `<Error><Code>NoSuchKey</Code><Resource>a & b</Resource>${tail}`,
      'two roots before the cut': `<Error><Code>NoSuchKey</Code></Error><Error>${tail}`,
      'well formed, cut inside Message': `<Error><Code>NoSuchKey</Code><Resource>a &amp; b</Resource>${tail}`,
      'well formed, cut inside a comment': `<Error><Code>NoSuchKey</Code><!-- ${pad(70_000)} --></Error>`,
      'well formed, cut inside a namespaced element': `<s3:Error xmlns:s3="u"><Code>NoSuchKey</Code><s3:M>${pad(70_000)}</s3:M></s3:Error>`,
    };
    const codes = Object.fromEntries(Object.entries(bodies).map(([name, body]) => [name, read(body, 64 * 1024).errorCode]));
    expect(codes).to.deep.equal({
      'a mismatched end tag before the cut': UNKNOWN,
      'an HTML page, a p left open before the cut': UNKNOWN,
      'a bare & before the cut': UNKNOWN,
      'two roots before the cut': UNKNOWN,
      'well formed, cut inside Message': 'NoSuchKey',
      'well formed, cut inside a comment': 'NoSuchKey',
      'well formed, cut inside a namespaced element': 'NoSuchKey',
    });
  });
});

describe('lib/response/xml: findServiceError reads the root element of a 2xx answer', () => {
  const find = (body: string) => {
    const error = findServiceError({ method: 'PUT', statusCode: 200, body });
    return error === undefined ? undefined : [error.name, error.getErrorCode(), error.getStatusCode()];
  };

  it('finds an error when the root is Error, whatever comes before it', () => {
    const found = {
      'Error alone': find('<Error><Code>InternalError</Code><Message>m</Message></Error>'),
      'a declaration, a comment and a DOCTYPE first': find(
        '<?xml version="1.0" encoding="UTF-8"?>\n<!-- copy -->\n<!DOCTYPE Error [<!ELEMENT Error ANY>]>\n<Error><Code>InternalError</Code></Error>',
      ),
      'white space first': find(' \n<Error><Code>SlowDown</Code></Error>'),
      'an Error with no Code': find('<Error><Message>x</Message></Error>'),
    };
    expect(found).to.deep.equal({
      'Error alone': ['InternalError', 'InternalError', 200],
      'a declaration, a comment and a DOCTYPE first': ['InternalError', 'InternalError', 200],
      'white space first': ['SlowDownError', 'SlowDown', 200],
      'an Error with no Code': ['CosServiceError', UNKNOWN, 200],
    });
  });

  it('finds none when the root is another element, whatever comes before it or inside it', () => {
    const found = {
      CopyObjectResult: find('<CopyObjectResult><ETag>"5d41402abc4b2a76b9719d911017c592"</ETag></CopyObjectResult>'),
      'a declaration, a comment holding <Error>, a DOCTYPE naming Error': find(
        '<?xml version="1.0"?><!-- <Error><Code>InternalError</Code></Error> --><!DOCTYPE CopyObjectResult [<!ELEMENT Error ANY>]><CopyObjectResult/>',
      ),
      'Error inside another root': find(
        '<CompleteMultipartUploadResult><Error><Code>InternalError</Code></Error></CompleteMultipartUploadResult>',
      ),
      'a root named Errors': find('<Errors><Code>InternalError</Code></Errors>'),
      'a prefixed Error': find('<s3:Error xmlns:s3="u"><Code>InternalError</Code></s3:Error>'),
      'no body': find(''),
      JSON: find('{"Code":"InternalError"}'),
    };
    expect(found).to.deep.equal(Object.fromEntries(Object.keys(found).map((name) => [name, undefined])));
  });

  it('gives the error for any other status, whatever the body', () => {
    const error = findServiceError({ statusCode: 500, body: '<CopyObjectResult/>' });
    expect(error === undefined ? undefined : [error.name, error.getDigestMsg()]).to.deep.equal(['CosServiceError', INVALID_DIGEST]);
  });
});
