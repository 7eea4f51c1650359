/** One read of a body stream: a chunk, or the end. */
export interface StreamReadResult {
  /** Whether the stream has ended. */
  done: boolean;
  /** The chunk read, unless the stream has ended. */
  value?: unknown;
}

/** A body being read: the next chunk, and a way to let the rest go (a fetch stream is cancelled, a Node socket destroyed). @internal */
export interface BodySource {
  next(): Promise<StreamReadResult>;
  release(): void;
}
