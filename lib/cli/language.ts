import { usageFailure } from './cli-failure.js';

/** The languages the command speaks. */
export type CliLanguage = 'en' | 'zh';

// The locale variables in the order the C library reads them for messages: the first set wins.
const LOCALE_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/**
 * The language of the output: the one `--lang` names, else Chinese when the locale (LC_ALL,
 * LC_MESSAGES, then LANG, the first that is set) is a Chinese one, else English.
 */
export function chooseLanguage(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): CliLanguage {
  if (flag !== undefined) {
    if (flag === 'en' || flag === 'zh') return flag;
    throw usageFailure(`--lang must be zh or en, not ${JSON.stringify(flag.slice(0, 40))}`);
  }
  const locale = LOCALE_VARIABLES.map((name) => env[name]).find((value) => value !== undefined && value !== '');
  return locale !== undefined && /^zh(?:[_.@-]|$)/i.test(locale) ? 'zh' : 'en';
}
