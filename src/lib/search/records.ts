import { parse, NodeType, type HTMLElement, type Node } from 'node-html-parser';
import { indexContent } from './tokens.ts';

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

/**
 * Reads a built page into a search record: the text inside `data-pagefind-body`
 * without `data-pagefind-ignore` parts, the offsets of its paragraph and heading
 * anchors, and the filters, metadata and sort keys the page declares in <head>.
 * Pages without a `data-pagefind-body` are not searchable and give `undefined`.
 */
export function recordFromHtml(url: string, html: string): SearchRecord | undefined {
  const root = parse(html);
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return undefined;
  const { text, anchors } = readText(body);
  const meta: Record<string, string> = {
    title: body.querySelector('h1')?.text.trim() ?? root.querySelector('title')?.text ?? url,
  };
  const filters: Record<string, string[]> = {};
  const sort: Record<string, string> = {};
  for (const tag of root.querySelectorAll('meta[name^="search-"]')) {
    const [, kind, name] =
      /^search-(filter|meta|sort)-(.+)$/.exec(tag.getAttribute('name') ?? '') ?? [];
    const value = tag.getAttribute('content') ?? '';
    if (kind === 'filter') (filters[name!] ??= []).push(value);
    else if (kind === 'meta') meta[name!] = value;
    else if (kind === 'sort') sort[name!] = value;
  }
  if (anchors.length > 0) meta.anchors = anchors.map(([id, offset]) => `${id}:${offset}`).join(',');
  return { url, content: indexContent(text), meta, filters, sort };
}

function readText(body: HTMLElement): { text: string; anchors: Array<[string, number]> } {
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
