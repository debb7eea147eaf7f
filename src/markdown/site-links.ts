import type { Root } from 'hast';
import { urls } from '../lib/urls.ts';
import { visit } from './hast.ts';

/**
 * Puts the site's base path in front of the links editors write from the site's
 * root (`/cases/x/`, as CONTRIBUTING shows), so they still lead to the page when
 * the site is deployed under a sub-path (`/zhishiku/cases/x/`). Links to other
 * hosts, `//host` links and `#fragment` links are left as written.
 */
export function baseSiteLinks(tree: Root): void {
  visit(tree, (node) => {
    if (node.type !== 'element' || node.tagName !== 'a') return;
    const href = node.properties.href;
    if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//'))
      node.properties.href = urls.asset(href);
  });
}
