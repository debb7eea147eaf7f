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

/** The labels dates carry wherever they are shown, so no reader takes one date for another. */
export const DATE_LABELS = {
  /** A speech's `date`: when it was delivered. */
  delivered: '讲话日期',
  /** A speech's `published`: when the text used here was published or reposted. */
  published: '发布日期',
  /** A case's `date`: when the practice took place. */
  practised: '时间',
  /** A source's `date`. */
  issued: '发布日期',
  /** When the page last changed. */
  updated: '最后更新',
} as const;

/** The year of a date, for the search year filter. */
export const yearOf = (date: PartialDate) => date.value.slice(0, 4);
