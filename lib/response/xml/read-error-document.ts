import { UNKNOWN, type ErrorDigest } from '../digest.js';
import { decodeXmlText } from './xml-text.js';

/*
 * The package's own reader of COS error documents: one pass over the text, no regular
 * expression, no recursion, so time is linear in the text and memory in its nesting. It reads
 * what COS sends and every well-formed variation (a declaration, comments, CDATA, processing
 * instructions, attributes, nesting, any root) and answers exactly what fast-xml-parser answers
 * for them; a differential property test holds it to that. What it does not read with certainty
 * (a DOCTYPE, a name outside ASCII, anything malformed) it leaves to fast-xml-parser: the answer
 * is then `UNSURE`.
 */

/** The document is well-formed and has no `Code` element: not an error document. */
export const NO_CODE = 'no-code';
/** The reader cannot be sure of the answer: fast-xml-parser decides. */
export const UNSURE = 'unsure';
/**
 * The text breaks a rule of XML that fast-xml-parser's validator enforces too (an attribute
 * named twice in one tag): not an error document, decided here because that validator's time
 * on such text grows faster than the text.
 */
export const REFUSED = 'refused';

/** What {@link readErrorDocument} makes of a text. */
export type DocumentVerdict = ErrorDigest | typeof NO_CODE | typeof UNSURE | typeof REFUSED;

/** How one step of the reader ended: read, the text ended first, or a verdict already. */
type Step = 'ok' | 'end' | typeof UNSURE | typeof REFUSED;

/** Where the first `?>` outside quotes is, from `from` on, or -1 when the text ends first (a quote left open, say). */
function instructionEnd(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x22 /* " */ || code === 0x27 /* ' */) {
      at = text.indexOf(text[at]!, at + 1);
      if (at === -1) return -1;
    } else if (code === 0x3f /* ? */ && text.charCodeAt(at + 1) === 0x3e /* > */) {
      return at;
    }
  }
  return -1;
}

/** Which field (in the order of ErrorDigest's keys) an element of this name holds, or -1. */
function fieldOfElement(name: string): number {
  switch (name.length) {
    case 4:
      return name === 'Code' ? 0 : -1;
    case 7:
      return name === 'Message' ? 1 : name === 'TraceId' ? 4 : -1;
    case 8:
      return name === 'Resource' ? 2 : -1;
    case 9:
      return name === 'RequestId' ? 3 : -1;
    default:
      return -1;
  }
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

// Which ASCII characters may start a name (1) or stand in one (1 or 2): a table is faster than comparisons.
const NAME_CHARACTERS = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const letter = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f /* _ */ || code === 0x3a; /* : */
  const other = (code >= 0x30 && code <= 0x39) || code === 0x2d /* - */ || code === 0x2e; /* . */
  NAME_CHARACTERS[code] = letter ? 1 : other ? 2 : 0;
}

function isNameStart(code: number): boolean {
  return code < 128 && NAME_CHARACTERS[code] === 1;
}

function isNameCharacter(code: number): boolean {
  return code < 128 && NAME_CHARACTERS[code] !== 0;
}

function isWordCharacter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}

function isHexDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x66) || (code >= 0x41 && code <= 0x46);
}

/** Where the reference at `at` ('&') ends (its ';'), or -1 when fast-xml-parser's validator would refuse it. */
function referenceEnd(text: string, at: number, end: number): number {
  let i = at + 1;
  if (text.charCodeAt(i) === 0x23 /* # */) {
    i++;
    const hex = text.charCodeAt(i) === 0x78; /* x */
    if (hex) i++;
    while (i < end && (hex ? isHexDigit(text.charCodeAt(i)) : text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39)) i++;
    return i < end && text.charCodeAt(i) === 0x3b ? i : -1;
  }
  const nameStart = i;
  while (i < end && i - nameStart < 20 && isWordCharacter(text.charCodeAt(i))) i++;
  return i > nameStart && i < end && text.charCodeAt(i) === 0x3b ? i : -1;
}

/** The end of a name starting at `at`, or `at` itself when none starts there. */
function nameEnd(text: string, at: number): number {
  if (!isNameStart(text.charCodeAt(at))) return at;
  let i = at + 1;
  while (i < text.length && isNameCharacter(text.charCodeAt(i))) i++;
  return i;
}

/** Text with its line ends normalized as XML does it: CR LF and a lone CR become LF. */
function normalizeLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

class DocumentReader {
  readonly #text: string;
  readonly #cut: boolean;
  #at = 0;
  // The elements being read, innermost last: their names, and which field (or -1) collects their own text.
  readonly #openNames: string[] = [];
  readonly #openFields: number[] = [];
  // Per field: undefined before its first element, its text so far, and whether that element closed.
  // (Pieces, joined once at the end: text built by repeated concatenation costs more than linear time.)
  readonly #texts: Array<string[] | undefined> = [undefined, undefined, undefined, undefined, undefined];
  readonly #closed: boolean[] = [false, false, false, false, false];
  // The next '&' at or after the last place asked about (-1: none left; -2: not looked for yet).
  #ampersand = -2;

  constructor(text: string, cut: boolean) {
    this.#text = text;
    this.#cut = cut;
  }

  read(): DocumentVerdict {
    const outcome = this.#readDocument();
    if (outcome === UNSURE || outcome === REFUSED) return outcome;
    // Only a cut body may end before its root closes: then what was read before the cut counts.
    if (outcome === 'end') return this.#cut ? this.#digest(true) : UNSURE;
    return this.#digest(false);
  }

  #digest(onlyClosed: boolean): ErrorDigest | typeof NO_CODE {
    const texts = this.#texts;
    const value = (field: number): string => {
      const pieces = texts[field];
      if (pieces === undefined || (onlyClosed && !this.#closed[field])) return UNKNOWN;
      return (pieces.length === 1 ? pieces[0]! : pieces.join('')).trim() || UNKNOWN;
    };
    if (texts[0] === undefined || (onlyClosed && !this.#closed[0])) return NO_CODE;
    return { code: value(0), message: value(1), resource: value(2), requestid: value(3), traceid: value(4) };
  }

  /** The name of the root element, or `undefined` when the text does not start (after its prolog) with one. */
  rootName(): string | undefined {
    const text = this.#text;
    for (;;) {
      while (this.#at < text.length && isSpace(text.charCodeAt(this.#at))) this.#at++;
      if (text.charCodeAt(this.#at) !== 0x3c /* < */) return undefined;
      const next = text.charCodeAt(this.#at + 1);
      let outcome: Step = 'ok';
      if (next === 0x3f /* ? */) outcome = this.#skipInstruction();
      else if (next === 0x21 /* ! */) outcome = text.startsWith('<!DOCTYPE', this.#at) ? this.#skipDoctype() : this.#skipComment();
      else {
        const end = nameEnd(text, this.#at + 1);
        return end > this.#at + 1 ? text.slice(this.#at + 1, end) : undefined;
      }
      if (outcome !== 'ok') return undefined;
    }
  }

  /**
   * A DOCTYPE that only names the root (`<!DOCTYPE Error>`): it declares nothing, so it changes
   * nothing. One with an external id or an internal subset is left to fast-xml-parser.
   */
  #skipPlainDoctype(): Step {
    const text = this.#text;
    let i = this.#at + '<!DOCTYPE'.length;
    const spaceStart = i;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    const end = nameEnd(text, i);
    if (i === spaceStart || end === i) return end >= text.length ? 'end' : UNSURE;
    i = end;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i >= text.length) return 'end';
    if (text.charCodeAt(i) !== 0x3e /* > */) return UNSURE;
    this.#at = i + 1;
    return 'ok';
  }

  /** A DOCTYPE, its internal subset (in brackets, where '>' may stand) included. */
  #skipDoctype(): 'ok' | 'end' {
    const text = this.#text;
    const close = text.indexOf('>', this.#at);
    if (close === -1) return 'end';
    // The subset's '[' is looked for only up to that '>': a search to the end of the text from
    // every DOCTYPE of a run of them would be quadratic.
    let bracket = -1;
    for (let at = this.#at; at < close && bracket === -1; at++) if (text.charCodeAt(at) === 0x5b /* [ */) bracket = at;
    let from = this.#at;
    if (bracket !== -1) {
      const subsetEnd = text.indexOf(']', bracket);
      if (subsetEnd === -1) return 'end';
      from = subsetEnd;
    }
    const end = text.indexOf('>', from);
    if (end === -1) return 'end';
    this.#at = end + 1;
    return 'ok';
  }

  /** 'done' for a whole document, 'end' when the text ends first, UNSURE when it is not well-formed as far as read, REFUSED when it breaks a rule fast-xml-parser enforces too. */
  #readDocument(): 'done' | Exclude<Step, 'ok'> {
    const text = this.#text;
    let rootSeen = false;
    for (;;) {
      while (this.#at < text.length && isSpace(text.charCodeAt(this.#at))) this.#at++;
      if (this.#at >= text.length) return rootSeen ? 'done' : 'end';
      if (text.charCodeAt(this.#at) !== 0x3c /* < */) return UNSURE; // text outside the root
      const next = text.charCodeAt(this.#at + 1);
      if (next === 0x3f /* ? */) {
        const outcome = this.#skipInstruction();
        if (outcome !== 'ok') return outcome;
      } else if (next === 0x21 /* ! */) {
        let outcome: Step;
        if (text.startsWith('<![CDATA[', this.#at)) outcome = this.#readCdata();
        else outcome = !rootSeen && text.startsWith('<!DOCTYPE', this.#at) ? this.#skipPlainDoctype() : this.#skipComment();
        if (outcome !== 'ok') return outcome;
      } else if (rootSeen) {
        // fast-xml-parser takes an empty element after the root as a second root; anything more is not well-formed
        const outcome = this.#readStartTag();
        if (outcome !== 'ok') return outcome;
        if (this.#openNames.length > 0) return UNSURE;
      } else {
        const outcome = this.#readRoot();
        if (outcome !== 'ok') return outcome;
        rootSeen = true;
      }
    }
  }

  /** A processing instruction; the declaration only at the very start. */
  #skipInstruction(): Step {
    const text = this.#text;
    const targetEnd = nameEnd(text, this.#at + 2);
    if (text.slice(this.#at + 2, targetEnd).toLowerCase() === 'xml' && this.#at !== 0) return UNSURE;
    // fast-xml-parser's validator ends an instruction at its first `?>`, and its parser at the
    // first `?>` outside quotes (looking from the `?` of `<?`): only where both agree is the end
    // certain.
    const close = text.indexOf('?>', this.#at + 2);
    const parsedClose = instructionEnd(text, this.#at + 1);
    if (close === -1 || parsedClose === -1) return 'end';
    if (close !== parsedClose) return UNSURE;
    this.#at = close + 2;
    return 'ok';
  }

  /** A comment; a DOCTYPE or any other declaration is left to fast-xml-parser. */
  #skipComment(): Step {
    const text = this.#text;
    if (!text.startsWith('<!--', this.#at)) return text.length - this.#at < 4 ? 'end' : UNSURE;
    const close = text.indexOf('-->', this.#at + 4);
    if (close === -1) return 'end';
    this.#at = close + 3;
    return 'ok';
  }

  /**
   * The first '&' at or after `from`. Each search starts where the last one ended, so however
   * many stretches of text ask, the document is searched once: linear, where a fresh search per
   * stretch (to the end of the document when it has no '&') would be quadratic.
   */
  #nextAmpersand(from: number): number {
    if (this.#ampersand !== -1 && this.#ampersand < from) this.#ampersand = this.#text.indexOf('&', from);
    return this.#ampersand;
  }

  /** Whether every '&' in text[start, end) starts a reference the validator accepts. */
  #referencesValid(start: number, end: number): boolean {
    for (let at = this.#nextAmpersand(start); at !== -1 && at < end; at = this.#nextAmpersand(at + 1)) {
      if (referenceEnd(this.#text, at, end) === -1) return false;
    }
    return true;
  }

  /** The field whose element is open innermost, or -1: text there is that field's own. */
  #collectingField(): number {
    const depth = this.#openFields.length;
    return depth === 0 ? -1 : this.#openFields[depth - 1]!;
  }

  /** The root element and everything in it. */
  #readRoot(): Step {
    const text = this.#text;
    const first = this.#readStartTag();
    if (first !== 'ok') return first;
    while (this.#openNames.length > 0) {
      const lt = text.indexOf('<', this.#at);
      const textEnd = lt === -1 ? text.length : lt;
      if (textEnd > this.#at) {
        if (!this.#referencesValid(this.#at, textEnd)) return UNSURE;
        const field = this.#collectingField();
        if (field !== -1) this.#texts[field]!.push(decodeXmlText(normalizeLineEnds(text.slice(this.#at, textEnd))));
        this.#at = textEnd;
      }
      if (lt === -1) return 'end';
      const next = text.charCodeAt(lt + 1);
      let outcome: Step;
      if (next === 0x2f /* / */) outcome = this.#readEndTag();
      else if (next === 0x3f /* ? */) outcome = this.#skipInstruction();
      else if (next === 0x21 /* ! */) outcome = text.startsWith('<![CDATA[', lt) ? this.#readCdata() : this.#skipComment();
      else outcome = this.#readStartTag();
      if (outcome !== 'ok') return outcome;
    }
    return 'ok';
  }

  #readCdata(): 'ok' | 'end' {
    const start = this.#at + 9;
    const close = this.#text.indexOf(']]>', start);
    if (close === -1) return 'end';
    const field = this.#collectingField();
    if (field !== -1) this.#texts[field]!.push(normalizeLineEnds(this.#text.slice(start, close)));
    this.#at = close + 3;
    return 'ok';
  }

  /** A start tag at `#at`: its name, attributes (read, not kept), and `>` or `/>`. */
  #readStartTag(): Step {
    const text = this.#text;
    const nameStart = this.#at + 1;
    let i = nameEnd(text, nameStart);
    if (i === nameStart) return i >= text.length ? 'end' : UNSURE;
    const name = text.slice(nameStart, i);
    let attributes: Set<string> | undefined;
    for (;;) {
      const spaceStart = i;
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
      if (i >= text.length) return 'end';
      const code = text.charCodeAt(i);
      if (code === 0x3e /* > */) {
        this.#at = i + 1;
        this.#openNames.push(name);
        this.#openFields.push(this.#fieldOpened(name));
        return 'ok';
      }
      if (code === 0x2f /* / */) {
        if (i + 1 >= text.length) return 'end';
        if (text.charCodeAt(i + 1) !== 0x3e) return UNSURE;
        this.#at = i + 2;
        const field = this.#fieldOpened(name);
        if (field !== -1) this.#closed[field] = true;
        return 'ok';
      }
      if (i === spaceStart) return UNSURE; // an attribute must follow white space
      const attributeEnd = nameEnd(text, i);
      if (attributeEnd === i) return attributeEnd >= text.length ? 'end' : UNSURE;
      const attribute = text.slice(i, attributeEnd);
      attributes ??= new Set();
      if (attributes.has(attribute)) return REFUSED;
      attributes.add(attribute);
      i = attributeEnd;
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
      if (i >= text.length) return 'end';
      if (text.charCodeAt(i) !== 0x3d /* = */) return UNSURE;
      i++;
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
      if (i >= text.length) return 'end';
      const quote = text[i]!;
      if (quote !== '"' && quote !== "'") return UNSURE;
      const close = text.indexOf(quote, i + 1);
      if (close === -1) return 'end';
      i = close + 1;
    }
  }

  /** The field an element of this name starts, when it is that field's first element; else -1. */
  #fieldOpened(name: string): number {
    const field = fieldOfElement(name);
    if (field === -1 || this.#texts[field] !== undefined) return -1;
    this.#texts[field] = [];
    return field;
  }

  /** An end tag at `#at`: it must close the element open last. */
  #readEndTag(): Step {
    const text = this.#text;
    const nameStart = this.#at + 2;
    let i = nameEnd(text, nameStart);
    if (i >= text.length) return 'end';
    const open = this.#openNames[this.#openNames.length - 1];
    if (open === undefined || i - nameStart !== open.length || !text.startsWith(open, nameStart)) return UNSURE;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i >= text.length) return 'end';
    if (text.charCodeAt(i) !== 0x3e /* > */) return UNSURE;
    this.#at = i + 1;
    this.#openNames.pop();
    const field = this.#openFields.pop()!;
    if (field !== -1) this.#closed[field] = true;
    return 'ok';
  }
}

/**
 * The digest of an XML error document (the first `Code`, `Message`, `Resource`, `RequestId` and
 * `TraceId` elements in document order, their own text and CDATA, references decoded, trimmed),
 * {@link NO_CODE} for a well-formed document without a `Code`, or {@link UNSURE}.
 *
 * `cut` says the text is the start of a longer body (cut by the byte cap): the fields whose
 * elements closed before the cut are read, and the rest are `Unknown`.
 */
export function readErrorDocument(text: string, cut = false): DocumentVerdict {
  return new DocumentReader(text, cut).read();
}

/**
 * The name of an XML text's root element, or `undefined` when the text does not start (after
 * white space, the declaration, processing instructions, comments and a DOCTYPE) with an
 * element. It looks no further than the root's start tag.
 */
export function rootElementName(text: string): string | undefined {
  return new DocumentReader(withoutLeadingSpace(text), false).rootName();
}

/** The text without the white space before its first markup: ignored on every path, before a declaration too. */
export function withoutLeadingSpace(text: string): string {
  let start = 0;
  while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  return start === 0 ? text : text.slice(start);
}
