import { unpairedQuote, type TypographyKind } from '../../common/typography.ts';
import type { CheckContext } from '../context.ts';
import type { EntryFile } from '../entry-files.ts';
import { error, warning, type Finding, type Place } from '../finding.ts';
import { bodyRuns, characterName, fieldRuns, KIND_NAMES, lineIndents } from '../typography-runs.ts';

/**
 * The mechanical typography the site corrects by itself (common/typography.ts): one
 * 提醒 per file, with a count, never an error, since nobody has to retype
 * anything. What only a person can decide stays an error: straight quotes that
 * cannot be paired.
 */
export function checkTypography({ entries }: CheckContext): Finding[] {
  return entries.flatMap((entry) => [...summary(entry), ...unpaired(entry)]);
}

function summary(entry: EntryFile): Finding[] {
  const counts = new Map<TypographyKind, number>();
  let first: { place: Place; from: string; to: string } | undefined;
  const add = (kind: TypographyKind, place: Place, from: string, to: string) => {
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    if (
      !first ||
      place.line < first.place.line ||
      (place.line === first.place.line && place.column < first.place.column)
    )
      first = { place, from, to };
  };
  for (const place of lineIndents(entry)) add('space', place, '\u3000', '');
  for (const run of [...fieldRuns(entry), ...bodyRuns(entry)])
    for (const change of run.changes)
      add(change.kind, run.placeAt(change.index), change.from, change.to);
  if (!first) return [];
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  const kinds = [...counts].map(([kind, count]) => `${KIND_NAMES[kind]} ${count} 处`).join('，');
  return [
    warning(
      entry.file,
      first.place,
      'typography',
      `这个文件里有 ${total} 处排版要改正（${kinds}），网站会自动改正，不用手改。第一处：把${characterName(first.from)}${first.to ? `改成“${first.to}”` : '删掉'}。`,
      '不改也能发布。想让源文件也改好：在本机运行 npm run fix，它会改好全部文件并列出改了什么。',
    ),
  ];
}

function unpaired(entry: EntryFile): Finding[] {
  return [...fieldRuns(entry), ...bodyRuns(entry)].flatMap((run) => {
    const index = unpairedQuote(run.text);
    if (index === undefined) return [];
    return [
      error(
        entry.file,
        run.placeAt(index),
        'punctuation',
        `这里的英文双引号 " 配不成对${run.path ? '' : '（这一段里共有单数个）'}，网站分不出哪个是前引号、哪个是后引号。`,
        '改成中文引号“ ”：前引号用“，后引号用”；若有一个是多打的，删掉它。',
      ),
    ];
  });
}
