import { CosClientError } from '../../errors/cos-client-error.js';
import { utf8Encode } from '../../util/utf8.js';
import { isForeignObject, readForeign } from '../../util/read-foreign.js';
import type { BodySource, StreamReadResult } from './body-source.js';

// How far past the cap a body is still read (and dropped) so its connection can be reused; a
// longer one is cancelled there, so an endless body is not drained forever.
const DRAIN_ALLOWANCE = 256 * 1024;
// Reads between two yields to the event loop, so a stream that is always ready cannot starve it.
const READS_PER_YIELD = 16;

/** The part of an `AbortSignal` that is used: a real one fits. */
export interface AbortSignalLike {
  /** Whether it has been aborted. */
  readonly aborted: boolean;
  /** Why, once aborted. */
  readonly reason?: unknown;
  /** Registers the abort listener. */
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  /** Removes it again. */
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** A chunk as bytes: a string as UTF-8, a typed array or `DataView`; `undefined` (skipped) for a look-alike or a detached buffer. */
function chunkBytes(chunk: unknown): Uint8Array | undefined {
  if (typeof chunk === 'string') return utf8Encode(chunk);
  if (!ArrayBuffer.isView(chunk)) return undefined;
  try {
    return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  } catch {
    return undefined;
  }
}

function readFailure(cause: unknown): CosClientError {
  let why = 'the stream failed';
  try {
    const said: unknown = cause instanceof Error ? cause.message : cause;
    if (typeof said === 'string' && said !== '') why = said;
    else if (typeof said === 'number') why = String(said);
  } catch {
    // a message that cannot be read says nothing
  }
  return new CosClientError(`Reading the COS response body failed: ${why}`, { kind: 'response-read', cause });
}

/**
 * Reads up to `maxBytes` of a body and lets the rest go: it reads on (dropping what it reads) for
 * at most 256 KiB past the cap, so the connection can be reused, and cancels the body there. A
 * stream that fails rejects with a `CosClientError` of kind `response-read` (its error as
 * `cause`); a read the signal aborts or the time limit ends rejects with kind `cancelled` or
 * `timeout` (past `timeoutMs`), and frees the connection.
 * @internal
 */
export async function readCapped(source: BodySource, maxBytes: number, timeoutMs: number, signal?: AbortSignalLike): Promise<Uint8Array> {
  // A stop (the signal, the clock) rejects the read under way. Each read waits on a promise of its
  // own that a stop can reject: racing one shared promise would gather a listener per read.
  let stopped: CosClientError | undefined;
  let rejectRead: ((error: CosClientError) => void) | undefined;
  const stop = (error: CosClientError): void => {
    stopped ??= error;
    rejectRead?.(stopped);
  };
  const onAbort = (): void => {
    const reason = signal?.reason;
    const kind = isForeignObject(reason) && readForeign(reason, 'name') === 'TimeoutError' ? 'timeout' : 'cancelled';
    const message = `Reading the COS response body was ${kind === 'timeout' ? 'stopped by a timeout signal' : 'cancelled'}`;
    stop(reason === undefined ? new CosClientError(message, { kind }) : new CosClientError(message, { kind, cause: reason }));
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  // setTimeout takes at most 2^31 - 1 ms (about 24.8 days); a longer limit is as good as none.
  if (Number.isFinite(timeoutMs) && timeoutMs <= 0x7fffffff) {
    const message = `Reading the COS response body took longer than ${timeoutMs} ms`;
    timer = setTimeout(() => stop(new CosClientError(message, { kind: 'timeout' })), timeoutMs);
  }
  try {
    if (signal?.aborted === true) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
  } catch {
    // a signal that cannot be watched stops nothing
  }
  // One byte past the cap is kept: the text decoder steps back to a character boundary, and a cut
  // body is told from one that fits.
  const limit = maxBytes + 1;
  const chunks: Uint8Array[] = [];
  let kept = 0;
  let total = 0;
  try {
    for (let reads = 1; ; reads++) {
      if (stopped !== undefined) throw stopped;
      const { done, value } = await new Promise<StreamReadResult>((resolve, reject) => {
        rejectRead = reject;
        source.next().then(resolve, (error: unknown) => reject(readFailure(error)));
      });
      if (done) break;
      const bytes = chunkBytes(value);
      if (bytes !== undefined && kept < limit) {
        const part = bytes.subarray(0, limit - kept);
        chunks.push(part);
        kept += part.length;
      }
      total += bytes?.length ?? 0;
      if (total > maxBytes + DRAIN_ALLOWANCE) {
        source.release();
        break;
      }
      if (reads % READS_PER_YIELD === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    }
  } catch (error) {
    source.release();
    throw error instanceof CosClientError ? error : readFailure(error);
  } finally {
    rejectRead = undefined;
    if (timer !== undefined) clearTimeout(timer);
    try {
      signal?.removeEventListener('abort', onAbort);
    } catch {
      // nothing to remove
    }
  }
  if (chunks.length === 1) return chunks[0]!;
  const all = new Uint8Array(kept);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.length;
  }
  return all;
}
