// Words that mark a text as not written yet, in either language.
const PLACEHOLDER = /\b(todo|tbd|fixme|xxx+|lorem|ipsum|placeholder|to be written|coming soon)\b|待补充|待完善|待定|占位|暂无/i;
const HAN = /\p{Script=Han}/u;

/**
 * Why `text` is not a real hint in `language` (`en` or `zh`), or undefined when it reads as one:
 * long enough to say a cause and a remedy, in its own language, and no placeholder.
 */
export function placeholderProblem(text: unknown, language: 'en' | 'zh'): string | undefined {
  if (typeof text !== 'string' || text.trim() === '') return 'empty';
  if (PLACEHOLDER.test(text)) return 'placeholder words';
  // A cause and what to do take a sentence or two: 60 letters in English, 25 characters in Chinese.
  if ([...text.trim()].length < (language === 'en' ? 60 : 25)) return 'too short';
  if (language === 'zh' && !HAN.test(text)) return 'no Chinese';
  if (language === 'en' && HAN.test(text)) return 'Chinese in the English text';
  return undefined;
}
