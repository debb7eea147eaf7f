import type { MdastNode } from 'satteri';
import type { Place } from './finding.ts';

/** Any node of the MDX tree, read loosely: the check must cope with every node type the parser can produce. */
export interface TreeNode {
  type: string;
  children?: TreeNode[];
  value?: string;
  url?: string;
  /** The label of a definition or reference (`[r]`), case-folded by the parser. */
  identifier?: string;
  name?: string | null;
  depth?: number;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  position?: { start: { line: number; column: number } };
}

/** Calls `visit` for every node, parents before children, in document order. */
export function walk(
  tree: MdastNode,
  visit: (node: TreeNode, parent: TreeNode | undefined) => void,
): void {
  const stack: Array<[TreeNode, TreeNode | undefined]> = [[tree as unknown as TreeNode, undefined]];
  while (stack.length > 0) {
    const [node, parent] = stack.pop()!;
    visit(node, parent);
    const children = node.children ?? [];
    for (let index = children.length - 1; index >= 0; index -= 1)
      stack.push([children[index]!, node]);
  }
}

/** Where a node starts; the file start when the parser gave no position. */
export const placeOf = (node: TreeNode | undefined): Place => ({
  line: node?.position?.start.line ?? 1,
  column: node?.position?.start.column ?? 1,
});

/** The place of `index` characters into a text node's value, following line breaks. */
export function placeInText(node: TreeNode, index: number): Place {
  const start = placeOf(node);
  const before = (node.value ?? '').slice(0, index);
  const lines = before.split('\n');
  return lines.length === 1
    ? { line: start.line, column: start.column + index }
    : { line: start.line + lines.length - 1, column: lines.at(-1)!.length + 1 };
}

/** The plain text of a node and its descendants. */
export function textOf(node: TreeNode): string {
  if (typeof node.value === 'string' && node.type === 'text') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/** The text inside a node, with the file place of each of its characters. */
export function placedText(node: TreeNode): { text: string; placeAt: (index: number) => Place } {
  const pieces: Array<{ node: TreeNode; from: number }> = [];
  let text = '';
  walk(node as never, (child) => {
    if ((child.type === 'text' || child.type === 'inlineCode') && typeof child.value === 'string') {
      pieces.push({ node: child, from: text.length });
      text += child.value;
    }
  });
  const placeAt = (index: number): Place => {
    const piece = pieces.findLast((candidate) => candidate.from <= index) ?? pieces[0];
    return piece
      ? placeInText(piece.node, Math.min(index - piece.from, (piece.node.value ?? '').length))
      : placeOf(node);
  };
  return { text, placeAt };
}
