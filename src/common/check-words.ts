// Shared with the browser: imports only src/common/, nothing of Node or Astro (scripts/lint/rooms.mjs).
// The words of the content check that the 投稿 page says too, so an editor reads one message in both.

/** The rules of the content check, with the Chinese name editors see. */
export const RULES = {
  'file-name': '文件名',
  encoding: '文件编码',
  size: '长度',
  'yaml-syntax': '字段格式',
  schema: '字段',
  date: '日期',
  reference: '引用',
  cite: '讲话段落',
  markdown: '正文格式',
  punctuation: '标点',
  typography: '排版',
  characters: '字符',
  placeholder: '模板占位',
  quote: '引文',
  'quote-cut': '引文省略',
  'mdx-syntax': 'MDX 语法',
  'mdx-code': '代码',
  'mdx-element': '元素',
  'mdx-attribute': '属性',
  'mdx-url': '链接',
  'site-link': '站内链接',
  'built-link': '链接检查',
  image: '图片',
  vocabulary: '理念用词',
  'speech-numbering': '讲话编号',
  'duplicate-title': '重复标题',
  'duplicate-url': '网址冲突',
  'duplicate-item': '重复项',
  'term-name': '术语重名',
  'case-kind': '性质',
  'official-name': '正式名称',
  'published-url': '已发布网址',
} as const;

export type RuleId = keyof typeof RULES;

/** Schema messages read "problem。fix"; the check prints the two parts on their own lines. */
export function splitMessage(text: string): [string, string | undefined] {
  const end = text.indexOf('。');
  if (end < 0 || end === text.length - 1) return [text, undefined];
  return [text.slice(0, end + 1), text.slice(end + 1)];
}

/** What the check says of a file name that cannot become an address. */
export const fileNameMessage = (id: string) =>
  `文件名“${id}”会成为网址，只能用小写字母、数字和连字符，并以字母开头，例如 wanggehua-fuwu-zhongxin.mdx。`;
