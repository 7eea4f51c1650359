// Type-level checks: this file must compile for the suite to run at all.
import { expect } from 'chai';
import {
  createServiceError,
  getErrorInfo,
  isCosClientError,
  isCosServiceError,
  NoSuchKeyError,
  RequestTimeoutError,
  type CosClientError,
  type CosErrorCode,
  type CosErrorInfo,
  type CosServiceError,
} from 'qcloud-cos-errors';
import { errorDocument } from './support/catalog.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(_proof: T): void {}

describe('types', () => {
  it('narrows e.code to the literal code after instanceof', () => {
    const error: unknown = createServiceError({ statusCode: 404, body: errorDocument('NoSuchKey') });
    if (!(error instanceof NoSuchKeyError)) throw new Error('expected a NoSuchKeyError');
    const code = error.code;
    assertType<Equal<typeof code, 'NoSuchKey'>>(true);
    assertType<Equal<typeof error.name, 'NoSuchKeyError'>>(true);
    // @ts-expect-error a NoSuchKeyError's code is not another code
    const other: 'NoSuchBucket' = error.code;
    expect([code, other]).to.deep.equal(['NoSuchKey', 'NoSuchKey']);
  });

  it('types a class with aliases as any of its spellings', () => {
    const error = createServiceError({ statusCode: 400, body: errorDocument('RequestTimeOut') });
    if (!(error instanceof RequestTimeoutError)) throw new Error('expected a RequestTimeoutError');
    assertType<Equal<typeof error.code, 'RequestTimeout' | 'RequestTimeOut'>>(true);
    expect(error.code).to.equal('RequestTimeOut');
  });

  it('types the statics and the catalog lookups', () => {
    assertType<Equal<typeof NoSuchKeyError.code, 'NoSuchKey'>>(true);
    const known: CosErrorCode = 'SlowDown';
    // @ts-expect-error not a catalog code
    const unknown: CosErrorCode = 'NoSuchThing';
    const info = getErrorInfo(known);
    assertType<Equal<typeof info, CosErrorInfo>>(true);
    const maybe = getErrorInfo(String(unknown));
    assertType<Equal<typeof maybe, CosErrorInfo | undefined>>(true);
    expect(info.retryable).to.equal(true);
    expect(maybe).to.equal(undefined);
  });

  it('narrows with the type guards', () => {
    const value: unknown = createServiceError({ statusCode: 503, body: errorDocument('SlowDown') });
    if (isCosServiceError(value)) assertType<Equal<typeof value, CosServiceError>>(true);
    if (isCosClientError(value)) assertType<Equal<typeof value, CosClientError>>(true);
    expect(isCosServiceError(value)).to.equal(true);
    expect(isCosClientError(value)).to.equal(false);
  });
});
