// Node: fast-xml-parser is required (CommonJS in both builds) on first use: loading the package does not load it, reading is synchronous.
type Validate = (xml: string) => unknown;
let validate: Validate | undefined;

export function isWellFormedXml(xml: string): boolean {
  validate ??= (require('fast-xml-parser') as { XMLValidator: { validate: Validate } }).XMLValidator.validate;
  return validate(xml) === true;
}
