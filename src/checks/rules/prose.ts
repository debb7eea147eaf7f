import { error, type Finding } from '../finding.ts';
import type { CheckContext } from '../context.ts';
import { placeInText, placeOf, textOf, walk, type TreeNode } from '../mdx-tree.ts';
import {
  halfWidthFix,
  halfWidthMarks,
  invisibleCharacter,
  INVISIBLE_FIX,
} from '../../common/text-marks.ts';

/** A Chinese character or full-width mark, on either side of a line break that Markdown turns into a space. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’—…]/u;

/** Where a sentence ends, so the line after it is more likely a new paragraph than the same one. */
const SENTENCE_END = /[。！？；：…”』」）]$/;

/** The blocks whose text is read as one: half-width full stops are reported once per block. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * What pasted text does to the body that Markdown accepts without a word but the
 * page shows wrongly: lines that run together into one paragraph with a stray
 * space where the break was, ** that stays visible next to Chinese punctuation,
 * half-width full stops after Chinese text (。 or 、: a person decides),
 * invisible characters the site does not remove, and a bare web
 * address that swallows the Chinese after it.
 */
export function checkProse({ entries }: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const entry of entries) {
    if (!entry.tree) continue;
    const report = (
      place: ReturnType<typeof placeOf>,
      rule: Finding['rule'],
      message: string,
      fix: string,
    ) => findings.push(error(entry.file, place, rule, message, fix));
    walk(entry.tree, (node) => {
      if (BLOCKS.has(node.type)) checkBlock(node, report);
      if (
        node.type === 'link' &&
        node.url &&
        /[^\x20-\x7e]/.test(decodeSafely(node.url)) &&
        textOf(node) === node.url
      ) {
        report(
          placeOf(node),
          'markdown',
          `网址后面紧跟着中文或全角标点，它们被当成了网址的一部分，链接会打不开：${node.url.slice(0, 40)}`,
          '在网址和后面的文字之间加一个空格，或写成 [文字](网址)。',
        );
      }
    });
  }
  return findings;
}

type Report = (
  place: ReturnType<typeof placeOf>,
  rule: Finding['rule'],
  message: string,
  fix: string,
) => void;

function checkBlock(block: TreeNode, report: Report) {
  const texts: TreeNode[] = [];
  walk(block as never, (node, parent) => {
    if (node.type === 'text' && parent?.type !== 'link') texts.push(node);
  });
  let marksReported = false;
  for (const node of texts) {
    const value = node.value ?? '';
    for (const { index, before, after } of lineBreaks(value)) {
      if (!CJK.test(before) && !CJK.test(after)) continue;
      const fix = SENTENCE_END.test(before)
        ? '若是新的一段，在两行之间空一行；若是同一段，把这一行接到上一行的末尾。'
        : '若是同一段，把这一行接到上一行的末尾（删除换行）；若是新的一段，在两行之间空一行。';
      report(
        placeInText(node, index + 1),
        'markdown',
        '这一行会和上一行连成同一段，连接处还会多出一个空格。',
        fix,
      );
    }
    const stars = value.indexOf('**');
    if (stars >= 0) {
      report(
        placeInText(node, stars),
        'markdown',
        '这里的 ** 没有变成加粗，会原样显示。',
        '加粗写成 **文字**：** 紧贴文字，里面不留空格；紧挨着中文标点时 Markdown 不认，把标点移到 ** 外面，例如把 **加粗：** 改成 **加粗**：，把 **“三个一”** 改成 “**三个一**”。',
      );
    }
    const invisible = invisibleCharacter(value);
    if (invisible)
      report(
        placeInText(node, invisible.index),
        'characters',
        `这里有一个看不见的字符（${invisible.name}）。`,
        INVISIBLE_FIX,
      );
    const marks = marksReported ? undefined : halfWidthMarks(value);
    if (marks) {
      marksReported = true;
      const total = countMarks(texts);
      const more =
        total > 1 ? `这里有 ${total} 处半角句点“.”跟在中文后面。` : `半角句点“.”跟在中文后面。`;
      report(placeInText(node, marks.index), 'punctuation', more, halfWidthFix(marks));
    }
  }
}

/**
 * Each line break of a text with the last character before it and the first after
 * it that are not white space, found in one pass each way, so a text of thousands
 * of lines is read twice, not once for every line.
 */
function lineBreaks(value: string): Array<{ index: number; before: string; after: string }> {
  const breaks: Array<{ index: number; before: string; after: string }> = [];
  let before = '';
  for (let index = 0; index < value.length; index += 1) {
    const character = value[index]!;
    if (character === '\n') breaks.push({ index, before, after: '' });
    else if (!/\s/.test(character)) before = character;
  }
  let after = '';
  let next = breaks.length - 1;
  for (let index = value.length - 1; index >= 0 && next >= 0; index -= 1) {
    if (index === breaks[next]!.index) breaks[next--]!.after = after;
    else if (!/\s/.test(value[index]!)) after = value[index]!;
  }
  return breaks;
}

const countMarks = (texts: TreeNode[]) =>
  texts.reduce((sum, node) => sum + (halfWidthMarks(node.value ?? '')?.count ?? 0), 0);

function decodeSafely(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
