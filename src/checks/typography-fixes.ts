import type { TypographyKind } from '../common/typography.ts';
import type { EntryFile } from './entry-files.ts';
import { bodyRuns, fieldRuns, lineIndents, type TextRun } from './typography-runs.ts';

/** What a fix mends: typography the site corrects itself, or an error with one right fix (see rule-fixes.ts). */
export type FixKind = TypographyKind | 'name' | 'ellipsis';

/** One character of an entry file to replace, at its place in the file. */
export interface SourceFix {
  /** 1-based line and column. */
  line: number;
  column: number;
  from: string;
  to: string;
  kind: FixKind;
}

/** What `npm run fix` does to one entry file. */
export interface FilePlan {
  fixes: SourceFix[];
  /** Corrections whose place in the file could not be proved (an escape, a multi-line value): the site still makes them. */
  skipped: number;
}

/**
 * The typography corrections of an entry file as edits of the file itself, and
 * `more` (the fixes of errors with one right fix, see rule-fixes.ts). A
 * correction is kept only when the file holds, at its place, the very character
 * and neighbours the parsed text has there, so an escape, an entity or a folded
 * YAML value is never edited blind: such places are counted as skipped.
 */
export function planFixes(entry: EntryFile, more: readonly SourceFix[] = []): FilePlan {
  const lines = entry.source.split('\n');
  const fixes: SourceFix[] = [];
  let skipped = 0;
  for (const place of lineIndents(entry)) {
    const from = lines[place.line - 1]![place.column - 1]!;
    fixes.push({ ...place, from, to: '', kind: 'space' });
  }
  const runs: TextRun[] = [...fieldRuns(entry), ...bodyRuns(entry)];
  for (const run of runs)
    for (const change of run.changes) {
      const place = run.placeAt(change.index);
      const line = lines[place.line - 1] ?? '';
      const at = place.column - 1;
      const piece = run.pieceOf(change.index);
      const same = (offset: number) => {
        const inText = run.text[change.index + offset];
        const inFile = line[at + offset];
        // Beyond the run's text node, or across a line end, the file may hold anything.
        if (inText === undefined || inText === '\n' || inFile === undefined) return true;
        return run.pieceOf(change.index + offset) !== piece || inText === inFile;
      };
      if (line[at] === change.from && same(-1) && same(1))
        fixes.push({ ...place, from: change.from, to: change.to, kind: change.kind });
      else skipped += 1;
    }
  // A rule's fix is kept where the file holds the character it edits and typography edits nothing
  // there; one left out stays an error of the check, which says where.
  const place = (fix: SourceFix) => `${fix.line}:${fix.column}`;
  const taken = new Set(fixes.map(place));
  for (const fix of more)
    if (lines[fix.line - 1]?.[fix.column - 1] === fix.from && !taken.has(place(fix))) {
      fixes.push(fix);
      taken.add(place(fix));
    }
  const unique = new Map(fixes.map((fix) => [place(fix), fix]));
  return {
    fixes: [...unique.values()].sort((a, b) => a.line - b.line || a.column - b.column),
    skipped,
  };
}

/** `text` (the file as written: BOM and line ends kept) with the fixes made. */
export function applyFixes(text: string, fixes: readonly SourceFix[]): string {
  const crlf = text.includes('\r\n');
  const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
  const lines = text.slice(bom.length).split(/\r\n?|\n/);
  const byLine = Map.groupBy(fixes, (fix) => fix.line);
  for (const [line, own] of byLine) {
    let value = lines[line - 1]!;
    for (const fix of [...own].sort((a, b) => b.column - a.column))
      value = value.slice(0, fix.column - 1) + fix.to + value.slice(fix.column);
    lines[line - 1] = value;
  }
  return bom + lines.join(crlf ? '\r\n' : '\n');
}
