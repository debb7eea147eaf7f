// Shared with the browser: imports only src/common/, nothing of Node or Astro (scripts/lint/rooms.mjs).
/**
 * The metadata a search record carries for display only: the result's title, its
 * type, kind, date and concepts, and where each anchor starts in its text.
 */
export const META_KEYS = ['title', 'type', 'kind', 'date', 'concepts', 'anchors'] as const;
export type MetaKey = (typeof META_KEYS)[number];

/**
 * Pagefind's ranking weight for each metadata field: none. Since Pagefind 1.5 it
 * indexes metadata as words (split on spaces and punctuation), so `35` would find a
 * page through its anchors (`p-2:35`); weighted 0, a page found only through its
 * metadata scores 0 and the search drops it (client/search/engine.ts). The title
 * is in the page's text, so a query matching only a title still finds the page.
 */
export const META_WEIGHTS: Readonly<Record<MetaKey, number>> = Object.fromEntries(
  META_KEYS.map((key) => [key, 0]),
) as Record<MetaKey, number>;
