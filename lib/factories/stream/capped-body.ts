/**
 * Collects at most `maxBytes` of a body (one byte more, so the text decoder can step back to a
 * character boundary, and so that a cut can be told from a body that fits) and lets the rest go
 * by without keeping it.
 */
export class CappedBody {
  readonly #limit: number;
  readonly #chunks: Uint8Array[] = [];
  #kept = 0;

  constructor(maxBytes: number) {
    this.#limit = maxBytes + 1;
  }

  /** Takes what fits of one chunk; the rest of the chunk is dropped. */
  add(bytes: Uint8Array): void {
    if (this.#kept >= this.#limit) return;
    const room = this.#limit - this.#kept;
    const part = bytes.length <= room ? bytes : bytes.subarray(0, room);
    this.#chunks.push(part);
    this.#kept += part.length;
  }

  /** The bytes kept, in one array. */
  bytes(): Uint8Array {
    if (this.#chunks.length === 1) return this.#chunks[0]!;
    const all = new Uint8Array(this.#kept);
    let offset = 0;
    for (const chunk of this.#chunks) {
      all.set(chunk, offset);
      offset += chunk.length;
    }
    return all;
  }
}
