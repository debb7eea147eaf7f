import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { COLLECTIONS } from '../common/collections.ts';
import { searchFacets } from './facets.ts';
import { PLAIN_PASSAGE_LENGTH, resultFacts } from '../common/search/result-view.ts';

/** One of the newest entries, as the search page lists it before anything is searched. */
export interface BrowseItem {
  url: string;
  title: string;
  /** The line under the title (see result-view.ts). */
  facts: string;
  /** The start of the entry's summary. */
  passage: string;
}

/**
 * The entries the search page lists with nothing searched, the most recently changed
 * first, in the order Pagefind's `updated` sort gives (its key is unique, see facets.ts), so the
 * page can show them without loading the index and “显示更多” continues from them.
 */
export function newestEntries(
  kb: KnowledgeBase,
  count: number,
): { items: BrowseItem[]; total: number } {
  const entries = COLLECTIONS.flatMap((collection) =>
    kb[collection].map((item) => ({ item, facets: searchFacets(item, kb) })),
  );
  entries.sort((a, b) => (a.facets.sort.updated! < b.facets.sort.updated! ? 1 : -1));
  return {
    total: entries.length,
    items: entries.slice(0, count).map(({ item, facets }) => ({
      url: item.url,
      title: item.data.title,
      facts: resultFacts(facets.meta),
      passage: item.data.summary.slice(0, PLAIN_PASSAGE_LENGTH),
    })),
  };
}
