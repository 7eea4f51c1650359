import { expect } from 'chai';
import * as api from 'qcloud-cos-errors';
import {
  CosServiceError,
  createServiceError,
  KnownCodeError,
  listErrorInfo,
  NoSuchKeyError,
  UNKNOWN,
  type CosErrorInfo,
} from 'qcloud-cos-errors';

// lib/errors/codes: one class per code of the catalog, each carrying the catalog's facts as
// statics, each chosen by createServiceError for its code and its aliases. The list of codes is
// the package's own: listErrorInfo().

type CodeClass = typeof KnownCodeError;

const catalog: readonly CosErrorInfo[] = listErrorInfo();
const exported = api as unknown as Record<string, unknown>;

/** The exported class named by a catalog entry. */
function classOf(info: CosErrorInfo): CodeClass {
  return exported[info.className] as CodeClass;
}

/** A rule-5 document for a code. */
const documentFor = (code: string): string => `<Error><Code>${code}</Code><Message>m</Message></Error>`;

/** A status the code comes with, or 400 for a code the catalog gives none. */
const statusOf = (info: CosErrorInfo): number => info.statusCodes[0] ?? 400;

/** Every entry for which `check` gives something other than `undefined`, as `className: what`. */
function failures(check: (info: CosErrorInfo, type: CodeClass) => unknown): Record<string, unknown> {
  const found: Record<string, unknown> = {};
  for (const info of catalog) {
    const problem = check(info, classOf(info));
    if (problem !== undefined) found[info.className] = problem;
  }
  return found;
}

describe('lib/errors/codes: a class for every code of the catalog', () => {
  it('has catalog entries to check', () => {
    expect(catalog.length).to.be.at.least(150);
    expect(new Set(catalog.map((info) => info.className)).size).to.equal(catalog.length);
  });

  it('exports each class under its catalog name, a subclass of KnownCodeError', () => {
    expect(
      failures((info, type) => (typeof type === 'function' && type.prototype instanceof KnownCodeError ? undefined : typeof type)),
    ).to.deep.equal({});
  });

  it('exports no code class the catalog does not list', () => {
    const codeClasses = Object.entries(exported)
      .filter(([, value]) => typeof value === 'function' && (value as CodeClass).prototype instanceof KnownCodeError)
      .map(([name]) => name)
      .sort();
    expect(codeClasses).to.deep.equal(catalog.map((info) => info.className).sort());
  });

  it('names each instance after its class, and gives it the code it was built with', () => {
    expect(
      failures((info, type) => {
        const error = new type('GET', documentFor(info.code), statusOf(info));
        const seen = [error.name, error.getErrorCode(), error.code, error.constructor === type];
        const wanted = [info.className, info.code, info.code, true];
        return JSON.stringify(seen) === JSON.stringify(wanted) ? undefined : seen;
      }),
    ).to.deep.equal({});
  });

  it('carries the catalog entry’s code, aliases, statuses, description and retryable as statics, its arrays frozen', () => {
    expect(
      failures((info, type) => {
        const statics = {
          code: type.code,
          aliases: [...type.aliases],
          statusCodes: [...type.statusCodes],
          description: type.description,
          retryable: type.retryable,
        };
        const entry = {
          code: info.code,
          aliases: [...info.aliases],
          statusCodes: [...info.statusCodes],
          description: info.description,
          retryable: info.retryable,
        };
        if (JSON.stringify(statics) !== JSON.stringify(entry)) return statics;
        return Object.isFrozen(type.aliases) && Object.isFrozen(type.statusCodes) ? undefined : 'an array is not frozen';
      }),
    ).to.deep.equal({});
  });

  it('is what createServiceError picks for the code and for each alias, which getErrorCode keeps as sent', () => {
    expect(
      failures((info, type) => {
        const wrong = [info.code, ...info.aliases]
          .map((code) => ({ code, error: createServiceError({ statusCode: statusOf(info), body: documentFor(code) }) }))
          .filter(({ code, error }) => !(error instanceof type) || error.name !== info.className || error.getErrorCode() !== code)
          .map(({ code, error }) => `${code} -> ${error.name} ${error.getErrorCode()}`);
        return wrong.length === 0 ? undefined : wrong;
      }),
    ).to.deep.equal({});
    expect(catalog.some((info) => info.aliases.length > 0)).to.equal(true);
  });

  it('is retryable when the catalog says so, whatever the status', () => {
    expect(
      failures((info, type) => {
        const error = new type('GET', documentFor(info.code), 400);
        return error.retryable === info.retryable ? undefined : error.retryable;
      }),
    ).to.deep.equal({});
  });

  it('builds an error from facts with from(): the class’s code, its first status, and an empty origin message', () => {
    expect(
      failures((info, type) => {
        const error = type.from({});
        const seen = [error instanceof type, error.getErrorCode(), error.getStatusCode(), error.getOriginMsg(), error.getErrorMsg()];
        const wanted = [true, info.code, info.statusCodes[0] ?? 500, '', UNKNOWN];
        return JSON.stringify(seen) === JSON.stringify(wanted) ? undefined : seen;
      }),
    ).to.deep.equal({});
  });
});

describe('lib/errors/codes: KnownCodeError, from(), and a user’s subclass', () => {
  it('KnownCodeError itself stands for no code', () => {
    expect({
      code: KnownCodeError.code,
      aliases: KnownCodeError.aliases,
      statusCodes: KnownCodeError.statusCodes,
      description: KnownCodeError.description,
      retryable: KnownCodeError.retryable,
    }).to.deep.equal({ code: '', aliases: [], statusCodes: [], description: '', retryable: false });
    const error = new KnownCodeError('GET', documentFor('Whatever'), 400);
    expect([error.name, error.getErrorCode()]).to.deep.equal(['KnownCodeError', 'Whatever']);
  });

  it('NoSuchKeyError.from({ requestId }) is a 404 NoSuchKey with that request id', () => {
    const error = NoSuchKeyError.from({ requestId: 'x' });
    expect([error.name, error.getStatusCode(), error.getErrorCode(), error.code, error.getRequestId(), error.getOriginMsg()]).to.deep.equal(
      ['NoSuchKeyError', 404, 'NoSuchKey', 'NoSuchKey', 'x', ''],
    );
    expect(error).to.be.instanceOf(NoSuchKeyError);
  });

  it('keeps its code whatever the body says: an instance never contradicts its type', () => {
    const error = new NoSuchKeyError('GET', '<Error><Code>AccessDenied</Code></Error>', 403);
    expect([error.getErrorCode(), error.code, (error.getDigestMsg() as Record<string, unknown>)['code']]).to.deep.equal([
      'NoSuchKey',
      'NoSuchKey',
      'AccessDenied',
    ]);
    const alias = new api.RequestTimeoutError('GET', documentFor('RequestTimeOut'), 400);
    expect(alias.getErrorCode()).to.equal('RequestTimeOut');
  });

  it('lets a user’s subclass inherit the code and the statuses, and name its instances after itself', () => {
    class Mine extends NoSuchKeyError {}
    const error = new Mine('GET', documentFor('NoSuchKey'), 404);
    expect({
      code: Mine.code,
      statusCodes: Mine.statusCodes,
      aliases: Mine.aliases,
      retryable: Mine.retryable,
      description: Mine.description,
      name: error.name,
      errorCode: error.getErrorCode(),
      fromName: Mine.from({}).name,
    }).to.deep.equal({
      code: 'NoSuchKey',
      statusCodes: [404],
      aliases: [],
      retryable: false,
      description: NoSuchKeyError.description,
      name: 'Mine',
      errorCode: 'NoSuchKey',
      fromName: 'Mine',
    });
    expect([error instanceof Mine, error instanceof NoSuchKeyError, error instanceof CosServiceError]).to.deep.equal([true, true, true]);
    // A NoSuchKeyError is no Mine: the subclass is the user's own.
    expect(NoSuchKeyError.from({}) instanceof Mine).to.equal(false);
  });
});
