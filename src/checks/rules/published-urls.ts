import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRegistry, REGISTRY_FILE } from '../../lib/url-registry.ts';
import { COLLECTIONS } from '../../lib/content-files.ts';
import { error, type Finding } from '../finding.ts';
import { isDraft, listField, type CheckContext } from '../context.ts';
import type { SpeechAnchors } from '../speech-outlines.ts';

const ENTRY_URL = new RegExp(`^/(${COLLECTIONS.join('|')})/([a-z][a-z0-9-]*)/(?:#(.+))?$`);

/**
 * Catches, before the build, a registered entry URL whose entry is gone with no
 * alias to carry it, and a registered speech anchor that the speech lost. The
 * build repeats the comparison on its real output.
 */
export function checkPublishedUrls(context: CheckContext, anchors: Map<string, SpeechAnchors>): Finding[] {
  const registry = readRegistry(context.root);
  if (!registry) return [];
  const lines = readFileSync(join(context.root, REGISTRY_FILE), 'utf8').split('\n');
  const owner = new Map<string, string>();
  for (const entry of context.entries.filter((item) => !isDraft(item))) {
    owner.set(`${entry.collection}/${entry.id}`, entry.id);
    for (const alias of listField(entry, 'aliases')) owner.set(`${entry.collection}/${alias}`, entry.id);
  }
  return registry.flatMap((url) => {
    const [, collection, id, anchor] = ENTRY_URL.exec(url) ?? [];
    if (!collection || !id) return [];
    const place = { line: lines.findIndex((line) => line.trim() === url) + 1, column: 1 };
    const current = owner.get(`${collection}/${id}`);
    if (!current) {
      return [error(REGISTRY_FILE, place, 'published-url', `已发布的网址 ${url} 找不到对应的条目，发布后将失效。`, `若条目改了文件名，请在新文件的字段区加上 aliases: [${id}]；若确需撤下，请删除登记表中的这一行，并在合并请求中说明原因。`)];
    }
    const known = collection === 'speeches' && anchor ? anchors.get(current) : undefined;
    if (known && anchor && !known.paragraphs.has(anchor) && !known.headings.has(anchor)) {
      return [error(REGISTRY_FILE, place, 'published-url', `已发布的讲话锚点 ${url} 不再存在：讲话的段落或小节被删除了。`, '讲话正文发布后请勿删除段落；若确需更正，请删除登记表中的这一行，并在合并请求中说明原因。')];
    }
    return [];
  });
}
