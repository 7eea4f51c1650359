import type { BodyText } from '../response/body-text.js';
import type { ParsedElsewhere } from '../response/response-facts.js';

/**
 * What another factory passes to `createServiceError` beside the response: the body as text when
 * it was read already, and an SDK's parse when there is no body to read. A class, so that a stray
 * argument (`Array#map` passes an index) is never taken for one.
 * @internal
 */
export class FactoryHandOver {
  constructor(
    readonly text?: BodyText,
    readonly parsedElsewhere?: ParsedElsewhere,
  ) {}
}
