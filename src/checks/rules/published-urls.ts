import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  isWithdrawn,
  pageOf,
  readRegistry,
  readWithdrawals,
  REGISTRY_FILE,
  WITHDRAWN_FILE,
} from '../url-registry.ts';
import { error, FILE_START, type Finding } from '../finding.ts';
import type { CheckContext } from '../context.ts';
import { siteUrlsOf, type SiteUrl } from '../site-urls.ts';
import type { SpeechAnchors } from '../speech-outlines.ts';
import type { PublishedContent } from '../unchanged-files.ts';
import { isCollection, labelOf } from '../../common/collections.ts';

const WITHDRAW = `若确需撤下，在 ${WITHDRAWN_FILE} 里写一行：网址，空一格，撤下的原因，由审核人在合并请求里确认`;

/**
 * No published URL disappears unnoticed: every URL of the registry, and every URL
 * the target branch publishes (so a page merged from the web editor is protected
 * without anyone registering it), must still be served by this content, unless it
 * is withdrawn with a reason. Checked on the source, before anything is built; the
 * build compares the registry with its real output once more.
 */
export function checkPublishedUrls(
  context: CheckContext,
  anchors: ReadonlyMap<string, SpeechAnchors>,
  target?: PublishedContent,
): Finding[] {
  const { served } = siteUrlsOf(context.entries, anchors);
  const withdrawn = readWithdrawals(context.root);
  const findings: Finding[] = [...withdrawn].flatMap(([url, { reason, line }]) =>
    reason
      ? []
      : [
          error(
            WITHDRAWN_FILE,
            { line, column: 1 },
            'published-url',
            `撤下 ${url} 没有写原因。`,
            '在网址后面空一格，写明为什么撤下，例如：/cases/x/ 与 /cases/y/ 重复，已合并。',
          ),
        ],
  );
  // A page withdrawn takes its paragraphs with it; a lost page is one finding, not one per paragraph.
  const lost = (url: string) => !served.has(url) && !isWithdrawn(withdrawn, url);
  const reported = (url: string) => lost(url) && !(url.includes('#') && lost(pageOf(url)));
  const registry = readRegistry(context.root) ?? [];
  // Each URL's line, read once: a rename can lose thousands of URLs at a time.
  const lineOf = new Map<string, number>();
  if (registry.length > 0)
    readFileSync(join(context.root, REGISTRY_FILE), 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (!lineOf.has(line.trim())) lineOf.set(line.trim(), index + 1);
      });
  for (const url of registry.filter(reported)) {
    const place = { line: lineOf.get(url) ?? 0, column: 1 };
    findings.push(
      error(
        REGISTRY_FILE,
        place,
        'published-url',
        `已发布的网址 ${url} 不会再生成，发布后培训材料里的链接将失效。`,
        fixFor(url),
      ),
    );
  }
  if (target) {
    const registered = new Set(registry);
    for (const entry of targetUrls(target).values()) {
      if (registered.has(entry.url) || !reported(entry.url)) continue;
      findings.push(
        error(
          entry.file ?? REGISTRY_FILE,
          FILE_START,
          'published-url',
          `${entry.label}（${entry.url}）已在 ${target.branch} 上发布，合并后将不再生成，培训材料里的链接将失效。`,
          fixFor(entry.url),
        ),
      );
    }
  }
  return findings;
}

/** What keeps a URL alive, by kind. */
function fixFor(url: string): string {
  const [, collection, id, anchor] = /^\/([a-z]+)\/([a-z0-9-]+)\/(?:#(.+))?$/.exec(url) ?? [];
  if (anchor)
    return `${isCollection(collection) ? labelOf(collection) : '条目'}发布后不要删除或合并段落、小节，段落编号是培训材料引用的依据；${WITHDRAW}。`;
  if (collection === 'matrix')
    return `案例的理念或示范点改了（或案例删了），对照表里的这一格就没有了：若是误改，恢复原来的理念和示范点；${WITHDRAW}。`;
  if (id) return `若条目改了文件名，在新文件的字段区加上 aliases: [${id}]；${WITHDRAW}。`;
  return `${WITHDRAW.slice(1)}。`;
}

/** The permanent URLs of the target branch's content. */
const targetUrls = (target: PublishedContent): Map<string, SiteUrl> =>
  siteUrlsOf(target.entries, target.anchors).permanent;
