import type { Root } from 'hast';
import { urls } from '../../site/urls.ts';
import { visit } from './hast.ts';

/**
 * Puts the site's base path in front of the links editors write from the site's
 * root (`/cases/x/`, as CONTRIBUTING shows; a page's closing slash added when it is left out), so they still lead to the page when
 * the site is deployed under a sub-path (`/zhishiku/cases/x/`). Links to other
 * hosts, `//host` links and `#fragment` links are left as written.
 */
export function baseSiteLinks(tree: Root): void {
  visit(tree, (node) => {
    if (node.type !== 'element' || node.tagName !== 'a') return;
    const href = node.properties.href;
    if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//'))
      node.properties.href = urls.asset(withPageSlash(href));
  });
}

/**
 * A page address with the slash pages end in (`/cases/x` → `/cases/x/`): without it
 * nginx answers with a redirect, which loses a non-80 port behind some proxies. An
 * address whose last part has a dot is a file (`/rss.xml`) and keeps its form.
 */
export function withPageSlash(href: string): string {
  const end = href.search(/[?#]|$/);
  const path = href.slice(0, end);
  const last = path.slice(path.lastIndexOf('/') + 1);
  return path.endsWith('/') || last.includes('.') ? href : `${path}/${href.slice(end)}`;
}
