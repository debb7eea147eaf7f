import type { PartialDate } from '../schemas/common.ts';

const collator = new Intl.Collator('zh-CN');

type Dated = { data: { date?: PartialDate; title: string } };

/**
 * Newest first by what is known (an estimate counts as its year); undated entries
 * last; ties by title, so the order never depends on file-system order.
 */
export const byDateDesc = (a: Dated, b: Dated) =>
  (b.data.date?.value ?? '').localeCompare(a.data.date?.value ?? '') ||
  collator.compare(a.data.title, b.data.title);

/** By the `order` field, then title. */
export const byOrder = (
  a: { data: { order: number; title: string } },
  b: { data: { order: number; title: string } },
) => a.data.order - b.data.order || collator.compare(a.data.title, b.data.title);

/** By Chinese title (pinyin order, as Chinese readers expect an index). */
export const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) =>
  collator.compare(a.data.title, b.data.title);
