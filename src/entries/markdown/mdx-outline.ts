import { isPartAnchor, isSectionAnchor, paragraphLabel } from '../../common/anchors.ts';
import type { Element, Root } from 'hast';
import { AnchorCounter, PLAIN_NUMBERING, type NumberingPlan } from '../../common/numbering.ts';
import type { OutlineItem } from '../outline.ts';
import {
  paragraphLocator,
  paragraphName,
  type ParagraphPlace,
} from '../../common/reference-text.ts';
import { element, parseBody, text, textContent, visit } from './hast.ts';

/** The outline of a numbered entry (a speech) from its MDX, numbered exactly as its page. */
export const outlineOf = (body: string, plan: NumberingPlan = PLAIN_NUMBERING): OutlineItem[] =>
  numberAnchors(parseBody(body), true, plan);

/**
 * Gives every heading a stable ASCII id, and, when `numbered` (speeches and
 * cases), every top-level paragraph an id `p-N`, its citation locator
 * (第三部分（二）第14段, by the number it shows) and a visible number linking to
 * itself. A `***` on its own line after the numbered parts ends the last of them:
 * the paragraphs after it are the closing (结束语第21段), so the last section does
 * not claim them. Returns the outline, so pages quote and cite paragraphs by the
 * same numbering the reader sees.
 * `plan` keeps published numbers where paragraphs were added or retired later.
 */
export function numberAnchors(
  tree: Root,
  numbered: boolean,
  plan: NumberingPlan = PLAIN_NUMBERING,
): OutlineItem[] {
  const counter = new AnchorCounter(numbered ? plan : PLAIN_NUMBERING);
  const outline: OutlineItem[] = [];
  const place: ParagraphPlace = { number: '' };
  visit(tree, (node, ancestors) => {
    if (node.type !== 'element' || !['h2', 'h3', 'h4', 'p', 'hr'].includes(node.tagName)) return;
    if (node.tagName === 'hr') {
      if (numbered && place.part && ancestors.at(-1)?.type === 'root') {
        Object.assign(place, {
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
    const locator = paragraphLocator({ ...place, number: paragraphLabel(id) });
    node.properties = { id, className: ['para'], dataCite: locator, ...node.properties };
    node.children.unshift(paragraphNumber(id));
    outline.push({ kind: 'paragraph', id, n, text: value, locator });
    return 'skip';
  });
  if (numbered) outline.push(...retiredAnchors(tree, plan));
  return outline;
}

/**
 * A retired number keeps its links working without a script: an empty element
 * with its id, just before the paragraph it now leads to (a link to `#p-13`
 * scrolls there; the stylesheet marks that paragraph as the target). A target
 * that is not a paragraph of this text is left out; the content check names it.
 */
function retiredAnchors(tree: Root, plan: NumberingPlan): OutlineItem[] {
  return Object.entries(plan.retired).flatMap(([id, of]) => {
    const at = tree.children.findIndex(
      (node) => node.type === 'element' && node.tagName === 'p' && node.properties.id === of,
    );
    if (at < 0) return [];
    tree.children.splice(
      at,
      0,
      element('span', { id, className: ['para-alias'], dataAliasOf: of, ariaHidden: 'true' }, []),
    );
    return [{ kind: 'alias' as const, id, of }];
  });
}

/** Updates where the following paragraphs sit when a heading is passed. */
function moveTo(place: ParagraphPlace, depth: number, id: string, heading: string) {
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
function paragraphNumber(id: string): Element {
  const label = paragraphLabel(id);
  return element(
    'a',
    {
      className: ['para-num'],
      href: `#${id}`,
      ariaLabel: paragraphName(id),
      dataPagefindIgnore: '',
    },
    [text(label)],
  );
}
