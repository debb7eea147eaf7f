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
