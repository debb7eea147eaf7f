import type { HastPluginEntry } from 'satteri';
import type { Element, ElementContent, Text } from 'hast';
import type { GlossaryTerm } from '../lib/glossary-terms.ts';

/** Options of {@link glossaryPlugin}. */
export interface GlossaryPluginOptions {
  terms: readonly GlossaryTerm[];
  /** Content folders whose entries link their terms, e.g. `content/cases`. */
  folders: readonly string[];
  /** The URL of a term's own page. */
  href: (id: string) => string;
}

/** Where a term is never turned into a control: inside links, buttons, headings, code and quotations of the speech. */
const NO_LINK = new Set(['a', 'button', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'figcaption']);

/**
 * A Sätteri hast plugin that turns the first use of each glossary term in an
 * entry into a button opening a popover with the term's definition and a link
 * to its page. The popover is HTML's own (no script); the definitions sit at the
 * end of the entry, outside its paragraphs, so the text reads and searches as written.
 */
export function glossaryPlugin(options: GlossaryPluginOptions): HastPluginEntry {
  const forms = options.terms
    .flatMap((term) => term.forms.map((form) => ({ form, term })))
    .sort((a, b) => b.form.length - a.form.length);
  return ({ fileURL }) => {
    const path = fileURL?.pathname ?? '';
    if (forms.length === 0 || !options.folders.some((folder) => path.includes(`/${folder}/`))) return null;
    const used = new Map<string, GlossaryTerm>();
    return {
      name: 'knowledge-base-glossary',
      text(node: Readonly<Text>, ctx) {
        for (let parent = ctx.parent(node); parent && parent.type === 'element'; parent = ctx.parent(parent)) {
          if (NO_LINK.has(parent.tagName) || 'popover' in (parent.properties ?? {})) return;
        }
        if (ctx.parent(node)?.type !== 'element') return;
        const pieces = splitAtTerms(node.value, forms, used);
        if (pieces.length > 1) ctx.replaceNode(node, pieces);
      },
      after(root, ctx) {
        if (used.size > 0) ctx.appendChild(root, [...used.values()].map((term) => popover(term, options.href(term.id))));
      },
    };
  };
}

/** The text with the first use of each term not yet used replaced by its button. */
function splitAtTerms(value: string, forms: ReadonlyArray<{ form: string; term: GlossaryTerm }>, used: Map<string, GlossaryTerm>): ElementContent[] {
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
    if (best.index > 0) pieces.push({ type: 'text', value: rest.slice(0, best.index) });
    pieces.push(button(best.form, best.term));
    rest = rest.slice(best.index + best.form.length);
  }
  if (rest) pieces.push({ type: 'text', value: rest });
  return pieces;
}

function button(text: string, term: GlossaryTerm): Element {
  return {
    type: 'element',
    tagName: 'button',
    properties: { type: 'button', className: ['term'], popoverTarget: `term-${term.id}`, title: `“${term.title}”的释义` },
    children: [{ type: 'text', value: text }],
  };
}

function popover(term: GlossaryTerm, href: string): Element {
  return {
    type: 'element',
    tagName: 'div',
    properties: { id: `term-${term.id}`, popover: 'auto', className: ['term-popover'], dataPagefindIgnore: '', role: 'note', ariaLabel: `术语：${term.title}` },
    children: [
      { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: term.title }] }, { type: 'text', value: `：${term.summary}` }] },
      { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'element', tagName: 'a', properties: { href }, children: [{ type: 'text', value: `查看“${term.title}”词条` }] }] },
    ],
  };
}
