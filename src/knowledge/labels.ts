import { DATE_LABELS as COLLECTION_DATE_LABELS } from '../common/collections.ts';
import type { PartialDate } from '../schemas/common.ts';

/** How a date is shown to readers: 2022年6月27日. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** How a date known to a year, month or day is shown: 约2019年, 2019年5月, 2019年5月20日. */
export function formatPartialDate(date: PartialDate): string {
  const [year, month, day] = date.value.split('-').map(Number);
  const text = `${year}年${month ? `${month}月` : ''}${day ? `${day}日` : ''}`;
  return date.approximate ? `约${text}` : text;
}

/** The labels dates carry wherever they are shown (the table's, and when a page last changed). */
export const DATE_LABELS = { ...COLLECTION_DATE_LABELS, updated: '最后更新' } as const;

/** The year of a date, for the search year filter. */
export const yearOf = (date: PartialDate) => date.value.slice(0, 4);
