import type { CliLanguage } from './language.js';

/** The words `explain` and `decode` print around the facts, in one language. */
interface Labels {
  readonly statuses: string;
  readonly retryable: string;
  readonly aliases: string;
  readonly yes: string;
  readonly no: string;
  readonly none: string;
  readonly meaning: string;
  readonly hint: string;
  readonly docs: string;
  /** The line that says the code asked is another spelling of the one shown. */
  anotherSpelling(alias: string): string;
  /** The labels of decode's table, by its English label (the first column, then the header). */
  readonly decodeFields: Readonly<Record<string, string>>;
}

const ENGLISH: Labels = {
  statuses: 'statuses: ',
  retryable: 'retryable: ',
  aliases: 'aliases: ',
  yes: 'yes',
  no: 'no',
  none: 'none',
  meaning: 'what it means: ',
  hint: 'what to do: ',
  docs: 'docs: ',
  anotherSpelling: (alias) => `(${alias} is another spelling of it)`,
  decodeFields: {},
};

// decode's table pads its first column by characters, not columns: every Chinese label has four
// wide characters (Latin letters take one column either way), so that the values still line up.
const CHINESE: Labels = {
  statuses: '状态码：',
  retryable: '可重试：',
  aliases: '其他拼写：',
  yes: '是',
  no: '否',
  none: '无',
  meaning: '含义：',
  hint: '处理建议：',
  docs: '文档：',
  anotherSpelling: (alias) => `（${alias} 是它的另一种拼写）`,
  decodeFields: {
    field: '字段名称',
    value: '值',
    class: '错误类名',
    code: '错误代码',
    message: '错误信息',
    status: '状态代码',
    retryable: '可否重试',
    'request id': '本次请求 ID',
    'trace id': '错误追踪 ID',
    resource: '相关资源',
  },
};

/** The labels of a language. */
export function labelsOf(language: CliLanguage): Labels {
  return language === 'zh' ? CHINESE : ENGLISH;
}

/** decode's table in `language`: its header and first column translated, and the yes or no of retryable. */
export function tableIn(
  language: CliLanguage,
  header: readonly string[],
  rows: ReadonlyArray<readonly [string, string]>,
): [string[], string[][]] {
  const labels = labelsOf(language);
  const label = (name: string): string => labels.decodeFields[name] ?? name;
  const value = (name: string, text: string): string =>
    name === 'retryable' ? (text === 'yes' ? labels.yes : text === 'no' ? labels.no : text) : text;
  return [header.map(label), rows.map(([name, text]) => [label(name), value(name, text)])];
}
