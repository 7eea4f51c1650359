import { redactedClip, redactText } from '../redact/redact-text.js';
import { failureCodeOf } from '../util/read-foreign.js';
import { NO_HEADERS, type ErrorHeaders } from '../response/headers.js';
import { CosError } from './cos-error.js';
import { summarizeCause, type CauseSummary } from './log-view.js';

/** Why no usable answer came from COS. */
export type ClientErrorKind =
  'network' | 'timeout' | 'invalid-argument' | 'invalid-credentials' | 'response-read' | 'cancelled' | 'unknown';

const KINDS: readonly string[] = ['network', 'timeout', 'invalid-argument', 'invalid-credentials', 'response-read', 'cancelled', 'unknown'];

/** Options of {@link CosClientError}. */
export interface ClientErrorOptions {
  /** The error that caused this one, kept as `cause`. */
  cause?: unknown;
  /** Why there was no usable answer; `unknown` when not given. */
  kind?: ClientErrorKind | undefined;
  /** The code the failure carried (`ECONNREFUSED`); when not given, the cause's (or its cause's) `code`. */
  code?: string | undefined;
  /** The request's method, when known. */
  method?: string | undefined;
  /** The request's URL, when known; kept with its credentials redacted. */
  url?: string | undefined;
}

/** The options a caller passed, read so that nothing about them can throw: options that cannot be read count as none. */
function readOptions(options: unknown) {
  const none = { kind: 'unknown', cause: undefined, hasCause: false, code: undefined, method: undefined, url: undefined } as const;
  if (typeof options !== 'object' || options === null) return none;
  try {
    const { kind, code }: { kind?: unknown; code?: unknown } = options;
    const hasCause = 'cause' in options;
    const cause = hasCause ? (options as ClientErrorOptions).cause : undefined;
    const { method, url }: { method?: unknown; url?: unknown } = options;
    return {
      kind: typeof kind === 'string' && KINDS.includes(kind) ? (kind as ClientErrorKind) : 'unknown',
      cause,
      hasCause,
      code: typeof code === 'string' && code !== '' ? code : failureCodeOf(cause),
      method: typeof method === 'string' && method !== '' ? redactedClip(method).toUpperCase() : undefined,
      url: typeof url === 'string' ? redactText(url) : undefined,
    };
  } catch {
    return none;
  }
}

/**
 * No usable answer from COS: a network failure, a timeout, a bad argument, an unreadable body or
 * a cancelled request. The COS Python SDK's `CosClientError`.
 * @group Base classes
 */
export class CosClientError extends CosError {
  /** Always `CosClientError`. */
  declare readonly name: 'CosClientError';
  /** Why there was no usable answer. */
  readonly kind: ClientErrorKind;
  /**
   * The code the failure carried, as the client set it (`ECONNREFUSED`, `ETIMEDOUT`, `ECONNRESET`, `ERR_CANCELED`, …), so
   * that `err.code` checks written for a COS SDK keep working; `undefined` when it carried none.
   */
  readonly code: string | undefined;
  /** The request's method, when the failure said it (the COS SDKs' `err.method`). */
  readonly method: string | undefined;
  /** The request's URL with its credentials redacted, when the failure said it (the COS SDKs' `err.url`). */
  readonly url: string | undefined;
  /** No answer, no headers: always empty, so that `err.headers['x-cos-request-id']` reads `undefined` as it does on a COS SDK's error. */
  get headers(): ErrorHeaders {
    return NO_HEADERS;
  }
  /** @internal */
  static override get errorName(): string {
    return 'CosClientError';
  }
  /**
   * @param message what went wrong, with any credential in it redacted; an empty message is replaced by one naming the kind.
   * @param options the `cause` (kept as a redacted stand-in, see {@link CosError.cause}) and the `kind` (default
   * `unknown`). Nothing about them makes the constructor throw: options that cannot be read count as none.
   */
  constructor(message: string, options?: ClientErrorOptions) {
    const { kind, cause, hasCause, code, method, url } = readOptions(options);
    const text = typeof message === 'string' && message.trim() !== '' ? redactText(message) : `COS client error (${kind})`;
    super(text, hasCause ? { cause } : undefined);
    this.kind = kind;
    this.code = code === undefined ? undefined : redactedClip(code);
    this.method = method;
    this.url = url;
  }
  /** True for kinds `network` and `timeout`: sending the request again can succeed. */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'timeout';
  }
  /** The facts a log line needs: name, message, kind, retryable, and a summary of the cause. */
  toJSON(): ClientErrorJson {
    const own: ClientErrorJson = { name: this.name, message: this.message, kind: this.kind, retryable: this.retryable };
    return {
      ...own,
      ...(this.code === undefined ? {} : { code: this.code }),
      ...(this.method === undefined ? {} : { method: this.method }),
      ...(this.url === undefined ? {} : { url: this.url }),
      ...(Object.hasOwn(this, 'cause') ? { cause: summarizeCause(this.cause) } : {}),
    };
  }
}

/** What `CosClientError.toJSON()` returns. */
export interface ClientErrorJson {
  /** `CosClientError`. */
  readonly name: string;
  /** The error message. */
  readonly message: string;
  /** Why there was no usable answer. */
  readonly kind: ClientErrorKind;
  /** Whether sending the request again can succeed. */
  readonly retryable: boolean;
  /** The code the failure carried, when it carried one. */
  readonly code?: string;
  /** The request's method, when known. */
  readonly method?: string;
  /** The request's URL, credentials redacted, when known. */
  readonly url?: string;
  /** What caused it, when known. */
  readonly cause?: CauseSummary;
}
