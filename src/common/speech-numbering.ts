// Shared with the browser: imports only src/common/, nothing of Node or Astro (scripts/lint/rooms.mjs).
// The content check and the 投稿 page judge a speech's numbering with this one function.
import { parseHeadingNumber, type HeadingNumber } from './numbering.ts';
import { toChineseNumeral } from './chinese-numerals.ts';

/** A heading of a speech's body: its level (2 for ##) and its text. */
export interface OutlineHeading {
  depth: number;
  text: string;
}

/** What is wrong with one heading's numbering, and how to fix it. */
export interface NumberingProblem {
  /** Which heading of the list, from 0. */
  index: number;
  message: string;
  fix: string;
}

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
export function speechNumberingProblems(headings: readonly OutlineHeading[]): NumberingProblem[] {
  const problems: NumberingProblem[] = [];
  let part = 0;
  let inPart: { kind: HeadingNumber['kind']; n: number } | undefined;
  headings.forEach(({ depth, text: written }, index) => {
    const report = (message: string, fix: string) => problems.push({ index, message, fix });
    const text = written.trim();
    const number = parseHeadingNumber(text);
    if (!number) return;
    if (number.kind === 'part') {
      if (depth !== 2)
        return report(
          `“${number.marker}”是部分的编号，应当是二级标题。`,
          `把这一行改成 ## ${text}`,
        );
      if (number.n !== part + 1) {
        report(
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
        `“${number.marker}”是部分之下的编号，应当是三级标题。`,
        `把这一行改成 ### ${text}`,
      );
    if (part === 0)
      return report(
        `“${number.marker}”出现在第一个部分（一、）之前。`,
        '在它前面加上所属部分的二级标题，例如 ## 一、……',
      );
    if (inPart && inPart.kind !== number.kind) {
      report(
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
        `编号不连续：${after}，这里是“${number.marker}”。`,
        `检查是否有一节的引导句写成了普通段落；应写成 ### ${write(number.kind, expected)}……`,
      );
    }
    inPart = { kind: number.kind, n: number.n };
  });
  return problems;
}
