import { expect } from 'chai';
import fc from 'fast-check';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import * as node from 'qcloud-cos-errors';
import { CosClientError, CosServiceError, createServiceError, fromSdkError } from 'qcloud-cos-errors';
import { projectPath } from './support/project.js';

// lib/util: text helpers, UTF-8, and the reading of foreign objects, seen from outside.
//
// The part that matters most is the UTF-8 codec written by hand for engines that have neither
// TextDecoder nor TextEncoder (some WeChat Mini Program engines). It is tested through the Mini
// Program build, run in a V8 context that has no TextDecoder and no TextEncoder, against the Node
// build, which decodes with the platform's TextDecoder: for the same body both must give the
// same text, for any bytes and any string, cut by maxBodyBytes or not, and that text is what
// TextDecoder and guides/response-rules.md say it is (a leading byte-order mark dropped, once).

type Api = typeof node;

/** The Mini Program build, loaded the way a Mini Program loads a CommonJS file, in a context of its own. */
interface MiniProgram {
  readonly api: Api;
  readonly context: vm.Context;
  /** Bytes as a Uint8Array of the context's own realm, as a Mini Program's network layer would give them. */
  bytes(values: Uint8Array): Uint8Array;
}

function loadMiniProgram(file: string): MiniProgram {
  // Only what the build may need from its host; Uint8Array, ArrayBuffer and the rest come with the context.
  const context = vm.createContext({ console, URL, setTimeout, clearTimeout });
  const wrapper = vm.runInContext(`(function (module, exports, require) {\n${readFileSync(file, 'utf8')}\n})`, context, {
    filename: file,
  }) as (module: { exports: unknown }, exports: unknown, require: (name: string) => never) => void;
  const module = { exports: {} as unknown };
  wrapper(module, module.exports, (name) => {
    throw new Error(`the Mini Program build asked for another file: ${name}`);
  });
  const VmUint8Array = vm.runInContext('Uint8Array', context) as typeof Uint8Array;
  return { api: module.exports as Api, context, bytes: (values) => VmUint8Array.from(values) };
}

// ---- byte and string generators --------------------------------------------------------------

/** One stretch of bytes, well-formed or not, of every kind a decoder must tell apart. */
const byteStretch: fc.Arbitrary<readonly number[]> = fc.oneof(
  // Well-formed UTF-8 of any text, astral characters included.
  fc.string({ unit: 'binary', maxLength: 6 }).map((text) => [...new TextEncoder().encode(text)]),
  fc
    .constantFrom('a', 'é', '中', '😀', '\u0080', '\u07ff', '\u0800', '\uffff', '\u{10000}', '\u{10ffff}')
    .map((text) => [...new TextEncoder().encode(text)]),
  // Overlong forms of '/', NUL and U+07FF, U+FFFF.
  fc.constantFrom(
    [0xc0, 0xaf],
    [0xc1, 0xbf],
    [0xc0, 0x80],
    [0xe0, 0x80, 0xaf],
    [0xe0, 0x9f, 0xbf],
    [0xf0, 0x80, 0x80, 0xaf],
    [0xf0, 0x8f, 0xbf, 0xbf],
  ),
  // Surrogates encoded as if they were characters (CESU-8), alone and in pairs.
  fc.constantFrom([0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]),
  // Truncated sequences: a lead byte with too few continuation bytes.
  fc.constantFrom([0xc3], [0xe4, 0xb8], [0xe4], [0xf0, 0x9f, 0x98], [0xf0, 0x9f], [0xf4, 0x8f, 0xbf]),
  // Beyond U+10FFFF, and bytes that never start a character.
  fc.constantFrom([0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xfe], [0xff]),
  fc.integer({ min: 0x80, max: 0xbf }).map((b) => [b]),
  // The byte-order mark, which is dropped at the start.
  fc.constant([0xef, 0xbb, 0xbf]),
  // Anything at all.
  fc.uint8Array({ maxLength: 8 }).map((array) => [...array]),
);

const anyBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.array(byteStretch, { maxLength: 12 }).map((stretches) => Uint8Array.from(stretches.flat())),
  fc.uint8Array({ maxLength: 64 }),
);

/** Any string, lone surrogates of either half included, often starting with one or two byte-order marks. */
const anyString: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', '', '\ufeff', '\ufeff\ufeff'),
    fc.string({
      unit: fc.oneof(
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
        fc.constantFrom('a', '<', 'é', '中', '😀', '\ud800', '\udbff', '\udc00', '\udfff', '\ufeff', '\u{10ffff}'),
      ),
      maxLength: 40,
    }),
  )
  .map(([marks, text]) => marks + text);

function originMsg(api: Api, body: string | Uint8Array, maxBodyBytes?: number): string {
  return api.createServiceError({ statusCode: 400, body, ...(maxBodyBytes === undefined ? {} : { maxBodyBytes }) }).getOriginMsg();
}

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

/** Lone surrogates as U+FFFD, as UTF-8 has no way to write them. */
const wellFormed = (text: string): string =>
  text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

/**
 * What the rules keep of a string body under a cap: one leading byte-order mark dropped; then the
 * text as it is when its UTF-8 fits, else the longest run of whole characters from its start that fits.
 */
function cutText(body: string, cap: number): string {
  const text = body.charCodeAt(0) === 0xfeff ? body.slice(1) : body;
  if (utf8Length(text) <= cap) return text;
  let kept = '';
  for (const character of wellFormed(text)) {
    if (utf8Length(kept + character) > cap) break;
    kept += character;
  }
  return kept;
}

describe('lib/util: the UTF-8 codec of engines without TextDecoder and TextEncoder (the Mini Program build)', function () {
  this.timeout(20_000);
  let dir: string;
  let mini: MiniProgram;

  before(() => {
    // The file a Mini Program's build tool copies, in a CommonJS folder of its own (the package is "type": "module").
    dir = mkdtempSync(join(tmpdir(), 'cos-errors-util-'));
    copyFileSync(projectPath('dist', 'miniprogram', 'index.js'), join(dir, 'index.js'));
    writeFileSync(join(dir, 'package.json'), '{ "type": "commonjs" }\n');
    mini = loadMiniProgram(join(dir, 'index.js'));
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('runs in a context that has neither TextDecoder nor TextEncoder, and loads no other file', () => {
    expect(vm.runInContext('[typeof TextDecoder, typeof TextEncoder, typeof Buffer, typeof Uint8Array]', mini.context)).to.deep.equal([
      'undefined',
      'undefined',
      'undefined',
      'function',
    ]);
    const error = mini.api.createServiceError({
      statusCode: 404,
      body: mini.bytes(new TextEncoder().encode('<Error><Code>NoSuchKey</Code></Error>')),
    });
    expect(error.name).to.equal('NoSuchKeyError');
    expect(error).to.be.instanceOf(mini.api.NoSuchKeyError);
  });

  it('decodes what TextDecoder decodes: known cases', () => {
    const cases: Array<[name: string, bytes: number[], text: string]> = [
      ['two-, three- and four-byte characters', [0xc3, 0xa9, 0xe4, 0xb8, 0xad, 0xf0, 0x9f, 0x98, 0x80], 'é中😀'],
      ['an overlong slash', [0x61, 0xc0, 0xaf, 0x62], 'a\ufffd\ufffdb'],
      ['an overlong three-byte form', [0xe0, 0x80, 0xaf], '\ufffd\ufffd\ufffd'],
      ['a surrogate encoded in UTF-8', [0xed, 0xa0, 0x80], '\ufffd\ufffd\ufffd'],
      ['a truncated four-byte sequence before ASCII', [0xf0, 0x9f, 0x98, 0x41], '\ufffdA'],
      ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], '\ufffd\ufffd\ufffd\ufffd'],
      ['a lone continuation byte', [0x80], '\ufffd'],
      ['a byte-order mark after the start, which is kept', [0x78, 0xef, 0xbb, 0xbf], 'x\ufeff'],
    ];
    const found = cases.map(([name, bytes]) => [name, originMsg(mini.api, mini.bytes(Uint8Array.from(bytes)))]);
    expect(found).to.deep.equal(cases.map(([name, , text]) => [name, text]));
  });

  // guides/response-rules.md, the input: "Bytes are decoded as UTF-8 and a leading byte-order mark is dropped."
  it('drops the leading byte-order mark of a byte body, as the response rules say, in both builds', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<Error><Code>NoSuchKey</Code></Error>')]);
    const answers = (api: Api, body: Uint8Array) => {
      const error = api.createServiceError({ statusCode: 404, body });
      return {
        name: error.name,
        originMsg: error.getOriginMsg(),
        cut: api.createServiceError({ statusCode: 404, body, maxBodyBytes: 10 }).getOriginMsg(),
      };
    };
    const expected = { name: 'NoSuchKeyError', originMsg: '<Error><Code>NoSuchKey</Code></Error>', cut: '<Error>' };
    expect({ miniProgram: answers(mini.api, mini.bytes(bytes)), node: answers(node, bytes) }).to.deep.equal({
      miniProgram: expected,
      node: expected,
    });
  });

  it('drops one leading byte-order mark of a string body, and only one, cut or not, in both builds', () => {
    // The second mark is text: "a leading byte-order mark" is dropped, once.
    const body = '\ufeff\ufeffab';
    const answers = (api: Api) => ({ whole: originMsg(api, body), cut: originMsg(api, body, 4) });
    const expected = { whole: '\ufeffab', cut: '\ufeffa' };
    expect({ miniProgram: answers(mini.api), node: answers(node) }).to.deep.equal({ miniProgram: expected, node: expected });
  });

  it('decodes any bytes as TextDecoder does, in both builds (fast-check)', () => {
    const decoder = new TextDecoder();
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        const expected = decoder.decode(bytes);
        expect({ miniProgram: originMsg(mini.api, mini.bytes(bytes)), node: originMsg(node, bytes) }).to.deep.equal({
          miniProgram: expected,
          node: expected,
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('decodes long bodies as TextDecoder does, past the codec’s inner chunk of 4096 units, in both builds (fast-check)', () => {
    const decoder = new TextDecoder();
    fc.assert(
      fc.property(fc.array(byteStretch, { minLength: 2000, maxLength: 4000 }), (stretches) => {
        // Starting with ASCII: what a leading byte-order mark becomes is the business of the tests above.
        const bytes = Uint8Array.from([0x61, ...stretches.flat()]);
        const expected = decoder.decode(bytes);
        expect(expected.length).to.be.above(4096);
        const found = { miniProgram: originMsg(mini.api, mini.bytes(bytes), 1 << 20), node: originMsg(node, bytes, 1 << 20) };
        // Compared as one boolean each: a diff of two 10 KB texts says nothing a counterexample does not.
        expect({ miniProgram: found.miniProgram === expected, node: found.node === expected }).to.deep.equal({
          miniProgram: true,
          node: true,
        });
      }),
      // Shrinking thousands of stretches takes long and says little: the first failure is reported as found.
      { numRuns: 8, endOnFailure: true },
    );
  });

  it('cuts any bytes at maxBodyBytes as the Node build does: the decoding of the first cap bytes, less at most three (fast-check)', () => {
    const decoder = new TextDecoder();
    fc.assert(
      fc.property(anyBytes, fc.integer({ min: 1, max: 24 }), (bytes, cap) => {
        const text = originMsg(node, bytes, cap);
        expect(originMsg(mini.api, mini.bytes(bytes), cap)).to.equal(text);
        // A character is never cut in two: the text decodes a prefix that steps back from the cap over continuation bytes only.
        const prefixes = [0, 1, 2, 3].map((back) => bytes.subarray(0, Math.max(0, Math.min(bytes.length, cap) - back)));
        expect(prefixes.map((prefix) => decoder.decode(prefix))).to.include(text);
      }),
      { numRuns: 800 },
    );
  });

  it('cuts multi-byte characters at the cap, keeping only whole ones: every cap of one body', () => {
    const body = 'ab中😀é';
    const bytes = new TextEncoder().encode(body);
    for (let cap = 1; cap <= bytes.length; cap++) {
      const expected = cutText(body, cap);
      const found = {
        miniProgramBytes: originMsg(mini.api, mini.bytes(bytes), cap),
        miniProgramString: originMsg(mini.api, body, cap),
        nodeBytes: originMsg(node, bytes, cap),
        nodeString: originMsg(node, body, cap),
      };
      expect(found, `cap ${cap}`).to.deep.equal({
        miniProgramBytes: expected,
        miniProgramString: expected,
        nodeBytes: expected,
        nodeString: expected,
      });
    }
    // The model itself, on the caps where a character just fits or just does not.
    expect([4, 5, 8, 9, 10, 11].map((cap) => cutText(body, cap))).to.deep.equal(['ab', 'ab中', 'ab中', 'ab中😀', 'ab中😀', 'ab中😀é']);
  });

  it('measures and cuts a string body at maxBodyBytes in whole characters, lone surrogates and astral characters included, in both builds (fast-check)', () => {
    fc.assert(
      fc.property(anyString, fc.integer({ min: 1, max: 40 }), (body, cap) => {
        const expected = cutText(body, cap);
        expect({ miniProgram: originMsg(mini.api, body, cap), node: originMsg(node, body, cap) }).to.deep.equal({
          miniProgram: expected,
          node: expected,
        });
      }),
      { numRuns: 800 },
    );
  });

  it('keeps a string body that fits as it is in both builds, lone surrogates included (fast-check)', () => {
    fc.assert(
      fc.property(anyString, (body) => {
        const expected = body.charCodeAt(0) === 0xfeff ? body.slice(1) : body;
        expect({ miniProgram: originMsg(mini.api, body), node: originMsg(node, body) }).to.deep.equal({
          miniProgram: expected,
          node: expected,
        });
      }),
      { numRuns: 500 },
    );
  });

  it('reads an error document sent as bytes the same way in both builds, whatever the bytes around its text', () => {
    fc.assert(
      fc.property(anyBytes, (noise) => {
        const document = Uint8Array.from([
          ...new TextEncoder().encode('<Error><Code>NoSuchKey</Code><Message>'),
          ...noise.filter((b) => b !== 0x3c && b !== 0x26),
          ...new TextEncoder().encode('</Message></Error>'),
        ]);
        const made = (api: Api, body: Uint8Array) => {
          const error = api.createServiceError({ statusCode: 404, body });
          return [error.name, error.getErrorCode(), error.getErrorMsg(), error.getOriginMsg()];
        };
        expect(made(mini.api, mini.bytes(document))).to.deep.equal(made(node, document));
      }),
      { numRuns: 200 },
    );
  });
});

describe('lib/util: reading foreign objects, quoting and copying, seen through the API', () => {
  /** A proxy whose every trap throws. */
  const hostile = (): object =>
    new Proxy(
      {},
      {
        get: () => {
          throw new Error('get');
        },
        has: () => {
          throw new Error('has');
        },
        ownKeys: () => {
          throw new Error('ownKeys');
        },
        getPrototypeOf: () => {
          throw new Error('getPrototypeOf');
        },
        getOwnPropertyDescriptor: () => {
          throw new Error('getOwnPropertyDescriptor');
        },
      },
    );

  it('reads a foreign object whose traps throw as one with nothing in it: fromSdkError gives a CosClientError', () => {
    let error: unknown;
    expect(() => (error = fromSdkError(hostile()))).not.to.throw();
    expect(error).to.be.instanceOf(CosClientError);
    expect((error as CosClientError).kind).to.equal('unknown');
  });

  it('reads a foreign getter that throws as missing, and the rest of the object still', () => {
    const failure = {
      get message(): string {
        throw new Error('no message');
      },
      code: 'ECONNREFUSED',
    };
    const error = fromSdkError(failure);
    expect(error).to.be.instanceOf(CosClientError);
    expect((error as CosClientError).kind).to.equal('network');
    expect((error as CosClientError).code).to.equal('ECONNREFUSED');
  });

  it('takes a failure’s code from its own cause chain, and never a number (DOMException’s legacy code)', () => {
    const fetchFailure = new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } });
    expect(new CosClientError('x', { cause: fetchFailure }).code).to.equal('ECONNRESET');
    expect(new CosClientError('x', { cause: new DOMException('aborted', 'AbortError') }).code).to.equal(undefined);
  });

  it('quotes at most 300 characters of a long text in a message, ending with …', () => {
    const long = 'w'.repeat(1000);
    const error = createServiceError({ statusCode: 400, body: `<Error><Code>NoSuchKey</Code><Message>${long}</Message></Error>` });
    expect(error.getErrorMsg()).to.equal(long);
    expect(error.message).to.equal(`NoSuchKey: ${'w'.repeat(299)}… (status 400)`);
    const failure = fromSdkError(Object.assign(new Error(long), { code: 'ECONNRESET' }));
    expect(failure.message).to.equal(`${'w'.repeat(299)}…`);
  });

  it('copies a digest object plainly: cycles kept as cycles of the copy, __proto__ as a key, Object.prototype untouched', () => {
    const digest: Record<string, unknown> = { code: 'NoSuchKey', message: 'm' };
    digest['self'] = digest;
    digest['list'] = [digest];
    const copy = new CosServiceError('GET', digest, 404).getDigestMsg() as Record<string, unknown>;
    expect(copy).not.to.equal(digest);
    expect(copy['self']).to.equal(copy);
    expect((copy['list'] as unknown[])[0]).to.equal(copy);
    const polluting = createServiceError({ statusCode: 400, body: '{"__proto__":{"polluted":1},"Code":"NoSuchKey"}' });
    const parsed = polluting.getDigestMsg() as Record<string, unknown>;
    expect(Object.hasOwn(parsed, '__proto__')).to.equal(true);
    expect(Object.getPrototypeOf(parsed)).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    expect(polluting.name).to.equal('NoSuchKeyError');
  });

  it('decodes percent escapes before looking for credentials, so an encoded pair is redacted', () => {
    expect(new CosClientError('expired: q-sign-algorithm%3Dsha1%26q-signature%3D5e1f').message).to.equal('expired: [REDACTED]');
  });
});
