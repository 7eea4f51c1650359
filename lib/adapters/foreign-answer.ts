/**
 * What an adapter found of the COS answer inside a foreign error: the status, and the body as
 * the client kept it (raw), or only the client's parse of it. `undefined` means the client got
 * no answer (a network failure, a timeout, a bad argument).
 * @internal
 */
export interface ForeignAnswer {
  readonly statusCode: number;
  readonly method?: string | undefined;
  readonly url?: string | undefined;
  readonly headers?: unknown;
  /** The body as text or bytes, when the client kept it. */
  readonly body?: unknown;
  /** True when the client kept only its parse of the body; then `digest` is that parse, if it found an error document. */
  readonly parsedOnly?: boolean;
  readonly digest?: object | undefined;
  /** With `parsedOnly`: there was a body, and it was no error document (an HTML page). */
  readonly invalid?: boolean | undefined;
}

/** The request a failure names: its method and URL as the client kept them, when it kept them. */
export interface ForeignRequest {
  readonly method: string | undefined;
  readonly url: string | undefined;
}
