import { citePage, citeParagraph } from '../copy-reference.ts';
import { sitePage } from '../site-page.ts';
import { itemAddress } from './resolve.ts';
import type { PackItem } from './state.ts';

/** The item's full address, as the reader's browser reaches it: printed, so a reader can type it. */
export const fullAddress = (item: PackItem) => `${location.origin}${itemAddress(item)}`;

/**
 * What 复制引用 (a paragraph) or 复制参考文献 (a whole entry) gives for the item on its
 * own page: the one citation the screen, the printed handout and the Word file show.
 */
export async function itemCitation(item: PackItem): Promise<string> {
  const page = await sitePage(item.url);
  const url = fullAddress(item);
  return item.anchor
    ? citeParagraph(page, item.anchor, url, item)
    : citePage(page, url, item.title);
}
