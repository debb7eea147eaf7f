import { parse, NodeType, type HTMLElement, type Node } from 'node-html-parser';
import { indexContent } from '../common/search/tokens.ts';
import type { PageFacets } from './build-data.ts';
import type { MetaKey } from '../common/search/meta.ts';

/** One page as the search index stores it. */
export interface SearchRecord {
  url: string;
  /** The page's searchable text, with word breaks for the index (see tokens.ts). */
  content: string;
  /** Shown with each result: title, type, date, concepts, and where each anchor starts in the text. */
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** Elements that end a line of text, so words of neighbouring blocks never run together. */
const BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'blockquote',
  'figcaption',
  'figure',
  'dt',
  'dd',
  'div',
  'section',
  'header',
  'aside',
  'tr',
  'td',
  'th',
  'br',
  'pre',
  'ul',
  'ol',
  'dl',
  'table',
]);
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg']);
/** Anchors a search result can open: numbered paragraphs and headings. */
const LINKABLE = /^(h[1-6]|p)$/;

/** A page's searchable text and where each of its anchors starts in it. */
export interface PageText {
  text: string;
  /** Anchor id and its offset in `text`, in document order. */
  anchors: Array<[string, number]>;
}

/**
 * The text a built page offers to search: what is inside `data-pagefind-body`
 * without its `data-pagefind-ignore` parts, and the offsets of its paragraph and
 * heading anchors. Pages without a `data-pagefind-body` give `undefined`.
 */
export function pageText(html: string): PageText | undefined {
  const body = parse(html).querySelector('[data-pagefind-body]');
  return body ? readText(body) : undefined;
}

/**
 * A page's search record: its text as the page shows it, and the title, filters,
 * metadata and sort keys the knowledge base files it under (postbuild/build-data.ts).
 */
export function searchRecord(url: string, text: PageText, facets: PageFacets): SearchRecord {
  const meta: Partial<Record<MetaKey, string>> = { title: facets.title, ...facets.meta };
  if (text.anchors.length > 0)
    meta.anchors = text.anchors.map(([id, offset]) => `${id}:${offset}`).join(',');
  return {
    url,
    content: indexContent(text.text),
    meta,
    filters: facets.filters,
    sort: facets.sort,
  };
}

function readText(body: HTMLElement): PageText {
  let text = '';
  const anchors: Array<[string, number]> = [];
  const lineBreak = () => {
    if (text && !text.endsWith('\n')) text += '\n';
  };
  const visit = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      text += node.text
        .replace(/\s+/g, ' ')
        .replace(/^ /, text.endsWith('\n') || text === '' ? '' : ' ');
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const element = node as HTMLElement;
    const tag = element.tagName.toLowerCase();
    if (SKIPPED.has(tag) || element.hasAttribute('data-pagefind-ignore')) return;
    const block = BLOCKS.has(tag);
    if (block) lineBreak();
    if (element.id && LINKABLE.test(tag)) anchors.push([element.id, text.length]);
    for (const child of element.childNodes) visit(child);
    if (block) lineBreak();
  };
  visit(body);
  return { text: text.replace(/ +\n/g, '\n').trim(), anchors };
}
