import { mdxToMdast, type MdastNode } from 'satteri';
import { ALLOWED_COMPONENT_NAMES } from '../../entries/markdown/components/allowed.ts';
import { error, type Finding, type Place } from '../finding.ts';
import type { MendedSource } from './edits.ts';

/** HTML elements that never have content, so "add a closing tag" is the wrong advice for them. */
const VOID_ELEMENTS = new Set([
  'br',
  'hr',
  'img',
  'wbr',
  'input',
  'meta',
  'link',
  'col',
  'area',
  'source',
  'embed',
]);

/** How many mistakes of one file are read past before giving up on its body. */
const MAX_REPAIRS = 50;

/**
 * How many characters all the attempts of one file may parse together: each
 * attempt reads the whole body again, so a long body is read past fewer
 * mistakes (20 in a body of 50,000 characters), and the check of a file takes at
 * most about as long as parsing a million characters once.
 */
const PARSE_BUDGET = 1_000_000;

const SPECIAL_CHARACTERS =
  '正文里的 < { } 有特殊含义。要写这些字符本身，请改用全角符号（＜ ｛ ｝），或在前面加反斜杠 \\。';

/**
 * Parses an entry's body with Astro's own MDX parser (Sätteri). Where it stops at
 * a mistake, the mistake is reported, blanked out and the parse tried again, so
 * every mistake of a file is reported at once and the rules still see the rest;
 * after as many attempts as the body's length allows, what was found is reported
 * with a note that there is more.
 * @param text the file with its frontmatter lines left empty, so positions are the file's
 * @returns the tree, positions mapped to the file as the editor sees it
 */
export function parseMdxBody(
  file: string,
  source: MendedSource,
  text: () => string,
): { tree: MdastNode | undefined; findings: Finding[] } {
  const findings: Finding[] = [];
  let parsed = 0;
  for (let attempt = 0; attempt <= MAX_REPAIRS; attempt += 1) {
    const body = text();
    if (attempt > 0 && parsed + body.length > PARSE_BUDGET) {
      findings.push(tooManyMistakes(file, findings.at(-1)!));
      break;
    }
    parsed += body.length;
    try {
      const tree = mdxToMdast(body, { position: true });
      mapPositions(tree as unknown as PositionedNode, source);
      return { tree, findings };
    } catch (cause) {
      const reason = (cause as Error).message;
      const [, line, column, rest] = /^(\d+):(\d+): (.*)$/s.exec(reason) ?? [];
      const at: Place = { line: Number(line ?? 1), column: Number(column ?? 1) };
      const [message, fix, length] = explain(
        rest ?? reason,
        source.lines[at.line - 1]?.slice(at.column - 1) ?? '',
      );
      findings.push(
        error(file, source.original(at), 'mdx-syntax', `正文无法按 MDX 读取：${message}`, fix),
      );
      if (length === 0) break;
      if (attempt === MAX_REPAIRS) findings.push(tooManyMistakes(file, findings.at(-1)!));
      source.blank(at, length);
    }
  }
  return { tree: undefined, findings };
}

/** Said after the last mistake reported, when reading stopped before the body's end. */
function tooManyMistakes(file: string, last: Finding): Finding {
  return error(
    file,
    { line: last.line, column: last.column },
    'mdx-syntax',
    '正文里读不下去的地方太多，检查到这里停下了，后面可能还有。',
    '先改正上面列出的这些，再检查一次，会接着列出后面的。',
  );
}

/**
 * The parser's reason in a few words, in Chinese, with how to fix it and how many
 * characters from the error's place to blank out to read on (0: stop reading).
 */
function explain(reason: string, from: string): [string, string, number] {
  const tag = /^<\/?([A-Za-z][\w.:-]*)[^>\n]*>?/.exec(from);
  const unclosed = /Expected a closing tag for `<([^>\s]+)/.exec(reason)?.[1];
  if (unclosed) {
    const name = unclosed.toLowerCase();
    if (VOID_ELEMENTS.has(name))
      return [
        `<${unclosed}> 是 HTML 标签，正文里不能用。`,
        name === 'br'
          ? '删除它。要分段，在两段之间空一行。'
          : name === 'img'
            ? '图片写成 ![图片说明](../images/文件名.jpg)。'
            : '删除它，改用 Markdown 写法。',
        tag?.[0].length ?? 1,
      ];
    if ((ALLOWED_COMPONENT_NAMES as string[]).includes(unclosed))
      return [
        `<${unclosed}> 没有结束标签。`,
        `在它的内容之后加上 </${unclosed}>。`,
        tag?.[0].length ?? 1,
      ];
    return [
      `这里有一个 HTML 标签 <${unclosed}>，正文里不能用。`,
      `删除 <${unclosed}>，只保留其中的文字；${SPECIAL_CHARACTERS}`,
      tag?.[0].length ?? 1,
    ];
  }
  if (
    /closing tag for `<\/?([^>]+)>`.*before/.test(reason) ||
    /Unexpected closing (slash|tag)/.test(reason)
  ) {
    return [
      '这里有一个多余的结束标签，或标签没有按顺序关闭。',
      '检查 <SpeechQuote>、<Note>、<Figure> 的开始和结束标签是否成对、按顺序。',
      tag?.[0].length ?? 1,
    ];
  }
  if (/Unexpected character.*(after `<`|before name)/.test(reason))
    return [
      '这里的“<”后面不是标签名：MDX 把 < 当作标签的开始。',
      '要写小于号，请改用全角的“＜”，或改写成“少于”“不足”。',
      1,
    ];
  if (/in expression|expected a closing brace|`\}`|`\{`/i.test(reason))
    return [
      '这里的花括号 { } 没有配对：MDX 把花括号当作代码。',
      '要写花括号本身，请改用全角的 ｛ ｝。',
      from.startsWith('{') || from.startsWith('}') ? 1 : 0,
    ];
  if (reason.includes('to create a comment in MDX'))
    return [
      '这里有 HTML 注释 <!-- -->，MDX 不支持这种写法。',
      '删除这段注释；需要留给编辑的说明，请写在以 _ 开头的文件里。',
      4,
    ];
  return [
    '这里的写法无法读取。',
    SPECIAL_CHARACTERS,
    from.startsWith('<') || from.startsWith('{') ? 1 : 0,
  ];
}

interface PositionedNode {
  position?: { start: Place; end?: Place };
  children?: PositionedNode[];
}

/** Puts the tree's positions back where the editor sees them, past any mended (lengthened) text. */
function mapPositions(node: PositionedNode, source: MendedSource) {
  if (node.position) {
    node.position.start = { ...node.position.start, ...source.original(node.position.start) };
    if (node.position.end)
      node.position.end = { ...node.position.end, ...source.original(node.position.end) };
  }
  for (const child of node.children ?? []) mapPositions(child, source);
}
