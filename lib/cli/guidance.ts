import type { CosErrorInfo } from '../index.js';
import { labelsOf } from './labels.js';
import type { CliLanguage } from './language.js';
import { wrapWide } from './terminal.js';

/** A paragraph in lines that fit 80 columns (78 for Chinese, whose closing marks may hang). */
export function wrapIn(language: CliLanguage, text: string): string {
  return wrapWide(text, language === 'zh' ? 78 : 80);
}

/** The description of a code as a sentence of `language`. */
export function descriptionIn(language: CliLanguage, info: CosErrorInfo): string {
  const text = info.descriptions[language];
  return language === 'zh' && !/[。！？]$/.test(text) ? `${text}。` : text;
}

/** The lines of what to do about a code (when the catalog has a hint for it) and where COS documents it. */
export function adviceLines(language: CliLanguage, info: CosErrorInfo): string[] {
  const labels = labelsOf(language);
  const hint = info.hint === undefined ? [] : [wrapIn(language, `${labels.hint}${info.hint[language]}`)];
  return [...hint, `${labels.docs}${info.docUrls[language]}`];
}

/**
 * An entry as the command shows it in JSON: everything but `sources`, the catalog's bookkeeping
 * of where a fact came from, which tells a user nothing about the error.
 */
export function publicEntry(info: CosErrorInfo): Omit<CosErrorInfo, 'sources'> {
  const { sources: _bookkeeping, ...shown } = info;
  return shown;
}
