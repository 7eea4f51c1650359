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

/** When a read must stop: the caller's signal, and a time limit in milliseconds. */
interface ReadLimits {
  readonly signal: AbortSignalLike | undefined;
  readonly timeoutMs: number;
}

/** A chunk as bytes: a string as UTF-8, any typed array or `DataView`; `undefined` (skipped, not trusted) for a look-alike or a detached buffer. */
function chunkBytes(chunk: unknown): Uint8Array | undefined {
  if (typeof chunk === 'string') return utf8Encode(chunk);
  if (!ArrayBuffer.isView(chunk)) return undefined;
  try {
    return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  } catch {
    return undefined;
  }
}

/** The error a read that was stopped rejects with: `timeout` or `cancelled`. */
function stoppedError(kind: 'timeout' | 'cancelled', timeoutMs: number, cause: unknown): CosClientError {
  const message =
    kind === 'timeout' && cause === undefined
      ? `Reading the COS response body took longer than ${timeoutMs} ms`
      : `Reading the COS response body was ${kind === 'timeout' ? 'stopped by a timeout signal' : 'cancelled'}`;
  return cause === undefined ? new CosClientError(message, { kind }) : new CosClientError(message, { kind, cause });
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
 * Watches the signal and the clock while a body is read. Each read waits on a promise of its own
 * that the watcher can reject: racing a shared promise would gather one listener per read.
 */
class ReadWatch {
  #reject: ((error: CosClientError) => void) | undefined;
  #stopped: CosClientError | undefined;
  readonly #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #signal: AbortSignalLike | undefined;
  readonly #onAbort = (): void => {
    const reason = this.#signal?.reason;
    this.#stop(
      stoppedError(isForeignObject(reason) && readForeign(reason, 'name') === 'TimeoutError' ? 'timeout' : 'cancelled', 0, reason),
    );
  };

  constructor(limits: ReadLimits) {
    this.#signal = limits.signal;
    // setTimeout takes at most 2^31 - 1 ms (about 24.8 days); a longer limit is as good as none.
    if (Number.isFinite(limits.timeoutMs) && limits.timeoutMs <= 0x7fffffff) {
      this.#timer = setTimeout(() => this.#stop(stoppedError('timeout', limits.timeoutMs, undefined)), limits.timeoutMs);
    }
    try {
      if (this.#signal?.aborted === true) this.#onAbort();
      else this.#signal?.addEventListener('abort', this.#onAbort, { once: true });
    } catch {
      // a signal that cannot be watched stops nothing
    }
  }

  #stop(error: CosClientError): void {
    this.#stopped ??= error;
    this.#reject?.(this.#stopped);
  }

  /** The next read, or the stop error as soon as the read is stopped. */
  next(source: BodySource): Promise<StreamReadResult> {
    if (this.#stopped !== undefined) return Promise.reject(this.#stopped);
    return new Promise((resolve, reject) => {
      this.#reject = reject;
      source.next().then(resolve, (error: unknown) => reject(readFailure(error)));
    });
  }

  dispose(): void {
    this.#reject = undefined;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    try {
      this.#signal?.removeEventListener('abort', this.#onAbort);
    } catch {
      // nothing to remove
    }
  }
}

/**
 * Reads up to `maxBytes` of a body and lets the rest go: it reads on (dropping what it reads) for
 * at most 256 KiB past the cap, so the connection can be reused, and cancels the body there. A
 * stream that fails rejects with a `CosClientError` of kind `response-read` (its error as
 * `cause`); a read the signal aborts or the time limit ends rejects with kind `cancelled` or
 * `timeout`, and frees the connection.
 * @internal
 */
export async function readCapped(source: BodySource, maxBytes: number, limits: ReadLimits): Promise<Uint8Array> {
  // One byte past the cap is kept: the text decoder steps back to a character boundary, and a cut
  // body is told from one that fits.
  const limit = maxBytes + 1;
  const chunks: Uint8Array[] = [];
  let kept = 0;
  let total = 0;
  const watch = new ReadWatch(limits);
  try {
    for (let reads = 1; ; reads++) {
      const { done, value } = await watch.next(source);
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
    watch.dispose();
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
