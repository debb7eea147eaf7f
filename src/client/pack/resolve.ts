import { sitePage } from '../site-page.ts';
import type { PackItem } from './state.ts';

/** The item's own address on this site, with its paragraph: what a compact link says of it. */
export const itemAddress = (item: PackItem) =>
  item.anchor ? `${item.url}#${item.anchor}` : item.url;

/**
 * Whether the item is still on the site: its page loads and holds its paragraph. An item
 * that is gone stays in the pack, shown with what the link says of it, and marked.
 */
export async function itemFound(item: PackItem): Promise<boolean> {
  const page = await sitePage(item.url);
  const article = page?.querySelector('article[data-cite-title]');
  return Boolean(article && (!item.anchor || page!.getElementById(item.anchor)));
}

/**
 * Fills in what a compact link leaves out (title, paragraph place, a case's 学习要点),
 * read from the item's page as it is today; an item with a title already (a version 1
 * link, or the reader's own pack) is left as it is. Gone from the site: titled by its address.
 */
export async function resolveItem(item: PackItem): Promise<PackItem> {
  if (item.title) return item;
  const page = await sitePage(item.url);
  const article = page?.querySelector<HTMLElement>('article[data-cite-title]');
  const title = article?.dataset.citeTitle;
  if (!page || !title) return { ...item, title: itemAddress(item) };
  if (item.anchor) {
    const locator = page.getElementById(item.anchor)?.dataset.cite;
    return { ...item, title, ...(locator && { locator }) };
  }
  const points = [...page.querySelectorAll('[data-teaching-points] > li')].map((point) =>
    point.textContent!.trim(),
  );
  return { ...item, title, ...(points.length > 0 && { points }) };
}
