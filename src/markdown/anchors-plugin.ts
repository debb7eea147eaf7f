import type { HastPluginEntry } from 'satteri';
import type { Element } from 'hast';
import { AnchorCounter } from '../lib/numbering.ts';
import type { OutlineItem } from '../lib/outline.ts';
import { paragraphLocator, type ParagraphPlace } from '../lib/citation.ts';

/** Options of {@link anchorsPlugin}. */
export interface AnchorsPluginOptions {
  /** Content folders (relative to the project root) whose paragraphs are numbered, e.g. `content/speeches`. */
  numberedFolders: readonly string[];
}

/**
 * A Sätteri hast plugin that gives every heading a stable ASCII id, and, in the
 * numbered folders, every top-level paragraph an id `p-N` with a visible number
 * linking to itself. The outline it builds travels out of the compiler on
 * `frontmatter.outline`, the only channel Astro's MDX pipeline exports, so that
 * pages quote and cite paragraphs from the same numbering the reader sees.
 */
export function anchorsPlugin(options: AnchorsPluginOptions): HastPluginEntry {
  return ({ fileURL }) => {
    const path = fileURL?.pathname ?? '';
    const numbered = options.numberedFolders.some((folder) => path.includes(`/${folder}/`));
    const counter = new AnchorCounter();
    const outline: OutlineItem[] = [];
    // Where the next paragraph sits, for its citation (第三部分（二）第1段).
    const place: ParagraphPlace = { n: 0 };
    return {
      name: 'knowledge-base-anchors',
      element: {
        filter: ['h2', 'h3', 'h4', 'p'],
        visit(node: Readonly<Element>, ctx) {
          const text = ctx.textContent(node).trim();
          if (node.tagName !== 'p') {
            const depth = Number(node.tagName[1]);
            const id = counter.heading(depth, text);
            ctx.setProperty(node, 'id', id);
            outline.push({ kind: 'heading', id, depth, text });
            moveTo(place, depth, id, text);
            return;
          }
          if (!numbered || ctx.parent(node).type !== 'root') return;
          const { id, n } = counter.paragraph();
          ctx.setProperty(node, 'id', id);
          ctx.setProperty(node, 'className', ['para']);
          place.n += 1;
          const locator = paragraphLocator(place);
          ctx.setProperty(node, 'dataCite', locator);
          ctx.prependChild(node, paragraphNumber(id, n));
          outline.push({ kind: 'paragraph', id, n, text, locator });
        },
      },
      after(_root, ctx) {
        const astro = ctx.data.astro;
        if (astro) astro.frontmatter = { ...astro.frontmatter, outline };
      },
    };
  };
}

/** Updates where the following paragraphs sit when a heading is passed. */
function moveTo(place: ParagraphPlace, depth: number, id: string, text: string) {
  place.n = 0;
  if (/^part-\d+$/.test(id)) {
    place.part = text;
    place.section = undefined;
    place.heading = undefined;
  } else if (/^part-\d+-\d+$/.test(id)) {
    place.section = text;
  } else if (depth === 2 || !place.part) {
    place.part = undefined;
    place.section = undefined;
    place.heading = text;
  }
}

/** The visible paragraph number: a self-link, kept out of the search index. */
function paragraphNumber(id: string, n: number): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: ['para-num'],
      href: `#${id}`,
      ariaLabel: `第 ${n} 段`,
      dataPagefindIgnore: '',
    },
    children: [{ type: 'text', value: String(n) }],
  };
}
