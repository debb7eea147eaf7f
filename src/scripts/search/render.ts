import type { PagefindResultData } from './pagefind.ts';

/**
 * One result as a list item: title, type and date, the matching passage.
 * The excerpt is Pagefind's own escaped text with <mark> around matches, built
 * from our pages at build time, so it is inserted as HTML; everything else as text.
 */
export function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'py-4';
  const link = document.createElement('a');
  link.href = data.url;
  link.className = 'text-lg font-bold leading-snug';
  link.textContent = data.meta.title ?? data.url;
  const facts = document.createElement('p');
  facts.className = 'text-sm text-muted';
  facts.textContent = [data.meta.type, data.meta.date, data.meta.concepts].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.className = 'mt-1 search-excerpt';
  excerpt.innerHTML = data.excerpt;
  item.append(link, facts, excerpt);
  return item;
}
