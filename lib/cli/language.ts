import type { CosErrorInfo } from '../index.js';
import { wrapWide } from './terminal.js';

export type CliLanguage = 'en' | 'zh';

/** The words `explain` and `decode` print around the facts, in each language. */
export const WORDS = {
  statuses: { en: 'statuses: ', zh: '状态码：' },
  retryable: { en: 'retryable: ', zh: '可重试：' },
  aliases: { en: 'aliases: ', zh: '其他拼写：' },
  yes: { en: 'yes', zh: '是' },
  no: { en: 'no', zh: '否' },
  none: { en: 'none', zh: '无' },
  meaning: { en: 'what it means: ', zh: '含义：' },
  hint: { en: 'what to do: ', zh: '处理建议：' },
  docs: { en: 'docs: ', zh: '文档：' },
  anotherSpelling: {
    en: (alias: string) => `(${alias} is another spelling of it)`,
    zh: (alias: string) => `（${alias} 是它的另一种拼写）`,
  },
};

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
  const hint = info.hint === undefined ? [] : [wrapIn(language, `${WORDS.hint[language]}${info.hint[language]}`)];
  return [...hint, `${WORDS.docs[language]}${info.docUrls[language]}`];
}
