import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import yaml from 'js-yaml';
import { mdxToMdast, type MdastNode } from 'satteri';
import { COLLECTIONS, contentFolder, entryFiles, type CollectionName } from '../lib/content-files.ts';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { error, FILE_START, type Finding } from './finding.ts';
import { FrontmatterPositions } from './yaml-positions.ts';

/** An entry file read and parsed the way the build will read it, without running anything in it. */
export interface EntryFile {
  /** Path relative to the project root. */
  file: string;
  collection: CollectionName;
  id: string;
  source: string;
  /** Frontmatter values as Astro's YAML parser reads them; undefined when the YAML is broken. */
  data: Record<string, unknown> | undefined;
  positions: FrontmatterPositions;
  /** The MDX syntax tree from Astro's own MDX parser (Sätteri), positions included; undefined when it does not parse. */
  tree: MdastNode | undefined;
}

/** Reads every `<id>.mdx` entry file, reporting files whose frontmatter or MDX does not parse. */
export function loadEntryFiles(root: string): { entries: EntryFile[]; findings: Finding[] } {
  const entries: EntryFile[] = [];
  const findings: Finding[] = [];
  for (const collection of COLLECTIONS) {
    for (const path of entryFiles(root, collection)) {
      const id = basename(path, '.mdx');
      const file = `${contentFolder(collection)}/${id}.mdx`;
      const entry = parseEntry(file, collection, id, readFileSync(path, 'utf8'), findings);
      entries.push(entry);
    }
  }
  return { entries, findings };
}

function parseEntry(file: string, collection: CollectionName, id: string, source: string, findings: Finding[]): EntryFile {
  const match = splitFrontmatter(source);
  const frontmatter = match?.yaml ?? '';
  const positions = new FrontmatterPositions(frontmatter, 2);
  let data: Record<string, unknown> | undefined;
  if (!match) {
    findings.push(
      error(file, FILE_START, 'yaml-syntax', '文件开头没有字段区。', '在文件第一行写 ---，接着写 title: 等字段，再用一行 --- 结束。'),
    );
  } else {
    data = parseYaml(file, frontmatter, findings);
  }
  return { file, collection, id, source, data, positions, tree: parseMdx(file, source, findings) };
}

function parseYaml(file: string, frontmatter: string, findings: Finding[]): Record<string, unknown> | undefined {
  try {
    const value = yaml.load(frontmatter) ?? {};
    if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    findings.push(error(file, { line: 2, column: 1 }, 'yaml-syntax', '字段区应当是“字段名: 值”的形式。', '每行写一个字段，例如 title: 网格化服务中心。'));
  } catch (cause) {
    const mark = (cause as yaml.YAMLException).mark;
    findings.push(
      error(
        file,
        { line: (mark?.line ?? 0) + 2, column: (mark?.column ?? 0) + 1 },
        'yaml-syntax',
        `字段区写法有误，无法读取（${(cause as yaml.YAMLException).reason ?? '格式错误'}）。`,
        '检查这一行：冒号后要有空格；值里有冒号或以符号开头时，用英文引号把整个值括起来；列表写成 [甲, 乙]。',
      ),
    );
  }
  return undefined;
}

function parseMdx(file: string, source: string, findings: Finding[]): MdastNode | undefined {
  try {
    return mdxToMdast(source, { position: true });
  } catch (cause) {
    const text = (cause as Error).message;
    const [, line, column, reason] = /^(\d+):(\d+): (.*)$/s.exec(text) ?? [];
    const [message, fix] = explainMdxError(reason ?? text);
    findings.push(error(file, { line: Number(line ?? 1), column: Number(column ?? 1) }, 'mdx-syntax', `正文无法按 MDX 读取：${message}`, fix));
    return undefined;
  }
}

const SPECIAL_CHARACTERS = '正文里的 < { } 有特殊含义。要写这些字符本身，请改用全角符号（＜ ｛ ｝），或在前面加反斜杠 \\。';

/** The parser's reason in a few words, in Chinese where the cause is a common one, with how to fix it. */
function explainMdxError(reason: string): [string, string] {
  if (reason.includes('to create a comment in MDX')) return ['这里有 HTML 注释 <!-- -->，MDX 不支持这种写法。', '删除这段注释；需要留给编辑的说明，请写在以 _ 开头的文件里。'];
  if (/Unexpected character.*(after `<`|before name)/.test(reason)) return ['这里的“<”后面不是标签名：MDX 把 < 当作标签的开始。', '要写小于号，请改用全角的“＜”，或改写成“少于”“不足”。'];
  if (/in expression|expected a closing brace|`\}`/i.test(reason)) return ['这里的花括号 { } 没有配对：MDX 把花括号当作代码。', '要写花括号本身，请改用全角的 ｛ ｝。'];
  const unclosed = /Expected a closing tag for `<([^>]+)>`/.exec(reason);
  if (unclosed) return [`<${unclosed[1]}> 没有结束标签。`, `在它的内容之后加上 </${unclosed[1]}>；若本来就不想写这个标签，${SPECIAL_CHARACTERS}`];
  return [reason.replace(/\s*\(mdx[^)]*\)\s*$/, '').split(/(?<=\.)\s/)[0]!.slice(0, 120), SPECIAL_CHARACTERS];
}
