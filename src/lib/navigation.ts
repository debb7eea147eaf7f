import { urls } from './urls.ts';

/** The main sections, in the order the header lists them. */
export const mainNav = [
  { label: '首页', href: urls.home() },
  { label: '讲话', href: urls.list('speeches') },
  { label: '案例', href: urls.list('cases') },
  { label: '理念', href: urls.list('concepts') },
  { label: '示范点', href: urls.list('sites') },
  { label: '检索', href: urls.search() },
] as const;

/**
 * The `aria-current` of a navigation link: `page` on the section's own page,
 * `true` anywhere inside the section, nothing elsewhere (home matches only itself).
 */
export function ariaCurrent(href: string, current: string): 'page' | 'true' | undefined {
  if (href === current) return 'page';
  return href !== urls.home() && current.startsWith(href) ? 'true' : undefined;
}
