import { contentFolder, type CollectionName } from '../common/collections.ts';
import { editFileUrl, newFileUrl } from './forge.ts';
import { entryTemplate } from './new-entry.ts';
import { siteConfig } from './config.ts';

/**
 * The site's base path, `/` unless the site is deployed under a sub-path: read from
 * the same SITE_URL as Astro's `base` (astro.config.mjs), not from
 * `import.meta.env.BASE_URL`, which a `BASE_URL` variable in the build's
 * environment (as some CI systems and test runners set) would override.
 */
const BASE = siteConfig.base;

/** Prefixes a root-relative path with the base path. */
const withBase = (path: string) => BASE + path.replace(/^\//, '');

/**
 * The file name the new-file page suggests: a placeholder, not a name. A good name is
 * the pinyin of the title, which only the editor knows when the page opens; and since
 * it contains Chinese, a placeholder left unchanged fails the content check (file-name)
 * on the merge request instead of becoming a permanent URL. It shows the `.mdx` ending
 * that the name needs.
 */
const NEW_ENTRY_FILE_NAME = '请改为标题拼音.mdx';

/**
 * The text a new entry starts with: the very template `npm run new` writes, with the
 * title a placeholder too (the content check refuses the file until it is replaced).
 * The one call of entryTemplate from the site, kept here so that a change to its
 * parameters is made in one place.
 */
function newEntryText(collection: CollectionName): string {
  return entryTemplate(collection, '【请填写：标题】');
}

/**
 * Every URL the site links to is built here, so that the scheme (ASCII, trailing
 * slash, numbered pages from 2 on) is written once.
 */
export const urls = {
  /** The home page. */
  home: () => withBase('/'),
  /** The page of one entry. */
  entry: (collection: CollectionName, id: string) => withBase(`/${collection}/${id}/`),
  /** One paragraph or heading of an entry. */
  anchor: (collection: CollectionName, id: string, anchor: string) =>
    `${urls.entry(collection, id)}#${anchor}`,
  /** Page `page` of a collection's list; page 1 is the list itself. */
  list: (collection: CollectionName, page = 1) =>
    withBase(page > 1 ? `/${collection}/${page}/` : `/${collection}/`),
  /** Page `page` of the cases listed on a concept or model-site page. */
  tag: (collection: 'concepts' | 'sites', id: string, page = 1) =>
    withBase(page > 1 ? `/${collection}/${id}/${page}/` : `/${collection}/${id}/`),
  /** Page `page` of the concept × model-site table. */
  matrix: (page = 1) => withBase(page > 1 ? `/matrix/${page}/` : '/matrix/'),
  /** Page `page` of the cases at one concept × model-site crossing. */
  matrixCell: (conceptId: string, siteId: string, page = 1) =>
    withBase(
      page > 1 ? `/matrix/${conceptId}/${siteId}/${page}/` : `/matrix/${conceptId}/${siteId}/`,
    ),
  /** The search page, optionally with a query that runs on load. */
  search: (query?: string) =>
    withBase(query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
  /** The repository's web editor for a content file (path relative to the project root), for 编辑此页; none without a repository. */
  edit: (file: string) => siteConfig.repository && editFileUrl(siteConfig.repository, file),
  /** The repository's "new file" page in a collection's folder, prefilled with the new-entry template, for 新增案例; none without a repository. */
  newEntry: (collection: CollectionName) =>
    siteConfig.repository &&
    newFileUrl(siteConfig.repository, contentFolder(collection), {
      name: NEW_ENTRY_FILE_NAME,
      content: newEntryText(collection),
    }),
  /** The comparison of cases side by side; the cases are chosen in its query (?cases=a,b). */
  compare: () => withBase('/compare/'),
  /** The course pack (学习单) page; a shared pack travels in its #fragment. */
  pack: (encoded?: string) => withBase(encoded ? `/pack/#${encoded}` : '/pack/'),
  /** The QR codes of an entry's paragraphs (JSON), fetched when a reader shows one. */
  paragraphCodes: (collection: CollectionName, id: string) =>
    withBase(`/qr/${collection}/${id}.json`),
  /** The feed of new speeches and cases. */
  feed: () => withBase('/rss.xml'),
  /** Every entry's metadata, for reuse. */
  entriesData: () => withBase('/data/entries.json'),
  /** The domain terms the search keeps whole when it splits a query (JSON), fetched only when it needs them. */
  searchTerms: () => withBase('/data/search-terms.json'),
  /** The model sites the search page can filter by (JSON), kept out of the page so it does not grow with every site. */
  searchSites: () => withBase('/data/search-sites.json'),
  /** A speech's numbered paragraphs (JSON), fetched by the 投稿 page when a draft cites or quotes it. */
  speechText: (id: string) => withBase(`/data/speeches/${id}.json`),
  /** The 投稿 page, optionally opened on one collection's form. */
  contribute: (collection?: CollectionName) =>
    withBase(collection ? `/contribute/?type=${collection}` : '/contribute/'),
  /** The sitemap. */
  sitemap: () => withBase('/sitemap.xml'),
  /**
   * Any path of the site written from its root, under the base path: a file in public/ or
   * a built asset (`/pagefind/pagefind.js`), or a link an editor wrote in content (`/cases/x/#p-2`).
   */
  asset: (path: string) => withBase(path),
};
