// The five entities XML predefines; a DOCTYPE's own are never expanded (an entity bomb or an external entity costs nothing).
const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

// One pass, no nested quantifiers: linear in the text whatever it holds.
const REFERENCE = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/g;

/** The character a matched reference stands for, or `undefined` when it stands for none: zero, a surrogate, past U+10FFFF. */
function characterOf(decimal: string | undefined, hex: string | undefined, named: string | undefined): string | undefined {
  if (named !== undefined) return PREDEFINED[named];
  // The pattern matched one of the three: not a name, so a number.
  const codePoint = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
  const isCharacter = codePoint > 0 && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
  return isCharacter ? String.fromCodePoint(codePoint) : undefined;
}

/** XML character data with the predefined entities and character references decoded; any other reference stays as written. */
export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, decimal?: string, hex?: string, named?: string) => characterOf(decimal, hex, named) ?? whole);
}
