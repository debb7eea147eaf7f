import type { EntryFile } from './entry-files.ts';
import { officialNameVariants } from './rules/official-names.ts';
import { quoteCutsOf } from './rules/references.ts';
import { pageAnchors, speechAnchors } from './speech-outlines.ts';
import type { SourceFix } from './typography-fixes.ts';

/**
 * The errors with one right fix that `npm run fix` makes besides typography, as
 * edits of single characters of each file: a campaign name put in its official
 * punctuation (rule official-name), an ellipsis added where a quotation cuts a
 * sentence (rule quote-cut). Keyed by file.
 */
export function ruleFixes(entries: EntryFile[]): Map<string, SourceFix[]> {
  const fixes = new Map<string, SourceFix[]>();
  const add = (file: string, fix: SourceFix) => fixes.set(file, [...(fixes.get(file) ?? []), fix]);
  for (const { entry, run, variant } of officialNameVariants(entries))
    for (const edit of variant.edits)
      add(entry.file, { ...run.placeAt(edit.index), from: edit.from, to: edit.to, kind: 'name' });
  const anchors = speechAnchors(pageAnchors(entries));
  for (const entry of entries)
    for (const cut of quoteCutsOf(entry, entries, anchors))
      add(entry.file, { ...cut.place, from: cut.from, to: cut.to, kind: 'ellipsis' });
  return fixes;
}
