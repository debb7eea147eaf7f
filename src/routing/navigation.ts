import { labelOf, NAVIGATION_COLLECTIONS } from '../common/collections.ts';
import { urls } from '../site/urls.ts';

/** The main sections, in the order the header lists them: home, the collections the table puts in navigation, search. */
export const mainNav: ReadonlyArray<{ label: string; href: string }> = [
  { label: '首页', href: urls.home() },
  ...NAVIGATION_COLLECTIONS.map((collection) => ({
    label: labelOf(collection),
    href: urls.list(collection),
  })),
  { label: '检索', href: urls.search() },
];

/**
 * The `aria-current` of a navigation link: `page` on the section's own page,
 * `true` anywhere inside the section, nothing elsewhere (home matches only itself).
 */
export function ariaCurrent(href: string, current: string): 'page' | 'true' | undefined {
  if (href === current) return 'page';
  return href !== urls.home() && current.startsWith(href) ? 'true' : undefined;
}
