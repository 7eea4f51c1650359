// Messages and log lines quote outside text, which can be a whole body, cut to this many characters.
const MAX_QUOTED = 300;

/** `text` cut to 300 characters, the last one `…`; a cut through `whole` (`[REDACTED]`) moves past its end, so it is never halved. */
export function clip(text: string, whole: string): string {
  if (text.length <= MAX_QUOTED) return text;
  let cut = MAX_QUOTED - 1;
  const marker = text.lastIndexOf(whole, cut);
  if (marker !== -1 && marker + whole.length > cut) cut = marker + whole.length;
  return `${text.slice(0, cut)}…`;
}
