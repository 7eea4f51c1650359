import { inspect } from 'node:util';
import { CosServiceError, type CosError } from 'qcloud-cos-errors';
import { gettersOf } from './getters.js';

/**
 * Every surface an error shows itself on, as one text: message, stack, JSON, `util.inspect` (its
 * own view, and the object walked as Node's crash report walks it, cause and all), `String()`,
 * and for a service error its URL, headers, SDK-shaped `error`, digest and every getter but
 * `getOriginMsg()` (the raw body, which alone keeps what was sent).
 */
export function surfacesOf(error: CosError): string {
  // Node's report of an uncaught error walks the object itself, not the custom inspect function.
  const walked = inspect(error, { depth: 10, showHidden: true, customInspect: false });
  const surfaces: unknown[] = [
    error.message,
    error.stack,
    JSON.stringify(error),
    inspect(error),
    inspect(error, { depth: 10, showHidden: true }),
    walked,
    String(error),
  ];
  if (error instanceof CosServiceError) {
    const { originMsg: _origin, ...getters } = gettersOf(error);
    surfaces.push(
      JSON.stringify(getters),
      JSON.stringify(error.headers),
      error.url,
      JSON.stringify(error.error),
      error.resource,
      error.requestId,
      error.traceId,
      error.code,
    );
  }
  return surfaces.map((surface) => String(surface)).join('\n');
}
