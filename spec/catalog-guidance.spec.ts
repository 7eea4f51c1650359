import { expect } from 'chai';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getErrorInfo, listErrorInfo, NoSuchKeyError, type CosErrorInfo } from 'qcloud-cos-errors';
import { catalogEntries } from './support/catalog.js';
import { placeholderProblem } from './support/placeholder-text.js';
import { projectPath } from './support/project.js';
import { runNode } from './support/run-node.js';

const HAN = /\p{Script=Han}/u;

// The codes users meet most, by what goes wrong: each must have a hint.
const COMMON_CODES: Record<string, readonly string[]> = {
  'not found': ['NoSuchKey', 'NoSuchBucket', 'NoSuchUpload', 'NoSuchResource', 'NoSuchVersion'],
  'access and signature': ['AccessDenied', 'AccessForbidden', 'SignatureDoesNotMatch', 'InvalidAccessKeyId'],
  'clock skew': ['RequestTimeTooSkewed'],
  tokens: ['ExpiredToken'],
  'throttling and 5xx': ['SlowDown', 'InternalError', 'ServiceUnavailable', 'RequestTimeout'],
  preconditions: ['PreconditionFailed', 'NotModified'],
  'size limits': ['EntityTooLarge', 'EntityTooSmall', 'KeyTooLong', 'IncompleteBody', 'EntitySizeNotMatch'],
  'bucket naming and ownership': [
    'InvalidBucketName',
    'BucketAlreadyExists',
    'BucketAlreadyOwnedByYou',
    'BucketNotEmpty',
    'TooManyBuckets',
  ],
  multipart: ['InvalidPart', 'InvalidPartOrder'],
  'requests and objects': [
    'BadDigest',
    'InvalidRange',
    'InvalidObjectState',
    'MethodNotAllowed',
    'MalformedXML',
    'InvalidArgument',
    'PaymentRequired',
  ],
};

/** A COS documentation address: https, on Tencent Cloud's Chinese or international site, under product 436 (COS). */
function expectCosDocUrl(url: string, host: string, why: string): void {
  const parsed = new URL(url);
  expect(parsed.protocol, why).to.equal('https:');
  expect(parsed.host, why).to.equal(host);
  expect(parsed.pathname, why).to.match(/^\/document\/product\/436\/\d+$/);
}

describe('the catalog in both languages', () => {
  it('gives every code a Chinese description of its own, in Chinese', () => {
    for (const info of listErrorInfo()) {
      expect(info.descriptions.zh, info.code).to.match(HAN);
      expect(info.descriptions.zh, info.code).not.to.equal(info.descriptions.en);
      expect(info.descriptions.en, info.code).to.equal(info.description);
      expect(placeholderProblem(info.descriptions.zh.padEnd(25, '。'), 'zh'), info.code).to.equal(undefined);
    }
    expect(listErrorInfo()).to.have.length(catalogEntries.length);
  });

  it("links every code to COS's error-code documentation, the English page and the Chinese page", () => {
    for (const info of listErrorInfo()) {
      expectCosDocUrl(info.docUrls.en, 'intl.cloud.tencent.com', `${info.code} en`);
      expectCosDocUrl(info.docUrls.zh, 'cloud.tencent.com', `${info.code} zh`);
    }
  });

  it('gives a hint in both languages to at least 30 codes, among them the common codes of each kind', () => {
    const hinted = listErrorInfo().filter((info) => info.hint !== undefined);
    expect(hinted.length).to.be.at.least(30);
    for (const [kind, codes] of Object.entries(COMMON_CODES)) {
      for (const code of codes) expect(getErrorInfo(code)?.hint, `${kind}: ${code}`).to.be.an('object');
    }
  });

  it('has no hint that is a placeholder, a copy of the other language, of the description or of another hint', () => {
    const seen = new Set<string>();
    for (const info of listErrorInfo()) {
      if (info.hint === undefined) continue;
      const { en, zh } = info.hint;
      expect(placeholderProblem(en, 'en'), `${info.code} en: ${en}`).to.equal(undefined);
      expect(placeholderProblem(zh, 'zh'), `${info.code} zh: ${zh}`).to.equal(undefined);
      expect(en, info.code).not.to.equal(zh);
      expect(en, info.code).not.to.equal(info.description);
      expect(zh, info.code).not.to.equal(info.descriptions.zh);
      for (const text of [en, zh]) {
        expect(seen.has(text), `${info.code} repeats a hint`).to.equal(false);
        seen.add(text);
      }
    }
  });

  it('tells a placeholder from a hint', () => {
    const real = {
      en: 'The key is not in the bucket: check its spelling, its case and the region you use.',
      zh: '存储桶中没有这个对象键：请检查键的拼写、大小写以及所用的地域是否正确。',
    };
    expect(placeholderProblem(real.en, 'en')).to.equal(undefined);
    expect(placeholderProblem(real.zh, 'zh')).to.equal(undefined);
    for (const [text, language] of [
      ['', 'en'],
      ['   ', 'zh'],
      ['TODO: write the causes of this error and what a user should do about it here.', 'en'],
      ['Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.', 'en'],
      ['TBD', 'en'],
      ['Check the key.', 'en'],
      ['请检查。', 'zh'],
      ['待补充：这里以后写上这个错误的常见原因以及用户应当如何处理的办法。', 'zh'],
      [real.en, 'zh'],
      [real.zh, 'en'],
    ] as const) {
      expect(placeholderProblem(text, language), `${language}: ${text}`).not.to.equal(undefined);
    }
  });

  it('gives the hint of an error in one line, the same by code and by alias, and frozen', () => {
    const error = NoSuchKeyError.from({ requestId: 'r-1' });
    expect(getErrorInfo(error.code)?.hint?.zh).to.match(HAN);
    expect(getErrorInfo('InternalErrror')?.hint).to.equal(getErrorInfo('InternalError').hint);
    const info: CosErrorInfo = getErrorInfo('SlowDown');
    for (const part of [info, info.descriptions, info.docUrls, info.hint]) expect(Object.isFrozen(part)).to.equal(true);
    expect('hint' in getErrorInfo('BucketLocked')).to.equal(false);
  });
});

describe('the generator, on an entry without its Chinese description or its link', () => {
  let copy: string;
  beforeEach(() => {
    copy = mkdtempSync(join(tmpdir(), 'cos-errors-refuse-'));
    for (const part of ['scripts', 'catalog', 'lib/catalog']) cpSync(projectPath(part), join(copy, part), { recursive: true });
  });
  afterEach(() => rmSync(copy, { recursive: true, force: true }));

  /** Runs the generator on the copy's catalog after `change`, and gives its run and the generated file it may have written. */
  function generateAfter(change: (entry: Record<string, unknown>) => void) {
    const file = join(copy, 'catalog/cos-error-codes.json');
    const catalog = JSON.parse(readFileSync(file, 'utf8')) as { codes: Array<Record<string, unknown>> };
    change(catalog.codes.find((entry) => entry.code === 'NoSuchKey')!);
    writeFileSync(file, JSON.stringify(catalog));
    const before = readFileSync(join(copy, 'lib/catalog/generated-guidance.ts'), 'utf8');
    const run = runNode([join(copy, 'scripts/generate.mjs')], copy);
    return { run, unchanged: readFileSync(join(copy, 'lib/catalog/generated-guidance.ts'), 'utf8') === before };
  }

  const cases: Array<[string, (entry: Record<string, unknown>) => void, RegExp]> = [
    ['no descriptionZh', (entry) => delete entry.descriptionZh, /NoSuchKey has no Chinese description \(descriptionZh\)/],
    ['an empty descriptionZh', (entry) => (entry.descriptionZh = '  '), /NoSuchKey has no Chinese description/],
    [
      'a descriptionZh in English',
      (entry) => (entry.descriptionZh = 'The key does not exist'),
      /NoSuchKey has a descriptionZh with no Chinese/,
    ],
    ['no docs', (entry) => delete entry.docs, /NoSuchKey has no link to COS's documentation in docs\.en/],
    [
      'no Chinese link',
      (entry) => (entry.docs = { en: 'https://intl.cloud.tencent.com/document/product/436/7730' }),
      /NoSuchKey has no link to COS's documentation in docs\.zh/,
    ],
    [
      'a link elsewhere',
      (entry) => (entry.docs = { en: 'http://example.com/errors', zh: 'https://cloud.tencent.com/document/product/436/7730' }),
      /NoSuchKey has docs\.en "http:\/\/example\.com\/errors", not a COS documentation address/,
    ],
    [
      'a hint in one language',
      (entry) => (entry.hint = { en: 'Check the key.' }),
      /NoSuchKey has a hint without both hint\.en and hint\.zh/,
    ],
  ];
  for (const [what, change, message] of cases) {
    it(`refuses ${what}: exit 1, one clear line, nothing written`, () => {
      const { run, unchanged } = generateAfter(change);
      expect(run.status).to.equal(1);
      expect(run.stdout).to.equal('');
      expect(run.stderr).to.match(message);
      expect(run.stderr).to.match(/^generate: catalog\/cos-error-codes\.json: /);
      expect(run.stderr.trimEnd().split('\n')).to.have.length(1);
      expect(unchanged).to.equal(true);
    });
  }

  it('accepts the catalog as it is', () => {
    const { run } = generateAfter(() => undefined);
    expect(run.stderr).to.equal('');
    expect(run.status).to.equal(0);
  });
});
