import { expect } from 'chai';
import fc from 'fast-check';
import { CosServiceError, createServiceError, INVALID_DIGEST, UNKNOWN, type ResponseInput } from 'qcloud-cos-errors';
import { gettersOf } from './support/getters.js';

// lib/response: the response rules of guides/response-rules.md, one test per rule, each a table
// of responses and what the rule fixes for them; then what holds in every rule (ids from the
// headers, header names lower-cased), and the Python constructor, which reads a body by the same
// rules 5 to 7.

/** What a row of a table expects: the class name and any of the getters. */
interface Expected {
  name: string;
  errorCode?: string;
  errorMsg?: string;
  resourceLocation?: string;
  requestId?: string;
  traceId?: string;
  originMsg?: string;
  digestMsg?: unknown;
}

interface Row {
  readonly name: string;
  readonly input: ResponseInput;
  readonly expect: Expected;
}

/** The fields of `error` a row names, and its class name. */
function seen(error: CosServiceError, expected: Expected): Expected {
  const getters = gettersOf(error);
  const picked: Record<string, unknown> = { name: error.name };
  for (const key of Object.keys(expected)) if (key !== 'name') picked[key] = getters[key];
  return picked as unknown as Expected;
}

/** Runs a table: every row, one assertion, so that a failure lists each row that went wrong. */
function expectTable(rows: readonly Row[]): void {
  const found = Object.fromEntries(rows.map((row) => [row.name, seen(createServiceError(row.input), row.expect)]));
  expect(found).to.deep.equal(Object.fromEntries(rows.map((row) => [row.name, row.expect])));
}

const DOCUMENT =
  '<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Resource>b/k</Resource><RequestId>body-r</RequestId><TraceId>body-t</TraceId></Error>';

/** The five-key digest rules 1 to 3 build. */
const fiveKeys = (code: string, message: string, resource = UNKNOWN, requestid = UNKNOWN, traceid = UNKNOWN) => ({
  code,
  message,
  resource,
  requestid,
  traceid,
});

describe('lib/response: the response rules (guides/response-rules.md)', () => {
  it('rule 1: a HEAD answered 404 is NoSuchResource, the URL its resource, its ids from the headers, any body ignored', () => {
    const url = 'https://examplebucket-1250000000.cos.ap-beijing.myqcloud.com/photo.jpg';
    const head = (code: string, message: string, resource: string, requestid: string, traceid: string): Expected => ({
      name: 'NoSuchResourceError',
      errorCode: code,
      errorMsg: message,
      resourceLocation: resource,
      requestId: requestid,
      traceId: traceid,
      originMsg: '',
      digestMsg: fiveKeys(code, message, resource, requestid, traceid),
    });
    const message = 'The Resource You Head Not Exist';
    expectTable([
      {
        name: 'HEAD, URL and id headers',
        input: { method: 'HEAD', url, statusCode: 404, headers: { 'x-cos-request-id': 'r-1', 'x-cos-trace-id': 't-1' } },
        expect: head('NoSuchResource', message, url, 'r-1', 't-1'),
      },
      {
        name: 'head, in lower case, no URL',
        input: { method: 'head', statusCode: 404 },
        expect: head('NoSuchResource', message, UNKNOWN, UNKNOWN, UNKNOWN),
      },
      {
        name: 'a body, which is ignored',
        input: { method: 'HEAD', url, statusCode: 404, body: '<Error><Code>AccessDenied</Code><RequestId>body-r</RequestId></Error>' },
        expect: head('NoSuchResource', message, url, UNKNOWN, UNKNOWN),
      },
      {
        name: 'an x-cos-error-code header, which rule 1 comes before',
        input: { method: 'HEAD', statusCode: 404, headers: { 'x-cos-error-code': 'NotFoundException' } },
        expect: head('NoSuchResource', message, UNKNOWN, UNKNOWN, UNKNOWN),
      },
    ]);
    // A HEAD with another status is no rule-1 answer: no body, so rule 4.
    const forbidden = createServiceError({ method: 'HEAD', statusCode: 403, headers: { 'x-cos-request-id': 'r-2' } });
    expect([forbidden.name, forbidden.getErrorCode(), forbidden.getDigestMsg()]).to.deep.equal([
      'CosServiceError',
      UNKNOWN,
      { 'x-cos-request-id': 'r-2' },
    ]);
  });

  it('rule 2: a 304 is NotModified for any method, any body ignored', () => {
    const notModified = (requestid = UNKNOWN): Expected => ({
      name: 'NotModifiedError',
      errorCode: 'NotModified',
      errorMsg: 'Not Modified',
      resourceLocation: UNKNOWN,
      requestId: requestid,
      originMsg: '',
      digestMsg: fiveKeys('NotModified', 'Not Modified', UNKNOWN, requestid),
    });
    expectTable([
      { name: 'GET', input: { method: 'GET', statusCode: 304, headers: { 'x-cos-request-id': 'r-3' } }, expect: notModified('r-3') },
      { name: 'no method', input: { statusCode: 304 }, expect: notModified() },
      { name: 'PUT, with a body', input: { method: 'PUT', statusCode: 304, body: DOCUMENT }, expect: notModified() },
      { name: 'HEAD', input: { method: 'HEAD', statusCode: 304 }, expect: notModified() },
    ]);
  });

  it('rule 3: 400 or more with an x-cos-error-code header: that code; the message a JSON message, else the trimmed text, else Unknown', () => {
    const coded = (name: string, code: string, message: string, resource = UNKNOWN, requestid = UNKNOWN, traceid = UNKNOWN): Expected => ({
      name,
      errorCode: code,
      errorMsg: message,
      resourceLocation: resource,
      requestId: requestid,
      traceId: traceid,
      originMsg: '',
      digestMsg: fiveKeys(code, message, resource, requestid, traceid),
    });
    expectTable([
      {
        name: 'a JSON object with a message, and the other facts',
        input: {
          statusCode: 404,
          headers: { 'x-cos-error-code': 'NotFoundException' },
          body: '{"message":"vector bucket not found","resource":"vb/idx","RequestId":"json-r","trace_id":"json-t"}',
        },
        expect: coded('NotFoundExceptionError', 'NotFoundException', 'vector bucket not found', 'vb/idx', 'json-r', 'json-t'),
      },
      {
        name: 'a JSON object whose message key is in another case',
        input: { statusCode: 409, headers: { 'X-Cos-Error-Code': 'ConflictException' }, body: '{"MESSAGE":"index exists"}' },
        expect: coded('ConflictExceptionError', 'ConflictException', 'index exists'),
      },
      {
        name: 'a JSON object without a message: its text',
        input: { statusCode: 400, headers: { 'x-cos-error-code': 'InvalidArgument' }, body: ' {"reason":"dimension"} \n' },
        expect: coded('InvalidArgumentError', 'InvalidArgument', '{"reason":"dimension"}'),
      },
      {
        name: 'plain text, trimmed',
        input: { statusCode: 400, headers: { 'x-cos-error-code': 'InvalidArgument' }, body: '  dimension must be between 1 and 4096\n' },
        expect: coded('InvalidArgumentError', 'InvalidArgument', 'dimension must be between 1 and 4096'),
      },
      {
        name: 'an XML document: the header still decides',
        input: { statusCode: 500, headers: { 'x-cos-error-code': 'InternalError' }, body: '<Error><Code>NoSuchKey</Code></Error>' },
        expect: coded('InternalError', 'InternalError', '<Error><Code>NoSuchKey</Code></Error>'),
      },
      {
        name: 'no body',
        input: { statusCode: 503, headers: { 'x-cos-error-code': 'SlowDown', 'x-cos-request-id': 'hdr-r' } },
        expect: coded('SlowDownError', 'SlowDown', UNKNOWN, UNKNOWN, 'hdr-r'),
      },
      {
        name: 'a code the catalog does not know',
        input: { statusCode: 400, headers: { 'x-cos-error-code': 'BrandNewCode' }, body: 'new' },
        expect: coded('CosServiceError', 'BrandNewCode', 'new'),
      },
    ]);
    // Below 400 the header is not read: the body decides.
    const low = createServiceError({
      statusCode: 399,
      headers: { 'x-cos-error-code': 'InvalidArgument' },
      body: '<Error><Code>NoSuchKey</Code></Error>',
    });
    expect([low.name, low.getErrorCode(), low.getOriginMsg()]).to.deep.equal([
      'NoSuchKeyError',
      'NoSuchKey',
      '<Error><Code>NoSuchKey</Code></Error>',
    ]);
  });

  it('rule 4: an empty body: the digest is the headers, lower-case, and code, message and resource are Unknown', () => {
    const headers = { 'X-Cos-Request-Id': 'r-4', 'Content-Length': '0' };
    const empty = (requestid: string, digest: unknown): Expected => ({
      name: 'CosServiceError',
      errorCode: UNKNOWN,
      errorMsg: UNKNOWN,
      resourceLocation: UNKNOWN,
      requestId: requestid,
      originMsg: '',
      digestMsg: digest,
    });
    const digest = { 'x-cos-request-id': 'r-4', 'content-length': '0' };
    expectTable([
      { name: 'no body', input: { statusCode: 403, headers }, expect: empty('r-4', digest) },
      { name: "''", input: { statusCode: 403, headers, body: '' }, expect: empty('r-4', digest) },
      { name: 'no bytes', input: { statusCode: 403, headers, body: new Uint8Array(0) }, expect: empty('r-4', digest) },
      { name: 'an empty ArrayBuffer', input: { statusCode: 500, headers, body: new ArrayBuffer(0) }, expect: empty('r-4', digest) },
      { name: 'null, and no headers', input: { statusCode: 500, body: null }, expect: empty(UNKNOWN, {}) },
    ]);
    // White space is a body: rule 7.
    const blank = createServiceError({ statusCode: 403, headers, body: ' \n\t' });
    expect([blank.getDigestMsg(), blank.getOriginMsg()]).to.deep.equal([INVALID_DIGEST, ' \n\t']);
  });

  it('rule 5: XML with an element named Code, whatever the root: five keys from the first element of each name', () => {
    const xml = (
      name: string,
      body: string,
      code: string,
      message = UNKNOWN,
      resource = UNKNOWN,
      requestid = UNKNOWN,
      traceid = UNKNOWN,
    ) => ({
      name,
      errorCode: code,
      errorMsg: message,
      resourceLocation: resource,
      requestId: requestid,
      traceId: traceid,
      originMsg: body,
      digestMsg: fiveKeys(code, message, resource, requestid, traceid),
    });
    const response = '<Response><Code>InvalidArgument</Code><Message>bad</Message></Response>';
    const decorated =
      '  \n<?xml version="1.0" encoding="UTF-8"?>\n<Error>\n  <Code> NoSuchKey </Code>\n  <!-- a comment -->\n  <Message><![CDATA[a < b]]> &amp; c</Message>\n</Error>';
    expectTable([
      {
        name: 'the COS document',
        input: { statusCode: 404, body: DOCUMENT },
        expect: xml('NoSuchKeyError', DOCUMENT, 'NoSuchKey', 'The specified key does not exist.', 'b/k', 'body-r', 'body-t'),
      },
      {
        name: 'another root',
        input: { statusCode: 400, body: response },
        expect: xml('InvalidArgumentError', response, 'InvalidArgument', 'bad'),
      },
      {
        name: 'white space before the declaration, a comment, CDATA, an entity, values trimmed',
        input: { statusCode: 404, body: decorated },
        expect: xml('NoSuchKeyError', decorated, 'NoSuchKey', 'a < b & c'),
      },
      {
        name: 'an alias: the canonical class, the code as sent',
        input: { statusCode: 400, body: '<Error><Code>RequestTimeOut</Code></Error>' },
        expect: xml('RequestTimeoutError', '<Error><Code>RequestTimeOut</Code></Error>', 'RequestTimeOut'),
      },
      {
        name: 'a code the catalog does not know',
        input: { statusCode: 400, body: '<Error><Code>BrandNewCode</Code></Error>' },
        expect: xml('CosServiceError', '<Error><Code>BrandNewCode</Code></Error>', 'BrandNewCode'),
      },
      {
        name: 'the status never chooses the class',
        input: { statusCode: 503, body: '<Error><Code>NoSuchKey</Code></Error>' },
        expect: xml('NoSuchKeyError', '<Error><Code>NoSuchKey</Code></Error>', 'NoSuchKey'),
      },
    ]);
  });

  it('rule 6: a JSON object: the digest is the object, its keys read in any case and without _ or -', () => {
    const json = (name: string, body: string, digest: unknown, fields: Partial<Expected>): Expected => ({
      name,
      ...fields,
      originMsg: body,
      digestMsg: digest,
    });
    const spelled = '{"Code":"InvalidArgument","Message":"invalid param","request_id":"R-9","Trace-Id":"T-9","RESOURCE":"b/k"}';
    const lower = '{"code":"NoSuchKey","message":"m","requestId":"r","traceid":"t","extra":{"n":1}}';
    const nothing = '{"hello":"world"}';
    expectTable([
      {
        name: 'CamelCase, snake_case, kebab-case and upper case keys',
        input: { statusCode: 400, body: spelled },
        expect: json('InvalidArgumentError', spelled, JSON.parse(spelled), {
          errorCode: 'InvalidArgument',
          errorMsg: 'invalid param',
          resourceLocation: 'b/k',
          requestId: 'R-9',
          traceId: 'T-9',
        }),
      },
      {
        name: 'lower and camel case keys, nested data kept',
        input: { statusCode: 404, body: lower },
        expect: json('NoSuchKeyError', lower, JSON.parse(lower), { errorCode: 'NoSuchKey', errorMsg: 'm', requestId: 'r', traceId: 't' }),
      },
      {
        name: 'an object with none of the keys',
        input: { statusCode: 400, body: nothing },
        expect: json('CosServiceError', nothing, { hello: 'world' }, { errorCode: UNKNOWN, errorMsg: UNKNOWN, resourceLocation: UNKNOWN }),
      },
    ]);
  });

  it("rule 7: anything else is 'Response Error Msg Is INVALID', with Unknown code, message and resource and the body kept", () => {
    const invalid = (body: string): Row => ({
      name: body,
      input: { statusCode: 502, body },
      expect: {
        name: 'CosServiceError',
        errorCode: UNKNOWN,
        errorMsg: UNKNOWN,
        resourceLocation: UNKNOWN,
        originMsg: body,
        digestMsg: INVALID_DIGEST,
      },
    });
    expect(INVALID_DIGEST).to.equal('Response Error Msg Is INVALID');
    expectTable(
      [
        '<html><body>Bad Gateway</body></html>',
        'upstream connect error',
        '<Error><Code>NoSuchKey</Code>',
        '<Error><Code>NoSuchKey</Code></Wrong>',
        '<Error><Message>no code</Message></Error>',
        '[1, 2]',
        '"a string"',
        'null',
        '{"Code": "NoSuchKey",',
        ' ',
      ].map(invalid),
    );
  });

  it('tries the rules in order: the first that matches decides', () => {
    const pick = (input: ResponseInput) => createServiceError(input).getErrorCode();
    // 1 before 3 and 5, 2 before 3 and 5, 3 before 5 and 6.
    expect([
      pick({ method: 'HEAD', statusCode: 404, headers: { 'x-cos-error-code': 'A' }, body: DOCUMENT }),
      pick({ method: 'GET', statusCode: 304, headers: { 'x-cos-error-code': 'A' }, body: DOCUMENT }),
      pick({ statusCode: 404, headers: { 'x-cos-error-code': 'Header' }, body: DOCUMENT }),
      pick({ statusCode: 404, headers: { 'x-cos-error-code': 'Header' }, body: '{"code":"Json"}' }),
      pick({ statusCode: 404, body: DOCUMENT }),
    ]).to.deep.equal(['NoSuchResource', 'NotModified', 'Header', 'Header', 'NoSuchKey']);
  });
});

describe('lib/response: what holds in every rule', () => {
  it('never gives an empty, undefined or null getter: Unknown is the default', () => {
    const inputs: ResponseInput[] = [
      { method: 'HEAD', statusCode: 404 },
      { statusCode: 304 },
      { statusCode: 400, headers: { 'x-cos-error-code': 'InvalidArgument' }, body: '{"message":""}' },
      { statusCode: 500 },
      { statusCode: 404, body: '<Error><Code>NoSuchKey</Code><Message></Message><Resource/><RequestId> </RequestId></Error>' },
      { statusCode: 400, body: '{"code":"","message":null,"resource":[],"requestid":{}}' },
      { statusCode: 502, body: 'x' },
    ];
    for (const input of inputs) {
      const error = createServiceError(input);
      for (const value of [
        error.getErrorCode(),
        error.getErrorMsg(),
        error.getResourceLocation(),
        error.getRequestId(),
        error.getTraceId(),
      ]) {
        expect(value, JSON.stringify(input)).to.be.a('string').and.not.equal('');
      }
    }
    const empty = createServiceError(inputs[4]!);
    expect([empty.getErrorMsg(), empty.getResourceLocation(), empty.getRequestId()]).to.deep.equal([UNKNOWN, UNKNOWN, UNKNOWN]);
  });

  it('takes the request id from x-cos-request-id, else x-ci-request-id, and the trace id from x-cos-trace-id; an id in the body wins', () => {
    const bodies: Array<[rule: string, input: Omit<ResponseInput, 'headers'>]> = [
      ['1', { method: 'HEAD', statusCode: 404 }],
      ['2', { statusCode: 304 }],
      ['3', { statusCode: 400, body: 'text' }],
      ['4', { statusCode: 403 }],
      ['5', { statusCode: 404, body: '<Error><Code>NoSuchKey</Code></Error>' }],
      ['6', { statusCode: 400, body: '{"code":"InvalidArgument"}' }],
      ['7', { statusCode: 502, body: '<html></html>' }],
    ];
    const ids = (input: ResponseInput) => {
      const error = createServiceError(input);
      return [error.getRequestId(), error.getTraceId()];
    };
    const errorCode = (rule: string) => (rule === '3' ? { 'x-cos-error-code': 'InvalidArgument' } : {});
    const found: Record<string, unknown> = {};
    const wanted: Record<string, unknown> = {};
    for (const [rule, input] of bodies) {
      found[`rule ${rule}, both request id headers`] = ids({
        ...input,
        headers: { ...errorCode(rule), 'x-ci-request-id': 'ci-r', 'x-cos-request-id': 'cos-r', 'x-cos-trace-id': 'cos-t' },
      });
      wanted[`rule ${rule}, both request id headers`] = ['cos-r', 'cos-t'];
      found[`rule ${rule}, x-ci-request-id only`] = ids({ ...input, headers: { ...errorCode(rule), 'x-ci-request-id': 'ci-r' } });
      wanted[`rule ${rule}, x-ci-request-id only`] = ['ci-r', UNKNOWN];
      found[`rule ${rule}, no id header`] = ids({ ...input, headers: errorCode(rule) });
      wanted[`rule ${rule}, no id header`] = [UNKNOWN, UNKNOWN];
    }
    expect(found).to.deep.equal(wanted);
    const headers = { 'x-cos-request-id': 'hdr-r', 'x-cos-trace-id': 'hdr-t' };
    expect(ids({ statusCode: 404, headers, body: DOCUMENT })).to.deep.equal(['body-r', 'body-t']);
    expect(ids({ statusCode: 400, headers, body: '{"requestId":"json-r","traceId":"json-t"}' })).to.deep.equal(['json-r', 'json-t']);
    expect(ids({ statusCode: 400, headers: { ...headers, 'x-cos-error-code': 'X' }, body: '{"request_id":"json-r"}' })).to.deep.equal([
      'json-r',
      'hdr-t',
    ]);
  });

  it('keeps headers with lower-case, trimmed names and one string each, from any of the accepted forms', () => {
    const expected = { 'x-cos-request-id': 'r-5', 'x-cos-meta-tags': 'a, b', 'content-length': '12' };
    const forms: Record<string, ResponseInput['headers']> = {
      'a plain object': { 'X-Cos-Request-Id': 'r-5', ' X-COS-META-TAGS ': ['a', 'b'], 'Content-Length': 12 },
      'a WHATWG Headers': new Headers([
        ['X-Cos-Request-Id', 'r-5'],
        ['X-Cos-Meta-Tags', 'a'],
        ['X-Cos-Meta-Tags', 'b'],
        ['Content-Length', '12'],
      ]),
      'a Map': new Map<string, string>([
        ['X-Cos-Request-Id', 'r-5'],
        ['X-Cos-Meta-Tags', 'a, b'],
        ['Content-Length', '12'],
      ]),
      'an array of pairs': [
        ['X-Cos-Request-Id', 'r-5'],
        ['X-Cos-Meta-Tags', 'a, b'],
        ['Content-Length', '12'],
      ],
    };
    const found = Object.fromEntries(
      Object.entries(forms).map(([form, headers]) => {
        const error = createServiceError({ statusCode: 500, headers, body: 'x' });
        return [form, { headers: { ...error.headers }, requestId: error.getRequestId() }];
      }),
    );
    expect(found).to.deep.equal(Object.fromEntries(Object.keys(forms).map((form) => [form, { headers: expected, requestId: 'r-5' }])));
    // An empty body's digest is those headers too.
    expect(createServiceError({ statusCode: 500, headers: forms['a plain object'] }).getDigestMsg()).to.deep.equal(expected);
  });

  it('upper-cases the method, and takes GET when none is given', () => {
    expect(createServiceError({ method: 'put', statusCode: 500 }).method).to.equal('PUT');
    expect(createServiceError({ statusCode: 500 }).method).to.equal('GET');
  });
});

describe('lib/response: the Python constructor reads a body by rules 5 to 7', () => {
  const headers = { 'X-Cos-Request-Id': 'hdr-r', 'x-cos-trace-id': 'hdr-t' };

  it('gives the getters createServiceError gives for the same body, and picks no subclass', () => {
    const bodies = [
      DOCUMENT,
      '<Error><Code>SlowDown</Code></Error>',
      '<Response><Code>InvalidArgument</Code><Message>bad</Message></Response>',
      '{"Code":"InvalidArgument","Message":"invalid param","request_id":"R-9"}',
      '{"hello":"world"}',
      '<html><body>Bad Gateway</body></html>',
      '<Error><Code>NoSuchKey</Code>',
      '[1, 2]',
      ' ',
    ];
    const found = bodies.map((body) => {
      const constructed = new CosServiceError('GET', body, 404, { headers });
      return { body, class: constructed.constructor.name, getters: gettersOf(constructed), headers: constructed.headers };
    });
    const wanted = bodies.map((body) => {
      const made = createServiceError({ method: 'GET', statusCode: 404, headers, body });
      return { body, class: 'CosServiceError', getters: gettersOf(made), headers: made.headers };
    });
    expect(found).to.deep.equal(wanted);
  });

  it('gives the same getters as createServiceError for any non-empty body (fast-check)', () => {
    const body = fc.string({
      unit: fc.constantFrom(
        '<',
        '>',
        '/',
        '&',
        ';',
        ' ',
        '"',
        ':',
        ',',
        '{',
        '}',
        '[',
        ']',
        'a',
        '中',
        '<Error>',
        '</Error>',
        '<Code>',
        '</Code>',
        'NoSuchKey',
        '"code"',
        '<!--',
        '-->',
        '<![CDATA[',
        ']]>',
      ),
      minLength: 1,
      maxLength: 30,
    });
    fc.assert(
      fc.property(body, fc.constantFrom(400, 404, 500, 503), (text, statusCode) => {
        const constructed = new CosServiceError('GET', text, statusCode, { headers });
        const made = createServiceError({ method: 'GET', statusCode, headers, body: text });
        expect(gettersOf(constructed)).to.deep.equal(gettersOf(made));
        expect(constructed.name).to.equal('CosServiceError');
      }),
      { numRuns: 400 },
    );
  });

  it('is not a factory: an empty body is invalid, as in Python, where the factory gives the headers', () => {
    const constructed = new CosServiceError('GET', '', 404, { headers });
    expect([constructed.getDigestMsg(), constructed.getRequestId()]).to.deep.equal([INVALID_DIGEST, 'hdr-r']);
    const head = new CosServiceError('HEAD', '', 404);
    expect([head.name, head.getErrorCode()]).to.deep.equal(['CosServiceError', UNKNOWN]);
  });
});
