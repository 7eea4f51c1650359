// The reference the package's XML reading is held to: fast-xml-parser's validator and parser,
// configured for exactly what response rule 5 reads, and a walk over the parser's output.
import { XMLParser, XMLValidator, type X2jOptions } from 'fast-xml-parser';
import { UNKNOWN, type ErrorDigest } from 'qcloud-cos-errors';
import { decodeXmlText } from '../../lib/response/xml/xml-text.js';

const TEXT = '#text';
const CDATA = '#cdata';

// Element names that fast-xml-parser refuses outright; renamed to something no XML name can be
// (a name never starts with '#'), so a document that uses them still yields its real Code.
const RESERVED_NAMES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

// Configured for exactly what response rule 5 (guides/response-rules.md) reads: element text in
// document order, CDATA kept apart (it is taken literally), comments, attributes, declarations
// and processing instructions dropped, and entities left alone so that decodeXmlText alone
// decides what is decoded (nothing a DOCTYPE declares is ever expanded).
const PARSER_OPTIONS: X2jOptions = {
  preserveOrder: true,
  ignoreAttributes: true,
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  trimValues: false,
  cdataPropName: CDATA,
  commentPropName: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  transformTagName: (name: string) => (RESERVED_NAMES.has(name) ? `#${name}` : name),
};

/** A node of fast-xml-parser's ordered output: one element name (or '#text') to its content. */
type OrderedNode = Record<string, unknown>;

const FIELD_OF_ELEMENT: Readonly<Record<string, keyof ErrorDigest>> = {
  Code: 'code',
  Message: 'message',
  Resource: 'resource',
  RequestId: 'requestid',
  TraceId: 'traceid',
};

/** The digest of an XML error document by fast-xml-parser: `undefined` when its validator or parser refuses the text or it has no `Code` element. */
export function parsedXmlDigest(text: string): ErrorDigest | undefined {
  if (XMLValidator.validate(text) !== true) return undefined;
  let document: unknown;
  try {
    document = new XMLParser(PARSER_OPTIONS).parse(text);
  } catch {
    // The parser refuses what the validator lets through (an external entity, too deep a nesting).
    return undefined;
  }
  return Array.isArray(document) ? digestOfNodes(document as OrderedNode[]) : undefined;
}

function digestOfNodes(roots: OrderedNode[]): ErrorDigest | undefined {
  const found: Partial<ErrorDigest> = {};
  let missing = 5;
  // Pre-order walk with an explicit stack: document order, and no recursion to overflow.
  const stack: Array<{ nodes: OrderedNode[]; next: number }> = [{ nodes: roots, next: 0 }];
  while (stack.length > 0 && missing > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.nodes.length) {
      stack.pop();
      continue;
    }
    const node = frame.nodes[frame.next++]!;
    const name = elementName(node);
    if (name === undefined) continue;
    const children = node[name];
    if (!Array.isArray(children)) continue;
    const field = Object.hasOwn(FIELD_OF_ELEMENT, name) ? FIELD_OF_ELEMENT[name] : undefined;
    if (field !== undefined && found[field] === undefined) {
      found[field] = elementText(children as OrderedNode[]);
      missing--;
    }
    stack.push({ nodes: children as OrderedNode[], next: 0 });
  }
  if (found.code === undefined) return undefined;
  return {
    code: found.code,
    message: found.message ?? UNKNOWN,
    resource: found.resource ?? UNKNOWN,
    requestid: found.requestid ?? UNKNOWN,
    traceid: found.traceid ?? UNKNOWN,
  };
}

function elementName(node: OrderedNode): string | undefined {
  for (const key of Object.keys(node)) {
    if (key !== TEXT && key !== CDATA && key !== ':@') return key;
  }
  return undefined;
}

/** The element's own character data: text decoded, CDATA as it stands, child elements skipped. */
function elementText(children: OrderedNode[]): string {
  let text = '';
  for (const child of children) {
    const raw = child[TEXT];
    if (typeof raw === 'string') {
      text += decodeXmlText(raw);
      continue;
    }
    const cdata = child[CDATA];
    if (Array.isArray(cdata)) {
      for (const part of cdata as OrderedNode[]) {
        if (typeof part[TEXT] === 'string') text += part[TEXT];
      }
    }
  }
  text = text.trim();
  return text === '' ? UNKNOWN : text;
}
