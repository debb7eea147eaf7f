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

/** The entries before and after one in its collection's order, for 上一篇 / 下一篇. */
export interface Neighbours {
  prev?: { title: string; url: string };
  next?: { title: string; url: string };
}

/** The neighbours of the item at `index` of `items`. */
export function neighbours(items: readonly AnyItem[], index: number): Neighbours {
  const link = (item: AnyItem | undefined) => (item ? { title: item.data.title, url: item.url } : undefined);
  return { prev: link(items[index - 1]), next: link(items[index + 1]) };
}

/** Paths and props of every entry page of a collection. */
export async function entryPaths<C extends 'speeches' | 'cases' | 'glossary'>(collection: C) {
  const items = (await getKnowledgeBase())[collection];
  return items.map((item, index) => ({
    params: { id: item.id },
    props: { item: item as (typeof items)[number], neighbours: neighbours(items, index) },
  }));
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
  /** The concepts or sites before and after, on the first page. */
  neighbours: Neighbours;
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
  return items.flatMap((item, position) => {
    const all = casesOf.get(item.id) ?? [];
    const pages = paginate(all, siteConfig.pageSize);
    return pages.map((cases, index) => ({
      params: { id: item.id, page: pageParam(index + 1) },
      props: { item, cases, caseCount: all.length, current: index + 1, last: pages.length, neighbours: neighbours(items, position) } satisfies TagPageProps<T>,
    }));
  });
}

/** Model sites per page of the concept × model-site table, so the table never grows wider than this. */
const MATRIX_COLUMNS = 10;

/** Paths of the concept × model-site table: `/matrix/`, `/matrix/2/`, … a page per group of sites. */
export async function matrixPaths() {
  const kb = await getKnowledgeBase();
  const pages = paginate(kb.sites, MATRIX_COLUMNS);
  return pages.map((sites, index) => ({
    params: { page: pageParam(index + 1) },
    props: { concepts: kb.concepts, sites, matrix: kb.matrix, current: index + 1, last: pages.length },
  }));
}

/** Paths of each non-empty crossing's case list: `/matrix/<concept>/<site>/`, paginated. */
export async function matrixCellPaths() {
  const kb = await getKnowledgeBase();
  return [...kb.matrix.values()].flatMap((cell) => {
    const pages = paginate(cell.cases, siteConfig.pageSize);
    return pages.map((cases, index) => ({
      params: { concept: cell.concept.id, site: cell.site.id, page: pageParam(index + 1) },
      props: { cell, cases, current: index + 1, last: pages.length },
    }));
  });
}
