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

/** True when `current` lies in the section `href` (the home page only matches itself). */
export function isCurrentSection(href: string, current: string): boolean {
  return href === urls.home() ? current === href : current.startsWith(href);
}
