import { parseHeadingNumber } from '../../common/numbering.ts';
import { error, type Finding } from '../finding.ts';
import type { CheckContext } from '../context.ts';
import { placeOf, textOf, walk, type TreeNode } from '../mdx-tree.ts';

/**
 * A body heading of level 1 (`# 背景`, or a line underlined with `===`) would be a
 * second page title beside the entry's `title`, and would sit above the sections
 * in the contents and in screen readers' outlines. Word's 标题 1 pasted as Markdown
 * comes out this way, so the fix says to move every heading down one level when
 * the body has deeper ones. A speech's numbered heading is the numbering rule's.
 */
export function checkHeadings({ entries }: CheckContext): Finding[] {
  return entries.flatMap((entry) => {
    if (!entry.tree) return [];
    const headings: TreeNode[] = [];
    walk(entry.tree, (node) => {
      if (node.type === 'heading') headings.push(node);
    });
    const deeper = headings.some((node) => (node.depth ?? 0) >= 2);
    return headings.flatMap((node) => {
      if (node.depth !== 1) return [];
      const text = textOf(node).trim();
      if (entry.collection === 'speeches' && parseHeadingNumber(text)) return [];
      const line = entry.source.split('\n')[placeOf(node).line - 1] ?? '';
      const underlined = !line.trimStart().startsWith('#');
      return [
        error(
          entry.file,
          placeOf(node),
          'markdown',
          `“${text}”是一级标题，和页面标题（title）一样大；正文的标题从二级（##）开始。`,
          `${underlined ? '删掉它下一行的 ===，' : ''}写成 ## ${text}${deeper ? '；正文里其他的标题也各多加一个 #，层次才不会乱' : ''}。`,
        ),
      ];
    });
  });
}
