// A field of a response can hold any character: a newline that forges a row of the table, an
// ESC that sets the terminal's title or colours, a bidi override that reorders what is read.
// None of them reaches the terminal as itself.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A character as a JSON-style escape: `\u001b`. */
const unicodeEscape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `text` with every control character written as an escape (`\n`, `\u001b`), as a terminal can show it. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => SHORT_ESCAPES[c] ?? unicodeEscape(c));
}

// What JSON.stringify leaves as itself inside a string although a terminal acts on it.
const UNPRINTABLE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** A value as JSON text that a terminal shows as it is: the same JSON, with those characters escaped too. */
export function printableJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNPRINTABLE_IN_JSON, unicodeEscape);
}
