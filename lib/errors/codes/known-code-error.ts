import { CosServiceError, type ServiceErrorDetails } from '../cos-service-error.js';
import { readForeign } from '../../util/read-foreign.js';
import { isStatusCode } from '../../response/status-code.js';
import { UNKNOWN } from '../../response/digest.js';

/** A code class's own facts from the catalog: its statuses, aliases, description and whether a retry can succeed. @internal */
export type CodeClassRow = readonly [statusCodes: readonly number[], aliases: readonly string[], description: string, retryable: boolean];

/** The facts a code error can be made of without a response (`NoSuchKeyError.from(…)`), for tests and mocks. */
export interface CodeErrorFacts<Status extends number = number> extends ServiceErrorDetails {
  /** The HTTP status: one the class's code comes with; the first of them when not given. */
  statusCode?: Status | undefined;
  /** COS's description of the error (`getErrorMsg()`). */
  message?: string | undefined;
  /** The bucket and object (or URL) the error is about. */
  resource?: string | undefined;
  /** The id COS gave the request. */
  requestId?: string | undefined;
  /** COS's trace id for the request. */
  traceId?: string | undefined;
  /** The request method; `GET` when not given. */
  method?: string | undefined;
}

/**
 * COS answered with a code the catalog knows: the base of every code class (`NoSuchKeyError`, `SlowDownError`, …), whose
 * static facts (`code`, `aliases`, `statusCodes`, `description`, `retryable`) come from the catalog.
 * `instanceof KnownCodeError` tells a known code from one the catalog lacks (the error is then a `CosServiceError` itself).
 *
 * @example
 * ```ts
 * try {
 *   await cos.getObject({ Bucket, Region, Key });
 * } catch (error) {
 *   if (error instanceof KnownCodeError) console.warn(error.code, (error.constructor as typeof KnownCodeError).description);
 *   throw error;
 * }
 * ```
 * @group Base classes
 */
export class KnownCodeError extends CosServiceError {
  /** @internal */
  static override get errorName(): string {
    return 'KnownCodeError';
  }
  /** The COS error code the class stands for (`''` for KnownCodeError itself); a user's subclass inherits its parent's. */
  static get code(): string {
    return '';
  }
  /** Each code class's own catalog facts, which the static getters below read (a user's subclass inherits them). @internal */
  static get row(): CodeClassRow | undefined {
    return undefined;
  }
  /** Other spellings COS sends the code with. */
  static get aliases(): readonly string[] {
    return Object.freeze([...(this.row?.[1] ?? [])]);
  }
  /** The HTTP statuses COS sends the code with. */
  static get statusCodes(): readonly number[] {
    return Object.freeze([...(this.row?.[0] ?? [])]);
  }
  /** What the code means. */
  static get description(): string {
    return this.row?.[2] ?? '';
  }
  /** Whether retrying the same request can succeed. */
  static get retryable(): boolean {
    return this.row?.[3] ?? false;
  }
  /**
   * An error of this class made from facts, with no response body: for tests and mocks. The code is the class's; the
   * status is the one given, or else the first the code comes with. Never throws: facts that are not an object count as
   * none, and a fact that is not of its type (a status that is no HTTP status, a message that is no text) as not given.
   *
   * @example
   * ```ts
   * const error = NoSuchKeyError.from({ requestId: 'NTk0-test', message: 'The specified key does not exist.' });
   * error.getErrorCode(); // 'NoSuchKey'
   * error.getStatusCode(); // 404
   * ```
   */
  static from<C extends typeof KnownCodeError>(this: C, facts: CodeErrorFacts<C['statusCodes'][number]> = {}): InstanceType<C> {
    // What is not an object is no facts; a fact that cannot be read is not known.
    const fact = (name: keyof CodeErrorFacts): unknown => readForeign(facts, name);
    const text = (name: keyof CodeErrorFacts): string => (typeof fact(name) === 'string' ? (fact(name) as string) : UNKNOWN);
    const digest = {
      code: this.code,
      message: text('message'),
      resource: text('resource'),
      requestid: text('requestId'),
      traceid: text('traceId'),
    };
    const status = fact('statusCode');
    const method = fact('method');
    const statusCode = isStatusCode(status) ? status : (this.statusCodes[0] ?? 500);
    // The facts are the details too: the constructor reads their headers, URL and cause the same way.
    return new this(typeof method === 'string' ? method : 'GET', digest, statusCode, facts) as InstanceType<C>;
  }
}
