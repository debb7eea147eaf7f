import { isCalendarDate } from '../../schemas/common.ts';
import { error, type Finding } from '../finding.ts';
import type { CheckContext } from '../context.ts';
import type { EntryFile } from '../entry-files.ts';

/** A date as people write it in Chinese documents: 2022年6月27日, 2022.6.27, 2022/06/27, with full-width digits too. */
const WRITTEN_DATE =
  /^(\d{4})\s*(?:年|[-./－．])\s*(\d{1,2})(?:\s*(?:月|[-./－．])\s*(\d{1,2})\s*日?|\s*月)?$/;

const FULL_WIDTH_DIGITS = /[０-９]/g;

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

/**
 * Dates as written, before the schema reads them: written the Chinese way (with
 * the exact form to write instead), impossible (2022-02-30), or later than today,
 * which no source can be.
 * @param today YYYY-MM-DD
 */
export function checkDates(
  { entries }: CheckContext,
  today = new Date().toISOString().slice(0, 10),
): Finding[] {
  return entries.flatMap((entry) =>
    datePaths(entry).flatMap(({ path, partial }) => {
      const value = entry.positions.sourceAt(path)?.trim();
      if (value === undefined) return [];
      // An estimate (约2019) is checked as the date it estimates, and keeps its 约 in the fix.
      const about = partial && value.startsWith('约') ? '约' : '';
      const written = value.slice(about.length).trim();
      const report = (message: string, fix: string) => [
        error(entry.file, entry.positions.valueAt(path), 'date', message, fix),
      ];
      const example = partial ? '2022-06-27（只知道年或月时写 2022 或 2022-06）' : '2022-06-27';
      const match = WRITTEN_DATE.exec(
        written.replace(FULL_WIDTH_DIGITS, (digit) =>
          String.fromCharCode(digit.charCodeAt(0) - 0xfee0),
        ),
      );
      if (match && !/^\d{4}-\d{2}(-\d{2})?$/.test(written)) {
        const [, year, month, day] = match;
        const canonical = [
          year,
          month!.padStart(2, '0'),
          ...(day ? [day.padStart(2, '0')] : []),
        ].join('-');
        if (!day && !partial)
          return report(
            `日期“${written}”只写到了月，这里要写到日。`,
            `写成“年-月-日”，例如 ${example}。`,
          );
        return report(
          `日期要写成“年-月-日”的形式（半角数字和减号），这里是“${value}”。`,
          `写成 ${about}${canonical}。`,
        );
      }
      if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(written) && !isCalendarDate(written)) {
        return report(
          `日期“${written}”不存在。`,
          '应写成“年-月-日”，月份 01–12，日期不超过当月天数，例如 2022-06-27。',
        );
      }
      if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(written) && written > today.slice(0, written.length)) {
        return report(
          `日期 ${written} 在今天之后。`,
          '写来源或讲话实际的日期；不知道确切日期时，只写年份（如 2019），是推断的在前面加“约”。',
        );
      }
      return [];
    }),
  );
}
