/** A page link, or a gap in the run of page numbers. */
export type PageLink = number | 'gap';

/**
 * The page numbers a pager shows: the first, the last, and two either side of
 * the current one, with gaps between. Bounded, so pager markup does not grow with content.
 * @example pageWindow(7, 20) // [1, 'gap', 5, 6, 7, 8, 9, 'gap', 20]
 */
export function pageWindow(current: number, last: number, radius = 2): PageLink[] {
  const shown = new Set([1, last]);
  for (let n = current - radius; n <= current + radius; n += 1)
    if (n >= 1 && n <= last) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((n, index) =>
    index > 0 && n - sorted[index - 1]! > 1 ? ['gap' as const, n] : [n],
  );
}

/** Splits `items` into pages of `size`; there is always at least one (possibly empty) page. */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    pages.push(items.slice(start, start + size));
  return pages.length > 0 ? pages : [[]];
}

/** The route parameter of page `n` in a `[...page]` route: none for page 1. */
export const pageParam = (n: number) => (n === 1 ? undefined : String(n));
