/** One read of a body stream: a chunk, or the end. */
export interface StreamReadResult {
  /** Whether the stream has ended. */
  done: boolean;
  /** The chunk read, unless the stream has ended. */
  value?: unknown;
}

/**
 * A body being read, whatever kind of response it comes from: the next chunk, and a way to let
 * the rest go (which frees the connection: a fetch stream is cancelled, a Node socket destroyed).
 * @internal
 */
export interface BodySource {
  next(): Promise<StreamReadResult>;
  release(): void;
}

/** A body source that never yields anything: a response without a body. @internal */
export const EMPTY_SOURCE: BodySource = {
  next: () => Promise.resolve({ done: true }),
  release: () => undefined,
};
