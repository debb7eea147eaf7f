import type { SiteUrl } from '../../src/checks/site-urls.ts';

/** What a merge request changes on the published site, page by page. */
export interface SiteChanges {
  /** The branch compared with, and the commit the change started from. */
  target: { branch: string; commit: string };
  added: SiteUrl[];
  /** Pages whose own entry file changed. */
  changed: SiteUrl[];
  /** URLs the target branch publishes that this change no longer makes, each withdrawn (with its reason) or not. */
  removed: Array<SiteUrl & { withdrawn?: string }>;
}

/** The pages of a list of changed URLs, without the speech anchors on them. */
export const pagesOf = <T extends SiteUrl>(list: T[]) =>
  list.filter((entry) => !entry.url.includes('#'));

const row = (entry: SiteUrl, note = '') =>
  `| \`${entry.url}\` | ${entry.label.replace(/\|/g, '｜')}${note} |`;

function table(title: string, entries: string[]): string[] {
  if (entries.length === 0) return [];
  return [
    `### ${title}（${entries.length}）`,
    '',
    '| 网址 | 内容 |',
    '| --- | --- |',
    ...entries,
    '',
  ];
}

/**
 * The reviewers' summary, in Chinese Markdown: the pages a merge request adds,
 * changes and removes, so what will be published is seen before it is merged.
 * Speech paragraph anchors are counted per speech rather than listed one by one.
 */
export function reviewSummary(changes: SiteChanges | undefined, note?: string): string {
  const head = ['## 合并后网站的变化', ''];
  if (!changes)
    return [...head, note ?? '与目标分支相比，content/ 没有改动：已发布的页面不变。', ''].join(
      '\n',
    );
  // Anchors of a page the change adds come with it; those added to a published page are news.
  const newPages = new Set(changes.added.map((entry) => entry.url));
  const anchors = (list: SiteUrl[]) =>
    list.filter((entry) => entry.url.includes('#') && !newPages.has(entry.url.split('#')[0]!));
  const anchorLine = (verb: string, list: SiteUrl[]) => {
    const byPage = new Map<string, number>();
    for (const entry of anchors(list))
      byPage.set(entry.url.split('#')[0]!, (byPage.get(entry.url.split('#')[0]!) ?? 0) + 1);
    return [...byPage].map(([page, count]) => `- \`${page}\` ${verb} ${count} 个段落或小节锚点`);
  };
  const lost = changes.removed.filter((entry) => !entry.withdrawn);
  return [
    ...head,
    `对比的是 ${changes.target.branch}（从提交 ${changes.target.commit.slice(0, 8)} 起的改动）。构建好的网站在本次 CI 的附件（artifact）里，可以下载后预览。`,
    '',
    ...table(
      '新增的页面',
      pagesOf(changes.added).map((entry) => row(entry)),
    ),
    ...table(
      '修改的页面',
      changes.changed.map((entry) => row(entry)),
    ),
    ...table(
      '撤下的页面',
      pagesOf(changes.removed.filter((entry) => entry.withdrawn)).map((entry) =>
        row(entry, `（撤下原因：${entry.withdrawn}）`),
      ),
    ),
    ...table(
      '将失效的网址（内容检查会拦下，合并前必须处理）',
      lost.map((entry) => row(entry)),
    ),
    ...(anchors(changes.added).length > 0
      ? ['### 已发布页面新增的段落锚点', '', ...anchorLine('新增', changes.added), '']
      : []),
    ...(changes.added.length + changes.changed.length + changes.removed.length === 0
      ? ['没有页面增减或修改（改动的文件不生成页面）。', '']
      : []),
  ].join('\n');
}
