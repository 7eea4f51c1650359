/**
 * Text rebuilt with some stretches replaced, in one pass from left to right. The redactors find
 * what to replace in order and never look back, so each character is copied once, and text with
 * nothing to replace is given back as it was.
 */
export class TextSplice {
  #parts: string[] | undefined;
  #copiedTo = 0;

  constructor(readonly text: string) {}

  /** How far the text is copied: nothing before this can be replaced any more. */
  get copiedTo(): number {
    return this.#copiedTo;
  }

  /** Replaces the text from `start` to `end` with `replacement`. */
  replace(start: number, end: number, replacement: string): void {
    (this.#parts ??= []).push(this.text.slice(this.#copiedTo, start), replacement);
    this.#copiedTo = end;
  }

  /** The text with every replacement made. */
  result(): string {
    if (this.#parts === undefined) return this.text;
    return `${this.#parts.join('')}${this.text.slice(this.#copiedTo)}`;
  }
}
