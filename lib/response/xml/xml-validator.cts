// Node: fast-xml-parser is required on its first use, so loading this package does not load it,
// and reading stays synchronous. A CommonJS module in both Node builds, for `require`.
type Validate = (xml: string) => unknown;

let validate: Validate | undefined;

/** Whether fast-xml-parser's validator finds `xml` well-formed. */
export function isWellFormedXml(xml: string): boolean {
  validate ??= (require('fast-xml-parser') as { XMLValidator: { validate: Validate } }).XMLValidator.validate;
  return validate(xml) === true;
}
