import { expect } from 'chai';
import fc from 'fast-check';
import { CosServiceError, createServiceError, UNKNOWN } from 'qcloud-cos-errors';
import { redactText } from '../lib/redact/redact-text.js';
import { catalogEntries, expectedClassName } from './support/catalog.js';

const FIELDS = [
  ['Code', 'errorCode'],
  ['Message', 'errorMsg'],
  ['Resource', 'resourceLocation'],
  ['RequestId', 'requestId'],
  ['TraceId', 'traceId'],
] as const;

/** Text that needs escaping in XML, with CDATA terminators, non-ASCII and inner white space. */
const awkwardText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('<', '>', '&', '"', "'", ']]>', ' ', '\t', '\n', '&amp;', '中', '文', '😀', 'é', '-->', '<!--'),
    fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 4 }),
  ),
  maxLength: 12,
});

const space = fc.string({ unit: fc.constantFrom(' ', '\t', '\n'), maxLength: 3 });

function escapeText(text: string, numeric: boolean): string {
  return [...text]
    .map((ch) => {
      if (ch === '&') return '&amp;';
      if (ch === '<') return '&lt;';
      if (ch === '>') return numeric ? '&#62;' : '&gt;';
      if (numeric && ch.codePointAt(0)! > 0x7f) return `&#x${ch.codePointAt(0)!.toString(16)};`;
      return ch;
    })
    .join('');
}

/** CDATA can hold anything but its own terminator, which is split across two sections. */
function asCdata(text: string): string {
  return `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

const encodedValue = fc.record({ text: awkwardText, style: fc.constantFrom('escaped', 'numeric', 'cdata'), before: space, after: space });

function encode(value: { text: string; style: string; before: string; after: string }): string {
  const inner = value.style === 'cdata' ? asCdata(value.text) : escapeText(value.text, value.style === 'numeric');
  return `${value.before}${inner}${value.after}`;
}

const spelling = fc.constantFrom(...catalogEntries.flatMap((e) => [e.code, ...e.aliases].map((code) => ({ code, canonical: e.code }))));

const errorDocument = fc.record({
  code: spelling,
  codeBefore: space,
  codeAfter: space,
  values: fc.tuple(encodedValue, encodedValue, encodedValue, encodedValue),
  extras: fc.array(
    fc.constantFrom('<Key>a&amp;b</Key>', '<BucketName/>', '<Extra><Nested>deep</Nested></Extra>', '<!-- <Code>Fake</Code> -->'),
    { maxLength: 3 },
  ),
  order: fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7], { minLength: 8, maxLength: 8 }),
  declaration: fc.boolean(),
  gap: space,
});

describe('createServiceError properties (fast-check)', () => {
  it('gives back every value of a random well-formed error document', () => {
    fc.assert(
      fc.property(errorDocument, (doc) => {
        const elements = [
          `<Code>${doc.codeBefore}${doc.code.code}${doc.codeAfter}</Code>`,
          ...doc.values.map((value, i) => `<${FIELDS[i + 1]![0]}>${encode(value)}</${FIELDS[i + 1]![0]}>`),
          ...doc.extras,
        ];
        const ordered = doc.order.filter((i) => i < elements.length).map((i) => elements[i]!);
        const body = `${doc.declaration ? "<?xml version='1.0' encoding='utf-8' ?>\n" : ''}<Error>${doc.gap}${ordered.join(doc.gap)}</Error>`;
        const error = createServiceError({ statusCode: 400, body });
        const expected: Record<string, string> = { errorCode: doc.code.code };
        // Random text can read as a URL with a fragment (`//a#b`): the package shows it redacted.
        doc.values.forEach((value, i) => {
          expected[FIELDS[i + 1]![1]] = value.text.trim() === '' ? UNKNOWN : redactText(value.text.trim());
        });
        expect({
          errorCode: error.getErrorCode(),
          errorMsg: error.getErrorMsg(),
          resourceLocation: error.getResourceLocation(),
          requestId: error.getRequestId(),
          traceId: error.getTraceId(),
        }).to.deep.equal(expected);
        expect(error.name).to.equal(expectedClassName(doc.code.canonical));
        expect(error.getOriginMsg()).to.equal(body);
      }),
      { numRuns: 300 },
    );
  });

  const xmlish = fc.string({
    unit: fc.constantFrom(
      '<',
      '>',
      '/',
      '&',
      '#',
      ';',
      'x',
      '1',
      '"',
      '=',
      ' ',
      '<Code>',
      '</Code>',
      '<Error>',
      '</Error>',
      '<![CDATA[',
      ']]>',
      '<!--',
      '-->',
      '<?',
      '?>',
      '<!DOCTYPE a [',
      '__proto__',
      '\uFEFF',
      '{',
      '}',
    ),
    maxLength: 40,
  });
  const headerValue = fc.oneof(
    fc.string(),
    fc.array(fc.string(), { maxLength: 3 }),
    fc.integer(),
    fc.constant(undefined),
    fc.constant(null),
  );
  const anyResponse = fc.record({
    method: fc.option(fc.oneof(fc.constantFrom('GET', 'HEAD', 'head', 'PUT'), fc.string()), { nil: undefined }),
    url: fc.option(fc.oneof(fc.webUrl({ withQueryParameters: true }), fc.string()), { nil: undefined }),
    statusCode: fc.oneof(fc.constantFrom(200, 304, 404, 500), fc.integer({ min: 100, max: 599 })),
    headers: fc.option(
      fc.dictionary(
        fc.oneof(fc.string(), fc.constantFrom('x-cos-error-code', 'X-Cos-Request-Id', '__proto__', 'constructor')),
        headerValue,
      ),
      { nil: undefined },
    ),
    body: fc.oneof(fc.string({ unit: 'binary' }), xmlish, fc.uint8Array({ maxLength: 64 }), fc.json(), fc.constant(undefined)),
  });

  it('never throws, never pollutes Object.prototype, and always gives a usable error', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).join();
    fc.assert(
      fc.property(anyResponse, (response) => {
        const error = createServiceError(response);
        expect(error).to.be.instanceOf(CosServiceError);
        expect(error.message).to.be.a('string').and.not.equal('');
        for (const value of [
          error.getErrorCode(),
          error.getErrorMsg(),
          error.getResourceLocation(),
          error.getRequestId(),
          error.getTraceId(),
          error.getOriginMsg(),
        ]) {
          expect(value).to.be.a('string');
        }
        expect(error.getStatusCode()).to.equal(response.statusCode);
      }),
      { numRuns: 1000 },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).join()).to.equal(before);
    expect(({} as Record<string, unknown>).Code).to.equal(undefined);
  });

  it('takes the message of an x-cos-error-code answer from a JSON message, else from the body text', () => {
    const words = fc
      .string({ unit: fc.constantFrom('a', 'b', 'z', '0', ' ', '.'), minLength: 1, maxLength: 20 })
      .filter((text) => text.trim() !== '');
    const body = fc.oneof(
      words.map((message) => ({ body: JSON.stringify({ message, requestId: 'r-1' }), message: message.trim() })),
      words.map((reason) => ({ body: JSON.stringify({ reason }), message: JSON.stringify({ reason }) })),
      fc.tuple(space, words, space).map(([before, text, after]) => ({ body: `${before}${text}${after}`, message: text.trim() })),
      space.map((blank) => ({ body: blank, message: UNKNOWN })),
    );
    fc.assert(
      fc.property(fc.integer({ min: 400, max: 599 }), body, (statusCode, { body: text, message }) => {
        const error = createServiceError({ statusCode, headers: { 'x-cos-error-code': 'ConflictException' }, body: text });
        expect(error.getErrorCode()).to.equal('ConflictException');
        expect(error.getErrorMsg()).to.equal(message);
        expect(error.getOriginMsg()).to.equal('');
      }),
      { numRuns: 300 },
    );
  });
});
