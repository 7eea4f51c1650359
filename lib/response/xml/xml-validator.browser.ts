// Browsers: fast-xml-parser's validator comes with the bundle, so the first call answers as every later one does.
import { XMLValidator } from 'fast-xml-parser';

export function isWellFormedXml(xml: string): boolean {
  return XMLValidator.validate(xml) === true;
}
