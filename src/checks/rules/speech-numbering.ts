import { parseHeadingNumber, type HeadingNumber } from '../../common/numbering.ts';
import { toChineseNumeral } from '../../common/chinese-numerals.ts';
import { error, type Finding } from '../finding.ts';
import type { CheckContext } from '../context.ts';
import { placeOf, textOf, walk, type TreeNode } from '../mdx-tree.ts';

/** How each kind of number is written, for messages. */
const write = (kind: HeadingNumber['kind'], n: number) => {
  const numeral = toChineseNumeral(n);
  return kind === 'part' ? `${numeral}、` : kind === 'section' ? `（${numeral}）` : `${numeral}是`;
};

/**
 * A speech's numbering must run 一、二、三… for parts (## headings) and
 * （一）（二）… or 一是、二是… within each part (### headings), without gaps,
 * because anchors and citations are built from it.
 */
export function checkSpeechNumbering({ entries }: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const entry of entries.filter((item) => item.collection === 'speeches' && item.tree)) {
    let part = 0;
    let inPart: { kind: HeadingNumber['kind']; n: number } | undefined;
    const report = (node: TreeNode, message: string, fix: string) =>
      findings.push(error(entry.file, placeOf(node), 'speech-numbering', message, fix));
    walk(entry.tree!, (node) => {
      if (node.type !== 'heading') return;
      const depth = node.depth ?? 0;
      const text = textOf(node).trim();
      const number = parseHeadingNumber(text);
      if (!number) return;
      if (number.kind === 'part') {
        if (depth !== 2)
          return report(
            node,
            `“${number.marker}”是部分的编号，应当是二级标题。`,
            `把这一行改成 ## ${text}`,
          );
        if (number.n !== part + 1) {
          report(
            node,
            `部分编号不连续：${part === 0 ? '第一部分应从“一、”开始' : `“${write('part', part)}”之后应是“${write('part', part + 1)}”`}，这里是“${number.marker}”。`,
            '检查是否漏写或重复了一个部分，按顺序改正编号。',
          );
        }
        part = number.n;
        inPart = undefined;
        return;
      }
      if (depth !== 3)
        return report(
          node,
          `“${number.marker}”是部分之下的编号，应当是三级标题。`,
          `把这一行改成 ### ${text}`,
        );
      if (part === 0)
        return report(
          node,
          `“${number.marker}”出现在第一个部分（一、）之前。`,
          '在它前面加上所属部分的二级标题，例如 ## 一、……',
        );
      if (inPart && inPart.kind !== number.kind) {
        report(
          node,
          `同一部分里混用了“${write(inPart.kind, 1)}”和“${write(number.kind, 1)}”两种编号。`,
          '同一部分内统一用一种编号。',
        );
      }
      const expected = inPart?.kind === number.kind ? inPart.n + 1 : 1;
      if (number.n !== expected) {
        const after = inPart
          ? `“${write(number.kind, inPart.n)}”之后应是“${write(number.kind, expected)}”`
          : `部分内的编号应从“${write(number.kind, 1)}”开始`;
        report(
          node,
          `编号不连续：${after}，这里是“${number.marker}”。`,
          `检查是否有一节的引导句写成了普通段落；应写成 ### ${write(number.kind, expected)}……`,
        );
      }
      inPart = { kind: number.kind, n: number.n };
    });
  }
  return findings;
}
