import { error, type Finding } from '../finding.ts';
import { isDraft, titleOf, type CheckContext } from '../context.ts';
import type { EntryFile } from '../entry-files.ts';

/**
 * Two entries of a collection with the same title cannot be told apart in
 * lists, search, or references by title; two that claim the same URL (by file
 * name or by an alias) would overwrite each other's page.
 */
export function checkDuplicates({ entries }: CheckContext): Finding[] {
  return [
    ...duplicateTitles(entries),
    ...duplicateUrls(entries.filter((entry) => !isDraft(entry))),
  ];
}

function duplicateTitles(entries: EntryFile[]): Finding[] {
  const seen = new Map<string, EntryFile>();
  return entries.flatMap((entry) => {
    const title = titleOf(entry)?.replace(/\s+/g, '');
    if (!title) return [];
    const key = `${entry.collection}\u0000${title}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, entry);
      return [];
    }
    return [
      error(
        entry.file,
        entry.positions.valueAt(['title']),
        'duplicate-title',
        `标题“${titleOf(entry)}”与 ${first.file} 相同。`,
        '改用能区分两者的标题，例如加上地区或年份。',
      ),
    ];
  });
}

/** File names claim their URLs first, so a clash is reported at the alias that causes it. */
function duplicateUrls(entries: EntryFile[]): Finding[] {
  const owners = new Map<string, string>(
    entries.map((entry) => [`/${entry.collection}/${entry.id}/`, `${entry.file} 的文件名`]),
  );
  return entries.flatMap((entry) => {
    // An alias written twice in one entry is a repeat (see list-duplicates.ts), not a clash.
    const own = new Set<string>();
    return entry.positions.itemsAt(['aliases']).flatMap(({ value: alias, place }) => {
      const url = `/${entry.collection}/${alias}/`;
      if (own.has(url)) return [];
      own.add(url);
      const owner = owners.get(url);
      owners.set(url, owner ?? `${entry.file} 的 aliases `);
      if (!owner) return [];
      return [
        error(
          entry.file,
          place,
          'duplicate-url',
          `aliases 中的“${alias}”会生成网址 ${url}，但它已被 ${owner}占用。`,
          'aliases 只写本条目以前用过、现在没有别的条目使用的文件名。',
        ),
      ];
    });
  });
}
