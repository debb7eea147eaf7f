import type { Element, ElementContent, Root } from 'hast';
import type { GlossaryTerm } from '../glossary-terms.ts';
import { element, text, visit } from './hast.ts';

/** Where a term is never turned into a control: inside links, buttons, headings, code and captions. */
const NO_LINK = new Set([
  'a',
  'button',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'code',
  'pre',
  'figcaption',
]);

/**
 * Turns the first use of each glossary term in an entry into a button opening a
 * popover with the term's definition and a link to its page. The popover is
 * HTML's own (no script); the definitions go at the end of the entry, outside
 * its paragraphs, so the text reads and searches as written.
 */
export function linkGlossaryTerms(
  tree: Root,
  terms: readonly GlossaryTerm[],
  href: (id: string) => string,
): void {
  const forms = terms
    .flatMap((term) => term.forms.map((form) => ({ form, term })))
    .sort((a, b) => b.form.length - a.form.length);
  if (forms.length === 0) return;
  const used = new Map<string, GlossaryTerm>();
  visit(tree, (node, ancestors) => {
    if (node.type === 'element' && (NO_LINK.has(node.tagName) || 'popover' in node.properties))
      return 'skip';
    const parent = ancestors.at(-1);
    // Text straight inside a component is left as it is; paragraphs inside one are linked like any other.
    if (node.type !== 'text' || parent?.type !== 'element') return;
    const pieces = splitAtTerms(node.value, forms, used);
    if (pieces.length > 1) parent.children.splice(parent.children.indexOf(node), 1, ...pieces);
  });
  if (used.size > 0)
    tree.children.push(...[...used.values()].map((term) => popover(term, href(term.id))));
}

/** The text with the first use of each term not yet used replaced by its button. */
function splitAtTerms(
  value: string,
  forms: ReadonlyArray<{ form: string; term: GlossaryTerm }>,
  used: Map<string, GlossaryTerm>,
): ElementContent[] {
  const pieces: ElementContent[] = [];
  let rest = value;
  for (;;) {
    let best: { index: number; form: string; term: GlossaryTerm } | undefined;
    for (const candidate of forms) {
      if (used.has(candidate.term.id)) continue;
      const index = rest.indexOf(candidate.form);
      if (index >= 0 && (!best || index < best.index)) best = { index, ...candidate };
    }
    if (!best) break;
    used.set(best.term.id, best.term);
    if (best.index > 0) pieces.push(text(rest.slice(0, best.index)));
    pieces.push(button(best.form, best.term));
    rest = rest.slice(best.index + best.form.length);
  }
  if (rest) pieces.push(text(rest));
  return pieces;
}

function button(form: string, term: GlossaryTerm): Element {
  return element(
    'button',
    {
      type: 'button',
      className: ['term'],
      popoverTarget: `term-${term.id}`,
      title: `“${term.title}”的释义`,
    },
    [text(form)],
  );
}

function popover(term: GlossaryTerm, href: string): Element {
  return element(
    'div',
    {
      id: `term-${term.id}`,
      popover: 'auto',
      className: ['term-popover'],
      dataPagefindIgnore: '',
      role: 'note',
      ariaLabel: `术语：${term.title}`,
    },
    [
      element('p', {}, [element('strong', {}, [text(term.title)]), text(`：${term.summary}`)]),
      element('p', {}, [element('a', { href }, [text(`查看“${term.title}”词条`)])]),
    ],
  );
}
