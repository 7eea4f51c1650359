import { CosClientError } from '../errors/cos-client-error.js';
import type { HeadersLike } from '../http/headers.js';
import { CappedBody } from './capped-body.js';

/** One read of a stream: a chunk, or the end. */
export interface StreamReadResult {
  /** Whether the stream has ended. */
  done: boolean;
  /** The chunk read, unless the stream has ended. */
  value?: unknown;
}

/** The part of a WHATWG stream reader that is used. */
export interface StreamReaderLike {
  /** The next chunk. */
  read(): Promise<StreamReadResult>;
}

/** The part of a WHATWG `ReadableStream` that is used: a reader, and cancelling. */
export interface BodyStreamLike {
  /** A reader of the stream's chunks. */
  getReader(): StreamReaderLike;
  /** Lets the stream go unread. */
  cancel(): Promise<void>;
}

/** The part of a WHATWG `Response` that is used. */
export interface FetchResponseLike {
  /** The HTTP status. */
  readonly status: number;
  /** The response headers. */
  readonly headers: HeadersLike;
  /** The final URL, or `''`. */
  readonly url?: string;
  /** The body stream, or `null` when there is none. */
  readonly body: BodyStreamLike | null;
}

/** The part of a Node `http.IncomingMessage` that is used. */
export interface NodeResponseLike extends AsyncIterable<Uint8Array | string> {
  /** The HTTP status. */
  readonly statusCode?: number;
  /** The response headers, lower-case names. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** Discards the rest of the body so the connection can be reused. */
  resume(): unknown;
}

function readFailure(cause: unknown): CosClientError {
  const why = cause instanceof Error ? cause.message : String(cause);
  return new CosClientError(`Reading the COS response body failed: ${why}`, { kind: 'response-read', cause });
}

/** Reads up to `maxBytes` of a fetch body, draining the rest without keeping it. */
export async function readFetchBody(response: FetchResponseLike, maxBytes: number): Promise<Uint8Array> {
  const body = new CappedBody(maxBytes);
  if (response.body === null) return body.bytes();
  try {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (value instanceof Uint8Array || typeof value === 'string') body.add(value);
    }
  } catch (error) {
    throw readFailure(error);
  }
  return body.bytes();
}

/** Reads up to `maxBytes` of a Node response, draining the rest without keeping it. */
export async function readNodeBody(message: NodeResponseLike, maxBytes: number): Promise<Uint8Array> {
  const body = new CappedBody(maxBytes);
  try {
    for await (const chunk of message) body.add(chunk);
  } catch (error) {
    throw readFailure(error);
  }
  return body.bytes();
}

/** Lets a body that will not be read go, so the connection is freed. */
export async function discardBody(response: FetchResponseLike | NodeResponseLike): Promise<void> {
  try {
    if ('resume' in response && typeof response.resume === 'function') response.resume();
    else if ('body' in response && response.body !== null) await response.body.cancel();
  } catch {
    // Nothing to free, or it is already gone.
  }
}
