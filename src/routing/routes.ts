import { getKnowledgeBase } from '../knowledge/content.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { paginate, pageParam } from './pagination.ts';
import { siteConfig } from '../site/config.ts';
import { cacheKeyOf } from './cache-key.ts';
import { cellKey, type MatrixCell } from '../knowledge/matrix.ts';
import type { AnyItem, CaseItem, ConceptItem, TaggedItem, SiteItem } from '../knowledge/items.ts';
import { conceptWording } from '../knowledge/concept-wording.ts';
import { COLLECTIONS, SHARED_PAGE_COLLECTIONS } from '../common/collections.ts';

/**
 * Each route's paths with everything its page shows in the props, derived here
 * once; pages are views of their props. That is also what lets Astro's
 * incremental build skip a page: its `cacheKey` covers its props (routing/cache-key.ts).
 */
const keyed = <T extends { props: object }>(path: T) => ({
  ...path,
  cacheKey: cacheKeyOf(path.props),
});

/** Derives a route's paths once per knowledge base: the sitemap asks for them too. */
function perBuild<T>(derive: (kb: KnowledgeBase) => T): () => Promise<T> {
  const memo = new WeakMap<KnowledgeBase, T>();
  return async () => {
    const kb = await getKnowledgeBase();
    if (!memo.has(kb)) memo.set(kb, derive(kb));
    return memo.get(kb)!;
  };
}

/** Paths and props of every collection's paginated list: `/cases/`, `/cases/2/`, …. */
export const listPaths = perBuild((kb) => {
  return COLLECTIONS.flatMap((collection) => {
    const items: AnyItem[] = kb[collection];
    const pages = paginate(items, siteConfig.pageSize);
    return pages.map((pageItems, index) =>
      keyed({
        params: { collection, page: pageParam(index + 1) },
        props: {
          collection,
          items: pageItems,
          current: index + 1,
          last: pages.length,
          total: items.length,
        },
      }),
    );
  });
});

/** The entries before and after one in its collection's order, for 上一篇 / 下一篇. */
export interface Neighbours {
  prev?: { title: string; url: string };
  next?: { title: string; url: string };
}

/** The neighbours of the item at `index` of `items`. */
export function neighbours(items: readonly AnyItem[], index: number): Neighbours {
  const link = (item: AnyItem | undefined) =>
    item ? { title: item.data.title, url: item.url } : undefined;
  return { prev: link(items[index - 1]), next: link(items[index + 1]) };
}

/** Paths of case pages, with the related cases each shows. */
export const casePaths = perBuild((kb) => {
  return kb.cases.map((item, index) =>
    keyed({
      params: { id: item.id },
      props: {
        item,
        neighbours: neighbours(kb.cases, index),
        related: kb.relatedCases(item),
      },
    }),
  );
});

/** Paths of speech pages, with the cases citing each paragraph, for their practice and as background. */
export const speechPaths = perBuild((kb) => {
  return kb.speeches.map((item, index) =>
    keyed({
      params: { id: item.id },
      props: {
        item,
        neighbours: neighbours(kb.speeches, index),
        related: new Map(
          [...item.paragraphs.keys()].map((id) => [
            id,
            kb.casesByParagraph.get(`${item.id}#${id}`) ?? [],
          ]),
        ),
        background: new Map(
          [...item.paragraphs.keys()].map((id) => [
            id,
            kb.casesByBackground.get(`${item.id}#${id}`) ?? [],
          ]),
        ),
      },
    }),
  );
});

/** Paths of the documents of collections without a page template of their own: `/<collection>/<id>/`. */
export const documentPaths = perBuild((kb) => {
  return SHARED_PAGE_COLLECTIONS.flatMap((collection) => {
    const items = kb[collection] as unknown as TaggedItem[];
    return items.map((item, index) =>
      keyed({
        params: { collection, id: item.id },
        props: { item, neighbours: neighbours(items, index) },
      }),
    );
  });
});

/** Paths of glossary term pages. */
export const glossaryPaths = perBuild((kb) => {
  return kb.glossary.map((item, index) =>
    keyed({
      params: { id: item.id },
      props: { item, neighbours: neighbours(kb.glossary, index) },
    }),
  );
});

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

/** Model sites a concept page lists; the table has them all, so the page does not grow with the collection. */
const SHOWN_SITES = 12;

/** Paths of concept pages: `/concepts/<id>/` and, when its cases run long, `/concepts/<id>/2/`, …. */
export const conceptPaths = perBuild((kb) => {
  return tagPaths(kb.concepts, kb.casesByConcept, (item) => {
    const sites = kb.sitesByConcept.get(item.id) ?? [];
    return {
      sites: sites.slice(0, SHOWN_SITES),
      siteCount: sites.length,
      listed: kb.listedOn('concepts', item.id),
      wording: conceptWording(kb, item, siteConfig.url),
    };
  });
});

/** Paths of model-site pages, paginated like concept pages. */
export const sitePaths = perBuild((kb) => {
  return tagPaths(kb.sites, kb.casesBySite, (item) => ({
    concepts: kb.conceptsBySite.get(item.id) ?? [],
    listed: kb.listedOn('sites', item.id),
  }));
});

/** Tag pages; `firstPage` is what only page 1 shows besides the entry's own text (its other lists). */
function tagPaths<T extends ConceptItem | SiteItem, F extends object>(
  items: T[],
  casesOf: Map<string, CaseItem[]>,
  firstPage: (item: T) => F,
) {
  return items.flatMap((item, position) => {
    const all = casesOf.get(item.id) ?? [];
    const pages = paginate(all, siteConfig.pageSize);
    const first = firstPage(item);
    return pages.map((cases, index) =>
      keyed({
        params: { id: item.id, page: pageParam(index + 1) },
        props: {
          item,
          cases,
          caseCount: all.length,
          current: index + 1,
          last: pages.length,
          neighbours: neighbours(items, position),
          first: index === 0 ? first : undefined,
        } satisfies TagPageProps<T> & { first?: F },
      }),
    );
  });
}

/** Model sites per page of the concept × model-site table, so the table never grows wider than this. */
const MATRIX_COLUMNS = 10;

/** Paths of the concept × model-site table: `/matrix/`, `/matrix/2/`, … a page per group of sites. */
export const matrixPaths = perBuild((kb) => {
  const pages = paginate(kb.sites, MATRIX_COLUMNS);
  return pages.map((sites, index) => {
    // Only this page's crossings, so a case changing elsewhere in the table leaves this page as it was.
    const matrix = new Map<string, MatrixCell>();
    for (const concept of kb.concepts) {
      for (const site of sites) {
        const cell = kb.matrix.get(cellKey(concept.id, site.id));
        if (cell) matrix.set(cellKey(concept.id, site.id), cell);
      }
    }
    return keyed({
      params: { page: pageParam(index + 1) },
      props: { concepts: kb.concepts, sites, matrix, current: index + 1, last: pages.length },
    });
  });
});

/** Paths of each non-empty crossing's case list: `/matrix/<concept>/<site>/`, paginated. */
export const matrixCellPaths = perBuild((kb) => {
  return [...kb.matrix.values()].flatMap((cell) => {
    const pages = paginate(cell.cases, siteConfig.pageSize);
    return pages.map((cases, index) =>
      keyed({
        params: { concept: cell.concept.id, site: cell.site.id, page: pageParam(index + 1) },
        props: {
          cell: { concept: cell.concept, site: cell.site, count: cell.cases.length },
          cases,
          current: index + 1,
          last: pages.length,
        },
      }),
    );
  });
});

/** Old URLs named in `aliases`: each becomes a page that sends the reader on. */
export const aliasPaths = perBuild((kb) => {
  return kb.redirects.map((redirect) =>
    keyed({ params: { alias: redirect.path }, props: { to: redirect.to } }),
  );
});
