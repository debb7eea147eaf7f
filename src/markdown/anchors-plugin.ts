import type { HastPluginEntry } from 'satteri';
import type { Element } from 'hast';
import { AnchorCounter } from '../lib/numbering.ts';
import type { OutlineItem } from '../lib/outline.ts';

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
            return;
          }
          if (!numbered || ctx.parent(node).type !== 'root') return;
          const { id, n } = counter.paragraph();
          ctx.setProperty(node, 'id', id);
          ctx.setProperty(node, 'className', ['para']);
          ctx.prependChild(node, paragraphNumber(id, n));
          outline.push({ kind: 'paragraph', id, n, text });
        },
      },
      after(_root, ctx) {
        const astro = ctx.data.astro;
        if (astro) astro.frontmatter = { ...astro.frontmatter, outline };
      },
    };
  };
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
