import { isPartAnchor, isSectionAnchor } from '../lib/anchors.ts';
import type { Element, Root } from 'hast';
import { AnchorCounter } from '../lib/numbering.ts';
import type { OutlineItem } from '../lib/outline.ts';
import { paragraphLocator, type ParagraphPlace } from '../lib/citation.ts';
import { element, parseBody, text, textContent, visit } from './hast.ts';

/** The outline of a numbered entry (a speech) from its MDX, numbered exactly as its page. */
export const outlineOf = (body: string): OutlineItem[] => numberAnchors(parseBody(body), true);

/**
 * Gives every heading a stable ASCII id, and, when `numbered` (speeches and
 * cases), every top-level paragraph an id `p-N`, its citation locator
 * (第三部分（二）第1段) and a visible number linking to itself. A `***` on its own
 * line after the numbered parts ends the last of them: the paragraphs after it are
 * the closing (结束语第1段), so the last section does not claim them. Returns the
 * outline, so pages quote and cite paragraphs by the same numbering the reader sees.
 */
export function numberAnchors(tree: Root, numbered: boolean): OutlineItem[] {
  const counter = new AnchorCounter();
  const outline: OutlineItem[] = [];
  const place: ParagraphPlace = { n: 0 };
  visit(tree, (node, ancestors) => {
    if (node.type !== 'element' || !['h2', 'h3', 'h4', 'p', 'hr'].includes(node.tagName)) return;
    if (node.tagName === 'hr') {
      if (numbered && place.part && ancestors.at(-1)?.type === 'root') {
        Object.assign(place, {
          n: 0,
          part: undefined,
          section: undefined,
          heading: undefined,
          closing: true,
        });
        node.properties.className = ['closing-break'];
        outline.push({ kind: 'closing' });
      }
      return 'skip';
    }
    const value = textContent(node).trim();
    if (node.tagName !== 'p') {
      const depth = Number(node.tagName[1]);
      const id = counter.heading(depth, value);
      node.properties.id = id;
      outline.push({ kind: 'heading', id, depth, text: value });
      moveTo(place, depth, id, value);
      return 'skip';
    }
    // Only the text's own paragraphs: not those inside quotations, lists or components.
    if (!numbered || ancestors.at(-1)?.type !== 'root') return 'skip';
    const { id, n } = counter.paragraph();
    place.n += 1;
    const locator = paragraphLocator(place);
    node.properties = { id, className: ['para'], dataCite: locator, ...node.properties };
    node.children.unshift(paragraphNumber(id, n));
    outline.push({ kind: 'paragraph', id, n, text: value, locator });
    return 'skip';
  });
  return outline;
}

/** Updates where the following paragraphs sit when a heading is passed. */
function moveTo(place: ParagraphPlace, depth: number, id: string, heading: string) {
  place.n = 0;
  place.closing = false;
  if (isPartAnchor(id)) {
    place.part = heading;
    place.section = undefined;
    place.heading = undefined;
  } else if (isSectionAnchor(id)) {
    place.section = heading;
  } else if (depth === 2 || !place.part) {
    place.part = undefined;
    place.section = undefined;
    place.heading = heading;
  }
}

/** The visible paragraph number: a self-link, kept out of the search index. */
function paragraphNumber(id: string, n: number): Element {
  return element(
    'a',
    { className: ['para-num'], href: `#${id}`, ariaLabel: `第 ${n} 段`, dataPagefindIgnore: '' },
    [text(String(n))],
  );
}
