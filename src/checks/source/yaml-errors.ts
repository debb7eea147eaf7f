import { isAlias, isNode, isPair, isScalar, visit, type YAMLError } from 'yaml';
import type { ParsedYaml } from '../../entries/frontmatter.ts';
import { error, type Finding, type Place } from '../finding.ts';
import { cutValues } from './yaml-comments.ts';

/** yaml's messages for a [ ] or { } list left open. */
const FLOW = /Flow (?:sequence|mapping)|end with a [\]}]|Expected , or [\]}]/;

const QUOTE_FIX = '用英文双引号把整个值括起来，例如 summary: "……"。';

const BROKEN_LINE: [string, string] = [
  '这一行不是“字段名: 值”的形式，可能是上一行的值断成了两行。',
  '把这一行接到上一行的末尾，写成一行；若它本身是一个字段，写成 字段名: 值（冒号用半角，后面加空格）。',
];

/**
 * What a YAML parser error means for an editor, and how to fix it: by the
 * parser's error code, and by its message where one code has several causes.
 */
function explain(problem: YAMLError, key: string): [string, string] {
  const { code, message } = problem;
  if (code === 'MULTILINE_IMPLICIT_KEY' || /Implicit map keys need to be followed/.test(message))
    return BROKEN_LINE;
  if (code === 'BLOCK_AS_IMPLICIT_KEY')
    return [
      '值里有“冒号加空格”，冒号前面的文字会被当成另一个字段名。',
      `把值里的冒号改成全角“：”（中文本该用全角），或${QUOTE_FIX}`,
    ];
  if (code === 'DUPLICATE_KEY') return [`字段 ${key} 写了两次。`, '保留一行，删除另一行。'];
  if (code === 'TAB_AS_INDENT')
    return ['这一行用制表符（Tab）缩进；字段区只认半角空格。', '把行首的 Tab 改成两个半角空格。'];
  if (FLOW.test(message))
    return [
      '方括号列表 [ ] 没有关上，或写成了多行。',
      '把列表写在一行里，用半角方括号和逗号：tags: [甲, 乙]。',
    ];
  if (/closing "?quote|Missing closing/.test(message))
    return [
      '这里的英文引号没有配对。',
      '检查英文引号 " 是否成对；中文引号“”不需要配对符号，也不能代替英文引号。',
    ];
  if (code === 'BAD_INDENT')
    return [
      '这一行的缩进和上下文对不上。',
      '同一层的行左边对齐；列表项写成两个空格加“- ”，例如“  - title: …”。',
    ];
  if (code === 'BAD_SCALAR_START') return [`值不能以 ${message.slice(-1)} 开头。`, QUOTE_FIX];
  if (code === 'BAD_DQ_ESCAPE')
    return ['英文双引号里的反斜杠 \\ 有特殊含义。', '删去反斜杠，或改用英文单引号把整个值括起来。'];
  if (code === 'UNEXPECTED_TOKEN')
    return ['这一行的值让 YAML 误解了：值以 [ 或 { 开头，或引号后面还有文字。', QUOTE_FIX];
  return [
    '这一行的写法有误，字段区无法读取。',
    `检查这一行：冒号用半角并在后面加空格；值里有半角冒号或以符号开头时，${QUOTE_FIX}`,
  ];
}

/**
 * Every YAML error of a frontmatter block as a finding in the file, in Chinese,
 * except on lines already reported (where the paste scan named the cause).
 * @param firstLine the file line of the block's first line
 */
export function yamlFindings(
  file: string,
  parsed: ParsedYaml,
  firstLine: number,
  reportedLines: ReadonlySet<number>,
): Finding[] {
  const place = (offset: number): Place => {
    const { line, col } = parsed.lines.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const lines = new Set(reportedLines);
  const cuts = cutValues(file, parsed, firstLine);
  for (const { finding } of cuts) lines.add(finding.line);
  // A list that a comment left unclosed is that comment's finding, not a second one further down.
  const unclosed = cuts.some(({ inFlow }) => inFlow);
  let keys: Map<number, string> | undefined;
  const findings = parsed.document.errors.flatMap((problem: YAMLError) => {
    const at = place(problem.pos[0]);
    if (unclosed && FLOW.test(problem.message)) return [];
    // One finding a line: the first error names the cause, the rest of a line's errors follow from it.
    if (lines.has(at.line)) return [];
    lines.add(at.line);
    keys ??= keysByOffset(parsed);
    return [error(file, at, 'yaml-syntax', ...explain(problem, keys.get(problem.pos[0]) ?? ''))];
  });
  visit(parsed.document, (_key, node) => {
    // A key that is itself a list or a map (`? [a]: b`, `{[a]: b}`): never a field name, and
    // turning one into a value text takes time that doubles with each level of nesting.
    if (isPair(node) && isNode(node.key) && !isScalar(node.key) && node.key.range) {
      const at = place(node.key.range[0]);
      if (lines.has(at.line)) return;
      lines.add(at.line);
      findings.push(
        error(
          file,
          at,
          'yaml-syntax',
          '这里的字段名不是一段文字，而是一个列表或一组字段（YAML 的 ? 或 {…} 写法）。',
          `每行写成“字段名: 值”，字段名用英文字母；值以 ? [ { 开头时，${QUOTE_FIX}`,
        ),
      );
      return;
    }
    // `*` and `&` start references in YAML, and `!` a type: never what an editor means by them.
    if (!isNode(node) || !node.range) return;
    const marked = isAlias(node)
      ? '*'
      : node.anchor
        ? '&'
        : node.tag && !node.tag.startsWith('tag:yaml.org')
          ? '!'
          : undefined;
    if (marked)
      findings.push(
        error(
          file,
          place(node.range[0]),
          'yaml-syntax',
          `值以 ${marked} 开头，YAML 会把它当作特殊标记，而不是文字。`,
          `${QUOTE_FIX}字段里不能加粗，加粗请在正文里写 **文字**。`,
        ),
      );
  });
  return [...cuts.map(({ finding }) => finding), ...findings].sort((a, b) => a.line - b.line);
}

/** Every key by the offset it starts at, for messages about a key (a duplicate): one walk for all of them. */
function keysByOffset(parsed: ParsedYaml): Map<number, string> {
  const keys = new Map<number, string>();
  visit(parsed.document, {
    Pair(_key, pair) {
      const key = pair.key;
      if (isNode(key) && key.range && !keys.has(key.range[0]))
        keys.set(key.range[0], String((key as { value?: unknown }).value));
    },
  });
  return keys;
}
