import { readForeign } from '../../util/read-foreign.js';
import type { HeadersLike } from '../../response/headers.js';
import type { BodySource, StreamReadResult } from './body-source.js';

/** The part of a WHATWG stream reader that is used. */
export interface StreamReaderLike {
  /** The next chunk. */
  read(): Promise<StreamReadResult>;
  /** Lets the rest of the stream go. */
  cancel?(reason?: unknown): Promise<void>;
}

/** The part of a WHATWG `ReadableStream` that is used: a reader, and cancelling. */
export interface BodyStreamLike {
  /** A reader of the stream's chunks. */
  getReader(): StreamReaderLike;
  /** Lets the stream go unread. */
  cancel(reason?: unknown): Promise<void>;
}

/** The part of a WHATWG `Response` that is used. */
export interface FetchResponseLike {
  /** The HTTP status. */
  readonly status: number;
  /** The response headers. */
  readonly headers: HeadersLike;
  /** The final URL, or `''`. */
  readonly url?: string | undefined;
  /** The body stream, or `null` when there is none. */
  readonly body: BodyStreamLike | null;
}

/** The part of a Node `http.IncomingMessage` that is used. */
export interface NodeResponseLike extends AsyncIterable<Uint8Array | string> {
  /** The HTTP status (`undefined` only on a request, never on a response). */
  readonly statusCode?: number | undefined;
  /** The response headers, lower-case names. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** Discards the rest of the body so the connection can be reused. */
  resume(): unknown;
  /** Ends the response and frees its socket. */
  destroy?(error?: Error): unknown;
}

function fetchBodySource(response: unknown): BodySource {
  const body = readForeign(response, 'body');
  if (typeof body !== 'object' || body === null) return { next: () => Promise.resolve({ done: true }), release: () => undefined };
  const reader = (body as BodyStreamLike).getReader();
  return {
    next: () => reader.read(),
    release: () => {
      try {
        void reader.cancel?.().catch(() => undefined);
      } catch {
        // already released
      }
    },
  };
}

function nodeBodySource(message: NodeResponseLike): BodySource {
  const iterator = message[Symbol.asyncIterator]();
  return {
    next: () => iterator.next() as Promise<StreamReadResult>,
    release: () => {
      try {
        void iterator.return?.()?.catch?.(() => undefined);
        message.destroy?.();
      } catch {
        // already released
      }
    },
  };
}

function textOption(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The URL of a Node response's request: protocol, the Host header (it has the port) and path. */
function nodeRequestUrl(request: unknown): string | undefined {
  const path = readForeign(request, 'path');
  if (typeof path !== 'string') return undefined;
  let host: unknown;
  try {
    const getHeader = readForeign(request, 'getHeader');
    host = typeof getHeader === 'function' ? getHeader.call(request, 'host') : undefined;
  } catch {
    host = undefined;
  }
  if (typeof host !== 'string') host = readForeign(request, 'host');
  const protocol = readForeign(request, 'protocol');
  return typeof host === 'string' ? `${typeof protocol === 'string' ? protocol : 'http:'}//${host}${path}` : undefined;
}

/**
 * What a fetch `Response` or a Node message tells before its body is read (the caller's `method`
 * and `url` first, else the response's), and its body as a source: one that cannot be opened
 * fails its first read. @internal
 */
export function responseAnswer(response: unknown, method: unknown, url: unknown) {
  // A fetch `Response` (or a look-alike), else a Node message.
  const isFetch =
    typeof readForeign(response, 'status') === 'number' && typeof readForeign(readForeign(response, 'headers'), 'get') === 'function';
  const request = isFetch ? undefined : readForeign(response, 'req');
  return {
    method: textOption(method) ?? (isFetch ? undefined : textOption(readForeign(request, 'method'))) ?? 'GET',
    url: textOption(url) ?? (isFetch ? textOption(readForeign(response, 'url')) : nodeRequestUrl(request)),
    statusCode: readForeign(response, isFetch ? 'status' : 'statusCode'),
    headers: readForeign(response, 'headers'),
    source(): BodySource {
      try {
        return isFetch ? fetchBodySource(response) : nodeBodySource(response as NodeResponseLike);
      } catch (error) {
        return { next: () => Promise.reject(error), release: () => undefined };
      }
    },
  };
}

/** Lets a body that will not be read go, so the connection is freed. @internal */
export function discardBody(response: unknown): void {
  try {
    const resume = readForeign(response, 'resume');
    if (typeof resume === 'function') {
      resume.call(response);
      return;
    }
    const body = readForeign(response, 'body') as BodyStreamLike | null | undefined;
    if (typeof body === 'object' && body !== null) void body.cancel().catch(() => undefined);
  } catch {
    // nothing to free, or it is already gone
  }
}
