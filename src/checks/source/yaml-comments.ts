import { Lexer } from 'yaml';
import type { ParsedYaml } from '../../entries/frontmatter.ts';
import { error, type Finding } from '../finding.ts';

/** The lexer's markers (document, flow end, scalar), which hold no source text. */
const MARKERS = new Set(['\u0002', '\u0018', '\u001f']);

/** Tokens after which a value (or a list item) begins. */
const VALUE_START = new Set([':', '-', '?', '[', '{', ',']);

/** A comment as the template writes one: two spaces or more, then # and a space. */
const TEMPLATE_COMMENT = /^#[ \u3000]/;

/** A comment that cut a value short, and whether it was inside [ ] or { }. */
export interface CutValue {
  finding: Finding;
  inFlow: boolean;
}

/**
 * Values that a ` #` cuts short. In YAML a space and # start a comment, so a
 * hashtag pasted from Weibo or WeChat (`summary: 学习经验 #基层治理# 值得推广。`)
 * silently drops everything after it, or leaves a list unclosed. The template's
 * own notes (`date: 2019  # 做法的时间`: two spaces, then # and a space) are
 * comments by design and pass.
 * @param firstLine the file line of the block's first line
 */
export function cutValues(file: string, parsed: ParsedYaml, firstLine: number): CutValue[] {
  const cuts: CutValue[] = [];
  let offset = 0;
  let line: { text: string; at: number }[] = [];
  let depth = 0;
  for (const token of new Lexer().lex(parsed.text)) {
    if (MARKERS.has(token)) continue;
    const at = offset;
    offset += token.length;
    if (token === '[' || token === '{') depth += 1;
    if (token === ']' || token === '}') depth = Math.max(0, depth - 1);
    if (token.includes('\n')) {
      line = [];
      continue;
    }
    if (token.startsWith('#')) {
      const before = line.filter(({ text }) => text.trim() !== '');
      const space = line.at(-1)?.text ?? '';
      const isNote = space.trim() === '' && space.length >= 2 && TEMPLATE_COMMENT.test(token);
      if (before.length > 0 && !isNote) cuts.push(cut(file, parsed, firstLine, line, at, depth));
    }
    line.push({ text: token, at });
  }
  return cuts;
}

/** The finding for the comment at `at`, with the line rewritten so the value is whole. */
function cut(
  file: string,
  parsed: ParsedYaml,
  firstLine: number,
  tokens: { text: string; at: number }[],
  at: number,
  depth: number,
): CutValue {
  const position = parsed.lines.linePos(at);
  const lineStart = at - (position.col - 1);
  const lineText = parsed.text.slice(lineStart).split('\n', 1)[0]!;
  const startToken = tokens.findLastIndex(({ text }) => VALUE_START.has(text));
  const valueToken = tokens.slice(startToken + 1).find(({ text }) => text.trim() !== '');
  const start = (valueToken?.at ?? at) - lineStart;
  const rest = lineText.slice(at - lineStart);
  const end =
    depth > 0 ? at - lineStart + (/[,\]}]/.exec(rest)?.index ?? rest.length) : lineText.length;
  const value = lineText.slice(start, end).trimEnd();
  const kept = lineText.slice(start, at - lineStart).trim();
  const quoted = /["\\]/.test(value) ? `'${value.replaceAll("'", "''")}'` : `"${value}"`;
  const fixed =
    `${lineText.slice(0, start)}${quoted}${lineText.slice(start + value.length)}`.trim();
  const comment = lineText.slice(at - lineStart, end).trimEnd();
  return {
    inFlow: depth > 0,
    finding: error(
      file,
      { line: position.line + firstLine - 1, column: position.col },
      'yaml-syntax',
      `“${comment}”前面有空格：YAML 把空格加 # 当作注释的开始，后面的文字都被丢掉了，${kept ? `这个值只剩“${kept}”` : depth > 0 ? '这一项成了空的' : '这个值成了空的'}${depth > 0 ? '，方括号列表也没有关上' : ''}。`,
      `用英文引号把值括起来，写成 ${fixed}；如果 # 后面是写给自己的备注，就把它删掉。`,
    ),
  };
}
