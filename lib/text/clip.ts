// Messages and log lines quote text COS or a peer sent, which can be a whole body: each quoted
// part is cut to this many characters.
const MAX_QUOTED = 300;

/** `text` cut to 300 characters, the last one `…` when it was cut. */
export function clip(text: string): string {
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text;
}
