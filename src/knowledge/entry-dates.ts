import type { PartialDate } from '../schemas/common.ts';
import type { AnyItem } from './items.ts';
import { DATE_LABELS, formatPartialDate } from './labels.ts';
import { dateLabelOf } from '../common/collections.ts';

/** A date as pages show it: always with the label that says which date it is. */
export interface ShownDate {
  /** 讲话日期, 发布日期, 时间 …: what the date is the date of. */
  label: string;
  /** 约2019年, 2022年6月27日. */
  text: string;
  /** The `datetime` of its `<time>`: 2019, 2019-05 or 2019-05-20. */
  datetime: string;
}

const shown = (label: string, date: PartialDate): ShownDate => ({
  label,
  text: formatPartialDate(date),
  datetime: date.value,
});

/**
 * The date that lists and search results show beside an entry, under its collection's
 * label: when a speech was given, when a case's practice took place; none when that is
 * unknown (a repost date is never shown in its place) or the collection is undated.
 */
export function entryDate(item: AnyItem): ShownDate | undefined {
  const label = dateLabelOf(item.collection);
  const { date } = item.data as { date?: PartialDate };
  return label && date ? shown(label, date) : undefined;
}

/** A speech's publication date, under its own label. */
export const publishedDate = (date: PartialDate): ShownDate => shown(DATE_LABELS.published, date);

/** The text of a labelled date, for plain-text places (search results, citations): 讲话日期 约2019年. */
export const dateLine = (date: ShownDate) => `${date.label} ${date.text}`;
