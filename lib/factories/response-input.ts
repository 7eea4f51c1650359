import type { BodyInput } from '../body/body-text.js';
import type { HeadersInput } from '../http/headers.js';

/** A COS response as {@link createServiceError} takes it. */
export interface ResponseInput {
  /** The request method; `GET` when not given. */
  method?: string;
  /** The request URL; kept with its credentials redacted. */
  url?: string;
  /** The HTTP status, an integer from 100 to 599. */
  statusCode: number;
  /** The response headers. */
  headers?: HeadersInput;
  /** The response body: text, bytes, or nothing. */
  body?: BodyInput;
  /** How many bytes of the body to read and keep; 64 KiB when not given. */
  maxBodyBytes?: number;
}
