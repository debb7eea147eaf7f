import { builtPages } from '../postbuild/built-files.ts';
import { readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** A problem the link check found in a built site. */
export interface LinkProblem {
  /** The page it is on (site path), or the sitemap. */
  page: string;
  message: string;
}

/** An internal link: as the page writes it, and the site path (with #fragment) it leads to. */
interface Link {
  href: string;
  target: string;
}

interface Page {
  path: string;
  ids: Set<string>;
  /** Internal links followed by readers (a[href], a redirect's target). */
  links: Link[];
  /** Other internal references: stylesheets, scripts, images, forms. */
  resources: Link[];
  /** Links and references on this host that lead outside the site's path (a link that forgot the base). */
  outside: string[];
  redirect: boolean;
}

/**
 * Reads a built site the way a reader meets it at `siteUrl` (its sub-path
 * included): every internal link and #fragment must lead somewhere inside the
 * site, every page must be reachable from the home page by following links, and
 * every page must be in the sitemap. Paths in the findings are the site's own
 * (`/cases/x/`), whatever the sub-path.
 */
export function checkBuiltLinks(dist: string, siteUrl: string): LinkProblem[] {
  const site = new URL(siteUrl.replace(/\/?$/, '/'));
  const pages = readPages(dist, site);
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const problems: LinkProblem[] = [];
  for (const page of pages) {
    for (const href of page.outside)
      problems.push({
        page: page.path,
        message: `链接 ${href} 指向网站所在路径 ${site.pathname} 之外，部署在子路径下时会失效。`,
      });
    for (const link of [...page.links, ...page.resources]) {
      const problem = resolveProblem(dist, byPath, link);
      if (problem) problems.push({ page: page.path, message: problem });
    }
  }
  const readable = pages.filter((page) => !page.redirect && page.path !== '/404.html');
  const reached = reachable(byPath, '/');
  for (const page of readable) {
    if (!reached.has(page.path))
      problems.push({
        page: page.path,
        message: '从首页出发沿链接无法到达这个页面（没有任何列表或页面链接到它）。',
      });
  }
  const inSitemap = sitemapPaths(dist, site);
  for (const page of readable) {
    if (!inSitemap.has(page.path))
      problems.push({ page: page.path, message: '这个页面不在站点地图 sitemap.xml 中。' });
  }
  for (const path of inSitemap) {
    if (!byPath.has(path))
      problems.push({ page: '/sitemap.xml', message: `站点地图列出的 ${path} 不存在。` });
  }
  return problems;
}

function readPages(dist: string, site: URL): Page[] {
  return builtPages(dist).map(({ file, path }) => readPage(file, path, site));
}

function readPage(file: string, path: string, site: URL): Page {
  const root = parse(readFileSync(file, 'utf8'));
  const here = new URL(path.slice(1), site);
  const outside: string[] = [];
  // Each link as the browser resolves it on this page, kept as a site path with its #fragment.
  const internal = (values: (string | undefined)[]): Link[] =>
    values.flatMap((href) => {
      if (!href) return [];
      const url = new URL(href, here);
      if (url.origin !== site.origin) return [];
      if (!url.pathname.startsWith(site.pathname)) {
        outside.push(href);
        return [];
      }
      return [{ href, target: `/${url.pathname.slice(site.pathname.length)}${url.hash}` }];
    });
  const refresh = root
    .querySelector('meta[http-equiv="refresh"]')
    ?.getAttribute('content')
    ?.split(/url=/i)[1];
  return {
    path,
    ids: new Set(root.querySelectorAll('[id]').map((element) => element.id)),
    links: internal([...attr(root, 'a', 'href'), refresh]),
    resources: internal([
      ...attr(root, 'link:not([rel="canonical"])', 'href'),
      ...attr(root, 'script', 'src'),
      ...attr(root, 'img', 'src'),
      ...attr(root, 'form', 'action'),
    ]),
    outside,
    redirect: refresh !== undefined,
  };
}

const attr = (root: HTMLElement, selector: string, name: string) =>
  root.querySelectorAll(selector).map((element) => element.getAttribute(name));

function resolveProblem(
  dist: string,
  byPath: Map<string, Page>,
  { href, target: to }: Link,
): string | undefined {
  const url = new URL(to, 'http://site');
  const path = decodeURIComponent(url.pathname);
  const fragment = decodeURIComponent(url.hash.slice(1));
  const target = byPath.get(path);
  if (!target) {
    const file = join(dist, path);
    return existsSync(file) && statSync(file).isFile()
      ? undefined
      : `链接 ${href} 指向不存在的页面或文件。`;
  }
  if (
    fragment &&
    !target.ids.has(fragment) &&
    !(target.redirect && fragmentAfterRedirect(byPath, target, fragment))
  ) {
    return `链接 ${href} 指向的锚点 #${fragment} 在 ${path} 上不存在。`;
  }
  return undefined;
}

/** A redirect page keeps the #fragment as it sends the reader on; check it on the target. */
function fragmentAfterRedirect(
  byPath: Map<string, Page>,
  redirect: Page,
  fragment: string,
): boolean {
  const to = redirect.links[0]?.target;
  const target = to === undefined ? undefined : byPath.get(new URL(to, 'http://site').pathname);
  return target?.ids.has(fragment) ?? false;
}

function reachable(byPath: Map<string, Page>, start: string): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    const page = byPath.get(queue.shift()!);
    for (const { target } of page?.links ?? []) {
      const path = decodeURIComponent(new URL(target, 'http://site').pathname);
      if (byPath.has(path) && !seen.has(path)) {
        seen.add(path);
        queue.push(path);
      }
    }
  }
  return seen;
}

function sitemapPaths(dist: string, site: URL): Set<string> {
  const file = join(dist, 'sitemap.xml');
  if (!existsSync(file)) return new Set();
  const xml = readFileSync(file, 'utf8');
  return new Set(
    [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) =>
        `/${new URL(match[1]!.replace(/&amp;/g, '&'), site).pathname.slice(site.pathname.length)}`,
    ),
  );
}
