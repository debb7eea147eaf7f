const collator = new Intl.Collator('zh-CN');

/** Newest first; entries of the same day by title, so the order never depends on file-system order. */
export const byDateDesc = (a: { data: { date: string; title: string } }, b: { data: { date: string; title: string } }) =>
  b.data.date.localeCompare(a.data.date) || collator.compare(a.data.title, b.data.title);

/** By the `order` field, then title. */
export const byOrder = (a: { data: { order: number; title: string } }, b: { data: { order: number; title: string } }) =>
  a.data.order - b.data.order || collator.compare(a.data.title, b.data.title);

/** By Chinese title (pinyin order, as Chinese readers expect an index). */
export const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) =>
  collator.compare(a.data.title, b.data.title);
