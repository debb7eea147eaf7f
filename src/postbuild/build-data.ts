import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import {
  COLLECTIONS,
  NUMBERED_COLLECTIONS,
  type NumberedCollection,
} from '../common/collections.ts';
import { searchFacets, type SearchFacets } from '../search/facets.ts';

/**
 * The file the build writes for its own post-build steps and then removes
 * (src/pages/kb-build-data.json.ts, read by src/postbuild/post-build.ts).
 * Those steps run after `astro build` has exited, in a process without
 * `astro:content`; a page's output is Astro's public way to hand them the
 * knowledge base's data, and keeps HTML out of the round trip.
 */
export const BUILD_DATA_FILE = 'kb-build-data.json';

/** A searchable page as the search index files it. */
export interface PageFacets extends SearchFacets {
  /** The page's title, shown as the result's heading. */
  title: string;
}

/** A speech or case whose paragraphs get a QR code each. */
export interface NumberedEntry {
  collection: NumberedCollection;
  id: string;
  /** The page's published address, which every code leads to with `#p-N`. */
  address: string;
  /** Its numbered paragraphs' anchors, in text order. */
  anchors: string[];
}

/** What the post-build steps need from the knowledge base. */
export interface BuildData {
  /** Every page with a `data-pagefind-body`, by its URL (base path included): each entry's page. */
  pages: Record<string, PageFacets>;
  /** Every entry with numbered paragraphs. */
  numbered: NumberedEntry[];
}

/** Derives the build data from the knowledge base; `site` is the address the site is published at. */
export function buildData(kb: KnowledgeBase, site: URL): BuildData {
  const pages: Record<string, PageFacets> = {};
  for (const collection of COLLECTIONS)
    for (const item of kb[collection])
      pages[item.url] = { title: item.data.title, ...searchFacets(item, kb) };
  const numbered = NUMBERED_COLLECTIONS.flatMap((collection) =>
    kb[collection].map((item): NumberedEntry => ({
      collection,
      id: item.id,
      address: new URL(item.url, site).href,
      anchors: [...item.paragraphs.keys()],
    })),
  );
  return { pages, numbered };
}
