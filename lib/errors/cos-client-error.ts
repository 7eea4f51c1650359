import { registerErrorClass } from './class-identity.js';
import { CosError } from './cos-error.js';

/** Why no usable answer came from COS. */
export type ClientErrorKind =
  | 'network'
  | 'timeout'
  | 'invalid-argument'
  | 'invalid-credentials'
  | 'response-read'
  | 'cancelled'
  | 'unknown';

const CLIENT_ERROR_KINDS: ReadonlySet<string> = new Set<ClientErrorKind>([
  'network',
  'timeout',
  'invalid-argument',
  'invalid-credentials',
  'response-read',
  'cancelled',
  'unknown',
]);

/** Options of {@link CosClientError}. */
export interface ClientErrorOptions {
  /** The error that caused this one, kept as `cause`. */
  cause?: unknown;
  /** Why there was no usable answer; `unknown` when not given. */
  kind?: ClientErrorKind;
}

/**
 * No usable answer from COS: a network failure, a timeout, a bad argument, an unreadable body or
 * a cancelled request. The COS Python SDK's `CosClientError`.
 *
 * @group Base classes
 */
export class CosClientError extends CosError {
  /** Always `CosClientError`. */
  declare readonly name: 'CosClientError';

  /** Why there was no usable answer. */
  readonly kind: ClientErrorKind;

  static {
    registerErrorClass(this, 'CosClientError');
  }

  /**
   * @param message what went wrong; an empty message is replaced by one naming the kind.
   * @param options the `cause` and the `kind` (default `unknown`).
   */
  constructor(message: string, options: ClientErrorOptions = {}) {
    const kind: ClientErrorKind =
      options.kind !== undefined && CLIENT_ERROR_KINDS.has(options.kind) ? options.kind : 'unknown';
    const text = typeof message === 'string' && message.trim() !== '' ? message : `COS client error (${kind})`;
    super(text, 'cause' in options ? { cause: options.cause } : undefined);
    this.kind = kind;
  }
}
