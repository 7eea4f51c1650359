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
  'a', 'ab1', ' ', '  ', '\t', '\r', '\r\n', ':', '://', 'a ://', 'https:', 'http://', 'https:/', 'x:y@', '@', '=', 'a=',
  '&', '&a=', '?', '?&=', '#', '%', '%2', '+', 'q-signature=', 'signature', 'token=', 'sign=q-signature%3D', 'param ',
  'param x', 'timed', 'network ', 'cancel', 'SecretId', '<', '<a>', '</a>', '<a>x</a>', '&#', '&amp', '&amp;', '<!--',
  '<![CDATA[', '<?', '"', "'", '<Code>', '<Error>', 'Error', 'x:y', 'a b="1"', '\u4e2d', '\ud83d\ude00', '\\',
  '//', ' //', '=//', '//u:p@', 'token:', 'token: ', '"secret":', '"token":"', 'q-ak=', ': ',
];

const TAILS = ['', ' ://', 'x', '</Code></Error>', ' error', '=', '<'];

type Surface = (text: string) => unknown;

/** Each surface of a build hands the text to a different reader of the package. */
function surfacesOf({ CosClientError, CosServiceError, createServiceError, findServiceError, fromSdkError }: PackageApi): Record<string, Surface> {
  return {
    'client error message': (text) => new CosClientError(text),
    'client error toJSON and inspect of a cause': (text) => {
      const error = new CosClientError('failed', { cause: new Error(text) });
      return [JSON.stringify(error), inspect(error)];
    },
    'service error body (XML field)': (text) => createServiceError({ statusCode: 400, body: `<Error><Code>C</Code><Message>${text}</Message></Error>`, maxBodyBytes: 4 * 1024 * 1024 }).message,
    'service error body (whole)': (text) => createServiceError({ statusCode: 400, body: text, maxBodyBytes: 4 * 1024 * 1024 }).message,
    'service error body (JSON string)': (text) => createServiceError({ statusCode: 400, body: JSON.stringify({ code: 'C', message: text }), maxBodyBytes: 4 * 1024 * 1024 }).getDigestMsg(),
    'service error URL': (text) => createServiceError({ statusCode: 400, url: text }).url,
    'HEAD 404 resource from the URL': (text) => createServiceError({ method: 'HEAD', statusCode: 404, url: `https://h/${text}` }).getResourceLocation(),
    'header value': (text) => createServiceError({ statusCode: 400, headers: { location: text, 'x-cos-request-id': text } }).headers,
    'error-code header body': (text) => createServiceError({ statusCode: 400, headers: { 'x-cos-error-code': 'C' }, body: text, maxBodyBytes: 4 * 1024 * 1024 }).message,
    'a 200 that may carry an error': (text) => findServiceError({ statusCode: 200, body: text, maxBodyBytes: 4 * 1024 * 1024 }),
    'SDK client failure message': (text) => fromSdkError(Object.assign(new Error(text), { code: 'EWHATEVER' })),
    'SDK service error fields': (text) => (fromSdkError({ statusCode: 404, error: { Code: 'NoSuchKey', Message: text, Resource: text }, headers: { 'x-cos-request-id': text } }) as CosServiceError).message,
    'Python-style constructor digest': (text) => new CosServiceError('GET', { code: 'C', message: text, resource: text }, 400).message,
    'axios error with a baseURL': (text) => fromSdkError({ isAxiosError: true, config: { baseURL: text, url: text }, response: { status: 400, headers: {}, data: '' } }),
    'attributes of an element': (text) => createServiceError({ statusCode: 400, body: `<Error${text.replace(/[^ a-z0-9]/g, 'a').split(' ').map((word, index) => (word === '' ? '' : ` a${index}${word}=""`)).join('')}><Code>X</Code></Error>`, maxBodyBytes: 8 * 1024 * 1024 }).code,
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
            expect(found.ratio, `${JSON.stringify(unit)} + ${JSON.stringify(tail)}: ${found.smallMs.toFixed(1)} ms, then ${found.largeMs.toFixed(1)} ms`).to.be.below(30);
          }),
          { numRuns: 12 },
        );
      });
    }

    it('through every surface for the units that broke it before: a run of letters before " ://", and "param " repeated', () => {
      for (const feed of Object.values(SURFACES)) {
        for (const [unit, tail] of [['a', ' ://'], ['param ', ''], ['<a>x</a>', '<Code>C</Code></Error>']] as const) {
          const found = growth((size) => feed(pumped(unit, size, tail)));
          expect(found.ratio, `${unit}${tail}: ${found.smallMs.toFixed(1)} ms, then ${found.largeMs.toFixed(1)} ms`).to.be.below(30);
        }
      }
    });
  });
}
