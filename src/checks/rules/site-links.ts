import { posix } from 'node:path';
import { isCollection, isNumbered, labelOf } from '../../common/collections.ts';
import { nearestKey } from '../../common/refs.ts';
import { isCitedAnchor } from '../url-registry.ts';
import { isDraft, titleOf, type CheckContext } from '../context.ts';
import type { EntryFile } from '../entry-files.ts';
import { error, type Finding } from '../finding.ts';
import { placeOf } from '../mdx-tree.ts';
import { siteUrlsOf } from '../site-urls.ts';
import type { SpeechAnchors } from '../speech-outlines.ts';
import { namedUrls } from '../tree-urls.ts';

/** An address with a scheme (https:, mailto:) or a network path (//host): not the site's to judge. */
const ELSEWHERE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** A link to an entry's source file, as GitLab's and Gitea's previews follow it. */
const SOURCE_FILE = /\.mdx?$/i;

/**
 * Links in entry bodies to pages of the site, checked before anything is built,
 * at their line: a page that will not exist (with the nearest real address, found
 * by file name or by title), a paragraph a speech does not have, a link written as
 * a path to a source file (`./x.mdx`, `../sites/x.mdx`, which the forge's preview
 * follows but the site does not serve) and a relative address (`cases/x/`, which
 * changes meaning with the page it is on). Each gets the exact site address to write.
 * Pages outside the collections (feeds, files) are left to the link check after the build.
 */
export function checkSiteLinks(
  { entries }: CheckContext,
  anchors: ReadonlyMap<string, SpeechAnchors>,
): Finding[] {
  const { served } = siteUrlsOf(entries, anchors);
  const drafts = new Set(
    entries.filter(isDraft).map((entry) => `/${entry.collection}/${entry.id}/`),
  );
  const published = entries.filter((entry) => !isDraft(entry));
  const byTitle = new Map(published.map((entry) => [titleOf(entry), entry]));
  return published.flatMap((entry) => {
    if (!entry.tree) return [];
    return namedUrls(entry.tree).flatMap(({ use, url, node }) => {
      if (use !== 'link' || url === '' || url.startsWith('#') || ELSEWHERE.test(url)) return [];
      const problem = linkProblem(entry, url, { served, drafts, published, byTitle });
      return problem ? [error(entry.file, placeOf(node), 'site-link', ...problem)] : [];
    });
  });
}

/** What the site will have, read from the content. */
interface SiteIndex {
  /** Every address that leads somewhere, paragraph anchors included. */
  served: ReadonlySet<string>;
  /** The pages drafts would have. */
  drafts: ReadonlySet<string>;
  published: EntryFile[];
  byTitle: ReadonlyMap<string | undefined, EntryFile>;
}

/** What is wrong with a link to `url` written in `entry`, as [message, fix]; undefined when it leads to a page. */
function linkProblem(
  entry: EntryFile,
  url: string,
  { served, drafts, published, byTitle }: SiteIndex,
): [string, string] | undefined {
  const [path = '', hash] = url.split('#', 2);
  const anchor = hash ? `#${hash}` : '';
  if (SOURCE_FILE.test(path) || !path.startsWith('/')) {
    // As the forge's preview reads it (from the file's folder), else from the project's root.
    const target = [posix.join(posix.dirname(entry.file), path), path]
      .map((candidate) => pageOfFile(posix.normalize(candidate.replace(/^\/+/, ''))))
      .find((candidate) => candidate && served.has(candidate));
    const what = SOURCE_FILE.test(path) ? '文件路径' : '相对地址';
    const why = SOURCE_FILE.test(path)
      ? '网站上没有这个地址（代码仓库的预览能打开，网站上打不开）'
      : '它会随所在页面变成别的地址';
    if (target) return [`链接“${url}”写成了${what}，${why}。`, `写成站内地址 ${target}${anchor}。`];
    return [
      `链接“${url}”写成了${what}，${why}。`,
      '站内链接写成以 / 开头的网址，例如 /cases/wenjianming/（文件名不带 .mdx），可从浏览器地址栏复制网站上的地址，去掉前面的域名。',
    ];
  }
  const page = path.endsWith('/') ? path : `${path}/`;
  const [, collection, id] = /^\/([^/]+)\/([^/]+)\/$/.exec(page) ?? [];
  if (!isCollection(collection)) return undefined;
  if (!served.has(page) && drafts.has(page))
    return [
      `链接“${url}”指向一篇草稿（draft: true），草稿不发布，这个页面不存在。`,
      '等那一篇发布（删掉它的 draft: true）后再加这个链接，或者先删掉链接、只留文字。',
    ];
  if (!served.has(page)) {
    const decoded = safeDecode(id ?? '');
    const sameCollection = published.filter((other) => other.collection === collection);
    const named = byTitle.get(decoded);
    const nearest =
      named?.collection === collection
        ? named.id
        : nearestKey(
            decoded,
            sameCollection.map((other) => other.id),
          );
    return [
      `链接“${url}”指向的页面不存在。`,
      nearest
        ? `是否想写 /${collection}/${nearest}/${anchor}？`
        : `核对地址：可从网站上打开那个页面，复制地址栏里 /${collection}/ 起的部分。`,
    ];
  }
  if (isNumbered(collection) && hash && isCitedAnchor(hash) && !served.has(`${page}#${hash}`))
    return [
      `链接“${url}”指向${labelOf(collection)}里不存在的段落 ${hash}。`,
      `打开 ${page}，对照每段前的编号改写 # 后面的部分。`,
    ];
  return undefined;
}

/** The page a path to an entry's file or folder stands for (`content/cases/x.mdx`, `cases/x/`). */
function pageOfFile(file: string): string | undefined {
  const [, collection, id] = /^(?:content\/)?([^/]+)\/([^/]+?)(?:\.mdx?|\/)?$/i.exec(file) ?? [];
  return isCollection(collection) && id ? `/${collection}/${id}/` : undefined;
}

/** A percent-encoded address segment as the editor meant it; as written when it is not valid encoding. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
