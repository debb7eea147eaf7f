import {
  casePaths,
  conceptPaths,
  documentPaths,
  glossaryPaths,
  listPaths,
  matrixCellPaths,
  matrixPaths,
  sitePaths,
  speechPaths,
} from './routes.ts';
import { urls } from '../site/urls.ts';

/** One page of the sitemap, with the date it last changed where known. */
export interface SitemapPage {
  path: string;
  lastmod?: string;
}

/**
 * Every page the site builds, derived from the same route data the pages are
 * built from, so the sitemap cannot drift from the site. Alias redirects are
 * left out: they are not pages of their own.
 */
export async function sitemapPages(): Promise<SitemapPage[]> {
  const lists = (await listPaths()).map(({ props }) => ({
    path: urls.list(props.collection, props.current),
  }));
  const entries = [
    ...(await speechPaths()),
    ...(await casePaths()),
    ...(await glossaryPaths()),
    ...(await documentPaths()),
  ].map(({ props }) => ({
    path: props.item.url,
    lastmod: props.item.updated,
  }));
  const tags = [...(await conceptPaths()), ...(await sitePaths())].map(({ props }) => ({
    path: urls.tag(props.item.collection, props.item.id, props.current),
    ...(props.current === 1 ? { lastmod: props.item.updated } : {}),
  }));
  const matrix = [
    ...(await matrixPaths()).map(({ props }) => ({ path: urls.matrix(props.current) })),
    ...(await matrixCellPaths()).map(({ props }) => ({
      path: urls.matrixCell(props.cell.concept.id, props.cell.site.id, props.current),
    })),
  ];
  return [
    { path: urls.home() },
    { path: urls.search() },
    { path: urls.pack() },
    { path: urls.compare() },
    { path: urls.contribute() },
    ...lists,
    ...entries,
    ...tags,
    ...matrix,
  ];
}

/** The sitemap XML for `pages`, with absolute URLs on `site`. */
export function sitemapXml(pages: SitemapPage[], site: URL): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const items = pages.map(
    (page) =>
      `<url><loc>${escape(new URL(page.path, site).href)}</loc>${page.lastmod ? `<lastmod>${page.lastmod}</lastmod>` : ''}</url>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...items,
    '</urlset>',
    '',
  ].join('\n');
}
