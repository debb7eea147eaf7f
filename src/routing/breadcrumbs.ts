import type { AnyItem } from '../knowledge/items.ts';
import { labelOf } from '../common/collections.ts';
import { urls } from '../site/urls.ts';

/** One step of a breadcrumb trail; the last step is the page itself and has no link. */
export interface Crumb {
  label: string;
  href?: string;
}

/** 首页 › collection › entry, with page N appended for later pages of a tag page. */
export function trailOf(item: AnyItem, page = 1): Crumb[] {
  const trail: Crumb[] = [
    { label: '首页', href: urls.home() },
    { label: labelOf(item.collection), href: urls.list(item.collection) },
  ];
  if (page === 1) return [...trail, { label: item.data.title }];
  return [...trail, { label: item.data.title, href: item.url }, { label: `第 ${page} 页` }];
}
