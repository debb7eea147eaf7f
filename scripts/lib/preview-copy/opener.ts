import type { SiteUrl } from '../../../src/checks/site-urls.ts';
import { pagesOf, type SiteChanges } from '../review-summary.ts';

/** Where the preview's own files sit inside its folder. */
export const PREVIEW_SITE_FOLDER = 'site';
export const PREVIEW_STYLE = '_preview/preview.css';

/** What the first page of the preview says about the build. */
export interface OpenerFacts {
  /** The site's name, for the page title. */
  siteName: string;
  /** The commit built, if known. */
  commit?: string;
  /** When the copy was made (ISO). */
  madeAt: string;
  /** The pages this change adds, changes and removes; missing where nothing was compared. */
  changes?: SiteChanges;
  /** Why nothing was compared, or what the comparison could not see. */
  notice?: string;
  /** The preview address of a page of the site (`/cases/x/` → `site/cases/x/index.html`). */
  pageAddress: (url: string) => string;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function pageList(title: string, list: SiteUrl[], facts: OpenerFacts, linked = true): string {
  if (list.length === 0) return '';
  const items = list.map((entry) =>
    linked
      ? `<li><a href="${escape(facts.pageAddress(entry.url))}">${escape(entry.label)}</a> <code>${escape(entry.url)}</code></li>`
      : `<li>${escape(entry.label)} <code>${escape(entry.url)}</code></li>`,
  );
  return `<h3>${title}（${list.length}）</h3>\n<ul>\n${items.join('\n')}\n</ul>`;
}

function changesSection(facts: OpenerFacts): string {
  const { changes, notice } = facts;
  const note = notice ? `<p>${escape(notice)}</p>` : '';
  if (!changes)
    return `<h2>这次改动的页面</h2>\n${note || '<p>与目标分支相比，content/ 没有改动：已发布的页面不变。</p>'}`;
  const lists = [
    pageList('新增的页面', pagesOf(changes.added), facts),
    pageList('修改的页面', changes.changed, facts),
    pageList('撤下的页面', pagesOf(changes.removed), facts, false),
  ].filter(Boolean);
  return [
    '<h2>这次改动的页面</h2>',
    `<p>与 ${escape(changes.target.branch)} 分支相比（从提交 ${escape(changes.target.commit.slice(0, 8))} 起）。</p>`,
    note,
    ...(lists.length > 0 ? lists : ['<p>没有页面增减或修改。</p>']),
  ].join('\n');
}

/**
 * The page a reviewer opens first (index.html at the top of the preview folder): what
 * this copy is, a way into the site, the pages the change touches, and what works when
 * the folder is opened from disk and what needs a server. Plain HTML, no script.
 */
export function openerPage(facts: OpenerFacts): string {
  const built = [
    facts.commit ? `提交 ${escape(facts.commit.slice(0, 8))}` : '',
    `生成于 ${escape(facts.madeAt.slice(0, 16).replace('T', ' '))}（UTC）`,
  ].filter(Boolean);
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="default-src 'none'; style-src 'self'; img-src 'self'">
<title>预览：${escape(facts.siteName)}</title>
<link rel="stylesheet" href="${PREVIEW_SITE_FOLDER}/${PREVIEW_STYLE}">
</head>
<body class="preview-opener">
<main>
<h1>合并请求的预览网站</h1>
<p>这是按这个合并请求的内容构建的网站副本，看的是合并以后网站的样子，不是正式网站。${built.join('，')}。</p>
<p><a class="preview-start" href="${PREVIEW_SITE_FOLDER}/index.html">打开网站首页</a></p>
${changesSection(facts)}
<h2>怎样看</h2>
<ul>
<li><strong>直接双击打开</strong>（就像现在这样）：每一页都能阅读，链接都能点开。检索、复制链接、二维码、学习单和下载 Word 要在网站服务器上才能用，这里点了没有反应。</li>
<li><strong>连检索一起试</strong>：电脑上装有 Python 的，在这个文件夹里打开命令行，运行 <code>python3 -m http.server 8000 --directory ${PREVIEW_SITE_FOLDER}</code>（Windows 上把 python3 换成 python），再用浏览器打开 <code>http://localhost:8000/</code>。也可以请会用命令行的同志克隆这个分支，运行 <code>npm start</code>。</li>
</ul>
</main>
</body>
</html>
`;
}
