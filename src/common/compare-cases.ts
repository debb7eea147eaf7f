// Shared with the browser: imports only src/common/, nothing of Node or Astro (scripts/lint/rooms.mjs).
/** Cases a comparison (/compare/) takes at least and at most. */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

/** A case's file name, as it stands in its address and in ?cases=. */
export const isCaseId = (id: string) => /^[a-z0-9-]+$/.test(id);

/** The case an address is, by its file name, when it is under the cases list `casesUrl`; else undefined. */
export function caseIdOf(url: string, casesUrl: string): string | undefined {
  if (!url.startsWith(casesUrl)) return undefined;
  const id = url.slice(casesUrl.length).replace(/\/$/, '');
  return isCaseId(id) ? id : undefined;
}
