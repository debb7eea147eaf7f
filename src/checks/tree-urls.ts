import type { MdastNode } from 'satteri';
import { walk, type TreeNode } from './mdx-tree.ts';

/** An address an entry's body names, with what the page will do with it. */
export interface NamedUrl {
  /** `image`: the page loads it; `link`: a reader may follow it. */
  use: 'image' | 'link';
  url: string;
  /** Where the editor wrote the address: the image or link itself, or the definition a reference uses. */
  node: TreeNode;
}

/**
 * Every address an entry's body names, however Markdown names it: inline
 * (`![x](a)`, `[x](a)`), by reference (`![x][r]`, `![r][]`, `![r]` and `[x][r]`,
 * with `[r]: a` elsewhere), autolinks (`www.…`). A reference takes the address of
 * its definition (the first of a label, as Markdown does), named at the definition,
 * where the address is written; a definition nothing refers to is checked as a link.
 * MDX has no raw HTML: `<img>` and the like are elements, refused by the safety rule.
 */
export function namedUrls(tree: MdastNode): NamedUrl[] {
  const definitions = new Map<string, TreeNode>();
  const references: Array<{ use: NamedUrl['use']; node: TreeNode }> = [];
  const named: NamedUrl[] = [];
  walk(tree, (node) => {
    const identifier = node.identifier;
    switch (node.type) {
      case 'image':
      case 'link':
        if (node.url !== undefined) named.push({ use: node.type, url: node.url.trim(), node });
        break;
      case 'definition':
        if (identifier !== undefined && !definitions.has(identifier))
          definitions.set(identifier, node);
        break;
      case 'imageReference':
      case 'linkReference':
        if (identifier !== undefined)
          references.push({ use: node.type === 'imageReference' ? 'image' : 'link', node });
        break;
    }
  });
  // Reported where the address is written (the definition), once for each use of it.
  const used = new Map<TreeNode, Set<NamedUrl['use']>>();
  for (const { use, node } of references) {
    const definition = definitions.get(node.identifier!);
    if (definition?.url === undefined) continue;
    const uses = used.get(definition) ?? new Set();
    used.set(definition, uses);
    if (!uses.has(use)) named.push({ use, url: definition.url.trim(), node: definition });
    uses.add(use);
  }
  for (const definition of definitions.values())
    if (!used.has(definition) && definition.url !== undefined)
      named.push({ use: 'link', url: definition.url.trim(), node: definition });
  return named;
}
