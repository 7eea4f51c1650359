// Messages and log lines quote text COS or a peer sent, which can be a whole body: each quoted
// part is cut to this many characters.
const MAX_QUOTED = 300;

/**
 * `text` cut to 300 characters, the last one `…` when it was cut. Where `whole` is given (a
 * marker such as `[REDACTED]`), a cut through it is moved past its end, so it is never halved.
 */
export function clip(text: string, whole = ''): string {
  if (text.length <= MAX_QUOTED) return text;
  let cut = MAX_QUOTED - 1;
  const marker = whole === '' ? -1 : text.lastIndexOf(whole, cut);
  if (marker !== -1 && marker + whole.length > cut) cut = marker + whole.length;
  return `${text.slice(0, cut)}…`;
}
