import { getKnowledgeBase } from './content.ts';
import { paginate, pageParam } from './pagination.ts';
import { siteConfig } from '../site.config.ts';
import type { AnyItem, CaseItem, ConceptItem, SiteItem } from './model.ts';
import { COLLECTIONS } from './content-files.ts';

/** Paths and props of every collection's paginated list: `/cases/`, `/cases/2/`, …. */
export async function listPaths() {
  const kb = await getKnowledgeBase();
  return COLLECTIONS.flatMap((collection) => {
    const items: AnyItem[] = kb[collection];
    const pages = paginate(items, siteConfig.pageSize);
    return pages.map((pageItems, index) => ({
      params: { collection, page: pageParam(index + 1) },
      props: { collection, items: pageItems, current: index + 1, last: pages.length, total: items.length },
    }));
  });
}

/** Paths and props of every entry page of a collection. */
export async function entryPaths<C extends 'speeches' | 'cases'>(collection: C) {
  const items = (await getKnowledgeBase())[collection];
  return items.map((item) => ({ params: { id: item.id }, props: { item: item as (typeof items)[number] } }));
}

/** What a concept or model-site page shows besides its own text. */
interface TagPageProps<T> {
  item: T;
  /** The cases on this page of the tag's case list. */
  cases: CaseItem[];
  /** How many cases carry the tag in all. */
  caseCount: number;
  current: number;
  last: number;
}

/** Paths of concept pages: `/concepts/<id>/` and, when its cases run long, `/concepts/<id>/2/`, …. */
export async function conceptPaths() {
  const kb = await getKnowledgeBase();
  return tagPaths(kb.concepts, kb.casesByConcept);
}

/** Paths of model-site pages, paginated like concept pages. */
export async function sitePaths() {
  const kb = await getKnowledgeBase();
  return tagPaths(kb.sites, kb.casesBySite);
}

function tagPaths<T extends ConceptItem | SiteItem>(items: T[], casesOf: Map<string, CaseItem[]>) {
  return items.flatMap((item) => {
    const all = casesOf.get(item.id) ?? [];
    const pages = paginate(all, siteConfig.pageSize);
    return pages.map((cases, index) => ({
      params: { id: item.id, page: pageParam(index + 1) },
      props: { item, cases, caseCount: all.length, current: index + 1, last: pages.length } satisfies TagPageProps<T>,
    }));
  });
}
