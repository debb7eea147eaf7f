import type { PackItem } from './state.ts';
import { sitePage } from '../site-page.ts';

/**
 * The text a handout prints for an item: the paragraph itself, read from its
 * page (same site, so this works on an intranet with no internet), or the page's
 * summary for a whole entry. Nothing of it is stored in the shared link.
 */
export async function itemText(item: PackItem): Promise<string | undefined> {
  const doc = await sitePage(item.url);
  if (!doc) return undefined;
  if (!item.anchor)
    return doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? undefined;
  const paragraph = doc.getElementById(item.anchor)?.cloneNode(true) as HTMLElement | undefined;
  if (!paragraph) return undefined;
  for (const extra of paragraph.querySelectorAll('.para-num, [popover]')) extra.remove();
  return paragraph.textContent?.trim();
}

/**
 * Where the item's paragraph sits, as its page names it now (第三部分（二）第14段):
 * a pack saved or shared before the site changed how it names paragraphs shows
 * today's name, not the one it was added with; that one only when the page cannot be read.
 */
export async function itemLocator(item: PackItem): Promise<string | undefined> {
  if (!item.anchor) return undefined;
  const doc = await sitePage(item.url);
  return doc?.getElementById(item.anchor)?.dataset.cite ?? item.locator;
}

/** An item's heading line on the handout: 1. title and, for a paragraph, where it sits. */
export const itemHeading = (item: PackItem, index: number, locator = item.locator) =>
  `${index + 1}. ${item.title}${locator ? ` ${locator}` : ''}`;
