import { UNKNOWN, type ErrorDigest } from '../digest.js';
import { decodeXmlText } from './xml-text.js';

// From a document the validator accepted (or one cut short) to rule 5's facts: the first of each field's elements, its own text
// (references decoded) and CDATA, read as fast-xml-parser's parser reads. Every step moves forward, so time is linear.

export const FIELD_NAMES = ['Code', 'Message', 'Resource', 'RequestId', 'TraceId'];

/** The digest of the five fields' texts, in digest order from `first`: each trimmed, {@link UNKNOWN} when missing. */
export function digestOf(texts: readonly (string | undefined)[], first = 0): ErrorDigest {
  const at = (index: number): string => texts[first + index]?.trim() || UNKNOWN;
  return { code: at(0), message: at(1), resource: at(2), requestid: at(3), traceid: at(4) };
}

/** Where the markup that starts at `at` (a `<`) ends: just past its `>`, or -1 when the text ends first. */
function markupEnd(text: string, at: number): number {
  if (text.startsWith('<!--', at)) return found(text.indexOf('-->', at + 4), 3);
  if (text.startsWith('<![CDATA[', at)) return found(text.indexOf(']]>', at + 9), 3);
  const instruction = text.charCodeAt(at + 1) === 0x3f; /* ? */
  const doctype = text.startsWith('<!DOCTYPE', at);
  let depth = 0; // of a DOCTYPE's internal subset
  for (let i = at + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 /* " */ || code === 0x27 /* ' */) {
      i = text.indexOf(text[i]!, i + 1);
      if (i === -1) return -1;
    } else if (depth > 0 && text.startsWith('<!--', i)) {
      i = text.indexOf('-->', i + 4);
      if (i === -1) return -1;
    } else if (code === 0x5b /* [ */ && doctype) depth++;
    else if (code === 0x5d /* ] */ && depth > 0) depth--;
    else if (code === 0x3e /* > */ && depth === 0 && (!instruction || text.charCodeAt(i - 1) === 0x3f)) return i + 1;
  }
  return -1;
}

const [LONGEST_TAG, DEEPEST] = [4096, 256];

/** Whether every markup closes, tags are short and nest shallowly, as fast-xml-parser's validator reads in linear time. */
export function hasPlainShape(text: string): boolean {
  let depth = 0;
  for (let lt = text.indexOf('<'); lt !== -1;) {
    const end = markupEnd(text, lt);
    const comment = text.startsWith('<!--', lt) || text.startsWith('<![CDATA[', lt);
    if (end === -1 || (!comment && end - lt > LONGEST_TAG)) return false;
    const next = text.charCodeAt(lt + 1);
    if (next === 0x2f /* / */) depth--;
    else if (next !== 0x21 /* ! */ && next !== 0x3f /* ? */ && text.charCodeAt(end - 2) !== 0x2f) depth++;
    if (depth > DEEPEST) return false;
    lt = text.indexOf('<', end);
  }
  return true;
}

/** Line ends as XML reads them (and fast-xml-parser with it): CR LF and a lone CR are LF. */
function lineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

function found(index: number, length: number): number {
  return index === -1 ? -1 : index + length;
}

/** The name of the tag whose markup is `text[start, end)`: up to white space, `/` or `>`. */
function tagName(text: string, start: number, end: number): string {
  let i = start;
  for (let code = text.charCodeAt(i); i < end && code > 0x20 && code !== 0x2f && code !== 0x3e; code = text.charCodeAt(++i));
  return text.slice(start, i);
}

/** `closed`: the text up to the last whole markup with its open elements closed (in a `cut` reading), what a cut text is judged by. */
type XmlElements = { readonly root: string | undefined; readonly digest: ErrorDigest | undefined; readonly closed: string };

/**
 * The root element's name and the fields of `text`, each once its element closed. `reading`: a `whole` document (an unclosed
 * construct, which fast-xml-parser refuses, means no digest), a `cut` one (read up to one), or only the `root` start tag.
 */
export function readXmlElements(text: string, reading: 'whole' | 'cut' | 'root'): XmlElements {
  const values: (string | undefined)[] = [];
  const claimed: boolean[] = [];
  // The open elements, innermost last: the field each one holds (-1 for none) and its text so far.
  const open: { field: number; text: string; name: string }[] = [];
  let root: string | undefined;
  let at = 0;
  while (at < text.length) {
    const lt = text.indexOf('<', at);
    const top = open[open.length - 1];
    if (top !== undefined && top.field !== -1) top.text += decodeXmlText(lineEnds(text.slice(at, lt === -1 ? text.length : lt)));
    if (lt === -1) break;
    const end = markupEnd(text, lt);
    if (end === -1 && reading === 'whole') return { root, digest: undefined, closed: '' };
    if (end === -1) break;
    const next = text.charCodeAt(lt + 1);
    at = end;
    // fast-xml-parser reads any other `<!` (`<!x>`) as the start tag of an element so named.
    if (next === 0x21 /* ! */ && (text.startsWith('<!--', lt) || text.startsWith('<!DOCTYPE', lt))) continue;
    if (text.startsWith('<![CDATA[', lt)) {
      if (top !== undefined && top.field !== -1) top.text += lineEnds(text.slice(lt + 9, end - 3));
    } else if (next === 0x2f /* / */) {
      const closed = open.pop();
      if (closed !== undefined && closed.field !== -1) values[closed.field] = closed.text;
    } else if (next !== 0x3f /* ? */) {
      const name = tagName(text, lt + 1, end);
      root ??= name;
      if (reading === 'root') break;
      let field = FIELD_NAMES.indexOf(name);
      if (field !== -1 && claimed[field] === true) field = -1;
      if (field !== -1) claimed[field] = true;
      if (text.charCodeAt(end - 2) !== 0x2f /* / */) open.push({ field, text: '', name });
      else if (field !== -1) values[field] = '';
    }
  }
  // fast-xml-parser keeps an element never closed (a `<!x>` took its end tag) with its text; a cut body's may miss text.
  if (reading === 'whole') for (const { field, text: own } of open) if (field !== -1) values[field] = own;
  // Only a cut text is judged by it. The validator skips a `<!x>`, so it opened nothing for the validator to see closed.
  const closers = reading === 'cut' ? open.map(({ name }) => (name.startsWith('!') ? '' : `</${name}>`)).reverse() : [];
  return { root, digest: values[0] === undefined ? undefined : digestOf(values), closed: text.slice(0, at) + closers.join('') };
}
