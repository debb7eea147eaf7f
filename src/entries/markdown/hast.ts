import type { Element, ElementContent, Nodes, Parents, Properties, Root, Text } from 'hast';
import { mdxToHast } from 'satteri';

/**
 * The few tree operations the entry renderer needs, over the hast tree Sätteri's
 * MDX parser produces (MDX components appear in it as `mdxJsxFlowElement` and
 * `mdxJsxTextElement` nodes until render-entry.ts expands them).
 */

/**
 * An entry's MDX body as a hast tree, parsed the one way every rendering, quoting
 * and numbering of it is: smart punctuation stays off, because it would rewrite
 * the source's quotation marks and the speech is reproduced verbatim.
 */
export const parseBody = (body: string): Root =>
  mdxToHast(withoutLineIndents(body), {
    features: { smartPunctuation: false },
    position: false,
  }) as Root;

/**
 * The body without the full-width and no-break spaces Word leaves at the start of
 * lines (首行缩进), outside code fences: Markdown would keep them as text, and a
 * list item or heading behind them would not be one. The check reads them the same way.
 */
export function withoutLineIndents(body: string): string {
  if (!/^[ \t]*[\u3000\u00a0]/m.test(body)) return body;
  let fenced = false;
  return body
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
      return fenced ? line : line.replace(/^([ \t]*)[\u3000\u00a0]+/, '$1');
    })
    .join('\n');
}

/** An element node. */
export const element = (
  tagName: string,
  properties: Properties,
  children: ElementContent[] = [],
): Element => ({ type: 'element', tagName, properties, children });

/** A text node. */
export const text = (value: string): Text => ({ type: 'text', value });

/** The text inside a node, as a reader would read it. */
export function textContent(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(textContent).join('') : '';
}

/** A node's children, for nodes that have them. */
export const childrenOf = (node: Nodes): Nodes[] =>
  'children' in node ? (node.children as Nodes[]) : [];

/**
 * Visits every node in document order with its ancestors (nearest last). The
 * visitor may replace the node's children; returning `'skip'` leaves them unvisited.
 */
export function visit(
  root: Root,
  visitor: (node: Nodes, ancestors: readonly Parents[]) => void | 'skip',
): void {
  const walk = (node: Nodes, ancestors: Parents[]) => {
    if (visitor(node, ancestors) === 'skip') return;
    const children = childrenOf(node);
    if (children.length === 0) return;
    const next = [...ancestors, node as Parents];
    for (const child of [...children]) walk(child, next);
  };
  walk(root, []);
}

/** An MDX component's attribute value, as written (`name="value"`). */
export function attribute(node: Nodes, name: string): string | undefined {
  const attributes =
    (node as { attributes?: Array<{ type: string; name: string; value?: unknown }> }).attributes ??
    [];
  const found = attributes.find((item) => item.type === 'mdxJsxAttribute' && item.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** Whether a node is an MDX component (a JSX element in the text). */
export const isComponent = (
  node: Nodes,
): node is Nodes & { name: string | null; children: ElementContent[] } =>
  (node.type as string) === 'mdxJsxFlowElement' || (node.type as string) === 'mdxJsxTextElement';
