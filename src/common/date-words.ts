// Shared with the browser: imports only src/common/, nothing of Node or Astro (scripts/lint/rooms.mjs).
// The content check and the 投稿 page judge a date as written with this one function.

/** True when `text` is a year, a year and month, or a real day (YYYY[-MM[-DD]]). */
export function isPartialDate(text: string): boolean {
  if (/^\d{4}$/.test(text)) return true;
  if (/^\d{4}-\d{2}$/.test(text)) return Number(text.slice(5)) >= 1 && Number(text.slice(5)) <= 12;
  return isCalendarDate(text);
}

/** True when `text` is YYYY-MM-DD and names a real day. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** A date as people write it in Chinese documents: 2022年6月27日, 2022.6.27, 2022/06/27, with full-width digits too. */
const WRITTEN_DATE =
  /^(\d{4})\s*(?:年|[-./－．])\s*(\d{1,2})(?:\s*(?:月|[-./－．])\s*(\d{1,2})\s*日?|\s*月)?$/;

const FULL_WIDTH_DIGITS = /[０-９]/g;

/** What is wrong with a date as written, and how to write it. */
export interface DateProblem {
  message: string;
  fix: string;
}

/**
 * A date as written, before the schema reads it: written the Chinese way (with the
 * exact form to write instead), impossible (2022-02-30), or later than today, which
 * no source can be.
 * @param partial whether a year or a month will do (every date but `updated`), 约 in front when inferred
 * @param today YYYY-MM-DD
 */
export function dateProblem(
  value: string,
  partial: boolean,
  today = new Date().toISOString().slice(0, 10),
): DateProblem | undefined {
  // An estimate (约2019) is checked as the date it estimates, and keeps its 约 in the fix.
  const about = partial && value.startsWith('约') ? '约' : '';
  const written = value.slice(about.length).trim();
  const report = (message: string, fix: string): DateProblem => ({ message, fix });
  const example = partial ? '2022-06-27（只知道年或月时写 2022 或 2022-06）' : '2022-06-27';
  const match = WRITTEN_DATE.exec(
    written.replace(FULL_WIDTH_DIGITS, (digit) =>
      String.fromCharCode(digit.charCodeAt(0) - 0xfee0),
    ),
  );
  if (match && !/^\d{4}-\d{2}(-\d{2})?$/.test(written)) {
    const [, year, month, day] = match;
    const canonical = [year, month!.padStart(2, '0'), ...(day ? [day.padStart(2, '0')] : [])].join(
      '-',
    );
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
  return undefined;
}
