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

/** Where each line of a text node's value starts, found once per node. */
const LINE_STARTS = new WeakMap<TreeNode, number[]>();

function lineStarts(node: TreeNode): number[] {
  let starts = LINE_STARTS.get(node);
  if (!starts) {
    starts = [0];
    const value = node.value ?? '';
    for (let at = value.indexOf('\n'); at >= 0; at = value.indexOf('\n', at + 1))
      starts.push(at + 1);
    LINE_STARTS.set(node, starts);
  }
  return starts;
}

/**
 * The place of `index` characters into a text node's value, following line breaks:
 * a binary search in the node's line starts, so that a finding on each of
 * thousands of lines does not read the text again for each.
 */
export function placeInText(node: TreeNode, index: number): Place {
  const start = placeOf(node);
  const starts = lineStarts(node);
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= index) low = middle;
    else high = middle - 1;
  }
  return low === 0
    ? { line: start.line, column: start.column + index }
    : { line: start.line + low, column: index - starts[low]! + 1 };
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
    let low = 0;
    let high = pieces.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (pieces[middle]!.from <= index) low = middle;
      else high = middle - 1;
    }
    const piece = pieces[low];
    return piece
      ? placeInText(piece.node, Math.min(index - piece.from, (piece.node.value ?? '').length))
      : placeOf(node);
  };
  return { text, placeAt };
}
