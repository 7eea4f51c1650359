import { expect } from 'chai';
import fc from 'fast-check';
import type { CosServiceError } from 'qcloud-cos-errors';
import { BUILDS } from './support/builds.js';
import { errorDocument } from './support/catalog.js';
import { growth } from './support/growth.js';
import { medianMs, prototypeKeys } from './support/timing.js';

// Generous bounds: they catch an exponential or quadratic blow-up, not a slow machine.
const BOUND_MS = 1500;
const BIG = 16 * 1024 * 1024;

for (const { name: build, api } of BUILDS) {
  describe(`hostile input, in ${build}`, () => {
    const { CosServiceError, createServiceError, DEFAULT_MAX_BODY_BYTES, UNKNOWN } = api;
    let before: string;
    beforeEach(() => {
      before = prototypeKeys();
    });
    afterEach(() => {
      expect(prototypeKeys()).to.equal(before);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(({} as Record<string, unknown>).Code).to.equal(undefined);
    });

    function decode(body: string | Uint8Array, maxBodyBytes?: number): { error: CosServiceError; ms: number } {
      let error: CosServiceError | undefined;
      const ms = medianMs(() => {
        error = createServiceError({ statusCode: 400, body, maxBodyBytes });
      }, 1);
      return { error: error!, ms };
    }

    it('expands no entity of a DOCTYPE entity bomb', () => {
      const levels = Array.from({ length: 10 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
      const bomb = `<?xml version="1.0"?><!DOCTYPE Error [<!ENTITY l0 "lol">${levels}]><Error><Code>NoSuchKey</Code><Message>&l10;</Message></Error>`;
      const { error, ms } = decode(bomb);
      expect(ms).to.be.below(BOUND_MS);
      expect(error.getErrorCode()).to.equal('NoSuchKey');
      expect(error.getErrorMsg()).to.equal('&l10;');
    });

    it('reads no file for an external entity', () => {
      const xxe = '<?xml version="1.0"?><!DOCTYPE Error [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Error><Code>&xxe;</Code></Error>';
      const { error, ms } = decode(xxe);
      expect(ms).to.be.below(BOUND_MS);
      expect(JSON.stringify({ digest: error.getDigestMsg(), code: error.getErrorCode(), message: error.message })).not.to.match(/root:/);
    });

    it('keeps __proto__, constructor and prototype elements off Object.prototype and still finds the real Code', () => {
      const xml =
        '<Error><__proto__><polluted>yes</polluted></__proto__><constructor><prototype><polluted>yes</polluted></prototype></constructor><Code>NoSuchKey</Code></Error>';
      const outer = decode(xml);
      expect(outer.ms).to.be.below(BOUND_MS);
      expect(outer.error.getErrorCode()).to.equal('NoSuchKey');
      const inside = decode('<Error><__proto__><Code>Inner</Code></__proto__><Code>Outer</Code></Error>');
      expect(inside.ms).to.be.below(BOUND_MS);
      expect(inside.error.getErrorCode()).to.equal('Inner');
    });

    it('keeps __proto__ and constructor keys of a JSON body off Object.prototype', () => {
      const json =
        '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "code": "NoSuchKey", "RequestId": "r-1"}';
      const { error, ms } = decode(json);
      expect(ms).to.be.below(BOUND_MS);
      expect(error.getErrorCode()).to.equal('NoSuchKey');
      expect(error.getRequestId()).to.equal('r-1');
    });

    it('survives 100,000-deep nesting and unclosed tags without a stack overflow', () => {
      for (const body of [
        '<a>'.repeat(100_000) + '</a>'.repeat(100_000),
        '<a>'.repeat(100_000),
        `<Error>${'<Code>'.repeat(100_000)}`,
        '['.repeat(100_000),
        '{"a":'.repeat(100_000),
      ]) {
        const { error, ms } = decode(body, BIG);
        expect(ms).to.be.below(BOUND_MS);
        expect(error.getErrorCode()).to.equal(UNKNOWN);
      }
    });

    it('cuts a 20 MB body to the cap before parsing, keeps at most the cap, and the fields read before the cut', () => {
      const huge = errorDocument('NoSuchKey', 'm'.repeat(20 * 1024 * 1024));
      for (const body of [huge, new TextEncoder().encode(huge)]) {
        const { error, ms } = decode(body);
        expect(ms).to.be.below(BOUND_MS);
        expect(new TextEncoder().encode(error.getOriginMsg()).length).to.be.at.most(DEFAULT_MAX_BODY_BYTES);
        expect(error.getDigestMsg()).to.deep.equal({
          code: 'NoSuchKey',
          message: UNKNOWN,
          resource: UNKNOWN,
          requestid: UNKNOWN,
          traceid: UNKNOWN,
        });
      }
    });

    it('keeps the cap at a character boundary for multi-byte text', () => {
      const { error, ms } = decode(new TextEncoder().encode('中'.repeat(100)), 10);
      expect(ms).to.be.below(BOUND_MS);
      expect(error.getOriginMsg()).to.equal('中中中');
    });

    const runs: Array<[string, (n: number) => string]> = [
      ['<', (n) => '<'.repeat(n)],
      ['&#', (n) => `<Error><Code>${'&#'.repeat(n)}</Code></Error>`],
      ['attributes', (n) => `<Error ${'a="1" '.repeat(n)}><Code>X</Code></Error>`],
      ['open tags', (n) => '<a>'.repeat(n)],
      ['comment openers', (n) => `<Error>${'<!--'.repeat(n)}`],
      ['CDATA openers', (n) => `<Error><Code>${'<![CDATA['.repeat(n)}`],
      ['entity-like text', (n) => `<Error><Message>${'&amp'.repeat(n)}</Message><Code>X</Code></Error>`],
      ['quotes in a tag', (n) => `<Error a="${'"'.repeat(n)}`],
      ['URL query', (n) => `<Error><Code>X</Code></Error>${'?&='.repeat(n)}`],
      ['flat children that never close the root', (n) => `<Error><Code>X</Code>${'<a>&amp;</a>'.repeat(n / 4)}<`],
      ['flat children with a bad reference at the end', (n) => `<Error>${'<Code>x</Code>'.repeat(n / 4)}<Code>&#X41;</Code></Error>`],
    ];
    for (const [what, make] of runs) {
      it(`takes time linear in a long run of ${what}`, () => {
        const prepareRun = (size: number) => {
          const body = make(size);
          const url = `https://h/?${body.slice(0, 1000)}`;
          return (): unknown => createServiceError({ statusCode: 400, body, maxBodyBytes: BIG, url });
        };
        expect(medianMs(prepareRun(100_000))).to.be.below(BOUND_MS);
        // Ten times the input: linear is about 10x, quadratic about 100x.
        const found = growth(prepareRun, 25_000);
        expect(found.ratio, `${found.smallMs.toFixed(1)} ms, then ${found.largeMs.toFixed(1)} ms`).to.be.below(30);
      });
    }

    it('does not throw on bytes that are not UTF-8', () => {
      for (const bytes of [
        [0xff, 0xfe, 0xfd],
        [0xc0, 0x80],
        [0x80, 0x80],
        [0xe4, 0xb8],
        [0xed, 0xa0, 0x80],
        [0x3c, 0xff, 0x3e],
      ]) {
        const { error, ms } = decode(Uint8Array.from(bytes));
        expect(ms).to.be.below(BOUND_MS);
        expect(error.getOriginMsg()).to.be.a('string');
      }
    });

    it('takes header values that are arrays, numbers, undefined or null, and headers that are not objects', () => {
      const headers = {
        'X-Cos-Request-Id': ['r-1', 'r-2'],
        'content-length': 12,
        'x-cos-trace-id': undefined,
        'x-empty': null,
        __proto__: 'x',
        constructor: 'y',
      } as unknown as Record<string, string>;
      let error = createServiceError({ statusCode: 500 });
      expect(medianMs(() => (error = createServiceError({ statusCode: 500, headers, body: '' })))).to.be.below(BOUND_MS);
      expect(error.getRequestId()).to.equal('r-1, r-2');
      expect(error.headers['content-length']).to.equal('12');
      expect(error.getTraceId()).to.equal(UNKNOWN);
      for (const odd of [null, 42, 'x-cos-request-id: r', [['x', 'y']], () => 1]) {
        expect(createServiceError({ statusCode: 500, headers: odd as never }).getStatusCode()).to.equal(500);
      }
    });

    it('takes a Headers object whose iteration throws', () => {
      const broken = {
        forEach: () => {
          throw new Error('broken');
        },
        get: () => null,
      };
      let error = createServiceError({ statusCode: 500 });
      expect(
        medianMs(() => (error = createServiceError({ statusCode: 500, headers: broken, body: errorDocument('SlowDown') }))),
      ).to.be.below(BOUND_MS);
      expect(error.name).to.equal('SlowDownError');
    });

    it('never throws and never pollutes for arbitrary strings, bytes and header objects (fast-check)', () => {
      const started = Date.now();
      fc.assert(
        fc.property(
          fc.oneof(fc.string({ unit: 'binary' }), fc.uint8Array({ maxLength: 200 }), fc.json()),
          fc.oneof(
            fc.object({ maxDepth: 1 }),
            fc.dictionary(
              fc.constantFrom('__proto__', 'constructor', 'prototype', 'x-cos-request-id', 'x-cos-error-code', 'authorization'),
              fc.anything(),
            ),
          ),
          fc.integer({ min: 100, max: 599 }),
          (body, headers, statusCode) => {
            const error = createServiceError({ statusCode, body, headers: headers as never });
            expect(error).to.be.instanceOf(CosServiceError);
            expect(error.message).not.to.equal('');
          },
        ),
        { numRuns: 500 },
      );
      // 500 runs take well under a second; this catches a blow-up, not a slow machine.
      expect(Date.now() - started).to.be.below(20_000);
    });
  });
}
