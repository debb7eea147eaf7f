import type { AnyItem } from '../knowledge/items.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { siteConfig } from '../site/config.ts';
import { urls } from '../site/urls.ts';
import { FEED_COLLECTIONS, labelOf } from '../common/collections.ts';

/** How many of the newest entries the feed carries. */
export const FEED_SIZE = 50;

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The entries of the collections the table puts in the feed, in the table's order. */
export const feedItems = (kb: KnowledgeBase): AnyItem[] =>
  FEED_COLLECTIONS.flatMap((collection): AnyItem[] => kb[collection]);

/**
 * RSS 2.0 of the entries that changed last on this site, with absolute
 * links on `site`. pubDate is that change, never the date of a speech or practice.
 */
export function feedXml(items: AnyItem[], site: URL): string {
  // A file git does not know yet is being changed now: newest of all.
  const changed = (item: AnyItem) => item.updated ?? '9999';
  const newest = [...items]
    .sort((a, b) => changed(b).localeCompare(changed(a)))
    .slice(0, FEED_SIZE);
  const entries = newest.map((item) => {
    const link = new URL(item.url, site).href;
    return [
      '<item>',
      `<title>${escape(item.data.title)}</title>`,
      `<link>${escape(link)}</link>`,
      `<guid isPermaLink="true">${escape(link)}</guid>`,
      ...(item.updated
        ? [`<pubDate>${new Date(`${item.updated}T00:00:00+08:00`).toUTCString()}</pubDate>`]
        : []),
      `<category>${labelOf(item.collection)}</category>`,
      `<description>${escape(item.data.summary)}</description>`,
      '</item>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0"><channel>',
    `<title>${escape(siteConfig.title)}</title>`,
    `<link>${escape(new URL(urls.home(), site).href)}</link>`,
    `<description>${escape(siteConfig.description)}</description>`,
    '<language>zh-CN</language>',
    ...entries,
    '</channel></rss>',
    '',
  ].join('\n');
}
