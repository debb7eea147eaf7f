import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Script-injection payloads from the Big List of Naughty Strings (minimaxir,
 * MIT, the `big-list-of-naughty-strings` package): its “Script Injection”
 * section, XSS vectors each of which calls alert() if it ever runs.
 */
export function xssPayloads(): string[] {
  const list = readFileSync(
    createRequire(import.meta.url).resolve('big-list-of-naughty-strings/blns.txt'),
    'utf8',
  );
  const section = /^#\tScript Injection\n([\s\S]*?)^#\tSQL Injection/m.exec(list)?.[1];
  if (!section) throw new Error('The Script Injection section of blns.txt was not found');
  return section.split('\n').filter((line) => line.trim() && !line.startsWith('#'));
}

/** The frontmatter of a valid case, with any field replaced; values are written as JSON, which YAML reads. */
export function caseFile(title: string, fields: Record<string, unknown>, body: string): string {
  return entryFile(
    {
      title,
      kind: '已有做法',
      summary: '用于安全测试的案例。',
      concepts: ['大整合共治'],
      sites: ['测试社区'],
      ...fields,
    },
    body,
  );
}

/** A model site's file, with any field replaced. */
export function siteFile(title: string, fields: Record<string, unknown>): string {
  return entryFile(
    { title, summary: '用于安全测试的示范点。', status: '已有', kind: '城市社区', ...fields },
    '正文。',
  );
}

const entryFile = (fields: Record<string, unknown>, body: string) =>
  `---\n${Object.entries(fields)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n')}\n---\n\n${body}\n`;

/** Where a payload can go in an entry: a name, and the file that puts it there. */
export interface Position {
  name: string;
  /** For a place in the body: the Markdown that puts the payload there. */
  snippet?: (payload: string) => string;
  /** The file's path in the project, and its text; `i` keeps file names apart. */
  file(payload: string, i: number): { path: string; text: string };
}

const inCase = (
  name: string,
  fields: (payload: string) => Record<string, unknown>,
  body = (_: string) => '## 做法\n\n正文。',
): Position => ({
  name,
  file: (payload, i) => ({
    path: `content/cases/zhuru-${name}-${i}.mdx`,
    text: caseFile(`注入测试案例 ${name} ${i}`, fields(payload), body(payload)),
  }),
});
const inBody = (name: string, snippet: (payload: string) => string): Position => ({
  ...inCase(
    name,
    () => ({}),
    (payload) => `## 做法\n\n${snippet(payload)}`,
  ),
  snippet,
});

/** Every place content reaches a page: each frontmatter field, body forms, the editor components, glossary entries. */
export const POSITIONS: Position[] = [
  inCase('title', (payload) => ({ title: payload })),
  inCase('summary', (payload) => ({ summary: payload })),
  inCase('region', (payload) => ({ region: payload })),
  inCase('tags', (payload) => ({ tags: [payload] })),
  inCase('points', (payload) => ({ points: [payload] })),
  inCase('questions', (payload) => ({ questions: [payload] })),
  inCase('source-title', (payload) => ({ sources: [{ title: payload }] })),
  ...(['title', 'summary', 'region'] as const).map((field): Position => ({
    name: `site-${field}`,
    file: (payload, i) => ({
      path: `content/sites/zhuru-${field}-${i}.mdx`,
      text: siteFile(`注入测试示范点 ${field} ${i}`, { [field]: payload }),
    }),
  })),
  inBody('text', (payload) => payload),
  inBody('heading', (payload) => `## ${payload}`),
  inBody('link-target', (payload) => `[链接](${payload})`),
  inBody('link-text', (payload) => `[${payload}](/cases/)`),
  inBody('image', (payload) => `![${payload}](${payload})`),
  inBody('autolink', (payload) => `<${payload}>`),
  inBody('table', (payload) => `| 列 |\n| --- |\n| ${payload} |`),
  inBody(
    'quote',
    (payload) => `<SpeechQuote speech="ceshi-jianghua" at="p-2">${payload}</SpeechQuote>`,
  ),
  inBody('note-title', (payload) => `<Note title="${payload}">说明。</Note>`),
  inBody('note-body', (payload) => `<Note title="说明">${payload}</Note>`),
  inBody(
    'figure-caption',
    (payload) => `<Figure caption="${payload}">\n\n![示意图](../images/shiyi.png)\n\n</Figure>`,
  ),
  {
    name: 'glossary-title',
    file: (payload, i) => ({
      path: `content/glossary/zhuru-title-${i}.mdx`,
      text: `---\ntitle: ${JSON.stringify(payload)}\nsummary: 用于安全测试的术语。\n---\n\n正文。\n`,
    }),
  },
  {
    name: 'glossary-summary',
    file: (payload, i) => ({
      path: `content/glossary/zhuru-summary-${i}.mdx`,
      text: `---\ntitle: 测试术语${i}号\nsummary: ${JSON.stringify(payload)}\n---\n\n正文。\n`,
    }),
  },
];
