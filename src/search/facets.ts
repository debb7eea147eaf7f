import type { AnyItem } from '../knowledge/items.ts';
import type { MetaKey } from '../common/search/meta.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { labelOf } from '../common/collections.ts';
import { yearOf } from '../knowledge/labels.ts';
import { dateLine, entryDate } from '../knowledge/entry-dates.ts';

/** The Pagefind filters, metadata and sort keys of one entry page. */
export interface SearchFacets {
  /** Filter name → values: 类型 type, 性质 kind, 理念 concept, 示范点 site, 层级 level, 年份 year. */
  filters: Record<string, string[]>;
  /** Metadata shown with each result. */
  meta: Partial<Record<MetaKey, string>>;
  /** Sort keys. */
  sort: Record<string, string>;
}

/**
 * What the search page can filter an entry by. Concept and model-site pages are
 * filed under themselves, and a site also under the concepts its cases practise.
 */
export function searchFacets(
  item: AnyItem,
  kb: Pick<KnowledgeBase, 'conceptsBySite'>,
): SearchFacets {
  const type = labelOf(item.collection);
  const filters: Record<string, string[]> = { type: [type] };
  const meta: SearchFacets['meta'] = { type };
  const sort: Record<string, string> = {};
  switch (item.collection) {
    case 'speeches':
    case 'cases': {
      filters.concept = item.concepts.map((concept) => concept.data.title);
      filters.site = item.sites.map((site) => site.data.title);
      // Filed and sorted by what is known: a speech by when it was given (never its repost), a case by when it took place.
      const { date } = item.data;
      const shown = entryDate(item);
      if (date && shown) {
        filters.year = [yearOf(date)];
        meta.date = dateLine(shown);
        sort.date = date.value;
      }
      if (item.collection === 'cases') {
        filters.kind = [item.data.kind];
        meta.kind = item.data.kind;
        if (item.data.level) filters.level = [item.data.level];
      }
      break;
    }
    case 'concepts':
      filters.concept = [item.data.title];
      break;
    case 'sites':
      filters.site = [item.data.title];
      filters.concept = (kb.conceptsBySite.get(item.id) ?? []).map((concept) => concept.data.title);
      break;
    case 'glossary':
      break;
    default:
      // A new collection fails to compile here until its filters are chosen.
      throw new Error(`未知的集合：${(item satisfies never as AnyItem).collection}`);
  }
  if (filters.concept?.length) meta.concepts = filters.concept.join('、');
  // Every page needs a sort key or newest-first browsing drops it; undated pages go last. The
  // address breaks ties, so the order is fully known at build time (see browse.ts).
  sort.date = `${sort.date ?? '0000'} ${item.url}`;
  return { filters, meta, sort };
}
