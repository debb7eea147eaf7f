import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { mdxToMdast, type MdastNode } from 'satteri';
import { COLLECTIONS, contentFolder, isIgnoredFile, type CollectionName } from '../lib/content-files.ts';
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

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)/;

/** Reads every `<id>.mdx` entry file, reporting files whose frontmatter or MDX does not parse. */
export function loadEntryFiles(root: string): { entries: EntryFile[]; findings: Finding[] } {
  const entries: EntryFile[] = [];
  const findings: Finding[] = [];
  for (const collection of COLLECTIONS) {
    const folder = contentFolder(collection);
    for (const name of listMdx(join(root, folder))) {
      const file = `${folder}/${name}`;
      const source = readFileSync(join(root, file), 'utf8');
      const entry = parseEntry(file, collection, name.slice(0, -'.mdx'.length), source, findings);
      entries.push(entry);
    }
  }
  return { entries, findings };
}

function listMdx(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => name.endsWith('.mdx') && !isIgnoredFile(name)).sort();
  } catch {
    return [];
  }
}

function parseEntry(file: string, collection: CollectionName, id: string, source: string, findings: Finding[]): EntryFile {
  const match = FRONTMATTER.exec(source);
  const frontmatter = match?.[1] ?? '';
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
    findings.push(
      error(
        file,
        { line: Number(line ?? 1), column: Number(column ?? 1) },
        'mdx-syntax',
        `正文无法按 MDX 读取：${mdxReason(reason ?? text)}`,
        '正文里的 < { } 有特殊含义。要写这些字符本身，请改用全角符号（＜ ｛ ｝）或在前面加反斜杠 \\；HTML 注释 <!-- --> 不能使用，请直接删除。',
      ),
    );
    return undefined;
  }
}

/** The parser's English reason, shortened: the Chinese fix follows it. */
function mdxReason(reason: string): string {
  return reason.replace(/\s*\(mdx[^)]*\)\s*$/, '').slice(0, 160);
}
