import { plainCopy } from '../util/plain-copy.js';
import { isCredentialName } from './credential-names.js';
import { redactText } from './redact-text.js';
import { REDACTED } from './redacted.js';

/** The value a field, a header or an SDK's property keeps under `name`: all of it when the table names a credential. */
function redactedValue(name: string, value: unknown): unknown {
  if (isCredentialName(name) && value !== undefined && value !== null && value !== '') return REDACTED;
  return typeof value === 'string' ? redactText(value) : value;
}

/** A plain copy of data from outside (a parsed JSON body, a digest object, an SDK's fields), every value redacted by {@link redactedValue}. */
export function redactedPlainCopy(value: unknown): unknown {
  return plainCopy(value, redactedValue);
}
