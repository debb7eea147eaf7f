import { dateProblem } from '../../common/date-words.ts';
import { error, type Finding } from '../finding.ts';
import type { CheckContext } from '../context.ts';
import type { EntryFile } from '../entry-files.ts';

/**
 * The date fields of an entry: its own (a speech's delivery and publication, a
 * case's practice: a year or a month will do, 约 in front when inferred), each
 * source's (the same), and `updated` (always a day).
 */
function datePaths(entry: EntryFile): Array<{ path: PropertyKey[]; partial: boolean }> {
  const sources = Array.isArray(entry.data?.sources) ? entry.data.sources : [];
  return [
    { path: ['date'], partial: true },
    { path: ['published'], partial: true },
    { path: ['updated'], partial: false },
    ...sources.map((_, index) => ({ path: ['sources', index, 'date'], partial: true })),
  ];
}

/** Every date field as written that {@link dateProblem} finds wrong, at its value. */
export function checkDates(
  { entries }: CheckContext,
  today = new Date().toISOString().slice(0, 10),
): Finding[] {
  return entries.flatMap((entry) =>
    datePaths(entry).flatMap(({ path, partial }) => {
      const value = entry.positions.sourceAt(path)?.trim();
      const problem = value === undefined ? undefined : dateProblem(value, partial, today);
      return problem
        ? [error(entry.file, entry.positions.valueAt(path), 'date', problem.message, problem.fix)]
        : [];
    }),
  );
}
