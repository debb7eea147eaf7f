import type { AnyItem, TaggedItem } from '../knowledge/items.ts';

/** What filing a document reads: its tags and its date. */
type DocumentLike = TaggedItem & { data: { date?: PartialDate } };
import type { MetaKey } from '../common/search/meta.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { labelOf, roleOf, taggedWithOf } from '../common/collections.ts';
import { yearOf } from '../knowledge/labels.ts';
import type { PartialDate } from '../schemas/common.ts';
import { dateLine, entryDate } from '../knowledge/entry-dates.ts';

/** The Pagefind filters, metadata and sort keys of one entry page. */
export interface SearchFacets {
  /** Filter name → values: 类型 type, 性质 kind, 理念 concept, 示范点 site, 层级 level, 年份 year. */
  filters: Record<string, string[]>;
  /** Metadata shown with each result. */
  meta: Partial<Record<MetaKey, string>>;
  /** Sort keys: `updated`, when the page last changed. */
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
  const role = roleOf(item.collection);
  switch (role) {
    case 'document': {
      const document = item as DocumentLike;
      const tagged = taggedWithOf(item.collection);
      if (tagged.includes('concepts'))
        filters.concept = document.concepts.map((concept) => concept.data.title);
      if (tagged.includes('sites')) filters.site = document.sites.map((site) => site.data.title);
      // Filed by what is known: a speech by when it was given (never its repost), a case by when it took place.
      const { date } = document.data;
      const shown = entryDate(item);
      if (date && shown) {
        filters.year = [yearOf(date)];
        meta.date = dateLine(shown);
      }
      // The kind and level only cases have, and the search page filters by.
      if (item.collection === 'cases') {
        filters.kind = [item.data.kind];
        meta.kind = item.data.kind;
        if (item.data.level) filters.level = [item.data.level];
      }
      break;
    }
    case 'tag':
      if (item.collection === 'sites') {
        filters.site = [item.data.title];
        // Shown with the result like a case's kind; not a filter value, since 案例性质 filters cases only.
        meta.kind = item.data.status;
        filters.concept = (kb.conceptsBySite.get(item.id) ?? []).map(
          (concept) => concept.data.title,
        );
      } else filters.concept = [item.data.title];
      break;
    case 'term':
      break;
    default:
      // A new role fails to compile here until its filters are chosen.
      throw new Error(`未知的条目类别：${role satisfies never}`);
  }
  if (filters.concept?.length) meta.concepts = filters.concept.join('、');
  // Browsing lists the most recently changed first, the one order every page has (almost no
  // entry has a date of its own). Every page needs a key or browsing drops it; pages without a
  // known change go last. The address breaks ties, so the order is fully known at build time (see browse.ts).
  sort.updated = `${item.updated ?? '0000-00-00'} ${item.url}`;
  return { filters, meta, sort };
}
