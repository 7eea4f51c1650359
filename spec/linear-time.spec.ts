import { expect } from 'chai';
import fc from 'fast-check';
import { inspect } from 'node:util';
import type { CosServiceError } from 'qcloud-cos-errors';
import { BUILDS, type PackageApi } from './support/builds.js';
import { growth } from './support/growth.js';

// Every regular expression and scan the package runs on outside text, reached through the
// public surfaces that feed it: growth from 64 KiB to 640 KiB of adversarial text must stay
// about tenfold (linear), never a hundredfold (quadratic).

/** Text of about `size` characters made of one unit repeated, with an optional tail. */
function pumped(unit: string, size: number, tail = ''): string {
  return unit.repeat(Math.ceil(size / unit.length)) + tail;
}

const UNITS = [
  'a',
  'ab1',
  ' ',
  '  ',
  '\t',
  '\r',
  '\r\n',
  ':',
  '://',
  'a ://',
  'https:',
  'http://',
  'https:/',
  'x:y@',
  '@',
  '=',
  'a=',
  '&',
  '&a=',
  '?',
  '?&=',
  '#',
  '%',
  '%2',
  '+',
  'q-signature=',
  'signature',
  'token=',
  'sign=q-signature%3D',
  'param ',
  'param x',
  'timed',
  'network ',
  'cancel',
  'SecretId',
  '<',
  '<a>',
  '</a>',
  '<a>x</a>',
  '&#',
  '&amp',
  '&amp;',
  '<!--',
  '<![CDATA[',
  '<?',
  '"',
  "'",
  '<Code>',
  '<Error>',
  'Error',
  'x:y',
  'a b="1"',
  '\u4e2d',
  '\ud83d\ude00',
  '\\',
  '//',
  ' //',
  '=//',
  '//u:p@',
  ' //[',
  ' //a#',
  '//a:',
  ' //a',
  'a ',
  '/a ',
  'token:',
  'token: ',
  '"secret":',
  '"token":"',
  'q-ak=',
  ': ',
  // What an outside attack found quadratic once: unclosed brackets after a name, values redacted already.
  'password={ ',
  'password=[ ',
  'password=( ',
  'Cookie: [REDACTED] ',
  'Authorization: [REDACTED]x ',
  '<Token><![CDATA[[REDACTED]',
  'q-signature[]=',
];

const TAILS = ['', ' ://', 'x', '</Code></Error>', ' error', '=', '<', '#', '#/'];

/** Takes the outside text, builds what a caller would hand the package, and returns the call to time. */
type Surface = (text: string) => () => unknown;

const BIG = 8 * 1024 * 1024;

/** Each surface of a build hands the text to a different reader of the package. */
function surfacesOf({
  CosClientError,
  CosServiceError,
  createServiceError,
  findServiceError,
  fromSdkError,
}: PackageApi): Record<string, Surface> {
  return {
    'client error message': (text) => () => new CosClientError(text),
    'client error toJSON and inspect of a cause': (text) => {
      const cause = new Error(text);
      return () => {
        const error = new CosClientError('failed', { cause });
        return [JSON.stringify(error), inspect(error)];
      };
    },
    'service error body (XML field)': (text) => {
      const body = `<Error><Code>C</Code><Message>${text}</Message></Error>`;
      return () => createServiceError({ statusCode: 400, body, maxBodyBytes: BIG }).message;
    },
    'service error body (whole)': (text) => () => createServiceError({ statusCode: 400, body: text, maxBodyBytes: BIG }).message,
    'service error body (JSON string)': (text) => {
      const body = JSON.stringify({ code: 'C', message: text });
      return () => createServiceError({ statusCode: 400, body, maxBodyBytes: BIG }).getDigestMsg();
    },
    'service error URL': (text) => () => createServiceError({ statusCode: 400, url: text }).url,
    'HEAD 404 resource from the URL': (text) => {
      const url = `https://h/${text}`;
      return () => createServiceError({ method: 'HEAD', statusCode: 404, url }).getResourceLocation();
    },
    'header value': (text) => () => createServiceError({ statusCode: 400, headers: { location: text, 'x-cos-request-id': text } }).headers,
    'error-code header body': (text) => () =>
      createServiceError({ statusCode: 400, headers: { 'x-cos-error-code': 'C' }, body: text, maxBodyBytes: BIG }).message,
    'a 200 that may carry an error': (text) => () => findServiceError({ statusCode: 200, body: text, maxBodyBytes: BIG }),
    'SDK client failure message': (text) => () => fromSdkError(Object.assign(new Error(text), { code: 'EWHATEVER' })),
    'SDK service error fields': (text) => () =>
      (
        fromSdkError({
          statusCode: 404,
          error: { Code: 'NoSuchKey', Message: text, Resource: text },
          headers: { 'x-cos-request-id': text },
        }) as CosServiceError
      ).message,
    'Python-style constructor digest': (text) => () =>
      new CosServiceError('GET', { code: 'C', message: text, resource: text }, 400).message,
    'axios error with a baseURL': (text) => () =>
      fromSdkError({ isAxiosError: true, config: { baseURL: text, url: text }, response: { status: 400, headers: {}, data: '' } }),
    'attributes of an element': (text) => {
      const attributes = text
        .replace(/[^ a-z0-9]/g, 'a')
        .split(' ')
        .map((word, index) => (word === '' ? '' : ` a${index}${word}=""`))
        .join('');
      const body = `<Error${attributes}><Code>X</Code></Error>`;
      return () => createServiceError({ statusCode: 400, body, maxBodyBytes: BIG }).code;
    },
  };
}

for (const { name: build, api } of BUILDS) {
  describe(`time linear in outside text, whatever it holds (64 KiB to 640 KiB), in ${build}`, function () {
    const SURFACES = surfacesOf(api);
    this.timeout(120_000);

    for (const [surface, feed] of Object.entries(SURFACES)) {
      it(`through the ${surface} (fast-check over adversarial units)`, () => {
        fc.assert(
          fc.property(fc.constantFrom(...UNITS), fc.constantFrom(...TAILS), (unit, tail) => {
            const found = growth((size) => feed(pumped(unit, size, tail)));
            expect(
              found.ratio,
              `${JSON.stringify(unit)} + ${JSON.stringify(tail)}: ${found.smallMs.toFixed(1)} ms, then ${found.largeMs.toFixed(1)} ms`,
            ).to.be.below(30);
          }),
          { numRuns: 12 },
        );
      });
    }

    it('through a URL whose host is long (xn--, percent-encoded), and through a 200 whose body is a run of DOCTYPEs', () => {
      const { CosClientError, createServiceError, findServiceError } = api;
      const runs: Record<string, (size: number) => () => unknown> = {
        'xn-- host': (size) => {
          const url = `https://xn--${'ba'.repeat(size / 2)}`;
          return () => createServiceError({ statusCode: 400, url, headers: { location: url } });
        },
        'percent-encoded host': (size) => {
          const url = `https://${'%CC%81%CC%96'.repeat(size / 12)}`;
          return () => createServiceError({ statusCode: 400, url });
        },
        'xn-- host in a message': (size) => {
          const message = `see https://xn--${'ba'.repeat(size / 2)}`;
          return () => new CosClientError(message);
        },
        DOCTYPEs: (size) => {
          const body = '<!DOCTYPE>'.repeat(size / 10);
          return () => findServiceError({ statusCode: 200, body, maxBodyBytes: BIG });
        },
      };
      for (const [what, prepare] of Object.entries(runs)) {
        const found = growth(prepare);
        expect(found.ratio, `${what}: ${found.smallMs.toFixed(1)} ms, then ${found.largeMs.toFixed(1)} ms`).to.be.below(30);
      }
    });

    it('through every surface for the units that broke it before: letters before " ://", "param " repeated, words before a "#"', () => {
      for (const feed of Object.values(SURFACES)) {
        for (const [unit, tail] of [
          ['a', ' ://'],
          ['param ', ''],
          ['<a>x</a>', '<Code>C</Code></Error>'],
          ['a ', '#/'],
          ['/a ', '#'],
          [' //a', '#'],
        ] as const) {
          const found = growth((size) => feed(pumped(unit, size, tail)));
          expect(found.ratio, `${unit}${tail}: ${found.smallMs.toFixed(1)} ms, then ${found.largeMs.toFixed(1)} ms`).to.be.below(30);
        }
      }
    });
  });
}
