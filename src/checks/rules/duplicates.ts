import { error, type Finding } from '../finding.ts';
import { isDraft, titleOf, type CheckContext } from '../context.ts';
import type { EntryFile } from '../entry-files.ts';
import { bystandersFirst, named } from '../unchanged-files.ts';

/**
 * Two entries of a collection with the same title cannot be told apart in
 * lists, search, or references by title; two that claim the same URL (by file
 * name or by an alias) would overwrite each other's page.
 */
export function checkDuplicates({ entries, unchanged = new Set() }: CheckContext): Finding[] {
  // Files the change did not touch claim first, so the finding is on the file the editor changed.
  const ordered = bystandersFirst(entries, unchanged);
  return [
    ...duplicateTitles(ordered, unchanged),
    ...duplicateUrls(
      ordered.filter((entry) => !isDraft(entry)),
      unchanged,
    ),
  ];
}

function duplicateTitles(entries: EntryFile[], unchanged: ReadonlySet<string>): Finding[] {
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
        `标题“${titleOf(entry)}”与${unchanged.has(first.file) ? '' : ' '}${named(first.file, unchanged)} 相同。`,
        unchanged.has(first.file)
          ? '改这一条的标题，让两者能区分开，例如加上地区或年份；已发布的那一条不用动。'
          : '改用能区分两者的标题，例如加上地区或年份。',
      ),
    ];
  });
}

/** File names claim their URLs first, so a clash is reported at the alias that causes it. */
function duplicateUrls(entries: EntryFile[], unchanged: ReadonlySet<string>): Finding[] {
  const owners = new Map<string, string>(
    entries.map((entry) => [
      `/${entry.collection}/${entry.id}/`,
      `${named(entry.file, unchanged)} 的文件名`,
    ]),
  );
  const byUrl = new Map(entries.map((entry) => [`/${entry.collection}/${entry.id}/`, entry]));
  return entries.flatMap((entry) => {
    // An alias written twice in one entry is a repeat (see list-duplicates.ts), not a clash.
    const own = new Set<string>();
    return entry.positions.itemsAt(['aliases']).flatMap(({ value: alias, place }) => {
      const url = `/${entry.collection}/${alias}/`;
      if (own.has(url)) return [];
      own.add(url);
      const owner = owners.get(url);
      owners.set(url, owner ?? `${named(entry.file, unchanged)} 的 aliases `);
      if (!owner) return [];
      const taker = byUrl.get(url);
      // A published old address that a new or renamed file now takes: the file name is what changed.
      if (taker && unchanged.has(entry.file) && !unchanged.has(taker.file))
        return [
          error(
            taker.file,
            { line: 1, column: 1 },
            'duplicate-url',
            `文件名 ${taker.id} 会生成网址 ${url}，但它已是${named(entry.file, unchanged)} 的旧网址（aliases），培训材料里的旧链接会打开这一页。`,
            '给这个文件换一个名字。',
          ),
        ];
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
