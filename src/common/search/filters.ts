// Shared with the browser: imports only src/common/, nothing of Node or Astro (scripts/lint/rooms.mjs).
/** The filters the search page offers, by their URL parameter and Pagefind filter name. */
export const FILTER_NAMES = ['type', 'kind', 'concept', 'site', 'level', 'year'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
