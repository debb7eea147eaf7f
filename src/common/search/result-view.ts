// Shared with the browser: imports only src/common/, nothing of Node or Astro (scripts/lint/rooms.mjs).
import type { MetaKey } from './meta.ts';

/**
 * What a search result shows besides its title, shared by the search page's
 * script and the newest entries written into the page at build time, so both
 * lists look the same.
 */

/** Results shown at a time; more load on request so a broad query stays fast on phones. */
export const SEARCH_BATCH = 10;

/** Characters of page text a result shows when no words are marked in it. */
export const PLAIN_PASSAGE_LENGTH = 80;

/** The line under a result's title: how it matched, then type, kind, date and concepts. */
export function resultFacts(
  meta: Partial<Record<MetaKey, string | undefined>>,
  loose = false,
): string {
  return [loose ? '部分匹配' : '', meta.type, meta.kind, meta.date, meta.concepts]
    .filter(Boolean)
    .join(' · ');
}

/** The status line over the newest entries. */
export function browseStatus(count: number): string {
  return count > 0
    ? `按最后更新从新到旧，共 ${count} 个条目。输入词语可检索全文。`
    : '没有符合所选条件的条目。';
}
