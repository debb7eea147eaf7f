import type { Element, Nodes, Root, Text } from 'hast';
import { applyChanges, typographyChanges } from '../../common/typography.ts';
import { childrenOf, isComponent } from './hast.ts';

/** Elements whose text is read as one run: quotes are paired and edges found within each. */
const RUNS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'dt', 'dd']);

/** Elements whose text is code, kept as written. */
const CODE = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);

/**
 * Puts the body's Chinese text in its one right form (see common/typography.ts)
 * before anything reads it, so the page, its paragraph numbers, search, quoting
 * and citations all see the same text. Only text nodes change: link targets,
 * attributes and code never do.
 */
export function normaliseTypography(tree: Root): void {
  const run: Text[] = [];
  const flush = () => {
    if (run.length > 0) normaliseRun(run.splice(0));
  };
  const walk = (node: Nodes) => {
    if (node.type === 'text') {
      run.push(node);
      return;
    }
    if (node.type === 'element' && CODE.has(node.tagName)) return;
    // A component's text is read on its own: it is a block of its own on the page.
    const own = isRun(node) || isComponent(node) || node.type === 'root';
    if (own) flush();
    for (const child of childrenOf(node)) walk(child);
    if (own) flush();
  };
  walk(tree);
}

const isRun = (node: Nodes): node is Element => node.type === 'element' && RUNS.has(node.tagName);

/** Corrects a run of text nodes as one text, then gives each node its share back. */
function normaliseRun(nodes: Text[]): void {
  const whole = nodes.map((node) => node.value).join('');
  const changes = typographyChanges(whole);
  if (changes.length === 0) return;
  let from = 0;
  let next = 0;
  for (const node of nodes) {
    const to = from + node.value.length;
    const own = [];
    while (next < changes.length && changes[next]!.index < to) {
      own.push({ ...changes[next]!, index: changes[next]!.index - from });
      next += 1;
    }
    node.value = applyChanges(node.value, own);
    from = to;
  }
}
