import type { CollectionName } from './content-files.ts';

/** What each collection is called on pages and in the search type filter. */
export const TYPE_LABELS: Readonly<Record<CollectionName, string>> = {
  speeches: '讲话',
  cases: '案例',
  concepts: '理念',
  sites: '示范点',
  glossary: '术语',
};

/** The sentence that opens each collection's list page. */
export const LIST_INTROS: Readonly<Record<CollectionName, string>> = {
  speeches: '领导讲话全文，按段编号，可逐段引用。',
  cases: '讲话所举做法的案例，按日期从新到旧排列。',
  concepts: '城市基层党建的「大…共…」理念，每个理念页列出践行它的案例和示范点。',
  sites: '讲话提到的示范点和试点，每页列出在那里开展的案例。',
  glossary: '讲话和案例中的常用术语。正文里第一次出现的术语可以点开看释义。',
};

/** How a date is shown to readers: 2022年6月27日. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** The year of a YYYY-MM-DD date, for the search year filter. */
export const yearOf = (date: string) => date.slice(0, 4);
