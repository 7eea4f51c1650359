import { expect } from 'chai';
import { CosClientError, CosError, CosServiceError, type ClientErrorKind } from 'qcloud-cos-errors';

describe('CosClientError', () => {
  it('keeps the message, the kind and the cause', () => {
    const cause = new Error('connect ECONNREFUSED 127.0.0.1:9');
    const error = new CosClientError('cannot reach COS', { kind: 'network', cause });
    expect(error.message).to.equal('cannot reach COS');
    expect(error.kind).to.equal('network');
    expect(error.originalCause).to.equal(cause);
    expect(error.cause).to.be.instanceOf(Error).and.not.equal(cause);
    expect((error.cause as Error).message).to.equal(cause.message);
    expect(error.name).to.equal('CosClientError');
  });

  it('defaults the kind to unknown and has no cause unless given one', () => {
    const error = new CosClientError('something failed');
    expect(error.kind).to.equal('unknown');
    expect('cause' in error).to.equal(false);
  });

  it('accepts every documented kind, and turns any other into unknown', () => {
    const kinds: ClientErrorKind[] = [
      'network',
      'timeout',
      'invalid-argument',
      'invalid-credentials',
      'response-read',
      'cancelled',
      'unknown',
    ];
    for (const kind of kinds) expect(new CosClientError('x', { kind }).kind).to.equal(kind);
    expect(new CosClientError('x', { kind: 'bogus' as ClientErrorKind }).kind).to.equal('unknown');
  });

  it('never has an empty message', () => {
    expect(new CosClientError('', { kind: 'timeout' }).message).to.equal('COS client error (timeout)');
    expect(new CosClientError('   ').message).to.equal('COS client error (unknown)');
  });

  it('is a CosError and an Error, not a CosServiceError', () => {
    const error = new CosClientError('x');
    expect(error).to.be.instanceOf(CosClientError);
    expect(error).to.be.instanceOf(CosError);
    expect(error).to.be.instanceOf(Error);
    expect(error).not.to.be.instanceOf(CosServiceError);
    expect(Object.prototype.toString.call(error)).to.equal('[object Error]');
    expect(error.stack?.split('\n')[0]).to.equal('CosClientError: x');
  });
});
