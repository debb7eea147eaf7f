import { speechNumberingProblems } from '../../common/speech-numbering.ts';
import { error, type Finding } from '../finding.ts';
import type { CheckContext } from '../context.ts';
import { placeOf, textOf, walk, type TreeNode } from '../mdx-tree.ts';

/** Every numbering problem of every speech, at its heading (the rule itself is common/speech-numbering.ts). */
export function checkSpeechNumbering({ entries }: CheckContext): Finding[] {
  return entries
    .filter((item) => item.collection === 'speeches' && item.tree)
    .flatMap((entry) => {
      const nodes: TreeNode[] = [];
      walk(entry.tree!, (node) => {
        if (node.type === 'heading') nodes.push(node);
      });
      const headings = nodes.map((node) => ({ depth: node.depth ?? 0, text: textOf(node) }));
      return speechNumberingProblems(headings).map(({ index, message, fix }) =>
        error(entry.file, placeOf(nodes[index]!), 'speech-numbering', message, fix),
      );
    });
}
