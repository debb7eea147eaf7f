import type { Root } from 'hast';
import type { MarkdownHeading } from 'astro';
import { toHtml } from 'hast-util-to-html';
import type { GlossaryTerm } from '../glossary-terms.ts';
import type { NumberingPlan } from '../../common/numbering.ts';
import type { OutlineItem } from '../outline.ts';
import { urls } from '../../site/urls.ts';
import { expandComponents } from './components/expand.ts';
import {
  quotedPassages,
  type QuotableSpeech,
  type QuotedPassage,
} from './components/speech-quote.ts';
import { numberAnchors } from './mdx-outline.ts';
import { linkGlossaryTerms } from './glossary.ts';
import { markImages } from './images.ts';
import { baseSiteLinks } from './site-links.ts';
import { parseBody, textContent, visit } from './hast.ts';
import { normaliseTypography } from './hast-typography.ts';

/** What rendering an entry needs besides its own text. */
export interface RenderInputs {
  /** Number the paragraphs (speeches and cases). */
  numbered: boolean;
  /** Where published paragraph numbers stay put (a speech's frontmatter paragraphNumbers); plain numbering when absent. */
  numbering?: NumberingPlan;
  /** Glossary terms whose first use links to the definition; none for glossary entries themselves. */
  terms: readonly GlossaryTerm[];
  /** The speeches a <SpeechQuote> may quote. */
  speeches: readonly QuotableSpeech[];
  /** The entry's file, relative to the project root, for messages. */
  file: string;
}

/** An entry's body as HTML, with what pages need to know about it. */
export interface RenderedBody {
  html: string;
  headings: MarkdownHeading[];
  /** Headings and numbered paragraphs, in order, for quoting and citing. */
  outline: OutlineItem[];
  /** The entry's own images, for Astro to optimise. */
  imagePaths: string[];
  /** The speech passages it quotes with <SpeechQuote>, which link back to it as if cited. */
  quotes: QuotedPassage[];
}

/**
 * Renders an entry's MDX body to HTML without compiling it to JavaScript: the
 * text is parsed by Sätteri (the MDX parser Astro itself uses), the three author
 * components are expanded here, and nothing in an entry can ever run. Being
 * data, the HTML is kept in Astro's content store, so an unchanged entry is not
 * rendered again on the next build.
 */
export function renderEntryBody(body: string, inputs: RenderInputs): RenderedBody {
  const tree = parseBody(body);
  normaliseTypography(tree);
  const outline = numberAnchors(tree, inputs.numbered, inputs.numbering);
  // Before any link this renderer adds, which urls.ts already puts under the base path.
  baseSiteLinks(tree);
  linkGlossaryTerms(tree, inputs.terms, (id) => urls.entry('glossary', id));
  expandComponents(tree, inputs.speeches, inputs.file);
  const imagePaths = markImages(tree, inputs.file);
  return {
    html: toHtml(tree, { collapseEmptyAttributes: true }),
    headings: headingsOf(tree),
    outline,
    imagePaths,
    quotes: quotedPassages(tree),
  };
}

/** Every heading with an id, as Astro reports headings for a table of contents. */
function headingsOf(tree: Root): MarkdownHeading[] {
  const headings: MarkdownHeading[] = [];
  visit(tree, (node) => {
    if (
      node.type === 'element' &&
      /^h[1-6]$/.test(node.tagName) &&
      typeof node.properties.id === 'string'
    ) {
      headings.push({
        depth: Number(node.tagName[1]),
        slug: node.properties.id,
        text: textContent(node).trim(),
      });
      return 'skip';
    }
  });
  return headings;
}
